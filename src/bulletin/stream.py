"""Pages and the files around them: rendered on the executor, streamed into the staging folder.

``stream_site`` renders every page in batches on the executor with a bounded window (at most
PAGE_WINDOW batches per worker are rendered and not yet written), writes each page into the
staging folder as it arrives, in page order, then the other files (assets, downloads, feeds,
sitemap and the search index, which reads the staged pages back one at a time). So the client
never holds more than the window of rendered pages, whatever the archive's size. Pages whose
build-graph key is unchanged are not rendered: the previous file is hard-linked. The staging
folder is swapped in by the caller only when the whole build is clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from bulletin.charts.store import ChartStore, refs_in
from bulletin.core.errors import Diagnostic, Location, Severity, error, has_errors
from bulletin.core.executors import Executor, TaskError
from bulletin.core.heap import give_back
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.graph import BuildGraph
from bulletin.site.assets import collect_assets
from bulletin.site.generators import Sink, file_outputs, finish
from bulletin.site.media import media_files
from bulletin.site.output import Staging
from bulletin.site.pages import Page, SiteData, SiteView, iter_pages
from bulletin.site.plainpages import menu_entries
from bulletin.site.render import Renderer, RenderJob, job_renderer, render_page

__all__ = ["PAGE_BATCH", "PAGE_WINDOW", "other_files", "render_pages", "stream_site", "task_failed"]


def task_failed(path: str, message: str) -> Diagnostic:
    """A task that raised (a bug in bulletin, not in the content), reported with the file it was for."""
    return error(
        "E802",
        f"bulletin failed on this file: {message}",
        Location(path),
        "this is a bug in bulletin, not in your content; please report it with this file "
        "and the output of the same command run with --debug",
    )


# Pages go to the executor in batches of PAGE_BATCH; at most PAGE_WINDOW batches per worker are
# rendered and not yet written, so the client holds a bounded number of pages however large the
# archive. A batch is big enough that a small site renders in this process (no pool started).
PAGE_BATCH = 64
PAGE_WINDOW = 2


def _site_view(config: SiteConfig, site: SiteData) -> SiteView:
    return SiteView(
        config.title,
        config.description,
        config.base_url,
        config.language,
        config.languages,
        has_indicators=bool(site.histories),
        has_regions=len({r.meta.region for r in site.reports}) > 1,
        updated=max((r.meta.date for r in site.reports), default=None) if config.show_updated else None,
        menu=menu_entries(config, site.pages),
    )


def with_charts(pages: list[Page], store: ChartStore | None) -> list[Page]:
    """The pages, each with the SVG of its charts beside its view, loaded (or drawn) at once."""
    if store is None:
        return pages
    wanted: list[tuple[str, ...]] = []
    for page in pages:
        if page.charts is None:  # a generator that did not declare its charts: search the view
            found: set[str] = set()
            refs_in(page.view, found)
            wanted.append(tuple(sorted(found)))
        else:
            wanted.append(page.charts)
    svgs = store.svgs({chart for ids in wanted for chart in ids})
    return [
        replace(page, svgs={chart: svgs[chart] for chart in ids}) if ids else page
        for page, ids in zip(pages, wanted, strict=True)
    ]


def render_pages(
    config: SiteConfig,
    site: SiteData,
    pages: Iterable[Page],
    diagnostics: list[Diagnostic],
    executor: Executor,
    graph: BuildGraph | None = None,
    put: Callable[[OutputFile], OutputFile] | None = None,
) -> tuple[list[OutputFile], list[Page]]:
    """Every page, rendered on the executor in a bounded window and handed to ``put`` (the
    streaming writer, which returns the page as written) as it arrives, in page order; and the site
    map, each page without its view.

    ``pages`` is consumed as it is rendered: a page's view is made when its turn comes and let go
    once the page is written (or found unchanged), so the client holds the views of at most one
    slice of pages, whatever the archive's size."""
    view = _site_view(config, site)
    checked = Renderer(config, view)
    diagnostics.extend(checked.problems)
    if has_errors(checked.problems):
        return [], []  # a template behind a bad link is never read
    job = checked.job()
    renderer = job_renderer(job)  # the same templates as the last build: parsed and digested already
    window = PAGE_WINDOW * max(1, executor.workers)
    site_map: list[Page] = []
    files: list[OutputFile] = []
    queued: list[OutputFile | None] = []  # in page order: a kept file, or None for the next rendered
    todo: list[Page] = []
    failed = False

    def flush() -> None:
        nonlocal failed
        rendered = _rendered(todo, site.chart_store, job, executor, window)
        for kept in queued:
            item: OutputFile | tuple[Diagnostic, ...] = kept if kept is not None else next(rendered)
            if isinstance(item, tuple):  # a template failed on this page
                diagnostics.extend(d for d in item if d not in diagnostics)
                failed = True
            elif not failed:  # after an error nothing will be published: only collect diagnostics
                files.append(item if put is None else put(item))
        queued.clear()
        todo.clear()
        give_back()  # the slice's views, charts and pages are gone: so is the memory they took

    try:
        for page in pages:
            site_map.append(replace(page, view=_NO_VIEW))
            if graph is not None:  # a page whose inputs are unchanged keeps its previous bytes
                key = graph.page_key(page, renderer.templates_digest(page.template), view)
                if (previous := graph.reuse(page.path, key)) is not None:
                    queued.append(previous)
                    continue
            todo.append(page)
            queued.append(None)
            if len(todo) >= PAGE_SLICE:
                flush()
        flush()
    except TaskError as exc:
        diagnostics.append(task_failed(todo[exc.index].path, exc.message))
    except _ChartFailed as exc:
        diagnostics.append(task_failed(f"chart {exc.chart}", exc.message))
    return files, site_map


