"""The site's interface strings in Chinese and English, and locale formatting.

Contract: pure lookups. ``translate(lang, key)`` returns the interface string;
the ``format_*`` functions format numbers and dates with babel for a locale.
Content (titles, bodies) is never translated here.
"""

from __future__ import annotations

import datetime as dt
import math

from babel.dates import format_date
from babel.numbers import format_decimal

from bulletin.core.langs import LANGS, LOCALES, column, family, localized
from bulletin.core.strings import text

__all__ = [
    "LANGS",
    "UNITS_EN",
    "column",
    "family",
    "format_day",
    "format_number",
    "format_signed",
    "lang_prefix",
    "locale_of",
    "localized",
    "translate",
    "unit_label",
]


# How units read on the English pages; anything else is shown as written.
UNITS_EN: dict[str, str] = {
    "元": "yuan",
    "万元": "CNY 10k",
    "亿元": "CNY 100m",
    "万亿元": "CNY trn",
    "美元": "USD",
    "万美元": "USD 10k",
    "亿美元": "USD 100m",
    "人": "persons",
    "万人": "10k persons",
    "人次": "person-times",
    "万人次": "10k person-times",
    "吨": "t",
    "万吨": "10k t",
    "平方米": "m²",
    "万平方米": "10k m²",
    "千瓦时": "kWh",
    "万千瓦时": "10k kWh",
    "亿千瓦时": "100m kWh",
    "个": "units",
    "家": "enterprises",
    "项": "projects",
    "户": "households",
    "列": "trains",
    "个百分点": "pp",
    "百分点": "pp",
}


def unit_label(unit: str, lang: str) -> str:
    """A unit as readers of ``lang`` read it ('亿元' -> 'CNY 100m' in English)."""
    return UNITS_EN.get(unit, unit) if family(lang) == "en" else unit


def locale_of(lang: str) -> str:
    """'zh-CN' -> 'zh_Hans_CN' style babel locale."""
    return LOCALES[LANGS[column(lang)]]


def translate(lang: str, key: str, **values: object) -> str:
    """The interface string ``key`` in ``lang``, with ``{name}`` fields filled in."""
    return text(lang, key, **values)


def lang_prefix(lang: str, default: str) -> str:
    """URL prefix of a language: '' for the site's default language, else 'en/'."""
    return "" if lang == default else family(lang) + "/"


def format_number(value: float | None, lang: str, decimals: int | None = None) -> str:
    """682.3 -> '682.3', 1318.5 -> '1,318.5'; keeps the decimals as written."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if decimals is None:
        text = repr(float(value))
        decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
        if float(value).is_integer():
            decimals = 0
    # Pages show the same figures many times over (bulletin, indicator and region pages), and
    # babel parses its pattern and locale on every call: remember each text made.
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    if not isinstance(value, (int, float)):  # a Decimal or a string from a site's own template
        return format_decimal(value, format=pattern, locale=locale_of(lang))
    key = (type(value), value, math.copysign(1.0, value), decimals, lang)
    found = _FORMATTED.get(key)
    if found is None:
        if len(_FORMATTED) >= _FORMATTED_MAX:
            _FORMATTED.clear()
        found = _FORMATTED[key] = format_decimal(value, format=pattern, locale=locale_of(lang))
    return found


_FORMATTED: dict[tuple[type, float, float, int, str], str] = {}
_FORMATTED_MAX = 1 << 17


def format_signed(value: float | None, lang: str, decimals: int = 1) -> str:
    """Growth with its sign: 8.4 -> '+8.4', -2.1 -> '−2.1' (a real minus sign)."""
    if value is None:
        return "–"
    text = format_number(abs(value), lang, decimals)
    if value > 0:
        return "+" + text
    return ("−" + text) if value < 0 else text


def format_day(day: dt.date, lang: str) -> str:
    """2023-08-19 -> '2023年8月19日' / 'August 19, 2023'."""
    return format_date(day, format="long", locale=locale_of(lang))
