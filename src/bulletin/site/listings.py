"""Page generators: home, archive, bulletins, tags, indicators and regions.

Each is ``(site, lang) -> Iterator[PageSpec]``, a pure function of the frozen
``SiteData``; ``generators.GENERATORS`` registers them. Reports are grouped once per
call with dictionaries, so every generator is linear in the number of bulletins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import partial
from typing import Any

from bulletin.charts.plan import NARROW_SUFFIX, dashboard_histories, spark_key
from bulletin.charts.store import ChartViews
from bulletin.core.i18n import localized
from bulletin.core.memo import value_digest
from bulletin.core.model import History, Report
from bulletin.site.dataview import data_view
from bulletin.site.lazy import LazyView
from bulletin.site.pagelinks import linked_html, page_urls
from bulletin.site.paging import numbered, pager, ranges
from bulletin.site.previews import og_image
from bulletin.site.state import PageSpec, SiteData, by_region, grouped, sorted_reports
from bulletin.site.views import (
    Comparison,
    archive_view,
    bulletin_card,
    bulletin_url,
    bulletin_view,
    chart_ids,
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

__all__ = [
    "archive_pages",
    "bulletin_pages",
    "data_pages",
    "home_pages",
    "indicator_pages",
    "region_pages",
    "search_pages",
    "tag_pages",
]


def _dashboard(site: SiteData, reports: list[Report], lang: str) -> list[dict[str, Any]]:
    """Cards of the key indicators of a region's newest bulletin (``reports`` is one region's)."""
    if not reports:
        return []
    latest = reports[0]
    rows = {r.name: r for r in latest.indicators if r.period == latest.meta.period}
    cards = []
    for history in dashboard_histories(site.histories, latest):
        if history.name in rows:
            key = spark_key(history.slug, latest.meta.region)
            spark = chart_views(site.plan.for_page("spark", key, lang), site.charts)
            cards.append(dashboard_card(history, rows[history.name], lang, spark[0] if spark else None))
    return cards


def home_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    """One dashboard per region, the default region first (figures of regions never mix), then the
    latest bulletins."""
    reports = sorted_reports(site.reports)
    regions = by_region(reports, site.default_region)
    sections = [(name, _dashboard(site, members, lang), members[0]) for name, members in regions.items()]
    view = home_view(reports, lang, sections)
    # The site's headline chart: that of the newest bulletin of the region shown first.
    view["og_image"] = og_image(site, sections[0][2].slug, lang) if sections else None
    sparks = chart_ids(card["spark"] for _, cards, _ in sections for card in cards)
    yield PageSpec("", "index.html", view, sparks)


def archive_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    """Every bulletin, newest first."""
    reports = sorted_reports(site.reports)
    parts = ranges(len(reports), site.config.per_page)
    for number, (start, end) in enumerate(parts, 1):
        view = archive_view(reports[start:end], lang)
        view.update(count=len(reports), pager=pager("archive/", number, len(parts)))
        yield PageSpec(numbered("archive/", number), "archive.html", view, ())


def _comparisons(site: SiteData) -> dict[str, dict[tuple[str, str], Comparison]]:
    """Per bulletin slug: (indicator, period code) -> (last year's value, implied YoY %)."""
    out: dict[str, dict[tuple[str, str], Comparison]] = defaultdict(dict)
    for (bulletin, indicator, period), comparison in site.comparisons.items():
        out[bulletin][(indicator, period)] = comparison
    return out


def bulletin_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    """One page per bulletin, with links to the previous and next one."""
    comparisons = _comparisons(site)
    neighbours_of: dict[str, tuple[Report | None, Report | None]] = {}
    for members in by_region(sorted_reports(site.reports), site.default_region).values():
        for i, member in enumerate(members):  # previous/next stay within the region
            neighbours_of[member.slug] = (members[i + 1] if i + 1 < len(members) else None,
                                          members[i - 1] if i else None)  # fmt: skip
    urls = page_urls(site.reports, site.pages, site.config.languages)
    for report in sorted_reports(site.reports):
        neighbours = neighbours_of[report.slug]
        page_key = ("bulletin", report.slug, lang)
        compared = comparisons.get(report.slug, {})
        image = og_image(site, report.slug, lang)

        def make(
            report: Report = report,
            neighbours: tuple[Report | None, Report | None] = neighbours,
            compared: dict[tuple[str, str], Comparison] = compared,
            page_key: tuple[str, str, str] = page_key,
            image: dict[str, Any] | None = image,
        ) -> dict[str, Any]:
            # the specs are made when the view is (charts/chartplan.py), and let go with it
            charts = chart_views(site.plan.for_page(*page_key), site.charts)
            view = bulletin_view(report, lang, neighbours, compared, charts)
            base, default = site.config.base_path, site.config.language
            view["body_html"] = linked_html(site.document(report), urls, base, lang, default)
            view["og_image"] = image
            return view

        # what the view is made of, so that an unchanged page is kept without making it (site/lazy.py);
        # the site's configuration and the templates are in the page's key already (graph.page_key)
        document = report.document
        inputs = (
            lang,
            value_digest(report.meta, report.indicators),
            (document.headings, document.links, document.mark, site.body_digest(report)),
            [urls.get(link[0]) for link in document.links],  # where its links point
            tuple(value_digest(n.meta, n.indicators) if n is not None else None for n in neighbours),
            sorted(compared.items()),
            _charts_key(site, page_key),
            image,
        )
        ids = planned_chart_ids(site, page_key)
        yield PageSpec(bulletin_url(report.slug), "bulletin.html", LazyView(make, *inputs), ids)


def _indicator_page(
    h: History,
    lang: str,
    site: SiteData,
    shows: bool,
    description: str,
    category: str,
    start: int,
    end: int,
    number: int,
    count: int,
) -> dict[str, Any]:
    specs = site.plan.for_page("indicator", h.slug, lang) if shows else ()
    view = indicator_view(h, lang, chart_views(specs, site.charts), description, category, slice(start, end))
    view["pager"] = pager(indicator_url(h.slug), number, count)
    return view


def planned_chart_ids(site: SiteData, page: tuple[str, str, str] | None) -> tuple[str, ...]:
    """The ids ``chart_ids(chart_views(specs, charts))`` gives for a page's planned charts, without
    making their specs or views (``page``: the plan's page key, None for a page without charts)."""
    if page is None:
        return ()
    charts = site.charts
    if not isinstance(charts, ChartViews):  # a mapping made by hand (tests): its SVG may be text
        return chart_ids(chart_views(site.plan.for_page(*page), charts))
    return tuple(
        i for chart in site.plan.ids_for(*page) if chart in charts for i in (chart, chart + NARROW_SUFFIX)
        if i in charts
    )  # fmt: skip


def _charts_key(site: SiteData, page: tuple[str, str, str] | None) -> tuple[Any, ...]:
    """What a page's charts are: the ids shown and the drawing environment. The specs themselves
    are planned from what the page's key holds already (a bulletin's table, an indicator's series,
    the site's title and languages; charts/plan.py), so their keys and alt text need not be made
    for a page that is kept, nor its specs. A mapping made by hand (tests) is keyed by its views."""
    charts = site.charts
    if not isinstance(charts, ChartViews):
        views = chart_views(site.plan.for_page(*page) if page else (), charts)
        return tuple((c["id"], c["svg"], c["narrow"], c["alt"]) for c in views)
    return planned_chart_ids(site, page), charts.environment


def tag_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    """The tag index and one page per tag."""
    tagged = grouped((tag, report) for report in sorted_reports(site.reports) for tag in report.meta.tags)
    tags = [{"name": t, "url": tag_url(t), "count": len(rs)} for t, rs in tagged.items()]
    yield PageSpec("tags/", "tags.html", {"tags": tags}, ())
    cards: dict[int, dict] = {}  # one card per bulletin, shared by all its tag pages
    for tag, reports in tagged.items():
        listed = [cards.get(id(r)) or cards.setdefault(id(r), bulletin_card(r, lang)) for r in reports]
        yield PageSpec(tag_url(tag), "tag.html", {"name": tag, "bulletins": listed}, ())


def _categories(site: SiteData, lang: str) -> list[tuple[str, str]]:
    known = site.catalog.categories if site.catalog is not None else ()
    keys = {c.key for c in known}
    names = [(c.key, localized(lang, {"zh-CN": c.zh, "en": c.en})) for c in known]
    return names + [(h.category, h.category) for h in site.histories if h.category not in keys]


def indicator_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    """The indicator index and one page per indicator series."""
    if not site.histories:
        return
    categories = list(dict.fromkeys(_categories(site, lang)))
    yield PageSpec("indicators/", "indicators.html", indicators_view(site.histories, lang, categories), ())
    names = dict(categories)
    for h in site.histories:
        entry = site.catalog.entry_for(h.name) if site.catalog else None
        parts = ranges(len(h.points), site.config.per_page)
        description = entry.description if entry else ""
        category = names.get(h.category, h.category)
        for number, (start, end) in enumerate(parts, 1):  # page 1 has the charts; the others more periods
            shows = ("indicator", h.slug, lang) if number == 1 else None

            page = (h, lang, site, shows is not None, description, category, start, end, number, len(parts))
            # keyed by the series (its digest is kept by identity: one pickle per series and build)
            inputs = (lang, value_digest(h), description, category, start, end, number, len(parts))
            view = LazyView(partial(_indicator_page, *page), *inputs, _charts_key(site, shows))
            ids = planned_chart_ids(site, shows)
            yield PageSpec(numbered(indicator_url(h.slug), number), "indicator.html", view, ids)


def region_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    """The region index and one page per region, when the site has more than one."""
    regions = by_region(sorted_reports(site.reports), site.default_region)
    if len(regions) < 2:
        return
    listed = [{"name": name, "url": region_url(name), "count": len(rs)} for name, rs in regions.items()]
    yield PageSpec("regions/", "regions.html", {"regions": listed}, ())
    for name, reports in regions.items():
        yield PageSpec(region_url(name), "region.html", region_view(name, reports, lang), ())


def search_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    """The search page: results come from the Pagefind index (site/search.py) through search.js."""
    yield PageSpec("search/", "search.html", {}, ())


def data_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    """The data dictionary: every column of the downloads, and every download."""
    regions = by_region(sorted_reports(site.reports), site.default_region)
    yield PageSpec("data/", "data.html", data_view(site.histories, list(regions), lang), ())
