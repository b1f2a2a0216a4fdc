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
from bulletin.core.safefs import display_name, link_problem, read_regular

__all__ = [
    "format_github",
    "format_json",
    "localize",
    "print_text",
    "safe_text",
    "source_reader",
    "summary_line",
]

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_LABEL_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


def localize(d: Diagnostic, lang: str) -> tuple[str, str | None]:
    """A diagnostic's message and hint in the editor's language (zh-CN or en)."""
    return translate(d.code, d.message, lang), translate_hint(d.hint, lang)


def _label(severity: Severity, lang: str) -> str:
    return _LABEL_ZH[severity] if lang == "zh-CN" else severity.label


def safe_text(text: str) -> str:
    """Text for a terminal or a log: control (ESC/CSI, OSC 52 …), bidi and invisible characters escaped.

    Line breaks and tabs are kept; each format encodes them in its own way.
    """
    return "\n".join("\t".join(display_name(part) for part in line.split("\t")) for line in text.split("\n"))


def source_reader(root: Path) -> Callable[[str, int], str | None]:
    """A function (path, line) -> that source line, reading each file at most once."""
    cache: dict[str, list[str] | None] = {}

    def read(path: str, line: int) -> str | None:
        if path not in cache:
            # Quoted only under the link policy: a line of a linked secret is never printed.
            data: bytes | None = None
            if link_problem(root / path, root, path) is None:
                data = read_regular(root / path, path, 4 * 1024 * 1024)[0]
            try:
                # split on line ends only, as the sources are: splitlines() also splits at \x0c, \u2028 …
                text = None if data is None else data.decode("utf-8-sig")
                cache[path] = (
                    None if text is None else text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                )
            except (UnicodeDecodeError, ValueError):
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
            f"[bold]{escape(safe_text(str(d.location)))}[/]: "
            f"[{style}]{_label(d.severity, lang)} {d.code}[/]: "
            f"{escape(safe_text(message))}",
            highlight=False,
            soft_wrap=True,
        )
        _quote(console, read_line, d.location)
        if d.related is not None:
            see = "另见" if lang == "zh-CN" else "see also"
            console.print(f"  [dim]{see} {escape(safe_text(str(d.related)))}[/]", highlight=False)
            _quote(console, read_line, d.related)  # an E303 conflict shows both lines
        if hint:
            label = "提示：" if lang == "zh-CN" else "hint: "
            console.print(f"  [green]{label}[/]{escape(safe_text(hint))}", highlight=False, soft_wrap=True)


def _quote(console: Console, read_line: Callable[[str, int], str | None] | None, where: Location) -> None:
    if not read_line or not where.line:
        return
    text = read_line(where.path, where.line)
    if text is not None:
        # Escaped: a source line may carry ESC/CSI or OSC 52 sequences aimed at the terminal.
        text = display_name(text)
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
                "message": safe_text(d.message),
                "path": safe_text(d.location.path),
                "line": d.location.line,
                "col": d.location.col,
                "hint": None if d.hint is None else safe_text(d.hint),
                "related": None
                if d.related is None
                else {"path": safe_text(d.related.path), "line": d.related.line},
            }
            for d in diagnostics
        ],
        ensure_ascii=False,
        indent=2,
    )


def _escape_property(text: str) -> str:
    return (
        display_name(text)
        .replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A")
        .replace(":", "%3A")
        .replace(",", "%2C")
    )


def _escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return display_name(text)


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
