"""The items of a '、' list completed with the head noun the last item names: '汽车类、家用电器和
音像器材类零售额' is 汽车类零售额 and 家用电器和音像器材类零售额.

Contract: ``enumerated(written)`` -> the items, each with its head; ``ENUM_HEADS`` the head nouns a
list shares. Pure.
"""

from __future__ import annotations

import re

from bulletin.extract.naming.elision import MEASURE, with_qualifier
from bulletin.extract.naming.industries import COUNTED, split_items

__all__ = ["ENUM_HEADS", "LIST_CLOSER", "enumerated", "paired"]

# '…、橡胶和塑料制品业等重点行业': 等 closes a list, and what follows says what kind its items are
LIST_CLOSER = re.compile(r"等(?:重点|主要|优势|支柱|传统|新兴)?(?:行业|产业|门类|领域)?$")

ENUM_HEADS = (
    "产业增加值",
    "行业增加值",
    "产业产值",
    "行业产值",
    "商品零售额",  # '体育娱乐用品类、…、化妆品类商品零售额': every class is of goods
    "零售额",
    "销售额",
    "营业额",  # '限上住宿业、餐饮业营业额': not 住宿业额
    "营业收入",
    "增加值",
    "总产值",  # '船舶工业、水产加工总产值': the whole head, not its last two characters
    "产值",
    "总产量",
    "产量",
    "投资额",  # '制造业、服务业、基础设施投资额': not 制造业额
    "投资",
    "出口额",
    "进口额",
    "收入",
    "支出",
    "价格",
    "价格指数",
    "用电量",
    "吞吐量",
    "出栏量",  # '猪、牛、羊、禽出栏量': not 牛量
    "存栏量",
    "保有量",  # '大中型拖拉机、联合收割机保有量': not 联合收割机量
    "出栏",  # '猪、羊出栏分别达到…'
    "存栏",
    "总额",
    "额",
    "量",
    "类",  # 食品烟酒、教育文化和娱乐类: the price classes of the CPI
)


_AFTER_MODIFIER = re.compile(r"型|工业|企业")
_CLASS_SCOPE = re.compile(r"^(?:限额以上法人单位|限上法人单位|限额以上单位|限额以上|限上单位|限上)")


def paired(written: str) -> list[str] | None:
    """'生猪存、出栏', '存、贷款余额', '进、出口总额': two one-character words sharing the rest (存栏,
    出栏), or None."""
    pair = _PAIRED.fullmatch(written)
    if pair is None or pair["a"] + pair["b"] not in _PAIRS:
        return None
    return [pair["stem"] + pair["a"] + pair["rest"], pair["stem"] + pair["b"] + pair["rest"]]


# '农、林、牧、渔业产值', '农、林、牧、渔和服务业产值': the four branches of farming by their first characters
_AGRICULTURE_LIST = re.compile(r"^(?:[农林牧渔]、)+[农林牧渔](?:业|[和及、])")
_AGRICULTURE = re.compile(r"[农林牧渔](?=[、和及])")


