"""Tables pasted as plain text: lines of cells separated by tabs or runs of spaces.

Contract: ``split_plain_tables(block)`` -> ``(tables, prose)``: the runs of table lines in a
paragraph as table blocks (header row first, as Markdown tables arrive), and the other lines as
paragraphs of their own. A bulletin copied from a web page keeps its tables this way; read as
prose, '地区生产总值  亿元  123.4  5.6' is a sentence with no cue, or worse. A run without a header
line (words above the numbers) is dropped: without it nothing says what its columns hold.
Pure; never raises.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bulletin.core.document import TextBlock

__all__ = ["split_plain_tables"]

_CELL_SEP = re.compile(r"\t+|[ \u3000]{2,}|\u3000")
_NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?%?$|^[-—–/…]+$")
_MAX_LABEL = 40  # a label cell is a name, not a sentence
_MAX_CELL = 16


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL_SEP.split(line.strip()) if c.strip()]


def _is_row(cells: list[str]) -> bool:
    """A label and short cells, at least one of them a number."""
    return (
        len(cells) >= 2
        and len(cells[0]) <= _MAX_LABEL
        and all(len(c) <= _MAX_CELL for c in cells[1:])
        and any(_NUMBER.match(c.replace(" ", "")) for c in cells[1:])
    )


def _is_header(cells: list[str]) -> bool:
    """Words over the columns: no cell after the first is a number."""
    return (
        len(cells) >= 2
        and all(len(c) <= _MAX_LABEL for c in cells)
        and not any(_NUMBER.match(c.replace(" ", "")) for c in cells[1:])
    )


def _lines(block: TextBlock) -> list[tuple[int, str]]:
    bounds = [*block.breaks, len(block.text)]
    return [(block.line + i, block.text[a:b].strip()) for i, (a, b) in enumerate(pairwise(bounds))]


def split_plain_tables(block: TextBlock) -> tuple[list[TextBlock], list[TextBlock]]:
    """The plain-text tables of a paragraph and its remaining lines as paragraphs."""
    if not _CELL_SEP.search(block.text):
        return [], [block]
    lines = _lines(block)
    tables: list[TextBlock] = []
    prose: list[TextBlock] = []
    i = 0
    while i < len(lines):
        line_no, text = lines[i]
        header = _cells(text)
        j = i + 1
        while j < len(lines) and _is_row(_cells(lines[j][1])):
            j += 1
        if _is_header(header) and j - i >= 2:
            rows = [tuple(header)] + [tuple(_cells(t)) for _, t in lines[i + 1 : j]]
            width = len(header)
            rows = [r + ("",) * (width - len(r)) if len(r) < width else r for r in rows]
            tables.append(
                TextBlock("table", line_no, "", rows=tuple(rows), row_lines=tuple(n for n, _ in lines[i:j]))
            )
            i = j
            continue
        if _is_row(header):
            i += 1  # a table line under no header: its columns are unknown, so it is not read
            continue
        prose.append(TextBlock(block.kind, line_no, text))
        i += 1
    return tables, prose
