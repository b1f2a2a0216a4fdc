"""The site map: every page in every language, from the registered page generators.

Stage contract: ``assemble_pages(config, site)`` -> ``tuple[Page, ...]``, one per page
and language, in a fixed order. The default language lives at the root, the others
under their URL prefix (``en/``). Which pages exist is decided in ``generators``.
"""

from __future__ import annotations

from bulletin.core.i18n import lang_prefix
from bulletin.core.model import SiteConfig
from bulletin.site.generators import GENERATORS, PageGenerator, page_specs
from bulletin.site.state import Page, PageSpec, SiteData, SiteView, sorted_reports

__all__ = ["Page", "PageSpec", "SiteData", "SiteView", "assemble_pages", "sorted_reports"]


def _file_path(url: str, lang: str, default: str) -> str:
    prefix = lang_prefix(lang, default)
    if url.endswith((".html", ".xml", ".json", ".csv", ".txt")):
        return prefix + url
    return prefix + url + "index.html"


def assemble_pages(
    config: SiteConfig, site: SiteData, registry: tuple[PageGenerator, ...] | None = None
) -> tuple[Page, ...]:
    """Every page of the site in every site language, in a fixed order."""
    result = []
    for lang in config.languages:
        for spec in page_specs(site, lang, GENERATORS if registry is None else registry):
            alternates = tuple((other, spec.url) for other in config.languages)
            path = _file_path(spec.url, lang, config.language)
            result.append(Page(spec.url, spec.template, lang, spec.view, path, alternates))
    result.append(
        Page("404.html", "404.html", config.language, {}, "404.html", ((config.language, "404.html"),))
    )
    return tuple(result)
