"""The orchestrator: content folder in, site folder out. Read it top to bottom.

    load_config → load_sources → parse_report (per file) → check_reports → build_dataset
      → plan_charts → render_charts → page generators → render pages
      → file generators, finishers → write_site

Every output comes from the registry in site/generators.py.

Every stage returns its diagnostics as data. If any is an error (or a
warning under --strict), nothing is written and the old site stays.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bulletin.cache import read_reports
from bulletin.content.catalog import Catalog, load_catalog
from bulletin.content.plainpage import read_pages, split_pages
from bulletin.content.sources import load_sources
from bulletin.core.errors import (
    ContentError,
    Diagnostic,
    Location,
    error,
    has_errors,
    sorted_diagnostics,
)
from bulletin.core.executors import Executor, ExecutorUnavailable, InlineExecutor, TaskError, open_executor
from bulletin.core.model import BuildResult, ReadOptions, Report, SiteConfig, SourceFile
from bulletin.core.recall import keeping
from bulletin.core.slugs import path_segment
from bulletin.graph import BuildGraph
from bulletin.site.output import check_output_dir, check_paths, staged_site

# The site's modules (views, templates, pages, the search index) are imported only once a build
# knows it has work to do: a no-op rebuild at 1,000 bulletins spent ~0.1 s importing them.
if TYPE_CHECKING:  # pandas is imported only when a build gets that far
    from bulletin.charts.plan import ChartPlan
    from bulletin.charts.spec import ChartSpec
    from bulletin.charts.store import ChartRef, ChartStore

__all__ = ["Progress", "build", "check", "check_reports", "load_reports"]


@dataclass
class Progress:
    """Where a build reports how far it got; the CLI passes one that drives a rich display."""

    step: Callable[[str], None] = field(default=lambda message: None)


def read_report(
    source: SourceFile, catalog: Catalog, options: ReadOptions | None = None
) -> tuple[Report | None, tuple[Diagnostic, ...]]:
    """The reading stage (bulletin.read), imported on the first file that is not in the read cache:
    the extractor's modules take a fifth of a second to import, which a no-op build never needs.
    The reports are the site's: without the text blocks and mentions only reading needs."""
    from bulletin.read import read_for_site as read

    return read(source, catalog, options)


def check_reports(reports: Iterable[Report]) -> tuple[Diagnostic, ...]:
    """Checks across bulletins: two files must not share a slug."""
    seen: dict[str, Report] = {}
    found = []
    for report in reports:
        first = seen.setdefault(report.slug, report)
        if first is not report:
            found.append(
                error(
                    "E212",
                    f"slug '{report.slug}' is already used by {first.meta.path}",
                    Location(report.meta.path, report.meta.line),
                    "give one of them a different slug: in its front-matter or by renaming the file",
                    related=Location(first.meta.path, first.meta.line),
                )
            )
    return tuple(found)


def load_reports(
    config: SiteConfig, progress: Progress | None = None, executor: Executor | None = None
) -> tuple[tuple[Report, ...], Catalog, list[Diagnostic]]:
    """Read and parse every bulletin (on ``executor``, default this process); drafts only if included."""
    progress = progress or Progress()
    catalog, sources, _, diagnostics = _sources(config, progress)
    reports = _parse(config, catalog, sources, diagnostics, progress, executor or InlineExecutor())
    return reports, catalog, diagnostics


def _sources(
    config: SiteConfig, progress: Progress
) -> tuple[Catalog, tuple[SourceFile, ...], tuple[SourceFile, ...], list[Diagnostic]]:
    """The catalogue, the bulletins' files, the plain pages' files, and the problems so far."""
    diagnostics: list[Diagnostic] = []
    catalog, found = load_catalog(config.root)
    diagnostics.extend(found)
    progress.step("reading content")
    sources, found = load_sources(config)
    diagnostics.extend(found)
    pages, bulletins = split_pages(sources)
    diagnostics.extend(_no_content(config, bulletins, found))
    return catalog, bulletins, pages, diagnostics


