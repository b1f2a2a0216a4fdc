"""Ranks in bulletin prose: 居第23位, 第一名, 排名全省第二, "ranked 3rd of 118".

Contract: ``find_ranks(text)`` -> the ranks in normalised text, with the size
of the ranked field when the text states it as a count. Rank changes
(前移3个位次, "rose five places") and vague standings (前列, 前十) are not
ranks. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin.core.guarded import Guarded
from bulletin.core.periods import chinese_int
from bulletin.extract.lexicon import CJK, CN_NUM, PEER_GROUP

__all__ = ["RankMatch", "find_ranks", "rank_semantics", "unnamed_group"]

_MANY = re.compile(r"(?:多项|各项|多个|几项|六项|五项|四项|三项)[\u3400-\u9fff]{0,4}指标")


def unnamed_group(words: str) -> bool:
    """'多项经济指标增速位列全市第一': several indicators ranked at once, none of them named (unlike
    '地区生产总值、…、一般公共预算收入三项指标增速居全区第一', whose list names them)."""
    found = list(_MANY.finditer(words))
    if not found or re.search(r"[,;。，；]", words[found[-1].end() :]):
        return False  # (no group in the rank's own clause)
    return "、" not in re.split(r"[,;。，；]", words[: found[-1].start()])[-1]


@dataclass(frozen=True, slots=True)
class RankMatch:
    """A rank at text[start:end]."""

    start: int
    end: int
    rank: int
    rank_of: int | None


def _n(name: str) -> str:
    return rf"(?P<{name}>\d{{1,4}}|{CN_NUM})"


# 第N followed by one of these is an ordinal of something else (第三产业, 第一季度, 第一批).
_NOT_RANK_AFTER = r"(?![季产批届次条号期章方梯大个类天年月日周轮部阶步场]|、[二三])"  # 第一、二、三产业
_RANK_ZH = re.compile(
    rf"第\s*{_n('a')}\s*(?:位|名)"
    rf"|(?:排名|排位|排在|位列|位居|名列|居于|居|列|跃居|升至|稳居|保持|排)[^,;。:]{{0,24}}?第\s*{_n('b')}{_NOT_RANK_AFTER}"
    rf"|(?:全国|全省|全市|全区|全县|同类[{CJK}]{{0,6}}|[{CJK}]{{1,12}}中)第\s*{_n('c')}{_NOT_RANK_AFTER}"
    rf"|(?:居|位居|位于|排名|列|稳居|位列)[^,;。:]{{0,16}}?(?P<first>首位|榜首|第一位)"
    # a list of positions after one verb: '分别居全省第3、第5、第5位'
    rf"|(?<=、)第\s*{_n('d')}(?=\s*(?:位|名)?\s*[、,;。]|\s*(?:位|名))(?![、第一二三四五六七八九十]*产业)"
    # the fastest among a counted field of areas: '是长三角26城中增速最快的城市'
    rf"|(?<=[\d一二三四五六七八九十])\s*个?(?:城市?|市|县|区|县区|区县|县市区?|地市|设区市|省份?|省区市)中的?"
    r"(?:增速|增幅|增长)(?P<best>最快|最高)"
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "top": 1,
}
_RANK_EN_ANY = re.compile(
    r"\b(?:rank(?:ed|ing|s)?(?:\s+(?:it|the\s+(?:city|province|county|district|region)))?|placed|came|"
    r"finished|was|were|is|stood)\s+(?:No\.\s*|(?<=ranking )the\s+)?"  # ('ranking it second in …')
    r"(?:(?P<n>\d{1,4})(?:st|nd|rd|th)|(?P<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b"
    r"|\bNo\.\s*(?P<no>\d{1,4})\b(?=\s+(?:among|in|of|out|nationwide|in the))"
    r"|\b(?P<place>first|second|third)\s+place\b"
    r"|\bto\s+(?P<to>\d{1,4})(?:st|nd|rd|th)\b"
    r"|(?:,|\band)\s+(?P<also>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,4}(?:st|nd|rd|th))"
    r"(?=\s+in\b)"
    # 'grew 8.7 percent, second among the 14 cities of Guangxi'
    r"|\b(?P<among>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,4}(?:st|nd|rd|th))"
    r"(?=\s+(?:among|out of)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,4}?\d{1,4}\b)"
    # 'the second-fastest growth among the province's 16 cities', 'the third-largest among ports'
    r"|\b(?P<sup>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,4}(?:st|nd|rd|th))"
    r"[-\s](?:fastest|largest|highest|biggest|strongest)\b"
    r"(?=(?:\s+[\w'’-]+){0,3}\s+(?:among|in the (?:province|country|city|region)|nationwide))"
    r"|\b(?P<top>topped) (?:the|all) (?:province|country|city|region|prefecture)"
    # 'up 31.6 percent, the fastest growth rate among sub-provincial cities'
    r"|\bthe\s+(?P<best_en>fastest|highest)\s+(?:growth(?:\s+rate)?\s+)?among\b"
    # 'Total import and export increased 56.5%, making Hunan second nationwide'
    r"|\bmaking\s+(?:it|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:the\s+)?"
    r"(?P<making>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,4}(?:st|nd|rd|th))"
    # ('making it the fourth fastest growth rate in China')
    r"(?=(?:\s+[\w'’-]+){0,3}?\s+(?:nationwide|in the country|in China|among)\b)"
    # 'the growth rate will be the second in the province'
    r"|\bgrowth rate (?:will be|was|is|ranked|ranks)\s+(?:the\s+)?"
    r"(?P<said>first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)(?=\s+in the (?:province|country|city|region)\b)",
    re.IGNORECASE,
)
_RANK_EN = Guarded(_RANK_EN_ANY, latin=True)
# The size of the ranked field, stated before the rank: '230家…中', '全省16个设区市第4位', '九个县(市、区)中'.
# '持续6个月稳居全市第一': a streak's length, not the size of the field.
_OF_ZH = re.compile(
    rf"(?:共|全部)?(?<![\d.])(?P<of>\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}|{CN_NUM})"
    # '居三县第1位', '全市十区(新区)第三': a field of places named by one word, right before the rank
    rf"\s*(?:家|个(?!百分点|月|季度|小时|工作日|年|(?:主要|重要)?(?:经济)?指标)|所|座|强|(?={PEER_GROUP})|(?=(?:城区|城市|[县旗区市城])(?:[(（][^()（）]{{1,8}}[)）])?(?:中|排|$))"
    # '全省七大新区首位': N大 before a kind of area counts the field
    rf"|大(?=[{CJK}]{{0,4}}(?:新区|片区|园区|开发区|高新区|城市|区县|县区)))"
    rf"(?=[^,;。]{{0,30}}?(?:中|第|首位|$))"
)
_FRAMING = re.compile(rf"(?P<of>\d{{1,4}}|{CN_NUM})\s*(?:家|个|所|座|强)[^,;。]{{0,20}}?中\s*[,:]")
_OF_EN = re.compile(
    # (never a rate: 'ranking first … with a year-on-year increase of 28.7 percent')
    r"\b(?:out of|of|among|amongst)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,4}?(?P<of>\d{1,4})\b"
    r"(?![.,]\d|\s*(?:percent|per cent|%))",
    re.IGNORECASE,
)


def _number(text: str) -> int | None:
    try:
        text = text.replace(",", "")
        value = int(text) if text.isdigit() else chinese_int(text)
    except ValueError:
        return None
    return value if 1 <= value <= 9999 else None


def _rank_of_zh(text: str, start: int, floor: int) -> int | None:
    best = None
    for m in _OF_ZH.finditer(text[floor:start]):
        best = _number(m.group("of"))
    return best


def _field_size(m: re.Match[str] | None) -> int | None:
    # 'for 2023' or 'of 2023' is a year, not the size of the field.
    return int(m.group("of")) if m and not 1900 <= int(m.group("of")) <= 2100 else None


def _rank_of_en(text: str, start: int, end: int, floor: int) -> int | None:
    after = _field_size(_OF_EN.match(text, end) or _OF_EN.search(text[end : end + 60]))
    if after:
        return after
    clause = max(floor, text.rfind(",", 0, start) + 1)  # the field is named in the rank's own clause
    before = list(_OF_EN.finditer(text, clause, start))
    return _field_size(before[-1]) if before else None


# A position followed by a move to another one: '(由)第5位上升至第3位' ranks 3, not 5.
_MOVED_FROM = re.compile(
    r"\s*(?:下滑|下降|下跌|滑落|上升|提升|前移|后移|跃升|攀升|回落|后退|前进|升|降|退)(?:到|至|为)"
)


def find_ranks(text: str) -> list[RankMatch]:
    """Every rank in ``text`` with the field size stated before it (Chinese) or around it (English)."""
    found: list[RankMatch] = []
    floor = 0
    shared: int | None = None  # '在全市10个县(市、区)中,A居第2位,B居第7位': one field for the list
    for m in _RANK_ZH.finditer(text):
        written = m.group("a") or m.group("b") or m.group("c") or m.group("d")
        n = 1 if m.group("first") or m.group("best") else _number(written)
        if n is None or _MOVED_FROM.match(text, m.end()):
            continue  # '位次由第一位下滑到第六位': the position it left is no rank now
        # The rank starts at 第 (or 首位): the words before it (…排名中居) belong to what is ranked.
        first = "first" if m.group("first") else "best" if m.group("best") else ""
        number_at = m.start(first) if first else text.find("第", m.start(), m.end())
        start = number_at if number_at >= 0 else m.start()
        of = _rank_of_zh(text, start, floor)
        framing = _FRAMING.search(text[floor:start])
        if framing:
            shared = _number(framing.group("of"))
        of = of or shared
        found.append(RankMatch(start, m.end(), n, of if of and of >= n else None))
        floor = m.end()
    if found:
        return found
    for m in _RANK_EN.finditer(text):
        if m.group("also") and not found:
            continue  # an ordinal after a comma is a rank only in a list that began with 'ranked …'
        listed = m.group("also") or m.group("among") or m.group("sup") or m.group("making")
        listed = listed or ("first" if m.group("top") or m.group("best_en") else "")
        raw = m.group("n") or m.group("no") or m.group("to") or re.sub(r"\D", "", listed)
        word = m.group("word") or m.group("place") or m.group("said") or (listed if not raw else "")
        n = int(raw) if raw else _ORDINALS.get((word or "").lower())
        if not n or re.match(r"\s*(?:anniversary|year|time|day)", text[m.end() :], re.IGNORECASE):
            continue
        of = _rank_of_en(text, m.start(), m.end(), floor)
        found.append(RankMatch(m.start(), m.end(), n, of if of and of >= n else None))
        floor = m.end()
    return found


# What a rank ranks: its growth (增速居全市第2位, 'growth rate ranked second') or its level.
_BY_GROWTH = re.compile(r"(?:增速|增幅|增长速度|growth(?: rate)?|grew)[^,;。]{0,16}$", re.IGNORECASE)
_BY_VALUE = re.compile(r"(?:总量|规模|总额|总值|体量|total|volume|size)[^,;。]{0,16}$", re.IGNORECASE)
# Among what: the field named between the ranking verb and the position (居全市第2位, 位于全省九大新区首位).
_FIELD_ZH = re.compile(
    rf"(?:居|位居|位列|位于|列|排名|排在?|在)\s*(?P<field>[{CJK}0-9“”\"]{{1,24}}?)"
    r"\s*(?:中|之中)?\s*(?:排名|排在?|居|位居)?\s*$"
)


def rank_semantics(before: str) -> tuple[str, str]:
    """``(by, field)`` of a rank from the words of its clause before it: by is 'growth', 'value' or ''
    when the text does not say; field is the field as written (全市, 全省九大新区) or ''."""
    by = "growth" if _BY_GROWTH.search(before) else "value" if _BY_VALUE.search(before) else ""
    m = _FIELD_ZH.search(before)
    # the field is the peer group; an evaluation's own name after it is what is ranked, not the field
    field = re.sub(r"(?:综合|考核|考评|评价|评估|排名|评比|测评|发展水平).*$", "", m["field"]) if m else ""
    return by, field
