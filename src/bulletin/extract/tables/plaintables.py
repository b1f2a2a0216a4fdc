"""Tables pasted as plain text: lines of cells separated by tabs, runs of spaces or pipes.

Contract: ``split_plain_tables(block)`` -> ``(tables, prose)``: the runs of table lines in a
paragraph as table blocks (header row first, as Markdown tables arrive), and the other lines as
paragraphs of their own. A bulletin copied from a web page keeps its tables this way; read as
prose, '地区生产总值  亿元  123.4  5.6' is a sentence with no cue, or worse. A run without a header
line (words above the numbers) is dropped: without it nothing says what its columns hold.

Web pages copied as text give three more shapes, each read here as the table it was:
- rows whose cells are separated by ``|`` but with no Markdown delimiter row, and a header split over
  two lines (``9月 | 1-9月累计 | 累计 |`` then ``增长% | ||``): the second line's one word finishes
  the column above it;
- communiqué tables set with single spaces, a unit word after each number
  (``粮食 44450 万吨 -2.5`` under ``1994年 比上年增长%``): the unit goes to the label, as in
  ``粮食(万吨)``;
- a header with no cell over the labels: it is the value columns', and the label column is added.
Pure; never raises.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bulletin.core.document import TextBlock
from bulletin.core.units import UnitError, parse_unit
from bulletin.extract import lexicon as lx
from bulletin.extract.tables.flattened import bilingual, rejoined, unflatten
from bulletin.extract.tables.plainheads import (
    caption,
    first_spans,
    grouped,
    letter_spaced,
    spans,
    top_groups,
    wrapped,
)

__all__ = ["split_plain_tables"]

_CELL_SEP = re.compile(r"\t+|[ \u3000]{2,}|\u3000")
_NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?%?$|^[-—–/…]+$")
_MAX_LABEL = 40  # a label cell is a name, not a sentence
_MAX_CELL = 16


_TOKEN_UNIT = re.compile(r"^[\u3400-\u9fff]{1,4}$|^%$")
_MAX_HEADER_TOKENS = 6
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d{2}年?$")


def _unit_word(token: str) -> bool:
    if not _TOKEN_UNIT.match(token):
        return False
    try:
        parse_unit(token)
    except UnitError:
        return False
    return True


_ONE_CJK = re.compile(r"^[\u3400-\u9fff]$")


# A label run into its first number ('工业增加值总计333.4 4.0 3400.6 6.7'), and a header run together
# ('规模以上工业增加值(亿元)11月同比±%1-11月同比±%'): pages that lost their cell borders.
_GLUED = re.compile(r"^(?P<label>.*[\u3400-\u9fff)）])(?P<n>[+-]?\d[\d,]*(?:\.\d+)?)$")
_GLUED_HEAD = re.compile(
    r"^(?P<caption>.+?[)）])(?P<columns>(?:\d{1,2}(?:[-—]\d{1,2})?月(?:同比)?(?:增长|增减|±)?%?)+)$"
)
_GLUED_COLUMN = re.compile(r"(\d{1,2}(?:[-—]\d{1,2})?月)((?:同比)?(?:增长|增减|±)?%?)")


def _spaced(line: str) -> list[str]:
    """A line set with single spaces as cells: a label, then numbers each with an optional unit word."""
    tokens = line.split()
    for i, token in enumerate(tokens[:-1]):  # the label's last word, glued to the first number
        if _NUMBER.match(token):
            break
        if glued := _GLUED.match(token):
            tokens = [*tokens[:i], glued["label"], glued["n"], *tokens[i + 1 :]]
            break
    if len(tokens) == 1 and (head := _GLUED_HEAD.match(tokens[0])):
        columns = [c for pair in _GLUED_COLUMN.findall(head["columns"]) for c in pair if c]
        return [head["caption"], *columns]
    if len(tokens) < 2:
        return [line]
    first = next((i for i, t in enumerate(tokens) if _NUMBER.match(t)), None)
    if first is None:
        # a header: a few short words, none of them a sentence
        if all(_YEAR_TOKEN.match(t) for t in tokens):
            return tokens  # a yearbook's row of years ('1995年 1997年 … 2006年'), however many
        tokens = letter_spaced(tokens)
        words = [t for t in tokens if not _YEAR_TOKEN.match(t)]  # ('项目名称 单位 2016年 … 2021年')
        short = len(words) <= _MAX_HEADER_TOKENS and all(len(t) <= 12 for t in tokens)
        return tokens if short and re.search(r"[\u3400-\u9fff]", line) else [line]
    if first == 0:
        return [line]
    if first >= 2 and _unit_word(tokens[first - 1].strip("()（）")):
        # '一、规模以上工业增加值 亿元 - 1.5 - 11.4': a unit column between the label and the numbers
        numbers = tokens[first:]
        if all(_NUMBER.match(t) for t in numbers):
            return [" ".join(tokens[: first - 1]), tokens[first - 1], *numbers]
    label, cells, unit = " ".join(tokens[:first]), [], ""
    for token in tokens[first:]:
        if _NUMBER.match(token):
            cells.append(token)
        elif _unit_word(token) and cells and not unit:
            unit = token
        else:
            return [line]  # a word that is neither a number nor its unit: prose, not a row
    return [f"{label}({unit})" if unit else label, *cells]


def _cells(line: str) -> list[str]:
    text = line.strip()
    if "|" in text:
        cells = [c.strip() for c in text.strip("|").split("|")]
        while cells and not cells[-1]:
            cells.pop()
        return cells if len(cells) > 1 else [c for c in cells if c] or [""]
    if _CELL_SEP.search(text):
        cells = [c.strip() for c in _CELL_SEP.split(text) if c.strip()]
        if sum(_ONE_CJK.match(t) is not None for t in text.split()) >= 2 and any(" " in c for c in cells):
            # letter-spaced by runs of spaces, its cells by one ('指  标  名  称 本月', '类      别 全年')
            return _spaced(" ".join(text.split()))
        # numbers set with single spaces after a label set off by a run ('# 粮 食  100.8 100.4 100.0')
        return [part for c in cells for part in (c.split() if _NUMBERS.match(c) else [c])]
    return _spaced(text)


_UNIT_HEAD = re.compile(r"^(?:计量|计算)?单\s*位$")
_NUMBERS = re.compile(r"^[+-]?\d[\d,.]*%?(?: [+-]?\d[\d,.]*%?)+$")


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


def _continuation(cells: list[str]) -> str | None:
    """The one word of a header line that finishes the column above it (增长% under 累计)."""
    words = [c for c in cells if c]
    if len(words) == 1 and cells and cells[0] == words[0] and not _NUMBER.match(words[0].replace(" ", "")):
        return words[0]
    return None


def _header_rows(header: list[str], rows: list[list[str]]) -> list[tuple[str, ...]]:
    if len(header) > 2 and _UNIT_HEAD.match(header[1]):  # a row with no unit ('人均地区生产总值 12130 …')
        rows = [[r[0], "", *r[1:]] if len(r) == len(header) - 1 and _NUMBER.match(r[1]) else r for r in rows]
    width = max(len(r) for r in rows)
    if len(header) == width - 1:
        header = ["", *header]  # no cell over the labels
    width = max(width, len(header))
    return [tuple(r + [""] * (width - len(r))) for r in (header, *rows)]


# One cell a line, each closed by a pipe ('居民消费价格总指数 |' then '100.3 |' …): a table whose
# cells a web page's text put one under another. An empty cell ('|', '||') ends a header row.
_NAME_HEAD = re.compile(r"类\s*别|指标(?:名称)?|项\s*目")
_STACKED = re.compile(r"^\|?[^|]*\|+\s*$")  # a leading pipe too: "| 名称 |" then "环比 |"
_MIN_STACKED_ROWS = 2


def _stacked(lines: list[tuple[int, str]], start: int) -> tuple[TextBlock, int, str] | None:
    """The table of one-cell lines from ``start``, and the index after it; None when there is none."""
    end = start
    while end < len(lines) and _STACKED.match(lines[end][1]):
        end += 1
    cells = [(n, t.strip().strip("|").strip()) for n, t in lines[start:end]]
    numeric = [bool(c) and _NUMBER.match(c.replace(" ", "")) is not None for _, c in cells]
    if True not in numeric:
        return None
    _years_as_heads(cells, numeric)
    if True not in numeric:
        return None
    first = numeric.index(True) - 1  # the first row's label
    if first < 1 or not cells[first][1]:
        return None
    header_rows: list[list[str]] = [[]]
    for _, cell in cells[:first]:
        if cell:
            header_rows[-1].append(cell)
        elif header_rows[-1]:
            header_rows.append([])
    header_rows = [r for r in header_rows if r]
    rows: list[list[str]] = []
    row_lines: list[int] = []
    places = False
    k = first
    while True:
        while k < len(cells) and not cells[k][1] and rows:
            k += 1  # an empty cell closing a row ('|' after its last number)
        if k >= len(cells) or not cells[k][1] or numeric[k]:
            break
        j = k + 1
        while j < len(cells) and numeric[j]:
            j += 1
        if j == k + 1:
            while j < len(cells) and not cells[j][1]:
                j += 1
            if rows and j > k + 1:  # a section's name over the rows below it ('按轻重工业分' and empty cells)
                places = lx.PLACE_SECTION.match(cells[k][1].strip()) is not None
                k = j
                continue
            break
        if not places:  # rows under '按经济区域分' are places within the area (东翼, 西翼)
            rows.append([cells[k][1], *(c for _, c in cells[k + 1 : j])])
            row_lines.append(cells[k][0])
        k = j
    width = max((len(r) for r in rows), default=0)
    # lines above the header are the table's title ('工业生产者购进价格指数', '单位:%'): the header is
    # the first group that names (nearly) every column
    head = next((n for n, r in enumerate(header_rows) if width - 1 <= len(r) <= width), None)
    last = header_rows[-1] if header_rows else []
    if head is None and 1 < width < len(last) and _NAME_HEAD.fullmatch(last[-width]):
        # ('工业生产者购进价格指数 |', '(上年=100) |', '类别 |', '全年平均 |', …: a title run into the header)
        header_rows[-1:], head = [header_rows[-1][:-width], header_rows[-1][-width:]], len(header_rows)
    if len(rows) < _MIN_STACKED_ROWS or any(len(r) != width for r in rows) or head is None:
        return None
    # ('本年实际 | 比上年同期增减%' over the periods: the line above the header spans its groups)
    above = head is not None and head >= 1 and top_groups(header_rows[head - 1], header_rows[head])
    title = " ".join(c for r in header_rows[: head - 1 if above else head] for c in r)  # the caption
    header_rows = header_rows[head - 1 if above else head :]
    top, subs = spans(header_rows, width)
    table = [tuple(r) for r in (top, *subs, *rows)]
    block_lines = (cells[0][0], *(cells[0][0] for _ in subs), *row_lines)
    return TextBlock("table", cells[0][0], "", rows=tuple(table), row_lines=block_lines), start + k, title


def _years_as_heads(cells: list[tuple[int, str]], numeric: list[bool]) -> None:
    """'类 别 |', '2011 |', '2012 |' … then empty cells: the first run of numbers is the header's
    years, one a column, not a row's values."""
    start = numeric.index(True)
    end = start
    while end < len(cells) and numeric[end]:
        end += 1
    years = [c for _, c in cells[start:end]]
    consecutive = all(re.fullmatch(r"(?:19|20)\d\d", y) for y in years) and len(years) >= 2
    closed = end < len(cells) and not cells[end][1]  # an empty cell closes the header
    if consecutive and closed and all(int(b) - int(a) == 1 for a, b in pairwise(years)):
        numeric[start:end] = [False] * (end - start)


