"""Names the words before them narrow or restate: a counted group (12家重点企业实现…), the stock of
what was just counted as new (年末实有…), the industry that paid the area's taxes (金融业…税收).

Contract: pure string functions used by ``sentences.subject_for``: ``counted_group(before)``,
``stock_of(words, carried)``, ``taxes_of(before, name)``, ``crop_output(name, carried)``,
``same_count(name, carried)``, ``counted_total(name, before)``. No state; never raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bulletin.extract.naming.names import NameMatch

__all__ = [
    "BARE_INDUSTRY",
    "counted_group",
    "counted_total",
    "crop_output",
    "same_count",
    "stock_of",
    "taxes_of",
]


# '全年新登记市场主体11428户,年末实有66094户': the stock of what was just counted as newly registered
_NEW = re.compile(r"^(?:全年|累计)?(?:新登记|新注册|新设立|新增)(?=[\u3400-\u9fff])")
_STOCK = re.compile(r"(?:年末|期末|年底)?(?:全[县市区省])?实有")


def stock_of(words: str, carried: str) -> str | None:
    """实有 + the item of ``carried`` when ``words`` say only 实有 and ``carried`` counts new ones."""
    new = _NEW.match(carried)
    return "实有" + carried[new.end() :] if new and _STOCK.fullmatch(words.strip(" ,;、")) else None


# '稻谷面积21.4万亩,总产量13.5万吨': the crop whose area was just stated is the output's crop too
_CROP_AREA = re.compile(
    r"(?P<crop>[\u3400-\u9fff]{1,8}?)(?<!播种)(?<!种植)(?<!收获)(?<!总)(?:播种|种植|收获)?总?面积"
)


def crop_output(name: str, carried: str) -> str | None:
    """The crop's own output when ``name`` is a bare 总产量/产量/单产 after the crop's area (``carried``)."""
    crop = _CROP_AREA.fullmatch(carried) if name in ("总产量", "产量", "单产") else None
    return crop["crop"] + name if crop else None


# '新增市场主体3.43万户,其中私营企业1.28万户,个体工商户2.08万户': the kinds of firm after a count of new
# ones are new ones too (after a count of existing ones a bare kind is read as existing anyway)
_COUNTED_AS = re.compile(r"^(?:全年|当年)?(?P<how>新增|新登记|新注册|新设立|新发展)")
_FIRM_KIND = re.compile(
    r"(?:内资|外资|外商投资|私营|国有|集体|港澳台商?投资)?(?:\(非私营\))?企业|个体工商户|个体户|农民专业合作社"
)


def same_count(name: str, carried: str) -> str | None:
    """新增 (or 新发展 …) + ``name`` when ``name`` is a kind of firm and ``carried`` counts new ones."""
    how = _COUNTED_AS.match(carried) if _FIRM_KIND.fullmatch(name) else None
    return how["how"] + name if how and not name.startswith(how["how"]) else None


# A counted group before an indicator name narrows it to that group's members: 五个省级园区,
# 12家重点企业, 30个重大项目. (A count of industries, 三次产业, names no group of units, nor does a
# count of months: 前4个月的固定资产投资.)
_COUNTED_GROUP = re.compile(
    r"(?<![第\d])(?:\d+|[一二三四五六七八九十两]+)(?:个(?!月|季度|年)|家|户|所|座)[\u3400-\u9fff]{2,12}?"
    r"(?:实现|完成|累计|共)?$"
)


# '累计产值过亿元企业71家,完成工业总产值430.1亿元': a group of firms over a threshold, counted in the
# clause before, did what the next clause says
_THRESHOLD_GROUP = re.compile(
    r"(?:过|超过?|(?<!规模)(?<!限额)以上)[\u3400-\u9fff\d]{0,8}?企业(?:\d+|[一二三四五六七八九十两]+)家\s*[,，]\s*(?:共|累计)?(?:完成|实现)?$"
)


# An industry named without its measure, and the measure word after it: '第一产业完成投资…', '全部工业总产值…'
# (全部工业 alone is the catalogue's value added; '第一产业实现营业收入' glues nothing)
BARE_INDUSTRY = re.compile(r"第[一二三]产业投资|[\u3400-\u9fff]{0,4}工业(?:总产值|产值)")


def counted_group(before: str, wider: str = "") -> bool:
    """The words before a name in its clause narrow it to a counted group (12家重点企业实现…), or
    ``wider``, the words before it in the sentence, end with a threshold group's count."""
    if _THRESHOLD_GROUP.search(wider):
        return True
    group = _COUNTED_GROUP.search(before)
    # '在全市9个区县中位居…' is the field of a rank, not a group the figure narrows to
    return group is not None and not re.search(r"[中里内间]", group.group())


# An industry that paid the taxes, the subject before the verb: '金融业累计实现税收836.8亿元'.
_TAX_OWNER = re.compile(r"(?P<owner>[\u3400-\u9fff]{1,8}业)(?:累计|共)?(?:实现|完成|缴纳|入库)了?$")


def taxes_of(before: str, name: NameMatch) -> str | None:
    """An industry's taxes (金融业税收) when ``before`` names the industry that paid the area's taxes
    ``name``, or None."""
    owner = _TAX_OWNER.search(before) if name.name == "税收收入" else None
    return owner["owner"] + name.written if owner else None


# '全年累计建成粮食生产功能区37个,总面积4772.5公顷': the total of the things just counted
_COUNT_BEFORE = re.compile(
    r"(?:建成|建设|新建|认定|创建|培育|拥有|共有|新增)(?P<thing>[\u3400-\u9fff]{2,12}?)"
    r"(?:\d+|[一二三四五六七八九十两]+)(?:个|处|家|座|条)\s*[,，]\s*$"
)


def counted_total(name: str, before: str) -> str | None:
    """The counted things' own total (粮食生产功能区总面积) when ``name`` is a bare 总面积 or 总投资 right
    after a count of them in ``before``, or None."""
    count = _COUNT_BEFORE.search(before) if name in ("总面积", "面积", "总投资", "总规模") else None
    return count["thing"] + name if count else None
