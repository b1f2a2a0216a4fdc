"""Reporting periods of Chinese official statistics.

Contract: text (a canonical code such as ``2023-Q1-Q3``, a release phrase such as
``2023年前三季度`` or ``first half of 2023``) -> :class:`Period` values, and back to codes
and labels. Pure functions of their arguments: no I/O, no clock (a missing year comes
from the caller, never from today's date), no locale. Malformed input raises
:class:`PeriodError` carrying a hint for the editor; phrases in prose are read in ``period_text``.
Periods are cumulative from January unless the text says otherwise (上半年 = Jan–Jun).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bulletin.core.langs import family
from bulletin.core.slotstate import plain_state
from bulletin.core.textfold import fold_numbers


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


def _normalise(text: str) -> str:
    return fold_numbers(text)


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


@functools.cache  # at most 78 spans, asked for on every label and code of every page
def _span_code(first: int, last: int) -> str:
    named = {(1, 12): "Y", (1, 6): "H1", (7, 12): "H2"}
    if (first, last) in named:
        return named[first, last]
    if first % 3 == 1 and last % 3 == 0:
        q1, q2 = (first + 2) // 3, last // 3
        return f"Q{q1}" if q1 == q2 else f"Q{q1}-Q{q2}"
    return f"M{first:02d}" if first == last else f"M{first:02d}-M{last:02d}"


@functools.total_ordering
@plain_state
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

    def label(self, lang: str = "zh-CN") -> str:
        """Human label for a language code: zh-CN (2023年前三季度) or en (Q1–Q3 2023)."""
        return _label(self, lang)

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


@functools.lru_cache(maxsize=1 << 14)  # pages label the same few hundred periods many times over
def _label(period: Period, lang: str) -> str:
    labels = {"zh": period._label_zh, "en": period._label_en}
    made = labels.get(family(lang))
    if made is None:
        raise ValueError(f"no period labels in language {lang!r}; use 'zh-CN' or 'en'")
    return made()


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
    if type(code) is str:  # the dataset reads back ~12,000 codes per 1,000 bulletins, a few hundred distinct
        return _parse_code(code)
    return _parse(code)


@functools.lru_cache(maxsize=4096)
def _parse_code(code: str) -> Period:
    return _parse(code)  # a PeriodError is raised again on every call: errors are not cached


def _parse(code: str | int) -> Period:
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
