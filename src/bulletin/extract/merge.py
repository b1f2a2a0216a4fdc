"""A bulletin's indicator table: front-matter and prose merged and cross-checked.

Stage contract: ``merge_indicators(meta, mentions, catalog)`` ->
``(tuple[Indicator, ...], diagnostics)``. One row per (canonical indicator,
period). When the front-matter and the prose state the same indicator
differently (after unit normalisation and allowing for rounding), that is an
E303 error naming both lines: a statistics office must not publish a table
that contradicts its own text.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from bulletin.content.catalog import Catalog, Entry
from bulletin.core.errors import Diagnostic, Location, error, warning
from bulletin.core.measure import stated
from bulletin.core.model import DeclaredIndicator, Indicator, Mention, Report, ReportMeta
from bulletin.core.periods import Period
from bulletin.core.units import Quantity, UnitError, quantity
from bulletin.extract.typos import near_miss

__all__ = ["merge_indicators", "numbers_agree", "unify_names"]


def numbers_agree(a: float, a_decimals: int, b: float, b_decimals: int) -> bool:
    """Equal up to the rounding of the less precise of the two (8.4 vs 8.40, 8 vs 8.4)."""
    return abs(a - b) <= 0.5 * 10.0 ** -min(a_decimals, b_decimals) + 1e-9


def _decimals(value: float) -> int:
    text = repr(float(value))
    return 0 if float(value).is_integer() or "e" in text else len(text.split(".")[1])


def _describe(q: Quantity | None, yoy: float | None, rank: int | None) -> str:
    parts = []
    if q is not None:
        parts.append(f"{stated(q.value, q.decimals)}{q.unit}")
    if yoy is not None:
        parts.append(f"yoy {yoy:+g}%")
    if rank is not None:
        parts.append(f"rank {rank}")
    return ", ".join(parts)


def _row(entry: Entry, known: bool, period: Period, source: str, line: int, **fields: object) -> Indicator:
    return Indicator(
        name=entry.name,
        name_en=entry.en,
        slug=entry.slug,
        category=entry.category,
        order=entry.order,
        period=period,
        source=source,
        line=line,
        known=known,
        **fields,  # type: ignore[arg-type]
    )


MAX_SUGGESTION_NAME = 40  # longer unknown names get no "did you mean"
MAX_SUGGESTION_CANDIDATES = 200  # spellings compared with one unknown name


def did_you_mean(name: str, names: tuple[str, ...]) -> list[str]:
    """The closest known spelling, comparing only spellings of similar length that share a character.

    difflib over every alias for every unknown name is quadratic in catalogue size and name count.
    """
    if len(name) > MAX_SUGGESTION_NAME:
        return []
    chars = set(name)
    candidates = [n for n in names if abs(len(n) - len(name)) <= max(2, len(name) // 2) and chars & set(n)]
    return difflib.get_close_matches(name, candidates[:MAX_SUGGESTION_CANDIDATES], n=1, cutoff=0.6)


def _declared(
    meta: ReportMeta, item: DeclaredIndicator, catalog: Catalog, found: list[Diagnostic]
) -> Indicator | None:
    entry = catalog.lookup(item.name)
    loc = Location(meta.path, item.line)
    typo = near_miss(item.name, catalog.names()) if entry is None else None
    if typo is not None:
        found.append(
            error(
                "E308",
                f"indicator '{item.name}' is not in the catalogue but is close to '{typo}'",
                loc,
                f"did you mean '{typo}'? If '{item.name}' is a new indicator, declare it in "
                "content/indicators.yaml",
            )
        )
        return None
    if entry is None:
        close = did_you_mean(item.name, catalog.names())
        found.append(
            warning(
                "W304",
                f"indicator '{item.name}' is not in the catalogue",
                loc,
                f"did you mean '{close[0]}'?"
                if close
                else "add it to content/indicators.yaml to give it an English name and a category",
            )
        )
    entry = entry or catalog.entry_for(item.name)
    amount = None
    if item.value is not None:
        unit = item.unit or entry.unit
        if not unit:
            found.append(
                error(
                    "E302",
                    f"indicator '{item.name}' has a value but no unit",
                    loc,
                    "add unit: 亿元 (or 万元, %, 万人, 家 ...)",
                )
            )
            return None
        try:
            amount = quantity(item.value, unit, item.decimals)
        except UnitError as exc:
            found.append(
                error("E302", f"unknown unit '{unit}' for '{item.name}': {exc.message}", loc, exc.hint)
            )
            return None
    return _row(
        entry,
        catalog.lookup(item.name) is not None,
        item.period or meta.period,
        "front-matter",
        item.line,
        measure=replace(item.measure, quantity=amount),
        note=item.note,
    )


class _Broader(NamedTuple):
    whole: str  # the series the bare name means beside the narrower one
    narrower: re.Pattern[str]  # how the narrower series is written
    bare: re.Pattern[str]  # how the bare name is written


# '工业增加值308.71亿元,增长4.4%' beside '规模以上工业增加值增长4.9%': the catalogue reads a bare
# 工业增加值 as the 规模以上 series, but a text that names that series too means all industry by it
# (and so for 工业总产值); 'fiscal revenue' beside 'general public budget revenue' is the total
# (财政收入), of which the budget revenue is a part.
_SCOPED = re.compile(r"^(?:规模以上|规上)")
_BROADER = {
    "规模以上工业增加值": _Broader("全部工业增加值", _SCOPED, re.compile(r"^(?:全部)?工业增加值$")),
    "规模以上工业总产值": _Broader("全部工业总产值", _SCOPED, re.compile(r"^(?:全部)?工业总产值$")),
    "一般公共预算收入": _Broader(
        "财政收入",
        re.compile(r"一般公共预算收入|general public budget revenue", re.I),
        re.compile(r"^(?:(?:its|the|total)\s+)*fiscal revenue$", re.I),
    ),
}


def _broader_named(mentions: list[Mention], catalog: Catalog) -> list[Mention]:
    """Each bare name said beside its narrower series in the same period, as the broader series."""
    named = [(e.name if (e := catalog.lookup(m.name)) else m.name, m) for m in mentions]
    beside = {
        (name, m.period)
        for name, m in named
        if name in _BROADER and _BROADER[name].narrower.search(m.written)
    }
    out = []
    for name, m in named:
        if (name, m.period) in beside and _BROADER[name].bare.match(m.written):
            whole = _BROADER[name].whole
            m = replace(m, name=whole, known=catalog.lookup(whole) is not None)
        out.append(m)
    return out


def _from_mentions(mentions: Iterable[Mention], catalog: Catalog) -> dict[tuple[str, Period], Indicator]:
    rows: dict[tuple[str, Period], Indicator] = {}
    mentions = list(mentions)
    for m in mentions:
        if m.change is not None:
            continue
        entry = catalog.entry_for(m.name)
        key = (catalog.series_key(m.name), m.period)
        old = rows.get(key)
        if old is None:
            rows[key] = _row(entry, m.known, m.period, "prose", m.line, measure=m.measure)
            continue
        # A figure mentioned twice is one row; later mentions only fill gaps, or state its amount better.
        mine, theirs = old.measure.quantity, m.measure.quantity
        if mine is not None and theirs is not None and _better(theirs, mine, entry):
            old = replace(old, measure=replace(old.measure, quantity=theirs))
        # a rate rounded in a headline ('GDP grows 13%'), then stated (13.1 percent): the stated one
        rate, finer = old.measure.yoy, m.measure.yoy
        if rate and finer and finer.decimals > rate.decimals:
            agree = numbers_agree(rate.value, rate.decimals, finer.value, finer.decimals)
            old = replace(old, measure=replace(old.measure, yoy=finer)) if agree else old
        rows[key] = _fill(old, m)
    # A change in percentage points only describes a row that the text states; it never makes one.
    for m in mentions:
        key = (catalog.series_key(m.name), m.period)
        if m.change is not None and key in rows and rows[key].change is None:
            rows[key] = replace(rows[key], measure=replace(rows[key].measure, change=m.change))
    return rows


def _better(theirs: Quantity, mine: Quantity, entry: Entry | None) -> bool:
    """Whether a later mention's amount replaces the row's: the same value stated more precisely
    (逾137亿元, then 137.35亿元), or the amount in the series' own currency ('$50.21b' in a headline,
    then 355.09 billion yuan in the text)."""
    if theirs.decimals > mine.decimals and theirs.unit == mine.unit and mine.agrees_with(theirs):
        return True
    # a round headline bound ('GDP超300亿元', '突破1000亿元'), then the figure itself (300.8亿元)
    bound = mine.decimals == 0 and mine.value > 0 and mine.value % 10 == 0 and theirs.decimals > 0
    if bound and theirs.unit == mine.unit and 0 <= theirs.value - mine.value <= 0.1 * mine.value:
        return True
    return _own_money(theirs, entry) and not _own_money(mine, entry)


def _own_money(amount: Quantity, entry: Entry | None) -> bool:
    """Whether ``amount`` is in the currency its indicator is kept in (yuan for 亿元)."""
    if entry is None or not entry.unit:
        return False
    try:
        return quantity(1.0, entry.unit).family == amount.family
    except UnitError:
        return False


def _fill(row: Indicator, other: Indicator | Mention) -> Indicator:
    """``row`` with the gaps ``other`` can fill; a rate or rank keeps its own precision and semantics."""
    return replace(row, measure=row.measure.fill(other.measure))


def _conflicts(meta: ReportMeta, fm: Indicator, prose: Indicator) -> list[str]:
    problems = []
    if fm.quantity and prose.quantity and not fm.quantity.agrees_with(prose.quantity):
        problems.append(
            f"value {stated(fm.quantity.value, fm.quantity.decimals)}{fm.quantity.unit} vs "
            f"{stated(prose.quantity.value, prose.quantity.decimals)}{prose.quantity.unit}"
        )
    if (
        fm.yoy_pct is not None
        and prose.yoy_pct is not None
        and not numbers_agree(fm.yoy_pct, _decimals(fm.yoy_pct), prose.yoy_pct, _decimals(prose.yoy_pct))
    ):
        problems.append(f"year-on-year {fm.yoy_pct:+g}% vs {prose.yoy_pct:+g}%")
    if fm.rank is not None and prose.rank is not None and fm.rank != prose.rank:
        problems.append(f"rank {fm.rank} vs {prose.rank}")
    return problems


def merge_indicators(
    meta: ReportMeta, mentions: Iterable[Mention], catalog: Catalog
) -> tuple[tuple[Indicator, ...], tuple[Diagnostic, ...]]:
    """Front-matter ∪ prose, one row per indicator and period, with conflicts as errors."""
    found: list[Diagnostic] = []
    declared: dict[tuple[str, Period], Indicator] = {}
    field_sizes: dict[tuple[str, Period], int] = {}  # rank_of stated without a rank: sizes the text's rank
    for item in meta.indicators:
        row = _declared(meta, item, catalog, found)
        if row is None:
            continue
        key = (catalog.series_key(row.name), row.period)
        if key in declared:
            found.append(
                error(
                    "E305",
                    f"indicator '{row.name}' is declared twice for {row.period.code}",
                    Location(meta.path, item.line),
                    f"the first is on line {declared[key].line}; keep one",
                    related=Location(meta.path, declared[key].line),
                )
            )
            continue
        declared[key] = row
        if item.field_size is not None:
            field_sizes[key] = item.field_size
    prose = _from_mentions(_broader_named(list(mentions), catalog), catalog)
    merged: dict[tuple[str, Period], Indicator] = dict(prose)
    for key, fm in declared.items():
        other = prose.get(key)
        if other is None:
            merged[key] = fm
            continue
        problems = _conflicts(meta, fm, other)
        if problems:
            said = _describe(fm.quantity, fm.yoy_pct, fm.rank)
            written = _describe(other.quantity, other.yoy_pct, other.rank)
            found.append(
                error(
                    "E303",
                    f"'{fm.name}' ({key[1].code}): front-matter line {fm.line} says {said} "
                    f"but the text on line {other.line} says {written} ({'; '.join(problems)})",
                    Location(meta.path, fm.line),
                    f"correct the wrong one: the front-matter entry on line {fm.line} "
                    f"or the sentence on line {other.line}",
                    related=Location(meta.path, other.line),
                )
            )
        filled = fm.measure.fill(other.measure)
        if filled.rank is not None and filled.rank.of is None and key in field_sizes:
            filled = replace(filled, rank=replace(filled.rank, of=field_sizes[key]))
        merged[key] = replace(fm, source="both", measure=replace(filled, change=fm.change or other.change))
    rows = sorted(merged.values(), key=lambda r: (r.order, r.name, r.period.sort_key()))
    return tuple(rows), tuple(found)


def unify_names(reports: Iterable[Report], catalog: Catalog) -> tuple[Report, ...]:
    """One spelling per indicator the catalogue lacks, across all bulletins.

    Each file is read on its own, so 'Widget output' in one and 'widget Output' in another
    come back as written; this single pass after reading names each such series by the
    first of its spellings in sorted order, whatever order the files were read in.
    """
    reports = tuple(reports)
    spellings: dict[str, set[str]] = {}
    for report in reports:
        for row in report.indicators:
            if not row.known:
                spellings.setdefault(catalog.series_key(row.name), set()).add(row.name)
    chosen = {key: min(names) for key, names in spellings.items() if len(names) > 1}
    if not chosen:
        return reports

    def renamed(row: Indicator) -> Indicator:
        name = chosen.get(catalog.series_key(row.name), row.name) if not row.known else row.name
        if name == row.name:
            return row
        entry = catalog.entry_for(name)
        return replace(
            row, name=name, name_en=entry.en if row.name_en == row.name else row.name_en, slug=entry.slug
        )

    return tuple(replace(r, indicators=tuple(renamed(row) for row in r.indicators)) for r in reports)
