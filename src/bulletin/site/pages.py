"""The site map: every page in every language, from the registered page generators.

Stage contract: ``iter_pages(site)`` -> each page in each language, in a fixed order, made when
asked for (the build renders them as they come; ``assemble_pages`` collects them). The default
language lives at the root, the others under their URL prefix (``en/``). Which pages exist is
decided by the page generators in ``generators``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bulletin.core.i18n import lang_prefix
from bulletin.site.generators import Generator, page_generators
from bulletin.site.state import Page, PageSpec, SiteData, SiteView, sorted_reports

__all__ = ["Page", "PageSpec", "SiteData", "SiteView", "assemble_pages", "iter_pages", "sorted_reports"]


def _file_path(url: str, lang: str, default: str) -> str:
    prefix = lang_prefix(lang, default)
    if url.endswith((".html", ".xml", ".json", ".csv", ".txt")):
        return prefix + url
    return prefix + url + "index.html"


def assemble_pages(site: SiteData, registry: Iterable[Generator] | None = None) -> tuple[Page, ...]:
    """Every page of the site in every site language (or only the default one), in a fixed order."""
    return tuple(iter_pages(site, registry))


def iter_pages(site: SiteData, registry: Iterable[Generator] | None = None) -> Iterator[Page]:
    """The pages of ``assemble_pages``, in the same order, each made when it is asked for."""
    config = site.config
    for lang in config.languages:
        for gen in page_generators(registry):
            if not gen.every_language and lang != config.language:
                continue
            languages = config.languages if gen.every_language else (config.language,)
            for spec in gen.run(site, lang):
                alternates = tuple((other, spec.url) for other in languages)
                path = _file_path(spec.url, lang, config.language)
                yield Page(spec.url, spec.template, lang, spec.view, path, alternates, spec.charts)
