"""Lists whose figures are shared out: 'A、B、C分别增长x%、y%、z%', 'A and B … x and y respectively'.

Contract: ``respectively(scan, figures, catalog)`` -> the sentence's figures with those after each
分别 (or before an English 'respectively') given the names (or periods) listed before it. Pure; never
raises. When the counts do not match, the figures from that point on are dropped: precision first.
English lists' own shapes are read in lists_en.py, the completion of listed names in listitems.py.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bulletin.content.catalog import Catalog
from bulletin.core.guarded import Guarded
from bulletin.extract import lexicon as lx
from bulletin.extract.english import lists_en as en
from bulletin.extract.lang import is_en
from bulletin.extract.lists.enumerated import ENUM_HEADS, LIST_CLOSER, enumerated
from bulletin.extract.lists.listitems import (
    LIST_CUE,
    Names,
    amounts_listed,
    and_pair,
    completed,
    dated_by_value,
    kind_dropped,
    listed_before_comma,
    named,
    one_list,
    own_place,
    reheaded,
)
from bulletin.extract.lists.shareout import shared_out
from bulletin.extract.naming.elision import shared_name, with_qualifier
from bulletin.extract.naming.industries import DRIVES, OFFICIAL_NAMES, clause_list, shared_suffix, split_items
from bulletin.extract.naming.names import phrase_name
from bulletin.extract.sentence.sentences import Figure, Scan

__all__ = ["respectively"]


# '增速分别为x%': from 增速; 分居/分列 (全国第6位、第13位) share ranks; 'A、B产量均增长7.5%': each's
# ('A、B、C均位列全市各区首位': each's rank, when 均 follows the last name, not a figure)
_SHARED_ANY = re.compile(
    r"(?:增速|增幅|涨幅|降幅)?(?:分别|分居|分列|(?<![年人平])均(?=增长|下降|为|达)"
    r"|(?<=[\u3400-\u9fff])(?<![年人平])均(?=位列|位居|居|排))"
)
_SHARED = Guarded(_SHARED_ANY, ("分别", "分居", "分列", "均"))


_COUNTED = re.compile(r"[二三四五六七八九十两]大?(?:行业|产业|领域|板块|门类)$")


def _abbreviated(subjects: Names) -> bool:  # '批、零、住、餐四行业': no name anybody can publish
    return any(len(w) == 1 for _, w, _ in subjects) and bool(subjects and _COUNTED.search(subjects[-1][1]))


def respectively(scan: Scan, figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """'A、B、C分别增长x%、y%、z%': pair the names (or periods) before 分别 with the figures after it.

    Each 分别 distributes over the figures up to the next 分别 or semicolon; a 分别 with no names
    of its own reuses the last one's ('A、B分别为x亿元和y亿元,分别增长a%和b%'). When the counts do
    not match, nothing from that 分别 to the end of the sentence is kept: precision first."""
    cuts = [m.start() for m in _SHARED.finditer(scan.text)] or en.respectively_en(scan, figures)
    implicit = {} if cuts else dict(_implicit_zh(scan, figures))  # a list of rates ends its own span
    cuts = cuts or list(implicit)
    if not cuts:
        renamed = en.respective_en(scan, figures, catalog)
        return renamed if renamed != figures else en.and_respectively(scan, figures, catalog)
    spans = []
    for i, cut in enumerate(cuts):
        end = min(cuts[i + 1] if i + 1 < len(cuts) else len(scan.text), implicit.get(cut, len(scan.text)))
        stop = scan.text.find(";", cut)  # 分别 does not reach past a semicolon
        end = min(end, stop) if stop >= 0 else end
        spans.append((cut, _named_anew(scan, figures, cut, end)))
    out = [f for f in figures if not any(a <= f.offset < b for a, b in spans)]
    previous: Names = []
    source = ""  # the list of items the last names were read from
    for cut, end in spans:
        segment = sorted((f for f in figures if cut <= f.offset < end), key=lambda f: f.offset)
        subjects = _subjects_before(scan, figures, cut, catalog, segment, previous, source)
        subjects = kind_dropped(completed(scan, cut, subjects, segment, catalog), scan.measure, catalog)
        subjects = own_place(subjects, scan.region, catalog)
        shared = shared_out(scan, cut, segment, subjects)
        if shared is None or _abbreviated(subjects):
            if scan.text[end : end + 1] != ";":
                return [f for f in out if f.offset < cut]
            # (a semicolon ends what the 分别 reached: the clauses after it stand on their own)
            out = [f for f in out if not cut <= f.offset < end]
            continue
        out.extend(_dated_by_item(scan, cut, dated_by_value(shared, figures, cut)))
        previous, source = subjects, next((f.written for f in segment if f.rank is None), "")
    return out


def _named_anew(scan: Scan, figures: list[Figure], cut: int, end: int) -> int:
    """Where a 分别's span ends before ``end``: at the clause of the first figure after it that names
    its own series ('…存栏分别达到15.6万头和12万只,实现肉类总产10673吨')."""
    after = sorted((f for f in figures if cut < f.offset < end), key=lambda f: f.offset)
    for f in after[1:]:
        if f.written and f.written != after[0].written and f.written in scan.text[cut : f.offset]:
            return min(end, scan.clause_start(scan.text.rfind(f.written, cut, f.offset)))
    return end


def _dated_by_item(scan: Scan, cut: int, shared: list[Figure]) -> list[Figure]:
    """'规上工业增加值、1-2月规上服务业营业收入分别增长8.1%、13.8%': an item dated in the list has its
    own period; the others keep the list's."""
    out = []
    for f in shared:
        at = scan.text.rfind(f.written, 0, cut) if f.written else -1
        own = [p for s, e, p in scan.periods if at > 0 and scan.text[s - 1 : s] == "、" and e == at]
        out.append(replace(f, period=own[0]) if own else f)
    return out


