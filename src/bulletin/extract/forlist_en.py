"""English figures written before their item: 'The added value was 175.6 billion yuan for the
primary industry, 884.5 billion yuan for the secondary industry, and 1.39 trillion yuan for the
tertiary industry'; 'the government collected 186.66 billion yuan in fiscal revenue'.

Contract: ``items_first_en(sentence)`` -> the sentence with each 'V for the X' of such a list, and
each 'collected V in X', written with the item first, and where each of its characters was (so a
figure keeps its line). Pure.
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["items_first_en"]

# a figure and its unit words ('over 1.39 trillion CNY', '12.5%', '3,086 units')
_VALUE = r"(?:(?:over|about|nearly|around|more than)\s+)?\d[\d,]*(?:\.\d+)?\s*(?:%|(?:[a-zA-Z-]+\s+){0,3}?)"
_ITEM = r"(?:the\s+)?[a-z][a-z' -]{1,60}?"
_PAIR = re.compile(rf"(?P<value>{_VALUE})\s*(?P<item>for\s+{_ITEM})(?=\s*(?:,|;|\.|$|\s+and\b))")
# 'collected 186.66 billion CNY in fiscal revenue', 'earned CNY 4.38 billion in tourism revenue' (and
# not 'made 412 trips in January': a period is no item)
_IN_ITEM = re.compile(
    rf"\b(?:collected|earned|generated|raked in|realized|realised)\s+"
    rf"(?P<value>(?:(?:CNY|RMB|US\$|\$)\s*)?{_VALUE})\s*(?P<item>in\s+{_ITEM})(?=\s*(?:,|;|\.|$))"
)
_PERIOD_WORDS = re.compile(
    r"\b(?:year|half|quarter|month|period|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|first|second|third|fourth|past|last)\b"
)


def items_first_en(sentence: str) -> tuple[str, list[int]]:
    """'V1 for A, V2 for B and V3 for C' as 'for A V1, for B V2 and for C V3': each figure after
    its item, where the reader looks for it. A single 'V for X' is left alone (often a purpose)."""
    # ('growth was 6.8 percent for the first quarter, 6.7 percent for the second': periods, no items)
    pairs = [m for m in _PAIR.finditer(sentence) if not re.search(r"\d", m["item"]) and _item(m)]
    if len(pairs) < 2 or not all(_joined(sentence[a.end() : b.start()]) for a, b in pairwise(pairs)):
        # (a list shared out 'respectively' reads its names in order; moving one would reorder them)
        pairs = [m for m in _IN_ITEM.finditer(sentence) if _item(m) and "respectively" not in sentence]
    if not pairs:
        return sentence, list(range(len(sentence)))
    text: list[str] = []
    where: list[int] = []
    at = 0
    for m in pairs:
        text.append(sentence[at : m.start("value")])
        where.extend(range(at, m.start("value")))
        value = m["value"].rstrip()
        for piece, start in ((m["item"], m.start("item")), (" ", m.start("item")), (value, m.start("value"))):
            text.append(piece)
            where.extend(range(start, start + len(piece)) if piece != " " else [start])
        at = m.end()
    text.append(sentence[at:])
    where.extend(range(at, len(sentence)))
    return "".join(text), where


def _joined(between: str) -> bool:
    """Two pairs of one list are joined by a comma, 'and', or both."""
    return bool(re.fullmatch(r"\s*(?:,|;)?\s*(?:and\s+)?", between))


def _item(m: re.Match[str]) -> bool:
    return not _PERIOD_WORDS.search(m["item"].lower())
