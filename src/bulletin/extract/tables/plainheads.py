"""The header of a plain-text table set over two lines, spread over the columns it names.

Contract: ``spans(header_rows, width)`` for a stacked table's header rows; ``grouped``, ``wrapped`` and
``first_spans(top, sub, width)`` each try one shape of a top line over a line under it and give the
full header row, or None when the lines are not that shape. Pure.
"""

from __future__ import annotations

import re

from bulletin.extract.tables.columns import YOY_HEAD

__all__ = ["caption", "first_spans", "grouped", "letter_spaced", "spans", "top_groups", "wrapped"]

_ONE_CJK = re.compile(r"^[\u3400-\u9fff]$")
# The label column's header is one word however it is spaced ('指  标  名  称').
_NAME_WORD = re.compile(r"^(?:指标|项目)名称$")


def letter_spaced(tokens: list[str]) -> list[str]:
    """Header words set letter-spaced ('指 标 总 量 比上年增长'): a run of single characters is words of
    two (指标, 总量), as header words nearly always are; an odd run is one word."""
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if _ONE_CJK.match(token):
            run.append(token)
            continue
        if len(run) >= 2:
            pairs = len(run) % 2 == 0 and not _NAME_WORD.match("".join(run))
            out.extend(["".join(run[i : i + 2]) for i in range(0, len(run), 2)] if pairs else ["".join(run)])
        else:
            out.extend(run)
        run = []
        if token:
            out.append(token)
    return out


_LABEL_HEAD = re.compile(r"指标|项目|名称|类别|分组|indicator|item|name|category", re.IGNORECASE)


def spans(header_rows: list[list[str]], width: int) -> tuple[list[str], list[list[str]]]:
    """The header rows of a stacked table as full rows: the top row's cells spread over the columns a
    row under it names. Under '以上年同期为100 | 以上月为100' the row '4月 | 1-4月 | 4月' falls in two
    groups (a name seen again starts the next), one a top cell; otherwise a row under the top names
    the last columns (the merged cell is the last one: '以上年同期价格为100' over 本月, 至本月平均)."""
    top = header_rows[0]
    if len(header_rows) == 2 and len(header_rows[1]) == width - 1 and 1 < len(top) < width:
        groups: list[list[str]] = [[]]
        for cell in header_rows[1]:
            if cell in groups[-1]:
                groups.append([])
            groups[-1].append(cell)
        if len(groups) == len(top) - 1:
            spread = [top[0], *(name for name, g in zip(top[1:], groups, strict=True) for _ in g)]
            return spread, [["", *header_rows[1]]]
        if len(groups) == len(top):  # no cell over the labels: '本年实际 | 增减%' over 本月, 累计 twice
            return ["", *(name for name, g in zip(top, groups, strict=True) for _ in g)], [
                ["", *header_rows[1]]
            ]
    subs = [[""] * (width - len(r)) + r for r in header_rows[1:] if len(r) < width]
    if len(header_rows) == 1 and len(top) == width - 1 and not _LABEL_HEAD.search(top[0]):
        return ["", *top], subs  # no cell over the labels ('|' alone): the cells are the value columns'
    return top + [""] * (width - len(top)), subs


def top_groups(top: list[str], sub: list[str]) -> bool:
    """Whether each cell of ``top`` spans one group of ``sub``, a group ending where a name comes
    again ('本年实际 | 比上年同期增减%' over '本月 | 累计 | 本月 | 累计')."""
    count = 1 + sum(1 for i, c in enumerate(sub) if c in sub[:i] and c == sub[0])
    return 2 <= len(top) == count and len(sub) % count == 0


def grouped(top: list[str], sub: list[str], width: int) -> list[str] | None:
    """A top line whose last cells each span a group of the line under it: '指标 | 单位 | 甲市 | 乙区'
    over '本期 | ±% | 本期 | ±%' is 指标 | 单位 | 甲市 本期 | 甲市 ±% | 乙区 本期 | 乙区 ±%."""
    lead = width - len(sub)
    groups = len(top) - lead
    if lead < 1 or groups < 2 or len(sub) % groups:
        return None
    size = len(sub) // groups
    repeated = all(sub[i : i + size] == sub[:size] for i in range(0, len(sub), size))
    # ('本年 | 上年同期 | 增长(%)' over '本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计': groups of one
    # width, the growth last, as statistics tables set them)
    even = size >= 2 and bool(YOY_HEAD.search(top[-1])) and not any(YOY_HEAD.search(t) for t in top[lead:-1])
    if not (repeated or even):
        return None  # the groups repeat one set of columns, or they are not groups
    spread = [f"{g} {c}" for n, g in enumerate(top[lead:]) for c in sub[n * size : (n + 1) * size]]
    return [*top[:lead], *spread]


def wrapped(top: list[str], sub: list[str], width: int) -> list[str] | None:
    """Two header lines where the top's last cell spans the last two columns and the line under it
    first finishes the top's other words, then names the two spanned columns ('类别 | 以上月价格 |
    以上年同期价格为100' over '为100 | 本月 | 至本月平均')."""
    if not (len(top) == len(sub) == width - 1 and width >= 4):
        return None
    ends = len(top) - 2  # the top's middle cells, each finished by one word of the line under it
    return [
        top[0],
        *(a + b for a, b in zip(top[1:-1], sub[:ends], strict=True)),
        *(f"{top[-1]} {c}" for c in sub[ends:]),
    ]


_PERIOD_CELL = re.compile(
    r"^(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}月份?(?:累计)?$|^(?:本月|当月|累计|本月止累计)$"
)


def first_spans(top: list[str], sub: list[str], width: int) -> list[str] | None:
    """A top line whose first value cell alone spans the periods of the line under it, the others one
    column each: '指标名称 | 以上年同期为100 | 以上月为100' over '3月 | 1-3月' (a price table's year-on-year
    index for the month and the months so far, then its month-on-month index)."""
    if not (len(top) >= 3 and len(sub) >= 2 and len(top) + len(sub) - 1 == width):
        return None
    if not all(_PERIOD_CELL.match(c.replace(" ", "")) for c in sub):
        return None
    return [top[0], *(f"{top[1]} {c}" for c in sub), *top[2:]]


_CAPTION = re.compile(r"^\s*表\s*\d{1,2}\s*[\u3400-\u9fff\d]")


def caption(line: str) -> bool:
    """'表2 2020年年末全区户籍人口数及其构成 | ||': a numbered table's title set in its first row of cells,
    not its header (the header is the line below)."""
    return bool(_CAPTION.match(line)) and len([c for c in line.split("|") if c.strip()]) == 1