# 'A、B、C类上涨7.2%、6.3%、3.5%': as many rates as listed items, with no 分别 to say so.
_RATES = re.compile(rf"(?:{lx.GROWTH_UP_ZH}|{lx.GROWTH_DOWN_ZH})\s*{lx.NUM}\s*%(?:\s*[、和]\s*{lx.NUM}\s*%)+")


def _implicit_zh(scan: Scan, figures: list[Figure]) -> list[tuple[int, int]]:
    """Where a list of rates for a list of items starts and ends, when the counts match (else none)."""
    if is_en(scan.lang):
        return []
    cuts = []
    for m in _RATES.finditer(scan.text):
        rates = len(re.findall(rf"{lx.NUM}\s*%", m.group()))
        named = [f for f in figures if m.start() <= f.offset < m.end()]
        if named and "、" in named[0].written and len(enumerated(named[0].written)) == rates:
            cuts.append((m.start(), m.end()))
        elif _values_before(scan, figures, m.start()) == rates:
            cuts.append((m.start(), m.end()))  # '总产值4.1亿元、增加值1.3亿元,同比增长43.9%和30.8%'
    return cuts


def _values_before(scan: Scan, figures: list[Figure], at: int) -> int:
    """How many amounts of different series the clause right before a list of rates states, joined
    by 、 (总产值4.1亿元、增加值1.3亿元,同比增长…); 0 when it states other figures too."""
    clause = scan.clause_start(at)
    start = max(scan.text.rfind(c, 0, max(clause - 1, 0)) for c in ",:;") + 1  # 、 does not end it
    before = [f for f in figures if start <= f.offset < at]
    if (
        len(before) < 2
        or any(f.quantity is None for f in before)
        or len({f.name for f in before}) < len(before)
    ):
        return 0
    return len(before) if "、" in scan.text[before[0].offset : before[-1].offset] else 0


