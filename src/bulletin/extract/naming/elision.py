"""Names a list or a continuation leaves out, restored from the words around them.

Contract: pure string functions used by ``sentences.subject_for``: ``shared_name`` (a list item
that shares the measure of the item before it), ``with_qualifier`` (a head noun that shares the
qualifier of the name before it), ``frame_measure`` (the measure a framing opening names for the
bare items after it), ``restore_elided`` (a measure said alone after a name, given that name's head:
…营业收入; 利润总额 -> …利润总额, looked up in the catalogue). No state; never raises.
"""

from __future__ import annotations

import re

from bulletin.content.catalog import Catalog
from bulletin.core.guarded import Guarded
from bulletin.extract.naming.industries import OFFICIAL_NAMES

__all__ = [
    "CONTRAST",
    "MEASURE",
    "frame_measure",
    "industry_topic",
    "restore_elided",
    "said_before",
    "shared_name",
    "units_share",
    "with_coverage",
    "with_qualifier",
]


# What a figure measures: a name that ends in one of these says what it counts.
MEASURE = re.compile(
    r"(?:额|量|值|收入|营收|利润|投资|率|数|指数|价格|面积|支出|余额|人次|用户|主体|总额|规模|产值|成交|税收|出栏|存栏|资产|成本|薪酬|工资|能耗|内资|外资)$"
)
# Measures that a list item leaves out: '国有控股企业增加值增长4.1%,股份制企业增长6.9%'.
_LIST_MEASURE = re.compile(r"(?:增加值|产值|营业收入|主营业务收入|销售额|零售额|营业额|利润总额|产量|价格)$")
# An opening that frames a list by what its items measure: '从主要工业产品产量看', '从商品类值看'
# (retail sales by kind of goods), '分行业营业收入看', '分产品看' (industrial products: their output).
# The items after it are bare names.
_FRAME_ANY = re.compile(
    r"^\s*(?:(?:从|分)[^,:;]{0,16}?(?:(?P<measure>产量|零售额|营业收入|价格|出口|进口|投资|产值|增加值)"
    r"|(?P<goods>商品(?:类值|类别|类型)?)|(?P<products>(?:工业)?产品))(?:情况)?(?:看|来看)\s*[,:]"
    # ('其主要工业产品产量:', '全县规模以上工业企业主要产品产量:')
    r"|[\u3400-\u9fff]{0,16}?其?(?:主要|重点)?(?:工业)?产品(?P<output>产量)(?:\s*[:：]|中\s*[,，])"
    # ('按项目构成划分,建筑安装工程增长39.8%': the parts of an investment by what it bought)
    r"|(?:按|分|从)(?:项目)?(?P<composition>构成)(?:划分|分|来?看)\s*[,:，：]"
    # ('在限额以上单位商品零售额中,家具类增长58.1%,新能源汽车增长75.3%': parts of the retail sales)
    r"|在(?:限额以上|限上)[^,:;，：；]{0,10}?(?P<retail>零售额)中\s*[,:，：]"
    # ('在规模以上工业总产值中,集体企业0.71亿元': the parts of a total by who produced it)
    r"|在(?:全[区市县省])?(?:规模以上|规上)(?P<within>工业总产值)中\s*[,:，：])"
)
_FRAME = Guarded(_FRAME_ANY, ("看", "产品", "构成", "零售额", "工业总产值"))
_GOODS_MEASURE = "零售额"
# '…52种主要工业产品中有34种产品正增长', '新兴产品增长较快,新能源汽车增长14.2倍': the items are products
_PRODUCTS_ANY = re.compile(
    r"\d+种(?:主要|重点)?(?:工业)?产品中|^\s*(?:主要|重点|新兴|新型)(?:工业)?产品(?:增长较快|较快增长|快速增长|增势良好)[,，]|"
    r"产品产量(?:增长较快|较快增长|快速增长|增势良好|也?有(?:大幅|较大|明显)?(?:提升|增长|提高))(?:[,，。;]|$)|"
    r"^\s*(?:主要|重点)(?:工业)?产品中[,，]|(?:统计|监测)的(?:\d+种)?(?:主要|重点)?(?:工业)?产品中[,，]|"
    r"[,，](?:从|分)(?:主要)?(?:工业)?产品产量(?:来)?看[,，]"
)
_PRODUCTS = Guarded(_PRODUCTS_ANY, ("产品",))


