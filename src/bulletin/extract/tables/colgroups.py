"""Tables whose value columns come in groups, one measure a group: '行业名称 | 主营业务收入 1-2月 |
主营业务收入 比去年同期增长(%) | 利润总额 1-2月 | 利润总额 比去年同期增长(%) | …'.

A bureau's table of industries heads each pair of columns with a measure (revenue, profit, tax) set
over the pair, and the rows are industries. Read as one table, 纺织业 would have three amounts, three
growths and no measure. Each group is a table of its own, its rows named with the group's measure
(纺织业主营业务收入, 纺织业利润总额), so the table reader sees the shape it knows.

A group is recognised by shape alone, not by a list of measures: every value column's header is a
word and a sub-header, at least two words each head the same run of sub-headers.

Contract: ``measure_groups(block)`` -> one table block a group, or None when the header has no
groups. Pure.
"""

from __future__ import annotations

import re

from bulletin.core.document import TextBlock
from bulletin.extract.tables.columns import header_rows

__all__ = ["measure_groups"]

_GROUPED = re.compile(r"^(?P<measure>[\u3400-\u9fff]{2,12})\s+(?P<sub>\S.*)$")
# the whole table's row ('规模以上工业合计', '合计'): the measure's own total
_TOTAL = re.compile(r"(?:合计|总计)$")


def _named(label: str, measure: str) -> str:
    """A row label with its group's measure: 纺织业 -> 纺织业利润总额, 合计 -> 利润总额."""
    text = label.rstrip()
    if text.endswith(measure):
        return label
    return _TOTAL.sub("", text) + measure


def measure_groups(block: TextBlock) -> list[TextBlock] | None:
    if len(block.rows) < 2:
        return None
    header, span = header_rows(block.rows)
    groups: dict[str, list[int]] = {}
    subs: dict[str, list[str]] = {}
    for i, cell in enumerate(header[1:], start=1):
        part = _GROUPED.match(cell.strip())
        if part is None:
            return None
        groups.setdefault(part["measure"], []).append(i)
        subs.setdefault(part["measure"], []).append(part["sub"])
    heads = {tuple(s) for s in subs.values()}
    contiguous = all(c == list(range(c[0], c[0] + len(c))) for c in groups.values())
    if len(groups) < 2 or len(heads) != 1 or len(next(iter(heads))) < 2 or not contiguous:
        return None
    lines = (block.row_lines[0], *block.row_lines[span:]) if block.row_lines else ()
    tables = []
    for measure, columns in groups.items():
        body = [
            (
                _named(row[0], measure) if row[0].strip() else "",
                *(row[i] if i < len(row) else "" for i in columns),
            )
            for row in block.rows[span:]
            if row
        ]
        rows = ((header[0], *subs[measure]), *body)
        tables.append(TextBlock("table", block.line, "", rows=rows, row_lines=lines))
    return tables