_MAX_HEADER_LINES = 6


def _split_header(lines: list[tuple[int, str]], start: int) -> tuple[list[str], int] | None:
    """A header whose cells a page put on several pipe lines ('项目名称 | 计算单位 |', '4月 | 1-4月累计 |',
    '增长(%) |'): together they name every column of the row under them. Also where the rows start."""
    cells: list[str] = []
    last: list[str] = []
    k = start
    # (or set with spaces: '指标 单位 8月 1-8' over '数值 增长(% 数值 增长(%')
    while (
        k < len(lines)
        and k - start < _MAX_HEADER_LINES
        and ("|" in lines[k][1] or len(_cells(lines[k][1])) > 1)
    ):
        row = _cells(lines[k][1])
        if _is_row(row) or any(len(c) > _MAX_LABEL for c in row):
            break
        last = [c for c in row if c]
        cells += last
        k += 1
    width = len(_cells(lines[k][1])) if k < len(lines) and _is_row(_cells(lines[k][1])) else 0
    # ('|', '本 月 |', '比上年同月 |', …: one head a line over rows whose trailing empty cells are cut)
    one_a_line = all(len([c for c in _cells(t) if c]) <= 1 for _, t in lines[start:k])
    if one_a_line and k - start >= 4 and not _cells(lines[start][1])[0] and len(cells) + 1 >= width > 2:
        return ["", *cells], k
    if k - start < 2 or k >= len(lines) or len([c for c in _cells(lines[start][1]) if c]) < 2:
        return None  # a one-cell line first is a caption ('1、地区生产总值 | |||'), not a header's
    if len(cells) == width:
        return cells, k
    if k - start == 2 and (spread := grouped(cells[: len(cells) - len(last)], last, width)):
        return spread, k
    if k - start == 2 and (spread := wrapped(cells[: len(cells) - len(last)], last, width)):
        return spread, k
    if k - start == 2 and (spread := first_spans(cells[: len(cells) - len(last)], last, width)):
        return spread, k
    if len(last) == 1 and len(cells) - 1 == width and k - start > 2:
        return cells[:-1], k  # the last line is a section's name over the first rows ('商业 | ||||')
    return None