def enumerated(written: str, count: int = 0) -> list[str]:
    """'汽车类、家用电器和音像器材类零售额' -> ['汽车类零售额', '家用电器和音像器材类零售额']: the last
    item's head noun is shared by the items before it. Given the ``count`` of figures the items share,
    a 和 or 及 after the last 、 parts the last two items when one item is missing without it
    ('新能源、新材料和高端装备制造业产值分别增长a、b和c')."""
    if _AGRICULTURE_LIST.match(written):  # (its 服务业 is farming's own services, not the services sector)
        written = re.sub(r"(?<=[和及、])服务业", "农林牧渔服务业", _AGRICULTURE.sub(r"\g<0>业", written))
    items = split_items(written)
    joined = max(written.rfind("和"), written.rfind("及"))
    if count and len(items) == count - 1 and joined > written.rfind("、") >= 0 and "等" not in written:
        again = enumerated(written[:joined] + "、" + written[joined + 1 :])
        if len(again) == count and _one_head(again):
            return again
    if len(items) < 2:
        return [written]
    if len(items) == 2 and (pair := paired(written)):
        return pair
    if MEASURE.search(items[0]) and all(i in ENUM_HEADS or MEASURE.fullmatch(i) for i in items[1:]):
        # '规模工业增加值、产值': measures of one thing, which the first item names
        return [items[0]] + [with_qualifier(i, items[0], items[0]) for i in items[1:]]
    # '大、中、小型企业工业增加值', '规模以上、规模以下工业增加值', '农、林、渔业': modifiers of one length
    # share all the last item says after its own modifier (型企业工业增加值), not only its measure
    # ('建筑、房地产业' shares nothing: 产业 is part of a name)
    width = len(items[0])
    rest = items[-1][width:]
    after = _AFTER_MODIFIER.match(rest) or (width == 1 and rest.startswith("业"))
    if all(len(i) == width for i in items[:-1]) and after and MEASURE.search(rest):
        return [i + rest for i in items[:-1]] + [items[-1]]
    # '金融业、房地产业增加值': items that are industries already share 增加值, not 产业增加值
    industries = any(i.endswith("业") for i in items[:-1])
    head = next(
        (
            h
            for h in ENUM_HEADS
            if items[-1].endswith(h)
            and not items[0].endswith(h)
            and not (industries and h.startswith(("产业", "行业")))
        ),
        "",
    )
    last = items[-1]
    if head and (counted := COUNTED.search(last)):  # '装备制造业三大主导产业增加值': the items' count
        last = last[: counted.start()] + last[counted.end() :]
    # '光缆、锂电池、光伏组件等高技术产品产量': what follows 等 is the items' class, not the last item
    gloss = last.find("等", 1)
    if head == "增加值" and 0 < gloss < last.rfind("工业增加值"):
        head = "工业增加值"  # '生物医药、化工新材料等主导行业工业增加值': the industrial value added of each
    # '金属制品、…、汽车等制造行业增加值': 汽车制造业增加值, not 汽车行业增加值 ('数字经济核心产业、装备
    # 等产业制造业增加值': a cluster's manufacturing part, 数字经济核心产业制造业增加值)
    made = gloss > 0 and re.match(r"(?:产业|行业)?制造(?:行)?业", last[gloss + 1 :])
    if made and head.endswith("增加值") and not any(re.search(r"(?<!产)业$", i) for i in items[:-1]):
        head = "制造业增加值"
    if head and gloss > 0 and (len(last) - gloss > len(head) + 1 or last[gloss + 1 :] == head):
        last = last[:gloss] + head  # '…、社会保障和就业等支出': 等 closes the list
    # '牛、羊、鸡肉产量': kinds of livestock share the meat (牛肉产量; 牛、羊、家禽出栏 do not)
    if head and all(len(i) == 1 for i in items[:-1]) and last[1:] == "肉" + head:
        head = last[1:]
    # '粮油类、肉禽蛋类、蔬菜类限上消费品零售额', '…加工业、电器机械器材制造业规模工业增加值': the
    # coverage the last item names between its class or industry and the measure is every item's
    covered = _COVERAGE_TAIL.search(last[: len(last) - len(head)]) if head and last.endswith(head) else None
    if covered and all(i.endswith(("类", "业")) and not MEASURE.search(i) for i in items[:-1]):
        head = covered.group() + head
    # an item that names its own measure keeps it: '战略性新兴产业产值、高技术产业增加值'
    out = [i + head if not i.endswith(head) and not MEASURE.search(i) else i for i in items[:-1]] + [last]
    # classes of goods share the coverage the first names: '限上法人单位体育娱乐用品类、通讯器材类…';
    # so do items that share the last one's measure: '限上批发业、零售业销售额' (限上零售业销售额)
    scope = _CLASS_SCOPE.match(out[0]) or (_SHARED_SCOPE.match(out[0]) if head else None)
    classes = all(i.endswith("类" + head) or i.endswith("类") for i in items)
    shared = head and not MEASURE.search(items[0]) and not any(_SHARED_SCOPE.match(i) for i in items[1:])
    if scope and (classes or shared):
        out = [i if i.startswith(scope.group()) else scope.group() + i for i in out]
    return out


def _one_head(items: list[str]) -> bool:
    """Whether every item ends with one head noun after a stem of its own: not a place (古塔区), a
    one-character abbreviation (农、林) or a name that still joins two (医疗保健类和其他用品)."""
    head = next((h for h in ENUM_HEADS if items[-1].endswith(h)), "")
    stems = [i.removesuffix(head) for i in items]
    return bool(head) and all(
        i.endswith(head) and len(s) >= 2 and not re.search(r"[和及]|[区县市镇乡旗]$", s)
        for i, s in zip(items, stems, strict=True)
    )


_SHARED_SCOPE = re.compile(r"^(?:限额以上|限上|规模以上|规上)")
_PAIRED = re.compile(
    r"(?P<stem>[\u3400-\u9fff]*?)(?P<a>[存进收产出])、(?P<b>[出贷支销入])(?P<rest>[\u3400-\u9fff]{1,8})"
)
_PAIRS = {"存出", "存贷", "进出", "收支", "产销", "出入"}
_COVERAGE_TAIL = re.compile(r"(?<=[类业])(?:限额以上|限上|规模以上|规上|规模)(?:消费品|商品)?(?:工业)?$")
