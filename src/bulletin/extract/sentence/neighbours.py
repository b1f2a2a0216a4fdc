"""Figures of one sentence named again from their neighbours, after they are read.

Contract: each function takes a sentence's figures and returns them with some renamed or given a
unit: ``shared_unit`` (listed amounts share the currency of the last), ``industries_of`` (bare
industries after an investment break the investment down), ``value_added_of`` (bare industries'
rates in a sentence about value added are their value added), ``whole_industry`` (工业增加值 beside
its 规模以上 part is all industry), ``urban_rural_prices`` (城市, 农村 after the CPI are its urban and
rural series), ``for_urban_rural_en`` ('rose by 10.5 percent for urban citizens' is the urban
residents' series), ``measure_after_en`` ('enterprises above designated size saw an increase of 7.6% in added
value' is their value added), ``listed_verb`` (种植 before a list's first item heads every item),
``daily_of_en`` ('with an average daily output of …' is the daily output of the goods before),
``level_parts`` (其中,市本级… after a total is the city's own level of that total; 其中:进口货物58万吨
after the port's throughput is the imports' throughput, not the value of imports). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bulletin.content.catalog import Catalog, Entry
from bulletin.core.units import UnitError, parse_unit, quantity
from bulletin.extract.lexicon import CJK
from bulletin.extract.naming.elision import MEASURE
from bulletin.extract.sentence.figstate import named
from bulletin.extract.sentence.sentences import Figure, Scan, Subject

__all__ = [
    "daily_of_en",
    "for_urban_rural_en",
    "industries_of",
    "level_parts",
    "listed_verb",
    "measure_after_en",
    "shared_unit",
    "urban_rural_prices",
    "value_added_of",
    "whole_industry",
]

_MAGNITUDE = r"(?:thousand|million|billion|trillion)"
# Amounts listed before the one that names their currency: '27.3 billion, 305.0 billion and 198.4
# billion yuan'.
_LISTED = re.compile(
    rf"[\d.,]+\s*{_MAGNITUDE}(?:\s*(?:,\s*and|,|and)\s*[\d.,]+\s*{_MAGNITUDE})*\s*(?:,\s*and|,|and)\s*",
    re.IGNORECASE,
)


def shared_unit(scan: Scan, figures: list[Figure]) -> list[Figure]:
    """Bare magnitudes in a list take the unit of the list's last amount (English lists)."""
    amounts = [(f, f.quantity) for f in figures if f.quantity is not None]
    out = list(figures)
    for i, (f, q) in enumerate(amounts):
        if not re.fullmatch(_MAGNITUDE, q.unit, re.IGNORECASE):
            continue
        last = next((g for g in amounts[i + 1 :] if g[1].unit.startswith(q.unit + " ")), None)
        if last is None or not _LISTED.fullmatch(scan.text[f.offset : last[0].offset]):
            continue
        try:
            out[out.index(f)] = replace(f, quantity=quantity(q.value, last[1].unit, q.decimals))
        except UnitError:
            continue
    return out


_BY_INDUSTRY = re.compile(r"^\s*(?:分产业看|分产业|从产业(?:结构)?看|按产业分|分三次产业看|从三次产业看)")
_BARE_INDUSTRY = re.compile(r"^第[一二三]产业$")


def industries_of(
    scan: Scan, figures: list[Figure], carried: Subject | None, catalog: Catalog
) -> list[Figure]:
    """'全县固定资产投资增长9.7%。分产业看,第一产业增长129.2%': the industries break down the
    investment of the sentence before, not value added (the catalogue's reading of a bare 第一产业)."""
    # '固定资产投资(不含农户)': the series' coverage in parentheses after its measure
    measure = re.sub(r"[((][^()()]*[))]$", "", carried.name) if carried is not None else ""
    if not measure.endswith("投资") or not _BY_INDUSTRY.match(scan.text):
        return figures
    out = []
    for f in figures:
        if _BARE_INDUSTRY.match(f.written):
            f = named(f, f.written + "投资", catalog)
        out.append(f)
    return out


