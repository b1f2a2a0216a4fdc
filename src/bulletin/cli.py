"""The ``bulletin`` command: build, check, extract; serve, new and init (in editor/commands.py).

Exit codes: 0 success; 1 content errors (or warnings with --strict);
2 usage errors; 3 an internal error (a bug: please report it);
130 interrupted. Content problems are printed as diagnostics, never as a
traceback; a traceback is shown only for internal errors with --debug.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.console import Console

from bulletin import __version__
from bulletin.cli_support import (
    EXIT_CONTENT,
    _console,
    _emit,
    _lang_option,
    _load,
    _quiet_option,
    _verbose_option,
    guarded,
    ui_language,
)
from bulletin.core.errors import has_errors, sorted_diagnostics
from bulletin.core.measure import stated
from bulletin.core.model import Report
from bulletin.core.recall import keep_last_build
from bulletin.data.export import report_rows, to_csv, to_json
from bulletin.editor.commands import init_command, new_command, serve_command
from bulletin.editor.progress import BuildDisplay
from bulletin.pipeline import Progress, build, check
from bulletin.reporting import print_text, source_reader, summary_line


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bulletin")
@click.option("--debug", is_flag=True, help="Show a traceback for internal errors.")
def main(debug: bool) -> None:
    """Static report sites for economic bulletins that understand the figures in them."""
    if debug:
        os.environ["BULLETIN_DEBUG"] = "1"


_site_dir = click.argument("site_dir", required=False, type=click.Path(path_type=Path, file_okay=False))


@main.command("build")
@_site_dir
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Output folder (default: SITE_DIR/site)."
)
@click.option("--drafts", is_flag=True, help="Include bulletins marked draft: true.")
@click.option("--base-url", help="Override base_url, e.g. /reports/ or https://example.org/reports/.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Local worker processes (default: CPU count).")
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    help="Where tasks run: local processes (default) or a Dask cluster (pip install 'bulletin[dask]').",
)
@click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler, e.g. tcp://HOST:8786.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "github"]),
    default="text",
    show_default=True,
    help="How to print the problems (github: annotations for GitHub Actions).",
)
@_lang_option
@_quiet_option
@_verbose_option
@click.option("--force", is_flag=True, help="Ignore the build cache: read and render everything again.")
@guarded
def build_command(
    site_dir: Path | None,
    output: Path | None,
    drafts: bool,
    base_url: str | None,
    strict: bool,
    jobs: int | None,
    executor: str | None,
    scheduler: str | None,
    fmt: str,
    ui_lang: str | None,
    quiet: bool,
    verbose: bool,
    force: bool,
) -> None:
    """Build the site from SITE_DIR/content into SITE_DIR/site."""
    config, found = _load(
        site_dir,
        output_dir=output,
        base_url=base_url,
        drafts=drafts,
        jobs=jobs,
        executor=executor,
        scheduler=scheduler,
    )
    lang = ui_language(ui_lang, config.language)
    if strict or force:
        from dataclasses import replace

        config = replace(config, strict=strict, force=force)
    console = _console()
    keep_last_build(False)  # one build per process: nothing is kept for a next one
    with BuildDisplay(console, config, enabled=fmt == "text" and not quiet) as display:
        result = build(config, progress=Progress(step=display.step))
    diagnostics = sorted_diagnostics((*found, *result.diagnostics))
    shown = tuple(d for d in diagnostics if d.severity.label == "error") if quiet else diagnostics
    _emit(shown, fmt, config.root, lang, verbose)
    if has_errors(diagnostics, strict) or not result.files:
        console.print(display.failed_line(diagnostics, lang))
        sys.exit(EXIT_CONTENT)
    console.print(display.summary_line(result, diagnostics, lang))


@main.command("check")
@_site_dir
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
    help="How to print the problems.",
)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--drafts", is_flag=True, help="Check draft bulletins too (they are checked by default).")
@_lang_option
@_quiet_option
@_verbose_option
@guarded
def check_command(
    site_dir: Path | None,
    fmt: str,
    strict: bool,
    drafts: bool,
    ui_lang: str | None,
    quiet: bool,
    verbose: bool,
) -> None:
    """Check every bulletin without writing a site."""
    del drafts  # drafts are always checked: an editor wants to know before publishing
    config, found = _load(site_dir, fmt, drafts=True)
    lang = ui_language(ui_lang, config.language)
    keep_last_build(False)
    result = check(config)
    diagnostics = sorted_diagnostics((*found, *result.diagnostics))
    shown = tuple(d for d in diagnostics if d.severity.label == "error") if quiet else diagnostics
    _emit(shown, fmt, config.root, lang, verbose)
    if fmt == "text":
        n = len(result.reports)
        checked = f"检查了 {n} 篇公报" if lang == "zh-CN" else f"checked {_count(n, 'bulletin')}"
        _console().print(f"{checked}: {summary_line(diagnostics, lang)}")
    if has_errors(diagnostics, strict):
        sys.exit(EXIT_CONTENT)


@main.command("extract")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="How to print the indicator table.",
)
@click.option(
    "--site",
    "site_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Site folder, for bulletin.yaml and content/indicators.yaml (default: found from FILE).",
)
@click.option(
    "--front-matter",
    "front_matter",
    is_flag=True,
    help="Print the table as an indicators: list to paste into the front-matter.",
)
@_lang_option
@guarded
def extract_command(
    file: Path, fmt: str, site_dir: Path | None, ui_lang: str | None, front_matter: bool = False
) -> None:
    """Print the indicator table read from one bulletin FILE (front-matter and prose merged).

    Conflicts between the front-matter and the text are shown, not fatal, so an
    editor can see what the parser read.
    """
    from bulletin.read import parse_file

    root = (site_dir or _find_site_root(file)).resolve()
    config, _ = _load(root)
    report, diagnostics = parse_file(file.resolve(), config)
    rows = report_rows(report) if report else []
    if front_matter and report is not None:
        from bulletin.data.declare import front_matter_yaml

        click.echo(front_matter_yaml(report), nl=False)
    elif fmt == "json":
        click.echo(to_json(rows).decode("utf-8"), nl=False)
    elif fmt == "csv":
        click.echo(to_csv(rows).decode("utf-8-sig"), nl=False)
    elif report is not None:
        _print_table(report)
    print_text(_console(), diagnostics, source_reader(config.root), ui_language(ui_lang, config.language))
    if report is None:
        sys.exit(EXIT_CONTENT)


def _print_table(report: Report) -> None:
    from rich.cells import cell_len
    from rich.table import Table

    meta = report.meta
    table = Table(
        title=f"{meta.title} · {meta.period.label(meta.lang)} · {meta.region}", title_justify="left"
    )
    for header, justify in (
        ("indicator", "left"),
        ("period", "left"),
        ("value", "right"),
        ("unit", "left"),
        ("yoy %", "right"),
        ("change pp", "right"),
        ("rank", "right"),
        ("source", "left"),
        ("line", "right"),
    ):
        table.add_column(header, justify=justify, overflow="fold")  # type: ignore[arg-type]
    # On a narrow terminal the other columns wrap; the indicator's name stays whole.
    widest = max((cell_len(r.name) for r in report.indicators), default=9)
    table.columns[0].min_width = min(widest, 30)
    for row in report.indicators:
        rank = "" if row.rank is None else f"{row.rank}" + (f"/{row.rank_of}" if row.rank_of else "")
        table.add_row(
            row.name,
            row.period.code,
            stated(row.value, row.quantity.decimals if row.quantity else None),
            row.unit,
            "" if row.yoy_pct is None else f"{row.yoy_pct:+g}",
            "" if row.change is None else f"{row.change.points:+g} {row.change.of} ({row.change.base.code})",
            rank,
            row.source,
            str(row.line),
        )
    console = _stdout_console()
    console.print(table)
    if not report.indicators:
        console.print("no figures found")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def _stdout_console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _find_site_root(file: Path) -> Path:
    """The nearest folder above FILE that has bulletin.yaml or content/, else FILE's folder."""
    for parent in file.resolve().parents:
        if (parent / "bulletin.yaml").is_file() or (
            (parent / "content").is_dir() and file.resolve().is_relative_to(parent / "content")
        ):
            return parent
    return file.resolve().parent


# The editor's commands live in their own package; registered here so `bulletin --help` lists them.
for _command in (serve_command, new_command, init_command):
    main.add_command(_command)