# '分行业看,…40个行业大类中,37个行业增加值保持同比增长': industries framed by what the sentence says
# they grew (the items follow, bare, in the sentence after it: '在主要行业中,汽车制造业增长96.8%')
_BY_INDUSTRY = re.compile(
    r"^\s*(?:从|分)(?:行业|门类)(?:来)?看\s*[,:].*?\d+个(?:工业)?(?:大类)?行业[^,;]{0,8}?"
    r"(?P<measure>增加值|营业收入|利润总额|产值)"  # ('全市主要17个大类行业有13个增加值保持同比增长')
)


def frame_measure(text: str) -> str:
    """The measure a sentence's framing opening names for the bare items after it, or ''."""
    frame = _FRAME.match(text)
    if frame is None and _PRODUCTS.search(text):
        return "产量"
    if frame is None:
        industries = _BY_INDUSTRY.match(text)
        return industries["measure"] if industries else ""
    if frame["composition"]:
        return "投资"
    if frame["goods"] and "上涨" in text:  # ('从商品类别看:食品烟酒下降0.5%,衣着上涨0.8%'): only prices 上涨
        return "价格"
    return (
        frame["measure"]
        or frame["retail"]
        or frame["within"]
        or ("产量" if frame["products"] or frame["output"] else _GOODS_MEASURE)
    )


# A subset of the reporting units named without a measure (县属企业, 国有控股企业), after a series they
# produce (原煤产量, 工业增加值, 营业收入), not a count of them.
_SUBSET = re.compile(r"^[\u3400-\u9fff]{1,8}(?:企业|单位)$")
_SUBSET_MEASURE = re.compile(r"(?:产量|增加值|产值|营业收入|利润总额|利润|销售额|零售额|投资|用电量|交货值)$")


def units_share(previous: str, candidate: str, before: str, number: str) -> str | None:
    """'原煤产量1657.8万吨;其中,县属企业完成1094.2万吨' -> 县属企业原煤产量: the units' share of the
    series before, when 其中 introduces them and the number is an amount (not a rate or a count)."""
    if not (_SUBSET.search(candidate) and _SUBSET_MEASURE.search(previous)):
        return None
    if re.match(r"[+-]?\d[\d.,]*\s*(?:%|家|个|户)", number) or not re.search(r"其中[,，:：]?\s*$", before):
        return None
    return candidate + previous


# An ownership class named by who invested, among firms by ownership: not an investment figure.
_FOREIGN_OWNED = re.compile(r"(?:外商|港澳台商?|外商及港澳台商?|外商和港澳台商?)投资")

# A bare total after a count of projects: '新开工项目156个,总投资862.4亿元'.
_BARE_TOTAL = re.compile(r"(?:计划)?总投资(?:额)?|投资额|签约金额|合同金额")


# English: '… the value added of state holding enterprises went up by 6.6 percent; collective
# enterprises up by 3.6 percent': the items after the first share its measure.
_HEAD_OF_EN = re.compile(
    r"^(?:the\s+)?(?P<head>(?:value[- ]added|added value|output|production|retail sales|sales|investment|"
    r"(?:operating )?revenues?|profits?|exports?|imports?))\s+of\s+",
    re.IGNORECASE,
)
_MEASURED_EN = re.compile(
    r"\b(?:output|production(?! and supply)|sales|investment|revenues?|income|value[- ]added|added value|"
    r"exports?|imports?|"
    r"trade|profits?|index|prices?|rate|volume|consumption|jobs|population|growth|number|(?<!and )supply)\b",
    re.IGNORECASE,
)


