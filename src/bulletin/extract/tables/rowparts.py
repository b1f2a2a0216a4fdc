"""Row labels of a table that name their series only in part, completed from the rows and the caption
around them.

Contract: ``section_units_of(body)`` gives each row the unit its numbered section states once;
``part_verb(parent, name)`` and ``covered(parent, name)`` complete a part of a total with the
total's activity verb and coverage; ``accounts_subject(caption)`` and ``with_subject(subject, name)``
give enterprise accounts the subject their caption names; ``part_measure(total)`` is the measure its
parts take (金融业 under 地区生产总值: 增加值); ``row_span(label, year, spanned)`` reads a
span a row states itself (地区生产总值(1-6月)), which the parts of GDP under it share. Pure.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bulletin.core.periods import Period
from bulletin.extract import lexicon as lx
from bulletin.extract.tables.columns import PAREN_UNIT, header_period

__all__ = [
    "accounts_subject",
    "covered",
    "grouped_label",
    "padded_place",
    "part_measure",
    "part_verb",
    "row_span",
    "section_units_of",
    "trips_block",
    "with_subject",
]

_OWN_SCOPE = re.compile(r"^(?:全国|全省|全市|全州|全县|全区|全镇|全旗)")

# The coverage of a total (限额以上企业商品销售总额) is its bare parts' too: 批发 under it is
# 限额以上企业批发销售额, not the wholesale sales of every trader.
_COVERAGE = re.compile(r"^(?:限额以上|限上|规模以上|规上)(?:工业|批发零售业|住宿餐饮业)?(?:企业|单位)?")


# A per-capita income or spending total and its parts: 工资性收入 under 城镇居民人均可支配收入 is
# 城镇居民人均工资性收入, 食品烟酒 under 居民人均生活消费支出 is 居民人均食品烟酒消费支出.
_PER_CAPITA = re.compile(r"^(?P<who>.{0,12}?人均)(?:可支配收入|(?P<spent>(?:生活)?消费支出))$")


# A group that is a measure ('工业增加值', '工业总产值(1990年不变价)'): the label said under it is a part
# of it by ownership or size, named before the measure (国有及国有控股企业工业总产值).
_MEASURE_GROUP = re.compile(r"(?:工业)?(?:增加值|总产值|销售产值|产值|营业收入|利润总额)$")


def grouped_label(group: str, label: str) -> str:
    """The name of a label said again under each of several groups, within ``group``."""
    m = _PER_CAPITA.match(group)
    measure = _MEASURE_GROUP.search(re.sub(r"[(（][^()（）]*[)）]$", "", group))
    if m is None and measure:  # (a unit in parentheses stays last: '集体企业(亿元)')
        unit = paren.group() if (paren := re.search(r"[(（][^()（）]*[)）]$", label)) else ""
        return label[: len(label) - len(unit)] + measure.group() + unit
    if m is None:
        return group + label
    return m["who"] + label + ("消费支出" if m["spent"] and not label.endswith("支出") else "")


# A name of two characters set apart to the width of three ('定 海', '岱 山'): a place or a person,
# but a category of a price table ('蛋 类') or a product of a table of output ('油 料').
_PADDED = re.compile(r"^[\u3400-\u9fff][\s\u3000]+[\u3400-\u9fff]$")


def padded_place(label: str, measure: str) -> bool:
    """Whether a row label set apart to three characters' width names a place, in a table of ``measure``."""
    return bool(_PADDED.match(label)) and not measure.endswith(("价格指数", "产量"))


def covered(parent: str, name: str) -> str:
    coverage = _COVERAGE.match(parent)
    return name if coverage is None or _COVERAGE.match(name) else coverage.group() + name


# A part of a total opened by an activity verb takes the verb: 国内游客 under 接待旅游者 is 接待国内游客
# (the visitors the area received, not its residents who travelled).
_PART_VERB = re.compile(r"(?:^|(?<=旅行社))(?:接待|新增|新签|新设|引进|组团)")


def part_verb(parent: str, name: str) -> str:
    if trips := _TRIPS.match(parent):
        # '一、接待过夜游客' over '1、国际游客' and '其中:台湾同胞': 接待过夜国际游客, 接待过夜台湾同胞; and
        # '二、旅行社接待国际游客总数' over '外国人': 旅行社接待外国人 (whom, under the block's activity)
        said = _PART_VERB.search(trips["activity"])
        return name if said and said.group() in name else trips["activity"] + name
    verb = _PART_VERB.match(parent)
    return name if verb is None or verb.group() in name or _PART_VERB.match(name) else verb.group() + name


