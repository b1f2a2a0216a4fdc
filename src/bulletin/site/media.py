"""Images and attachments beside the Markdown: checked under the link policy, copied into files/.

Contract: ``media_files(config, documents)`` -> ``(files, diagnostics)``. ``documents`` are
(Markdown path, Document) pairs; each of their ``refs`` (content/localrefs.py) must be a regular
file inside content/, reached by no link that leaves the site, with a name that can be published.
Every problem names the Markdown file and the line of the reference. An SVG must pass the same
allow-list as the charts (charts/svgsafe.py): opened from the site, a script in it would run on
the site's own address. Files are copied by streaming, as static/ files are.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from bulletin.charts.svgsafe import is_safe_svg
from bulletin.content.localrefs import CONTENT, published_path
from bulletin.core.document import Document
from bulletin.core.errors import Diagnostic, Location, error
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.core.safefs import display_name, link_problem, not_regular, read_regular, unreadable

__all__ = ["MAX_SVG_BYTES", "media_files"]

MAX_SVG_BYTES = 5 * 1024 * 1024  # an SVG is read whole to be checked


def _bad_name(rel: str) -> bool:
    return (
        ":" in rel
        or "\\" in rel
        or display_name(rel) != rel
        or any(p.startswith(".") for p in rel.split("/"))
    )


def _check(config: SiteConfig, target: str, where: Location) -> tuple[OutputFile | None, Diagnostic | None]:
    shown = display_name(target)
    if not target.startswith(CONTENT) or target == CONTENT.rstrip("/"):
        return None, error(
            "E113",
            f"'{shown}' is outside content/",
            where,
            "only files inside content/ are published: copy the file beside the bulletin "
            "and link to it by its name",
        )
    if _bad_name(target):
        return None, error(
            "E110",
            f"'{shown}' cannot be published under this name "
            "(':', '\\\\', control, bidi or invisible characters)",
            where,
            "rename the file with letters, digits, '-', '_' and '.'",
        )
    path = config.root / target
    problem = link_problem(path, config.root, target)
    if problem is not None:
        return None, replace(problem, location=where)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None, error(
            "E112",
            f"'{shown}' does not exist",
            where,
            "check the file name (and its case), or put the file beside the bulletin",
        )
    except OSError as exc:
        return None, replace(unreadable(target, exc), location=where)
    if not stat.S_ISREG(mode):
        return None, replace(not_regular(target), location=where)
    if target.lower().endswith(".svg"):
        data, _, unread = read_regular(path, target, MAX_SVG_BYTES)
        if data is None:
            return None, replace(unread, location=where) if unread else None
        if len(data) > MAX_SVG_BYTES or not is_safe_svg(data.decode("utf-8", "replace")):
            return None, error(
                "E114",
                f"'{shown}' is an SVG that is not safe to publish",
                where,
                "export the drawing again as plain SVG (no scripts or external links), or as PNG",
            )
    return OutputFile(published_path(target), b"", Path(path)), None


def media_files(
    config: SiteConfig, documents: Iterable[tuple[str, Document]]
) -> tuple[list[OutputFile], list[Diagnostic]]:
    files: dict[str, OutputFile] = {}
    found: list[Diagnostic] = []
    checked: dict[str, tuple[OutputFile | None, Diagnostic | None]] = {}
    for source, document in documents:
        for target, line in document.refs:
            where = Location(source, line)
            if target not in checked:
                checked[target] = _check(config, target, where)
            item, problem = checked[target]
            if item is not None:
                files[item.path] = item
            elif problem is not None:
                found.append(replace(problem, location=where))
    return [files[p] for p in sorted(files)], found
