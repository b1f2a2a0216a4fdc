"""All bulletins' indicator rows as one tidy DataFrame, the series in it, and checks across bulletins.

Stage contract: ``build_dataset(reports, catalog)`` -> :class:`Dataset`. The
frame holds exactly the rows of ``data/indicators.csv`` plus helper columns.
Series are keyed by (region, indicator, span) so 上半年 is compared with
上半年. Checks that need several bulletins become diagnostics naming both:

- implied growth: the YoY change implied by this year's and last year's value
  of the same span, shown beside the stated one; for indicators the catalogue
  marks as comparable-price/-basis that is all, for the others a different
  sign or a gap over 2 points is a warning (W401);
- revisions: one period stated differently by two bulletins (I402); the later
  bulletin wins in series, both values stay visible;
- derived periods: single quarters and the second half computed from
  cumulative values of additive flows, marked as derived.

pandas is imported here and in no module the CLI loads at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from bulletin.content.catalog import Catalog
from bulletin.core.errors import Diagnostic, Location, info, warning
from bulletin.core.measure import Measure, stated
from bulletin.core.model import Change, History, Point, Report, measure_of
from bulletin.core.periods import Period, parse_period
from bulletin.core.units import quantity
from bulletin.data.export import COLUMNS, contract_rows, report_rows

__all__ = ["GAP_PP", "Dataset", "History", "Point", "build_dataset"]

GAP_PP = 2.0  # a stated growth further than this from the implied one is a likely typo


@dataclass(frozen=True)
class Dataset:
    """The tidy frame, the contract rows, per-indicator histories and cross-bulletin findings."""

    frame: pd.DataFrame
    rows: tuple[dict[str, Any], ...]
    histories: tuple[History, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    # (bulletin, indicator, period code) -> (last year's value, implied YoY %), for each bulletin's table
    comparisons: dict[tuple[str, str, str], tuple[float | None, float | None]] = field(default_factory=dict)


def _frame(reports: Sequence[Report], catalog: Catalog) -> pd.DataFrame:
    records = []
    for report in reports:
        for row, record in zip(report.indicators, report_rows(report), strict=True):
            entry = catalog.entry_for(row.name)
            family = row.quantity.family if row.quantity else None
            base = row.quantity.base_value if row.quantity else None
            decimals = row.quantity.decimals if row.quantity else 0
            records.append(
                {
                    **record,
                    "date": report.meta.date,
                    "span": row.period.span,
                    "year": row.period.year,
                    "family": family,
                    "base_value": base,
                    "decimals": decimals,
                    "path": report.meta.path,
                    "comparable": entry.comparable,
                    "additive": entry.additive,
                }
            )
    extra = ["date", "span", "year", "family", "base_value", "decimals", "path", "comparable", "additive"]
    columns = [*COLUMNS, *extra]
    frame = pd.DataFrame.from_records(records, columns=columns)
    return frame.sort_values(
        ["region", "indicator", "period_end", "period_start", "date", "bulletin"],
        kind="mergesort",
        ignore_index=True,
    )


def _agree(a: float, b: float, decimals_a: int, decimals_b: int, scale: float) -> bool:
    return abs(a - b) <= 0.5 * 10.0 ** -min(decimals_a, decimals_b) * scale + 1e-9 * max(abs(a), abs(b))


def _revisions(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Diagnostic]]:
    """Keep the latest bulletin's row per (region, indicator, period); report disagreements."""
    found = []
    keys = ["region", "indicator", "period"]
    latest = frame.sort_values("date", kind="mergesort").groupby(keys, sort=False).tail(1)
    # Only figures stated more than once can be revised: iterating every group took ~1 s at 1,000.
    restated = frame[frame.duplicated(keys, keep=False)]
    for _, group in restated.groupby(keys, sort=True):
        group = group.sort_values(["date", "bulletin"], kind="mergesort")
        last = group.iloc[-1]
        for _, old in group.iloc[:-1].iterrows():
            if _same(old, last):
                continue
            found.append(
                info(
                    "I402",
                    f"'{last.indicator}' {last.period} ({last.region}): {_show(old)} in {old.path} "
                    f"is revised to {_show(last)} in {last.path}",
                    Location(str(last.path), int(last.line)),
                    "the later bulletin's figure is used in charts; both are shown on the indicator page",
                    related=Location(str(old.path), int(old.line)),
                )
            )
    return latest, found