# An industry alone ('电气机械和器材制造业', '批发和零售业') names no measure; after value added it
# breaks value added down: '规上工业增加值增长5.5%…其中,汽车制造业、专用设备制造业分别增长9.2%、8%'.
_INDUSTRY = re.compile(rf"^[{CJK}、]{{2,24}}业$")
_SHORT_ITEM = re.compile(rf"[{CJK}]{{2,8}}(?<![额量值率数入出价])")


_PART = re.compile(r"\s*其中\s*[,，:：]")


def value_added_of(
    scan: Scan, figures: list[Figure], carried: Subject | None, catalog: Catalog
) -> list[Figure]:
    """Growth rates of bare industries, in a sentence or paragraph about value added (or output), named
    as the industries' value added (or output)."""
    # ('三大支柱产业总产值合计下降17.5%。其中,汽车制造业、…分别下降…': the parts of the output the
    # paragraph is about, each its 产值 as the parts of a total are named, elision.py)
    about = "增加值" if carried is not None and carried.name.endswith("增加值") else ""
    about = about or (
        "产值" if carried and carried.name.endswith("总产值") and _PART.match(scan.text) else ""
    )
    written = {f.written for f in figures} | {f.name for f in figures}
    # '电子信息、通用设备制造、金属制品业分别增长…': items listed beside an industry are industries too
    beside = sum(1 for f in figures if _INDUSTRY.match(f.written) and not f.known) >= 1 and len(figures) >= 2
    valued = {f.written for f in figures if f.quantity is not None}
    out = []
    for f in figures:
        # '农林牧渔服务业产值0.61亿元,增长7.3%', '…服务业0.61亿元,增长7.3%': the sentence names the
        # industry's own measure, or states its amount, which the rate grows
        bare = (
            f.quantity is None
            and f.yoy_pct is not None
            and not f.known
            and (_INDUSTRY.match(f.written) is not None or bool(beside and _SHORT_ITEM.fullmatch(f.written)))
            and f.written not in valued
            and not any(w != f.written and w.startswith(f.written) for w in written)
        )
        measure = "增加值" if "增加值" in scan.text[: f.offset] else about
        if bare and measure and catalog.lookup(f.written) is None:
            f = named(f, f.written + measure, catalog)
        out.append(f)
    return out


_ABOVE_SIZE = re.compile(r"规模以上|规上|above (?:the )?designated size", re.IGNORECASE)


