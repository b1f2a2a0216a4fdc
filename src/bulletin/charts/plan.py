"""Which charts the site has: dataset and reports -> ChartSpecs, one per chart and language.

Stage contract: ``plan_charts(reports, histories, languages, site_title, latest)``
-> ``ChartPlan`` (charts/chartplan.py): the ids of each page's charts in a fixed order, each
page's specs made again when asked. Pure: no matplotlib, no I/O.
Every label is already in the chart's language; rendering is
``chartrender.render_charts``.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from bulletin.charts.chartplan import NARROW_SUFFIX, ChartPlan, narrow_twin
from bulletin.charts.kinds import kind as kind_of
from bulletin.charts.kinds import kind_names
from bulletin.charts.spec import ChartSpec, Series
from bulletin.core.i18n import translate, unit_label
from bulletin.core.lastcall import LastCall
from bulletin.core.memo import by_identity
from bulletin.core.model import History, Indicator, Point, Report
from bulletin.core.periods import Period
from bulletin.core.slugs import path_segment

__all__ = [
    "NARROW_SUFFIX",
    "ChartPlan",
    "chart_id",
    "narrow_twin",
    "plan_charts",
    "span_kind",
    "span_label",
    "spark_key",
]

_SPANS = ("Y", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "Q1-Q3")
_SPAN_ZH = dict(
    zip(_SPANS, ("全年", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "前三季度"), strict=True)
)
_SPAN_EN = dict(zip(_SPANS, ("Full year", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "Q1–Q3"), strict=True))


def chart_id(kind: str, *parts: str) -> str:
    """A stable id that is safe as a file name and an HTML id: kind, readable parts, short hash."""
    text = "|".join(parts)
    readable = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")[:40]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{kind}-{readable}-{digest}" if readable else f"{kind}-{digest}"


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def span_label(span: str, lang: str) -> str:
    """'H1' -> '上半年' / 'H1'; 'M09' -> '9月' / 'Sep'; 'M01-M08' -> '1—8月' / 'Jan–Aug'. Never a code."""
    table = _SPAN_ZH if _zh(lang) else _SPAN_EN
    if span in table:
        return table[span]
    if m := re.fullmatch(r"M(\d\d)(?:-M(\d\d))?", span):
        first, last = int(m[1]), int(m[2] or m[1])
        if _zh(lang):
            return f"{first}月" if first == last else f"{first}—{last}月"
        return _MONTHS_EN[first - 1] if first == last else f"{_MONTHS_EN[first - 1]}–{_MONTHS_EN[last - 1]}"
    if m := re.fullmatch(r"Q(\d)-Q(\d)", span):
        names = "一二三四"
        return f"{names[int(m[1]) - 1]}至{names[int(m[2]) - 1]}季度" if _zh(lang) else span.replace("-", "–")
    return span


def span_kind(period: Period) -> str:
    """Which periods may share a series: 'cumulative' (from January: 一季度, 上半年, 1—8月, 全年) is
    compared with the same span of other years; single quarters, half-years and months each form a
    time series of their own kind. Q1 and January count as cumulative, as official tables show them."""
    if period.cumulative:
        return "cumulative"
    if period.months == 3 and period.first_month % 3 == 1:
        return "quarter"
    if period.months == 1:
        return "month"
    return "other"


def _name(history: History, lang: str) -> str:
    return history.name if _zh(lang) else history.name_en


def _source(lang: str, site_title: str) -> str:
    del lang  # the renderer writes '来源:' / 'Source:' in the chart's language
    return site_title


def _trend(history: History, region: str, points: Sequence[Point], lang: str, site_title: str) -> ChartSpec:
    """Cumulative figures by year: one series per span (上半年 with 上半年), each with its own YoY."""
    points = [p for p in points if p.period.cumulative]
    years = sorted({p.period.year for p in points})
    spans = sorted({(p.period.months, p.period.span) for p in points})
    by_period = {(p.period.year, p.period.span): p for p in points}
    series = []
    for _, span in spans:
        row = [by_period.get((year, span)) for year in years]
        series.append(
            Series(
                span_label(span, lang),
                tuple(p.value if p else None for p in row),
                growth=tuple(p.yoy_pct if p else None for p in row),
            )
        )
    unit = next((p.unit for p in points if p.unit), "")
    what = "累计值,与上年同期比较" if _zh(lang) else "year to date, by year"
    title = f"{_name(history, lang)} · {what}" + (f" · {region}" if region else "")
    return ChartSpec(
        id=chart_id("trend", history.slug, path_segment(region), lang),
        kind="trend",
        lang=lang,
        title=title,
        labels=tuple(translate(lang, "year", year=year) for year in years),
        series=tuple(series),
        unit=unit_label(unit, lang),
        source=_source(lang, site_title),
    )


def _singles(
    history: History, region: str, points: Sequence[Point], kind: str, lang: str, site_title: str
) -> ChartSpec | None:
    """Single quarters (stated or derived, so a derived value is never shown as stated) or single
    months, in time order: one kind per chart."""
    singles = [p for p in points if p.value is not None and span_kind(p.period) == kind]
    if kind == "quarter":  # Q1 is a quarter too; it sits with the others in this chart
        singles += [p for p in points if p.value is not None and p.period.span == "Q1"]
    if not singles or (kind == "quarter" and len(singles) < 2):
        return None
    singles.sort(key=lambda p: p.period.sort_key())
    unit = next((p.unit for p in singles if p.unit), "")
    word = {"quarter": ("单季度", "single quarters"), "month": ("单月", "single months")}[kind]
    derived_word = ""
    if any(p.derived for p in singles):
        derived_word = "(含推算值)" if _zh(lang) else " (incl. derived)"
    title = (
        f"{_name(history, lang)} · "
        + (word[0] if _zh(lang) else word[1])
        + derived_word
        + (f" · {region}" if region else "")
    )
    return ChartSpec(
        id=chart_id("quarters" if kind == "quarter" else "months", history.slug, path_segment(region), lang),
        kind="trend",
        lang=lang,
        title=title,
        labels=tuple(p.period.label("zh" if _zh(lang) else "en") for p in singles),
        series=(
            Series(
                translate(lang, "value"), tuple(p.value for p in singles), tuple(p.derived for p in singles)
            ),
        ),
        unit=unit_label(unit, lang),
        yoy=tuple(None if p.derived else p.yoy_pct for p in singles),
        source=_source(lang, site_title),
    )


def _regions(history: History, lang: str, site_title: str) -> ChartSpec | None:
    regions = history.regions
    # Cumulative growth only: one span kind, as in official tables of 累计增速.
    stated = [p for p in history.points if not p.derived and p.yoy_pct is not None and p.period.cumulative]
    if len(regions) < 2 or len({p.region for p in stated}) < 2:
        return None
    periods = sorted({p.period for p in stated}, key=Period.sort_key)
    lookup = {(p.region, p.period): p.yoy_pct for p in stated}
    series = tuple(Series(region, tuple(lookup.get((region, q)) for q in periods)) for region in regions)
    title = _name(history, lang) + (" · 各地区同比增速" if _zh(lang) else " · growth by region")
    return ChartSpec(
        id=chart_id("regions", history.slug, lang),
        kind="regions",
        lang=lang,
        title=title,
        labels=tuple(q.label("zh" if _zh(lang) else "en") for q in periods),
        series=series,
        unit="%",
        source=_source(lang, site_title),
    )


# serve: other indicators' histories are the last build's objects (cache.py). A one-shot build
# makes a page's specs when the page asks (charts/chartplan.py), and keeps none of them.
@by_identity(one_shot=0)
def indicator_charts(history: History, lang: str, site_title: str) -> list[ChartSpec]:
    """Charts of an indicator page per region: cumulative figures by year, single quarters, single
    months; then regions compared."""
    specs = []
    names, by_region = history.regions, defaultdict(list)  # a property: once, not per region
    for p in history.points:
        by_region[p.region].append(p)
    for region in names:
        shown = region if len(names) > 1 else ""
        points = by_region[region]
        stated = [p for p in points if not p.derived and (p.value is not None or p.yoy_pct is not None)]
        if any(p.period.cumulative for p in stated):
            specs.append(_trend(history, shown, stated, lang, site_title))
        for kind in ("quarter", "month"):
            chart = _singles(history, shown, points, kind, lang, site_title)
            if chart:
                specs.append(chart)
    regions = _regions(history, lang, site_title)
    if regions:
        specs.append(regions)
    return specs


def _row_label(name: str, period: Period, report: Report, lang: str) -> str:
    if period == report.meta.period:
        return name
    return f"{name}({period.label('zh')})" if _zh(lang) else f"{name} ({period.label('en')})"


@by_identity(one_shot=0)
def bulletin_charts(report: Report, lang: str, site_title: str) -> list[ChartSpec]:
    """A bulletin's growth chart and, when it states ranks, its rank chart."""
    specs = []

    def labels(rows: list[Indicator]) -> tuple[str, ...]:
        return tuple(_row_label(r.name if _zh(lang) else r.name_en, r.period, report, lang) for r in rows)

    rows = [r for r in report.indicators if r.yoy_pct is not None]
    if rows:
        title = (
            f"{report.meta.period.label('zh')}主要指标同比增速"
            if _zh(lang)
            else f"Year-on-year growth, {report.meta.period.label('en')}"
        )
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
        title = (
            f"{report.meta.period.label('zh')}排名情况"
            if _zh(lang)
            else f"Rankings, {report.meta.period.label('en')}"
        )
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


