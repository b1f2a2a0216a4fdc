"""The registry of site outputs: each kind of output is one generator, registered once.

A page generator, ``(site, lang) -> Iterable[PageSpec]``, runs once per site language
and says which pages exist (URL, template, view); a file generator, ``(site) ->
Iterable[OutputFile]``, yields finished language-neutral files. Both are pure functions
of the frozen ``SiteData``: they neither read nor write the output folder. A new output
(search index, feed, sitemap) is one function and one row in ``GENERATORS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from bulletin.core.model import OutputFile
from bulletin.site import downloads, listings, plainpages, previews
from bulletin.site.state import PageSpec, SiteData

__all__ = ["GENERATORS", "FileGenerator", "PageGenerator", "file_outputs", "page_specs"]


@dataclass(frozen=True, slots=True)
class PageGenerator:
    """Pages of one kind, made once per site language."""

    name: str
    run: Callable[[SiteData, str], Iterable[PageSpec]]


@dataclass(frozen=True, slots=True)
class FileGenerator:
    """Language-neutral files of one kind."""

    name: str
    run: Callable[[SiteData], Iterable[OutputFile]]


GENERATORS: tuple[PageGenerator | FileGenerator, ...] = (
    PageGenerator("home", listings.home_pages),
    PageGenerator("archive", listings.archive_pages),
    PageGenerator("bulletins", listings.bulletin_pages),
    PageGenerator("tags", listings.tag_pages),
    PageGenerator("indicators", listings.indicator_pages),
    PageGenerator("regions", listings.region_pages),
    PageGenerator("search", listings.search_pages),
    PageGenerator("data", listings.data_pages),
    PageGenerator("pages", plainpages.plain_pages),
    FileGenerator("downloads", downloads.data_files),
    FileGenerator("previews", previews.preview_files),
)


def page_specs(
    site: SiteData, lang: str, registry: Iterable[PageGenerator | FileGenerator] = GENERATORS
) -> Iterator[PageSpec]:
    """Every page of one language, generator by generator, in registry order."""
    for gen in registry:
        if isinstance(gen, PageGenerator):
            yield from gen.run(site, lang)


def file_outputs(
    site: SiteData, registry: Iterable[PageGenerator | FileGenerator] = GENERATORS
) -> Iterator[OutputFile]:
    """Every file the file generators make, in registry order."""
    for gen in registry:
        if isinstance(gen, FileGenerator):
            yield from gen.run(site)
