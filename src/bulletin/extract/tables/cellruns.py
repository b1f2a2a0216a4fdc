"""Tables a web page's text put one cell a paragraph: '总人口', '3171.0', '男性人口', '1588.2' …

A statistics bureau's indicator table copied from its page often arrives as one short line per cell,
with blank lines between them, so the Markdown has a paragraph per cell and nothing reads it as a
table. A run of such paragraphs that alternates labels and numbers is that table's label and value
columns; a label with no number after it is a group line ('人口(万人)', '价格指数(上年=100)') whose unit
or base holds for the rows under it that state none, and a row that states a unit gives it to the
rows right after it ('货运量(万吨)' over '铁 路'), until the next group line.

Contract: ``cell_tables(blocks)`` -> the blocks, each such run replaced by a table block (指标 | 总量, or
the column headers above its first row when each label has several numbers) after its leading lines
(title, header words), which stay paragraphs. Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bulletin.core.document import TextBlock
from bulletin.core.units import UnitError, parse_unit
from bulletin.extract.naming.elision import MEASURE
from bulletin.extract.tables.columns import PAREN_UNIT, UNIT_HEAD, YOY_HEAD

__all__ = ["cell_tables", "growth_column"]

# (a cell with no figure, '--', and a multiple in a growth column, '1.6倍', hold a value's place)
_NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$|^[-—–]{1,2}$|^\d+(?:\.\d+)?倍$")
_MAX_CELL = 24
_MIN_ROWS = 4
_HEADER = ("指标", "总量")
# The measure a group line or a total names for the bare rows under it.
_HEAD = re.compile(r"(?:产量|投资|货运量|客运量|增加值|零售额|总产值|产值|营业收入|出口额|进口额)$")


_NAME_HEAD = re.compile(r"指标名称|指标|项目|名称|类别|项目名称|行业名称|行业")
_WIDGET = re.compile(r"[【】]|^(?:打印|关闭|收藏|分享|字号|返回|顶部)")
_OF_INDUSTRY = re.compile(r"^(?:规模以上|规上)?工业(?P<measure>[\u3400-\u9fff]{0,4}?(?:总产值|产值))$")


def _cell(block: TextBlock) -> str | None:
    text = block.text.strip()
    # a cell the page indented arrives as a code block, and a part marked '# 批发零售业' (the tables'
    # sign for 'of which') as a heading
    if block.kind == "heading" and not text:
        return ""  # a row's label the page lost, left as its 'of which' mark ('  #  '): still a cell
    if block.kind not in ("paragraph", "code", "heading") or len(block.breaks) != 1 or not text:
        return None
    if len(text) > _MAX_CELL:
        return None
    return text


def _is_unit(text: str) -> bool:
    if not text.strip():
        return False
    try:
        parse_unit(text.strip())
    except UnitError:
        return False
    return True


_UNIT_CELL = re.compile(r"^[(（][^()（）]{1,8}[)）]$")


def _merged_units(cells: list[tuple[int, str]], numbers: list[bool]) -> list[tuple[int, str]]:
    """The words above the rows, a unit set on a line of its own joined to the header before it
    ('总量', '(亿元)' is 总量(亿元)): (index of the first cell, text); none after a number."""
    merged: list[tuple[int, str]] = []
    for k, (_, text) in enumerate(cells):
        if numbers[k]:
            merged = []
        elif text.rstrip().endswith((":", "：", "表")) or _WIDGET.search(text):
            continue  # a page's widgets ('分享至:', '打印】') or the table's title (…指数表) head no column
        elif _UNIT_CELL.match(text) and merged:
            merged[-1] = (merged[-1][0], merged[-1][1] + text)
        else:
            merged.append((k, text))
    return merged


def _headers(words: list[tuple[int, str]], width: int) -> list[tuple[int, str]]:
    """Column headers whose words a page put on lines of their own ('比上年', '同期增长', '(%)'): when
    the headers close with their units, the words up to each unit are one header."""
    if sum(PAREN_UNIT.search(t) is not None for _, t in words) < width:
        return words
    heads: list[tuple[int, str]] = []
    start, text = -1, ""
    for k, t in words:
        start, text = (k if not text else start), text + t
        if PAREN_UNIT.search(t):
            heads.append((start, text))
            text = ""
    return heads


def _rows(numbers: list[bool]) -> list[tuple[int, int]]:
    """(label index, how many numbers follow it) for every label that has numbers after it."""
    found, k = [], 0
    while k < len(numbers):
        m = 0
        while not numbers[k] and k + 1 + m < len(numbers) and numbers[k + 1 + m]:
            m += 1
        if m:
            found.append((k, m))
        k += 1 + m
    return found


def _is_number(text: str) -> bool:
    return _NUMBER.match(text.replace(" ", "")) is not None


def _folded_units(cells: list[tuple[int, str]], least: int) -> list[tuple[int, str]]:
    """A unit column ('指标名称', '单位', …, '社会消费品零售总额', '亿元', '412.67', …): each unit joins
    the label before it (社会消费品零售总额(亿元)), and the header's 单位 goes."""
    units = {
        k
        for k in range(1, len(cells))
        if _is_unit(cells[k][1])
        and not _is_number(cells[k - 1][1])
        and not _is_unit(cells[k - 1][1])
        and not UNIT_HEAD.match(cells[k - 1][1].strip())
    }
    if len(units) < least:
        return cells
    out: list[tuple[int, str]] = []
    for k, (line, text) in enumerate(cells):
        if k in units:
            out[-1] = (out[-1][0], f"{out[-1][1]}({text.strip()})")
        elif not UNIT_HEAD.match(text.strip()):
            out.append((line, text))
    return out


