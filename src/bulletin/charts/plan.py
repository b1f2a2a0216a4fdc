"""Which charts the site has: dataset and reports -> ChartSpecs, one per chart and language.

Stage contract: ``plan_charts(reports, histories, languages, default_region)``
-> ``tuple[ChartSpec, ...]`` in a fixed order. Pure: no matplotlib, no I/O.
Every label is already in the chart's language; rendering is
``chartrender.render_charts``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bulletin.charts.spec import ChartSpec, Series
from bulletin.core.i18n import translate, unit_label
from bulletin.core.langs import localized
from bulletin.core.model import History, Indicator, Point, Report
from bulletin.core.periods import Period
from bulletin.core.slugs import path_segment
from bulletin.core.strings import STRINGS, text

__all__ = ["ChartPlan", "chart_id", "plan_charts"]


def chart_id(kind: str, *parts: str) -> str:
    """A stable id that is safe as a file name and an HTML id: kind, readable parts, short hash."""
    text = "|".join(parts)
    readable = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")[:40]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{kind}-{readable}-{digest}" if readable else f"{kind}-{digest}"


def span_label(span: str, lang: str) -> str:
    """'H1' -> '上半年' / 'H1'; month spans are shown as written."""
    return text(lang, f"span_{span}") if f"span_{span}" in STRINGS else span


def _name(history: History, lang: str) -> str:
    return localized(lang, {"zh-CN": history.name, "en": history.name_en})


def _source(lang: str, site_title: str) -> str:
    del lang  # the renderer writes '来源:' / 'Source:' in the chart's language
    return site_title


def _trend(history: History, region: str, points: Sequence[Point], lang: str, site_title: str) -> ChartSpec:
    periods = sorted({p.period for p in points}, key=Period.sort_key)
    spans = list(dict.fromkeys(p.period.span for p in sorted(points, key=lambda p: p.period.sort_key())))
    by_period = {p.period: p for p in points}
    series = tuple(
        Series(span_label(span, lang), tuple(by_period[q].value if q.span == span else None for q in periods))
        for span in spans
    )
    unit = next((p.unit for p in points if p.unit), "")
    title = f"{_name(history, lang)}" + (f" · {region}" if region else "")
    return ChartSpec(
        id=chart_id("trend", history.slug, path_segment(region), lang),
        kind="trend",
        lang=lang,
        title=title,
        labels=tuple(q.label(lang) for q in periods),
        series=series,
        unit=unit_label(unit, lang),
        yoy=tuple(by_period[q].yoy_pct for q in periods),
        source=_source(lang, site_title),
    )


def _quarters(
    history: History, region: str, points: Sequence[Point], lang: str, site_title: str
) -> ChartSpec | None:
    """Single quarters and half-years, stated or derived, so a derived value is never shown as stated."""
    singles = [p for p in points if p.value is not None and p.period.span in ("Q1", "Q2", "Q3", "Q4")]
    if not any(p.derived for p in singles):
        return None
    singles.sort(key=lambda p: p.period.sort_key())
    unit = next((p.unit for p in singles if p.unit), "")
    title = text(
        lang,
        "title_single_periods",
        name=_name(history, lang),
        derived=text(lang, "title_incl_derived"),
        region=f" · {region}" if region else "",
    )
    return ChartSpec(
        id=chart_id("quarters", history.slug, path_segment(region), lang),
        kind="trend",
        lang=lang,
        title=title,
        labels=tuple(p.period.label(lang) for p in singles),
        series=(
            Series(
                translate(lang, "value"), tuple(p.value for p in singles), tuple(p.derived for p in singles)
            ),
        ),
        unit=unit_label(unit, lang),
        yoy=tuple(None for _ in singles),
        source=_source(lang, site_title),
    )


def _regions(history: History, lang: str, site_title: str) -> ChartSpec | None:
    regions = history.regions
    stated = [p for p in history.points if not p.derived and p.yoy_pct is not None]
    if len(regions) < 2 or len({p.region for p in stated}) < 2:
        return None
    periods = sorted({p.period for p in stated}, key=Period.sort_key)
    lookup = {(p.region, p.period): p.yoy_pct for p in stated}
    series = tuple(Series(region, tuple(lookup.get((region, q)) for q in periods)) for region in regions)
    title = text(lang, "title_by_region", name=_name(history, lang))
    return ChartSpec(
        id=chart_id("regions", history.slug, lang),
        kind="regions",
        lang=lang,
        title=title,
        labels=tuple(q.label(lang) for q in periods),
        series=series,
        unit="%",
        source=_source(lang, site_title),
    )


def indicator_charts(history: History, lang: str, site_title: str) -> list[ChartSpec]:
    """Charts of an indicator page: a trend per region, single quarters if derived, regions compared."""
    specs = []
    for region in history.regions:
        points = [
            p
            for p in history.points
            if p.region == region and not p.derived and (p.value is not None or p.yoy_pct is not None)
        ]
        if points:
            specs.append(
                _trend(history, region if len(history.regions) > 1 else "", points, lang, site_title)
            )
        quarters = _quarters(
            history,
            region if len(history.regions) > 1 else "",
            [p for p in history.points if p.region == region],
            lang,
            site_title,
        )
        if quarters:
            specs.append(quarters)
    regions = _regions(history, lang, site_title)
    if regions:
        specs.append(regions)
    return specs


def _row_label(name: str, period: Period, report: Report, lang: str) -> str:
    if period == report.meta.period:
        return name
    return text(lang, "row_with_period", name=name, period=period.label(lang))


def bulletin_charts(report: Report, lang: str, site_title: str) -> list[ChartSpec]:
    """A bulletin's growth chart and, when it states ranks, its rank chart."""
    specs = []

    def labels(rows: list[Indicator]) -> tuple[str, ...]:
        return tuple(
            _row_label(localized(lang, {"zh-CN": r.name, "en": r.name_en}), r.period, report, lang)
            for r in rows
        )

    rows = [r for r in report.indicators if r.yoy_pct is not None]
    if rows:
        title = text(lang, "title_growth", period=report.meta.period.label(lang))
        specs.append(
            ChartSpec(
                id=chart_id("growth", report.slug, lang),
                kind="growth",
                lang=lang,
                title=title,
                labels=labels(rows),
                series=(Series(translate(lang, "yoy_short"), tuple(r.yoy_pct for r in rows)),),
                unit="%",
                source=_source(lang, site_title),
            )
        )
    ranked = [r for r in report.indicators if r.rank is not None]
    if ranked:
        title = text(lang, "title_ranks", period=report.meta.period.label(lang))
        specs.append(
            ChartSpec(
                id=chart_id("ranks", report.slug, lang),
                kind="ranks",
                lang=lang,
                title=title,
                labels=labels(ranked),
                series=(
                    Series(
                        translate(lang, "rank"), tuple(float(r.rank) for r in ranked if r.rank is not None)
                    ),
                ),
                totals=tuple(r.rank_of for r in ranked),
                source=_source(lang, site_title),
            )
        )
    return specs


