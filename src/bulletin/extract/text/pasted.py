"""Paragraphs pasted line by line: each source line its own paragraph, a short unpunctuated line a heading.

Contract: ``pasted_lines(block)`` -> the block, or its lines as separate blocks. A bulletin copied
from a web page keeps one paragraph per line and its section headings (一、农业生产基本稳定) on
lines of their own, with no blank line between them, so Markdown joins them into one paragraph.
Read as one, a heading runs into the first indicator name (一、农业生产基本稳定全县农林牧渔总产值)
and a period opening one paragraph (3月末,…余额) carries into the next section's figures.
The lines are split only when every line but the last ends a sentence or is a heading: a line
ending mid-sentence means the editor wrapped the prose by hand, and then the lines are one
paragraph. Lines that look like table cells are left to ``plaintables``. Pure; never raises.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bulletin.core.document import TextBlock
from bulletin.extract import lexicon as lx

__all__ = ["pasted_lines"]

_ENDS = re.compile(r"(?:[。!?;:]|\.)[\"”’)\]]*$")
_CELLS = re.compile(r"\t|[ \u3000]{2,}|\S\u3000+\S")
# A heading set with spaces between its characters ('一、综  合', '二、农  业'): no table's cells.
_SPACED_HEADING = re.compile(rf"^(?:[一二三四五六七八九十]+[、.])?[{lx.CJK}](?:[ \u3000]+[{lx.CJK}]){{1,6}}$")
# English wrapped by hand: the next line goes on in lower case ('… amounted to 530.5' over 'billion
# yuan …'), or the line ends on a word that cannot end a heading ('… major industrial enterprises in')
_WRAPPED_EN = re.compile(
    r"[A-Za-z0-9,]\n[a-z(]|\b(?:the|a|an|of|in|to|for|and|or|at|by|with|from|on|was|were|is|are)\n"
)
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.]?\s*$")
_MAX_HEADING = 40  # characters: a heading names a section, it does not state a figure's sentence
_MAX_HEADING_WORDS = 14


def _lines(block: TextBlock) -> list[tuple[int, str]]:
    bounds = [*block.breaks, len(block.text)]
    return [(block.line + i, block.text[a:b].strip()) for i, (a, b) in enumerate(pairwise(bounds))]


def _heading(line: str) -> bool:
    """Short, and not ending a sentence or a clause."""
    if not line or _ENDS.search(line) or line[-1] in ",、,":
        return False
    if re.search(rf"[{lx.CJK}]", line):
        return len(line) <= _MAX_HEADING
    return len(line.split()) <= _MAX_HEADING_WORDS


def pasted_lines(block: TextBlock) -> list[TextBlock]:
    """The block's lines as paragraphs and headings when it was pasted line by line, else the block."""
    # (a list item's lines too: '- 农业' over its section's paragraph, joined into the item lazily)
    if block.kind not in ("paragraph", "item") or len(block.breaks) < 2:
        return [block]
    lines = [(n, lx.normalize(t), t) for n, t in _lines(block) if t]
    if len(lines) < 2 or any(_CELLS.search(t) and not _SPACED_HEADING.match(t) for _, _, t in lines):
        return [block]
    # (a line of cells, '索引号: | … | 发布机构: | 区统计局 |', is no prose wrapped by hand either)
    # (a line before a lone list number, '…汽车类增长5.8%' over '4', ends its section unpunctuated)
    numbered = [bool(_LIST_NUMBER.match(n)) for _, n, _ in lines]
    ended = [
        bool(_ENDS.search(n) or _heading(n) or n.rstrip().endswith("|") or numbered[k + 1])
        and not _WRAPPED_EN.search(n + "\n" + lines[k + 1][1])
        for k, (_, n, _) in enumerate(lines[:-1])
    ]
    if not all(ended):
        return [block]
    return [
        TextBlock("heading", n, t, level=2) if _heading(norm) else TextBlock(block.kind, n, t)
        for n, norm, t in lines
    ]