def whole_industry(figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """'工业增加值增长6.0%,其中规模以上工业增加值增长7.2%': beside its above-size part, the
    unqualified 工业增加值 (the catalogue's alias of the above-size series) is all industry."""
    above = catalog.lookup("规模以上工业增加值")
    whole = catalog.lookup("全部工业增加值")
    if above is None or whole is None:
        return figures
    ours = [f for f in figures if f.name == above.name]
    if not any(_ABOVE_SIZE.search(f.written) for f in ours):
        return figures
    return [
        replace(f, name=whole.name, written=f.written)
        if f.name == above.name and not _ABOVE_SIZE.search(f.written)
        else f
        for f in figures
    ]


_URBAN_RURAL = re.compile(
    r"^(?:(?P<zh>城市|城镇|农村)(?:居民)?(?:消费)?(?:价格)?|(?:the\s+)?(?:prices?\s+in\s+)?(?P<en>urban|rural)(?:\s+areas)?)$",
    re.IGNORECASE,
)
_SERIES = {"城市": "城市居民消费价格", "城镇": "城市居民消费价格", "农村": "农村居民消费价格"}
_SERIES |= {"urban": "urban consumer price index", "rural": "rural consumer price index"}


def urban_rural_prices(figures: list[Figure], carried: Subject | None, catalog: Catalog) -> list[Figure]:
    """'居民消费价格上涨2.6%,其中城市上涨2.4%,农村上涨3.7%' ('the urban increased by 0.2 percent'):
    beside the CPI, a bare town or country is its urban or rural series, not a price of its own."""
    cpi = catalog.lookup("居民消费价格指数")
    if cpi is None or not (
        any(f.name == cpi.name for f in figures) or (carried and carried.name == cpi.name)
    ):
        return figures

    def series(f: Figure) -> Entry | None:
        m = _URBAN_RURAL.match(f.written.strip()) if not f.known else None
        return catalog.lookup(_SERIES[(m.group("zh") or m.group("en")).lower()]) if m else None

    return _renamed(figures, series)


def _renamed(figures: list[Figure], entry_of: Callable[[Figure], Entry | None]) -> list[Figure]:
    """Each figure the catalogue entry ``entry_of`` gives it names, the others as they were."""
    return [replace(f, name=e.name, known=True) if (e := entry_of(f)) else f for f in figures]


# 'Per capita disposable income rose by 10.5 percent for urban citizens, and by 15.7 percent for rural
# citizens': the words after a residents' figure say whose it is
_FOR_WHOM_EN = re.compile(
    r"^[\d.,]*\s*(?:%|percent|per cent|(?:[a-z]+\s+){0,2}yuan)?\s+(?:for|of|among|by)\s+(?:the\s+)?"
    r"(?P<who>urban|rural)\s+(?:citizens|residents|households|dwellers|people|population)\b",
    re.IGNORECASE,
)


def for_urban_rural_en(scan: Scan, figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """A residents' figure (居民…) followed by 'for urban/rural residents' is that series."""

    def whose(f: Figure) -> Entry | None:
        m = _FOR_WHOM_EN.match(scan.text[f.offset : f.offset + 60]) if f.name.startswith("居民") else None
        prefixes = (("城镇", "城市") if m["who"].lower() == "urban" else ("农村",)) if m else ()
        return next((e for p in prefixes if (e := catalog.lookup(p + f.name))), None)

    return _renamed(figures, whose)


# 'Industrial enterprises above designated size saw an increase of 7.6% in added value': the measure
# after the rate, of the subject before it
_MEASURE_AFTER_EN = re.compile(
    r"^[\d.,]*\s*(?:%|percent|per cent)\s+in\s+(?:the\s+|their\s+|its\s+)?"
    r"(?P<measure>added value|value added|operating revenue|revenue|total profits|profits)\b",
    re.IGNORECASE,
)


def measure_after_en(scan: Scan, figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """An English rate whose measure follows it ('…, an increase of 7.6% in added value'), named as
    that measure of the subject when the catalogue knows the pair."""

    def measured(f: Figure) -> Entry | None:
        after = scan.text[f.offset : f.offset + 60]
        m = _MEASURE_AFTER_EN.match(after) if not f.known and f.yoy_pct else None
        return catalog.lookup(f"{m['measure']} of {f.written}") if m else None

    return _amounts_in_en(scan, _renamed(_of_which_group_en(scan, figures, catalog), measured), catalog)


_GROUP_EN = re.compile(
    r"(?:[a-z-]+ ){0,3}(?:enterprises|companies|firms)(?:\s+above\s+(?:the\s+)?designated\s+size)?", re.I
)
_TOTAL_MEASURE_EN = re.compile(r"\b(?:added value|value[- ]added|output|sales|revenues?|profits?)$", re.I)


def _of_which_group_en(scan: Scan, figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """'The gross industrial added value reached …, of which industrial enterprises above designated
    size increased by 7.2 percent': a group of firms after 'of which' is the total's measure of them."""
    out: list[Figure] = []
    for f in figures:
        total = out[-1] if out else None
        measure = _TOTAL_MEASURE_EN.search(total.written) if total else None
        if measure and not f.known and f.quantity is None and _GROUP_EN.fullmatch(f.written):
            said = re.search(rf"\bof which\s+(?:the\s+)?{re.escape(f.written)}\b", scan.text, re.I)
            entry = catalog.lookup(f"{measure.group()} of {f.written}") if said else None
            f = replace(f, name=entry.name, known=True) if entry else f
        out.append(f)
    return out


# 'major industrial enterprises … realized 251.3 billion yuan (US$30.3 billion) in value-added output',
# 'The city also recorded 86.1 billion yuan … in fiscal revenues': an amount whose measure follows it
_AMOUNT_IN_EN = re.compile(
    r"^(?:US\$|\$)?[\d.,]+\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:yuan|US dollars|dollars)?"
    r"(?:\s*\([^()]{0,40}\))?\s+in\s+"
    r"(?P<measure>(?!(?:the|this|that|its|their|first|last)\b)[a-z][a-z -]{2,40}?)"
    r"(?=\s+(?:for|during|between|from|up|down|in|over)\b|\s*[,.;]|$)"
)
_WHOSE_EN = re.compile(r"(?:[a-z-]+ ){0,3}(?:enterprises|companies|firms|industry|industries)", re.IGNORECASE)
# words that make a name a measure already ('retail sales … in urban areas' needs no measure after it)
_MEASURE_WORD_EN = re.compile(
    r"\b(?:value|output|sales|revenues?|income|profits?|investment|production|exports?|imports?|"
    r"expenditures?|capital|trade|consumption|deposits?|loans?|added)\b",
    re.IGNORECASE,
)
_NO_SUBJECT_EN = re.compile(
    r"^(?:a |the )?(?:total(?: included)?|yuan|they|it|the city|city)$", re.IGNORECASE
)


def _amounts_in_en(scan: Scan, figures: list[Figure], catalog: Catalog) -> list[Figure]:
    names: dict[str, str] = {}
    for f in figures:
        own = f.known or _MEASURE_WORD_EN.search(f.written)
        m = _AMOUNT_IN_EN.match(scan.text[f.offset : f.offset + 120]) if f.quantity and not own else None
        if m:
            measure, bare = m["measure"].strip(), _NO_SUBJECT_EN.match(f.written)
            if bare and " " in measure:  # ('The total included 77.2 billion yuan in profits': whose, unsaid)
                names[f.written] = measure
            elif _WHOSE_EN.fullmatch(f.written):
                names[f.written] = f"{measure} of {f.written}"
    return [
        named(f, names[f.written], catalog) if names.get(f.written) and not f.known else f for f in figures
    ]


# An activity verb before the first item of a list of amounts heads every item: '种植水稻68万亩、旱粮
# 14万亩' is 种植旱粮, '新增规上企业12家、高新技术企业5家' is 新增高新技术企业.
_LIST_VERB = re.compile(
    r"^(?:种植|播种|新增|新签约?|新开工|新建|新设|新认定|引进|培育|接待)" rf"(?=[{CJK}]{{2}})"
)


_HELD_STOCK = re.compile(r"(?:出栏|存栏)$")


def listed_verb(scan: Scan, figures: list[Figure], catalog: Catalog) -> list[Figure]:
    """Bare items of a list of amounts named with the verb that heads the list's first item, or
    with the 出栏/存栏 that ends it."""
    out = list(figures)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        start = b.offset - len(b.written)
        if b.known or a.quantity is None or b.quantity is None or scan.text[start : b.offset] != b.written:
            continue
        between = scan.text[a.offset : start]  # the item before: its number and unit, then 、 or ,
        name = _listed_name(a, b, between)
        if name:
            out[i] = named(b, name, catalog)
    return out


def _listed_name(a: Figure, b: Figure, between: str) -> str:
    own = MEASURE.search(b.written) or b.written.endswith(("存笼", "出笼"))  # (家禽存笼 says its own)
    if (held := _HELD_STOCK.search(a.written)) and not own and len(b.written) <= 6:
        # '羊出栏21.31万头,活家禽276.09万只': livestock after livestock sold are sold too
        return b.written + held.group() if re.fullmatch(r"[^,，;；。:：、]*[,，、]", between) else ""
    verb = _LIST_VERB.match(a.written)
    same = a.quantity is not None and b.quantity is not None and a.quantity.family == b.quantity.family
    if verb is None or not same or b.written.startswith(verb.group()):
        return ""
    return verb.group() + b.written if re.fullmatch(r"[^,，;；。:：]*、", between) else ""


# 'the production of crude oil was 16.56 million tons, …, with an average daily production of 534
# thousand tons', 'The average daily output was 10.88 million tons' (after the production of raw
# coal): a daily average that names no goods is of the goods the sentence, or the one before, is about
_DAILY_EN = re.compile(r"^(?:an? |the )?(?:average daily|daily average) ([a-z]+)$", re.IGNORECASE)
_GOODS_OF_EN = re.compile(
    r"^(?:[a-z]+ )?(?:production|output|processing|imports|exports) of (?:the )?(?P<goods>[a-z][a-z -]+)$|"
    r"^(?P<before>[a-z][a-z -]+?) (?:production|output|processing(?: volume)?|imports|exports)$",
    re.IGNORECASE,
)


def daily_of_en(figures: list[Figure], carried: Subject | None, catalog: Catalog) -> list[Figure]:
    """Daily averages that name no goods, named with the goods of the figure before them."""
    out: list[Figure] = []
    for f in figures:
        daily = _DAILY_EN.match(f.written)
        before = [g.written for g in out if g.offset < f.offset and not _DAILY_EN.match(g.written)]
        about = before[-1] if before else (carried.written if carried else "")
        goods = _GOODS_OF_EN.match(about) if daily else None
        if daily and goods:
            f = named(f, f"average daily {daily[1].lower()} of {goods['goods'] or goods['before']}", catalog)
        out.append(f)
    return out


# '全年地方财政一般预算收入651亿元…。其中,市本级242.3亿元,增长30.2%;县区级408.8亿元…': a level of
# government alone is the part of the total the sentence before stated, at that level
_LEVEL = re.compile(r"^(?:[省市县区州旗]本级|[市县区]{2}级|乡镇级|镇级|乡级|市级|县级|区级|省级)$")


# '全年港口吞吐量达到207.33万吨…。其中:进口货物58.34万吨,增长61.3%': a part in tonnes of a total
# measured in tonnes is not the catalogue's 进口总额 in yuan, but the imports' share of the throughput
_MEASURED = re.compile(r"(?:吞吐量|货运量|运输量|周转量|产量|销量)$")


def level_parts(scan: Scan, figures: list[Figure], total: Subject | None, catalog: Catalog) -> list[Figure]:
    """Figures named by a level of government alone, or by a catalogue name whose unit cannot be
    their amount's after a total in physical units, named as that part of ``total``."""
    if total is None:
        return figures
    measure = _MEASURED.search(total.name)
    unit_word = measure.group() if measure else ""
    names = {f.written: f.written + total.written for f in figures if _LEVEL.match(f.written)}
    for f in figures if unit_word else []:
        physical = f.quantity is not None and _physical_under_money(f, catalog)
        words = re.search(f"[{CJK}]+$", scan.text[: f.offset]) if physical else None
        if words:  # (as written before the amount: 进口货物, not the catalogue's 进口)
            names[f.written] = words.group() + unit_word
    # (the amount's own rate is the part's too; an amount in money under the same name is not)
    own = [
        f.written in names
        and (f.quantity is None or _LEVEL.match(f.written) or _physical_under_money(f, catalog))
        for f in figures
    ]
    return [named(f, names[f.written], catalog) if mine else f for f, mine in zip(figures, own, strict=True)]


def _physical_under_money(f: Figure, catalog: Catalog) -> bool:
    """Whether ``f`` is a physical amount read under a catalogue name measured in money."""
    entry = catalog.lookup(f.name) if f.known and f.quantity else None
    try:
        money = entry is not None and parse_unit(entry.unit).family in ("CNY", "USD")
    except UnitError:
        return False
    return (
        money and f.quantity is not None and f.quantity.family in ("tonne", "teu", "vehicle", "piece", "kwh")
    )