def sparkline(history: History, region: str, lang: str, latest: Period | None = None) -> ChartSpec | None:
    """The home dashboard's small line over the region's periods of the latest one's kind: cumulative
    YoY (累计同比), else values; its series is named for what it shows ('累计同比增速(%)')."""
    points = [p for p in history.points if p.region == region and not p.derived]
    kind = span_kind(latest) if latest else span_kind(points[-1].period) if points else "cumulative"
    points = sorted((p for p in points if span_kind(p.period) == kind), key=lambda p: p.period.sort_key())
    use_yoy = sum(p.yoy_pct is not None for p in points) >= 2
    values = tuple((p.yoy_pct if use_yoy else p.value) for p in points)
    if sum(v is not None for v in values) < 2:
        return None
    words = {
        "cumulative": ("累计同比增速(%)", "Year-to-date YoY growth (%)", "累计值", "Year-to-date value"),
        "quarter": ("单季度同比增速(%)", "Quarterly YoY growth (%)", "单季度数值", "Quarterly value"),
        "month": ("单月同比增速(%)", "Monthly YoY growth (%)", "单月数值", "Monthly value"),
        "other": ("同比增速(%)", "YoY growth (%)", "数值", "Value"),
    }[kind]
    what = words[(0 if use_yoy else 2) + (0 if _zh(lang) else 1)]
    if not use_yoy:
        unit = unit_label(points[0].unit, lang)
        what += f"({unit})" if _zh(lang) else f" ({unit})"
    return ChartSpec(
        id=chart_id("spark", history.slug, path_segment(region), lang),
        kind="sparkline",
        lang=lang,
        title=f"{_name(history, lang)}:{what}" if _zh(lang) else f"{_name(history, lang)}: {what}",
        labels=tuple(p.period.label("zh" if _zh(lang) else "en") for p in points),
        series=(Series(what, values),),
        unit="%" if use_yoy else unit_label(points[0].unit, lang),
    )


