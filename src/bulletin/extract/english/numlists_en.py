"""English rates listed with one unit after the last: 'increased by 3.6, 6.8 and 2.5 percent
respectively' is three rates, each in percent ('down 0.4 and 0.3 percentage point', two in points).

Contract: ``percent_lists_en(sentence)`` -> the sentence with the unit written after each number
of such a list, and where each of its characters was (so a figure keeps its line); None for where
when nothing changed. Pure.
"""

from __future__ import annotations

import re

from bulletin.extract.text.spliced import spliced

__all__ = ["percent_lists_en"]

_NUMBER = r"\d+(?:\.\d+)?"
# (a comma and a space part the numbers: '2,645' is one number, '3.6, 6.8' two)
_LIST = re.compile(
    rf"(?<![\d.,])(?P<items>{_NUMBER}(?:,\s+{_NUMBER})*),?\s+and\s+{_NUMBER}\s*"
    # ('down 0.4 and 0.3 percentage point': points each, not per cent)
    r"(?P<unit>percentage points?|percent(?!age)|per cent|%)"
)


def percent_lists_en(sentence: str) -> tuple[str, list[int] | None]:
    edits = []
    for found in _LIST.finditer(sentence):
        unit = " " + found["unit"] if found["unit"] != "%" else "%"
        start = found.start("items")
        for number in re.finditer(_NUMBER, found["items"]):
            edits.append((start + number.end(), start + number.end(), unit, start + number.end()))
    return spliced(sentence, edits)
