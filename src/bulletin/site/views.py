"""Per-page view data: model objects -> plain dicts a template can show as they are.

Contract: pure functions from frozen model values to dicts of strings,
numbers, lists and dicts, formatted for one language. Templates never see
DataFrames or model objects; URLs here are site-relative ('bulletins/x/').
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bulletin.charts.plan import NARROW_SUFFIX
from bulletin.charts.spec import ChartSpec
from bulletin.charts.store import ChartRef
from bulletin.core.i18n import format_number, format_signed, translate, unit_label
from bulletin.core.langs import family, localized
from bulletin.core.memo import by_identity
from bulletin.core.model import Change, History, Indicator, Point, Report
from bulletin.core.periods import Period
from bulletin.core.slugs import path_segment

__all__ = [
    "archive_view",
    "bulletin_card",
    "bulletin_view",
    "chart_ids",
    "chart_views",
    "display_names",
    "home_view",
    "indicator_row",
    "indicator_url",
    "indicator_view",
    "indicators_view",
    "is_chinese",
    "region_url",
    "region_view",
    "tag_url",
]

# spec id -> (inline SVG, or a reference replaced by it before the page is rendered; alt text)
Charts = Mapping[str, tuple[str | ChartRef, str]]
Comparison = tuple[float | None, float | None]  # last year's value, implied YoY %


def bulletin_url(slug: str) -> str:
    return f"bulletins/{slug}/"  # site-relative, as every URL here


def tag_url(tag: str) -> str:
    """Site-relative URL of a tag page."""
    return f"tags/{path_segment(tag)}/"


def indicator_url(slug: str) -> str:
    """Site-relative URL of an indicator page."""
    return f"indicators/{slug}/"


def region_url(region: str) -> str:
    """Site-relative URL of a region page."""
    return f"regions/{path_segment(region)}/"


def is_chinese(lang: str) -> bool:
    """Whether ``lang`` is a Chinese language (pages then show Chinese names and notes)."""
    return family(lang) == "zh"


def _name(lang: str, zh: str, en: str) -> str:
    """An indicator's name on a page: the catalogue gives a Chinese and an English name."""
    return localized(lang, {"zh-CN": zh, "en": en})


def _label(period: Period, lang: str) -> str:
    return period.label(lang)


def display_names(zh: str, en: str, lang: str) -> dict[str, Any]:
    """An indicator's name on a page: English pages use the catalogue's English name; where only a
    Chinese name exists it is shown in Chinese (marked, with lang="zh-CN"), never passed off as English."""
    if family(lang) == "zh":
        return {"name": zh, "name_lang": "", "zh_only": False}
    english = en if en and en != zh else ""
    return {"name": english or zh, "name_lang": "" if english else "zh-CN", "zh_only": not english}


def _decimals(value: float | None, minimum: int = 0) -> int:
    if value is None:
        return minimum
    text = repr(float(value))
    return (
        max(minimum, len(text.split(".")[1]))
        if "." in text and "e" not in text and not float(value).is_integer()
        else minimum
    )


def _growth(value: float | None, lang: str, decimals: int | None = None) -> str:
    """A growth rate with its stated decimals (8.0 stays 8.0), else as many as it has (at least one)."""
    if value is None:
        return ""
    return format_signed(value, lang, _decimals(value, 1) if decimals is None else decimals)


def _implied(value: float, lang: str) -> str:
    """Computed growth is shown to one decimal, as official rates are."""
    return format_signed(value, lang, 1)


def _change(change: Change | None, period: Period, lang: str) -> dict[str, Any] | None:
    """'−0.5' with what moved and since when: 增速较2023年一季度 / vs a year earlier."""
    if change is None:
        return None
    if period.year > change.base.year and change.base == period.previous_year():
        base = translate(lang, "a_year_earlier")
    elif is_chinese(lang) and change.base.year == period.year:
        base = _label(change.base, lang).removeprefix(f"{period.year}年")  # 增速较一季度
    else:
        base = _label(change.base, lang)
    return {
        "points": format_signed(change.points, lang, _decimals(change.points, 1)),
        "raw": change.points,
        "what": translate(lang, "change_growth" if change.of == "growth" else "change_level", base=base),
    }


def _rank(rank: int | None, rank_of: int | None, lang: str, by: str = "", field: str = "") -> str:
    """A rank that says what it ranks and among whom when the text did: 增速第2位/全市."""
    if rank is None:
        return ""
    if rank_of:
        text = translate(lang, "rank_of", rank=rank, of=rank_of)
    else:
        text = translate(lang, "rank_only", rank=rank)
    if by in ("growth", "value"):
        text = translate(lang, f"rank_by_{by}", rank=text)
    return translate(lang, "rank_in_field", rank=text, field=field) if field else text