def shared_name(previous: str, candidate: str, growth: bool) -> str | None:
    """The name an elliptical list item stands for, from the name of the figure before it; a
    measure is shared only by a bare growth rate ('股份制企业增长6.9%')."""
    if _BARE_TOTAL.fullmatch(candidate) and previous.endswith("项目"):
        return previous + candidate
    if candidate.isascii():
        head = _HEAD_OF_EN.match(previous) if growth else None
        if head is None or _MEASURED_EN.search(candidate) or len(candidate.split()) > 16:
            return None
        item = re.sub(r"^the\s+", "", candidate, flags=re.IGNORECASE)
        return f"{head.group('head')} of {item}"
    kind = previous.rfind("类")
    if growth and candidate.endswith("类") and kind > 0 and MEASURE.search(previous):
        return candidate + previous[kind + 1 :]  # '粮油食品类商品零售额…、饮料类增长19.6%': 饮料类商品零售额
    head = _LIST_MEASURE.search(previous) if growth else None
    if head and _FOREIGN_OWNED.fullmatch(candidate) and previous[: head.start()].endswith("企业"):
        return candidate + "企业" + head.group(0)  # '…集体企业增长14%,外商及港澳台商投资增长4.9%'
    # a long item is a phrase rather than a name, unless it is an industry's official name
    # (and a pair of items each short enough, '其中电子信息、计算机及办公设备分别增长…'; longer lists and
    # reporting units are named item by item, by shared_suffix and units_share)
    items = candidate.split("、")
    short = len(candidate) <= 12 or candidate in OFFICIAL_NAMES
    short = short or (len(items) == 2 and not _SUBSET.match(items[0]) and all(len(i) <= 12 for i in items))
    # (an item that names its own measure, '外贸出口', shares none)
    own = MEASURE.search(candidate) or _MEASURED.search(candidate)
    if head and not own and short and previous != head.group(0):
        # '煤炭行业增加值增长4.3%、电力增长13.1%': 电力 is the power industry, as 煤炭 was
        trade = "行业" if previous[: head.start()].endswith("行业") and not candidate.endswith("业") else ""
        measure = head.group(0)
        if measure == "增加值" and re.search(r"(?:业|企业)工业$", previous[: head.start()]):
            # '采矿业工业增加值下降21.5%;制造业增长11.9%': the item's industrial value added, as named
            measure = "工业增加值" if not candidate.endswith("工业") else measure
        return candidate + trade + measure
    return None


# Head nouns that name a measure of something: 夏粮播种面积、总产量、单产 share the qualifier 夏粮.
_HEADS = (
    "播种面积",
    "种植面积",  # ('粮食作物种植面积381.83万亩,其中:玉米366.96万亩': 玉米种植面积)
    "总产量",
    "总产",  # ('粮食播种面积62588公顷,增长0.2%;总产364931吨': 粮食总产)
    "产量",
    "单产",
    "亩产",
    "总产值",
    "产值",
    "增加值",
    "主营业务收入",
    "营业收入",
    "利润总额",
    "零售额",
    "销售额",
    "销售面积",
    "出口额",
    "进口额",
    "进出口额",
    "交易额",
    "收入",
    "支出",
    "投资",
    "存栏",  # '生猪存栏18.69万头,其中能繁母猪2.24万头' is 能繁母猪存栏
    "出栏",
    "存笼",  # '家禽存笼301万羽,出笼412万羽' is 家禽出笼
    "施工面积",  # '建筑企业房屋建筑施工面积…,其中,新开工面积…' is 建筑企业房屋建筑新开工面积
    "新开工面积",
    "出笼",
)
_LONGEST_HEADS = sorted(_HEADS, key=len, reverse=True)
_INDUSTRY = re.compile(r"(?<![企事就创])业$")  # (企业 are counted: '新登记企业18985户')
_INDUSTRY_HEAD = re.compile(r"(?<=..业)(?P<head>利润总额|利润|增加值|营业收入|产值)$")


def _head_of(written: str) -> str | None:
    """The measure a name ends in (夏粮播种面积 -> 播种面积), the longest that fits."""
    return next((h for h in _LONGEST_HEADS if written.endswith(h)), None)