# A block of a tourism table: an activity and whom it counts ('接待过夜游客', '出境旅游总人数', '旅行社组团').
_TRIPS = re.compile(
    r"^(?P<activity>(?:旅行社)?(?:接待|组团)[\u3400-\u9fff]{0,4}?|出境旅游|国内旅游|入境旅游)"
    r"(?:(?:国际|国内|入境)?(?:游客|旅游者)(?:总人数|总数|人数)?|总人数|人数)?$"
)


def trips_block(parent: str) -> bool:
    """Whether ``parent`` heads a block of a tourism table, whose rows are whom it counts (places too)."""
    return _TRIPS.match(parent) is not None


# A caption naming whose accounts a table holds ('工业企业经济效益', '规模以上工业企业主要财务指标'):
# its rows state the accounts without the subject ('利润总额 | 192.59', '亏损企业 | 998').
_SUBJECT_CAPTION = re.compile(
    rf"(?P<subject>[{lx.CJK}]{{0,10}}企业)(?:主要)?(?:经济效益|效益|财务状况|财务指标|生产经营情况|经营情况|"
    r"主要经济指标|主要指标)(?:主要指标|指标)?(?:情况|表)?\s*[:：]?(?=\s|$|[|｜])"
)
# The accounts of a group of enterprises, which say nothing of whose they are.
_ACCOUNT = re.compile(
    r"^(?:利润总额|营业收入|营业成本|主营业务收入|主营业务成本|产成品存货|存货|资产总计|负债合计|企业个数|"
    r"单位数|亏损企业|亏损额|应收账款|利税总额|税金总额|应交增值税|从业人员|平均用工人数|所有者权益)"
)


def accounts_subject(caption: str) -> str:
    found = list(_SUBJECT_CAPTION.finditer(caption))  # (the last: a clipped caption may open mid-word)
    return _OWN_SCOPE.sub("", found[-1].group("subject")) if found else ""


def with_subject(subject: str, name: str) -> str:
    """An account with its subject: 利润总额 -> 工业企业利润总额, 亏损企业 -> 工业亏损企业 (企业 once)."""
    if not subject or not _ACCOUNT.match(name):
        return name
    return (subject.removesuffix("企业") if "企业" in name else subject) + name


_TOP_ROW = re.compile(r"^[一二三四五六七八九十]+、")


def section_units_of(body: tuple[tuple[str, ...], ...]) -> list[str]:
    """Each row's section unit: a numbered section ('二、旅游总收入(亿元)' and the rows down to the next
    '三、') states its unit once for the rows under it that state none; a section whose head states none
    ('一、接待游客总人数') has the one unit its rows all state, the total's as the parts'."""
    starts = [k for k, r in enumerate(body) if r and _TOP_ROW.match(lx.normalize(r[0]).strip())]
    units = [""] * len(body)
    for a, b in pairwise([*starts, len(body)]):
        said = [m.group(1) for r in body[a:b] if r and (m := PAREN_UNIT.search(lx.normalize(r[0])))]
        head = PAREN_UNIT.search(lx.normalize(body[a][0]))
        unit = head.group(1) if head else (said[0] if said and len(set(said)) == 1 else "")
        units[a:b] = [unit] * (b - a)
    return units


# A row that states its own span ('地区生产总值(1-6月)' in an August table), and the parts of GDP
# under it, which share it.
_LABEL_SPAN = re.compile(
    r"[(（]\s*((?:\d{4}年)?(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|[一二三四]季度|上半年|前三季度)|\d{4}年)\s*[)）]"
)
_GDP_PART = re.compile(r"^(?:第[一二三]产业|工业|建筑业)")


def row_span(label: str, year: int, spanned: Period | None) -> tuple[str, Period | None]:
    """The label without a span it states, and the row's own period: the one its label states, the
    one a GDP row above it stated when it is a part of GDP, or None (the column's)."""
    if span_of := _LABEL_SPAN.search(label):
        return label.replace(span_of.group(), ""), header_period(span_of.group(1), year)
    return label, spanned if _GDP_PART.match(label) else None


# The measure a total's parts take: 金融业 under 地区生产总值 is 金融业增加值.
_PART_MEASURES = (
    ("生产总值", "增加值"),
    ("零售总额", "零售额"),
    ("销售总额", "销售额"),
    ("购进总额", "购进额"),
)


def part_measure(parent: str) -> str:
    return next((m for suffix, m in _PART_MEASURES if parent.endswith(suffix)), "")