def chart_views(specs: Sequence[ChartSpec], charts: Charts) -> list[dict[str, Any]]:
    """Charts ready to inline: id, kind, title, SVG (and the phone's drawing, if any) and alt text.

    A sparkline also gets a caption saying what it shows and over which periods."""
    out = []
    for spec in specs:
        if spec.id in charts:
            svg, alt = charts[spec.id]
            narrow = charts.get(spec.id + NARROW_SUFFIX, ("", ""))[0]
            caption = ""
            if spec.kind == "sparkline" and spec.series and spec.labels:
                caption = f"{spec.series[0].name} · {spec.labels[0]}–{spec.labels[-1]}"
            out.append(
                {"id": spec.id, "kind": spec.kind, "title": spec.title, "svg": svg, "narrow": narrow,
                 "alt": alt, "caption": caption}
            )  # fmt: skip
    return out


def chart_ids(charts: Iterable[Mapping[str, Any] | None]) -> tuple[str, ...]:
    """The ids of the chart references in chart views (``chart_views``' items, or None)."""
    return tuple(
        value.id
        for chart in charts
        if chart is not None
        for value in (chart["svg"], chart["narrow"])
        if isinstance(value, ChartRef)
    )


@by_identity()
def bulletin_card(report: Report, lang: str) -> dict[str, Any]:
    """A bulletin as it appears in lists (shared: callers copy before changing it)."""
    meta = report.meta
    return {
        "title": meta.title,
        "slug": meta.slug,
        "url": bulletin_url(meta.slug),
        "date": meta.date,
        "period": _label(meta.period, lang),
        "period_code": meta.period.code,
        "region": meta.region,
        "region_url": region_url(meta.region),
        "summary": meta.summary,
        "lang": meta.lang,
        "tags": [{"name": t, "url": tag_url(t)} for t in meta.tags],
    }


@by_identity(one_shot=0)  # a one-shot build formats each row once
def indicator_row(row: Indicator, lang: str, comparison: Comparison | None = None) -> dict[str, Any]:
    """One indicator-table row, formatted for ``lang``; ``comparison`` adds last year's value
    (shared: callers copy before changing it)."""
    decimals = row.quantity.decimals if row.quantity else None
    previous, implied = comparison or (None, None)
    return {
        **display_names(row.name, row.name_en, lang),
        "name_zh": row.name,
        "slug": row.slug,
        "url": indicator_url(row.slug),
        "value": format_number(row.value, lang, decimals) if row.quantity else "",
        "raw_value": row.value,
        "unit": unit_label(row.unit, lang) if row.quantity else "",
        "yoy": _growth(row.yoy_pct, lang, row.measure.yoy.decimals if row.measure.yoy else None),
        "raw_yoy": row.yoy_pct,
        "rank": _rank(row.rank, row.rank_of, lang, row.rank_by, row.rank_field),
        "period": _label(row.period, lang),
        "period_code": row.period.code,
        "source": row.source,
        "line": row.line,
        "note": row.note,
        "known": row.known,
        "previous": format_number(previous, lang, _decimals(previous)) if previous is not None else "",
        "implied": _implied(implied, lang) if implied is not None else "",
        "change": _change(row.change, row.period, lang),
    }


def bulletin_view(
    report: Report,
    lang: str,
    neighbours: tuple[Report | None, Report | None],
    comparisons: Mapping[tuple[str, str], Comparison],
    charts: list[dict[str, Any]],
) -> dict[str, Any]:
    """The page of one bulletin."""
    older, newer = neighbours
    rows = [indicator_row(r, lang, comparisons.get((r.name, r.period.code))) for r in report.indicators]
    return {
        **bulletin_card(report, lang),
        "author": report.meta.author,
        "source": report.meta.source,
        "body_html": "",  # its links to other pages need the site's addresses: listings fills it in
        "headings": [{"level": lvl, "id": hid, "text": text} for lvl, hid, text in report.document.headings],
        "indicators": rows,
        "has_previous": any(r["previous"] for r in rows),
        "has_change": any(r["change"] for r in rows),
        "older": bulletin_card(older, lang) if older else None,
        "newer": bulletin_card(newer, lang) if newer else None,
        "charts": charts,
    }


def home_view(
    reports: Sequence[Report], lang: str, sections: Sequence[tuple[str, list[dict[str, Any]], Report]]
) -> dict[str, Any]:
    """The home page: one dashboard per region (default region first) of its newest bulletin's key
    figures, then the latest bulletins."""
    regions = [
        {
            "name": name,
            "slug": path_segment(name),
            "featured": bulletin_card(latest, lang),
            "dashboard": cards,
        }
        for name, cards, latest in sections
    ]
    return {
        "latest": [bulletin_card(r, lang) for r in reports[:8]],
        "featured": regions[0]["featured"] if regions else None,
        "dashboard": regions[0]["dashboard"] if regions else [],
        "regions": regions,
        "count": len(reports),
    }


def dashboard_card(
    history: History, row: Indicator, lang: str, spark: dict[str, Any] | None
) -> dict[str, Any]:
    """One card of the home dashboard: value, growth and a sparkline."""
    return {**indicator_row(row, lang), "spark": spark}