def _parse(
    config: SiteConfig,
    catalog: Catalog,
    sources: tuple[SourceFile, ...],
    diagnostics: list[Diagnostic],
    progress: Progress,
    executor: Executor,
) -> tuple[Report, ...]:
    """The reports kept; cached reads are not redone."""
    from bulletin.extract.merge import unify_names
    from bulletin.stream import task_failed

    progress.step(f"parsing {len(sources)} bulletins")
    # Files are parsed in chunks of at least READ_CHUNK: one file takes milliseconds, a round trip
    # to a worker is not free, and a small site stays in this process.
    chunk = max(READ_CHUNK, len(sources) // 64)
    try:
        results, _, _ = read_reports(
            sources, config, catalog, executor, chunk, use_cache=not config.force, parse=read_report
        )
    except TaskError as exc:
        diagnostics.append(task_failed(sources[exc.index].path, exc.message))
        return ()
    reports = []
    for report, found in results:
        diagnostics.extend(found)
        if report is not None and (config.drafts or not report.meta.draft):
            reports.append(report)
    diagnostics.extend(check_reports(reports))
    return unify_names(unify_regions(reports), catalog)


READ_CHUNK = 16
# From this many bulletins a build starts its pool at once, in the background: drawing an edited
# chart or rendering a slice of pages would otherwise wait for it (a small site may never need it).
WARM_AT = 200


def _no_content(
    config: SiteConfig, sources: Sequence[SourceFile], found: Sequence[Diagnostic]
) -> list[Diagnostic]:
    """A site with nothing to publish is a mistake (a wrong folder, say), not "0 bulletins, no problems"."""
    if not config.content_dir.is_dir():
        return [
            error(
                "E106",
                f"there is no content/ folder in {config.root.name or config.root}",
                Location("content"),
                f"create content/ and put the bulletins in it, or run: bulletin init {config.root.name}",
            )
        ]
    if not sources and not found:
        return [
            error(
                "E111",
                "there is no bulletin in content/",
                Location("content"),
                "add a bulletin, e.g. with: bulletin new 上半年经济运行情况 --period 2023-H1",
            )
        ]
    return []


def unify_regions(reports: Iterable[Report]) -> tuple[Report, ...]:
    """One spelling per region: 'A区' and 'a区' share a page and a series (the first in sorted order wins)."""
    reports = tuple(reports)
    spelling: dict[str, str] = {}
    for name in sorted({r.meta.region for r in reports}):
        spelling.setdefault(path_segment(name), name)
    return tuple(
        r
        if spelling[path_segment(r.meta.region)] == r.meta.region
        else replace(r, meta=replace(r.meta, region=spelling[path_segment(r.meta.region)]))
        for r in reports
    )


def _charts(
    config: SiteConfig, plan: ChartPlan, render: bool, stats: dict[str, float], executor: Executor
) -> tuple[Mapping[str, tuple[ChartRef, str]], ChartStore | None]:
    """A reference and the alt text of every chart by spec id (made when a page asks), and the
    store that loads their SVG for the pages rendered (charts/store.py); nothing when only checking."""
    if not render or not plan:
        return {}, None
    from bulletin.charts.store import ChartStore, ChartViews

    # The plan checked the specs as it made them (ids unique, kinds known) and holds none of
    # them: the store has each page's made again when the page's slice comes.
    store = ChartStore(plan, config.cache_dir, executor)
    stats["charts"] = float(len(plan))
    return ChartViews(store), store


def _previews(
    config: SiteConfig, specs: Iterable[ChartSpec], render: bool, stats: dict[str, float], executor: Executor
) -> Mapping[str, bytes]:
    """The link-preview PNGs by spec id (read when written), drawn through the same cache and
    executor as the charts."""
    specs = list(specs)
    if not render or not specs:
        return {}
    from bulletin.charts.preview import render_images

    result = render_images(specs, config.cache_dir, executor)
    stats.update(previews=float(len(specs)), preview_misses=float(result.misses))
    return result.images


def build(config: SiteConfig, write: bool = True, progress: Progress | None = None) -> BuildResult:
    """Build the site described by ``config``; write it only if everything is clean."""
    try:
        executor = open_executor(config.executor, config.jobs, config.scheduler, config.scheduler_timeout)
    except ExecutorUnavailable as exc:
        hint = "start the cluster (dask scheduler, dask worker) or build locally without --executor dask"
        return BuildResult((), (error("E801", str(exc), Location("bulletin.yaml"), hint),))
    with executor:
        return _build(config, write, progress or Progress(), executor)


def _build(config: SiteConfig, write: bool, progress: Progress, executor: Executor) -> BuildResult:
    started = time.perf_counter()
    if write:
        try:
            check_output_dir(config)
        except ContentError as exc:
            return BuildResult((), exc.diagnostics)
    catalog, sources, page_sources, diagnostics = _sources(config, progress)
    graph = BuildGraph(config, (*sources, *page_sources), diagnostics, not config.force) if write else None
    if graph is not None and not has_errors(diagnostics, config.strict) and graph.unchanged():
        # Nothing to do: the site on disk is this build's. Reports are not even loaded (a
        # no-op result has none; stats carry their number).
        noop = {**graph.previous.stats, "seconds": time.perf_counter() - started, "unchanged": 1.0}
        return BuildResult(graph.previous_files(), graph.diagnostics, (), noop)
    if len(sources) >= WARM_AT:  # an archive's edit needs the pool within a second or two
        executor.warm()
    from bulletin.site.bodies import shelve_bodies
    from bulletin.site.pagelinks import check_page_links
    from bulletin.site.pages import SiteData, iter_pages, sorted_reports
    from bulletin.site.state import by_region
    from bulletin.stream import other_files, render_pages, stream_site, task_failed

    reports = _parse(config, catalog, sources, diagnostics, progress, executor)
    plain, found = read_pages(page_sources, config.read_options, config.drafts)
    diagnostics.extend(found)
    diagnostics.extend(check_page_links(reports, plain, {s.path for s in (*sources, *page_sources)}))
    del sources, page_sources  # every file's text: read, and not needed again
    if has_errors(diagnostics, config.strict):
        return BuildResult((), sorted_diagnostics(diagnostics), reports)
    bodies = None
    if not keeping():  # one build in this process: the bodies wait on disk for their pages
        reports, bodies = shelve_bodies(reports)

    progress.step("building the dataset")
    from bulletin.cache import dataset_parts
    from bulletin.charts.plan import plan_charts
    from bulletin.data.publish import Publication

    dataset = dataset_parts(reports, catalog, config, use_cache=not config.force)
    diagnostics.extend(dataset.diagnostics)
    # The data contract's rows are the reports' tables in sort_rows order (tests/test_contract_rows.py):
    # a one-shot build lets go of the dataset's and the downloads make them when they are written;
    # serve keeps them, so its next build finds unchanged downloads by their identity.
    rows = dataset.rows if keeping() else None
    dataset = dataset._replace(rows=())
    if has_errors(diagnostics, config.strict):
        return BuildResult((), sorted_diagnostics(diagnostics), reports)

    ordered = sorted_reports(reports)
    plan = plan_charts(
        reports,
        dataset.histories,
        config.languages,
        config.title,
        [regional[0] for regional in by_region(ordered, config.default_region).values()],
    )
    from bulletin.charts.preview import plan_previews

    previews = plan_previews(reports, dataset.histories, config.languages, config.title)
    stats: dict[str, float] = {}
    progress.step(f"rendering {len(plan)} charts" if write else "checking pages")
    from bulletin.charts.render import ChartError

    try:
        charts, store = _charts(config, plan, write, stats, executor)
        images = _previews(config, previews.values(), write, stats, executor)
    except ChartError as exc:
        diagnostics.append(task_failed(f"chart {exc.spec.id}", exc.message))
        return BuildResult((), sorted_diagnostics(diagnostics), reports, stats)

    progress.step("rendering pages")
    site = SiteData(
        config,
        reports,
        dataset.histories,
        plan,
        charts,
        catalog,
        dataset.comparisons,
        chart_store=store,
        rows=rows,
        default_region=config.default_region,
        publication=Publication(config.title, config.site_url or config.base_path, config.license),
        previews=previews,
        images=images,
        pages=plain,
        language=config.language,
        bodies=bodies,
    )
    if not write:
        pages, site_map = render_pages(config, site, iter_pages(site), diagnostics, executor)
        files = pages + other_files(config, site, site_map, pages, False, diagnostics)
        diagnostics.extend(check_paths(files))
        return BuildResult(
            tuple(sorted(files, key=lambda f: f.path)), sorted_diagnostics(diagnostics), reports, stats
        )
    assert graph is not None  # write is True here
    try:
        with staged_site(config, notify=progress.step) as staging:
            files = stream_site(config, site, diagnostics, executor, graph, staging, progress.step)
            if has_errors(diagnostics, config.strict):
                return BuildResult((), sorted_diagnostics(diagnostics), reports, stats)
            staging.commit(keep_marker=graph.linked > 0)
    except ContentError as exc:
        diagnostics.extend(d for d in exc.diagnostics if d not in diagnostics)
        return BuildResult((), sorted_diagnostics(diagnostics), reports, stats)
    finally:
        if store is not None:  # only the charts of the pages rendered were read or drawn
            stats.update(chart_hits=store.hits, chart_misses=store.misses, chart_seconds=store.seconds)
    result_files = tuple(sorted(files, key=lambda f: f.path))
    stats.update(
        seconds=time.perf_counter() - started,
        files=float(len(result_files)),
        bulletins=float(len(reports)),
        pages_reused=float(graph.reused),
        files_kept=float(graph.linked),
    )
    if config.search == "previous":
        stats["search_stale"] = 1.0  # the index may predate these pages: a fresh build indexes again
    graph.save(sorted_diagnostics(diagnostics), stats)
    return BuildResult(result_files, sorted_diagnostics(diagnostics), reports, stats)


def check(config: SiteConfig) -> BuildResult:
    """Everything a build checks, without rendering charts or writing anything."""
    return build(config, write=False)
