"""What each column of a table holds, from its header: the indicator's name, values (of which period,
cumulative or not), the unit, growth (a rate, or an index on a base of 100), or a rank.

Contract: ``header_rows(rows)`` -> the header (its continuation rows merged) and how many rows it spans;
``columns(header, year, body)`` -> the roles of the columns; ``yoy_for`` pairs a value column with its
growth column; ``kind_period`` gives a 累计 or 本月 column its own period. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.core.period_text import parse_period_text
from bulletin.core.periods import Period, PeriodError
from bulletin.core.units import parse_number
from bulletin.extract import lexicon as lx

__all__ = [
    "BASE_100",
    "EMPTY",
    "PAREN_UNIT",
    "UNIT_HEAD",
    "YOY_HEAD",
    "ValueColumn",
    "cell_number",
    "columns",
    "growth_cell",
    "growth_period",
    "header_period",
    "header_rows",
    "kind_period",
    "yoy_for",
]

_NAME_HEAD = re.compile(r"指标|项目|名称|indicator|item|name", re.IGNORECASE)
_VALUE_HEAD = re.compile(
    r"绝对值|绝对数|数值|总量|金额|完成|累计|本期|本月|当月|本年|全年|value|amount|total|level|absolute",
    re.I,
)
UNIT_HEAD = re.compile(r"^(?:计量|计算)?单位$|^unit$", re.IGNORECASE)
YOY_HEAD = re.compile(
    r"同比|同期比|增长|增速|增幅|比上年|累计比(?!重|例)|增减|涨跌|涨幅|上涨|同期(?:累计)?对比|比同[期月季]|yoy|y/y|growth|change|±|increase|decrease|"
    r"over (?:the )?(?:same period|previous|preceding|last)|over \d{4}|"
    r"(?:对比|相比)\s*(?:[(（]\s*%\s*[)）])?$",  # '与上年同期对比(%)'
    re.IGNORECASE,
)
# Columns that hold no figure of the period: a comparison base (上年同期, 去年), a month-on-month
# change, a share or structure, a two-year average. Read as values they would contradict the
# period's own column; read as growth they would be wrong.
_NOT_OWN_HEAD = re.compile(
    r"上年同期|去年同期|上年|去年|上月|上期|基期|定基|环比|比重|占比|结构|构成|两年平均|平均增长|年均|"
    r"previous|last year|a year earlier|month[- ]on[- ]month|share|proportion",
    re.IGNORECASE,
)
# A header unit other than per cent turns a 'change' column into an absolute or a points change
# (比上年增减(亿元), 比上年提高(个百分点)): never a growth rate.
_NON_PERCENT_UNIT = re.compile(r"[((]\s*(?![±+-]?\s*(?:%|％|百分比))[^()()]+[))]")
# Index numbers on a base of 100 (上年=100, 上年同期=100): growth is the index minus 100.
_INDEX_BASE = re.compile(r"=\s*100|＝\s*100|指数")
# The base said in words too: 以上年同期价格为100.
BASE_100 = re.compile(r"(?:=|＝|为)\s*100(?![\d.])")
# An index on the same period a year earlier is a growth column, not a column of last year's figures
# (以上年同期价格为100 | 上年同月=100); an index on last month (以上月价格为100) is month-on-month.
_PREV_YEAR_BASE = re.compile(r"(?:上年|去年)(?:同期|同月|同季)?(?:价格)?\s*(?:=|＝|为)\s*100")
_WHOLE_HEAD = re.compile(r"总计|合计|全省|全市|全县|全区|全体|全部|总体|Total", re.IGNORECASE)
_PART_HEAD = re.compile(r"城市|农村|城镇|乡村|Urban|Rural", re.IGNORECASE)


def _zh_head(cell: str) -> str:
    """A head without its English gloss ('城市 Urban' -> '城市')."""
    return re.sub(r"(?<=[\u3400-\u9fff])\s+[A-Za-z][A-Za-z ]*$", "", lx.normalize(cell).strip())


_RANK_HEAD = re.compile(r"排名|位次|排位|名次|rank", re.IGNORECASE)
_CUMULATIVE = re.compile(
    r"累计|年初至|至本月|至本季|至本期|年初以来|1\s*[-—~至]\s*(?:\d+\s*月|本月|本季|本期)"
    r"|cumulative|year to date|ytd",
    re.IGNORECASE,
)
_SINGLE = re.compile(r"当月|本月|单月|当季|单季|month|quarter alone", re.IGNORECASE)
_QUALIFIERS = re.compile(r"累计|当月|本月|单月|当季|单季|本期|绝对值|数值|完成|金额|总量|值$")
PAREN_UNIT = re.compile(r"[((]\s*([^()()]+?)\s*[))]\s*$")

EMPTY = {"", "-", "—", "–", "--", "/", "…", "n/a", "na", "—/—"}


@dataclass(frozen=True, slots=True)
class ValueColumn:
    index: int
    period: Period | None
    cumulative: bool | None  # True: 累计; False: 当月/当季; None: not said
    unit: str
    yoy: int | None = None  # the growth column of a table that states growth only


# A month range without 月 in a monthly table's header ('8月 | 1-8'): January to August.
_BARE_MONTHS = re.compile(r"^(1)\s*[-—–~至]\s*(1[0-2]|[2-9])(?![\d.月])")


def header_period(cell: str, year: int) -> Period | None:
    # ('本年 本月' under a group 本年 beside 上年同期: the year's own columns; the month is the period)
    cell = re.sub(r"^本\s*年\s*(?=\S)", "", cell.strip())
    text = _QUALIFIERS.sub("", PAREN_UNIT.sub("", cell)).strip()
    text = _BARE_MONTHS.sub(r"\1-\2月", text)
    try:
        return parse_period_text(text, year) if text else None
    except PeriodError:
        return None


# a growth group spread over its years ('增长% | 结构%' over '2024年 | 2023年 | …'): each column's year
_GROWTH_GROUP = re.compile(r"^(?:比上年)?(?:增长|增速|增幅|增减)\s*(?:[(（]?\s*%\s*[)）]?)?\s+(?=\S)")


def growth_period(cell: str, year: int) -> Period | None:
    """The period a growth column's header names ('增长% 2023年' is 2023's growth), or None."""
    return header_period(_GROWTH_GROUP.sub("", cell), year)


def _kind(cell: str) -> bool | None:
    if _CUMULATIVE.search(cell):
        return True
    if _SINGLE.search(cell):
        return False
    return None


def kind_period(cell: str, kind: bool | None, context: Period) -> Period | None:
    """The period of a 累计 or a 本月/当季 column in a bulletin of ``context``: January to its last
    month, or that month (quarter) alone. None when the context already is it."""
    if kind is True and not context.cumulative:
        return Period(context.year, 1, context.last_month)
    if kind is False and context.months > 1:
        months = 3 if "季" in cell and context.last_month % 3 == 0 else 1
        return Period(context.year, context.last_month - months + 1, context.last_month)
    return None


_Columns = tuple[dict[str, int], list["ValueColumn"], list[tuple[int, bool | None]]]


def _numeric(rows: tuple[tuple[str, ...], ...], index: int) -> bool:
    """Most cells of the column are numbers (an unnamed value column: 产量, 本年, 实绩 …)."""
    cells = [r[index] for r in rows if index < len(r) and r[index].strip().lower() not in EMPTY]
    return bool(cells) and sum(cell_number(c) is not None for c in cells) * 2 > len(cells)


def columns(header: tuple[str, ...], year: int, body: tuple[tuple[str, ...], ...] = ()) -> _Columns:
    cols: dict[str, int] = {"name": 0}
    values: list[ValueColumn] = []
    yoys: list[tuple[int, bool | None]] = []
    # '总计 | 城市 | 农村': beside the whole's column, the urban and rural ones are parts, no series of
    # the rows' own (their labellers name them apart, if at all)
    whole = any(_WHOLE_HEAD.fullmatch(_zh_head(h)) for h in header[1:])
    for i, raw in enumerate(header):
        cell = lx.normalize(raw).strip()
        if i == 0 and (_NAME_HEAD.search(cell) or not cell):
            continue
        if whole and _PART_HEAD.fullmatch(_zh_head(cell)):
            continue
        if _RANK_HEAD.search(cell) and "rank" not in cols:
            cols["rank"] = i
        elif _PREV_YEAR_BASE.search(cell.replace(" ", "")):
            yoys.append((i, _kind(cell)))
        elif _not_own(cell):
            continue
        elif YOY_HEAD.search(cell):
            if _NON_PERCENT_UNIT.search(cell) and not _INDEX_BASE.search(cell):
                continue
            yoys.append((i, _kind(cell)))
        elif UNIT_HEAD.match(cell) and "unit" not in cols:
            cols["unit"] = i
        elif _RATIO_HEAD.search(cell):
            continue
        elif i > 0 and (_VALUE_HEAD.search(cell) or header_period(cell, year) or _numeric(body, i)):
            period = header_period(cell, year)
            unit = PAREN_UNIT.search(cell)
            kind = _kind(cell)
            if kind is None and period is not None:
                kind = period.cumulative and period.months > 1
            values.append(ValueColumn(i, period, kind, unit.group(1) if unit else ""))
    units = {v.unit for v in values if v.unit}
    if len(values) >= 2 and len(units) == len(values) and all(v.period is None for v in values):
        # 'Sown Areas (1000 hectares) | Total Outputs (10,000 tons)': a measure a column, none the row's
        values = []
    return cols, values, yoys


# A ratio of another measure (产销率(%), 利润率): its column holds no level of the row's quantity.
_RATIO_HEAD = re.compile(r"率\s*(?:[((][^()()]*[))])?$|\bratio\b", re.IGNORECASE)
_NOT_GROWTH_HEAD = re.compile(r"环比|两年平均|平均增长|年均|month[- ]on", re.IGNORECASE)


def _not_own(cell: str) -> bool:
    """A header of a column that holds no figure of the period (上年同期, 比重, 环比增长)."""
    if not _NOT_OWN_HEAD.search(cell):
        return False
    return not YOY_HEAD.search(_NOT_OWN_HEAD.sub("", cell)) or bool(_NOT_GROWTH_HEAD.search(cell))


def yoy_for(
    values: list[ValueColumn],
    yoys: list[tuple[int, bool | None]],
    column: ValueColumn,
    context_period: Period,
) -> int | None:
    """Which YoY column belongs to a value column."""
    if column.yoy is not None:
        return column.yoy
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


def cell_number(cell: str) -> tuple[float, int] | None:
    text = lx.normalize(cell).replace("*", "").replace("_", "").strip().rstrip("%").strip()
    if text.lower() in EMPTY:
        return None
    if text in ("持平", "flat", "0.0"):
        return 0.0, 1
    try:
        return parse_number(text)
    except ValueError:
        return None


_TIMES = re.compile(r"^(?P<n>\d+(?:\.\d+)?)\s*倍$")


def growth_cell(cell: str) -> tuple[float, int] | None:
    """A growth column's cell: a rate, or a multiple ('1.6倍' under 比去年同期增长(%) is +160%)."""
    times = _TIMES.match(lx.normalize(cell).strip())
    if times is None:
        return cell_number(cell)
    places = len(times["n"].partition(".")[2])
    return round(float(times["n"]) * 100, max(places - 2, 0)), max(places - 2, 0)


def _fold_cell(cell: str) -> str:
    """A header cell as words: '单　位', '绝 对 数' are 单位, 绝对数 (spaces set between characters)."""
    text = lx.normalize(cell).strip()
    return re.sub(rf"(?<=[{lx.CJK}])[\s\u3000]+(?=[{lx.CJK}(（])", "", text)


def header_rows(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], int]:
    """The header, with the rows under it that carry on its words (a title row above '指标 | 单位 |
    …', or '绝对值 | 增长%' under a merged '1-11月'), and how many rows it spans."""
    header = [_fold_cell(c) for c in rows[0]]
    span = 1
    while span < len(rows) - 1:
        sub = [_fold_cell(c) for c in rows[span]]
        if not any(sub[1:]) or any(cell_number(c) is not None for c in sub[1:]):
            break
        merged, spill = [], ""
        for i in range(max(len(header), len(sub))):
            top = header[i] if i < len(header) else ""
            if i > 0:
                spill = top or spill  # a merged cell spans the empty cells to its right
            bottom = sub[i] if i < len(sub) else ""
            merged.append(" ".join(w for w in (spill if i > 0 else top, bottom) if w).strip())
        header, span = merged, span + 1
    return tuple(header), span
