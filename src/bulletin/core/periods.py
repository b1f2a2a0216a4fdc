"""Reporting periods of Chinese official statistics.

Contract: text (a canonical code such as ``2023-Q1-Q3``, a release phrase such as
``2023年前三季度`` or ``first half of 2023``) -> :class:`Period` values, and back to codes
and labels. Pure functions of their arguments: no I/O, no clock (a missing year comes
from the caller, never from today's date), no locale. Malformed input raises
:class:`PeriodError` carrying a hint for the editor; :func:`find_periods` never raises.
Periods are cumulative from January unless the text says otherwise (上半年 = Jan–Jun).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass


class PeriodError(ValueError):
    """A period that cannot be understood; .message and .hint for the editor."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


_CODE_HINT = "write 2023, 2023-H1, 2023-H2, 2023-Q1 … 2023-Q4, 2023-Q1-Q3, 2023-M09 or 2023-M01-M09"
_TEXT_HINT = "write e.g. 2023年, 上半年, 一季度, 前三季度, 1-9月, 9月, H1 2023, Q3 2023 or Jan–Sep 2023"
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CN_QUARTER = "一二三四"

# Full-width ASCII forms map one-to-one onto ASCII, so match offsets stay valid in the
# original text. The full-width comma is left alone: in Chinese prose it separates clauses.
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if c != 0xFF0C} | {0x3000: 0x20}


def _normalise(text: str) -> str:
    return text.translate(_WIDTH)


# --- Chinese numerals -------------------------------------------------------------------

_CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_int(text: str) -> int:
    """Value of a Chinese numeral from 0 to 9999: 十一, 二十三, 一百零八, or digit by digit (二〇二三)."""
    s = text.strip()
    if not s or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in s):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if not any(ch in _CN_UNITS for ch in s):
        return int("".join(str(_CN_DIGITS[ch]) for ch in s))
    total, digit, last_unit, zero = 0, None, 10_000, False
    for ch in s:
        if ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            # A bare unit is only allowed first (十一); 一百十 and 十百 are not numerals.
            if unit >= last_unit or digit == 0 or (digit is None and (total or unit != 10)):
                raise ValueError(f"not a Chinese numeral: {text!r}")
            total += (1 if digit is None else digit) * unit
            digit, last_unit, zero = None, unit, False
        elif _CN_DIGITS[ch] == 0:
            if digit is not None or zero or not total:
                raise ValueError(f"not a Chinese numeral: {text!r}")
            zero = True
        elif digit is None:
            digit = _CN_DIGITS[ch]
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    if digit is not None:
        # 一百一 means 110 in speech; refuse the ambiguity rather than guess.
        if last_unit != 10 and not zero:
            raise ValueError(f"ambiguous Chinese numeral: {text!r}")
        total += digit
    return total


# --- Period -----------------------------------------------------------------------------


def _span_code(first: int, last: int) -> str:
    named = {(1, 12): "Y", (1, 6): "H1", (7, 12): "H2"}
    if (first, last) in named:
        return named[first, last]
    if first % 3 == 1 and last % 3 == 0:
        q1, q2 = (first + 2) // 3, last // 3
        return f"Q{q1}" if q1 == q2 else f"Q{q1}-Q{q2}"
    return f"M{first:02d}" if first == last else f"M{first:02d}-M{last:02d}"


