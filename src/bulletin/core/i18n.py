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

STRINGS: dict[str, tuple[str, str]] = {
    # key: (zh-CN, en)
    "home": ("首页", "Home"),
    "bulletins": ("公报", "Bulletins"),
    "archive": ("归档", "Archive"),
    "tags": ("标签", "Tags"),
    "tag": ("标签", "Tag"),
    "indicators": ("指标", "Indicators"),
    "indicator": ("指标", "Indicator"),
    "regions": ("地区", "Regions"),
    "region": ("地区", "Region"),
    "data": ("数据", "Data"),
    "value": ("数值", "Value"),
    "unit": ("单位", "Unit"),
    "yoy": ("同比增长(%)", "YoY (%)"),
    "yoy_short": ("同比", "YoY"),
    "rank": ("排名", "Rank"),
    "period": ("时期", "Period"),
    "source": ("来源", "Source"),
    "published": ("发布日期", "Published"),
    "author": ("作者", "Author"),
    "issued_by": ("发布单位", "Issued by"),
    "latest": ("最新公报", "Latest bulletins"),
    "key_figures": ("主要指标", "Key figures"),
    "all_bulletins": ("全部公报", "All bulletins"),
    "indicator_table": ("指标数据表", "Indicator table"),
    "no_indicators": ("本期公报没有可识别的指标数据。", "No figures were recognised in this bulletin."),
    "no_bulletins": ("还没有公报。", "No bulletins yet."),
    "download": ("下载数据", "Download data"),
    "language": ("语言", "Language"),
    "other_language": ("English", "中文"),
    "skip": ("跳到正文", "Skip to content"),
    "contents": ("目录", "Contents"),
    "read_more": ("阅读全文", "Read the bulletin"),
    "rank_of": ("第{rank}位/共{of}", "{rank} of {of}"),
    "rank_only": ("第{rank}位", "No. {rank}"),
    "from_front_matter": ("来自元数据", "from front-matter"),
    "from_prose": ("来自正文", "from the text"),
    "from_both": ("元数据与正文一致", "front-matter and text agree"),
    "bulletin_count": ("共 {n} 期公报", "{n} bulletins"),
    "tagged": ("标签:{tag}", "Tagged: {tag}"),
    "year": ("{year}年", "{year}"),
    "not_found": ("页面不存在", "Page not found"),
    "not_found_text": ("您访问的页面不存在,请从首页重新进入。", "The page you asked for does not exist."),
    "built_with": ("由 bulletin 生成", "Built with bulletin"),
    "updated": ("数据更新至 {day}", "Data as of {day}"),
    "body_language_note": ("正文为中文。", "The bulletin text is in Chinese."),
    "previous": ("上一期", "Previous"),
    "next": ("下一期", "Next"),
    "note": ("说明", "Note"),
    "csv": ("CSV", "CSV"),
    "previous_value": ("上年同期", "Same period last year"),
    "change": ("变动(百分点)", "Change (pp)"),
    "change_growth": ("增速较{base}", "growth rate vs {base}"),
    "change_level": ("较{base}", "vs {base}"),
    "a_year_earlier": ("上年同期", "a year earlier"),
    "implied": ("推算增速(%)", "Implied growth (%)"),
    "implied_note": (
        "推算增速按本期与上年同期数值(现价)计算,仅供参考;地区生产总值等指标的官方增速按可比价格计算,二者不同属正常。",
        "Implied growth is computed from this and last year's values at current prices, for reference; "
        "official growth of GDP and similar indicators is at comparable prices, so the two may differ.",
    ),
    "comparable_note": (
        "本指标的官方增速按可比价格或可比口径计算。",
        "Official growth of this indicator is at comparable prices or on a comparable basis.",
    ),
    "all_periods": ("历期数据", "All periods"),
    "derived": ("推算", "derived"),
    "derived_note": (
        "“推算”值由累计数相减得到(如前三季度减上半年得三季度),非公报原文数据。",
        "Derived values are computed from two cumulative figures (e.g. Q1–Q3 minus H1 gives Q3); "
        "they are not stated in any bulletin.",
    ),
    "revised_from": ("修订前数据", "earlier figure"),
    "bulletin": ("公报", "bulletin"),
    "indicator_count": ("共 {n} 项指标", "{n} indicators"),
    "latest_period": ("最新时期", "Latest period"),
    "json": ("JSON", "JSON"),
}


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
    text = STRINGS[key][column(lang)]
    return text.format(**values) if values else text


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
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=locale_of(lang))


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
