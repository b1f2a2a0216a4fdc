"""The frozen build state that page generators read, and the page types they produce.

Nothing here renders or writes: ``SiteData`` is made once per build after the dataset and
charts exist, and every generator reads it without changing it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bulletin.charts.plan import ChartPlan
from bulletin.charts.spec import ChartSpec
from bulletin.charts.store import ChartStore
from bulletin.content.catalog import Catalog
from bulletin.core.document import Document
from bulletin.core.model import History, PlainPage, Report, SiteConfig
from bulletin.core.slugs import path_segment
from bulletin.data.publish import Publication, Reuse
from bulletin.site.bodies import Bodies, body_digest
from bulletin.site.views import Charts, Comparison

__all__ = ["Page", "PageSpec", "SiteData", "SiteView", "grouped", "sorted_reports"]


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
    # The header's menu: bulletin.yaml's entries and the plain pages, ((lang, title) …, target).
    menu: tuple[tuple[tuple[tuple[str, str], ...], str], ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """One page in one language: its URL, output path, template and view data."""

    url: str  # site-relative, language-neutral: 'bulletins/2023-h1/'
    template: str
    lang: str
    view: Mapping[str, Any]
    path: str = ""  # output file, with the language prefix
    alternates: tuple[tuple[str, str], ...] = field(default=())
    # The ids of the charts its view refers to (None: not declared, so the view is searched for
    # them), and just before rendering their SVG (charts/store.py: a ChartRef prints as its SVG).
    charts: tuple[str, ...] | None = None
    svgs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A page before it gets a language prefix: site-relative URL, template and view data."""

    url: str  # 'bulletins/2023-h1/'; a URL ending in a file name is written as that file
    template: str
    view: Mapping[str, Any]
    # The ids of the charts in ``view``: declared by the generator that put them there, so that
    # loading a slice's charts needs no walk through every view (None: the view is searched).
    charts: tuple[str, ...] | None = None


@dataclass(frozen=True)
class SiteData:
    """Everything the site shows: the config, reports, histories, charts and the catalogue."""

    config: SiteConfig
    reports: tuple[Report, ...]
    histories: tuple[History, ...] = ()
    plan: ChartPlan = field(default_factory=ChartPlan)
    charts: Charts = field(default_factory=dict)
    catalog: Catalog | None = None
    comparisons: Mapping[tuple[str, str, str], Comparison] = field(default_factory=dict)
    # The data contract's rows (data.export): the dataset's when the process keeps its builds (serve
    # then knows unchanged downloads by their identity); None: the downloads make them from the
    # reports when they are written, so a one-shot build holds none (~7.6 KB a bulletin) until then.
    rows: tuple[dict[str, Any], ...] | None = None
    default_region: str | None = None  # shown first on the home page
    publication: Publication | None = None  # where downloads say they come from (None: bare contract)
    previews: Mapping[tuple[str, str], ChartSpec] = field(
        default_factory=dict
    )  # (slug, lang) -> link preview
    images: Mapping[str, bytes] = field(default_factory=dict)  # preview chart id -> PNG (empty when checking)
    pages: tuple[PlainPage, ...] = ()  # plain pages (site/plainpages.py): not bulletins
    language: str = "zh-CN"  # the site's default language
    chart_store: ChartStore | None = None  # loads the SVG behind the ChartRefs in ``charts``
    # The previous build's file at a path when what it is made from is unchanged (the build graph's;
    # None when checking): file generators then read it back instead of making it again.
    reuse: Reuse | None = None
    bodies: Bodies | None = None  # the bulletins' HTML, when a one-shot build shelved it (site/bodies.py)

    def document(self, report: Report) -> Document:
        """A bulletin's rendered body, its HTML read back from ``bodies`` when it was shelved."""
        return self.bodies.document(report) if self.bodies is not None else report.document

    def body_digest(self, report: Report) -> bytes:
        """A digest of a bulletin's body HTML (page keys: site/lazy.py), without reading it back."""
        return self.bodies.digest(report) if self.bodies is not None else body_digest(report.document.html)


def sorted_reports(reports: Iterable[Report]) -> list[Report]:
    """Newest first: by date, then period, then slug, so ties never depend on input order."""
    return sorted(reports, key=lambda r: (r.meta.date, r.meta.period.sort_key(), r.slug), reverse=True)


def grouped(pairs: Iterable[tuple[str, Report]]) -> dict[str, list[Report]]:
    """Reports by tag or region; spellings that share a page (GDP, gdp, ｇｄｐ) are one group,
    named by the first spelling in sorted order."""
    groups: dict[str, tuple[str, list[Report]]] = {}
    seen: set[tuple[str, int]] = set()  # (group, report): a set, not a scan of the list (linear in bulletins)
    segments: dict[str, str] = {}
    for name, report in sorted(pairs, key=lambda p: p[0]):
        key = segments.get(name) or segments.setdefault(name, path_segment(name))
        _, members = groups.setdefault(key, (name, []))
        if (key, id(report)) not in seen:
            seen.add((key, id(report)))
            members.append(report)
    ordered = sorted(groups.values(), key=lambda g: g[0])
    return {label: sorted_reports(members) for label, members in ordered}


def by_region(reports: list[Report], default: str | None) -> dict[str, list[Report]]:
    """Reports (newest first) per region: the default region first (else the newest bulletin's),
    then the others by name. The home page and previous/next links never mix regions."""
    groups = grouped((report.meta.region, report) for report in reports)
    first = default if default in groups else (reports[0].meta.region if reports else None)
    first = next(
        (name for name in groups if first is not None and path_segment(name) == path_segment(first)), None
    )
    order = ([first] if first else []) + [name for name in groups if name != first]
    return {name: groups[name] for name in order}
