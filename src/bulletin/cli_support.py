"""What the ``bulletin`` commands share: clean exits, loading a site, printing problems, the UI language.

Kept apart from cli.py so the editor's commands (editor/commands.py) use it without importing cli.py back.
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape

from bulletin.content.config import load_config
from bulletin.core.errors import ContentError, Diagnostic, sorted_diagnostics
from bulletin.core.safefs import display_name
from bulletin.reporting import format_github, format_json, print_text, source_reader
from bulletin.site.output import repair_output

__all__ = ["EXIT_CONTENT", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "guarded", "ui_language"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CONTENT, EXIT_INTERNAL, EXIT_INTERRUPTED = 1, 3, 130


def _console() -> Console:
    return Console(stderr=True, highlight=False)


def guarded(func: F) -> F:
    """Turn interrupts and unexpected exceptions into clean exits."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KeyboardInterrupt:
            _console().print("[yellow]interrupted[/]: nothing was written; the previous site is unchanged")
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except OSError as exc:  # a file-system condition no stage foresaw: the input's fault, not a bug
            console = _console()
            name = display_name(str(exc.filename or "")) or "a file"
            console.print(
                f"[bold]{escape(name)}[/]: [bold red]error E108[/]: "
                f"{escape(exc.strerror or type(exc).__name__)}",
                highlight=False,
            )
            console.print("  [green]hint:[/] check that it exists and that the build may read and write it")
            if os.environ.get("BULLETIN_DEBUG"):
                console.print(traceback.format_exc(), markup=False)
            sys.exit(EXIT_CONTENT)
        except Exception as exc:  # a bug, not a content mistake
            console = _console()
            console.print(f"[bold red]internal error[/]: {type(exc).__name__}: {exc}")
            console.print(
                "this is a bug in bulletin, not in your content; please report it "
                "with the output of the same command run with --debug"
            )
            if os.environ.get("BULLETIN_DEBUG"):
                console.print(traceback.format_exc(), markup=False)
            sys.exit(EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


def _emit(
    diagnostics: tuple[Diagnostic, ...], fmt: str, root: Path, lang: str = "en", verbose: bool = True
) -> None:
    if fmt == "json":
        click.echo(format_json(diagnostics))
    elif fmt == "github":
        if diagnostics:
            click.echo(format_github(diagnostics, lang))
    else:
        print_text(_console(), diagnostics, source_reader(root), lang, verbose)


def ui_language(option: str | None, site_language: str) -> str:
    """Messages follow --lang, else BULLETIN_LANG, else the site's language (zh-CN by default)."""
    chosen = option or os.environ.get("BULLETIN_LANG") or site_language
    return "en" if chosen.lower().startswith("en") else "zh-CN"


_lang_option = click.option(
    "--lang",
    "ui_lang",
    type=click.Choice(["zh-CN", "en"]),
    help="Language of messages and hints (default: the site's language).",
)
_quiet_option = click.option("-q", "--quiet", is_flag=True, help="Print errors only, and the summary line.")
_verbose_option = click.option("-v", "--verbose", is_flag=True, help="Print notes (I-codes) too.")


def _load(site_dir: Path | None, fmt: str = "text", **overrides: Any) -> Any:
    root = (site_dir or Path.cwd()).resolve()
    if not root.is_dir():
        raise click.BadParameter(f"{root} is not a folder", param_hint="SITE_DIR")
    try:
        config, found = load_config(root, **overrides)
    except ContentError as exc:
        _emit(sorted_diagnostics(exc.diagnostics), fmt, root, ui_language(None, _raw_language(root)))
        sys.exit(EXIT_CONTENT)
    # Before anything looks at the site: finish or undo a swap a killed build left behind.
    if repair_output(config, notify=lambda message: _console().print(f"[yellow]{message}[/]")):
        _console().print(
            f"[yellow]repaired[/] {config.output_dir}: an interrupted build had left it half-swapped"
        )
    return config, found


def _raw_language(root: Path) -> str:
    """The language line of a bulletin.yaml that failed to load, for its own error messages."""
    import re

    try:
        text = (root / "bulletin.yaml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "zh-CN"
    found = re.search(r"^language:\s*([A-Za-z-]+)", text, re.MULTILINE)
    return found.group(1) if found else "zh-CN"
