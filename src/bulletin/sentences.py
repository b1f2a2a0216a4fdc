"""Figures in one sentence of prose: which number is a value, a growth rate or a rank, and of what.

Contract: ``read_sentence(text, context, catalog)`` -> ``(figures, context)``.
Pure; never raises on any text. A sentence is scanned for events (indicator
names, periods, quantities, ranks) and each number is classified by the
words right before and after it. Precision comes first: a number that is
not clearly a statistic of the bulletin's own area is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import lexicon as lx
from .catalog import Catalog
from .names import NameMatch, evaluation_name, find_names, phrase_name, restore_elided
from .periods import Period, find_periods
from .ranks import find_ranks
from .units import Quantity, QuantityMatch, UnitError, quantity, scan_quantities

__all__ = ["Context", "Figure", "read_sentence"]


@dataclass(frozen=True, slots=True)
class Figure:
    """One statement about one indicator: a value, a growth rate or a rank."""

    name: str
    written: str
    known: bool
    period: Period
    offset: int
    quantity: Quantity | None = None
    yoy_pct: float | None = None
    rank: int | None = None
    rank_of: int | None = None
    basis: str | None = None  # 'real' or 'nominal' when the text says which growth it is


@dataclass(frozen=True, slots=True)
class Context:
    """What carries from one sentence to the next within a paragraph."""

    period: Period  # the paragraph's period: set by a period opening a sentence
    limit: Period  # the bulletin's period: figures for later periods are plans, not statistics


@dataclass(slots=True)
class _Subject:
    name: str
    written: str
    known: bool


@dataclass(slots=True)
class _Scan:
    text: str
    english: bool
    names: list[NameMatch]
    periods: list[tuple[int, int, Period]]
    clause_starts: list[int] = field(default_factory=list)
    subject_at: int = -1  # where the carried subject was last confirmed
    to_date: set[Period] = field(default_factory=set)  # months written as 截至N月底: cumulative for flows


_COUNT_FAMILIES = ("count", "enterprise", "project", "household", "person", "train", "index")
_BOUNDARY = re.compile(
    r"^\s*(?:$|[,;。、:)(]|[和及与或]|同比|比上|比去|较上|较去|较同|增长|下降|增速|增幅|减少|提高|回落|上升|下滑|"
    r"in\b|for\b|at\b|up\b|down\b|from\b|over\b|year\b|with\b|and\b|while\b|,|\.|;|\(|"
    r"more than the|less than the|higher than|lower than)",
    re.IGNORECASE,
)
_CUE_LIMIT = 40
_VERB_CUE = re.compile(rf"(?:累计|共|全年|当月|单月|全区|全市)?[{lx.CJK}]{{1,3}}")
_NOT_VERB_CUE = re.compile(r"增|减|降|比|较|占|的|高|低|多|少|超|突破|新增|目标|计划|其中|为止|以来|同期")
_BARE_EN = re.compile(
    r"\b(?:totalled|totaled|numbered|reached|stood at|came to|amounted to|was|were)\s+"
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d)"
    r"(?!\s*(?:%|percent|per cent|[A-Za-z$¥(]))"
)
_LABEL_UNIT = re.compile(r"[(]\s*(?P<unit>[^()]{1,16}?)\s*[)]\s*:\s*(?P<n>[+-]?\d[\d,]*(?:\.\d+)?)")


def _clauses(text: str, names: list[NameMatch]) -> list[int]:
    """Clause starts; a separator inside a name ('第一、二、三产业', 'imports and exports') does not count."""
    starts = [0]
    for m in lx.CLAUSE_SEP.finditer(text):
        if not any(n.start <= m.start() < n.end for n in names):
            starts.append(m.end())
    return starts


def _clause_start(scan: _Scan, pos: int) -> int:
    start = 0
    for s in scan.clause_starts:
        if s <= pos:
            start = s
    return start


def _accepted_periods(text: str, year: int) -> tuple[list[tuple[int, int, Period]], set[Period]]:
    found, to_date = [], set()
    for m in find_periods(text, year):
        if lx.PERIOD_BEFORE_NOT.search(text[max(0, m.start - 8) : m.start]):
            continue
        if lx.PERIOD_AFTER_NOT.match(text[m.end :]):
            continue
        # 截至6月底 for a flow means January to June; a balance keeps the month (decided per figure).
        if (
            m.period.months == 1
            and re.search(r"(?:截至|截止|到)\s*$", text[max(0, m.start - 3) : m.start])
            and re.match(r"^\s*(?:底|末)", text[m.end :])
        ):
            to_date.add(m.period)
        found.append((m.start, m.end, m.period))
    return found, to_date


def _split_cue(left: str, english: bool) -> tuple[str, str]:
    """Split the words before a number into (words, cue): cue is the longest matching tail."""
    patterns = (lx.GROWTH_EN, lx.VALUE_EN) if english else (lx.GROWTH_ZH, lx.VALUE_ZH, lx.SIGNED_ZH)
    for i in range(max(0, len(left) - _CUE_LIMIT), len(left) + 1):
        tail = left[i:].strip(' ,:;、*_"“”')
        if any(p.fullmatch(tail) for p in patterns):
            return left[:i], tail
    return left, ""


def _last_name(scan: _Scan, lo: int, hi: int) -> NameMatch | None:
    found = [n for n in scan.names if lo <= n.start and n.end <= hi]
    return found[-1] if found else None


def _subject_for(
    scan: _Scan, pos: int, floor: int, carried: _Subject | None, catalog: Catalog
) -> tuple[_Subject | None, str]:
    """The indicator a number at ``pos`` belongs to, and the cue words right before it."""
    clause = _clause_start(scan, pos)
    lo = max(clause, floor)
    name = _last_name(scan, clause, pos)
    if name is not None:
        left = re.sub(r"\([^()]*\)", "", scan.text[max(lo, name.end) : pos])
        return _Subject(name.name, name.written, True), _split_cue(left, scan.english)[1] or left.strip(
            " ,:;、"
        )
    words, cue = _split_cue(scan.text[lo:pos], scan.english)
    for start, end, _ in scan.periods:
        if lo <= start < pos:
            words = words.replace(scan.text[start:end], " ")
    candidate = phrase_name(words)
    if candidate is None:
        earlier = _last_name(scan, 0, pos)
        if earlier is not None and (carried is None or earlier.start > scan.subject_at):
            return _Subject(earlier.name, earlier.written, True), cue
        return carried, cue
    entry = catalog.lookup(candidate)
    if entry is not None:
        return _Subject(entry.name, candidate, True), cue
    if carried is not None and (restored := restore_elided(carried.written, candidate, catalog)):
        return _Subject(restored, candidate, True), cue
    return _Subject(candidate, candidate, False), cue


def _period_for(scan: _Scan, pos: int, end: int, nxt: int, current: Period, stock: bool = False) -> Period:
    period = _period_near(scan, pos, end, nxt, current)
    if not stock and period in scan.to_date:
        return Period(period.year, 1, period.last_month)
    return period


def _period_near(scan: _Scan, pos: int, end: int, nxt: int, current: Period) -> Period:
    if scan.english:
        clause = _clause_start(scan, pos)
        after = [p for s, _, p in scan.periods if end <= s < nxt and _clause_start(scan, s) == clause]
        if after:
            return after[0]
        before = [p for s, e, p in scan.periods if e <= pos]
        return before[-1] if before else current
    before = [p for s, e, p in scan.periods if e <= pos and s >= _segment_start(scan.text, pos)]
    return before[-1] if before else current


def _segment_start(text: str, pos: int) -> int:
    cut = text.rfind(";", 0, pos)
    return cut + 1 if cut >= 0 else 0


def _growth(cue: str, post: str, value: float, english: bool, before: str = "") -> float | None:
    if english:
        if cue.lower() in ("to", "at", "was", "of") and re.search(
            r"\bgrowth\b|\bincrease\b", before, re.IGNORECASE
        ):
            return value
        m = lx.GROWTH_EN.fullmatch(cue)
        if m:
            return -abs(value) if lx.DOWN_EN.match(m.group("dir")) else value
        if not cue or lx.VALUE_EN.fullmatch(cue):
            if lx.GROWTH_AFTER_EN.match(post):
                return value
            if lx.LOWER_AFTER_EN.match(post):
                return -abs(value)
        if re.fullmatch(r"[+-]", cue) or (not cue and re.match(r"^\s*[,;)]|\s*$", post)):
            return value if cue != "-" else -abs(value)
        return None
    m = lx.GROWTH_ZH.fullmatch(cue)
    if m:
        if m.group("to"):
            return value
        return -abs(value) if lx.DOWN_ZH.match(m.group("dir")) and value > 0 else value
    if lx.SIGNED_ZH.fullmatch(cue) and cue:
        return value
    return None


def _is_modifier(post: str, family: str) -> bool:
    """'23个部门', '10亿元以上项目', '3000亿元大关': the number describes a noun, it is not a value."""
    if _BOUNDARY.match(post):
        return False
    if family in ("percent", "pp"):
        return bool(re.match(r"^的", post))
    return True


def _label_values(scan: _Scan) -> list[QuantityMatch]:
    """'地区生产总值(亿元):682.3': the unit is in the label, the number stands alone."""
    found = []
    for m in _LABEL_UNIT.finditer(scan.text):
        try:
            amount = quantity(m.group("n").replace(",", ""), m.group("unit"))
        except (UnitError, ValueError):
            continue
        found.append(QuantityMatch(m.start("n"), m.end("n"), m.group("n"), amount))
    return found


def _post_clause(post: str) -> str:
    """The words after a number up to the next clause boundary."""
    return re.split(r"[,;。、]|,\s|\.\s", post, maxsplit=1)[0]


def _bare_numbers(scan: _Scan) -> list[QuantityMatch]:
    """English counts written without a unit: 'entities totalled 8,562', 'projects numbered 45'."""
    if not scan.english:
        return []
    found = []
    for m in _BARE_EN.finditer(scan.text):
        value = m.group("n").replace(",", "")
        found.append(QuantityMatch(m.start("n"), m.end("n"), m.group("n"), quantity(value, "")))
    return found


def _number_figures(scan: _Scan, state: dict, catalog: Catalog, figures: list[Figure]) -> None:
    text = scan.text
    quantities = sorted(
        scan_quantities(text) + _bare_numbers(scan) + _label_values(scan), key=lambda q: q.start
    )
    floor = 0
    for q in quantities:
        post = text[q.end : q.end + 40]
        family = q.quantity.family
        if _is_modifier(post, family) or family == "pp":
            continue
        nxt = min([o.start for o in quantities if o.start > q.start] or [len(text)])
        subject, cue = _subject_for(scan, q.start, floor, state["subject"], catalog)
        floor = q.end
        before = text[_clause_start(scan, q.start) : q.start]
        segment = text[_segment_start(text, q.start) : q.start]
        after = _post_clause(post)
        if subject is None or lx.TARGET.search(segment) or lx.TARGET.search(after):
            continue
        period = _period_for(scan, q.start, q.end, nxt, state["period"], _is_stock(subject, catalog))
        if family == "percent":
            if lx.NOT_GROWTH.search(before) or lx.NOT_GROWTH.search(after) or re.match(r"^\s*的", post):
                continue
            rate = _growth(cue, after, q.quantity.value, scan.english, before)
            if rate is None and not cue and state["last"] == (subject.name, "yoy"):
                rate = q.quantity.value * state["sign"]  # '增长8.4%、11.3%', 'rose 3.1% … and 4.6% …'
            if rate is None:
                if _is_level(subject, cue, catalog, scan.english):
                    _add(
                        figures,
                        state,
                        subject,
                        _figure(subject, period, q.start, quantity=_clean(q.quantity)),
                    )
                continue
            basis = "real" if lx.REAL.search(before) else "nominal" if lx.NOMINAL.search(before) else None
            state["sign"] = -1.0 if rate < 0 else 1.0
            _add(figures, state, subject, _figure(subject, period, q.start, yoy_pct=rate, basis=basis), "yoy")
            continue
        if lx.NOT_VALUE.search(before) or lx.SINGLE_ENTITY.search(segment[-40:]):
            continue
        if (
            lx.CHANGE_EN.match(post)
            or (not scan.english and lx.CHANGE_ZH.search(cue))
            or (scan.english and lx.GROWTH_EN.fullmatch(cue))
        ):
            continue
        if (
            cue
            and not (lx.VALUE_EN if scan.english else lx.VALUE_ZH).fullmatch(cue)
            and not _verb_cue(cue, scan)
        ):
            continue
        _add(figures, state, subject, _figure(subject, period, q.start, quantity=_clean(q.quantity)))
        scan.subject_at = q.start


def _verb_cue(cue: str, scan: _Scan) -> bool:
    """A short activity verb between a name and its value: '中欧班列累计开行1022列', '接待游客…'."""
    return not scan.english and bool(_VERB_CUE.fullmatch(cue)) and not _NOT_VERB_CUE.search(cue)


def _add(figures: list[Figure], state: dict, subject: _Subject, figure: Figure, kind: str = "value") -> None:
    figures.append(figure)
    state["subject"] = subject
    state["last"] = (subject.name, kind)


def _is_level(subject: _Subject, cue: str, catalog: Catalog, english: bool) -> bool:
    """A percentage that is the indicator's own level (失业率为5.2%), not a change."""
    entry = catalog.lookup(subject.name)
    if entry is None or entry.unit != "%" or entry.category == "prices":
        return False
    return cue in ("为", "是", "") or bool(english and lx.VALUE_EN.fullmatch(cue))