def _same(a: pd.Series, b: pd.Series) -> bool:
    if pd.notna(a.base_value) and pd.notna(b.base_value):
        unit_scale = abs(a.base_value / a.value) if a.value else 1.0
        if a.family != b.family or not _agree(
            a.value * unit_scale, b.base_value, int(a.decimals), int(b.decimals), unit_scale
        ):
            return False
    return not (pd.notna(a.yoy_pct) and pd.notna(b.yoy_pct) and abs(a.yoy_pct - b.yoy_pct) > 0.05 + 1e-9)


def _show(row: pd.Series) -> str:
    parts = []
    if pd.notna(row.value):
        parts.append(f"{stated(row.value, _int(row.get('value_decimals')))}{row.unit}")
    if pd.notna(row.yoy_pct):
        parts.append(f"{row.yoy_pct:+g}%")
    return ", ".join(parts) or "a rank"


def _implied(rows: pd.DataFrame, latest: pd.DataFrame) -> pd.DataFrame:
    """Add last year's value (the latest bulletin's) and the implied YoY to every row that has one."""
    columns = [
        "region",
        "indicator",
        "span",
        "year",
        "base_value",
        "family",
        "path",
        "line",
        "period",
        "value",
        "unit",
    ]
    prev = latest[columns].copy()
    prev["year"] = prev["year"] + 1
    prev = prev.rename(
        columns={
            "base_value": "prev_base",
            "family": "prev_family",
            "path": "prev_path",
            "line": "prev_line",
            "period": "prev_period",
            "value": "prev_written",
            "unit": "prev_unit",
        }
    )
    merged = rows.merge(prev, on=["region", "indicator", "span", "year"], how="left", sort=False)
    ok = (
        merged["base_value"].notna()
        & merged["prev_base"].notna()
        & (merged["family"] == merged["prev_family"])
    )
    ok &= merged["prev_base"].fillna(0) != 0
    merged["implied_yoy"] = ((merged["base_value"] / merged["prev_base"] - 1.0) * 100.0).where(ok).round(2)
    # Last year's value in this year's unit: as written when the units match, else converted.
    converted = (merged["prev_base"] / (merged["base_value"] / merged["value"])).round(4)
    same_unit = merged["unit"] == merged["prev_unit"]
    merged["prev_value"] = merged["prev_written"].where(same_unit, converted).where(ok)
    return merged.drop(columns=["prev_written", "prev_unit"])


def _growth_checks(frame: pd.DataFrame) -> list[Diagnostic]:
    found = []
    rows = frame[frame["implied_yoy"].notna() & frame["yoy_pct"].notna() & ~frame["comparable"]]
    for _, r in rows.sort_values(["path", "line"], kind="mergesort").iterrows():
        stated, implied = float(r.yoy_pct), float(r.implied_yoy)
        if (stated > 0) == (implied > 0) and abs(stated - implied) <= GAP_PP:
            continue
        found.append(
            warning(
                "W401",
                f"'{r.indicator}' {r.period}: stated growth {stated:+.1f}% but the values imply "
                f"{implied:+.1f}% against {r.prev_period} in {r.prev_path}",
                Location(str(r.path), int(r.line)),
                "check the growth rate and both values for a typo",
                related=Location(str(r.prev_path), int(r.prev_line)),
            )
        )
    return found


_SINGLE = {  # (first, last) of the derived period: (cumulative minuend span, subtrahend span)
    (4, 6): ("H1", "Q1"),
    (7, 9): ("Q1-Q3", "H1"),
    (10, 12): ("Y", "Q1-Q3"),
    (7, 12): ("Y", "H1"),
}