def _ragged(values: list[str], width: int, growth_last: bool) -> list[str] | None:
    """The cells of a row that states fewer numbers than the table has columns, placed under their
    columns: the last is the growth column's when the table ends with one (a row of two is the
    amount and its growth, a row of one its growth alone); None when nothing says where they go."""
    if len(values) == width:
        return values
    if len(values) > width or not growth_last:
        return None
    first = values[:1] if len(values) >= 2 else []
    return [*first, *[""] * (width - len(first) - 1), values[-1]]


_BARE_MONTHS = re.compile(r"^(?:1\s*[-—–~]\s*)?(?:1[0-2]|0?[1-9])$")


def _month_heads(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Column heads that lost their 月 ('11' and '1-11' over '比去年同月增长(%)'): a bare month right
    before a growth head, or right after an index base's head ('以上年同期为100的指数', '9', '1-9'), is a
    header, not a value."""
    out = list(cells)
    for k in range(len(out) - 1):
        line, text = out[k]
        head = out[k + 1][1]
        if _BARE_MONTHS.match(text.strip()) and YOY_HEAD.search(head) and not _is_number(head):
            out[k] = (line, text.strip() + "月")
        elif re.fullmatch(r"(?:19|20)\d{2}", text.strip()) and YOY_HEAD.search(head) and not _is_number(head):
            out[k] = (line, text.strip() + "年")  # '指标', '2019', '同比±%': the year's column
    for k in range(1, len(out)):
        line, text = out[k]
        before = out[k - 1][1]
        if _BARE_MONTHS.match(text.strip()) and (_BASE_HEAD.search(before) or before.endswith("月")):
            out[k] = (line, text.strip() + "月")
    return out


# An index table's column heads name their base ('以上年同期为100的指数', '上年同月=100').
_BASE_HEAD = re.compile(r"为\s*100|=\s*100")


def _based_heads(above: list[tuple[int, str]], width: int) -> list[tuple[int, str]] | None:
    """'以上年同期为100的指数', '以上月价格为100的指数', '9月', '1-9月' over rows of three indices: the
    months are the first base's columns, and each later base is one column of its own."""
    bases = [(k, t) for k, t in above if _BASE_HEAD.search(t)]
    months = [(k, t) for k, t in above if _BARE_MONTHS.match(t.strip().removesuffix("月"))]
    if not bases or not months or len(months) + len(bases) - 1 != width or months[0][0] < bases[-1][0]:
        return None
    return [(k, f"{bases[0][1]} {t}") for k, t in months] + bases[1:]


def _two_level(words: list[tuple[int, str]], width: int) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """'主营业务收入', '利润总额', '税金总额', then '1-2月', '比去年同期增长(%)' three times: a measure
    over each run of sub-headers, the two header rows a page's merged cells make; None for others."""
    count = len(words) - width
    if count < 2 or width % count or len(words) > count + width:
        return None
    measures, subs = [t for _, t in words[:count]], [t for _, t in words[count:]]
    run = width // count
    if run < 2 or any(subs[k] != subs[k % run] for k in range(width)):
        return None
    top = ("指标", *(measures[k // run] if k % run == 0 else "" for k in range(width)))
    return top, ("", *subs)


def _table(cells: list[tuple[int, str]]) -> tuple[int, TextBlock] | None:
    """The table of one run of cells, and how many leading cells stay paragraphs; None if it is none."""
    least = _least_rows(cells)
    cells = _month_heads(_folded_units(_by_column(cells), least))
    numbers = [_is_number(t) for _, t in cells]
    sub: tuple[str, ...] = ()  # a second header row
    found = _rows(numbers)
    if len(found) < least or sum(numbers) * 3 < len(cells):
        return None
    if any(_is_unit(cells[k][1]) for k, _ in found):
        return None  # a unit column ('全社会用电量', '亿千瓦时', '17.11', …): not this shape
    width = Counter(m for _, m in found).most_common(1)[0][0]
    first = found[0][0]
    if width > 1:  # the column headers right above the first row ('绝对额(亿元)', '比上年增长(%)')
        above = _merged_units(cells[:first], numbers[:first])
        # (the words after the name column's head are the headers: a title's '(2021年1-2季度)' is no unit)
        name_at = max(
            (i for i, (_, t) in enumerate(above) if _NAME_HEAD.fullmatch(t.replace(" ", ""))), default=-1
        )
        above = above[: name_at + 1] + _headers(above[name_at + 1 :], width)
        if len(above) < width:
            return None
        above = _based_heads(above, width) or above
        # the headers follow the name column's own ('指标名称', '20221-8', '上年同期', '比上年±%'); words
        # after them and before the first row are a group line ('规模以上工业企业'), not a header
        named = [i for i, (_, t) in enumerate(above) if _NAME_HEAD.fullmatch(t.replace(" ", ""))]
        grouped = bool(named) and len(above) - named[-1] - 1 > width  # more words than columns after it
        heads = above[named[-1] + 1 : named[-1] + 1 + width] if grouped else above[-width:]
        header, lead = ("指标", *(t for _, t in heads)), heads[0][0]
        start = heads[-1][0] + 1 if grouped else first
        if grouped and (two := _two_level(above[named[-1] + 1 :], width)):
            (header, sub), start = two, first  # (colgroups.py reads each measure's columns)
    elif first > 0 and YOY_HEAD.search(cells[first - 1][1]):  # '比上年上涨(%)' over the rates
        header, lead, start = ("指标", cells[first - 1][1]), first - 1, first
    else:
        header, lead = _HEADER, first
        while lead > 0 and not numbers[lead - 1] and PAREN_UNIT.search(cells[lead - 1][1]):
            lead -= 1  # group lines right above the first row ('人口(万人)') belong to the table
        start = lead
    widths = dict(found)
    growth_last = len(header) > 2 and YOY_HEAD.search(header[-1]) is not None
    group, stated, measure, grouped, rows, lines = "", "", "", True, [], []
    for k in range(start, len(cells)):
        line, text = cells[k]
        if numbers[k]:
            continue
        if k in widths:
            values = _ragged([t for _, t in cells[k + 1 : k + 1 + widths[k]]], width, growth_last)
            if values is None:
                continue  # a row with more or fewer numbers than the table's columns: unreadable
            text = re.sub(r"[(（]\s*%\s*$", "(%)", text)  # ('第一产业(%': a page that lost the ')')
            if widths[k] < width and text.endswith("(%)") and not text[:-3].endswith("率"):
                continue  # '三次产业结构' over '第一产业(%)', '8.2': a share, not the growth column's
            own = PAREN_UNIT.search(text)
            name = PAREN_UNIT.sub("", text).strip()
            if not name:
                continue  # a row whose label the page lost ('#'): its numbers name nothing
            if own and name.endswith("率"):
                measure, grouped = "率", False  # '工业产销率(%)' over industries: their ratios, no figure
            elif own and (head := _HEAD.search(name)):
                # '货运量(万吨)' over '铁 路': the parts' measure; '工业销售产值' over industries: 销售产值
                industry = _OF_INDUSTRY.match(name)
                measure, grouped = (industry["measure"] if industry else head.group()), False
                # '规模以上工业总产值' over '国有控股': its parts' measure is industry's (国有控股工业总产值)
                measure = "工业" + measure if name.endswith("工业" + measure) else measure
            elif measure == "率" and not own:
                continue
            elif measure and not MEASURE.search(name) and (grouped or not own):
                # '粮豆薯' under '主要农产品产量(万吨)' is 粮豆薯产量; '大型工业' needs no second 工业
                name += measure.removeprefix("工业") if "工业" in name else measure
            stated = own.group(1) if own else stated
            unit = (own.group(1) if own else "") or stated or group
            rows.append((f"{name}({unit})" if unit else name, *values))
            lines.append(line)
        else:  # a group line: its unit (or none) and measure for the rows under it
            unit_of = PAREN_UNIT.search(text)
            head = _HEAD.search(PAREN_UNIT.sub("", text).strip())
            group, stated, measure = (unit_of.group(1) if unit_of else ""), "", head.group() if head else ""
            grouped = True
    if len(rows) < least:
        return None
    top = (header, sub) if sub else (header,)
    block = TextBlock("table", lines[0], "", rows=(*top, *rows), row_lines=(*(lines[0] for _ in top), *lines))
    return lead, block


def _by_column(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A one-column table a page copied column by column ('指 标 比上年增长%', then every label, then
    every number): the labels and numbers put back side by side, when they are as many and a header
    opens the run."""
    numbers = [_is_number(t) for _, t in cells]
    count = len(numbers) - next((k for k in range(len(numbers), 0, -1) if not numbers[k - 1]), 0)
    first = len(cells) - 2 * count
    if count < _MIN_ROWS or first < 1 or any(numbers[: first + count]):  # (every number in the last run)
        return cells
    if any(_is_unit(t) or YOY_HEAD.search(t) for _, t in cells[first : first + count]):
        return cells  # (a header's words, not the labels: '1-10', '同比增长(±%', '万元')
    if not (YOY_HEAD.search(cells[first - 1][1]) or _NAME_HEAD.search(cells[first - 1][1])):
        return cells
    labels, values = cells[first : first + count], cells[first + count :]
    return cells[:first] + [cell for pair in zip(labels, values, strict=True) for cell in pair]


def _least_rows(cells: list[tuple[int, str]]) -> int:
    """A run opening on the header of a name column and a unit column ('指标名称', '计量单位') is a
    table even with one row (a district's page of one indicator); any other needs several rows."""
    words = [t.replace(" ", "") for _, t in cells[:8]]  # (after a title and a date line)
    headed = any(_NAME_HEAD.fullmatch(a) and UNIT_HEAD.match(b) for a, b in pairwise(words))
    return 1 if headed else _MIN_ROWS


def _lines_of(block: TextBlock) -> list[TextBlock]:
    """A paragraph of two or three cells the page set on lines of their own ('指 标 比上年增长%' then
    '规模以上工业'), one block a cell; any other block as it is."""
    if block.kind != "paragraph" or len(block.breaks) not in (2, 3):
        return [block]
    ends = [*block.breaks[1:], len(block.text)]
    lines = [block.text[a:b].strip() for a, b in zip(block.breaks, ends, strict=True)]
    if not all(0 < len(line) <= _MAX_CELL for line in lines):
        return [block]
    return [TextBlock("paragraph", block.line + k, line) for k, line in enumerate(lines)]


def cell_tables(given: Sequence[TextBlock]) -> list[TextBlock]:
    split = [_lines_of(block) for block in given]
    blocks = [part for parts in split for part in parts]
    origin = [k for k, parts in enumerate(split) for _ in parts]
    out: list[TextBlock] = []
    i = 0
    while i < len(blocks):
        cells: list[tuple[int, str]] = []
        while i + len(cells) < len(blocks) and (cell := _cell(blocks[i + len(cells)])) is not None:
            cells.append((blocks[i + len(cells)].line, cell))
        # (short lines after the last number, a notes section's headings, are no part of the table)
        end = max((k + 1 for k, (_, t) in enumerate(cells) if _is_number(t)), default=0)
        found = _table(cells[:end]) if end >= 2 * _least_rows(cells) + 2 else None
        if found is None:  # each run is judged once, whole: no table in it, or no run at all
            out.extend(given[k] for k in sorted(set(origin[i : i + max(len(cells), 1)])))
        else:
            out.extend(blocks[i : i + found[0]])
            out.append(found[1])
            out.extend(blocks[i + end : i + len(cells)])
        i += max(len(cells), 1)
    return out


_PRICE_TOTAL = re.compile(r"(?:消费|零售|出厂|购进)价格$")


def growth_column(block: TextBlock, caption: str) -> TextBlock:
    """A table of cells with no header of its own under a caption of rates ('…居民消费价格比上年涨跌幅度',
    '单位:%'): its one column holds growth, not amounts; under a price total (居民消费价格) each class
    row is that class's price (衣着 is 衣着价格, as the prose names it)."""
    if block.rows[:1] != (_HEADER,) or not (YOY_HEAD.search(caption) and re.search(r"[%％]", caption)):
        return block
    body = block.rows[1:]
    priced = bool(body) and _PRICE_TOTAL.search(body[0][0]) is not None
    rows = [
        (r[0] if k == 0 or not priced or r[0].endswith("价格") else r[0] + "价格", *r[1:])
        for k, r in enumerate(body)
    ]
    return replace(block, rows=(("指标", "比上年增长(%)"), *rows))
