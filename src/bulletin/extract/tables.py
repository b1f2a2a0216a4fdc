"""Figures in Markdown tables: header cells say what each column holds.

Contract: ``table_mentions(block, period, limit_year, catalog)`` -> mentions,
one per (row, value column). Columns are recognised by their headers: the
indicator (first column or 指标/项目/名称), values (数值/绝对值/累计 or a
period such as 1-9月), unit (单位, or a unit in parentheses in the header or
the row label), YoY % (同比/增长/增速), rank (排名/位次). A YoY column
marked 累计/当月 belongs to the value column of the same kind. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.content.catalog import Catalog
from bulletin.core.document import TextBlock
from bulletin.core.model import Mention, measure_of
from bulletin.core.period_text import parse_period_text
from bulletin.core.periods import Period, PeriodError
from bulletin.core.units import Quantity, UnitError, parse_number, quantity
from bulletin.extract import lexicon as lx
from bulletin.extract.elision import MEASURE
from bulletin.extract.lang import zh
from bulletin.extract.lang.rules import is_benchmark_scope

__all__ = ["table_mentions"]

_NAME_HEAD = re.compile(r"指标|项目|名称|indicator|item|name", re.IGNORECASE)
_VALUE_HEAD = re.compile(
    r"绝对值|绝对数|数值|总量|金额|完成|累计|本期|本月|当月|本年|全年|value|amount|total|level|absolute",
    re.I,
)
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$|^unit$", re.IGNORECASE)
_YOY_HEAD = re.compile(
    r"同比|增长|增速|增幅|比上年|增减|涨跌|涨幅|yoy|y/y|growth|change|±|increase|decrease|"
    r"over (?:the )?(?:same period|previous|preceding|last)|over \d{4}",
    re.IGNORECASE,
)
# Columns that hold no figure of the period: a comparison base (上年同期, 去年), a month-on-month
# change, a share or structure, a two-year average. Read as values they would contradict the
# period's own column; read as growth they would be wrong.
_NOT_OWN_HEAD = re.compile(
    r"上年同期|去年同期|上年|去年|上月|上期|基期|环比|比重|占比|结构|构成|两年平均|平均增长|年均|"
    r"previous|last year|a year earlier|month[- ]on[- ]month|share|proportion",
    re.IGNORECASE,
)
# A header unit other than per cent turns a 'change' column into an absolute or a points change
# (比上年增减(亿元), 比上年提高(个百分点)): never a growth rate.
_NON_PERCENT_UNIT = re.compile(r"[((]\s*(?!%|％|百分比)[^()()]+[))]")
# Index numbers on a base of 100 (上年=100, 上年同期=100): growth is the index minus 100.
_INDEX_BASE = re.compile(r"=\s*100|＝\s*100|指数")
_RANK_HEAD = re.compile(r"排名|位次|排位|名次|rank", re.IGNORECASE)
_CUMULATIVE = re.compile(r"累计|年初至|1\s*[-—~至]\s*\d+\s*月|cumulative|year to date|ytd", re.IGNORECASE)
_SINGLE = re.compile(r"当月|本月|单月|当季|单季|month|quarter alone", re.IGNORECASE)
_QUALIFIERS = re.compile(r"累计|当月|本月|单月|当季|单季|本期|绝对值|数值|完成|金额|总量|值$")
_PAREN_UNIT = re.compile(r"[((]\s*([^()()]+?)\s*[))]\s*$")
_LABEL_PREFIX = re.compile(
    r"^(?:其中\s*[:,]?|#|\s|\u3000|-|[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d{1,2}[.、](?!\d))+"
)
# Scope words that open a row label: the area itself (全市 in a city's table) or, above its level,
# another area.
_OWN_SCOPE = re.compile(r"^(?:全国|全省|全市|全州|全县|全区|全镇|全旗)")
_EMPTY = {"", "-", "—", "–", "--", "/", "…", "n/a", "na", "—/—"}


@dataclass(frozen=True, slots=True)
class _ValueColumn:
    index: int
    period: Period | None
    cumulative: bool | None  # True: 累计; False: 当月/当季; None: not said
    unit: str


def _header_period(cell: str, year: int) -> Period | None:
    text = _QUALIFIERS.sub("", _PAREN_UNIT.sub("", cell)).strip()
    try:
        return parse_period_text(text, year) if text else None
    except PeriodError:
        return None


def _kind(cell: str) -> bool | None:
    if _CUMULATIVE.search(cell):
        return True
    if _SINGLE.search(cell):
        return False
    return None


_Columns = tuple[dict[str, int], list["_ValueColumn"], list[tuple[int, bool | None]]]


def _numeric(rows: tuple[tuple[str, ...], ...], index: int) -> bool:
    """Most cells of the column are numbers (an unnamed value column: 产量, 本年, 实绩 …)."""
    cells = [r[index] for r in rows if index < len(r) and r[index].strip().lower() not in _EMPTY]
    return bool(cells) and sum(_number(c) is not None for c in cells) * 2 > len(cells)


def _columns(header: tuple[str, ...], year: int, body: tuple[tuple[str, ...], ...] = ()) -> _Columns:
    cols: dict[str, int] = {"name": 0}
    values: list[_ValueColumn] = []
    yoys: list[tuple[int, bool | None]] = []
    for i, raw in enumerate(header):
        cell = lx.normalize(raw).strip()
        if i == 0 and (_NAME_HEAD.search(cell) or not cell):
            continue
        if _RANK_HEAD.search(cell) and "rank" not in cols:
            cols["rank"] = i
        elif _not_own(cell):
            continue
        elif _YOY_HEAD.search(cell):
            if _NON_PERCENT_UNIT.search(cell) and not _INDEX_BASE.search(cell):
                continue
            yoys.append((i, _kind(cell)))
        elif _UNIT_HEAD.match(cell) and "unit" not in cols:
            cols["unit"] = i
        elif i > 0 and (_VALUE_HEAD.search(cell) or _header_period(cell, year) or _numeric(body, i)):
            period = _header_period(cell, year)
            unit = _PAREN_UNIT.search(cell)
            kind = _kind(cell)
            if kind is None and period is not None:
                kind = period.cumulative and period.months > 1
            values.append(_ValueColumn(i, period, kind, unit.group(1) if unit else ""))
    return cols, values, yoys


_INDEX_RANGE = (50.0, 200.0)
_NOT_GROWTH_HEAD = re.compile(r"环比|两年平均|平均增长|年均|month[- ]on", re.IGNORECASE)


def _not_own(cell: str) -> bool:
    """A header of a column that holds no figure of the period (上年同期, 比重, 环比增长)."""
    if not _NOT_OWN_HEAD.search(cell):
        return False
    return not _YOY_HEAD.search(_NOT_OWN_HEAD.sub("", cell)) or bool(_NOT_GROWTH_HEAD.search(cell))


def _index_row(row: tuple[str, ...], unit: str = "") -> bool:
    """A row whose label or unit says its numbers are indices (居民消费价格指数 | 上年=100 | 102.3),
    or a price index row with no unit (商品零售价格指数 | 101.2): a price index is stated as one."""
    if any("=100" in lx.normalize(c).replace(" ", "") for c in row):
        return True
    label = _PAREN_UNIT.sub("", lx.normalize(row[0] if row else "")).strip()
    return not unit and label.endswith("指数")


def _cells(body: tuple[tuple[str, ...], ...], index: int) -> list[float]:
    numbers = [_number(r[index]) if index < len(r) else None for r in body]
    return [n[0] for n in numbers if n is not None]


def _index_columns(header: tuple[str, ...], body: tuple[tuple[str, ...], ...]) -> set[int]:
    """Columns of index numbers on a base of 100, whose growth is the index minus 100.

    A header or a row label that says so (上年=100, 上年同期=100) marks every column of numbers in
    that range; without it, a growth column whose cells all lie near 100 (衣着 102.3 under
    比上年涨跌(%)) holds indices too: growth rates of a whole table do not cluster at 100."""
    said = any("=100" in lx.normalize(c).replace(" ", "") for c in (*header, *(r[0] for r in body if r)))
    found = set()
    low, high = _INDEX_RANGE
    for i, raw in enumerate(header):
        if i == 0:
            continue
        cells = _cells(body, i)
        if not cells or not all(low <= v <= high for v in cells):
            continue
        cell = lx.normalize(raw).replace(" ", "")
        median = sorted(cells)[len(cells) // 2]
        if (
            "=100" in cell
            or (said and not _UNIT_HEAD.match(cell))
            or (_YOY_HEAD.search(cell) and len(cells) >= 3 and 85.0 <= median <= 115.0)
            or "指数" in cell  # '价格指数', '指数(%)': indices, whatever their base is called
            or re.search(r"\bindex\b|\bindices\b", cell, re.IGNORECASE) is not None
        ):
            found.add(i)
    return found


def _yoy_for(
    values: list[_ValueColumn],
    yoys: list[tuple[int, bool | None]],
    column: _ValueColumn,
    context_period: Period,
) -> int | None:
    """Which YoY column belongs to a value column."""
    if not yoys:
        return None
    if len(values) <= 1:
        return yoys[0][0]
    for index, kind in yoys:
        if kind is not None and kind == column.cumulative:
            return index
    # '| 8月 | 同比±% | 1-8月 | 同比±% |': a YoY column right after a value column is its own.
    if any(kind is None for _, kind in yoys):
        following = [i for i, kind in yoys if kind is None and i == column.index + 1]
        if following:
            return following[0]
        if all(any(i == v.index + 1 for v in values) for i, kind in yoys if kind is None):
            return None
    unmarked = [index for index, kind in yoys if kind is None]
    if unmarked and (column.period or context_period) == context_period:
        return unmarked[0]
    return None


def _number(cell: str) -> tuple[float, int] | None:
    text = lx.normalize(cell).replace("*", "").replace("_", "").strip().rstrip("%").strip()
    if text.lower() in _EMPTY:
        return None
    if text in ("持平", "flat", "0.0"):
        return 0.0, 1
    try:
        return parse_number(text)
    except ValueError:
        return None


def _quantity(number: tuple[float, int], unit: str) -> Quantity | None:
    try:
        return quantity(number[0], unit, number[1])
    except UnitError:
        return None


def _fold_cell(cell: str) -> str:
    """A header cell as words: '单　位', '绝 对 数' are 单位, 绝对数 (spaces set between characters)."""
    text = lx.normalize(cell).strip()
    return re.sub(rf"(?<=[{lx.CJK}])[\s\u3000]+(?=[{lx.CJK}(（])", "", text)


def _header(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], int]:
    """The header, with the rows under it that carry on its words (a title row above '指标 | 单位 |
    …', or '绝对值 | 增长%' under a merged '1-11月'), and how many rows it spans."""
    header = [_fold_cell(c) for c in rows[0]]
    span = 1
    while span < len(rows) - 1:
        sub = [_fold_cell(c) for c in rows[span]]
        if not any(sub[1:]) or any(_number(c) is not None for c in sub[1:]):
            break
        merged, spill = [], ""
        for i in range(max(len(header), len(sub))):
            top = header[i] if i < len(header) else ""
            if i > 0:
                spill = top or spill  # a merged cell spans the empty cells to its right
            bottom = sub[i] if i < len(sub) else ""
            merged.append(((spill if i > 0 else top) + bottom).strip())
        header, span = merged, span + 1
    return tuple(header), span


# A unit or an index base stated once for a whole table: '单位:亿元、%', '(上年=100)'.
_TABLE_UNIT = re.compile(r"单位\s*[:：]\s*(?P<unit>[^\s,，;；、%)）]+)")
# A row that names a place is a part of the area (or another area), not one of its indicators.
_PLACE = re.compile(rf"^[{lx.CJK}]{{1,8}}(?:省|市|县|区|镇|乡|街道|旗|州|园区)$")


# A caption that says what every row measures: '主要农产品产量如下', '分行业增加值'.
_CAPTION_MEASURE = re.compile(
    r"(产量|总产值|产值|增加值|零售额|营业收入|销售额|出口额|进口额|投资)(?:如下|情况|表)?\s*[:：]?\s*$"
)


_SHARES = re.compile(r"(?:构成|比重|结构|占比)(?:情况|表)?\s*[:：]?\s*$")


def _framed(name: str, measure: str, catalog: Catalog) -> str:
    """A bare row label with the measure its caption frames: 粮食 under 主要农产品产量 is 粮食产量, as a
    framing opening does for prose (elision.frame_measure). Other labels stay as written."""
    if catalog.lookup(name) is not None or MEASURE.search(name) or len(name) > 12:
        return name
    if not measure:
        return name
    framed = name + measure
    entry = catalog.lookup(framed)
    # never into an alias of another series (工业 + 增加值 is the catalogue's 规模以上工业增加值)
    return framed if entry is None or entry.name == framed else name


def table_mentions(
    block: TextBlock, period: Period, year: int, catalog: Catalog, level: str = "", caption: str = ""
) -> list[Mention]:
    """Mentions in one table block; ``period`` is the section's period, ``year`` the bulletin's,
    ``level`` the bulletin's own level (scope.region_level), ``caption`` the words just above it."""
    if len(block.rows) < 2:
        return []
    header, span = _header(block.rows)
    body = block.rows[span:]
    cols, values, yoys = _columns(header, year, body)
    indices = _index_columns(header, body)
    said = " ".join((caption, *header))
    if "=100" in said.replace(" ", ""):
        indices |= _index_columns((*header[:1], *("=100" for _ in header[1:])), body)
    stated = _TABLE_UNIT.search(said)
    name_head = _PAREN_UNIT.search(header[0]) if header else None  # '指标(亿元)': every row's unit
    name_unit = name_head.group(1) if name_head and "=100" not in name_head.group(1) else ""
    if any(v.period is None or v.period.year >= year for v in values):
        values = [v for v in values if v.period is None or v.period.year >= year]  # earlier: a base
    if not values and not yoys and "rank" not in cols:
        return []
    if not values:
        values = [_ValueColumn(-1, None, None, "")]
    caption = lx.normalize(caption).strip(" |\t\u3000")  # a title line copied with its empty cells
    if _SHARES.search(caption):
        return []  # '本地生产总值构成': shares of a total and their changes in points, no figure of its own
    framing = _CAPTION_MEASURE.search(caption)
    measure = framing.group(1) if framing else ""
    # A breakdown under a total that alone states its unit ('本地生产总值(亿元)' over 第一产业,
    # 金融业 …): the parts share it. With several units in the labels, a row without one says none.
    label_units = [_PAREN_UNIT.search(lx.normalize(r[0])) if r else None for r in body]
    stated_units = {m.group(1) for m in label_units if m}
    parts_unit = label_units[0].group(1) if label_units and label_units[0] and len(stated_units) == 1 else ""
    mentions = []
    for row, line in zip(body, block.row_lines[span:], strict=False):
        label = _LABEL_PREFIX.sub("", lx.normalize(row[0] if row else "").replace("*", "")).strip()
        unit_in_label = _PAREN_UNIT.search(label)
        name = _PAREN_UNIT.sub("", label).strip()
        if not name or (_PLACE.match(name) and catalog.lookup(name) is None):
            continue
        if is_benchmark_scope(zh.CUES, name, level, 0, _OWN_SCOPE.sub("", name)):
            continue  # '全省 | 6.1': another area's figure quoted beside the area's own
        name = _framed(_OWN_SCOPE.sub("", name) or name, measure, catalog)
        entry = catalog.lookup(name)
        unit_cell = row[cols["unit"]].strip() if "unit" in cols and cols["unit"] < len(row) else ""
        for column in values:
            number = _number(row[column.index]) if 0 <= column.index < len(row) else None
            unit = unit_cell if unit_cell.lower() not in _EMPTY else ""
            unit = unit or (unit_in_label.group(1) if unit_in_label else "") or column.unit
            unit = unit or (stated.group("unit") if stated else "") or name_unit or parts_unit
            yoy_index = _yoy_for(values, yoys, column, period)
            yoy = _number(row[yoy_index]) if yoy_index is not None and yoy_index < len(row) else None
            yoy_in_range = yoy is not None and _INDEX_RANGE[0] <= yoy[0] <= _INDEX_RANGE[1]
            if yoy is not None and (
                yoy_index in indices or (_index_row(row, unit) and number is None and yoy_in_range)
            ):
                yoy = (round(yoy[0] - 100.0, yoy[1]), yoy[1])
            in_range = number is not None and _INDEX_RANGE[0] <= number[0] <= _INDEX_RANGE[1]
            if number is not None and (column.index in indices or (_index_row(row, unit) and in_range)):
                # an index is no value of its own: it states the growth (README: value null)
                yoy = yoy or (round(number[0] - 100.0, number[1]), number[1])
                number = None
            # a number with no unit anywhere (row, column, table) says nothing readable
            amount = _quantity(number, unit) if number and unit else None
            rank = _number(row[cols["rank"]]) if "rank" in cols and cols["rank"] < len(row) else None
            if column is not values[0]:
                rank = None
            if amount is None and yoy is None and rank is None:
                continue
            mentions.append(
                Mention(
                    name=entry.name if entry else name,
                    written=name,
                    line=line,
                    period=column.period or period,
                    measure=measure_of(
                        amount,
                        yoy[0] if yoy else None,
                        yoy[1] if yoy else None,
                        int(rank[0]) if rank and rank[0].is_integer() and rank[0] >= 1 else None,
                    ),
                    known=entry is not None,
                    rule="table",  # a row label names its series as written (review.py)
                )
            )
    return mentions
