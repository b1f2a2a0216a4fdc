"""The figures after one 分别 given the names, or the periods, listed before it.

Contract: ``shared_out(scan, cut, segment, subjects)`` -> the figures of ``segment`` (those after the 分别
at ``cut``) each with its listed name ('A、B分别增长…'), its listed period ('一季度、二季度分别增长…') or
the period a run since a year gives it ('2010年以来…分别增长…'); None when the counts differ. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.extract.lists.listitems import Names
from bulletin.extract.lists.since import since_periods
from bulletin.extract.sentence.sentences import Figure, Scan

__all__ = ["shared_out"]


_OPENS_CLAUSE = re.compile(r"\s*份?(?:来)?看?\s*[,，:：]")


def shared_out(scan: Scan, cut: int, segment: list[Figure], subjects: Names) -> list[Figure] | None:
    """The figures after one 分别 given their names (or periods); None when the counts differ."""
    # ('从二季度看,…增加值增长8.2%,其中4月、5月、6月分别增长…': a period that opens its clause is no item)
    periods = [
        p
        for start, end, p in scan.periods
        if scan.segment_start(cut) < start < cut
        and (scan.text[start - 1] == "、" or not _OPENS_CLAUSE.match(scan.text, end))
    ]
    out: list[Figure] = []
    for kind in ("quantity", "yoy_pct", "rank"):
        after = [
            f for f in segment if getattr(f, kind) is not None and (kind == "rank") == (f.rank is not None)
        ]
        if not after:
            continue
        fields = len(after) // len(subjects) if len(subjects) >= 2 else 0
        if kind == "rank" and fields > 1 and len(after) == fields * len(subjects):
            after = after[: len(subjects)]  # '分居全国第6位、第13位,中部第1位、第2位': the first field's
        if len(after) == 1 and len(subjects) >= 2 and scan.text.startswith("均", cut):
            after = after * len(subjects)
        if len(subjects) >= 2 and len(after) == len(subjects):
            out.extend(
                replace(f, name=s[0], written=s[1], known=s[2]) for f, s in zip(after, subjects, strict=True)
            )
        elif kind != "rank" and len(periods) >= 2 and len(after) == len(periods):  # '一季度、二季度…分别增长'
            out.extend(replace(f, period=p) for f, p in zip(after, periods, strict=True))
        elif kind != "rank" and len(subjects) <= 1 and (over := since_periods(scan.text[:cut], after)):
            out.extend(
                replace(f, period=p) for f, p in zip(after, over, strict=True)
            )  # '2010年以来…分别增长'
        elif kind != "rank" and len(after) >= 2:
            return None  # several figures shared out among fewer names: no way to tell whose is whose
        elif kind == "rank" or not (len(subjects) >= 2 or len(periods) >= 2):
            out.extend(after)  # a rank that does not pair up keeps the name it was read with
        else:
            return None
    return out