def archive_view(reports: Sequence[Report], lang: str) -> dict[str, Any]:
    """Bulletins grouped by the year of their period, newest first."""
    years: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for report in reports:
        years[report.meta.period.year].append(bulletin_card(report, lang))
    return {
        "years": [{"year": y, "bulletins": years[y]} for y in sorted(years, reverse=True)],
        "count": len(reports),
    }


@by_identity(one_shot=0)  # a one-shot build formats each row once
def _point_row(point: Point, lang: str, multi_region: bool) -> dict[str, Any]:
    amount = point.quantity  # a point's value is always a Quantity with its stated decimals
    return {
        "period": _label(point.period, lang),
        "period_code": point.period.code,
        "region": point.region,
        "value": format_number(amount.value, lang, amount.decimals) if amount else "",
        "unit": unit_label(point.unit, lang),
        "yoy": _growth(point.yoy_pct, lang, point.yoy_decimals),
        "raw_yoy": point.yoy_pct,
        "implied": _implied(point.implied_yoy, lang) if point.implied_yoy is not None else "",
        "rank": _rank(point.rank, point.rank_of, lang, point.rank_by, point.rank_field),
        "change": _change(point.change, point.period, lang),
        "bulletin": point.bulletin,
        "bulletin_url": bulletin_url(point.bulletin),
        "derived": point.derived,
        "multi_region": multi_region,
        "revisions": [
            {
                "bulletin": b,
                "url": bulletin_url(b),
                "value": format_number(v, lang) if v is not None else "",
                "yoy": _growth(y, lang),
            }
            for b, v, y in point.revisions
        ],
    }


@by_identity()
def _in_order(history: History) -> tuple[Point, ...]:
    """The points by region, period and stated before derived (shared: a tuple)."""
    return tuple(sorted(history.points, key=lambda p: (p.region, p.period.sort_key(), p.derived)))


def indicator_view(
    history: History,
    lang: str,
    charts: list[dict[str, Any]],
    description: str,
    category: str,
    shown: slice = slice(None),
) -> dict[str, Any]:
    """The page of one indicator: charts, the periods ``shown`` of all (newest first), downloads;
    the table's columns depend on every period, so each page of a long table has the same ones."""
    multi = len(history.regions) > 1
    points = _in_order(history)
    return {
        **display_names(history.name, history.name_en, lang),
        "name_zh": history.name,
        "name_en": history.name_en,
        "slug": history.slug,
        "category": category,
        "description": description if is_chinese(lang) else "",
        "comparable": history.comparable,
        "multi_region": multi,
        "regions": list(history.regions),
        "rows": [_point_row(p, lang, multi) for p in points[::-1][shown]],
        "has_derived": any(p.derived for p in points),
        "has_implied": any(p.implied_yoy is not None for p in points),
        "has_rank": any(p.rank is not None for p in points),
        "has_change": any(p.change is not None for p in points),
        "charts": charts,
        "csv": f"{indicator_url(history.slug)}data.csv",
        "json": f"{indicator_url(history.slug)}data.json",
    }


def latest_point(history: History) -> Point | None:
    """The most recent stated point (any region), for the index of indicators."""
    stated = [p for p in history.points if not p.derived]
    return max(stated, key=lambda p: (p.period.sort_key(), p.region), default=None)


def indicators_view(
    histories: Sequence[History], lang: str, categories: Sequence[tuple[str, str]]
) -> dict[str, Any]:
    """All indicators grouped by category with their latest value and growth."""
    groups = []
    for key, label in categories:
        items = []
        for h in histories:
            if h.category != key:
                continue
            p = latest_point(h)
            items.append(
                {
                    **display_names(h.name, h.name_en, lang),
                    "url": indicator_url(h.slug),
                    "period": _label(p.period, lang) if p else "",
                    "region": p.region if p else "",
                    "value": format_number(p.quantity.value, lang, p.quantity.decimals)
                    if p and p.quantity
                    else "",
                    "unit": unit_label(p.unit, lang) if p else "",
                    "yoy": _growth(p.yoy_pct, lang, p.yoy_decimals) if p else "",
                    "raw_yoy": p.yoy_pct if p else None,
                    "rank": _rank(p.rank, p.rank_of, lang) if p else "",
                }
            )
        if items:
            groups.append({"key": key, "label": label, "indicators": items})
    return {"groups": groups, "count": len(histories)}


def region_view(region: str, reports: Sequence[Report], lang: str) -> dict[str, Any]:
    """A region's bulletins and the indicator table of its latest one."""
    latest = reports[0] if reports else None
    return {
        "name": region,
        "bulletins": [bulletin_card(r, lang) for r in reports],
        "latest": bulletin_card(latest, lang) if latest else None,
        "key_figures": [indicator_row(r, lang) for r in latest.indicators] if latest else [],
    }