# What the site map keeps of a page once it is rendered: its URL, path, template and language.
_NO_VIEW: Mapping[str, Any] = MappingProxyType({})


# Pages are rendered a slice at a time (render_pages): the views of one slice are made and the SVG
# of its charts loaded (misses drawn), then the slice goes to the executor, so the client holds the
# views and charts of at most one slice, whatever the archive's size.
PAGE_SLICE = 128


class _ChartFailed(Exception):
    def __init__(self, chart: str, message: str) -> None:
        super().__init__(chart, message)
        self.chart, self.message = chart, message


def _rendered(
    todo: list[Page], store: ChartStore | None, job: RenderJob, executor: Executor, window: int
) -> Iterator[OutputFile | tuple[Diagnostic, ...]]:
    """One slice of pages rendered in order, their charts loaded (misses drawn) first."""
    from bulletin.charts.render import ChartError

    if not todo:
        return
    try:
        part = with_charts(todo, store)
    except ChartError as exc:
        raise _ChartFailed(exc.spec.id, exc.message) from None
    yield from executor.map(render_page, part, common=(job,), chunksize=PAGE_BATCH, window=window)


def other_files(
    config: SiteConfig,
    site: SiteData,
    site_map: Sequence[Page],
    pages: list[OutputFile],
    write: bool,
    diagnostics: list[Diagnostic],
    executor: Executor | None = None,
    sink: Sink | None = None,
) -> list[OutputFile]:
    """Static assets, the files beside the bulletins, and (unless there are errors) the file
    generators' outputs (downloads, feeds, sitemap, robots.txt) and, when writing, the finishers'
    (the search index). Their notes concern what a build publishes, so a check leaves them out.
    With a ``sink`` each file goes to it as it is made (a build writes it there and then, so the
    whole archive's downloads are never held at once) and what it returns is listed."""
    assets, found = collect_assets(config)
    diagnostics.extend(found)
    documents = [
        *((r.meta.path, r.document) for r in site.reports),
        *((p.path, p.document) for p in site.pages),
    ]
    media, found = media_files(config, documents)
    diagnostics.extend(found)
    static = {f.path for f in assets}  # a site's own static/robots.txt wins over the generated one
    files = assets + media
    if sink is not None:
        files = [kept for f in files if (kept := sink(f)) is not None]
    if not has_errors(diagnostics, False):
        made, found = file_outputs(site, site_map, static, sink=sink)
        if write:
            more, also = finish(site, pages, static, executor=executor, sink=sink)
            made, found = made + more, found + also
        files += made
        diagnostics.extend(d for d in found if write or d.severity is not Severity.INFO)
    return files


def stream_site(
    config: SiteConfig,
    site: SiteData,
    diagnostics: list[Diagnostic],
    executor: Executor,
    graph: BuildGraph,
    staging: Staging,
    step: Callable[[str], None],
) -> list[OutputFile]:
    """Render pages into the staging folder as they arrive, then the other files; the files as
    published (pages read from the output folder, not held in memory)."""

    def put(item: OutputFile) -> OutputFile:
        staged = staging.add(item, keep=graph.same(item))
        # Its digest goes along, so the search index need not read an unchanged page back.
        return replace(staged, digest=graph.digest(item.path))

    # the page generators run once, as the pages are rendered; file generators read the map they made
    staged, site_map = render_pages(config, site, iter_pages(site), diagnostics, executor, graph, put)
    # serve's quick saves keep the downloads as they were, as they keep the search index: the
    # whole archive's rows are encoded again (about a second at 1,000 bulletins) once the editor pauses
    site = replace(site, reuse=graph.keep_file if config.search == "previous" else graph.reuse_file)
    give_back()
    step("writing downloads, feeds and the search index")
    from bulletin.charts.render import ChartError

    def write(item: OutputFile) -> OutputFile | None:
        """Each file written as it is made: the client lets go of its bytes before the next."""
        try:
            return staging.add(item, keep=graph.same(item))
        except ChartError as exc:  # a link preview whose cache entry changed under the build
            diagnostics.append(task_failed(f"chart {exc.spec.id}", exc.message))
            return None

    # the index reads the staged pages
    written = other_files(config, site, site_map, staged, True, diagnostics, executor, write)
    give_back()
    diagnostics.extend(d for d in staging.problems if d not in diagnostics)
    out = config.output_dir
    return [OutputFile(f.path, b"", out.joinpath(*f.path.split("/"))) for f in (*staged, *written)]