def _is_stock(subject: _Subject | None, catalog: Catalog) -> bool:
    entry = catalog.lookup(subject.name) if subject else None
    return entry is not None and entry.category == "finance"


def _clean(q: Quantity) -> Quantity:
    unit = q.unit.replace("％", "%")
    if unit in ("percent", "per cent", "pct"):
        unit = "%"
    return replace(q, unit=unit)


def _figure(subject: _Subject, period: Period, offset: int, **fields: object) -> Figure:
    return Figure(subject.name, subject.written, subject.known, period, offset, **fields)  # type: ignore[arg-type]


def _special_figures(scan: _Scan, state: dict, catalog: Catalog, figures: list[Figure]) -> None:
    """Growth written as 1.2倍, 持平/flat, or a price index on base 100."""
    text = scan.text
    for pattern, rate in (
        (lx.FOLD_GROWTH, lambda m: float(m.group("n")) * 100),
        (lx.INDEX_BASE, lambda m: round(float(m.group("v")) - 100, 6)),
        (lx.FLAT, lambda m: 0.0),
    ):
        for m in pattern.finditer(text):
            subject, _ = _subject_for(scan, m.start(), 0, state["subject"], catalog)
            if (
                subject is None
                or lx.TARGET.search(text[: m.start()][-60:])
                or lx.NOT_GROWTH.search(text[_clause_start(scan, m.start()) : m.start()])
            ):
                continue
            period = _period_for(scan, m.start(), m.end(), len(text), state["period"])
            figures.append(_figure(subject, period, m.start(), yoy_pct=rate(m)))


