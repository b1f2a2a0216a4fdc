"""A catalogue name in brackets right after another one glosses it, and names nothing of its own.

Contract: ``unglossed(text, names)`` -> the names without each bracketed gloss that follows a catalogue
name: in '城市居民消费价格(CPI)上涨2.8%' the writer's words say which CPI (the urban one), and the gloss
only abbreviates them; 'The actual use of foreign direct investment (FDI) …, while that of domestic
investment …' refers back to the words, not to the abbreviation. Pure.
"""

from __future__ import annotations

import re

from bulletin.extract.naming.names import NameMatch

__all__ = ["SHORT_NOTE", "unglossed"]

# A short note in brackets among the words before a figure glosses them too ('GDP(现价)'), but not a
# coverage (不含农户 names a series of its own) nor whose figure it is: 'Disposable income per capita
# (rural): 10%' is no resident's income.
SHORT_NOTE = re.compile(r"\((?![不]?含|非|剔除|扣除|urban\)|rural\))[^()]{0,12}\)")

_OPENS = re.compile(r"\s*[(（]\s*")


def unglossed(text: str, names: list[NameMatch]) -> list[NameMatch]:
    kept: list[NameMatch] = []
    for n in names:
        before = kept[-1] if kept else None
        glossing = (
            before is not None
            and before.known
            and n.known
            and _OPENS.fullmatch(text[before.end : n.start]) is not None
            and re.match(r"\s*[)）]", text[n.end :]) is not None
        )
        if not glossing:
            kept.append(n)
    return kept
