"""Confidence and review: which prose readings are published and which are held back.

Contract: ``review(mentions, catalog)`` -> ``(published, held)``. Every reading gets the rule
that judged it and a confidence; a reading that is not clearly the area's own statistic (its name
is a fragment, a comparison or a generic word rather than an indicator) is held back: it is not
published, and ``bulletin check`` lists it as a note with the file, line, sentence, what was read and
why. An editor publishes a held reading by declaring it in front-matter (a declared row wins), or
silences any reading with the front-matter ``ignore:`` list. Pure; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bulletin.content.catalog import Catalog, normalize_name
from bulletin.core.errors import Diagnostic, Location, info
from bulletin.core.measure import stated
from bulletin.core.model import Mention, ReportMeta
from bulletin.core.units import UnitError, parse_unit
from bulletin.extract.lexicon import CJK
from bulletin.extract.naming.elision import MEASURE

__all__ = ["PUBLISH_AT", "Held", "held_notes", "review"]

PUBLISH_AT = 0.5  # readings below this confidence are held back


@dataclass(frozen=True, slots=True)
class Held:
    """A reading not published, and why."""

    mention: Mention
    why: str


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    confidence: float
    why: str


# Names that are not an indicator: each row names its class. Only names the catalogue lacks are
# judged; a catalogue name is always the area's indicator once the extractor has scoped it.
_DOUBTFUL = (
    _Rule(
        "comparison-name",
        re.compile(r"^(?:比|较|高于|低于|快于|慢于|同比|环比|与|占|分别|均)"),
        0.2,
        "the name is a comparison with another area or period, not an indicator",
    ),
    _Rule(
        "fragment-name",
        # an adverb of manner alone ('逆势增长7%', '稳步增长') says how something grew, not what
        re.compile(
            r"(?:保|持|稳|实|呈|态势|运行|总体经济|经济)$|^(?:总体|整体)"
            r"|^(?:逆势|逆市|稳步|快速|大幅|小幅|平稳|强劲|较快|高速|同步|持续|继续)$"
        ),
        0.2,
        "the name is a fragment of a sentence about the economy, not an indicator",
    ),
    _Rule(
        "measure-alone",
        # '…支撑有力,增加值增长4.7%', '完成产值8.5亿元': the subject was left for the reader to supply
        # ('新增私营企业4633户,注册资本323.54亿元': whose capital is the clause before's to say)
        re.compile(
            r"^(?:增加值|产值|总产值|总投资|投资|业务收入|总收入|收入|总量|总额|增速|增幅|注册资本|注册资金)$"
        ),
        0.3,
        "the name is a measure without what it measures (the sentence leaves its subject out)",
    ),
    _Rule(
        "count-of-kinds",
        re.compile(r"^(?:上涨|下降|下跌|持平|增长|减少|回落|提高|上升|正增长|负增长)的?(?:有|占)?$|的有$"),
        0.2,
        "the name counts the kinds that moved (上涨的有5个), it is not an indicator",
    ),
    _Rule(
        "open-list-name",
        # '金银珠宝类、饮料类…等商品零售额' carried to a later figure: a list closed by 等 names
        # several series and leaves others out, so one figure is none of theirs
        re.compile(r"、[^、]*等"),
        0.3,
        "the name lists several items and more (…等), so one figure cannot be any one of theirs",
    ),
    _Rule(
        "amount-in-name",
        # '甲公司税收过千万元、乙公司税收过': a name that states an amount itself is two clauses run
        # together; an amount that defines a series is a bound on it ('10亿元以上项目')
        re.compile(r"(?:[\d.]+|[十百千万亿]+)(?:万|亿)?元(?!以上|及以上|以下|及以下|级)"),
        0.3,
        "the name states an amount itself, so it is two clauses run together, not an indicator",
    ),
    _Rule(
        "count-in-name",
        # '顺利销售商品房228套2.8万平方米': a count inside the name is a figure of its own left unread
        re.compile(r"\d(?:[\d.]*)(?:套|个|家|项|户|件|台|辆|座|所|栋|宗)(?!以上|及以上|以下|及以下|级)"),
        0.3,
        "the name holds a count itself, so it is two figures run together, not an indicator",
    ),
    _Rule(
        "means-name",
        # '并采取政府购买方式为项目融资9.33亿元': how something was done, a clause rather than a name
        re.compile(rf"(?:采取|采用|通过|利用|借助|依托)[{CJK}]{{0,12}}(?:方式|模式|渠道|途径)"),
        0.3,
        "the name says how something was done (a clause), not what the figure measures",
    ),
    _Rule(
        "region-part-en",
        # 'investment in northeast China', '… in the western region': a part of the country
        re.compile(
            r"\bin (?:the )?(?:eastern|central|western|north-?east(?:ern)?)\s+(?:regions?|areas?|china)\b",
            re.IGNORECASE,
        ),
        0.3,
        "the name is a part of the area (a region of the country), not the area's own series",
    ),
    _Rule(
        "generic-name-en",
        re.compile(
            r"^(?:figures?|rural|urban|the|it|this|that|among|growth|economy|chinese economy|"
            r"added value|value[- ]added|gross value|output value)$"
            r"|^(?:whose|its|their)\b|[-–]$|\b(?:above|below|of|and|for)$|\b(?:provinces?|cities|countries)$"
            r"|(?<!urban )(?<!rural )\bregions?$"
            # (a construction, floor or sown area is a measure, not a place)
            r"|(?<!construction )(?<!floor )(?<!sown )(?<!planting )(?<!sowing )(?<!cultivated )"
            r"(?<!urban )(?<!rural )(?<!unit )\bareas?$",
            re.IGNORECASE,
        ),
        0.3,
        "the name is a generic or cut-off English phrase, not an indicator",
    ),
)


# English names the catalogue lacks must say what they measure: a head noun of a statistic.
# Without one the words are a cut-off phrase ('indicating', 'fishing industries', 'figure for the
# secondary industry') rather than an indicator.
_MEASURE_EN = re.compile(
    r"\b(?:output|production|produced|processing(?= of\b| volume\b)|processed|generation|sales|sold|"
    r"investments?|revenues?|income|value[- ]added|"
    r"added(?: [a-z]+)? value|value$|exports?|imports?|trade|profits?|jobs|employment|unemployment|rate|"
    r"index|prices?|volume|"
    r"consumption|area|(?<!rural )(?<!urban )areas|expenditures?|expenses|spending|reserves?|population|"
    r"deposits?|loans?|visits|visitors|"
    r"arrivals|tourists|throughput|turnover|capacity|yield|count|number|total|gdp|cpi|ppi|fdi|"
    r"earnings|wages?|costs?(?! per\b)|balance|debt|floor space|traffic|passengers|freight|cargo|shipments|"
    r"registrations|entities|enterprises|firms|companies|projects|contracts|patents|births|deaths|supply|"
    r"(?:foreign|overseas|registered|paid-in) capital)\b",
    re.IGNORECASE,
)
# Chinese names the catalogue lacks that name an industry or a kind of place, not a measure of
# it: '租赁和商务服务业' (its value added? its revenue?), '医药制造' (a class of industry), '城市', '农村'.
# '户籍人口139.29万人,其中:男性74.24万人': a kind of people is not which count of them either.
_NO_MEASURE_ZH = re.compile(r"(?:(?<!企)(?<!就)业|制造|城市|农村|城镇|乡村|地区|区域)$|^(?:男性|女性|男|女)$")
# A table row of money whose label names a kind of goods or a part of a total without a measure
# word ('日用品类 | 万元 | 3609' under a total of sales, purchases and stocks) does not say which of
# them it is. A count in its own unit needs no measure word: '外贸集装箱 | 万标箱', '游客 | 万人次'.
# An activity verb before the label says what was counted too: '接待旅游者'; a tax is its own amount.
_TABLE_MEASURE = re.compile(
    r"(?:成本|存货|企业|单位|户|存款|贷款|税)$|" r"^(?:接待|新增|新签|新设|引进|开行|出栏)"
)
# A row whose label ends in a landform or a settlement ('某某山 | 万人次', '某某岛', '某某湖') is a
# part of the area, as a row ending in 县 or 区 is (tables.py).
_PLACE_ROW = re.compile(r"(?:山|岛|湖|湾|岭|峰|洲|半岛|古镇|古城|景区|风景区|度假区)$")


_MONEY = {"CNY", "USD"}  # an amount in dollars of an indicator kept in yuan is still that amount


def _foreign(family: str, unit: str) -> bool:
    """Whether an amount of ``family`` cannot be a value of an indicator measured in ``unit``."""
    try:
        expected = parse_unit(unit).family if unit else ""
    except UnitError:
        return False
    # only money against a count, or a count of people against money (年末户籍人口12.14万元): other
    # families are spelt too loosely (户 or 家 for firms, 'million' for jobs) to tell a wrong series
    # from a loose unit
    if expected in ("person", "person_time") and family in _MONEY:
        return True
    if expected in ("percent", "permille"):  # a rate is no count ('出生率为9.12%,其中,男2996人')
        return family not in ("percent", "permille", "pp", "")
    return expected in _MONEY and family not in _MONEY and family not in ("percent", "")


def _judge(m: Mention, catalog: Catalog) -> tuple[str, float, str]:
    """The rule that judges a reading, its confidence, and why when it is held back."""
    if m.rule == "table-no-unit":
        # '营业收入 | 4161.09 | 26.0' with no unit in the row, its column or the table: published as
        # growth alone, the row would say the amount is unknown when it is only unread
        return m.rule, 0.3, "the table row's amount has no unit anywhere, so only part of it could be read"
    entry = catalog.lookup(m.name)
    if entry is not None and m.quantity is not None and _foreign(m.quantity.family, entry.unit):
        # '出口交货值超亿元企业共14家' read as 出口总额: a count of firms is no amount of exports
        return "unit-mismatch", 0.3, f"the amount is not in a unit {entry.name} is measured in ({entry.unit})"
    if m.known or entry is not None:
        return "catalogue-name", 0.95, ""
    name = m.name.strip()
    if len(normalize_name(name)) < 2:
        return "short-name", 0.2, "the name is a single character, not an indicator"
    for rule in _DOUBTFUL:
        if rule.pattern.search(name):
            return rule.name, rule.confidence, rule.why
    ranked_only = m.quantity is None and m.yoy_pct is None  # an evaluation's name measures nothing
    if ranked_only and re.search(r"[、,，]", re.sub(r"[((][^()()]*[))]", "", name)):  # not 县(市、区)
        # '通报了甲、乙、丙三个指标排名,某区分别位居第4、9、12位': one rank, several evaluations
        return "list-of-evaluations", 0.3, "the rank's name lists several evaluations, not one"
    if re.fullmatch(r"[\x00-\x7f]+", name) and not ranked_only and not _MEASURE_EN.search(name):
        return "no-measure-en", 0.3, "the English name says nothing it measures, so it is not an indicator"
    # in a table too: a row '金融业 | 211.71' says no more what it measures than the sentence would
    if _NO_MEASURE_ZH.search(name) and not ranked_only:
        return "no-measure-zh", 0.3, "the name is an industry or a kind of place, not a measure of it"
    if m.rule == "table" and re.fullmatch(f"[{CJK}]+", name) and not MEASURE.search(name):
        if _PLACE_ROW.search(name):
            return "place-row", 0.3, "the table row names a place within the area, not a measure"
        money = m.quantity is not None and m.quantity.family == "CNY"
        if money and not _TABLE_MEASURE.search(name):
            return "no-measure-row", 0.3, "the table row names a kind or a part, not which amount of it"
    return "phrase-name", 0.8, ""


def review(
    mentions: tuple[Mention, ...], catalog: Catalog, ignore: tuple[str, ...] = ()
) -> tuple[tuple[Mention, ...], tuple[Held, ...]]:
    """Readings to publish, each with its rule and confidence, and readings held back; readings of
    an indicator in ``ignore`` (front-matter, by any of its names) are dropped silently."""
    silenced = {normalize_name(n) for n in ignore} | {
        normalize_name(e.name) for n in ignore if (e := catalog.lookup(n)) is not None
    }
    published: list[Mention] = []
    held: list[Held] = []
    for m in mentions:
        if normalize_name(m.name) in silenced or normalize_name(m.written) in silenced:
            continue
        rule, confidence, why = _judge(m, catalog)
        judged = replace(m, rule=rule, confidence=confidence)
        if confidence >= PUBLISH_AT:
            published.append(judged)
        else:
            held.append(Held(judged, why))
    return tuple(published), tuple(held)


def _what(m: Mention) -> str:
    parts = []
    if m.quantity is not None:
        parts.append(f"{stated(m.quantity.value, m.quantity.decimals)}{m.quantity.unit}")
    if m.yoy_pct is not None:
        parts.append(f"yoy {m.yoy_pct:+g}%")
    if m.rank is not None:
        parts.append(f"rank {m.rank}")
    return ", ".join(parts)


def held_notes(meta: ReportMeta, held: tuple[Held, ...]) -> tuple[Diagnostic, ...]:
    """One note per held reading: where, what was read, why it is not published."""
    return tuple(
        info(
            "I307",
            f"not published: '{h.mention.written}' ({h.mention.period.code}) "
            f"read as {_what(h.mention)}: {h.why}",
            Location(meta.path, h.mention.line),
            f"if it is the area's own figure, declare it in front-matter: - {{name: …, period: "
            f"{h.mention.period.code}}}",
        )
        for h in held
    )
