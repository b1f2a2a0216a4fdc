"""A bulletin's indicator table as front-matter YAML, for ``bulletin extract --front-matter``.

Contract: ``front_matter_yaml(report)`` -> the text of an ``indicators:`` list an editor can paste
into the bulletin's front-matter to publish (or correct) what was read. Numbers keep their stated
decimals; names are quoted as JSON strings, which YAML reads as they are. Deterministic.
"""

from __future__ import annotations

import json

from bulletin.core.measure import stated
from bulletin.core.model import Report

__all__ = ["front_matter_yaml"]


def front_matter_yaml(report: Report) -> str:
    """``indicators:`` with one flow mapping per row of the table."""
    lines = ["indicators:"]
    for row in report.indicators:
        m = row.measure
        fields = [f"name: {json.dumps(row.name, ensure_ascii=False)}"]
        if m.quantity is not None:
            fields.append(f"value: {stated(m.quantity.value, m.quantity.decimals)}")
            fields.append(f"unit: {json.dumps(m.quantity.unit, ensure_ascii=False)}")
        if m.yoy is not None:
            fields.append(f"yoy: {stated(m.yoy.value, m.yoy.decimals)}")
        if m.rank is not None:
            fields.append(f"rank: {m.rank.position}")
            if m.rank.of is not None:
                fields.append(f"rank_of: {m.rank.of}")
        if row.period != report.meta.period:
            fields.append(f"period: {json.dumps(row.period.code)}")
        lines.append("  - {" + ", ".join(fields) + "}")
    return "\n".join(lines) + "\n"