# an activity measures itself: '商品零售213.66亿元' beside '餐饮收入' is no 商品零售收入
_MEASURED = re.compile(
    MEASURE.pattern[:-2] + r"|零售|销售|批发|出口|进口|消费|税|费|存笼|出笼|存栏|出栏)$"
)  # 上缴烟叶税: a tax is its own measure
_BARE_ITEM = re.compile(r"[\u3400-\u9fff]{2,8}")
_BARE_MEASURE_EN = re.compile(r"(?:the |their |its )?(?P<measure>value[- ]added|added value)", re.IGNORECASE)
_THAT_OF = re.compile(r"^(?:that|those) (?P<prep>of|in|on|for) (?P<who>.+)$", re.IGNORECASE)


def with_qualifier(candidate: str, written: str, name: str) -> str:
    """An elided qualifier restored from the subject before: '夏粮播种面积…;总产量' -> '夏粮总产量';
    English 'that of rural residents' after '… income of urban residents' -> '… income of rural residents'."""
    that = _THAT_OF.match(candidate)
    if that and (prep := that["prep"].lower()) != "of":
        # '… investment in fixed assets in primary industry …; that in the secondary industry'
        # ('expenditure on education was …; that on social security …': the same measure 'on')
        head = written.rsplit(f" {prep} ", 1)[0] if f" {prep} " in written else None
        return f"{head} {prep} {that['who']}" if head is not None else candidate
    if that:
        # '… investment in primary industry …; that of secondary industry': the same measure 'in'
        if re.search(r"^investment in ", written, re.IGNORECASE):
            return written.split(" in ", 1)[0] + " in " + that.group("who")
        if " of " not in written and " of " not in name and written.split()[-1:] == that["who"].split()[-1:]:
            return that["who"]  # '… of the city's secondary industry …, while that of the tertiary industry'
        if " of " not in written and (owned := re.match(r"^.+?(?:'s|s')\s+(?P<what>.+)$", written)):
            who = that["who"]  # "Urban residents' disposable income …, while that of rural residents"
            mark = "'" if who.endswith("s") else "'s"
            return f"{who}{mark} {owned['what']}"
        written = written if " of " in written else name
        return written.rsplit(" of ", 1)[0] + " of " + that.group("who") if " of " in written else candidate
    if (bare := _BARE_MEASURE_EN.fullmatch(candidate)) and (of := re.search(r" (?:of|in) ", written)):
        # 'output value of farming, … grew …, and the value-added reached …': the same industries'
        return bare["measure"] + " of " + written[of.end() :]
    if candidate not in _HEADS:
        return candidate
    head = _head_of(written)
    qualifier = written[: -len(head)] if head else ""
    if head is None and _BARE_ITEM.fullmatch(written) and not MEASURE.search(written):
        qualifier = written  # '果用瓜1107公顷,增长1.9%,产量28408吨': the item named without a measure
        qualifier = re.sub(r"(?<=..)播面$", "", qualifier)  # '夏粮播面6.29万亩…;产量…': 夏粮产量
    return qualifier + candidate if 1 <= len(qualifier) <= 10 else candidate


# A clause opened by its verb has no subject of its own: '规模以上工业实现利润39亿元,实现税金23.8亿元'
# states the taxes of the same enterprises, whose coverage (规模以上工业, 限额以上…) the name keeps.
_VERB_FIRST = re.compile(r"^\s*(?:累计|共|全年|当期)?(?:实现|完成)")
_COVERAGE = re.compile(r"^(?:规模以上|限额以上|规上|限上)(?:工业|批发零售业|住宿餐饮业)?")


def with_coverage(previous: str, candidate: str, words: str, before: str = "") -> str | None:
    """``candidate`` with the coverage of the subject before it (``previous``) when its clause
    (``words``) opens with the verb, else with the scope its sentence named (``before``:
    sentence_scope); None when there is nothing to restore."""
    coverage = _COVERAGE.match(previous)
    if coverage is None:
        return sentence_scope(before, candidate, words) if before else None
    own = re.search(f"(?:{_ACCOUNT.pattern})$", previous) if _ACCOUNT.fullmatch(candidate) else None
    if own and words.strip() == candidate:
        return previous[: own.start()] + candidate  # '…工业企业利润总额…;利税总额': the same enterprises'
    if not _VERB_FIRST.match(words) or _COVERAGE.match(candidate):
        return None
    head = coverage.group()
    if head.endswith("工业") and candidate.startswith("工业"):
        head = head[: -len("工业")]  # 规模以上工业 + 工业销售产值 is 规模以上工业销售产值
    return head + candidate


