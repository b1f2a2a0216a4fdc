"""The editor's commands: ``serve``, ``new`` and ``init`` (registered on the ``bulletin`` group in cli.py)."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

import click
from rich.markup import escape

from bulletin.cli_support import EXIT_CONTENT, _console, _lang_option, _load, guarded, ui_language
from bulletin.core.errors import Severity
from bulletin.core.model import BuildResult
from bulletin.core.periods import PeriodError, parse_period
from bulletin.editor.progress import BuildDisplay
from bulletin.pipeline import load_reports
from bulletin.reporting import print_text, source_reader

__all__ = ["init_command", "new_command", "serve_command"]


@click.command("serve")
@click.argument("site_dir", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only by default)."
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port)."
)
@click.option("--open", "open_browser", is_flag=True, help="Open the site in the browser.")
@_lang_option
@guarded
def serve_command(
    site_dir: Path | None, host: str, port: int, open_browser: bool, ui_lang: str | None
) -> None:
    """Build, serve and rebuild on every save; the open page reloads by itself.

    Drafts are shown. Errors are printed here and shown in the browser until they are fixed.
    """
    from bulletin.editor.serve import serve

    config, found = _load(site_dir, drafts=True)
    lang = ui_language(ui_lang, config.language)
    console = _console()
    print_text(console, found, source_reader(config.root), lang)

    def on_build(result: BuildResult, seconds: float) -> None:
        problems = tuple(d for d in result.diagnostics if d.severity >= Severity.WARNING)
        # A fresh reader each time: the files change while serving.
        print_text(console, problems, source_reader(config.root), lang)
        if result.files:
            done = f"已更新（{seconds:.1f} 秒）" if lang == "zh-CN" else f"updated in {seconds:.1f}s"
            console.print(f"[green]{done}[/]")
        else:
            console.print(BuildDisplay.failed_line(result.diagnostics, lang))

    def on_ready(url: str) -> None:
        stop = "按 Ctrl-C 停止" if lang == "zh-CN" else "press Ctrl-C to stop"
        console.print(f"[bold]{url}[/] ({stop})", highlight=False)
        sys.stdout.flush()
        if open_browser:
            import webbrowser

            webbrowser.open(url)

    try:
        serve(config, host, port, lang, on_build=on_build, on_ready=on_ready)
    except OSError as exc:  # the port is taken, or the address is not this machine's
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    except KeyboardInterrupt:
        console.print("已停止" if lang == "zh-CN" else "stopped")


@click.command("new")
@click.argument("title", required=False)
@click.option(
    "--period", "period_code", required=True, help="Period code, e.g. 2024-H1, 2024-Q3, 2024-M01-M09."
)
@click.option("--region", help="Region (default: default_region in bulletin.yaml).")
@click.option("--date", "date_text", help="Publication date YYYY-MM-DD (default: today).")
@click.option(
    "--lang", type=click.Choice(["zh-CN", "en"]), help="Language of the bulletin (default: the site's)."
)
@click.option(
    "--site",
    "site_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Site folder (default: the current folder).",
)
@guarded
def new_command(
    title: str | None,
    period_code: str,
    region: str | None,
    date_text: str | None,
    lang: str | None,
    site_dir: Path | None,
) -> None:
    """Start a new bulletin from the site's template; never overwrites a file."""
    from bulletin.editor.scaffold import new_bulletin, placeholders

    config, _ = _load(site_dir)
    lang = lang or config.language
    zh = ui_language(None, lang) == "zh-CN"
    try:
        period = parse_period(period_code)
    except PeriodError as exc:
        raise click.BadParameter(f"{exc.message} ({exc.hint})" if exc.hint else exc.message) from None
    try:
        date = dt.date.fromisoformat(date_text) if date_text else dt.date.today()
    except ValueError:
        raise click.BadParameter("write the date like 2024-07-20", param_hint="--date") from None
    region = region or config.default_region
    if not region:
        raise click.UsageError("give --region, or set default_region in bulletin.yaml")
    title = title or (
        f"{period.label('zh')}经济运行情况" if lang == "zh-CN" else f"{period.label('en')} economic review"
    )
    reports: tuple = ()
    if config.content_dir.is_dir():
        reports, _, _ = load_reports(replace(config, drafts=True))
    try:
        path = new_bulletin(config, title, period, region, date, lang, placeholders(reports, region, period))
    except FileExistsError as exc:
        where = Path(exc.filename or "").relative_to(config.root) if exc.filename else ""
        message = f"{where} 已存在，没有覆盖" if zh else f"{where} exists already; it was not overwritten"
        _console().print(f"[bold red]{escape(message)}[/]")
        sys.exit(EXIT_CONTENT)
    click.echo(path.relative_to(config.root).as_posix())


@click.command("init")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option("--title", default="经济运行公报", show_default=True, help="Site title.")
@click.option("--region", default="示例区", show_default=True, help="Default region of the bulletins.")
@guarded
def init_command(directory: Path, title: str, region: str) -> None:
    """Create a new site in DIRECTORY that builds at once (with a GitHub Pages workflow)."""
    from bulletin.editor.scaffold import init_site

    try:
        written = init_site(directory, title, region)
    except FileExistsError:
        _console().print(
            f"[bold red]{escape(str(directory))}: 不是空文件夹，没有改动 / not empty, nothing written[/]"
        )
        sys.exit(EXIT_CONTENT)
    for path in written:
        click.echo(path.relative_to(directory).as_posix())
    _console().print(f"下一步 / next: cd {escape(str(directory))} && bulletin serve")