def sparkline(history: History, region: str, lang: str) -> ChartSpec | None:
    """The home dashboard's small line: growth (or values) over the region's reporting periods."""
    points = [p for p in history.points if p.region == region and not p.derived]
    use_yoy = sum(p.yoy_pct is not None for p in points) >= 2
    values = tuple((p.yoy_pct if use_yoy else p.value) for p in points)
    if sum(v is not None for v in values) < 2:
        return None
    name = _name(history, lang)
    return ChartSpec(
        id=chart_id("spark", history.slug, path_segment(region), lang),
        kind="sparkline",
        lang=lang,
        title=text(lang, "title_growth_trend", name=name) if use_yoy else name,
        labels=tuple(p.period.label(lang) for p in points),
        series=(Series(name, values),),
        unit="%" if use_yoy else unit_label(points[0].unit, lang),
    )


def dashboard_histories(histories: Iterable[History], latest: Report) -> list[History]:
    """Key indicators stated in the latest bulletin, in catalogue order."""
    names = {r.name for r in latest.indicators}
    return [h for h in histories if h.key and h.name in names]


@dataclass(frozen=True, slots=True)
class ChartPlan:
    """All chart specs, and which page shows which: (page kind, slug, lang) -> spec ids in order."""

    specs: tuple[ChartSpec, ...]
    pages: dict[tuple[str, str, str], tuple[str, ...]]

    def for_page(self, kind: str, slug: str, lang: str) -> tuple[ChartSpec, ...]:
        """The specs shown on one page, in order."""
        wanted = self.pages.get((kind, slug, lang), ())
        by_id = {s.id: s for s in self.specs}
        return tuple(by_id[i] for i in wanted)


def plan_charts(
    reports: Sequence[Report],
    histories: Sequence[History],
    languages: Sequence[str],
    site_title: str,
    latest: Report | None,
) -> ChartPlan:
    """Every chart of the site, in a fixed order, and the pages they belong to."""
    specs: list[ChartSpec] = []
    pages: dict[tuple[str, str, str], tuple[str, ...]] = {}

    def add(kind: str, slug: str, lang: str, found: Iterable[ChartSpec]) -> None:
        found = list(found)
        if found:
            specs.extend(found)
            pages[(kind, slug, lang)] = tuple(s.id for s in found)

    for lang in languages:
        for history in histories:
            add("indicator", history.slug, lang, indicator_charts(history, lang, site_title))
        for report in sorted(reports, key=lambda r: r.slug):
            add("bulletin", report.slug, lang, bulletin_charts(report, lang, site_title))
        if latest is not None:
            for history in dashboard_histories(histories, latest):
                spec = sparkline(history, latest.meta.region, lang)
                add("spark", history.slug, lang, [spec] if spec else [])
    return ChartPlan(tuple(specs), pages)
