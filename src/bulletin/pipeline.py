"""The orchestrator: content folder in, site folder out. Read it top to bottom.

    load_config → load_sources → parse_report (per file) → check_reports → build_dataset
      → plan_charts → render_charts → assemble_pages → render pages → write_site

Every stage returns its diagnostics as data. If any is an error (or a
warning under --strict), nothing is written and the old site stays.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bulletin.content.catalog import Catalog, load_catalog
from bulletin.content.sources import load_sources
from bulletin.core.errors import ContentError, Diagnostic, Location, error, has_errors, sorted_diagnostics
from bulletin.core.model import BuildResult, OutputFile, Report, SiteConfig
from bulletin.core.slugs import path_segment
from bulletin.extract.merge import unify_names
from bulletin.read import parse_report
from bulletin.site.generators import file_outputs
from bulletin.site.output import check_output_dir, check_paths, write_site
from bulletin.site.pages import SiteData, SiteView, assemble_pages, sorted_reports
from bulletin.site.render import Renderer, theme_dir
from bulletin.site.state import by_region

if TYPE_CHECKING:  # pandas is imported only when a build gets that far
    from bulletin.charts.plan import ChartPlan

__all__ = ["Progress", "build", "check", "check_reports", "load_reports"]


@dataclass
class Progress:
    """Where a build reports how far it got; the CLI passes one that drives a rich display."""

    step: Callable[[str], None] = field(default=lambda message: None)


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
    config: SiteConfig, progress: Progress | None = None
) -> tuple[tuple[Report, ...], Catalog, list[Diagnostic]]:
    """Read and parse every bulletin; drafts are dropped unless the config includes them."""
    progress = progress or Progress()
    diagnostics: list[Diagnostic] = []
    catalog, found = load_catalog(config.root)
    diagnostics.extend(found)
    progress.step("reading content")
    sources, found = load_sources(config)
    diagnostics.extend(found)
    progress.step(f"parsing {len(sources)} bulletins")
    reports = []
    for source in sources:
        report, found = parse_report(source, config, catalog)
        diagnostics.extend(found)
        if report is not None and (config.drafts or not report.meta.draft):
            reports.append(report)
    diagnostics.extend(check_reports(reports))
    return unify_names(unify_regions(reports), catalog), catalog, diagnostics


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


def _assets(config: SiteConfig) -> list[OutputFile]:
    """Theme assets (a site's templates/assets/ overrides by file name) and the site's static/ files."""
    files: dict[str, bytes] = {}
    for folder in (theme_dir() / "assets", config.templates_dir / "assets"):
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.is_file() and not path.name.startswith("."):
                    files[f"assets/{path.name}"] = path.read_bytes()
    if config.static_dir.is_dir():
        for path in sorted(config.static_dir.rglob("*")):
            rel = path.relative_to(config.static_dir)
            if path.is_file() and not path.is_symlink() and not any(p.startswith(".") for p in rel.parts):
                files[rel.as_posix()] = path.read_bytes()
    return [OutputFile(p, data) for p, data in sorted(files.items())]


def _charts(
    config: SiteConfig, plan: ChartPlan, render: bool, stats: dict[str, float]
) -> dict[str, tuple[str, str]]:
    """Rendered charts (SVG, alt text) by spec id; empty when only checking."""
    if not render or not plan.specs:
        return {}
    from bulletin.charts.alttext import describe
    from bulletin.charts.render import render_charts

    result = render_charts(plan.specs, config.cache_dir, config.jobs)
    stats.update(
        charts=float(len(plan.specs)),
        chart_hits=float(result.hits),
        chart_misses=float(result.misses),
        chart_seconds=result.seconds,
    )
    return {spec.id: (result.svgs[spec.id], describe(spec)) for spec in plan.specs}


def _aliases(config: SiteConfig, site: SiteData) -> list[tuple[str, str, str, str]]:
    """Search records of the indicators: every catalogue name and alias finds the indicator's page."""
    out = []
    for lang in config.languages:
        for h in site.histories:
            entry = site.catalog.entry_for(h.name) if site.catalog else None
            words = " ".join(dict.fromkeys([h.name, h.name_en, *(entry.aliases if entry else ())]))
            out.append((lang, f"indicators/{h.slug}/", h.name if lang.startswith("zh") else h.name_en, words))
    return out


def _discovery(
    config: SiteConfig, site: SiteData, pages: list[OutputFile], write: bool, diagnostics: list[Diagnostic]
) -> list[OutputFile]:
    """Feeds, sitemap, robots.txt and (when writing) the search index over the rendered pages."""
    from bulletin.site.discovery import discovery_files
    from bulletin.site.search import search_files

    files, found = discovery_files(config, site.reports, assemble_pages(config, site))
    diagnostics.extend(found)
    if write:
        index, found = search_files(config, pages, _aliases(config, site))
        files += index
        diagnostics.extend(found)
    return files


def _render(config: SiteConfig, site: SiteData, diagnostics: list[Diagnostic]) -> list[OutputFile]:
    view = SiteView(
        config.title,
        config.description,
        config.base_url,
        config.language,
        config.languages,
        has_indicators=bool(site.histories),
        has_regions=len({r.meta.region for r in site.reports}) > 1,
        updated=max((r.meta.date for r in site.reports), default=None) if config.show_updated else None,
    )
    renderer = Renderer(config, view)
    files = []
    for page in assemble_pages(config, site):
        try:
            files.append(renderer.render(page))
        except ContentError as exc:
            diagnostics.extend(d for d in exc.diagnostics if d not in diagnostics)
    return files


def build(config: SiteConfig, write: bool = True, progress: Progress | None = None) -> BuildResult:
    """Build the site described by ``config``; write it only if everything is clean."""
    progress = progress or Progress()
    started = time.perf_counter()
    if write:
        try:
            check_output_dir(config)
        except ContentError as exc:
            return BuildResult((), exc.diagnostics)
    reports, catalog, diagnostics = load_reports(config, progress)
    if has_errors(diagnostics, config.strict):
        return BuildResult((), sorted_diagnostics(diagnostics), reports)

    progress.step("building the dataset")
    from bulletin.charts.plan import plan_charts
    from bulletin.data.dataset import build_dataset
    from bulletin.data.export import derived_rows
    from bulletin.data.publish import Publication

    dataset = build_dataset(reports, catalog)
    diagnostics.extend(dataset.diagnostics)
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
    stats: dict[str, float] = {}
    progress.step(f"rendering {len(plan.specs)} charts" if write else "checking pages")
    charts = _charts(config, plan, write, stats)

    progress.step("rendering pages")
    site = SiteData(
        reports,
        dataset.histories,
        plan,
        charts,
        catalog,
        dataset.comparisons,
        rows=tuple(dataset.rows),
        derived=derived_rows(dataset.histories),
        default_region=config.default_region,
        publication=Publication(config.title, config.site_url or config.base_path, config.license),
    )
    pages = _render(config, site, diagnostics)
    files = pages + _assets(config) + list(file_outputs(site))
    if not has_errors(diagnostics, False):
        progress.step("indexing for search" if write else "checking discovery files")
        files += _discovery(config, site, pages, write, diagnostics)
    diagnostics.extend(check_paths(files))
    result_files = tuple(sorted(files, key=lambda f: f.path))
    if has_errors(diagnostics, config.strict) or not write:
        return BuildResult(result_files if not write else (), sorted_diagnostics(diagnostics), reports, stats)

    progress.step(f"writing {len(result_files)} files")
    try:
        write_site(result_files, config)
    except ContentError as exc:
        diagnostics.extend(exc.diagnostics)
        return BuildResult((), sorted_diagnostics(diagnostics), reports, stats)
    stats.update(seconds=time.perf_counter() - started, files=float(len(result_files)))
    return BuildResult(result_files, sorted_diagnostics(diagnostics), reports, stats)


def check(config: SiteConfig) -> BuildResult:
    """Everything a build checks, without rendering charts or writing anything."""
    return build(config, write=False)