def _derived(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Single quarters (and H2) of additive flows from two cumulative values of the same year.

    One merge per kind of derived period, not a loop over rows: the minuend and subtrahend
    rows of each (region, indicator, year) are paired by a join.
    """
    keys = ["region", "indicator", "year"]
    columns = [*keys, "span", "family", "base_value", "value", "decimals", "unit", "bulletin", "line"]
    flows = frame.loc[frame["additive"].astype(bool) & frame["base_value"].notna(), columns]
    stated = set(zip(frame["region"], frame["indicator"], frame["period"], strict=True))
    parts = []
    for order, ((first, last), (big, small)) in enumerate(_SINGLE.items()):
        a = flows[flows["span"] == big]
        b = flows[flows["span"] == small]
        pair = a.merge(b, on=keys, suffixes=("", "_b"), sort=False)
        pair = pair[pair["family"] == pair["family_b"]]
        if pair.empty:
            continue
        pair = pair.assign(first=first, last=last, order=order)
        parts.append(pair)
    if not parts:
        return []
    pairs = pd.concat(parts, ignore_index=True).sort_values([*keys, "order"], kind="mergesort")
    # A value's unit scale: base units per written unit (1 when the written value is 0).
    scale = (pairs["base_value"] / pairs["value"]).where(pairs["value"].fillna(0) != 0, 1.0)
    raw = (pairs["base_value"] - pairs["base_value_b"]) / scale
    places = pairs[["decimals", "decimals_b"]].max(axis=1).astype(int)
    out = []
    for region, indicator, year, first, last, value, digits, unit, bulletin, line in zip(
        pairs["region"],
        pairs["indicator"],
        pairs["year"],
        pairs["first"],
        pairs["last"],
        raw,
        places,
        pairs["unit"],
        pairs["bulletin"],
        pairs["line"],
        strict=True,
    ):
        period = Period(int(year), int(first), int(last))
        if (region, indicator, period.code) in stated:
            continue
        out.append(
            {
                "region": region,
                "indicator": indicator,
                "period": period,
                "value": round(float(value), int(digits)),
                "value_decimals": int(digits),
                "unit": unit,
                "bulletin": bulletin,
                "line": int(line),
            }
        )
    return out


def _nan(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def _points(
    frame: pd.DataFrame, all_rows: pd.DataFrame, derived: list[dict[str, Any]]
) -> dict[str, list[Point]]:
    superseded: dict[tuple[str, str, str], list[tuple[str, Any, Any]]] = {}
    kept = set(zip(frame["bulletin"], frame["region"], frame["indicator"], frame["period"], strict=True))
    for r in all_rows.itertuples():
        if (r.bulletin, r.region, r.indicator, r.period) not in kept:
            superseded.setdefault((r.region, r.indicator, r.period), []).append(
                (r.bulletin, _nan(r.value), _nan(r.yoy_pct))
            )
    points: dict[str, list[Point]] = {}
    for r in frame.itertuples():
        points.setdefault(r.indicator, []).append(
            Point(
                region=r.region,
                period=parse_period(r.period),
                bulletin=r.bulletin,
                line=int(r.line),
                source=r.source,
                measure=_measure(r),
                implied_yoy=_nan(r.implied_yoy),
                previous_value=_nan(r.prev_value),
                revisions=tuple(superseded.get((r.region, r.indicator, r.period), ())),
            )
        )
    for d in derived:
        points.setdefault(d["indicator"], []).append(
            Point(
                region=d["region"],
                period=d["period"],
                bulletin=d["bulletin"],
                line=d["line"],
                source="derived",
                measure=Measure(quantity(d["value"], d["unit"], d["value_decimals"])),
                derived=True,
            )
        )
    return points


def _measure(r: Any) -> Measure:
    """The bulletin row's measure read back from its contract columns. The value, unit and
    decimals are the row's own Quantity's, so rebuilding it gives the same Quantity."""
    value = _nan(r.value)
    amount = None if value is None else quantity(value, r.unit, _int(r.value_decimals))
    return measure_of(
        amount,
        _nan(r.yoy_pct),
        _int(r.yoy_decimals),
        _int(r.rank),
        _int(r.rank_of),
        r.rank_by or "",
        r.rank_field or "",
        _change(r),
    )


def _change(r: Any) -> Change | None:
    if _nan(r.change_pp) is None:
        return None
    return Change(float(r.change_pp), parse_period(r.change_base), str(r.change_of))


def _int(value: Any) -> int | None:
    value = _nan(value)
    return None if value is None else int(value)


def build_dataset(reports: Iterable[Report], catalog: Catalog) -> Dataset:
    """One frame for all bulletins, per-indicator histories, and the cross-bulletin checks."""
    reports = list(reports)
    rows = tuple(contract_rows(reports))
    frame = _frame(reports, catalog)
    latest, diagnostics = _revisions(frame)
    compared = _implied(frame, latest)  # every bulletin's own figures against last year's
    latest = _implied(latest, latest)
    diagnostics.extend(_growth_checks(compared))
    derived = _derived(latest)
    by_name = _points(latest, frame, derived)
    histories = []
    for name, points in by_name.items():
        entry = catalog.entry_for(name)
        en = next((r.name_en for report in reports for r in report.indicators if r.name == name), entry.en)
        ordered = sorted(points, key=lambda p: (p.region, p.period.sort_key(), p.derived))
        histories.append(
            History(
                name, en, entry.slug, entry.category, entry.order, entry.comparable, entry.key, tuple(ordered)
            )
        )
    histories.sort(key=lambda h: (h.order, h.name))
    comparisons = {
        (r.bulletin, r.indicator, r.period): (_nan(r.prev_value), _nan(r.implied_yoy))
        for r in compared.itertuples()
        if pd.notna(r.implied_yoy)
    }
    return Dataset(frame, rows, tuple(histories), tuple(diagnostics), comparisons)
