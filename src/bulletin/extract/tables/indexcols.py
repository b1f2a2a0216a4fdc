"""Index numbers in a table: columns and rows whose numbers are indices on a base of 100, whose growth
is the index minus 100 (居民消费价格指数 | 上年=100 | 102.3; 衣着 102.3 under 比上年涨跌(%)).

Contract: ``index_columns(header, body)`` -> the indices of such columns; ``index_row(row, unit)``
says whether one row states indices. Pure.
"""

from __future__ import annotations

import re

from bulletin.extract import lexicon as lx
from bulletin.extract.tables.columns import BASE_100, PAREN_UNIT, UNIT_HEAD, YOY_HEAD, cell_number

__all__ = ["ENGLISH_TAIL", "INDEX_RANGE", "index_columns", "index_row"]

# a yearbook's bilingual label: '食品烟酒 I. Food and Liquor'
ENGLISH_TAIL = re.compile(rf"(?<=[{lx.CJK})）])\s+(?:[IVX]+\.\s*)?[A-Za-z][^{lx.CJK}]*$")

INDEX_RANGE = (50.0, 200.0)


def index_row(row: tuple[str, ...], unit: str = "") -> bool:
    """A row whose label or unit says its numbers are indices (居民消费价格指数 | 上年=100 | 102.3),
    or a price index row with no unit (商品零售价格指数 | 101.2): a price index is stated as one."""
    if any(BASE_100.search(lx.normalize(c)) for c in row):
        return True
    label = ENGLISH_TAIL.sub("", lx.normalize(row[0] if row else "")).strip()
    while PAREN_UNIT.search(label):  # '居民消费价格指数(CPI)(%)'
        label = PAREN_UNIT.sub("", label).strip()
    return unit in ("", "%") and label.endswith("指数")


def _cells(body: tuple[tuple[str, ...], ...], index: int) -> list[float]:
    numbers = [cell_number(r[index]) if index < len(r) else None for r in body]
    return [n[0] for n in numbers if n is not None]


def index_columns(header: tuple[str, ...], body: tuple[tuple[str, ...], ...]) -> set[int]:
    """Columns of index numbers on a base of 100, whose growth is the index minus 100.

    A header or a row label that says so (上年=100, 上年同期=100) marks every column of numbers in
    that range, and so do rows most of which are named as indices; without it, a growth column whose
    cells all lie near 100 (衣着 102.3 under 比上年涨跌(%)) holds indices too: growth rates of a whole
    table do not cluster at 100."""
    said = any(BASE_100.search(lx.normalize(c)) for c in (*header, *(r[0] for r in body if r)))
    # (most rows named as indices, '居民消费价格总指数', '非食品价格指数': '食品类' among them is one too)
    said = said or sum(index_row(r) for r in body if r) * 2 > len(body) >= 3
    found = set()
    low, high = INDEX_RANGE
    for i, raw in enumerate(header):
        if i == 0:
            continue
        cells = _cells(body, i)
        if not cells or not all(low <= v <= high for v in cells):
            continue
        cell = lx.normalize(raw)
        median = sorted(cells)[len(cells) // 2]
        if (
            BASE_100.search(cell)
            or (said and not UNIT_HEAD.match(cell))
            or (YOY_HEAD.search(cell) and len(cells) >= 3 and 85.0 <= median <= 115.0)
            or "指数" in cell  # '价格指数', '指数(%)': indices, whatever their base is called
            or re.search(r"\bindex\b|\bindices\b", cell, re.IGNORECASE) is not None
        ):
            found.add(i)
    return found