def _subjects_before(
    scan: Scan,
    figures: list[Figure],
    cut: int,
    catalog: Catalog,
    segment: list[Figure],
    previous: Names,
    source: str = "",
) -> Names:
    # The names that 分别 distributes over come after the last figure before it.
    lo = max([f.offset for f in figures if f.offset < cut and f.rank is None] + [-1])
    lo = max(lo, scan.clause_start(lo) if lo >= 0 else -1)
    # 'Foreign trade grew steadily, with exports, imports, and …': an English list opens after 'with'
    if is_en(scan.lang) and (opener := list(en.LIST_OPENER_EN.finditer(scan.text, 0, cut))):
        lo = max(lo, opener[-1].start())
    subjects: Names = []
    for n in scan.names:
        if lo < n.start < cut and (n.name, n.written, n.known) not in subjects:
            subjects.append((n.name, n.written, n.known))
    values = [f for f in segment if f.rank is None]
    subjects = one_list(subjects, len(values), catalog)
    if len(values) >= 2 and len(listed := amounts_listed(scan, figures, cut)) == len(values):
        return listed  # '生猪出栏11.9万头、存栏41.6万头,分别增长81.4%和52.2%'
    # '其中,化学原料和化学制品制造业,石油、煤炭及其他燃料加工业,…增加值分别增长…': before all else
    before = [f.name for f in figures if f.offset < cut and f.rank is None]
    tail = (
        _MEASURE_TAIL.search(before[-1]) if before else None
    )  # ('…开采业增加值增长20.6%,酒、…制造业,…分别…')
    words, measure = scan.text[max(lo, 0) : cut], tail["measure"] if tail else ""
    comma = _comma_industries(words, catalog, measure) if len(subjects) < len(values) else []
    if len(values) >= 2 and len(comma) == len(values):
        return comma
    carried_in = bool(values) and values[0].written not in scan.text  # named in an earlier sentence
    own = clause_list(scan.text[max(lo, 0) : cut], ENUM_HEADS) if carried_in else ""
    if not subjects and values and "、" in values[0].written and values[0].written != source:
        # the segment's own list of items ('交通和通信、居住类下降…'), not the last 分别's names
        parts = enumerated(own or values[0].written, len(values))
        return [named(part, catalog) for part in shared_suffix(parts)]
    if not subjects and len(values) == 2 and (pair := _two_industries(values[0].written, catalog)):
        return pair  # '规模以上工业高技术制造业和装备制造业增加值同比分别增长…'
    if not subjects and (ranked := _ranked_items(scan.text[max(lo, 0) : cut], figures, cut)):
        return ranked  # (before the last list's items: this clause lists its own)
    clause = scan.text[max(lo, 0) : cut]
    if not subjects and values and "、" in clause and values[0].written not in clause:
        # '…,先进制造、生物医药产业链规上工业企业数最多,分别达182个': items of its own, unread, unless as many
        return listed_before_comma(clause, len(values), catalog)  # as the figures ('其中教育、…支出,分别')
    floor = scan.text.rfind(";", 0, cut)
    after = floor > max((m.start() for m in _SHARED.finditer(scan.text, 0, cut)), default=-1)
    stated = after and (
        any(floor < f.offset < cut and f.quantity is not None for f in figures) or "、" in clause
    )
    if not subjects and previous and not stated:
        # '猪、羊出栏分别达到…,存栏分别达到…': the same items, each with the measure this clause names
        # (not past a semicolon after which its own values or items are: '…;羊存栏x只…', '…;金融、房地产业…')
        return reheaded(previous, clause, catalog)
    if not subjects and (
        pair := and_pair(LIST_CUE.sub("", _last_part(clause)), values, scan.measure, catalog)
    ):
        return pair  # '(产品产量中,)移动通信手机和智能手表分别增长…', '营业税和增值税分别为…
    if not subjects:
        # the figures stated before it, back to the semicolon that closes the clause before: a
        # 分别 reaches no more past a semicolon backwards than forwards
        for f in figures:
            if floor < f.offset < cut and (f.name, f.written, f.known) not in subjects:
                subjects.append((f.name, f.written, f.known))
        part = scan.text.rfind("其中", floor + 1, cut)
        if len(subjects) > len(values) and part >= 0:
            # '工业增加值1.7亿元,其中:…总产值4.1亿元、增加值1.3亿元,同比增长…': more figures than rates,
            # so the rates are the part's (其中 X, Y), not the total's too ('X,其中Y,分别增长a和b')
            subjects = list(
                dict.fromkeys((f.name, f.written, f.known) for f in figures if part < f.offset < cut)
            )
    if len(subjects) == 1 and len(values) >= 2:
        subjects = _listed(scan, cut, catalog) or subjects
    if len(subjects) <= 1 and values and "、" in values[0].written:
        # the list the figures carried in from an earlier sentence, unless this one lists its own
        subjects = [named(part, catalog) for part in enumerated(own or values[0].written)]
    words_listed = en.listed_words_en if is_en(scan.lang) else _listed_words
    listed = words_listed(scan, lo, cut, catalog) if 1 <= len(subjects) < len(values) else []
    if listed and len(listed) == len(values):
        subjects = listed  # '工业应税销售、工业用电量分别增长…': only the second is a catalogue name
    return subjects


def _last_part(clause: str) -> str:
    return re.split(r"[,;:，；：]", clause)[-1]


