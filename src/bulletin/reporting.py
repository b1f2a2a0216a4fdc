"""Diagnostics for people and machines: terminal text, JSON, GitHub annotations.

Contract: formatting only. ``format_text`` quotes the offending source line
under each message (read from the site folder, best effort);
``format_json`` and ``format_github`` are stable, machine-readable forms.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from bulletin.core.errors import Diagnostic, Location, Severity
from bulletin.core.messages import translate, translate_hint

__all__ = ["format_github", "format_json", "localize", "print_text", "source_reader", "summary_line"]

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_LABEL_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


def localize(d: Diagnostic, lang: str) -> tuple[str, str | None]:
    """A diagnostic's message and hint in the editor's language (zh-CN or en)."""
    return translate(d.code, d.message, lang), translate_hint(d.hint, lang)


def _label(severity: Severity, lang: str) -> str:
    return _LABEL_ZH[severity] if lang == "zh-CN" else severity.label


def source_reader(root: Path) -> Callable[[str, int], str | None]:
    """A function (path, line) -> that source line, reading each file at most once."""
    cache: dict[str, list[str] | None] = {}

    def read(path: str, line: int) -> str | None:
        if path not in cache:
            try:
                cache[path] = (root / path).read_text(encoding="utf-8-sig").splitlines()
            except (OSError, UnicodeDecodeError, ValueError):
                cache[path] = None
        lines = cache[path]
        if lines is None or not 1 <= line <= len(lines):
            return None
        return lines[line - 1]

    return read


def print_text(
    console: Console,
    diagnostics: Iterable[Diagnostic],
    read_line: Callable[[str, int], str | None] | None = None,
    lang: str = "en",
    verbose: bool = True,
) -> None:
    """``path:line:col: error E203: message`` with the source line and the hint under it.

    ``verbose=False`` leaves out notes (I-codes), which a build does not act on.
    """
    for d in diagnostics:
        if not verbose and d.severity is Severity.INFO:
            continue
        style = _STYLE[d.severity]
        message, hint = localize(d, lang)
        console.print(
            f"[bold]{escape(str(d.location))}[/]: [{style}]{_label(d.severity, lang)} {d.code}[/]: "
            f"{escape(message)}",
            highlight=False,
            soft_wrap=True,
        )
        _quote(console, read_line, d.location)
        if d.related is not None:
            see = "另见" if lang == "zh-CN" else "see also"
            console.print(f"  [dim]{see} {escape(str(d.related))}[/]", highlight=False)
            _quote(console, read_line, d.related)  # an E303 conflict shows both lines
        if hint:
            label = "提示：" if lang == "zh-CN" else "hint: "
            console.print(f"  [green]{label}[/]{escape(hint)}", highlight=False, soft_wrap=True)


def _quote(console: Console, read_line: Callable[[str, int], str | None] | None, where: Location) -> None:
    if not read_line or not where.line:
        return
    text = read_line(where.path, where.line)
    if text is not None:
        shown = text if len(text) <= 160 else text[:157] + "..."
        console.print(f"  [dim]{where.line:>5} |[/] {escape(shown)}", highlight=False, soft_wrap=True)


def summary_line(diagnostics: Iterable[Diagnostic], lang: str = "en") -> str:
    """'2 errors, 1 warning' (or 'no problems'); '2 个错误，1 个警告' in zh-CN."""
    items = list(diagnostics)
    errors = sum(d.severity is Severity.ERROR for d in items)
    warnings = sum(d.severity is Severity.WARNING for d in items)
    if lang == "zh-CN":
        zh = [f"{n} 个{what}" for n, what in ((errors, "错误"), (warnings, "警告")) if n]
        return "，".join(zh) or "没有问题"
    if not errors and not warnings:
        return "no problems"
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' * (errors != 1)}")
    if warnings:
        parts.append(f"{warnings} warning{'s' * (warnings != 1)}")
    return ", ".join(parts)


def format_json(diagnostics: Iterable[Diagnostic]) -> str:
    """A JSON array, one object per diagnostic."""
    return json.dumps(
        [
            {
                "severity": d.severity.label,
                "code": d.code,
                "message": d.message,
                "path": d.location.path,
                "line": d.location.line,
                "col": d.location.col,
                "hint": d.hint,
                "related": None if d.related is None else {"path": d.related.path, "line": d.related.line},
            }
            for d in diagnostics
        ],
        ensure_ascii=False,
        indent=2,
    )


def _escape_property(text: str) -> str:
    return (
        text.replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A")
        .replace(":", "%3A")
        .replace(",", "%2C")
    )


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def format_github(diagnostics: Iterable[Diagnostic], lang: str = "en") -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,title=…::message``."""
    out = []
    for d in diagnostics:
        text, hint = localize(d, lang)
        kind = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}[d.severity]
        props = [f"file={_escape_property(d.location.path)}"]
        if d.location.line:
            props.append(f"line={d.location.line}")
        if d.location.col:
            props.append(f"col={d.location.col}")
        props.append(f"title={_escape_property(d.code)}")
        label = "提示" if lang == "zh-CN" else "hint"
        message = text + (f" ({label}: {hint})" if hint else "")
        out.append(f"::{kind} {','.join(props)}::{_escape_data(message)}")
    return "\n".join(out)