def _rank_figures(scan: _Scan, state: dict, catalog: Catalog, figures: list[Figure]) -> None:
    text = scan.text
    previous_eval: str | None = None
    floor = 0
    for r in find_ranks(text):
        if re.search(r"前移|后移|提升|上升|下降|前进|后退", text[r.end : r.end + 4]):
            continue
        window = text[floor : r.start]
        after = text[r.end : r.end + 120] if scan.english else ""
        names_since = [n for n in scan.names if floor <= n.start < r.start]
        evaluation = evaluation_name(
            window + (" " + after if after else ""), None if names_since else previous_eval
        )
        floor = r.end
        if evaluation:
            previous_eval = evaluation
            entry = catalog.lookup(evaluation)
            subject = _Subject(entry.name if entry else evaluation, evaluation, entry is not None)
        else:
            name = _last_name(scan, 0, r.start)
            subject = _Subject(name.name, name.written, True) if name else state["subject"]
        if subject is None:
            continue
        period = _period_for(scan, r.start, r.end, len(text), state["period"], _is_stock(subject, catalog))
        figures.append(_figure(subject, period, r.start, rank=r.rank, rank_of=r.rank_of))


def _respectively(scan: _Scan, figures: list[Figure]) -> list[Figure]:
    """'A、B、C分别增长x%、y%、z%': pair the names before 分别 with the figures after it, in order."""
    cut = scan.text.find("分别")
    if cut < 0:
        return figures
    subjects: list[tuple[str, str, bool]] = []
    for n in scan.names:
        if n.start < cut and (n.name, n.written, n.known) not in subjects:
            subjects.append((n.name, n.written, n.known))
    for f in figures:
        if f.offset < cut and (f.name, f.written, f.known) not in subjects:
            subjects.append((f.name, f.written, f.known))
    if len(subjects) < 2:
        return figures
    out = [f for f in figures if f.offset < cut or f.rank is not None]
    for kind in ("quantity", "yoy_pct"):
        after = [f for f in figures if f.offset > cut and getattr(f, kind) is not None and f.rank is None]
        if not after:
            continue
        if len(after) != len(subjects):
            return [f for f in figures if f.offset < cut]
        out.extend(
            replace(f, name=s[0], written=s[1], known=s[2]) for f, s in zip(after, subjects, strict=True)
        )
    return out