_MEASURE_TAIL = re.compile(r"(?<=业)(?P<measure>增加值|营业收入|产值|利润总额|投资)$")


def _comma_industries(words: str, catalog: Catalog, carried: str = "") -> Names:
    """'其中,化学原料和化学制品制造业,石油、煤炭及其他燃料加工业,医药制造业增加值分别增长…':
    industries whose own names hold 、 listed with commas, the last one's measure shared (or, when
    the last names none, the ``carried`` measure of the industry's figure before the list)."""
    parts = [p.strip() for p in re.split(r"[,;:]", LIST_CUE.sub("", words).strip())]
    found = _MEASURE_TAIL.search(parts[-1]) if parts else None
    if found is None and not (carried and parts and _industry_part(parts[-1])):
        return []
    measure = found["measure"] if found else carried
    parts[-1] = parts[-1][: found.start()] if found else parts[-1]
    industries = list(itertools.takewhile(_industry_part, reversed(parts)))
    if len(industries) < len(parts) - 1 and _VIEW.search(parts[0]) and all(map(_short_part, parts[1:])):
        industries = parts[:0:-1]  # '从行业看,医药,化学原料及化学制品,…,汽车制造业增加值': short names too
    if len(industries) < 2:
        return []
    return [
        named(re.sub(r"^(?:其中|例如|比如|如(?![皋东意]))", "", p) + measure, catalog)
        for p in reversed(industries)
    ]


_VIEW = re.compile(r"(?:分|从|按)(?:行业|产业|门类)(?:看|来看|分)$|^其中$")


def _short_part(part: str) -> bool:
    # (an item, not a list of its own or a remark: '新动能投资较快增长'; an official name keeps its 、)
    listed = "、" in part and not any(name.startswith(part) for name in OFFICIAL_NAMES)
    return (
        2 <= len(part) <= 20
        and not listed
        and not re.search(r"\d|看|增长|下降|提高|回落|加快|较快|平稳", part)
    )


def _listed_words(scan: Scan, lo: int, cut: int, catalog: Catalog) -> Names:
    """The items listed with '、' right before a 分别 (after ``lo``, the last figure before it), each
    named by the catalogue or as written."""
    start = max(lo + 1, 0)
    start += len(scan.text[start:cut]) - len(words := re.split(r"[,;:]", scan.text[start:cut])[-1])
    if any(start <= at < cut for at, _, _ in scan.periods):
        return []  # '其中一季度、二季度分别增长…': periods shared out, not items
    words = LIST_CUE.sub("", words).strip()
    # '…智能化发展带动钢铁、化工、农副食品加工业增加值分别增长…': the items are what is driven
    words = DRIVES.split(words)[-1]
    items = shared_suffix(split_items(words))
    if len(items) < 2:
        return []
    listed: Names = []
    for item in items:
        name = phrase_name(item)
        if not name:
            return []
        listed.append(named(name, catalog))
    return listed


# '纺织业和食品制造业增幅最大,分别为…': items named, then their rate ranked, then the figures.
_RANKED_TAIL = re.compile(
    r"(?:的)?(?:增幅|增速|涨幅|降幅|跌幅|增长)(?:最大|最快|最高|较大|较快|居前|领先|靠前|(?:高于|快于)[^,;]{0,10})[,\s]*$"
    # ('甲业、乙业、丙业居前三位,分别增长…': the items' place among the industries, then their figures)
    r"|(?<=[业品])(?:位)?居[前后][一二两三四五六七八九十\d]+位[,\s]*$"
)


def _industry_part(part: str) -> bool:
    return part.strip().endswith("业") and "看" not in part


