"""The registry of site outputs: every file of the site comes from one registered generator.

Three kinds, run in this order by the orchestrator:

- a page generator, ``(site, lang) -> Iterable[PageSpec]``, runs once per site language (or only
  in the default one) and says which pages exist (URL, template, view); the pages are rendered
  from templates afterwards;
- a file generator, ``(site, pages) -> Iterable[OutputFile | Diagnostic]``, makes finished files
  from the build state and the site map (downloads, feeds, sitemap, robots.txt); in a build the
  map's pages carry their URL, path, template and language, not their view (let go once rendered);
- a finisher, ``(site, rendered, executor) -> Iterable[OutputFile | Diagnostic]``, is a whole-site
  step over the rendered pages (the search index), with the build's executor for its tasks; it runs
  only when a build writes.

All are pure functions of the frozen ``SiteData``: they neither read nor write the output folder.
A generator reports a problem by yielding a ``Diagnostic`` (a note, say, that no feed is written
without an absolute base_url). A new kind of output is one function and one row in ``GENERATORS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass

from bulletin.core.errors import Diagnostic
from bulletin.core.executors import Executor
from bulletin.core.model import OutputFile
from bulletin.site import discovery, downloads, listings, plainpages, previews, search
from bulletin.site.state import Page, PageSpec, SiteData

__all__ = [
    "GENERATORS",
    "FileGenerator",
    "Finisher",
    "Generator",
    "PageGenerator",
    "Sink",
    "file_outputs",
    "finish",
    "page_generators",
]

Made = Iterable[OutputFile | Diagnostic]


@dataclass(frozen=True, slots=True)
class PageGenerator:
    """Pages of one kind, made once per site language (``every_language``) or only in the default one."""

    name: str
    run: Callable[[SiteData, str], Iterable[PageSpec]]
    every_language: bool = True


@dataclass(frozen=True, slots=True)
class FileGenerator:
    """Finished files of one kind, from the build state and the site map (every page)."""

    name: str
    run: Callable[[SiteData, Sequence[Page]], Made]
    static_wins: bool = False  # a site's own static file of the same path replaces the generated one


@dataclass(frozen=True, slots=True)
class Finisher:
    """A whole-site step over the rendered pages; it runs only when the build writes the site."""

    name: str
    run: Callable[[SiteData, Sequence[OutputFile], Executor | None], Made]
    static_wins: bool = False


Generator = PageGenerator | FileGenerator | Finisher


def _not_found(site: SiteData, lang: str) -> Iterable[PageSpec]:
    # One 404 page at the root, in the default language: a host serves it for any missing path.
    yield PageSpec("404.html", "404.html", {}, ())


GENERATORS: tuple[Generator, ...] = (
    PageGenerator("home", listings.home_pages),
    PageGenerator("archive", listings.archive_pages),
    PageGenerator("bulletins", listings.bulletin_pages),
    PageGenerator("tags", listings.tag_pages),
    PageGenerator("indicators", listings.indicator_pages),
    PageGenerator("regions", listings.region_pages),
    PageGenerator("search", listings.search_pages),
    PageGenerator("data", listings.data_pages),
    PageGenerator("pages", plainpages.plain_pages),
    PageGenerator("404", _not_found, every_language=False),
    FileGenerator("downloads", downloads.data_files),
    FileGenerator("previews", previews.preview_files),
    FileGenerator("robots", discovery.robots_file, static_wins=True),
    FileGenerator("sitemap", discovery.sitemap_file, static_wins=True),
    FileGenerator("feeds", discovery.feed_files, static_wins=True),
    Finisher("search-index", search.search_index, static_wins=True),
)


def page_generators(registry: Iterable[Generator] | None = None) -> tuple[PageGenerator, ...]:
    """The page generators of ``registry`` (default ``GENERATORS``), in registry order."""
    return tuple(gen for gen in _registry(registry) if isinstance(gen, PageGenerator))


def _registry(registry: Iterable[Generator] | None) -> Iterable[Generator]:
    # Looked up when called, not bound when defined: the build always walks the current registry.
    return GENERATORS if registry is None else registry


# What a build does with each file as it is made (writes it, and keeps what it wrote: None for a
# file it could not make); without one, the files are held and returned.
Sink = Callable[[OutputFile], OutputFile | None]


def _split(made: Iterable[tuple[bool, Made]], static: Set[str], sink: Sink | None = None
           ) -> tuple[list[OutputFile], list[Diagnostic]]:  # fmt: skip
    files: list[OutputFile] = []
    found: list[Diagnostic] = []
    for static_wins, outputs in made:
        for item in outputs:
            if isinstance(item, Diagnostic):
                found.append(item)
            elif not (static_wins and item.path in static):
                kept = sink(item) if sink is not None else item
                if kept is not None:
                    files.append(kept)
    return files, found


def file_outputs(
    site: SiteData,
    pages: Sequence[Page],
    static: Set[str] = frozenset(),
    registry: Iterable[Generator] | None = None,
    sink: Sink | None = None,
) -> tuple[list[OutputFile], list[Diagnostic]]:
    """Every file the file generators make, in registry order, and what they found; ``static``
    holds the paths of the site's own static files. With a ``sink``, each file goes to it as it
    is made (a build writes it and lets go of its bytes) and what the sink returns is listed."""
    return _split(
        (
            (gen.static_wins, gen.run(site, pages))
            for gen in _registry(registry)
            if isinstance(gen, FileGenerator)
        ),
        static,
        sink,
    )


def finish(
    site: SiteData,
    rendered: Sequence[OutputFile],
    static: Set[str] = frozenset(),
    registry: Iterable[Generator] | None = None,
    executor: Executor | None = None,
    sink: Sink | None = None,
) -> tuple[list[OutputFile], list[Diagnostic]]:
    """Every file the finishers make over the rendered site, in registry order, and what they found
    (with a ``sink``, as ``file_outputs``)."""
    return _split(
        (
            (gen.static_wins, gen.run(site, rendered, executor))
            for gen in _registry(registry)
            if isinstance(gen, Finisher)
        ),
        static,
        sink,
    )
