"""The site map: which pages exist, at which URLs, with which template and view.

Stage contract: ``assemble_pages(config, site)`` -> ``tuple[Page, ...]``, one
per page and language, in a fixed order. The default language lives at the
root, the other under ``en/`` (or ``zh/``). View data comes from ``views``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bulletin.charts.plan import ChartPlan, dashboard_histories
from bulletin.content.catalog import Catalog
from bulletin.core.i18n import lang_prefix
from bulletin.core.model import History, Report, SiteConfig
from bulletin.core.slugs import path_segment
from bulletin.site.views import (
    Charts,
    Comparison,
    archive_view,
    bulletin_card,
    bulletin_url,
    bulletin_view,
    chart_views,
    dashboard_card,
    home_view,
    indicator_url,
    indicator_view,
    indicators_view,
    region_url,
    region_view,
    tag_url,
)

__all__ = ["Page", "SiteData", "SiteView", "assemble_pages", "sorted_reports"]


@dataclass(frozen=True, slots=True)
class SiteView:
    """What every template knows about the site."""

    title: str
    description: str
    base_url: str
    language: str
    languages: tuple[str, ...]
    has_indicators: bool = True
    has_regions: bool = False
    updated: dt.date | None = None  # shown only when the config asks; taken from the content


@dataclass(frozen=True, slots=True)
class Page:
    """One page in one language: its URL, output path, template and view data."""

    url: str  # site-relative, language-neutral: 'bulletins/2023-h1/'
    template: str
    lang: str
    view: Mapping[str, Any]
    path: str = ""  # output file, with the language prefix
    alternates: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class SiteData:
    """Everything the pages show: reports, histories, charts and the catalogue."""

    reports: tuple[Report, ...]
    histories: tuple[History, ...] = ()
    plan: ChartPlan = field(default_factory=lambda: ChartPlan((), {}))
    charts: Charts = field(default_factory=dict)
    catalog: Catalog | None = None
    comparisons: Mapping[tuple[str, str, str], Comparison] = field(default_factory=dict)


def sorted_reports(reports: Iterable[Report]) -> list[Report]:
    """Newest first: by date, then period, then slug, so ties never depend on input order."""
    return sorted(reports, key=lambda r: (r.meta.date, r.meta.period.sort_key(), r.slug), reverse=True)


def _comparisons(site: SiteData) -> dict[str, dict[tuple[str, str], Comparison]]:
    """Per bulletin slug: (indicator, period code) -> (last year's value, implied YoY %)."""
    out: dict[str, dict[tuple[str, str], Comparison]] = defaultdict(dict)
    for (bulletin, indicator, period), comparison in site.comparisons.items():
        out[bulletin][(indicator, period)] = comparison
    return out


def _dashboard(site: SiteData, reports: Sequence[Report], lang: str) -> list[dict[str, Any]]:
    if not reports:
        return []
    latest = reports[0]
    rows = {r.name: r for r in latest.indicators if r.period == latest.meta.period}
    cards = []
    for history in dashboard_histories(site.histories, latest):
        if history.name in rows:
            spark = chart_views(site.plan.for_page("spark", history.slug, lang), site.charts)
            cards.append(dashboard_card(history, rows[history.name], lang, spark[0] if spark else None))
    return cards


def _categories(site: SiteData, lang: str) -> list[tuple[str, str]]:
    if site.catalog is None:
        return [(h.category, h.category) for h in site.histories]
    return [(c.key, c.zh if lang.startswith("zh") else c.en) for c in site.catalog.categories] + [
        (h.category, h.category)
        for h in site.histories
        if h.category not in {c.key for c in site.catalog.categories}
    ]


def _indicator_pages(site: SiteData, lang: str) -> list[tuple[str, str, dict]]:
    pages: list[tuple[str, str, dict]] = [
        (
            "indicators/",
            "indicators.html",
            indicators_view(site.histories, lang, list(dict.fromkeys(_categories(site, lang)))),
        )
    ]
    for h in site.histories:
        entry = site.catalog.entry_for(h.name) if site.catalog else None
        category = dict(_categories(site, lang)).get(h.category, h.category)
        charts = chart_views(site.plan.for_page("indicator", h.slug, lang), site.charts)
        pages.append(
            (
                indicator_url(h.slug),
                "indicator.html",
                indicator_view(h, lang, charts, entry.description if entry else "", category),
            )
        )
    return pages


def _pages_in(
    site: SiteData, lang: str, reports: list[Report], regions: dict[str, list[Report]]
) -> list[tuple[str, str, dict]]:
    comparisons = _comparisons(site)
    pages: list[tuple[str, str, dict]] = [
        ("", "index.html", home_view(reports, lang, _dashboard(site, reports, lang))),
        ("archive/", "archive.html", archive_view(reports, lang)),
    ]
    for i, report in enumerate(reports):
        neighbours = (reports[i + 1] if i + 1 < len(reports) else None, reports[i - 1] if i > 0 else None)
        charts = chart_views(site.plan.for_page("bulletin", report.slug, lang), site.charts)
        pages.append(
            (
                bulletin_url(report.slug),
                "bulletin.html",
                bulletin_view(report, lang, neighbours, comparisons.get(report.slug, {}), charts),
            )
        )
    tagged = _grouped((tag, report) for report in reports for tag in report.meta.tags)
    pages.append(
        (
            "tags/",
            "tags.html",
            {"tags": [{"name": t, "url": tag_url(t), "count": len(rs)} for t, rs in tagged.items()]},
        )
    )
    for tag, tag_reports in tagged.items():
        pages.append(
            (
                tag_url(tag),
                "tag.html",
                {"name": tag, "bulletins": [bulletin_card(r, lang) for r in tag_reports]},
            )
        )
    if site.histories:
        pages.extend(_indicator_pages(site, lang))
    if len(regions) > 1:
        pages.append(
            (
                "regions/",
                "regions.html",
                {
                    "regions": [
                        {"name": name, "url": region_url(name), "count": len(rs)}
                        for name, rs in sorted(regions.items())
                    ]
                },
            )
        )
        for name, region_reports in sorted(regions.items()):
            pages.append((region_url(name), "region.html", region_view(name, region_reports, lang)))
    return pages


def _grouped(pairs: Iterable[tuple[str, Report]]) -> dict[str, list[Report]]:
    """Reports by tag or region; spellings that share a page (GDP, gdp, ｇｄｐ) are one group,
    named by the first spelling in sorted order."""
    groups: dict[str, tuple[str, list[Report]]] = {}
    for name, report in sorted(pairs, key=lambda p: p[0]):
        key = path_segment(name)
        _, members = groups.setdefault(key, (name, []))
        if report not in members:
            members.append(report)
    ordered = sorted(groups.values(), key=lambda g: g[0])
    return {label: sorted_reports(members) for label, members in ordered}


def _file_path(url: str, lang: str, default: str) -> str:
    prefix = lang_prefix(lang, default)
    if url.endswith((".html", ".xml", ".json", ".csv")):
        return prefix + url
    return prefix + url + "index.html"


def assemble_pages(config: SiteConfig, site: SiteData) -> tuple[Page, ...]:
    """Every page of the site in every site language, in a fixed order."""
    ordered = sorted_reports(site.reports)
    regions = _grouped((report.meta.region, report) for report in ordered)
    result = []
    for lang in config.languages:
        for url, template, view in _pages_in(site, lang, ordered, regions):
            alternates = tuple((other, url) for other in config.languages)
            result.append(Page(url, template, lang, view, _file_path(url, lang, config.language), alternates))
    result.append(
        Page("404.html", "404.html", config.language, {}, "404.html", ((config.language, "404.html"),))
    )
    return tuple(result)