_INDUSTRIES = re.compile(
    r"第?(?P<first>[一二三])(?P<rest>(?:[、,和及与]第?[一二三])+)(?:次)?产业(?P<va>增加值)?"
)


def _expand_industries(text: str, catalog: Catalog) -> list[NameMatch]:
    """'第一、二、三产业增加值' names three indicators."""
    found = []
    for m in _INDUSTRIES.finditer(text):
        for digit in m.group("first") + "".join(re.findall(r"[一二三]", m.group("rest"))):
            entry = catalog.lookup(f"第{digit}产业增加值")
            if entry is not None:
                found.append(NameMatch(m.start(), m.end(), entry.name, m.group(0), True))
    return found


def read_sentence(text: str, context: Context, catalog: Catalog) -> tuple[list[Figure], Context]:
    """The figures one sentence states, and the context for the next sentence."""
    norm = lx.normalize(text)
    english = bool(re.search(r"[A-Za-z]{3,}", norm)) and not re.search(rf"[{lx.CJK}]", norm)
    periods, to_date = _accepted_periods(norm, context.limit.year)
    industries = _expand_industries(norm, catalog)
    names = sorted(
        [n for n in find_names(norm, catalog) if not any(i.start <= n.start < i.end for i in industries)]
        + industries,
        key=lambda n: n.start,
    )
    scan = _Scan(norm, english, names, periods, clause_starts=_clauses(norm, names), to_date=to_date)
    # A period opening the sentence sets the period of the rest of the paragraph.
    first_figure = min([n.start for n in names] + [len(norm)])
    opening = [p for s, _, p in periods if s < first_figure and not english]
    if (
        opening
        and opening[-1].sort_key() <= context.limit.sort_key()
        and opening[-1].end <= context.limit.end
    ):
        context = Context(opening[-1], context.limit)
    state: dict = {"subject": None, "period": context.period, "last": None, "sign": 1.0}
    figures: list[Figure] = []
    _number_figures(scan, state, catalog, figures)
    _special_figures(scan, state, catalog, figures)
    _rank_figures(scan, state, catalog, figures)
    figures = _respectively(scan, figures)
    kept = [
        f for f in figures if f.period.end <= context.limit.end and f.period.year >= context.limit.year - 5
    ]
    return sorted(kept, key=lambda f: f.offset), context
