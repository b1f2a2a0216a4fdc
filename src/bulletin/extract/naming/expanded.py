"""Phrases that name several indicators at once: 第一、二、三产业增加值, 一、二、三产投资, (全体、)城乡
居民人均可支配收入, 进、出口 and 批发和零售业 before 分别, 'per capita disposable income of urban and rural
residents … respectively'.

Contract: ``expanded_names(text, catalog)`` -> one NameMatch per indicator named, each spanning the
whole phrase, for the list reader to share figures out among. Pure.
"""

from __future__ import annotations

import re

from bulletin.content.catalog import Catalog
from bulletin.extract import lexicon as lx
from bulletin.extract.naming.names import NameMatch

__all__ = ["expanded_names"]

_INDUSTRIES = re.compile(
    r"第?(?P<first>[一二三])(?P<rest>(?:[、,和及与]第?[一二三])+)(?:次)?产业?(?P<measure>增加值|投资)?"
)
_URBAN_RURAL = re.compile(
    r"(?P<all>全体[、和与及])?(?:城乡|城镇[、和与及]农村)(?:常住)?居民(?P<what>人均可支配收入|人均消费支出)"
)
# '进、出口分别增长…', '进、出口总额分别为…': imports and exports, each with the measure written once
_TRADE = re.compile(r"进[、和与及]出口(?P<what>总额|总值|额)?")
# '批发和零售业销售额分别增长…、…', '住宿和餐饮业营业额分别…': two trades sharing 业 and the measure. Not
# an item of a longer list ('批发和零售业商品销售额、住宿和餐饮业营业额分别…'), where each is one industry.
_TRADES = re.compile(
    r"(?<![、,，和及与])(?P<qual>限额以上|限上)?(?P<a>批发|住宿)和(?P<b>零售|餐饮)业(?P<what>(?:商品)?销售额|营业额|零售额|增加值)"
    r"(?=(?:同比)?分别)"
)
_URBAN_RURAL_EN = re.compile(
    r"per capita (?P<what>disposable income|consumption expenditure)s? of (?:its |the )?urban and rural "
    r"residents(?: in [A-Z][\w'’]+(?: [A-Z][\w'’]+)?)?",  # ('… incomes of its urban and rural residents')
    re.IGNORECASE,
)


def expanded_names(text: str, catalog: Catalog) -> list[NameMatch]:
    """One phrase naming several indicators: 第一、二、三产业增加值; 城乡居民…收入…分别…."""
    found = []
    for m in _INDUSTRIES.finditer(text):
        # '第一、二、三产业投资', '一、二、三产投资': each industry's investment, not its value added
        measure = m.group("measure") or "增加值"
        for digit in m.group("first") + "".join(re.findall(r"[一二三]", m.group("rest"))):
            entry = catalog.lookup(named := f"第{digit}产业{measure}")
            found.append(
                NameMatch(m.start(), m.end(), entry.name if entry else named, m.group(0), bool(entry))
            )
    if "分别" in text:
        for m in _URBAN_RURAL.finditer(text):
            # ('全体、城镇、农村居民人均可支配收入分别为…': all residents' first, then the two)
            for who in ("全体", "城镇", "农村") if m.group("all") else ("城镇", "农村"):
                entry = catalog.lookup(f"{who}居民{m.group('what')}".removeprefix("全体"))
                if entry is not None:
                    found.append(NameMatch(m.start(), m.end(), entry.name, m.group(0), True))
        for m in _TRADE.finditer(text):
            for which in ("进口", "出口"):
                entry = catalog.lookup(named := which + (m.group("what") or ""))
                found.append(
                    NameMatch(m.start(), m.end(), entry.name if entry else named, m.group(0), bool(entry))
                )
        for m in _TRADES.finditer(text):
            for trade in (m["a"], m["b"]):
                entry = catalog.lookup(named := f"{m['qual'] or ''}{trade}业{m['what']}")
                found.append(
                    NameMatch(m.start(), m.end(), entry.name if entry else named, m.group(0), bool(entry))
                )
    if lx.respectively_at(text) is not None:
        for m in _URBAN_RURAL_EN.finditer(text):
            for who in ("urban", "rural"):
                entry = catalog.lookup(f"per capita {m.group('what').lower()} of {who} residents")
                if entry is not None:
                    found.append(NameMatch(m.start(), m.end(), entry.name, m.group(0), True))
    return found
