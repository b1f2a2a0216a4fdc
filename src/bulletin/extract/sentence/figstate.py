"""The per-sentence state that the figure readers share, and how a figure is recorded.

``figures.py`` (values, growth rates, changes) and ``shapes.py`` (multiples, counts written
before their noun, ranks) both read one scanned sentence into the same list of figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bulletin.content.catalog import Catalog
from bulletin.core.periods import Period
from bulletin.extract import lexicon as lx
from bulletin.extract.lang import ZH, is_en
from bulletin.extract.sentence.sentences import Figure, Scan, Subject

__all__ = ["State", "is_modifier", "is_target", "make_figure", "post_clause", "subject_before"]


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


def named(figure: Figure, name: str, catalog: Catalog) -> Figure:
    """The figure under another written name, looked up in the catalogue."""
    entry = catalog.lookup(name)
    return replace(figure, name=entry.name if entry else name, written=name, known=entry is not None)


_BOUNDARY = re.compile(
    r"^\s*(?:人民币)?(?:$|[,;。、:)(!?↑↓]|[和及与或]|同比|比上|比去|较上|较去|较同|增长|下降|增速|增幅|减少|提高|回落|上升|下滑|"
    r"按可比|按不变|按现价|"  # ('…1271.04亿元按可比价增长4.0%': a page that lost its commas)
    r"in\b|for\b|at\b|up\b|down\b|from\b|over\b|year\b|with\b|and\b|while\b|,|\.|;|\(|"
    r"more than the|less than the|higher than|lower than)",
    re.IGNORECASE,
)


def post_clause(post: str) -> str:
    return re.split(r"[,;。、]|,\s|\.\s", post, maxsplit=1)[0]


def is_modifier(post: str, family: str, lang: str = ZH) -> bool:
    """'23个部门', '10亿元以上项目', '3000亿元大关': the number describes a noun, it is not a value."""
    if is_en(lang) or _BOUNDARY.match(post):
        return False
    if family in ("percent", "pp"):
        return bool(re.match(r"^的", post))
    return True