_SECTION = re.compile(r"^[一二三四五六七八九十]+、[^,，。;；]{1,20}$|^[^,，。;；\d]{1,20}[:：]$")
_SECTION_MARKS = r"^[一二三四五六七八九十]+、|[:：]$"


def _lost_label(cells: list[str], line: str) -> bool:
    if len(cells) == 1:
        return _NUMBERS.match(line.strip()) is not None
    return _is_row(cells) and re.search(r"[\w\u3400-\u9fff]", cells[0].replace("_", "")) is None


def _body(lines: list[tuple[int, str]], first: int) -> tuple[list[tuple[int, str]], int]:
    """The rows from ``first``, passing over a section line inside them ('商业 | ||||', '在总额中: | |||'),
    and the index after the last."""
    body: list[tuple[int, str]] = []
    places = False  # under '分县(区)生产总值': rows of the area's parts, not its own figures
    j = first
    while j < len(lines):
        cells = _cells(lines[j][1])
        # a section line: an empty row of cells, or a numbered heading ('一、按销售地区分:')
        section = len(cells) == 1 and ("|" in lines[j][1] or _SECTION.match(cells[0]) is not None)
        if body and _lost_label(cells, lines[j][1]):
            j += 1  # a row whose label the page lost ('109.8 103.8 96.8', '# 104.6 …'): unreadable
            continue
        if _is_row(cells):
            if not places:
                body.append(lines[j])
        elif section and lx.PLACE_SECTION.match(re.sub(_SECTION_MARKS, "", cells[0])):
            places = True
        elif body and section:
            places = False
        if not _is_row(cells) and not (
            body
            and section
            and len(cells[0]) <= _MAX_LABEL
            and j + 1 < len(lines)
            and _is_row(_cells(lines[j + 1][1]))
        ):
            break
        j += 1
    return body, j


