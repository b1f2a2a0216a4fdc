"""The data dictionary: what every published column means, in Chinese and English, with its type.

Contract: pure data. ``PUBLISHED_COLUMNS`` is the data contract (``export.COLUMNS``) followed by the
columns that make a row usable on its own (indicator id, category, growth basis, the bulletin's
title, date and URL); new columns are only ever appended, so readers that go by position keep
working. The site's data page and ``datapackage.json`` are both made from :data:`FIELDS`.
"""

from __future__ import annotations

from typing import NamedTuple

from bulletin.data.export import COLUMNS

__all__ = ["EXTRA_COLUMNS", "FIELDS", "PUBLISHED_COLUMNS", "Field"]


class Field(NamedTuple):
    """One column: its name, Frictionless type (and format), and what it means."""

    name: str
    type: str  # Frictionless Table Schema type: string, number, integer, date, yearmonth
    zh: str
    en: str
    values: tuple[str, ...] = ()  # the allowed values, for enumerations


EXTRA_COLUMNS = (
    "indicator_id",
    "category",
    "growth_basis",
    "bulletin_title",
    "bulletin_date",
    "bulletin_url",
)
PUBLISHED_COLUMNS = (*COLUMNS, *EXTRA_COLUMNS)

FIELDS = (
    Field("bulletin", "string", "公报标识(网址中的 slug)", "the bulletin's id (the slug in its URL)"),
    Field("region", "string", "地区", "region the figure is for"),
    Field("period", "string", "时期代码:2023、2023-H1、2023-Q1-Q3、2023-M09 …",
          "period code: 2023, 2023-H1, 2023-Q1-Q3, 2023-M09 …"),
    Field("period_start", "yearmonth", "时期的第一个月(YYYY-MM)", "first month of the period (YYYY-MM)"),
    Field("period_end", "yearmonth", "时期的最后一个月(YYYY-MM)", "last month of the period (YYYY-MM)"),
    Field("indicator", "string", "指标名称(中文)", "indicator name in Chinese"),
    Field("indicator_en", "string", "指标英文名称;目录中没有英文名称时与中文相同",
          "indicator name in English; the Chinese name where the catalogue has no English one"),
    Field("value", "number", "数值,单位见 unit", "value, in the unit of `unit`"),
    Field("unit", "string", "单位(如 亿元、%)", "unit (亿元 = CNY 100 million, % …)"),
    Field("value_decimals", "integer", "公报写出的数值小数位数(175.0 为 1)",
          "decimals the bulletin states for the value (175.0 has 1)"),
    Field("yoy_pct", "number", "公报所述同比增长(%)", "year-on-year growth stated by the bulletin (%)"),
    Field("yoy_decimals", "integer", "公报写出的增速小数位数", "decimals the bulletin states for the growth"),
    Field("rank", "integer", "排名(第几位)", "rank (1 = first)"),
    Field("rank_of", "integer", "参与排名的总数", "size of the ranked field"),
    Field("rank_by", "string", "排名的对象:总量(value)或增速(growth)",
          "what is ranked: the level (value) or its growth (growth)", ("value", "growth", "")),
    Field("rank_field", "string", "排名的范围,如 全市、全省、230家国家级经开区",
          "the field of the ranking as written: 全市 (the city), 全省 (the province) …"),
    Field("change_pp", "number", "所述变动(百分点,带符号)", "change stated in percentage points (signed)"),
    Field("change_of", "string", "变动的对象:增速(growth)或比率本身(level)",
          "what changed: the growth rate (growth) or the rate itself (level)", ("growth", "level", "")),
    Field("change_base", "string", "变动的比较时期代码", "period code the change is measured from"),
    Field("source", "string", "数据来自哪里:元数据、正文、两者一致,或由累计数推算",
          "where the row comes from: front-matter, prose, both, or derived from cumulative figures",
          ("front-matter", "prose", "both", "derived")),
    Field("line", "integer", "数据在公报源文件中的行号", "line of the figure in the bulletin's source file"),
    Field("indicator_id", "string", "指标标识(指标页网址中的 slug,跨公报不变)",
          "indicator id (the slug of its page; stable across bulletins)"),
    Field("category", "string", "指标类别", "indicator category"),
    Field("growth_basis", "string", "官方增速口径:comparable 按可比价格/可比口径,nominal 按现价",
          "basis of official growth: comparable (comparable prices or basis) or nominal (current prices)",
          ("comparable", "nominal")),
    Field("bulletin_title", "string", "公报标题", "the bulletin's title"),
    Field("bulletin_date", "date", "公报发布日期", "the bulletin's publication date"),
    Field("bulletin_url", "string", "公报网页地址", "the bulletin's web page"),
)  # fmt: skip
