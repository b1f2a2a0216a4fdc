"""How readers and crawlers find the site: an Atom feed per language, sitemap.xml and robots.txt.

Contract: file generators ``(site, pages) -> files`` (registered in ``generators``); pure,
deterministic (dates come from the bulletins, never the clock). Feeds and the sitemap need absolute
URLs, so they are written only when ``base_url`` is absolute; without it the build notes it (I606,
shown by build --verbose) and the site still works with root-relative links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from xml.sax.saxutils import escape, quoteattr

from bulletin.core.errors import Diagnostic, Location, info
from bulletin.core.i18n import lang_prefix
from bulletin.core.model import OutputFile, Report, SiteConfig
from bulletin.site.state import Page, SiteData, sorted_reports

__all__ = ["feed", "feed_files", "robots", "robots_file", "sitemap", "sitemap_file"]

_FEED_SIZE = 30  # newest bulletins per feed


def _stamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def feed(config: SiteConfig, reports: Sequence[Report], lang: str) -> OutputFile:
    """An Atom 1.0 feed of the newest bulletins, with the interface in ``lang``."""
    assert config.site_url is not None
    home = config.site_url + lang_prefix(lang, config.language)
    ordered = sorted_reports(reports)[:_FEED_SIZE]
    updated = _stamp(ordered[0].meta.date) if ordered else "1970-01-01T00:00:00Z"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
        f"  <title>{escape(config.title_in(lang))}</title>",
        f"  <subtitle>{escape(config.description_in(lang))}</subtitle>",
        f"  <id>{escape(home)}</id>",
        f'  <link rel="alternate" type="text/html" href={quoteattr(home)}/>',
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(home + "feed.xml")}/>',
        f"  <updated>{updated}</updated>",
        f"  <author><name>{escape(config.title_in(lang))}</name></author>",
        '  <generator uri="https://pypi.org/project/bulletin/">bulletin</generator>',
    ]
    if config.license:
        lines.append(f"  <rights>{escape(config.license)}</rights>")
    for report in ordered:
        meta = report.meta
        url = f"{home}bulletins/{meta.slug}/"
        period = meta.period.label("zh" if lang.startswith("zh") else "en")
        lines += [
            "  <entry>",
            f"    <title>{escape(meta.title)}</title>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(url)}/>',
            f"    <id>{escape(url)}</id>",
            f"    <published>{_stamp(meta.date)}</published>",
            f"    <updated>{_stamp(meta.date)}</updated>",
            f"    <summary>{escape(meta.summary or meta.title)}</summary>",
            f"    <category term={quoteattr(config.name_in(meta.region, lang))}/>",
            f"    <category term={quoteattr(period)}/>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return OutputFile(lang_prefix(lang, config.language) + "feed.xml", ("\n".join(lines) + "\n").encode())


def sitemap(config: SiteConfig, pages: Sequence[Page], reports: Sequence[Report]) -> OutputFile:
    """sitemap.xml (sitemaps.org 0.9): every page in every language; lastmod for bulletins."""
    assert config.site_url is not None
    dates = {f"bulletins/{r.slug}/": r.meta.date for r in reports}
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for page in sorted(pages, key=lambda p: p.path):
        if page.path == "404.html" or page.url == "search/":
            continue
        loc = config.site_url + page.path.removesuffix("index.html")
        lastmod = f"<lastmod>{dates[page.url].isoformat()}</lastmod>" if page.url in dates else ""
        lines.append(f"  <url><loc>{escape(loc)}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return OutputFile("sitemap.xml", ("\n".join(lines) + "\n").encode())


def robots(config: SiteConfig) -> OutputFile:
    """robots.txt: everything may be crawled except the search page; where the sitemap is."""
    lines = ["User-agent: *", "Allow: /"]
    for lang in config.languages:
        lines.append(f"Disallow: {config.base_path}{lang_prefix(lang, config.language)}search/")
    if config.site_url:
        lines.append(f"Sitemap: {config.site_url}sitemap.xml")
    return OutputFile("robots.txt", ("\n".join(lines) + "\n").encode())


def robots_file(site: SiteData, pages: Sequence[Page]) -> Iterator[OutputFile]:
    """File generator: robots.txt."""
    yield robots(site.config)


def sitemap_file(site: SiteData, pages: Sequence[Page]) -> Iterator[OutputFile]:
    """File generator: sitemap.xml over the site map, when base_url is absolute."""
    if site.config.site_url is not None:
        yield sitemap(site.config, pages, site.reports)


def feed_files(site: SiteData, pages: Sequence[Page]) -> Iterator[OutputFile | Diagnostic]:
    """File generator: a feed per language; without an absolute base_url a note (I606) instead."""
    config = site.config
    if config.site_url is None:
        hint = "set base_url in bulletin.yaml to the site's address, e.g. https://example.org/reports/"
        message = (
            f"base_url '{config.base_url}' is not an absolute URL: no feed, sitemap, canonical or "
            "Open Graph links are written (the site itself works with root-relative links)"
        )
        yield info("I606", message, Location("bulletin.yaml"), hint)
        return
    for lang in config.languages:
        yield feed(config, site.reports, lang)