def parallel_measure(names: list[tuple[str, bool, str | None]]) -> dict[int, str]:
    """Items named without a measure, in a sentence that names the measure of an earlier item in the
    same unit: '蔬菜播种面积3938公顷…;果用瓜1107公顷' -> 果用瓜播种面积.

    ``names``: per figure (name as written, in the catalogue, the family of its amount or None).
    Returns the new name by the position of each figure to rename (every figure of that item)."""
    heads: dict[str, str] = {}  # unit family -> the head noun last measured in it
    renamed: dict[str, str] = {}
    for written, known, family in names:
        if family is None:
            # ('轻工业利润增长5.5%;重工业增长1.8%': one industry's rate, then the next industry's)
            if industry := _INDUSTRY_HEAD.search(written):
                heads["rate"] = industry["head"]
            elif (
                not known and _BARE_ITEM.fullmatch(written) and _INDUSTRY.search(written) and "rate" in heads
            ):
                renamed.setdefault(written, written + heads["rate"])
            continue
        head = _head_of(written)
        if head is not None and len(written) > len(head):
            # the parts of a total are no totals: 农林牧渔业总产值…,其中农业41.51亿元 is 农业产值
            heads[family] = head[1:] if head.startswith("总") else head
        elif (
            not known and _BARE_ITEM.fullmatch(written) and not _MEASURED.search(written) and family in heads
        ):
            renamed.setdefault(written, written + heads[family])
    return {i: renamed[w] for i, (w, _, _) in enumerate(names) if w in renamed}


# The sentence's own subject, when its opening clause names something and says how it fared:
# '高技术服务业不断壮大,…,实现营业收入…' states the revenue of 高技术服务业.
_TOPIC = re.compile(
    r"^\s*(?:(?:分|从)[\u3400-\u9fff]{1,8}?(?:来)?看[,，])?(?P<topic>[\u3400-\u9fff]{2,12}?)(?:不断|持续|加快|稳步|快速|加速|逐步|进一步|继续|保持|稳定|平稳|较快|总体)?"
    r"(?:发展)?(?:壮大|扩大|发展|向好|恢复|回升|提升|提速|增长|稳定|支撑有力|带动有力|贡献突出|势头良好|增势强劲|势头强劲|增势良好|平稳|"
    r"稳中向好|稳中有进|稳中有升|(?:再获|喜获|又获|获得|实现)?(?:丰收|增产))[,，]"
)
# A clause that opens with a bare measure ('畜牧业支撑有力,产值同比增长9.4%'): whose, the topic says.
_BARE_MEASURE = re.compile(
    r"^(?:增加值|产值|总产值|营业收入|产量|总产量|利润总额|零售额|销售额|营业额|种植面积|播种面积)$"
)
# What only enterprises report, so a coverage (规模以上工业) named earlier in the sentence is theirs.
_ENTERPRISE_MEASURE = re.compile(
    r"(?:营业收入|业务收入|营业成本|利润总额|利润|利税|税金|销售产值|出口交货值|产销率)$"
)
_ANY_COVERAGE = re.compile(r"(?:规模以上|限额以上|规上|限上)(?:工业|服务业|批发零售业|住宿餐饮业)?(?:企业)?")
_ACCOUNT = re.compile(r"营业收入|营业成本|利润总额|利税总额|税金总额|应交税金|销售产值|出口交货值")


def sentence_scope(before: str, candidate: str, words: str) -> str | None:
    """``candidate`` in a clause opened by its verb, with the last coverage its sentence wrote before
    it (``before``: 规模以上工业…产销率…;实现主营业务收入 is 规模以上工业主营业务收入). None when the
    clause has a subject or nothing is named. (The sentence's opening topic is tried first, by
    subject_for: sentence_topic.)"""
    # ('规模以上工业企业营业收入…;利润总额…;利税总额…': the same enterprises' accounts, listed bare)
    bare = words.strip() == candidate and _ACCOUNT.fullmatch(candidate)
    if not (_VERB_FIRST.match(words) or bare) or _COVERAGE.match(candidate) or not MEASURE.search(candidate):
        return None
    coverage = list(_ANY_COVERAGE.finditer(before))
    if not coverage or not (bare or _ENTERPRISE_MEASURE.search(candidate)):
        return None  # '…;完成社会物流总额': after a semicolon only enterprises' accounts keep it
    return coverage[-1].group() + candidate if bare else with_coverage(coverage[-1].group(), candidate, words)


