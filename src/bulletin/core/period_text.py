"""Period expressions in prose: 2023年前三季度, 上半年, 1-9月, first half of 2023, Q3 2023.

Contract: ``parse_period_text(text, year)`` -> :class:`Period` (raises :class:`PeriodError`
with a hint), ``find_periods(text, year)`` -> every period expression in a sentence (never
raises). Pure functions: no I/O, no clock; a missing year comes from the caller.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bulletin.core.periods import (
    _MONTH_ABBR,
    _TEXT_HINT,
    Period,
    PeriodError,
    _checked_range,
    _normalise,
    chinese_int,
    parse_period,
)

__all__ = ["PeriodMatch", "find_periods", "parse_period_text"]


_MON = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?|aug(?:ust|\.)?"
    r"|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_CN_YEAR = r"(?:(?P<y>[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年度?\s*|(?P<rel>今年|本年|去年|上年))"
_Q = r"[1-4一二三四]"
_M = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_TO = r"\s*(?:[-—–~〜―‐‑−]|至|到)\s*"
_CN_SPANS = (
    r"(?P<full>全年)度?",
    r"(?P<half>上|下)半年度?",
    r"前(?P<qn>[23两二三])个?季度",
    rf"前(?P<mn>{_M}|两)个?月",
    rf"第?(?P<q1>{_Q})(?:季度)?{_TO}第?(?P<q2>{_Q})季度",
    rf"第?(?P<q1>{_Q})季度",
    rf"(?P<m1>{_M}|(?<![0-9万亿千百美日港欧])元)(?:月份?)?{_TO}(?P<m2>{_M})\s?月份?",  # 元至九月: January on
    rf"(?P<m1>{_M})\s?月份?",  # ('6 月末': text out of a PDF keeps a space after a number)
)
# an abbreviation in brackets between a period and its year is part of it: 'the first quarter (Q1) of 2022'
_EN_YEAR_AFTER = (
    r"(?:\s*\((?:Q[1-4]|H[12]|[1-4]Q|[12]H)\))?"
    r"(?:\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+year\s+)?(?P<ys>[0-9]{4})(?![0-9])|\s+of\s+(?:the|this)\s+year)?"
)
_EN_COUNT = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_EN_YEAR_BEFORE = r"(?:(?P<y>[0-9]{4})\s*[-/]?\s*)?"
_EN_SPANS = (
    rf"(?:full|whole|entire)[\s-]+year{_EN_YEAR_AFTER}",
    rf"(?P<half>first|second|1st|2nd)[\s-]+half(?:[\s-]+year)?{_EN_YEAR_AFTER}",
    rf"{_EN_YEAR_BEFORE}H(?P<half>[12]){_EN_YEAR_AFTER}",
    # ('from Q1 to Q3': the quarters to date; a spelt-out 'to' takes a Q, as 'in Q1 to 3.5%' is no span)
    rf"{_EN_YEAR_BEFORE}Q(?P<q1>[1-4])(?:(?:\s*[-–—~]\s*Q?|\s+(?:to|through|thru)\s+Q)(?P<q2>[1-4]))?"
    rf"{_EN_YEAR_AFTER}",
    rf"(?P<q1>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter{_EN_YEAR_AFTER}",
    rf"first\s+(?P<qn>two|three|2|3)\s+quarters{_EN_YEAR_AFTER}",
    rf"first\s+(?P<mn>{_EN_COUNT}|1[0-2]|[2-9])\s+months{_EN_YEAR_AFTER}",
    rf"between\s+(?P<m1>{_MON})\s+and\s+(?P<m2>{_MON}){_EN_YEAR_AFTER}",  # 'between January and September'
    rf"(?P<m1>{_MON})(?:\s*(?:[-–—~]|to|through|until|thru)\s*(?P<m2>{_MON}))?{_EN_YEAR_AFTER}",
    # 'January and February': the NBS's 1-2月, two months reported together, never two periods
    rf"(?P<m1>jan(?:uary|\.)?)\s+and\s+(?P<m2>feb(?:ruary|\.)?){_EN_YEAR_AFTER}",
    r"(?P<ys>[0-9]{4})",
)
_RULES = (
    *(re.compile(f"{_CN_YEAR}?{span}") for span in _CN_SPANS),
    # ('本年新开工面积' in a January-May release: the statistics' own name for the year to date, no period)
    re.compile(
        r"(?P<y>[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年度?|(?P<rel>今年|本年(?!新开工|施工|竣工))度?"
    ),
    *(re.compile(f"(?<![A-Za-z0-9])(?:{span})(?![A-Za-z0-9])", re.IGNORECASE) for span in _EN_SPANS),
)
_BARE_YEAR = _RULES[-1]
_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_WORDS |= {w: n for n, w in enumerate(_EN_COUNT.split("|"), start=2)} | {"上": 1, "下": 2}
_MONTHS = {m.lower(): i for i, m in enumerate(_MONTH_ABBR, start=1)}


def _small_int(word: str) -> int:
    w = word.lower()
    if w.isascii() and w.isdigit():
        return int(w)
    if w in _WORDS:
        return _WORDS[w]
    if w[:3] in _MONTHS:
        return _MONTHS[w[:3]]
    return 1 if w == "元" else chinese_int(w)  # 元月 is January


def _year_of(groups: Mapping[str, str | None], year: int | None) -> int | None:
    written = [_small_int(g) for g in (groups["y"], groups["ys"]) if g]
    if len(set(written)) > 1:
        raise PeriodError(f"two different years: {written[0]} and {written[1]}")
    if written:
        return written[0]
    rel = groups["rel"]
    if rel in ("去年", "上年") and year is not None:
        return year - 1
    return year


def _span_of(groups: Mapping[str, str | None]) -> tuple[int, int]:
    if half := groups["half"]:
        return (1, 6) if _small_int(half) == 1 else (7, 12)
    if qn := groups["qn"]:
        return 1, 3 * _small_int(qn)
    if mn := groups["mn"]:
        return _checked_range(1, _small_int(mn), 12, mn, "months are 1–12")
    if q1 := groups["q1"]:
        a, b = _checked_range(_small_int(q1), _small_int(groups["q2"] or q1), 4, q1, "quarters are 1–4")
        return 3 * a - 2, 3 * b
    if m1 := groups["m1"]:
        return _checked_range(_small_int(m1), _small_int(groups["m2"] or m1), 12, m1, "months are 1–12")
    return 1, 12


def _build(match: re.Match[str], year: int | None) -> Period:
    groups = {
        k: match.groupdict().get(k) for k in ("y", "ys", "rel", "half", "qn", "mn", "q1", "q2", "m1", "m2")
    }
    try:
        first, last = _span_of(groups)
        found = _year_of(groups, year)
    except PeriodError:
        raise
    except ValueError as exc:
        raise PeriodError(f"cannot read a period in {match[0]!r}", _TEXT_HINT) from exc
    if found is None:
        raise PeriodError(
            f"{match[0]!r} has no year", "write the year (2023年上半年) or set the bulletin's year"
        )
    return Period(found, first, last)


def parse_period_text(text: str, year: int | None = None) -> Period:
    """Period from one release phrase (2023年前三季度, 上半年, Q3 2023…); year fills a missing year."""
    s = re.sub(r"^the\s+", "", _normalise(text).strip(), flags=re.IGNORECASE)
    for rule in _RULES:
        if m := rule.fullmatch(s):
            return _build(m, year)
    try:
        return parse_period(s)
    except PeriodError:
        raise PeriodError(f"cannot read a period in {text!r}", _TEXT_HINT) from None


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """A period expression found in a sentence: text[start:end] means period."""

    start: int
    end: int
    text: str
    period: Period


_CN_DAY = r"[12][0-9]|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# Dates, year ranges and parts of months look like periods but are not (8月19日, 2023—2025年, 7月下旬).
_CAPITAL_MON = rf"(?=[A-Z])(?i:{_MON})"
_NOT_PERIOD = re.compile(
    rf"(?:(?:[0-9]{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*)?(?:{_M})\s*月\s*(?:(?:{_CN_DAY})\s*[日号]|[上中下]旬)"
    r"|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9])"
    r"|[0-9]{4}\s*(?:年\s*)?(?:[-—–~〜]|至|到)\s*[0-9]{4}(?![0-9])\s*年?"
    rf"|{_CAPITAL_MON}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?![0-9])(?:\s*,\s*[0-9]{{4}})?"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{_CAPITAL_MON}(?![a-z])(?:\s*,?\s*[0-9]{{4}})?"
)
_START = re.compile(
    r"(?<![0-9.])[0-9]|(?<![一二三四五六七八九十两〇零百千万])[一二三四五六七八九十两〇零]|[上下全前今本去第]|(?<![A-Za-z])[A-Za-z]"
    r"|(?<![0-9万亿千百美日港欧])元(?=月?\s*(?:[-—–~〜]|至|到))"
)
_NOT_A_BARE_YEAR = re.compile(
    r"\s*(?:[\u3400-\u9fff%]|[.,][0-9]|(?:per\s*cent|percent|thousand|hundred|million|billion|trillion|yuan"
    r"|dollars|people|persons|tonnes|tons|units|enterprises|firms|companies|projects|households)\b)",
    re.IGNORECASE,
)


def _accept(rule: re.Pattern[str], m: re.Match[str], year: int | None) -> Period | None:
    if rule.flags & re.IGNORECASE and m.groupdict().get("m1") and not m["m1"][0].isupper():
        return None  # "may" and "march" are words; release texts capitalise month names
    if rule is _BARE_YEAR and (
        not 1949 <= int(m[0]) <= 2100
        or _NOT_A_BARE_YEAR.match(m.string, m.end())
        or m.string[max(0, m.start() - 4) : m.start()].rstrip()[-1:] in ("〔", "[")  # 〔2023〕12号, [2023]
    ):
        return None
    try:
        return _build(m, year)
    except PeriodError:
        return None


def _longest_at(s: str, pos: int, year: int | None) -> tuple[int, Period] | None:
    best: tuple[int, Period] | None = None
    for rule in _RULES:
        m = rule.match(s, pos)
        if m and (best is None or m.end() > best[0]) and (period := _accept(rule, m, year)):
            best = (m.end(), period)
    return best


def find_periods(text: str, year: int | None = None) -> list[PeriodMatch]:
    """All period expressions in a sentence, left to right, longest first; dates and durations skipped."""
    s, pos, found = _normalise(text), 0, []
    while start := _START.search(s, pos):
        pos = start.start()
        if skipped := _NOT_PERIOD.match(s, pos):
            pos = skipped.end()
        elif best := _longest_at(s, pos, year):
            found.append(PeriodMatch(pos, best[0], text[pos : best[0]], best[1]))
            pos = best[0]
        else:
            pos += 1
    return found
