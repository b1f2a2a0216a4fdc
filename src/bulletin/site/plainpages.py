"""Plain pages on the site: one page per slug in every language, and the site menu.

A page written in one language only is shown as written on the other language's site (as a
Chinese bulletin is), marked with its own ``lang``; ``about.en.md`` replaces it on the English site.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from bulletin.core.langs import family
from bulletin.core.model import PlainPage, SiteConfig
from bulletin.site.pagelinks import linked_html, page_urls
from bulletin.site.state import PageSpec, SiteData

__all__ = ["MenuEntry", "menu_entries", "page_variant", "plain_pages"]

MenuEntry = tuple[tuple[tuple[str, str], ...], str]  # ((lang, title) …, target)


def _by_slug(pages: Sequence[PlainPage]) -> dict[str, list[PlainPage]]:
    out: dict[str, list[PlainPage]] = {}
    for page in sorted(pages, key=lambda p: (p.weight, p.slug, p.path)):
        out.setdefault(page.slug, []).append(page)
    return out


def page_variant(variants: Sequence[PlainPage], lang: str, default: str) -> PlainPage:
    """The version of a page for ``lang``: its own, else the site language's, else the first."""
    for wanted in (lang, default):
        for page in variants:
            if family(page.lang) == family(wanted):
                return page
    return variants[0]


def plain_pages(site: SiteData, lang: str) -> Iterator[PageSpec]:
    urls = page_urls(site.reports, site.pages, site.config.languages)
    for slug, variants in _by_slug(site.pages).items():
        page = page_variant(variants, lang, site.language)
        view: dict[str, Any] = {
            "title": page.title,
            "summary": page.summary,
            "lang": page.lang,
            "body_html": linked_html(page.document, urls, site.config.base_path, lang, site.config.language),
            "headings": [{"level": lv, "id": hid, "text": text} for lv, hid, text in page.document.headings],
        }
        yield PageSpec(f"{slug}/", "page.html", view, ())


def menu_entries(config: SiteConfig, pages: Sequence[PlainPage]) -> tuple[MenuEntry, ...]:
    """bulletin.yaml's menu, then every plain page it does not list (by weight, then slug)."""
    entries = list(config.menu)
    listed = {target.rstrip("/") for _, target in entries}
    for slug, variants in _by_slug(pages).items():
        if slug in listed or not any(p.menu for p in variants):
            continue
        titles = {lang: page_variant(variants, lang, config.language).title for lang in config.languages}
        entries.append((tuple(sorted(titles.items())), f"{slug}/"))
    return tuple(entries)