def sentence_topic(before: str, candidate: str, words: str) -> str | None:
    """``candidate`` of the sentence's opening topic, when its clause opens with the verb and the
    sentence opened by saying how that topic fared (高技术服务业不断壮大,…,实现营业收入…)."""
    words = re.sub(r"^\s*(?:全年|上半年|前三季度|一季度)", "", words)  # ('…,全年总产量…': its period first)
    bare = bool(_BARE_MEASURE.match(candidate)) and words.lstrip().startswith(candidate)
    if not (_VERB_FIRST.match(words) or bare) or _COVERAGE.match(candidate) or not MEASURE.search(candidate):
        return None
    topic = _TOPIC.match(before)
    if bare and topic is not None and before[topic.end() :].strip():
        return None  # the topic's clause is not the one right before: another subject came between
    # '水产品生产稳定,产量…' is 水产品产量: the activity's output, not 生产产量 ('蔬菜生产规模进一步扩大')
    whose = re.sub(r"(?<=..)生产(?:规模)?$", "", topic.group("topic")) if topic else ""
    return whose + candidate if whose and not MEASURE.search(whose) else None


def industry_topic(before: str) -> str | None:
    """'装备工业增势强劲,8月份增长22.4%': the industry the sentence opens on, for its first figure."""
    topic = _TOPIC.match(before)
    name = topic["topic"] if topic is not None and not re.search(r"\d", before) else ""
    return name if name.endswith("业") and not MEASURE.search(name) else None


# The crop of an area stated right before (its figure, then a comma): '其中,油料面积333.3公顷,'.
_SOWN = re.compile(
    r"(?:^|[,，;；、:：])(?:全年|上半年|前三季度)?(?P<crop>[\u3400-\u9fff]{2,8}?)(?:播种|种植)?面积(?:为|达)?[\d.]+(?:万|千)?(?:公顷|亩)[,，]$"
)
_BARE_HEAD = re.compile(r"^(?:存栏|出栏|存笼|出笼|产量|销量|播面)$")


def said_before(before: str, candidate: str) -> str | None:
    """'尤其是生猪存栏量增长较快,目前存栏375.2万头': a bare head noun is the series the sentence named
    in full before it."""
    if not _BARE_HEAD.match(candidate):
        return None
    found = list(re.finditer(rf"(?:^|[,，;；、]|是|中)([\u3400-\u9fff]{{2,4}}?){candidate}", before))
    if candidate == "产量" and (sown := _SOWN.search(before)):
        return sown["crop"] + candidate  # '油料面积333.3公顷,产量693吨': the crop whose area was just given
    # ('夏粮播面产量实现双增长,播面6.29万亩…;产量1.39万吨': two heads of one qualifier)
    whose = re.sub(r"(?<=..)(?:播面|产量)$", "", found[-1].group(1)) if found else ""
    return whose + candidate if found else None


_OWN_HEAD = re.compile(r"(?:总产值|产值|增加值|营业收入|收入|利润总额|零售额|销售额|投资|产量)$")


def restore_elided(previous: str, phrase: str, catalog: Catalog) -> str | None:
    """Catalogue name formed by the head of ``previous`` and ``phrase`` (…营业收入; 利润总额 -> …利润总额)."""
    own = _OWN_HEAD.sub("", phrase)  # ('渔业产值' after 农林牧渔业总产值: a part that says its own name)
    for cut in range(len(previous), 1, -1):
        entry = None if own and previous.startswith(own, cut) else catalog.lookup(previous[:cut] + phrase)
        if entry is not None:
            return entry.name
    return None


# '采矿业…下降8%,而制造业则保持…': a clause that turns to another subject (read or not)
CONTRAST = re.compile(r"[,;]而(?!且)[^,;。]{1,12}?则")
