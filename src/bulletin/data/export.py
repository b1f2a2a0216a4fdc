"""The data contract: indicator rows as plain records, CSV and JSON.

Contract: ``report_rows(report)`` -> one record per (bulletin, indicator,
period) with exactly :data:`COLUMNS`; ``to_csv`` / ``to_json`` serialise
records deterministically. CSV is UTF-8 with a BOM (spreadsheet programs then
read Chinese correctly) and text cells that a spreadsheet would run as a
formula are prefixed with an apostrophe. No pandas here: the dataset stage
builds its DataFrame from these same records.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from bulletin.core.measure import COLUMNS as MEASURE_COLUMNS
from bulletin.core.measure import NUMBER_COLUMNS as MEASURE_NUMBERS
from bulletin.core.measure import stated
from bulletin.core.model import History, Indicator, Point, Report
from bulletin.core.periods import Period

__all__ = [
    "COLUMNS",
    "contract_rows",
    "derived_row",
    "derived_rows",
    "report_rows",
    "row_for",
    "sort_rows",
    "to_csv",
    "to_json",
]

_IDENTITY = (
    "bulletin",
    "region",
    "period",
    "period_start",
    "period_end",
    "indicator",
    "indicator_en",
)
# The measurement columns come from Measure's fields, so a new kind of measurement is declared once.
COLUMNS = (*_IDENTITY, *MEASURE_COLUMNS, "source", "line")
_NUMBER_COLUMNS = MEASURE_NUMBERS | {"line"}
# A number written with the decimals its row states: (number column, decimals column).
_STATED = {"value": "value_decimals", "yoy_pct": "yoy_decimals"}
_TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in _NUMBER_COLUMNS)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _record(
    bulletin: str, region: str, period: Period, name: str, name_en: str, **fields: Any
) -> dict[str, Any]:
    """A record with every contract column: a row's own fields over empty ones."""
    blank: dict[str, Any] = {c: None if c in _NUMBER_COLUMNS else "" for c in COLUMNS}
    return blank | {
        "bulletin": bulletin,
        "region": region,
        "period": period.code,
        "period_start": period.start,
        "period_end": period.end,
        "indicator": name,
        "indicator_en": name_en,
        **fields,
    }


def row_for(slug: str, region: str, row: Indicator) -> dict[str, Any]:
    """One record of the data contract."""
    return _record(
        slug,
        region,
        row.period,
        row.name,
        row.name_en,
        **row.measure.record(),
        source=row.source,
        line=row.line,
    )


def derived_row(history: History, point: Point) -> dict[str, Any]:
    """A record for a value bulletin derived (source 'derived'); never in data/indicators.csv."""
    return _record(
        point.bulletin,
        point.region,
        point.period,
        history.name,
        history.name_en,
        **point.measure.record(),  # a derived point's measure is its computed quantity alone
        source="derived",
        line=point.line,
    )


def derived_rows(histories: Iterable[History]) -> tuple[dict[str, Any], ...]:
    """Records of every derived point, for the per-indicator downloads."""
    return tuple(derived_row(h, p) for h in histories for p in h.points if p.derived)


def report_rows(report: Report) -> list[dict[str, Any]]:
    """A bulletin's indicator table as records, in table order."""
    return [row_for(report.slug, report.meta.region, row) for row in report.indicators]


def contract_rows(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Every bulletin's table as records in ``sort_rows`` order: the dataset's rows, made from the
    reports (tests/test_contract_rows.py holds them equal), so a build need not hold them throughout."""
    return sort_rows(row for report in reports for row in report_rows(report))


def sort_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """A stable order independent of input order: period, region, bulletin, indicator."""
    return sorted(
        rows,
        key=lambda r: (
            r["period_end"],
            r["period_start"],
            r["region"],
            r["bulletin"],
            r["indicator"],
            r["period"],
        ),
    )


def _number(row: dict[str, Any], column: str) -> str:
    value = row[column]
    if value is None:
        return ""
    if column in _STATED:
        return stated(value, row.get(_STATED[column]))
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _safe_text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] = COLUMNS) -> bytes:
    """CSV with a header row, UTF-8 with BOM, CRLF line ends (RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [_safe_text(str(row[c])) if c not in _NUMBER_COLUMNS else _number(row, c) for c in columns]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_json(rows: Sequence[dict[str, Any]], columns: Sequence[str] = COLUMNS) -> bytes:
    """A JSON array of records, keys in contract order, UTF-8, no escaping of Chinese, one record
    per line (the C encoder's: with ``indent``, json runs Python's own, seconds for a large archive)."""
    if not rows:
        return b"[]\n"
    lines = ",\n".join(" " + json.dumps({c: row[c] for c in columns}, ensure_ascii=False) for row in rows)
    return ("[\n" + lines + "\n]\n").encode("utf-8")
