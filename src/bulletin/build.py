"""The orchestrator: content folder in, site folder out. Read it top to bottom.

    load_config → load_sources → parse_report (per file) → check_reports
      → build_dataset → plan and render charts → assemble_pages → render_pages → write_site

Every stage returns its diagnostics as data. If any is an error (or a
warning under --strict), nothing is written and the old site stays.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import Catalog, load_catalog
from .errors import ContentError, Diagnostic, Location, error, has_errors, sorted_diagnostics
from .model import BuildResult, OutputFile, Report, SiteConfig
from .output import check_output_dir, check_paths, write_site
from .pages import SiteView, assemble_pages
from .parse import parse_report
from .render import Renderer, theme_dir
from .sources import load_sources

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
    return tuple(reports), catalog, diagnostics


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
            if path.is_file() and not path.is_symlink() and not any(p.startswith(".") for p in path.parts):
                files[path.relative_to(config.static_dir).as_posix()] = path.read_bytes()
    return [OutputFile(p, data) for p, data in sorted(files.items())]


def _render(
    config: SiteConfig, reports: tuple[Report, ...], diagnostics: list[Diagnostic]
) -> list[OutputFile]:
    site = SiteView(config.title, config.description, config.base_url, config.language, config.languages)
    renderer = Renderer(config, site)
    files = []
    for page in assemble_pages(config, reports):
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
    reports, _catalog, diagnostics = load_reports(config, progress)
    if has_errors(diagnostics, config.strict):
        return BuildResult((), sorted_diagnostics(diagnostics), reports)
    progress.step("rendering pages")
    files = _render(config, reports, diagnostics) + _assets(config)
    diagnostics.extend(check_paths(files))
    result_files = tuple(sorted(files, key=lambda f: f.path))
    if has_errors(diagnostics, config.strict) or not write:
        return BuildResult(result_files if not write else (), sorted_diagnostics(diagnostics), reports)
    progress.step(f"writing {len(result_files)} files")
    try:
        write_site(result_files, config)
    except ContentError as exc:
        diagnostics.extend(exc.diagnostics)
        return BuildResult((), sorted_diagnostics(diagnostics), reports)
    stats = {"seconds": time.perf_counter() - started, "pages": float(len(result_files))}
    return BuildResult(result_files, sorted_diagnostics(diagnostics), reports, stats)


def check(config: SiteConfig) -> BuildResult:
    """Everything a build checks, without writing anything."""
    return build(config, write=False)


def site_root(path: Path | None) -> Path:
    """The site folder given on the command line, or the current folder."""
    return (path or Path.cwd()).resolve()
