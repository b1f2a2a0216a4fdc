"""The per-sentence state that the figure readers share, and how a figure is recorded.

``figures.py`` (values, growth rates, changes) and ``shapes.py`` (multiples, counts written
before their noun, ranks) both read one scanned sentence into the same list of figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.core.periods import Period
from bulletin.extract import lexicon as lx
from bulletin.extract.sentences import Figure, Scan, Subject

__all__ = ["State", "is_target", "make_figure", "subject_before"]


@dataclass
class State:
    """Per-sentence state: the subject carried from one clause to the next."""

    period: Period
    subject: Subject | None
    last: tuple[str, str] | None = None
    sign: float = 1.0
    previous_end: int = 0  # where the number before the current one ends
    carried: Subject | None = None  # the subject the sentence began with (numbers move ``subject`` on)


def subject_before(out: list[Figure], pos: int, fallback: Subject | None) -> Subject | None:
    """The subject of the last figure found before ``pos`` (numbers are read first, specials after)."""
    before = [f for f in out if f.offset < pos]
    if not before:
        return fallback
    last = max(before, key=lambda f: f.offset)
    return Subject(last.name, last.written, last.known)


_QUOTED = re.compile(r"“[^”]{1,20}”")


def is_target(scan: Scan, pos: int, after: str) -> bool:
    """A plan, target, forecast, or a total since founding: not a statistic of the period."""
    segment = lx.NOT_TARGET.sub(" ", scan.text[scan.segment_start(pos) : pos])
    segment = _QUOTED.sub(" ", segment)  # a programme's name: “六六就业稳岗计划” plans nothing here
    # '15年以来' in a 2015 bulletin is this year so far, as 今年以来 is: no total over several years
    this_year = (
        re.sub(rf"(?<!\d)(?:{scan.year}|{scan.year % 100:02d})年以来", " ", segment) if scan.year else segment
    )
    return bool(
        lx.TARGET.search(segment)
        or (lx.SINCE.search(this_year) and not _RUN_OF_YEARS.search(segment))
        or lx.TARGET.search(lx.NOT_TARGET.sub(" ", after))
    )


# '2010年以来,我省年度GDP分别增长14%、12.5%、…': one indicator's rate of each period since then, no
# total (lists.since_periods dates them, or drops them when the count does not fit)
_RUN_OF_YEARS = re.compile(r"(?:19|20)\d{2}年(?:第?一季度)?以来[^;。、和及]*分别[^;。]*$")


def make_figure(subject: Subject, period: Period, offset: int, **fields: object) -> Figure:
    return Figure(subject.name, subject.written, subject.known, period, offset, **fields)  # type: ignore[arg-type]