def _ranked_items(words: str, figures: list[Figure], cut: int) -> Names:
    """The items before a ranked rate, each with the measure of the figure before them."""
    tail = _RANKED_TAIL.search(words)
    if tail is None:
        return []
    parts = re.split(r"[,:;]", words[: tail.start()])
    # '计算机、通信和其他电子设备制造业,电气机械和器材制造业,…增速较快': industries whose own names
    # hold 、 and 和 are listed with commas, one to a part
    industries = list(itertools.takewhile(_industry_part, reversed(parts)))
    if len(industries) >= 2:  # ('…,橡胶和塑料制品业等重点行业增速较快': 等 closes the list)
        industries[0] = LIST_CLOSER.sub("", industries[0])
        items = [phrase_name(p) for p in reversed(industries)]
    else:
        # ('…、电气机械和化纤等行业增速高于全市平均': 等 closes the list, 行业 says what its items are)
        listed = LIST_CLOSER.sub("", parts[-1].strip())
        # ('黑色金属冶炼和压延加工业': 和 splits two items only when each is an industry of its own)
        whole = [p for i in shared_suffix(split_items(listed)) for p in _joined_industries(i)]
        items = [phrase_name(i) for i in whole if i.strip()]
    if len(items) < 2 or not all(items):
        return []
    # the measure of the figure they break down: the one before them, or the subject carried in
    earlier = [f for f in figures if f.offset < cut] or [f for f in figures if f.offset > cut]
    measure = (
        shared_name(earlier[-1 if earlier[0].offset < cut else 0].written, "", True) if earlier else None
    )
    if not measure and earlier:  # '规上工业增加值增长20.1%。…汽车制造、…等行业增速高于…': 增加值
        last = earlier[-1 if earlier[0].offset < cut else 0].written
        measure = m.group() if (m := _ITEM_MEASURE.search(last)) else None
    head_noun = measure or ""
    return [(str(i) + head_noun, str(i) + head_noun, False) for i in items]


def _joined_industries(item: str) -> list[str]:
    parts = re.split(r"[和及与]", item)
    whole = all(p.endswith(("业", "品", "类")) for p in parts[:-1])  # 矿产加工业和电子信息: two
    return parts if len(parts) > 1 and whole and item not in OFFICIAL_NAMES else [item]


_TWO_CLASSES = re.compile(
    r"([\u3400-\u9fff]{1,8}类)(?:和|及|与)([\u3400-\u9fff]{1,8}类)(?P<measure>价格|零售额)?"
)


def _two_industries(written: str, catalog: Catalog) -> Names:
    """'高技术制造业和装备制造业增加值': two industries joined by 和 that share the measure after them;
    so do two classes of goods ('食品类和居住类价格')."""
    if classes := _TWO_CLASSES.fullmatch(written):
        return [named(classes[k] + (classes["measure"] or ""), catalog) for k in (1, 2)]
    halves = written.split("和")  # '高新技术产业投资和战略性新兴产业投资': each names its own measure
    heads = [m.group() if (m := _OWN_HEAD.search(h)) and len(h) > len(m.group()) + 2 else "" for h in halves]
    if len(halves) == 2 and heads[0] and heads[0] == heads[1]:
        return [named(h, catalog) for h in halves]
    tail = _MEASURE_TAIL.search(written)
    parts = _joined_industries(_SCOPE_PREFIX.sub("", written[: tail.start()])) if tail else []
    if tail is None or len(parts) != 2 or not all(p.endswith("业") for p in parts):
        return []
    return [named(p + tail["measure"], catalog) for p in parts]


_ITEM_MEASURE = re.compile(r"(?:增加值|产值|营业收入|零售额|产量|利润总额)$")
_OWN_HEAD = re.compile(r"(?:投资|" + _ITEM_MEASURE.pattern[3:])  # (the same measures, and investment)


_SCOPE_PREFIX = re.compile(r"^(?:规模以上|规上|限额以上)(?:工业|服务业|批发和零售业|住宿和餐饮业)?(?:企业)?")


def _listed(scan: Scan, cut: int, catalog: Catalog) -> Names:
    """'规模以上工业企业营业收入、利润总额分别…': a catalogue name, then more items after '、'; a
    later item shares the first one's scope (规模以上工业企业利润总额) when the catalogue knows it."""
    first = next((n for n in scan.names if n.start < cut), None)
    if first is None:
        return []
    items = LIST_CUE.sub("", scan.text[first.start : cut]).split("、")
    if len(items) < 2 or items[0] != first.written:
        return []
    scope = _SCOPE_PREFIX.match(first.written)
    listed: Names = [(first.name, first.written, first.known)]
    for item in items[1:]:
        item = item.strip()
        entry = catalog.lookup(item)
        if entry is None and scope and not item.startswith(scope.group(0)):
            entry = catalog.lookup(scope.group(0) + item)
        if entry is None and item in ENUM_HEADS:  # '规上工业增加值、产值': 规上工业产值
            item = with_qualifier(item, first.written, first.name)
        name = entry.name if entry else phrase_name(item)
        if not name:
            return []
        listed.append((name, item, entry is not None))
    return listed
