"""A growth rate stated with the absolute change it came from belongs to the figure both fit.

'新增规模以上工业单位266家,其中新开业156家,“四下升四上”110家,比上年同期增加78家,增长41.5%':
the reader pairs the rate with the figure right before it (110家), but 78 more than a year before
is 41.5% only of 266 (266 - 78 = 188, and 78 / 188 = 41.5%). When the change and the rate do not fit
the figure they were read with and fit exactly one other figure of the sentence, the rate moves there.

Contract: ``rate_by_change(figures, text)`` -> the figures, with at most such rates moved. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.core.units import UnitError, quantity
from bulletin.extract.sentence.sentences import Figure

__all__ = ["rate_by_change"]

_CHANGE_THEN_RATE = re.compile(
    r"(?:比上年同期|比上年|较上年同期|较上年|比去年同期|同比)?(?P<dir>增加|增长|多|减少|少)了?"
    r"(?P<n>\d+(?:\.\d+)?)(?P<unit>家|个|户|人|万人|亿元|万元|元|万户|项)\s*[,，]\s*"
    r"(?:同比)?(?:增长|下降)(?P<rate>\d+(?:\.\d+)?)%"
)


def _fits(value: float, change: float, rate: float, up: bool) -> bool:
    base = value - change if up else value + change
    if base <= 0:
        return False
    # the rate and the figures are rounded as stated: a tenth of a point and one per cent of the rate
    return abs(change / base * 100 - rate) <= 0.06 + rate / 100


def rate_by_change(figures: list[Figure], text: str) -> list[Figure]:
    for m in _CHANGE_THEN_RATE.finditer(text):
        up = m["dir"] in ("增加", "增长", "多")
        rate = float(m["rate"]) * (1 if up else -1)
        at = m.start("rate")
        holder = next((i for i, f in enumerate(figures) if f.yoy_pct == rate and f.offset <= at), None)
        try:
            change = quantity(m["n"], m["unit"])
        except (UnitError, ValueError):
            continue
        if holder is None:
            continue
        # (the rate may be a figure of its own, after the amount of the same name)
        own = [f for f in figures[: holder + 1] if f.name == figures[holder].name and f.quantity is not None]
        held = own[-1].quantity if own else None
        if (
            held is None
            or held.family != change.family
            or _fits(held.base_value, change.base_value, abs(rate), up)
        ):
            continue
        fit = [
            i
            for i, f in enumerate(figures)
            if f.name != figures[holder].name
            and f.offset < m.start()
            and f.yoy_pct is None
            and f.quantity is not None
            and f.quantity.family == change.family
            and _fits(f.quantity.base_value, change.base_value, abs(rate), up)
        ]
        if len(fit) != 1:
            continue
        figures = list(figures)
        moved = figures[fit[0]]
        if figures[holder].quantity is None:  # the rate alone: it is now the other figure's
            figures[holder] = replace(
                figures[holder], name=moved.name, written=moved.written, known=moved.known
            )
        else:
            figures[fit[0]] = replace(moved, yoy_pct=rate, yoy_decimals=figures[holder].yoy_decimals)
            figures[holder] = replace(figures[holder], yoy_pct=None, yoy_decimals=None)
    return figures
