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
from bulletin.core.model import PlainPage, Report
from bulletin.core.safefs import display_name
from bulletin.site.views import bulletin_url

__all__ = ["check_page_links", "linked_html", "page_urls"]


def page_urls(reports: Iterable[Report], pages: Iterable[PlainPage]) -> dict[str, str]:
    """Site-relative address (no language prefix) of every published bulletin and page, by source path."""
    urls = {report.meta.path: bulletin_url(report.slug) for report in reports}
    urls.update((page.path, f"{page.slug}/") for page in pages)
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


def linked_html(document: Document, urls: Mapping[str, str], prefix: str) -> str:
    """``document.html`` with its links to other pages pointed at ``prefix`` + their address;
    ``prefix`` is the site's base path and the language's (``/stats/en/``)."""
    if not document.links:
        return document.html

    def address(found: re.Match[str]) -> str:
        index = int(found.group(1))
        target = document.links[index][0] if index < len(document.links) else ""
        # A target with no address is an E115 the build stops on; nothing with '#' is published.
        return prefix + urls[target] if target in urls else "#"

    return _marks(document.mark).sub(address, document.html)
