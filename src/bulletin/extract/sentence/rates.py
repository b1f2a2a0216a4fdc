"""Whether a percentage is a year-on-year change, and its sign, from the cue words around it.

Contract: ``growth_of(cue, post, value, lang, before)`` -> the signed year-on-year % or None;
``second_level(between, last, name)`` -> whether a bare percentage is a second level in per cent
after the one just read, not its growth; ``flat_growth(m, text, year, subject)`` -> whether a 持平
is flat growth on the year before; ``as_level(q)`` -> a percentage read as a level, its unit '%';
``qualified_level(name, catalog)`` -> the catalogue's rate a longer name ends with (户籍人口城镇化率:
城镇化率), whose percentage is a level too; ``RANKED_RATE`` matches a rate named and ranked before
its figures ('增幅最大,分别为'). Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.content.catalog import Catalog, Entry
from bulletin.core.units import Quantity
from bulletin.extract import lexicon as lx
from bulletin.extract.lang import cues, is_en
from bulletin.extract.lang.rules import sign_of
from bulletin.extract.sentence.sentences import Figure, Subject

__all__ = ["RANKED_RATE", "as_level", "flat_growth", "growth_of", "qualified_level", "second_level"]


def growth_of(cue: str, post: str, value: float, lang: str, before: str) -> float | None:
    """The signed YoY % a cue makes of a percentage, or None when it is not a YoY change."""
    if is_en(lang):
        if cue.lower() in (
            "to",
            "at",
            "was",
            "of",
            "reaching",
            "hitting",
            "stood at",
            "standing at",
        ) and re.search(r"\bgrowth\b|\bincrease\b", before, re.I):
            return value
        m = lx.GROWTH_EN.fullmatch(cue)
        if m:
            return (
                -abs(value) if sign_of(cues(lang), m.group("dir"), "rise", "fall", flags=re.I) < 0 else value
            )
        if not cue or lx.VALUE_EN.fullmatch(cue):
            if lx.GROWTH_AFTER_EN.match(post):
                return value
            if lx.LOWER_AFTER_EN.match(post):
                return -abs(value)
        if re.fullmatch(r"[+-]", cue) or (not cue and re.match(r"^\s*[,;)]|\s*$", post)):
            return value if cue != "-" else -abs(value)
        return None
    m = lx.GROWTH_ZH.fullmatch(cue)
    if m:
        if m.group("to"):
            # '增速回升到8.1%' is the growth the rate reached; '城镇化率提高到61.5%', '失业率下降到5.0%'
            # the level a ratio reached, no growth of anything
            return value if _RATE_WORD.search(before + cue) else None
        return -abs(value) if sign_of(cues(lang), m.group("dir"), "rise", "fall") < 0 and value > 0 else value
    if lx.SIGNED_ZH.fullmatch(cue) and cue:
        return value
    return None


_RATE_WORD = re.compile(r"增速|增幅|涨幅|降幅|跌幅|增长率|增长速度|增长幅度|速度")


# '矿产加工业和电子信息增幅最大,分别为22.5%和21.6%': the rate is named, then ranked, then given.
RANKED_RATE = re.compile(
    r"(?P<rate>增幅|增速|涨幅|降幅|跌幅)(?:最大|最快|最高|较大|较快|居前|领先|靠前)[,]?(?:分别)?(?:为|是|达到|达)?$"
)


_LEVEL_PAIR = re.compile(r"\s*(?:,|、|,?\s*and)\s*")


def second_level(between: str, last: Figure | None, name: str) -> bool:
    """'medium-sized and small-sized enterprises were 47.7 percent, 49.8 percent': a percentage
    chained with no verb onto a level in per cent of the same name is the next item's level."""
    return (
        last is not None
        and last.name == name
        and last.yoy_pct is None
        and last.quantity is not None
        and last.quantity.unit == "%"
        and _LEVEL_PAIR.fullmatch(between) is not None
    )


def as_level(q: Quantity) -> Quantity:
    unit = q.unit.replace("％", "%")
    return replace(q, unit="%" if unit in ("percent", "per cent", "pct") else unit)


_AS_ANOTHER_SPAN = re.compile(
    r"(?:与|和|同)(?:上月|\d{1,2}月份?|[一二三四]季度|上半年|前三季度|1[—\-~至]\d{1,2}月)(?:基本)?$"
)
# (a rate's or a ratio's own level: '资产负债率为75.6%,与上年持平' is held, no growth of it)
_RATIO_NAME = re.compile(r"(?:率|比重|系数)$")


def flat_growth(m: re.Match[str], text: str, year: int, subject: Subject | None) -> bool:
    if m["year"] and int(m["year"]) != year - 1:
        return False  # 'the same as that of 2019' in a 2021 release: a base two years back
    if _AS_ANOTHER_SPAN.search(text, max(0, m.start() - 12), m.start()):
        return False  # '7月…增速与6月持平': the rate equals another month's, it is no flat growth
    return subject is None or not _RATIO_NAME.search(subject.name)


def qualified_level(name: str, catalog: Catalog) -> Entry | None:
    """'户籍人口城镇化率57.3%': a catalogue rate qualified by the words before it is a rate too."""
    if not name.endswith("率"):
        return None
    return next((e for n in range(2, len(name) - 2) if (e := catalog.lookup(name[n:])) is not None), None)
