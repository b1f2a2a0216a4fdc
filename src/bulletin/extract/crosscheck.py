"""Every statement of a figure checked against the others: prose, tables, the summary and the title.

Contract: ``cross_check(meta, mentions, catalog, front_lines)`` -> ``(kept, held, diagnostics)``.
A bulletin that states one indicator's value or growth for one period twice, and differently (the
prose says 一般公共预算收入8.9亿元 and the table 9.8; two paragraphs give two GDP figures; the
``summary:`` says 增长8.5% and the body 8.4%), must not be published: whichever came first would be,
silently. When both statements name the indicator in full (地区生产总值, 一般公共预算收入, GDP),
the text contradicts itself: an E309 error at the later statement naming the earlier one's line
too. When one of them is elliptical (第一产业 for 第一产业增加值, a bare label under a caption), the
reading is as likely wrong as the text: the later reading is held back (not published, listed by
``check`` as a note) and the build goes on.

Rounding is no disagreement (8.4 and 8.40, 682.3亿元 and 682亿元), and neither is a figure for
another period (a restated earlier year is another row) or a value in another unit family (a share
in % beside an amount in 亿元 is another statistic). Only catalogue indicators are compared: two
readings of a name the catalogue lacks may be two different things. Front-matter against the
prose is checked by ``merge`` (E303). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bulletin.content.catalog import Catalog
from bulletin.core.document import TextBlock
from bulletin.core.errors import Diagnostic, Location, error
from bulletin.core.measure import stated
from bulletin.core.model import Mention, ReportMeta
from bulletin.core.periods import Period
from bulletin.extract.merge import numbers_agree
from bulletin.extract.naming.elision import MEASURE
from bulletin.extract.prose import extract_text
from bulletin.extract.review import Held

__all__ = ["cross_check", "front_matter_lines"]


def front_matter_lines(text: str, keys: Iterable[str] = ("title", "summary")) -> dict[str, int]:
    """The line of each top-level front-matter key (``summary: …`` on line 4 -> 4)."""
    lines: dict[str, int] = {}
    rows = text.splitlines()
    if not rows or rows[0].strip() != "---":
        return lines
    for number, row in enumerate(rows[1:], start=2):
        if row.strip() in ("---", "..."):
            break
        for key in keys:
            if row.startswith(f"{key}:") and key not in lines:
                lines[key] = number
    return lines


def _said(m: Mention, field: str) -> str:
    if field == "value" and m.quantity is not None:
        return f"{stated(m.quantity.value, m.quantity.decimals)}{m.quantity.unit}"
    return f"{m.yoy_pct:+g}%" if m.yoy_pct is not None else ""


def _explicit(m: Mention) -> bool:
    """The name as written says what it measures (…增加值, …收入, …指数) or is an abbreviation (GDP)."""
    written = m.written.strip()
    return bool(MEASURE.search(written) or re.fullmatch(r"[A-Z]{2,5}", written) or len(written.split()) > 1)


def _disagree(a: Mention, b: Mention, field: str) -> bool:
    if field == "value":
        qa, qb = a.quantity, b.quantity
        return qa is not None and qb is not None and qa.family == qb.family and not qa.agrees_with(qb)
    ya, yb = a.measure.yoy, b.measure.yoy
    return (
        ya is not None and yb is not None and not numbers_agree(ya.value, ya.decimals, yb.value, yb.decimals)
    )


def _check(
    path: str, first: Mention, later: Mention, field: str, where: str = "", where_line: int = 0
) -> Diagnostic:
    line, name, code = where_line or later.line, first.name, first.period.code
    said, written = _said(first, field), _said(later, field)
    return error(
        "E309",
        f"'{name}' ({code}): line {first.line} says {said} but the {where} (line {line}) says {written}"
        if where
        else f"'{name}' ({code}): line {first.line} says {said} but line {line} says {written}",
        Location(path, line),
        f"the same figure must be stated the same way everywhere: correct line {first.line} or line {line}",
        related=Location(path, first.line),
    )


def cross_check(
    meta: ReportMeta, mentions: Iterable[Mention], catalog: Catalog, front_lines: dict[str, int] | None = None
) -> tuple[tuple[Mention, ...], tuple[Held, ...], list[Diagnostic]]:
    """The readings kept, those held back for disagreeing with an earlier one, and the E309 errors
    for statements of one figure that contradict each other (body, title and summary)."""
    found: list[Diagnostic] = []
    kept: list[Mention] = []
    held: list[Held] = []
    first: dict[tuple[str, Period, str], Mention] = {}
    for m in mentions:
        if not m.known or m.change is not None:
            kept.append(m)
            continue
        clash: tuple[Mention, str] | None = None
        for field in ("value", "yoy"):
            if (field == "value" and m.quantity is None) or (field == "yoy" and m.yoy_pct is None):
                continue
            earlier = first.setdefault((catalog.series_key(m.name), m.period, field), m)
            if earlier is not m and earlier.line != m.line and _disagree(earlier, m, field):
                clash = clash or (earlier, field)
                if _explicit(earlier) and _explicit(m):
                    found.append(_check(meta.path, earlier, m, field))
        if clash is not None and not (_explicit(clash[0]) and _explicit(m)):
            earlier, field = clash
            said = _said(earlier, field)
            why = f"it disagrees with line {earlier.line} ({said}), and one of the two names is elliptical"
            held.append(Held(m, why))
            continue
        kept.append(m)
    lines = front_lines or {}
    for where, text in (("title", meta.title), ("summary", meta.summary)):
        if not text.strip():
            continue
        block = TextBlock("paragraph", lines.get(where, meta.line), text)
        for m in extract_text((block,), meta.period, catalog, meta.region):
            for field in ("value", "yoy"):
                body = first.get((catalog.series_key(m.name), m.period, field))
                if m.known and body is not None and _disagree(body, m, field):
                    found.append(_check(meta.path, body, m, field, where, block.line))
    return tuple(kept), tuple(held), found
