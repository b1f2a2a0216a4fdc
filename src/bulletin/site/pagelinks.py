"""Links between bulletins and pages written as ``.md`` paths: checked, then given their address.

Contract: ``check_page_links(reports, pages, sources)`` -> diagnostics: every ``.md`` link of a
published bulletin or page must lead to another published one (``E115`` at the line of the link
otherwise). ``linked_html(document, urls, prefix)`` -> the document's HTML with each link's mark
(content/localrefs.py) replaced by its target's address; ``page_urls`` gives the addresses.

A link is made into an address when the views are made, in the language of the page being made
(``en/`` links stay on the English site), so the address is part of the page's view: when the
page it leads to gets another address (its slug, date or period changed) or goes, the build
graph's page key of the linking page changes and an incremental build renders it again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache

from bulletin.content.localrefs import CONTENT
from bulletin.core.document import Document
from bulletin.core.errors import Diagnostic, Location, error
from bulletin.core.i18n import lang_prefix
from bulletin.core.langs import family
from bulletin.core.model import PlainPage, Report
from bulletin.core.safefs import display_name
from bulletin.site.views import bulletin_url

__all__ = ["check_page_links", "linked_html", "page_urls"]


def page_urls(
    reports: Iterable[Report], pages: Iterable[PlainPage], languages: Collection[str] = ()
) -> dict[str, tuple[str, str | None]]:
    """Site-relative address (no language prefix) of every published bulletin and page, by source
    path, with the language it is always shown in, or None: in the language of the linking page.

    A link goes to the file it names: ``about.en.md`` is the English page even from a Chinese one,
    when the page has versions in several of the site's ``languages``. A bulletin, or a page with
    one version, is shown in the reader's language."""
    pages = tuple(pages)
    urls: dict[str, tuple[str, str | None]] = {r.meta.path: (bulletin_url(r.slug), None) for r in reports}
    shown = {family(lang): lang for lang in languages}
    versions: dict[str, set[str]] = {}
    for page in pages:
        if family(page.lang) in shown:
            versions.setdefault(page.slug, set()).add(family(page.lang))
    for page in pages:
        own = len(versions.get(page.slug, ())) > 1 and family(page.lang) in shown
        urls[page.path] = (f"{page.slug}/", shown[family(page.lang)] if own else None)
    return urls


def _problem(target: str, sources: Collection[str], where: Location) -> Diagnostic:
    shown = display_name(target)
    if not target.startswith(CONTENT):
        return error(
            "E115",
            f"'{shown}' is outside content/",
            where,
            "link to a bulletin or page inside content/, e.g. ../2023/2023-h1.md",
        )
    if target in sources:
        return error(
            "E115",
            f"'{shown}' is not published (a draft, or a file with errors)",
            where,
            "publish it first (remove draft: true), or remove the link",
        )
    return error(
        "E115",
        f"there is no bulletin or page '{shown}'",
        where,
        "check the file name (and its case) and the folder: the link is read from this file's folder",
    )


def check_page_links(
    reports: Iterable[Report], pages: Iterable[PlainPage], sources: Collection[str]
) -> list[Diagnostic]:
    """``sources``: the path of every Markdown file read (drafts and files with errors included)."""
    reports, pages = tuple(reports), tuple(pages)
    urls = page_urls(reports, pages)
    documents = [*((r.meta.path, r.document) for r in reports), *((p.path, p.document) for p in pages)]
    found = []
    for path, document in documents:
        for target, line in document.links:
            if target not in urls:
                found.append(_problem(target, sources, Location(path, line)))
    return found


@lru_cache(maxsize=64)
def _marks(mark: str) -> re.Pattern[str]:
    return re.compile(re.escape(mark) + r"(\d+)")


def linked_html(
    document: Document, urls: Mapping[str, tuple[str, str | None]], base_path: str, lang: str, default: str
) -> str:
    """``document.html`` with its links to other pages pointed at their address under ``base_path``,
    in the target's own language when it has one, else in ``lang`` (``/stats/en/…``)."""
    if not document.links:
        return document.html

    def address(found: re.Match[str]) -> str:
        index = int(found.group(1))
        target = document.links[index][0] if index < len(document.links) else ""
        if target not in urls:  # an E115 the build stops on; nothing with '#' is published
            return "#"
        url, own = urls[target]
        return base_path + lang_prefix(own or lang, default) + url

    return _marks(document.mark).sub(address, document.html)
