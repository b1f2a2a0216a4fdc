"""Read the content folder: every bulletin file as checked, normalised text.

Stage contract: ``load_sources(config)`` -> ``(files, diagnostics)``. The only
stage that reads content from disk. Files come in a fixed order (sorted by
their NFC-normalised relative path) so a build never depends on the file
system's listing order. Text is UTF-8 with the BOM removed and line endings
normalised to ``\\n``; anything else is a diagnostic, never an exception.

Files and folders whose names start with ``_`` or ``.`` are not bulletins.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from bulletin.core.errors import Diagnostic, Location, error
from bulletin.core.model import SiteConfig, SourceFile
from bulletin.core.recall import keeping
from bulletin.core.safefs import read_regular, walk_tree

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_LINE_CHARS",
    "MAX_MARKUP_OPENERS",
    "MAX_PARAGRAPH_CHARS",
    "decode_text",
    "find_bulletins",
    "load_sources",
]

MAX_FILE_BYTES = 2 * 1024 * 1024  # a long bulletin is ~50 kB
# Longer lines come from pasted data, not prose; markdown-it's link parsing is quadratic on a
# line of brackets, so the limit also bounds how long one file can take.
MAX_LINE_CHARS = 20_000
# markdown-it's link and HTML scanning costs grow with the brackets and '<' in a paragraph, and the
# line limit does not bound a paragraph of many lines: these two do (worst case ~2 s a file).
MAX_PARAGRAPH_CHARS = 50_000
MAX_MARKUP_OPENERS = 10_000  # '[' and '<' in one bulletin; a long one has a few dozen
_BOMS = {b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16", b"\xff\xfe\x00\x00": "UTF-32"}


def find_bulletins(content_dir: Path) -> list[Path]:
    """All ``*.md`` files under content_dir, skipping ``_``/``.`` names, in a stable order."""
    return [path for path, _ in walk_tree(content_dir, content_dir.parent, suffix=".md").files]


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, rel: str, size: int | None = None) -> tuple[str | None, list[Diagnostic]]:
    """Bytes -> normalised text, or None with the reason as a diagnostic (``size``: the file's real size)."""
    loc = Location(rel)
    if len(data) > MAX_FILE_BYTES:
        megabytes = (size or len(data)) / 1024 / 1024
        return None, [
            error(
                "E103",
                f"file is {megabytes:.1f} MB, over the {MAX_FILE_BYTES // 1024 // 1024} MB limit "
                "for one bulletin",
                loc,
                "split it into several bulletins, or move tables of data to a CSV download",
            )
        ]
    for bom, name in _BOMS.items():
        if data.startswith(bom):
            return None, [error("E101", f"file is {name} text, not UTF-8", loc, "save the file as UTF-8")]
    if b"\x00" in data[:8192]:
        return None, [
            error("E102", "file is binary, not text", loc, "bulletins are Markdown text files (.md)")
        ]
    while data.startswith(b"\xef\xbb\xbf"):  # editors that add a BOM to a file that has one
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint = "save the file as UTF-8"
        try:
            data.decode("gb18030")
            hint = (
                "it looks like GBK/GB18030: save it as UTF-8, e.g. iconv -f GB18030 -t UTF-8 in.md > out.md"
            )
        except UnicodeDecodeError:
            pass
        return None, [
            error(
                "E101", "file is not valid UTF-8 text", Location(rel, _line_of_offset(data, exc.start)), hint
            )
        ]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, [
            error("E104", "file is empty", loc, "start with front-matter: ---, title:, date:, period:, ---")
        ]
    lines = text.split("\n") if len(text) > MAX_LINE_CHARS else ()  # else no line can be too long
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            return None, [
                error(
                    "E105",
                    f"line is {len(line):,} characters long, over the {MAX_LINE_CHARS:,} limit",
                    Location(rel, number),
                    "break the paragraph into shorter lines or paragraphs",
                )
            ]
    return text, []


def _markup_problem(text: str, rel: str) -> Diagnostic | None:
    openers = text.count("[") + text.count("<")
    if openers > MAX_MARKUP_OPENERS:
        return error(
            "E109",
            f"{openers:,} '[' and '<' characters, over the limit of {MAX_MARKUP_OPENERS:,} "
            "per bulletin (limit MAX_MARKUP_OPENERS)",
            Location(rel),
            "this looks like pasted data or markup, not a bulletin: remove it",
        )
    if len(text) < MAX_PARAGRAPH_CHARS:  # no paragraph can be longer than the whole file
        return None
    lines = text.split("\n")
    skip = 0  # the front-matter is YAML, bounded by yamlsafe, not a paragraph
    if lines[0].strip() == "---":
        skip = next((i + 1 for i, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), 0)
    start, size = skip + 1, 0
    for number, line in enumerate(lines[skip:], start=skip + 1):
        if not line.strip():
            start, size = number + 1, 0
            continue
        size += len(line) + 1
        if size > MAX_PARAGRAPH_CHARS:
            return error(
                "E109",
                f"paragraph is over the limit of {MAX_PARAGRAPH_CHARS:,} characters "
                "(limit MAX_PARAGRAPH_CHARS)",
                Location(rel, start),
                "break it into shorter paragraphs with blank lines",
            )
    return None


def _read(path: Path, rel: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    # Never more than the limit: a huge file is refused, not loaded; a pipe is never opened blocking.
    data, size, problem = read_regular(path, rel, MAX_FILE_BYTES)
    if data is None:
        return None, [problem] if problem else []
    text, diagnostics = decode_text(data, rel, size)
    if text is None:
        return None, diagnostics
    if problem := _markup_problem(text, rel):
        return None, [problem]
    return SourceFile(rel, text, hashlib.sha256(data).hexdigest()), diagnostics


_Identity = tuple[int, int, int, int, int]
_Read = tuple[SourceFile | None, list[Diagnostic]]
# What the last load_sources of this process read, by path: (the file's identity then, the read).
# A long-lived process (serve) then reads again only the files that changed, as git's index does.
_last_reads: dict[str, tuple[_Identity, _Read]] = {}
# A file changed less than this long ago may change again within one tick of the file system's
# clock, leaving its identity as it was: such a file is read again next time, not remembered.
_SETTLED_NS = 2_000_000_000


def _identity(path: Path) -> _Identity | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def load_sources(config: SiteConfig) -> tuple[tuple[SourceFile, ...], tuple[Diagnostic, ...]]:
    """Read every bulletin under content/; links, odd files and unreadable folders become diagnostics.

    A file whose identity (device, inode, size, mtime, ctime) is what it was at the last call, and
    that had settled then, is not read again: ctime changes on every write and cannot be set back.
    """
    global _last_reads
    files: list[SourceFile] = []
    tree = walk_tree(config.content_dir, config.root, suffix=".md")
    diagnostics: list[Diagnostic] = list(tree.diagnostics)
    settled = time.time_ns() - _SETTLED_NS
    reads: dict[str, tuple[_Identity, _Read]] = {}
    for path, rel in tree.files:
        key = str(path)
        identity = _identity(path)
        last = _last_reads.get(key)
        if identity is not None and last is not None and last[0] == identity:
            source, found = last[1]
        else:
            source, found = _read(path, rel)
        if identity is not None and identity[4] < settled and keeping():
            reads[key] = (identity, (source, found))
        diagnostics.extend(found)
        if source is not None:
            files.append(source)
    _last_reads = reads if keeping() else {}
    return tuple(files), tuple(diagnostics)
