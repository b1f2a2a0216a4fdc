"""Period words of bulletin prose that ``core.period_text`` leaves unread, and how far they reach.

Contract: ``half_to_date(text, year, found)`` -> the period matches of a sentence, ``found`` with the
first half of ``year`` added where 半年累计 says so. Pure.
"""

from __future__ import annotations

import re

from bulletin.core.guarded import Guarded
from bulletin.core.periods import Period

__all__ = ["half_to_date"]

_HALF_TO_DATE = Guarded(re.compile(r"(?<![上下前后近这一多])半年(?=累计)"), ("半年累计",))


_Found = list[tuple[int, int, Period]]


def half_to_date(text: str, year: int, found: _Found) -> _Found:
    """'今年6月…20.67亿元,半年累计完成…108.7亿元;完成…20亿元': 半年累计 is the first half for its own
    clause, and the period before it holds again after the clause's semicolon. (period_text reads only
    上半年: a bare 半年 is as often a duration, 近半年, 半年来.)"""
    out = list(found)
    for h in _HALF_TO_DATE.finditer(text):
        out.append((h.start(), h.end(), Period(year, 1, 6)))
        before = [p for _, e, p in found if e <= h.start()]
        stop = re.compile(r"[;；]").search(text, h.end())
        if before and stop:
            out.append((stop.end(), stop.end(), before[-1]))
    return sorted(out, key=lambda f: f[0])
