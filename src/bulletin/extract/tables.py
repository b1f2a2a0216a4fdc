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

__all__ = ["table_mentions"]

_NAME_HEAD = re.compile(r"指标|项目|名称|indicator|item|name", re.IGNORECASE)
_VALUE_HEAD = re.compile(r"绝对值|数值|总量|金额|完成|累计|本期|本月|当月|value|amount|total|level", re.I)
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$|^unit$", re.IGNORECASE)
_YOY_HEAD = re.compile(r"同比|增长|增速|增幅|比上年|yoy|y/y|growth|change|±", re.IGNORECASE)
_RANK_HEAD = re.compile(r"排名|位次|排位|名次|rank", re.IGNORECASE)
_CUMULATIVE = re.compile(r"累计|年初至|1\s*[-—~至]\s*\d+\s*月|cumulative|year to date|ytd", re.IGNORECASE)
_SINGLE = re.compile(r"当月|本月|单月|当季|单季|month|quarter alone", re.IGNORECASE)
_QUALIFIERS = re.compile(r"累计|当月|本月|单月|当季|单季|本期|绝对值|数值|完成|金额|总量|值$")
_PAREN_UNIT = re.compile(r"[((]\s*([^()()]+?)\s*[))]\s*$")
_LABEL_PREFIX = re.compile(r"^(?:其中\s*[:,]?|#|\s|\u3000|-)+")
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
        elif _YOY_HEAD.search(cell):
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


def table_mentions(block: TextBlock, period: Period, year: int, catalog: Catalog) -> list[Mention]:
    """Mentions in one table block; ``period`` is the section's period, ``year`` the bulletin's."""
    if len(block.rows) < 2:
        return []
    cols, values, yoys = _columns(block.rows[0], year, block.rows[1:])
    if not values and not yoys and "rank" not in cols:
        return []
    if not values:
        values = [_ValueColumn(-1, None, None, "")]
    mentions = []
    for row, line in zip(block.rows[1:], block.row_lines[1:], strict=False):
        label = _LABEL_PREFIX.sub("", lx.normalize(row[0] if row else "").replace("*", "")).strip()
        unit_in_label = _PAREN_UNIT.search(label)
        name = _PAREN_UNIT.sub("", label).strip()
        if not name:
            continue
        entry = catalog.lookup(name)
        unit_cell = row[cols["unit"]].strip() if "unit" in cols and cols["unit"] < len(row) else ""
        for column in values:
            number = _number(row[column.index]) if 0 <= column.index < len(row) else None
            unit = unit_cell if unit_cell.lower() not in _EMPTY else ""
            unit = unit or (unit_in_label.group(1) if unit_in_label else "") or column.unit
            amount = _quantity(number, unit) if number else None
            yoy_index = _yoy_for(values, yoys, column, period)
            yoy = _number(row[yoy_index]) if yoy_index is not None and yoy_index < len(row) else None
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
                )
            )
    return mentions
