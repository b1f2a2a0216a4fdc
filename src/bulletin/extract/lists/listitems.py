"""The names of items a list shares out figures to, completed from the list around them.

Contract: ``completed(scan, cut, subjects, segment, catalog)`` -> the names before one 分别, with the
last two split when 和 joins two whole items, the coverage the first names given to the rest, and the
measure a clause before them names given to each. ``named(part, catalog)`` -> (canonical name, as
written, in the catalogue); ``reheaded(previous, words, catalog)`` -> the last list's items with the
measure a later 分别's clause names alone; ``kind_dropped(subjects)`` -> the names without the kind
the last one says every item is ("智能手机等升级消费类商品" -> 智能手机); ``dated_by_value(shared, figures,
cut)`` -> rates shared out after the values they grow, each with its value's period; ``own_place``
-> the names without the area's own name before them. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.content.catalog import Catalog
from bulletin.extract.lists.enumerated import ENUM_HEADS, enumerated, paired
from bulletin.extract.naming.elision import MEASURE
from bulletin.extract.naming.industries import shared_suffix
from bulletin.extract.naming.scope import place_prefix
from bulletin.extract.sentence.sentences import Figure, Scan

__all__ = [
    "Names",
    "amounts_listed",
    "and_pair",
    "completed",
    "dated_by_value",
    "kind_dropped",
    "listed_before_comma",
    "named",
    "own_place",
    "reheaded",
]

Names = list[tuple[str, str, bool]]  # (canonical name, as written, in the catalogue)


def named(part: str, catalog: Catalog) -> tuple[str, str, bool]:
    entry = catalog.lookup(part)
    return (entry.name, part, True) if entry else (part, part, False)


def completed(scan: Scan, cut: int, subjects: Names, segment: list[Figure], catalog: Catalog) -> Names:
    """The names before the 分别 at ``cut``, completed (see the module's contract)."""
    if by_basis := _by_basis(scan, cut, segment, catalog):
        return by_basis
    # '金融机构存、贷款余额分别…': 存款余额 and 贷款余额
    joined = f"{subjects[0][1]}、{subjects[1][1]}" if len(subjects) == 2 else ""
    if joined and (pair := paired(joined)) and joined in scan.text[scan.segment_start(cut) : cut]:
        return [named(name, catalog) for name in pair]
    subjects = _framed(
        scan, cut, _share_coverage(_split_joined(subjects, segment, catalog), catalog), catalog
    )
    return _last_measure(scan, cut, subjects, catalog)


# '第一产业、第二产业、第三产业投资分别增长…': the measure the last item names is every bare item's,
# even one the catalogue knows alone (第一产业 is read as its value added when it stands alone);
# '能化、医药制造、…、装备制造工业增加值': items that are no industry of their own share 工业 too
_LAST_MEASURE = re.compile(r"(?P<measure>(?:工业)?(?:增加值|投资|营业收入|利润总额|产值|用电量))$")
_LIST_TAIL = re.compile(r"(?:同比|比上年|较上年|比上年同期|较上年同期)?\s*$")


def _last_measure(scan: Scan, cut: int, subjects: Names, catalog: Catalog) -> Names:
    words = re.split(r"[,，:：;；]", _LIST_TAIL.sub("", scan.text[scan.segment_start(cut) : cut]))[-1]
    items = [i.strip() for i in _OWN_AREA.sub("", words.strip()).split("、")]  # ('全市食品、…')
    tail = _LAST_MEASURE.search(items[-1]) if len(items) == len(subjects) >= 2 else None
    # ('民间投资、基础设施、房地产开发投资分别…': an item that names the same measure keeps its own name)
    own = [bool(tail and i.endswith(tail["measure"]) and len(i) > len(tail["measure"])) for i in items[:-1]]
    if (
        tail is None
        or all(own)
        or any(
            not mine and (len(i) < 2 or MEASURE.search(i) or not re.fullmatch(_CJK, i))
            for i, mine in zip(items[:-1], own, strict=True)
        )
    ):
        return subjects
    measure, stem = tail["measure"], items[-1][: tail.start()]
    # ('工业应税销售、工业用电量': a last item that is only the measure is a series of its own)
    if not stem:
        return subjects
    # (农副食品加工业增加值: 加工业 is the item's own word, not a shared 工业)
    if measure.startswith("工业") and (any(i.endswith("业") for i in items[:-1]) or _OWN_GONGYE.search(stem)):
        measure = measure[len("工业") :]
    # '医药、化学纤维制造业增加值': a bare item the last one's 制造业 completes to a division of
    # manufacturing is that division (but 教育、卫生、医药制造业投资: 卫生 is a service of its own)
    made = stem.endswith("制造业")
    out: Names = []
    for (name, written, known), item in zip(subjects[:-1], items[:-1], strict=True):
        # only an item read as written, bare or with the measure's last word alone (能化增加值)
        if not item.endswith(measure) and written in (item, item + measure.removeprefix("工业")):
            out.append(named(item + ("制造业" if made and item in _MADE else "") + measure, catalog))
        else:
            out.append((name, written, known))
    return [*out, subjects[-1]]


_CJK = r"[\u3400-\u9fff]{2,12}"
_OWN_AREA = re.compile(r"^(?:全|我|本)(?:市|县|区|省|州|旗|盟)")
# the divisions of manufacturing (GB/T 4754) named '<item>制造业', as lists write their items bare
_MADE = (
    *("食品", "家具", "医药", "化学纤维", "通用设备", "专用设备", "汽车", "仪器仪表", "电气机械"),
    *("化学原料和化学制品", "电气机械和器材", "计算机、通信和其他电子设备", "电子设备", "金属制品"),
    *("铁路、船舶、航空航天和其他运输设备", "文教、工美、体育和娱乐用品", "酒、饮料和精制茶"),
)
_OWN_GONGYE = re.compile(r"(?:^|[加轻重化手军])$")


# '按常住人口、户籍人口计算的人均地区生产总值分别为…': one measure on each basis, not the bases' own
# series (户籍人口 is a population, not the first item)
_BASES = re.compile(r"按(?P<bases>[\u3400-\u9fff、和]{2,24})计算的?(?P<name>[\u3400-\u9fffA-Z]{2,16})\s*$")


def _by_basis(scan: Scan, cut: int, segment: list[Figure], catalog: Catalog) -> Names:
    m = _BASES.search(scan.text, scan.segment_start(cut), cut)
    bases = re.split(r"[、和]", m["bases"]) if m else []
    if len(bases) < 2 or len(bases) != sum(f.rank is None for f in segment):
        return []
    return [named(f"按{b}计算的{m['name']}", catalog) for b in bases] if m else []


# 'A、B和C分别…': the last two items joined by 和 (及, 与) when each is a whole industry or class
_JOINED = re.compile(r"(?<=[业类])[和及与](?=[\u3400-\u9fff]{2})")
_ANY_JOIN = re.compile(r"(?<=[\u3400-\u9fff]{2})[和及与](?=[\u3400-\u9fff]{2})")


# '…、战略性新兴和高新技术等产业增加值': the word after 等 says what kind every item is
_KIND = re.compile(r"等(?P<kind>产业|行业)")


def _split_joined(subjects: Names, segment: list[Figure], catalog: Catalog) -> Names:
    """'电气机械制造业、金属制品业和纺织行业分别实现增加值x、y和z': one item more than the names read,
    the last name is two joined by 和. (批发和零售业 or 电气机械和器材制造业 is one: its first part is
    no industry of its own, unless the list says its items are: '…和高新技术等产业增加值'.)"""
    want = max(sum(f.quantity is not None for f in segment), sum(f.yoy_pct is not None for f in segment))
    if not subjects or want != len(subjects) + 1 or subjects[-1][2]:
        return subjects
    kind = next((m["kind"] for f in segment[:1] if (m := _KIND.search(f.written))), "")
    written = subjects[-1][1]
    if modified := _modifiers_shared(subjects, written, catalog):
        return modified
    # '中药材、花卉苗木和蔬菜等播种面积': 等 closes a list of parallel items, so 和 joins two of them
    gloss = None if kind else re.search(r"(?<=[\u3400-\u9fff])等(?=[\u3400-\u9fff]{2})", written)
    joins = list((_ANY_JOIN if kind or gloss else _JOINED).finditer(written))
    if len(joins) != 1:
        return subjects
    first, second = written[: joins[0].start()], written[joins[0].end() :]
    if gloss is not None and "等" in second:
        second, measure = second.split("等", 1)
        earlier = [
            s if s[2] or MEASURE.search(s[1]) else named(s[1] + measure, catalog) for s in subjects[:-1]
        ]
        return [*earlier, named(first + measure, catalog), named(second + measure, catalog)]
    # (金属制品业和纺织行业增加值: the shared head is 增加值, 行业 is the second item's own word)
    heads = [
        h
        for h in ENUM_HEADS
        if second.endswith(h) and len(second) > len(h) and not h.startswith(("产业", "行业"))
    ]
    head = heads[0] if heads else ""
    parts = [first, second[: len(second) - len(head)]]
    if kind:  # each item of its kind: 战略性新兴产业增加值, but 装备制造业增加值 as written
        parts = [p if p.endswith(("业", "类")) else p + kind for p in parts]
    return [*subjects[:-1], *(named(p if head and p.endswith(head) else p + head, catalog) for p in parts)]


def _modifiers_shared(subjects: Names, written: str, catalog: Catalog) -> Names:
    """'亿元以上、新开工及亿元以上新开工建设项目分别增长…': the items before the last are modifiers
    that the last item combines, so each is its modifier with the last item's head (建设项目)."""
    joins = list(_ANY_JOIN.finditer(written))
    if len(joins) != 1 or any(known for *_, known in subjects):
        return []
    last = written[joins[0].end() :]
    modifiers = [w for _, w, _ in subjects[:-1]] + [written[: joins[0].start()]]
    if not all(m in last for m in modifiers):
        return []
    head = last[max(last.find(m) + len(m) for m in modifiers) :]
    if len(head) < 2 or not re.fullmatch(_CJK, head):
        return []
    return [*(named(m + head, catalog) for m in modifiers), named(last, catalog)]


# '限额以上单位零售额中,新能源汽车、智能家电分别增长…': the items are parts of the measure the clause
# before them names, so each is that measure of its kind.
_PART_OF = re.compile(r"(?P<measure>零售额|销售额|产量|营业收入|出口额?|进口额?|投资)中\s*[,，]\s*$")


def _framed(scan: Scan, cut: int, subjects: Names, catalog: Catalog) -> Names:
    if len(subjects) < 2 or any(known or MEASURE.search(written) for _, written, known in subjects):
        return subjects
    first = scan.text.find(subjects[0][1], scan.segment_start(cut), cut)
    frame = _PART_OF.search(scan.text, scan.segment_start(cut), first) if first >= 0 else None
    if frame is None:
        return subjects
    measure = frame.group("measure")
    return [named(written + measure, catalog) for _, written, _ in subjects]


_COVERAGE_LEAD = re.compile(
    r"^(?:限额以上法人单位|限上法人单位|限额以上单位|限额以上|限上单位|限上)(?=[\u3400-\u9fff]{2})"
)


def _share_coverage(subjects: Names, catalog: Catalog) -> Names:
    """'限额以上法人单位金银珠宝类、饮料类…等商品零售额': the coverage the first class of goods names
    is every listed class's, as the measure the last one names is."""
    lead = _COVERAGE_LEAD.match(subjects[0][1]) if len(subjects) >= 2 else None
    rest = subjects[1:]
    if lead is None or any(known or "类" not in w or _COVERAGE_LEAD.match(w) for _, w, known in rest):
        return subjects
    return [subjects[0], *(named(lead.group() + written, catalog) for _, written, _ in rest)]


_HEAD_ALONE = re.compile(
    r"(?:^|[,，;；])\s*(?:其中)?(?P<head>出栏|存栏|产量|增加值|产值|营业收入|利润总额|零售额|销售额)\s*$"
)


def reheaded(previous: Names, words: str, catalog: Catalog) -> Names:
    """The items the last 分别 named, each with the measure ``words`` (between the last figure and
    this 分别) name alone: '猪、羊出栏分别达到…,存栏分别达到…' is 猪存栏 and 羊存栏."""
    head = _HEAD_ALONE.search(words)
    if head is None:
        return previous
    stems = [
        next((w[: -len(h)] for h in ENUM_HEADS if w.endswith(h) and len(w) > len(h)), "")
        for _, w, _ in previous
    ]
    if not all(stems):
        return previous
    return [named(stem + head["head"], catalog) for stem in stems]


_KIND_OF_GOODS = re.compile(r"(?<=[\u3400-\u9fff]{2})等[\u3400-\u9fff]{0,8}(?:商品|产品|类)$")


def kind_dropped(subjects: Names, measure: str = "", catalog: Catalog | None = None) -> Names:
    """'…、智能手机等升级消费类商品分别增长…': what kind the items are, not the last one's name; under
    a frame of products' output ('从产品看,锂离子电池、…等产品快速增长,分别增长…') each is that output,
    and so is every bare item beside one that names its own measure ('…、发电量、橡胶轮胎外胎分别增长…')."""
    kind = _KIND_OF_GOODS.search(subjects[-1][0]) if len(subjects) >= 2 and not subjects[-1][2] else None
    if kind is not None:
        subjects = [*subjects[:-1], (subjects[-1][0][: kind.start()],) * 2 + (False,)]
    own = [bool(s[2] or MEASURE.search(s[1])) for s in subjects]
    products = kind is not None and kind.group().endswith("产品")
    if measure != "产量" or catalog is None or not (products or any(own)):
        return subjects
    return [s if mine else named(s[1] + measure, catalog) for s, mine in zip(subjects, own, strict=True)]


def dated_by_value(shared: list[Figure], figures: list[Figure], cut: int) -> list[Figure]:
    """Rates shared out after the values they grow ('截至9月底,实有市场主体16104户,注册资本1155.8亿元,
    分别增长24.3%和21.8%') take each value's period: a balance's is the month it was counted."""
    dated = {f.name: f.period for f in figures if f.offset < cut and f.quantity is not None}
    return [
        replace(f, period=dated[f.name])
        if f.yoy_pct is not None and f.quantity is None and f.name in dated
        else f
        for f in shared
    ]


def own_place(subjects: Names, region: str, catalog: Catalog) -> Names:
    """'北京高技术制造业、战略性新兴产业增加值分别增长…' in Beijing's release: the area's own name
    before the first item names no part of it (another area's name keeps the item as written)."""
    out = []
    for name, written, known in subjects:
        placed = None if known else place_prefix(name, region, catalog.lookup)
        if placed is not None and placed[1]:
            entry = catalog.lookup(placed[0])
            name, written, known = (entry.name if entry else placed[0]), placed[0], entry is not None
        out.append((name, written, known))
    return out


# '生猪出栏11.9万头、存栏41.6万头,分别增长81.4%和52.2%': amounts listed, then their rates
_LISTED_AMOUNT = re.compile(r"[\d.,]+[^\d,，;；。、]{0,6}、[^\d,，;；。、]{1,20}")
_LAST_AMOUNT = re.compile(r"[\d.,]+[^\d,，;；。、]{0,6}[,，]\s*(?:同比|比上年|较上年)?$")


def amounts_listed(scan: Scan, figures: list[Figure], cut: int) -> Names:
    """The series of the amounts listed right before a 分别 (each item's own name and amount, joined
    by 、), in order; empty when the words before 分别 are anything else."""
    before = sorted((f for f in figures if f.offset < cut and f.quantity is not None), key=lambda f: f.offset)
    if not before or not _LAST_AMOUNT.fullmatch(scan.text, before[-1].offset, cut):
        return []
    listed = [before[-1]]
    for f in reversed(before[:-1]):
        if not _LISTED_AMOUNT.fullmatch(scan.text, f.offset, listed[0].offset):
            break
        listed.insert(0, f)
    # (each item a name of its own: not a bare measure, '…播面43.02万亩、产量69.21万吨', nor a run-on)
    whole = all(3 <= len(f.name) <= 16 for f in listed)
    return [(f.name, f.written, f.known) for f in listed] if len(listed) >= 2 and whole else []


# a rate cue closing a list ('…和就业支出同比'), no part of its last item
LIST_CUE = re.compile(r"(?:同比|比上年|较上年|比上年同期|较上年同期)?$")


_GREW_OUTPUT = re.compile(r"(?:持续|稳定|继续|稳步|均|实现)?增产,$")


def listed_before_comma(clause: str, count: int, catalog: Catalog) -> Names:
    """'其中教育、科技、社会保障和就业支出,分别增长a、b和c': the items of a list that ends its clause
    just before 分别, each with the head the last names, when they are as many as the figures."""
    # ('蔬菜、瓜果持续增产,同比分别增长a、b': output that grew is each item's 产量)
    clause = _GREW_OUTPUT.sub("产量,", re.sub(r"(?<=,)\s*(?:同比|比上年同期|比上年)$", "", clause.rstrip()))
    if not clause.rstrip().endswith(",") or not clause.rstrip(" ,").endswith(ENUM_HEADS):
        return []  # ('…,先进制造、生物医药产业链规上工业企业数最多,分别达…': no measure ends the list)
    words = LIST_CUE.sub("", re.split(r"[,;:]", clause.rstrip(" ,"))[-1].removeprefix("其中"))
    listed = [named(part, catalog) for part in shared_suffix(enumerated(words, count))]
    return listed if len(listed) == count else []


_AND_PAIR = re.compile(r"\s*([\u3400-\u9fff]{2,12}?)(?:和|及|与)([\u3400-\u9fff]{2,12})\s*")


def and_pair(words: str, values: list[Figure], measure: str, catalog: Catalog) -> Names:
    """Two items joined by 和 before 分别, as many as each kind of figure after it: items of the frame's
    ``measure`` ('(产品产量中,)移动通信手机和智能手表分别增长…', not the figures before them), or items that
    name their own ('营业税和增值税分别为0.03亿元和0.19亿元,下降96.0%和36.0%')."""
    two = _AND_PAIR.fullmatch(words)
    own = two is not None and all(re.search(r"[税额值量]$", two[i]) for i in (1, 2))
    amounts = sum(f.quantity is not None for f in values)
    if two is None or not (measure or own) or {amounts, len(values) - amounts} - {0, 2} or not values:
        return []
    return [named(two[i] + ("" if own else measure), catalog) for i in (1, 2)]


def one_list(subjects: Names, count: int, catalog: Catalog) -> Names:
    """'其中,农、林、牧、渔业产值分别为a、b、c和d': one name read whole that lists as many items as
    there are figures, each named; the subjects as they are otherwise."""
    if len(subjects) != 1 or count < 2 or "、" not in subjects[0][1]:
        return subjects
    parts = enumerated(subjects[0][1], count)
    return [named(part, catalog) for part in parts] if len(parts) == count else subjects