def split_plain_tables(block: TextBlock) -> tuple[list[TextBlock], list[TextBlock]]:
    """The plain-text tables of a paragraph and its remaining lines as paragraphs."""
    lines = bilingual(rejoined(unflatten(_lines(block))))
    one_cell = sum(_STACKED.match(t) is not None for _, t in lines)
    if len(lines) < 2 or (not any(len(_cells(t)) > 1 for _, t in lines) and one_cell < 2):
        return [], [block]
    tables: list[TextBlock] = []
    prose: list[TextBlock] = []
    i = 0
    while i < len(lines):
        line_no, text = lines[i]
        if _STACKED.match(text) and (found := _stacked(lines, i)):
            if found[2]:  # the title cells above its header ('9-12 工业生产者出厂价格指数', '(上年=100)')
                prose.append(TextBlock("paragraph", line_no, found[2], (0,)))
            tables.append(found[0])
            i = found[1]
            continue
        if caption(text) and "|" in text:  # (its title, read as prose above it)
            prose.append(TextBlock(block.kind, line_no, text.split("|")[0].strip()))
            i += 1
            continue
        header, first = _cells(text), i + 1
        if first < len(lines) and _is_header(header) and (word := _continuation(_cells(lines[first][1]))):
            last = max(k for k, c in enumerate(header) if c)
            header = [*header[:last], header[last] + word]
            first += 1
        if (first >= len(lines) or not _is_row(_cells(lines[first][1]))) and (
            split := _split_header(lines, i)
        ) is not None:
            header, first = split
        body, j = _body(lines, first)
        if _is_header(header) and body:
            rows = _header_rows([c for c in header], [_cells(t) for _, t in body])
            row_lines = (line_no, *(n for n, _ in body))
            tables.append(TextBlock("table", line_no, "", rows=tuple(rows), row_lines=row_lines))
            i = j
            continue
        if _is_row(header):
            i += 1  # a table line under no header: its columns are unknown, so it is not read
            continue
        prose.append(TextBlock(block.kind, line_no, text))
        i += 1
    return tables, prose
