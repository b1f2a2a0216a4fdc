"""Official industry names that contain '、', so that a list is not cut inside one of them.

The National Bureau of Statistics' classification of industries (GB/T 4754-2017) names many
sections and divisions as lists of their own: 交通运输、仓储和邮政业 is one industry, not two items.
Bulletins quote these names verbatim, so a split on '、' must keep them whole.

Contract: ``split_items(text)`` -> the items of a '、' list, each official name kept whole. Pure.
"""

from __future__ import annotations

import re

from bulletin.core.guarded import Guarded

__all__ = [
    "COUNTED",
    "DRIVES",
    "ENGLISH_LISTS",
    "OFFICIAL_NAMES",
    "clause_list",
    "shared_suffix",
    "split_items",
]

OFFICIAL_NAMES = (
    # sections (门类)
    "农、林、牧、渔业",
    "农、林、牧、渔专业及辅助性活动",
    "电力、热力、燃气及水生产和供应业",
    "交通运输、仓储和邮政业",
    "信息传输、软件和信息技术服务业",
    "信息传输、计算机服务和软件业",  # the 2002 classification's name, still in older bulletins
    "水利、环境和公共设施管理业",
    "居民服务、修理和其他服务业",
    "文化、体育和娱乐业",
    "公共管理、社会保障和社会组织",
    # divisions (大类)
    "酒、饮料和精制茶制造业",
    "纺织服装、服饰业",
    "皮革、毛皮、羽毛及其制品和制鞋业",
    "木材加工和木、竹、藤、棕、草制品业",
    "文教、工美、体育和娱乐用品制造业",
    "石油、煤炭及其他燃料加工业",
    "铁路、船舶、航空航天和其他运输设备制造业",
    "计算机、通信和其他电子设备制造业",
    "电力、热力生产和供应业",
    "金属制品、机械和设备修理业",
    "开采专业及辅助性活动",
    # the CPI's classes (居民消费价格分类)
    "交通和通信",
    "教育、文化和娱乐",
    "教育文化和娱乐",
    "衣着、鞋类",
    "粮油、食品",
)
_WITH_COMMA = sorted((n for n in OFFICIAL_NAMES if "、" in n), key=len, reverse=True)
_GUARD = "\u2063"  # an invisible separator stands for '、' inside an official name while splitting
_PATTERN = re.compile("|".join(re.escape(n) for n in _WITH_COMMA))


# English names of the same kind, which releases write with commas: 'enterprises funded by … Hong
# Kong, Macao and Taiwan', 'production and supply of electricity, heat, gas and water'. A comma in
# one of them does not end a clause.
_ENGLISH_LISTS_ANY = re.compile(
    r"Hong Kong,\s*Macao,?\s+and\s+Taiwan"
    r"|(?:electricity|(?:electric )?power),\s*(?:(?:thermal power|heat(?:ing)? power|heating|heat),"
    r"\s*)?(?:fuel )?gas,?\s+and\s+water"  # ('electricity, gas and water': the heat left out)
    r"|(?:agriculture|farming),\s*forestry,\s*animal husbandry,?\s+and\s+fisher(?:y|ies)"
    r"|food,\s*tobacco,?\s+and\s+liquor|education,\s*culture,?\s+and\s+recreation"
    r"|transportation,\s*warehousing,?\s+and\s+post(?:al)?|information transmission,\s*software,?\s+and\s+"
    r"information technology|leasing\s+and\s+business services"
    # the CPI's classes whose names hold 'and'
    r"|other (?:articles|supplies|goods)\s+and\s+services|daily (?:necessities|use articles)\s+and\s+services"
    r"|transportation\s+and\s+communications?|(?:food,\s*)?tobacco,?\s+and\s+(?:alcohol|liquor)",
    re.IGNORECASE,
)
ENGLISH_LISTS = Guarded(_ENGLISH_LISTS_ANY, latin=True)


# '…智能化发展带动钢铁、化工、农副食品加工业增加值分别增长…': a list after a verb that drives it names
# the items; the words before the verb are the cause
DRIVES = re.compile(r"(?:带动|推动|促进|助推)(?=[\u3400-\u9fff]{1,12}、)")


def split_items(text: str) -> list[str]:
    """'批发和零售业、交通运输、仓储和邮政业' -> ['批发和零售业', '交通运输、仓储和邮政业']."""
    guarded = _PATTERN.sub(lambda m: m.group(0).replace("、", _GUARD), text)
    return [item.replace(_GUARD, "、") for item in guarded.split("、") if item]


COUNTED = re.compile(
    r"[一二三四五六七八九十两\d]+(?:个|大)(?:主导|支柱|重点|优势)?(?:行业|产业|门类|类|品种)"
)


def clause_list(text: str, heads: tuple[str, ...]) -> str:
    """'…,汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,' -> the list with its measure
    (the last of ``heads`` it holds), without the count of its items or what is said of them."""
    clause = next((c for c in reversed(re.split(r"[,，;；:：]", text)) if "、" in c), "")
    clause = COUNTED.sub("", clause)
    ends = [clause.rfind(h) + len(h) for h in heads if h in clause and len(h) > 1]
    return clause[: max(ends)] if ends else ""


_SHORT_AND = re.compile(r"^(?P<a>[\u3400-\u9fff]{1,5})[和及与](?P<b>[\u3400-\u9fff]{1,5}产业)$")


def shared_suffix(items: list[str]) -> list[str]:
    """'汽车、材料、消费品、能源工业和电子产业', '摩托车和装备产业': the last item's 产业 is every
    bare item's (汽车产业); an item that names its own kind (能源工业) keeps it. So is 行业 ('炼焦、
    非金属矿制品、机械、化学行业': 炼焦行业)."""
    if not items or not items[-1].endswith(("产业", "行业")) or len(items[-1]) < 4:
        return items
    kind = items[-1][-2:]
    if pair := _SHORT_AND.match(items[-1]):
        items = [*items[:-1], pair["a"], pair["b"]]
    bare = [i for i in items[:-1] if not i.endswith(("业", "品类", "类"))]
    if len(items) < 2 or not bare or any(len(i) > 6 for i in bare):
        return items
    return [i if i.endswith(("业", "类")) else i + kind for i in items]
