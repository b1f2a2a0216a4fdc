"""Two growth rates of one figure over two base years, shared out with 'respectively': 'imports 130.4
billion RMB, up 29.5% and 9.1% over the same period of 2020 and 2019, respectively'. The years are
the bases the rates compare with, not periods of the figure; the rate over the later base is the
year-on-year growth, the other one (over two years) is no row.

Contract: ``latest_base_en(sentence)`` -> the sentence with each such pair written as the one rate
over a year earlier ('up 29.5% year on year'), and where each of its characters was; None for where
when nothing changed. Pure.
"""

from __future__ import annotations

import re

from bulletin.extract.text.spliced import Edit, spliced

__all__ = ["MOM_BASE_EN", "latest_base_en"]

# 'up 0.7 percent on a monthly basis, compared with the 0.6 percent drop in November': the base of a
# month-on-month rate is one too
MOM_BASE_EN = re.compile(
    r"(?:monthly basis|month[- ]on[- ]month),?\s+(?:compared (?:with|to)|from) (?:the|a)\s*$"
)

_PAIR = re.compile(
    r"(?P<verb>up|down|increased|decreased|rose|fell|grew|dropped)(?:\s+by)?\s+"
    r"(?P<a>\d+(?:\.\d+)?)\s*(?:%|percent),?\s+and\s+(?P<b>\d+(?:\.\d+)?)\s*(?:%|percent)\s+"
    r"(?:over|from|compared with|than)\s+(?:the\s+)?same\s+period\s+(?:of|in)\s+"
    r"(?P<y1>(?:19|20)\d{2})\s+and\s+(?P<y2>(?:19|20)\d{2}),?\s+respectively",
    re.IGNORECASE,
)


def latest_base_en(sentence: str) -> tuple[str, list[int] | None]:
    edits: list[Edit] = []
    for m in _PAIR.finditer(sentence):
        rate, start = (m["a"], m.start("a")) if int(m["y1"]) > int(m["y2"]) else (m["b"], m.start("b"))
        edits.append((m.start(), m.end(), f"{m['verb']} {rate}% year on year", start))
    return spliced(sentence, edits)
