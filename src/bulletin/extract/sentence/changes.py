"""Percentage-point changes: how far a rate, or a growth rate, moved against an earlier period.

Contract: ``pp_change(before, after, points, period, lang)`` -> ``Reading | None``. Pure; never
raises. ``before`` is the clause text in front of a number written in percentage points,
``after`` the text behind it. '比上年下降0.3个百分点', '增速较一季度回落0.5个百分点',
'降幅比上半年收窄2.1个百分点', 'down 0.3 percentage points from a year earlier' are changes;
'拉动…1.2个百分点', '占…比重提高', '高于全省0.8个百分点' (a benchmark area, not a period) are not.
The caller decides which figure a change belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.core.period_text import find_periods, parse_period_text
from bulletin.core.periods import Period, PeriodError
from bulletin.extract.lang import EN, ZH, is_en
from bulletin.extract.lexicon import TARGET

__all__ = ["Reading", "pp_change"]


@dataclass(frozen=True, slots=True)
class Reading:
    """A signed change in percentage points, and the period it is measured from."""

    points: float
    base: Period
    growth: bool  # the text says it is the growth rate that moved (增速, 增幅, growth)


_UP_ZH = r"提高|提升|上升|加快|增加|回升|扩大|高出|高"
_DOWN_ZH = r"下降|回落|降低|减少|放缓|放慢|收窄|缩小|下滑|回调|低"
_DOWN_THAN_ZH = ("低于", "慢于")
_RATE_ZH = r"增速|增幅|涨幅|降幅|跌幅"
_BASE_ZH = r"[^,;:。、]{1,12}?"
_CHANGE_ZH = re.compile(
    rf"(?:(?P<same>同比)|(?:比|较|与)(?P<base>{_BASE_ZH})(?:相比)?)\s*,?\s*(?:的)?"
    rf"(?:{_RATE_ZH})?\s*(?P<dir>{_UP_ZH}|{_DOWN_ZH})了?\s*(?:约|近)?\s*$"
    rf"|(?P<dir2>高于|低于|快于|慢于)(?P<base2>{_BASE_ZH})\s*$"
)
_RATE_WORD = re.compile(_RATE_ZH)
_SAME_SPAN_ZH = re.compile(
    r"^(?:上年同期|去年同期|上年|去年|上一年|上年全年|上年末|上年底|去年底|去年末)(?:水平)?$"
)

_UP_EN = (
    r"up|rose|risen|increased|climbed|gained|accelerated|picked up|widened|widening|higher|faster|above|"
    r"more"
)
_DOWN_EN = (
    r"down|fell|fallen|declined|decreased|dropped|slowed|narrowed|narrowing|eased|lower|slower|below|less"
)
# 'the decline narrowed by 5.4 percentage points': a smaller fall is a higher rate.
_FALL_EN = re.compile(r"\b(?:decline|drop|fall|contraction|decrease)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BEFORE_EN = re.compile(
    rf"(?:(?P<rate>growth|growth rate|increase|rate)\s+(?:\w+\s+){{0,2}})?"
    rf"(?P<dir>{_UP_EN}|{_DOWN_EN})(?:\s+by)?\s*$",
    re.IGNORECASE,
)
_AFTER_EN = re.compile(
    r"^\s*(?:(?P<dir>higher|lower|faster|slower|above|below|more|less)\s+than\s+"
    r"(?:that\s+(?:of|in)\s+|in\s+)?"
    r"|(?:from|over|compared with|on|against)\s+(?:that\s+(?:of|in)\s+)?"
    r"|(?P<yoy>year on year|year-on-year|y/y))"
    r"(?P<base>[A-Za-z0-9 -]{0,40})",
    re.IGNORECASE,
)
_SAME_SPAN_EN = re.compile(
    r"^(?:a year (?:earlier|ago|before)|the (?:previous|last|prior) year|last year|"
    r"the same (?:period|quarter|month|time) (?:of |in )?(?:the previous|last|a) year(?: earlier)?|"
    r"the end of (?:the previous|last|the prior) year)",
    re.IGNORECASE,
)
# A clause about a share, a contribution, an average or a month-on-month rate.
_NOT_CHANGE = re.compile(
    r"环比|占|比重|占比|比例|贡献|拉动|强度|两年平均|年均|平均|"
    r"month[- ]on[- ]month|share|contribut|proportion|average",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"分别|respectively", re.IGNORECASE)


def _year_before(period: Period) -> Period | None:
    """The same span a year earlier; None before the first supported year (no base, no change)."""
    try:
        return period.previous_year()
    except PeriodError:
        return None


def _base_zh(text: str, period: Period) -> Period | None:
    text = text.strip()
    if _SAME_SPAN_ZH.match(text):
        return _year_before(period)
    try:
        return _earlier(parse_period_text(text, period.year), period)
    except PeriodError:
        return None


def _earlier(base: Period, period: Period) -> Period | None:
    """``base`` when it is an earlier part of the same year (一季度 in a half-year report) or the
    same span a year before; else None."""
    if base.year == period.year - 1 and base.same_span(period):
        return base
    if base.year != period.year or base.last_month >= period.last_month:
        return None
    return base


def _sign(direction: str, rate: str | None, lang: str) -> float:
    d = direction.lower()
    down = d in _DOWN_THAN_ZH or re.fullmatch(_DOWN_EN if is_en(lang) else _DOWN_ZH, d, re.I) is not None
    if rate in ("降幅", "跌幅") and d in ("收窄", "缩小", "扩大"):
        down = d == "扩大"  # a narrower fall is a higher rate
    return -1.0 if down else 1.0


def pp_change(before: str, after: str, points: float, period: Period, lang: str) -> Reading | None:
    """The change that ``points`` percentage points state, read from the words around them."""
    if _NOT_CHANGE.search(before) or _RESPECTIVELY.search(before) or TARGET.search(before):
        return None
    if is_en(lang):
        return _english(before, after, points, period)
    m = _CHANGE_ZH.search(before)
    if m is None:
        return None
    if m.group("dir2"):
        base = _base_zh(m.group("base2"), period)
        direction = m.group("dir2")
    else:
        base = _year_before(period) if m.group("same") else _base_zh(m.group("base"), period)
        direction = m.group("dir")
    if base is None:
        return None
    rate = _RATE_WORD.findall(before)  # '增速比一季度回落' names the rate before the comparison
    last = rate[-1] if rate else None
    return Reading(round(_sign(direction, last, ZH) * abs(points), 6), base, last is not None)


def _base_en(words: str, period: Period) -> Period | None:
    """'a year earlier', 'the first quarter', 'the January-April period', '2020' -> the base period."""
    if _SAME_SPAN_EN.match(words):
        return _year_before(period)
    named = next(iter(find_periods(words, period.year)), None)
    if named is None or named.start > 4:  # the period must open the words: 'the first quarter'
        return None
    return _earlier(named.period, period)


def _english(before: str, after: str, points: float, period: Period) -> Reading | None:
    clause = re.split(r"[,;]|\band\b|\bwhile\b|\bbut\b", after, maxsplit=1)[0]
    if _NOT_CHANGE.search(clause) or TARGET.search(clause) or _RESPECTIVELY.search(clause):
        return None
    tail = _AFTER_EN.match(after)
    if tail is None:
        return None
    head = _BEFORE_EN.search(before)
    direction = tail.group("dir") or (head.group("dir") if head else None)
    if direction is None:
        return None
    base = _year_before(period) if tail.group("yoy") else _base_en(tail.group("base").strip(), period)
    if base is None:
        return None
    lead = before[: head.start("dir")] if head else before
    fall = bool(_FALL_EN.search(lead))
    sign = _sign(direction, None, EN)
    if fall and direction.lower().startswith(("narrow", "widen")):
        sign = 1.0 if direction.lower().startswith("narrow") else -1.0
    growth = (
        fall or bool(head and head.group("rate")) or bool(re.search(r"\bgrowth\b|\bincrease\b", before, re.I))
    )
    return Reading(round(sign * abs(points), 6), base, growth)