@functools.total_ordering
@dataclass(frozen=True, slots=True)
class Period:
    """Months first_month..last_month of one year; ordered by (year, last_month, first_month)."""

    year: int
    first_month: int
    last_month: int

    def __post_init__(self) -> None:
        for name in ("year", "first_month", "last_month"):
            if type(getattr(self, name)) is not int:
                raise PeriodError(f"{name} must be a whole number, not {getattr(self, name)!r}")
        if not 1900 <= self.year <= 2200:
            raise PeriodError(f"year {self.year} is out of range", "years run from 1900 to 2200")
        if not (1 <= self.first_month <= 12 and 1 <= self.last_month <= 12):
            raise PeriodError(f"months {self.first_month}-{self.last_month} out of range", "months are 1–12")
        if self.last_month < self.first_month:
            raise PeriodError(
                f"months {self.first_month}-{self.last_month} run backwards", "the span ends before it starts"
            )

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __str__(self) -> str:
        return self.code

    def sort_key(self) -> tuple[int, int, int]:
        """The ordering key: a period sorts by when it ends, then by when it starts."""
        return (self.year, self.last_month, self.first_month)

    @property
    def span(self) -> str:
        """The code without the year: Y, H1, Q1-Q3, M01-M08, Q3, M09…"""
        return _span_code(self.first_month, self.last_month)

    @property
    def code(self) -> str:
        """The canonical code: 2023, 2023-H1, 2023-Q1-Q3, 2023-M09…"""
        return str(self.year) if self.span == "Y" else f"{self.year}-{self.span}"

    @property
    def cumulative(self) -> bool:
        """True when the period runs from January, as most official figures do."""
        return self.first_month == 1

    @property
    def months(self) -> int:
        """Number of months covered."""
        return self.last_month - self.first_month + 1

    @property
    def start(self) -> str:
        """First month as YYYY-MM."""
        return f"{self.year}-{self.first_month:02d}"

    @property
    def end(self) -> str:
        """Last month as YYYY-MM."""
        return f"{self.year}-{self.last_month:02d}"

    def previous_year(self) -> Period:
        """The same span one year earlier."""
        return Period(self.year - 1, self.first_month, self.last_month)

    def same_span(self, other: Period) -> bool:
        """True when both cover the same months, whatever the year."""
        return (self.first_month, self.last_month) == (other.first_month, other.last_month)

    def contains(self, other: Period) -> bool:
        """True when every month of other lies inside this period."""
        inside = self.first_month <= other.first_month and other.last_month <= self.last_month
        return self.year == other.year and inside

    def label(self, lang: str = "zh") -> str:
        """Human label in "zh" (2023年前三季度) or "en" (Q1–Q3 2023)."""
        if lang.lower().startswith(("zh", "en")):
            return self._label_en() if lang.lower().startswith("en") else self._label_zh()
        raise ValueError(f"no period labels in language {lang!r}; use 'zh' or 'en'")

    def _label_zh(self) -> str:
        span, first, last = self.span, self.first_month, self.last_month
        named = {"Y": "", "H1": "上半年", "H2": "下半年", "Q1-Q3": "前三季度"}
        if span in named:
            body = named[span]
        elif span.startswith("Q"):
            q1, q2 = _CN_QUARTER[first // 3], _CN_QUARTER[last // 3 - 1]
            body = f"{q1}季度" if first + 2 == last else f"{q1}至{q2}季度"
        else:
            body = f"{first}月" if first == last else f"{first}-{last}月"
        return f"{self.year}年{body}"

    def _label_en(self) -> str:
        span, first, last = self.span, self.first_month, self.last_month
        if span == "Y":
            return str(self.year)
        if span[0] in "HQ":
            return f"{span.replace('-', '–')} {self.year}"
        months = (
            _MONTH_ABBR[first - 1] if first == last else f"{_MONTH_ABBR[first - 1]}–{_MONTH_ABBR[last - 1]}"
        )
        return f"{months} {self.year}"


# --- canonical codes --------------------------------------------------------------------


def _checked_range(a: int, b: int, top: int, code: str, hint: str) -> tuple[int, int]:
    if not (1 <= a <= top and 1 <= b <= top):
        raise PeriodError(f"{code!r} is not a period", hint)
    if b < a:
        raise PeriodError(f"{code!r} runs backwards", "the span ends before it starts")
    return a, b


def _code_span(span: str, code: str) -> tuple[int, int]:
    if span in ("", "Y", "FY"):
        return 1, 12
    if m := re.fullmatch(r"H([0-9]+)", span):
        h, _ = _checked_range(int(m[1]), int(m[1]), 2, code, "a half-year is H1 or H2")
        return (1, 6) if h == 1 else (7, 12)
    if m := re.fullmatch(r"Q([0-9]+)(?:-Q?([0-9]+))?", span):
        q1, q2 = _checked_range(int(m[1]), int(m[2] or m[1]), 4, code, "quarters are Q1–Q4")
        return 3 * q1 - 2, 3 * q2
    if m := re.fullmatch(r"M([0-9]+)(?:-M?([0-9]+))?", span):
        return _checked_range(int(m[1]), int(m[2] or m[1]), 12, code, "months are M01–M12")
    raise PeriodError(f"{code!r} is not a period code", _CODE_HINT)


def parse_period(code: str | int) -> Period:
    """Period from a canonical code (2023, 2023-H1, 2023-Q1-Q3, 2023-M09…) or a YAML year int."""
    if isinstance(code, int) and not isinstance(code, bool):
        return Period(code, 1, 12)
    if not isinstance(code, str):
        raise PeriodError(f"a period must be text, not {type(code).__name__}", _CODE_HINT)
    s = re.sub(r"\s+", "", _normalise(code)).upper()
    s = re.sub(r"[–—−‐‑/]", "-", s)
    m = re.fullmatch(r"([0-9]{4})(?:-?(.+))?", s)
    if not m:
        raise PeriodError(f"{code!r} is not a period code", _CODE_HINT)
    first, last = _code_span(m[2] or "", code.strip())
    return Period(int(m[1]), first, last)


# --- release text -----------------------------------------------------------------------

# The dot belongs to an abbreviation only: "Sept." is a month, "September." ends a sentence.
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
    rf"(?P<m1>{_M})(?:月份?)?{_TO}(?P<m2>{_M})月份?",
    rf"(?P<m1>{_M})月份?",
)
_EN_YEAR_AFTER = (
    r"(?:\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+year\s+)?(?P<ys>[0-9]{4})(?![0-9])|\s+of\s+(?:the|this)\s+year)?"
)
_EN_COUNT = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_EN_YEAR_BEFORE = r"(?:(?P<y>[0-9]{4})\s*[-/]?\s*)?"
_EN_SPANS = (
    rf"(?:full|whole|entire)[\s-]+year{_EN_YEAR_AFTER}",
    rf"(?P<half>first|second|1st|2nd)[\s-]+half(?:[\s-]+year)?{_EN_YEAR_AFTER}",
    rf"{_EN_YEAR_BEFORE}H(?P<half>[12]){_EN_YEAR_AFTER}",
    rf"{_EN_YEAR_BEFORE}Q(?P<q1>[1-4])(?:\s*[-–—~]\s*Q?(?P<q2>[1-4]))?{_EN_YEAR_AFTER}",
    rf"(?P<q1>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter{_EN_YEAR_AFTER}",
    rf"first\s+(?P<qn>two|three|2|3)\s+quarters{_EN_YEAR_AFTER}",
    rf"first\s+(?P<mn>{_EN_COUNT}|1[0-2]|[2-9])\s+months{_EN_YEAR_AFTER}",
    rf"(?P<m1>{_MON})(?:\s*(?:[-–—~]|to|through|until|thru)\s*(?P<m2>{_MON}))?{_EN_YEAR_AFTER}",
    r"(?P<ys>[0-9]{4})",
)
_RULES = (
    *(re.compile(f"{_CN_YEAR}?{span}") for span in _CN_SPANS),
    re.compile(r"(?P<y>[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年度?|(?P<rel>今年|本年)度?"),
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
    return chinese_int(w)


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