def spark_key(slug: str, region: str) -> str:
    """The page key of a sparkline: one per indicator and region."""
    return f"{slug}@{path_segment(region)}"


def dashboard_histories(histories: Iterable[History], latest: Report) -> list[History]:
    """Key indicators stated in the latest bulletin, in catalogue order."""
    names = {r.name for r in latest.indicators}
    return [h for h in histories if h.key and h.name in names]


def plan_charts(
    reports: Sequence[Report],
    histories: Sequence[History],
    languages: Sequence[str],
    site_title: str,
    latest: Report | Sequence[Report] | None,
) -> ChartPlan:
    """Every chart of the site, in a fixed order, and the pages they belong to. ``latest``: the
    newest bulletin of each region whose dashboard the home page shows (sparklines)."""
    latests = [latest] if isinstance(latest, Report) else list(latest or ())
    # Charts are made of the reports' front-matter and indicator tables, never their prose.
    values = (
        tuple((r.meta, r.indicators) for r in reports),
        tuple(r.meta for r in latests),
        tuple(languages),
        site_title,
        tuple((name, kind_of(name).narrow is not None) for name in kind_names()),  # the registry
    )
    # serve rebuilds on every save: when no figure changed, the histories are the very objects
    # of the last call (cache.py keeps the dataset) and the tables are equal.
    found = _LAST.get((tuple(histories),), values)
    plan = found or _plan(reports, histories, languages, site_title, latests)
    return plan if found else _LAST.keep((tuple(histories),), values, plan)


_LAST: LastCall[ChartPlan] = LastCall()


def _plan(reports: Sequence[Report], histories: Sequence[History], languages: Sequence[str],
          site_title: str, latests: Sequence[Report]) -> ChartPlan:  # fmt: skip
    pages: dict[tuple[str, str, str], tuple[str, ...]] = {}
    twins: list[str] = []
    seen: set[str] = set()
    known = kind_names()

    def add(kind: str, slug: str, lang: str, found: Iterable[ChartSpec]) -> None:
        found = list(found)
        for spec in found:  # fail before any drawing: one page could not tell two charts apart
            if spec.id in seen:
                raise ValueError(f"duplicate chart id {spec.id!r}")
            if spec.kind not in known:
                raise ValueError(
                    f"chart {spec.id!r}: unknown kind {spec.kind!r} (expected one of {', '.join(known)})"
                )
            seen.add(spec.id)
        if found:
            # Each chart also drawn for a phone's column: its text stays >= 12 CSS px there.
            twins.extend(s.id for s in found if kind_of(s.kind).narrow is not None)
            pages[(kind, slug, lang)] = tuple(s.id for s in found)

    by_slug = {h.slug: h for h in histories}
    bulletins = {r.slug: r for r in reports}
    sparks: dict[str, tuple[History, Report]] = {}
    for lang in languages:
        for history in histories:
            add("indicator", history.slug, lang, indicator_charts(history, lang, site_title))
        for report in sorted(reports, key=lambda r: r.slug):
            add("bulletin", report.slug, lang, bulletin_charts(report, lang, site_title))
        for report in latests:
            for history in dashboard_histories(histories, report):
                spec = sparkline(history, report.meta.region, lang, report.meta.period)
                key = spark_key(history.slug, report.meta.region)
                sparks[key] = (history, report)
                add("spark", key, lang, [spec] if spec else [])

    def remake(kind: str, slug: str, lang: str) -> list[ChartSpec]:
        """A page's specs made again from what they were planned from (the same values)."""
        if kind == "indicator":
            return indicator_charts(by_slug[slug], lang, site_title)
        if kind == "bulletin":
            return bulletin_charts(bulletins[slug], lang, site_title)
        history, report = sparks[slug]
        spec = sparkline(history, report.meta.region, lang, report.meta.period)
        return [spec] if spec else []

    return ChartPlan(pages, twins, remake)
