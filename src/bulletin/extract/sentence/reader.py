"""Read one sentence: scan it, find its figures, keep those that are the area's statistics.

Contract: ``read_sentence(text, context, catalog)`` -> ``(figures, context)``: the figures
the sentence states and the context (period, subject, plan frame) for the next sentence.
The driver above ``sentences`` (the scan and its helpers) and ``figures`` (what each
number is), so neither of those imports the other's caller.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.content.catalog import Catalog
from bulletin.core.guarded import Guarded
from bulletin.core.periods import Period
from bulletin.extract import lexicon as lx
from bulletin.extract.english.respectively import respectively_blanked
from bulletin.extract.lang import cues, is_en
from bulletin.extract.lang.rules import is_benchmark_scope
from bulletin.extract.lists.indexlists import index_list
from bulletin.extract.lists.parenrates import english_kinds, parenthesized_rates
from bulletin.extract.naming.elision import MEASURE, parallel_measure
from bulletin.extract.naming.ownnames import own_area_names
from bulletin.extract.sentence.figperiod import MONTH_ALONE, period_for, year_opened, year_stated
from bulletin.extract.sentence.figstate import make_figure, named
from bulletin.extract.sentence.figures import figures_in
from bulletin.extract.sentence.increments import rate_by_change
from bulletin.extract.sentence.leads import shared_lead
from bulletin.extract.sentence.neighbours import daily_of_en, level_parts
from bulletin.extract.sentence.periodwords import base_years
from bulletin.extract.sentence.sentences import Context, Figure, Scan, Subject, scan_sentence

__all__ = ["read_sentence"]


# A sentence that breaks a figure down by sub-period (分季度看,一季度…,二季度…,三季度…) states the
# sub-periods' own figures: its last period is not the period of the sentences after it.
# A breakdown by quarter or month opens a clause (after a speaker: '盛来运介绍说,分季度看,'): the
# periods it lists are parts of the bulletin's period, not the period of what follows.
# '速冻食品、膨化食品、小麦粉等分别同比增长…': bare items opening the sentence after a frame
_ITEMS_FIRST = re.compile(r"^\s*[\u3400-\u9fff]{2,10}(?:、[\u3400-\u9fff]{2,10})+等?(?:分别|均)")
# '主要工业产品产量也有大幅提升。锂离子电池比上年增长50.1%,饲料增长45.2%': a bare item and its rate first
# (after the span it covers: '十大重点行业九升一降。1-8月,煤炭开采和洗选业同比增长27.7%')
_ITEM_RATE_FIRST = re.compile(
    r"^\s*(?:\d{1,2}\s*[-—]\s*\d{1,2}月份?[,，]\s*)?[\u3400-\u9fff]{2,10}(?:比上年|同比)?(?:增长|下降)\d"
)
# '十大非烟重点行业九升一降': how many industries rose and fell, by their value added
_UP_AND_DOWN = re.compile(
    r"^\s*(?:\d[、.]\s*)?[^,;。]{0,10}?行业[一二三四五六七八九十\d]+[升增][一二三四五六七八九十\d]+[降减]"
)
_BREAKDOWN_ANY = re.compile(
    r"(?:^|[,:;])\s*(?:分季度看|分季看|分月看|分月份看|分月度看|从季度看|从月度看|从单月看|单月看|分季度|分月度|"
    r"by quarter|quarterly|by month|on a quarterly basis)",
    re.IGNORECASE,
)
_BREAKDOWN = Guarded(_BREAKDOWN_ANY, ("分季", "分月", "季度看", "月度看", "单月看"), latin=True)


# A sentence opened by an estimate or an expectation states no statistics: a work report's 预计实现
# 地区生产总值1800亿元、增长8.5%;财政收入…, 'It is estimated that …'.
_ESTIMATE = re.compile(
    r"^[\s—\-·•*]*(?:全年|今年|初步)?(?:预计|预期|估计|有望|it is (?:estimated|expected)|"
    r"(?:the )?(?:\w+ )?(?:is|are) expected to)",
    re.IGNORECASE,
)


# The parts of a month-on-month change ('… decreased by 0.1 percent month-on-month. Among them, …')
# change on the month before too.
_ON_LAST_MONTH_ANY = re.compile(
    r"环比|(?:month|quarter)[- ]on[- ](?:month|quarter)|from the previous month", re.IGNORECASE
)
_ON_LAST_MONTH = Guarded(_ON_LAST_MONTH_ANY, ("环比",), latin=True)
_ON_LAST_YEAR = re.compile(
    r"同比|比上年|year[- ]on[- ]year|over the same period|a year (?:earlier|ago)", re.IGNORECASE
)
# ('在主要产品中,汽车增长131.9%': the items of the frame the sentence before opened, as after 其中)
_OF_WHICH = re.compile(r"^\s*(?:其中|在?(?:主要|重点)[\u3400-\u9fff]{1,6}中\s*[,:])")
_PART_MEASURE = re.compile(r"(?:增加值|播种面积|种植面积|总?产量|总产值|营业收入|投资|支出|保有量|吞吐量)$")
_BARE_PART = re.compile(
    r"^\s*其中\s*[,:]?\s*(?P<item>[\u3400-\u9fff]{1,14}?(?:、[\u3400-\u9fff]{1,14}?)*)"
    r"(?:分别|同比|比上年|增长|下降|实现|完成|为|达)*\s*\d"
)
_BY_KIND = re.compile(
    r"^\s*(?:分|从)(?P<by>经济类型|登记注册类型|三大门类|门类|重点行业|主要行业|行业)(?:来)?看\s*[,:]\s*"
    r"(?:(?P<item>[\u3400-\u9fff、]{2,24}?)(?:同比|比上年)?(?:增长|下降)\d|"
    r"(?P<count>[^,;]*?\d+个(?:工业)?大类行业中|[^,;]*?\d+个工业行业中))"
)
_AMONG = re.compile(r"^\s*(?:among them|of which|in which|其中)\b", re.IGNORECASE)
# A sentence framed as month-on-month states no year-on-year rate.
_MONTH_ON_MONTH = re.compile(
    r"^\s*(?:从|按)?环比(?:看|来看|角度看|计算)\s*[,:]"
    r"|^\s*(?:on a (?:month|quarter)-on-(?:month|quarter)|on a chain|from the chain) (?:basis|perspective)\b"
    r"|^\s*in terms? of (?:the )?(?:speed|rate|growth)?\s*(?:of )?"
    r"(?:month|quarter)[- ]on[- ](?:month|quarter)\b",
    re.I,
)


def _opening_period(scan: Scan) -> tuple[Period, bool] | None:
    """The period a sentence opens with, and whether it is marked as the month alone (6月份当月)."""
    # before its first name or figure: '…周转量10.56亿吨公里,增长2.8%;3月份,工业用电量…' (a name the
    # scan did not know yet) is not a sentence about March
    spans = [(s, e) for s, e, _ in scan.periods]
    number = next(
        (m.start() for m in _DIGIT.finditer(scan.text) if not any(s <= m.start() < e for s, e in spans)),
        len(scan.text),
    )
    first = min([n.start for n in scan.names] + [number])
    if (breakdown := _BREAKDOWN.search(scan.text)) is not None and breakdown.start() < first:
        return None
    # '增幅2-5月份分别为…': periods a list shares out are not the period of what follows
    if is_en(scan.lang):
        # 'From January to July, the total retail sales …': a period that opens the sentence before its
        # comma dates it and the sentences after it ('Of the total, …'); English dates figures after
        # them as often, so a period anywhere else opens nothing
        starts = [(e, p) for s, e, p in scan.periods if _EN_OPENING.fullmatch(scan.text[:s])]
        return (starts[0][1], False) if starts and _EN_COMMA.match(scan.text, starts[0][0]) else None
    opening = [
        (
            p,
            bool(
                MONTH_ALONE.match(scan.text, e)
                or (_AS_AT.search(scan.text[:s]) and _END.match(scan.text, e))
                # '10月,…总产值121.25亿元。其中9月实现…': a part's month, not the paragraph's from here on
                or re.search(r"其中\s*[,:]?\s*$", scan.text[:s])
            ),
        )
        for s, e, p in scan.periods
        if s < first and not _SHARED_OUT.match(scan.text, e)
    ]
    return opening[-1] if opening else None


_OF_THE_TOTAL_EN = re.compile(
    r"^\s*(?:of (?:the|this|that) total|of which|among (?:them|which)|of these|specifically|to be specific)\b"
    # ('Notably, during the same period, …': the period the sentence before opened on)
    r"|^\s*(?:[A-Za-z]+ly,\s+)?(?:during|in|over) the same period\s*,",
    re.IGNORECASE,
)
_EN_OPENING = re.compile(r"\s*(?:in|from|during|for)?\s*(?:the\s+)?", re.IGNORECASE)
_EN_COMMA = re.compile(r"\s*(?:of\s+(?:this|the)\s+year\s*)?,")


_SHARED_OUT = re.compile(r"\s*份?(?:分别|依次)")
# '1-11月,…。当月全县规模以上工业实现增加值2.90亿元': the release's last month alone
_THIS_MONTH = re.compile(r"\s*(?:当月|本月|单月)份?\s*[,，]?\s*(?=[\u3400-\u9fff])")
_DIGIT = re.compile(r"\d")
# '6月份当月,全市规模以上工业增加值同比增长12.0%': an aside about the month alone in a release
# about the half-year (figperiod.MONTH_ALONE); the sentences after it are about the half-year again.
# '截至9月底,园区工业企业325户': the date a stock is counted at; the sentences after it are about
# the release's period again.
_AS_AT = re.compile(r"(?:截至|截止|截止到)\s*$")
_END = re.compile(r"\s*份?\s*(?:底|末)")


def read_sentence(text: str, context: Context, catalog: Catalog) -> tuple[list[Figure], Context]:
    """The figures one sentence states, and the context for the next sentence."""
    text = respectively_blanked(text)
    scan = scan_sentence(text, context.limit.year, catalog, context.limit.last_month == 12)
    scan.level = context.level
    scan.region = context.region
    own_area_names(scan, catalog)  # ('北京市规模以上工业增加值…' in Beijing's release)
    plan_at = lx.PLAN_FRAME.search(scan.text)
    opened = _opening_period(scan)
    if opened is None and context.period.months > 1 and _THIS_MONTH.match(scan.text):
        opened = Period(context.period.year, context.period.last_month, context.period.last_month), True
    opening, alone = opened if opened is not None else (None, False)
    stated = year_stated(scan, context)
    if opening is not None and opening.end > context.limit.end and opening != stated:
        return [], context  # a sentence about a later period states plans, not statistics
    english = is_en(scan.lang)
    if english and context.opened is not None and _OF_THE_TOTAL_EN.match(scan.text):
        context = replace(context, period=context.opened)  # the parts of the total the sentence before gave
    if lx.SINGLE_FRAME.match(scan.text):
        return [], context  # about single enterprises, not the area
    if _ESTIMATE.match(scan.text):
        return [], context  # '预计实现地区生产总值…、财政收入…': every figure it lists is an estimate
    if _MONTH_ON_MONTH.match(scan.text):
        return [], context  # '从环比看,2月份固定资产投资增长0.39%': every rate is against the month before
    after = context
    on_last_month = bool(_ON_LAST_MONTH.search(scan.text) and not _ON_LAST_YEAR.search(scan.text))
    opens = context.opened
    if english:
        # English dates figures after them as often as before, so an opening period dates the parts
        # of the sentence's total only (and not the parts of a rate on the month before)
        opens = context.opened if opening is None or on_last_month else opening
        opening = None
    if opening is not None:
        context = replace(context, period=opening)
        # '止9月末,新建茶园927亩…': to a month's end, the sentences after it count from January
        carried = Period(opening.year, 1, opening.last_month) if opening in scan.to_date else opening
        after = replace(context, period=carried) if not alone else after
    if context.elsewhere and _OF_WHICH.match(scan.text):
        return [], context  # '全市居民消费价格上涨2.7%。其中,食品烟酒类价格…': the parts of that area's
    frame = ""  # what this sentence frames for a 其中 after it
    items_first = _ITEMS_FIRST.match(scan.text) or (
        context.frame in ("产量", "增加值") and _ITEM_RATE_FIRST.match(scan.text)
    )
    if not scan.measure and context.frame and (_OF_WHICH.match(scan.text) or items_first):
        # '从产品看,主要产品产量较快增长。其中,新能源汽车增长2.5倍': the items are the frame's
        scan.measure = frame = context.frame
    elif not scan.measure and context.subject and (bare := _BARE_PART.match(scan.text)) is not None:
        # '农林牧渔业增加值78.4亿元…。其中,农业42.5亿元': bare items are parts of the total's measure
        # (not '其中,化学药品原药产量增长36.0%,氧化铝增长29.3%': the first item names its own; nor the
        # sentence after it: the total's measure frames its own 其中 only)
        own = MEASURE.search(bare["item"]) or re.search(r"(?:企业|单位|项目)$", bare["item"])  # (counted)
        own = own or re.match(r"[\d.]+\s*(?:家|个|户)", scan.text[bare.end() - 1 :])  # '其他营利性服务业43家
        part = _PART_MEASURE.search(context.subject.name) if not own else None
        scan.measure = part.group().removeprefix("总") if part and part.group() != "总产值" else ""
    elif not scan.measure and (bare := _BY_KIND.match(scan.text)) is not None:
        # '分经济类型看,国有企业同比下降16.1%,…', '从三大门类看,采矿业…': the industry's breakdowns, each
        # item's value added (by industry only after the value added itself); '分行业看,全市33个大类行业
        # 中,10个行业实现增长…' frames the 其中 after it the same way
        of_value_added = bool(context.subject and context.subject.name.endswith("增加值"))
        named = bool(bare["item"]) and not re.search(f"{MEASURE.pattern}|投资|分别", bare["item"])
        industrial = bare["by"] in ("经济类型", "登记注册类型", "三大门类") or of_value_added
        scan.measure = frame = "增加值" if (named and industrial) or bare["count"] else ""
    else:
        frame = scan.measure or ("增加值" if _UP_AND_DOWN.match(scan.text) else "")
    # The previous sentence's subject is the last resort for a figure that names nothing.
    # ('…地区生产总值…;第一产业…;第三产业…。分季度看:第一季度增加值增长5.7%': the quarters of the total)
    given = context.lead if _BREAKDOWN.match(scan.text) and context.lead else context.subject
    figures, last = figures_in(scan, context.period, given, catalog)
    figures = shared_lead(rate_by_change(figures, scan.text), scan.text)
    for name, rate, decimals, at in index_list(scan.text) if "指数分别为" in scan.text else []:
        figures.append(
            make_figure(Subject(name, name, False), context.period, at, yoy_pct=rate, yoy_decimals=decimals)
        )
    # '高技术(12.1%)、装备(2.1%)等制造业增速…': items named before their rates
    if "%)" in scan.text or "percent)" in scan.text:
        figures = sorted([*figures, *_parenthesized(scan, figures, context, catalog)], key=lambda f: f.offset)
        # ('increases in vegetable (4.3 percent), fruit (6.7 percent) … production': each item's production)
        kinds = english_kinds(scan.text) if english else {}
        figures = [_kind_named(f, kinds.get(f.offset, ""), catalog) for f in figures]
    if english:
        figures = daily_of_en(_sectors_invested(figures), context.subject, catalog)
    figures = level_parts(scan, figures, context.lead or context.subject, catalog)
    if context.month_on_month and _AMONG.match(scan.text):  # 'Among them, the price in urban areas …'
        figures = [f for f in figures if f.yoy_pct is None]
    limit = plan_at.start() if plan_at else len(scan.text) + 1
    opened_year = year_opened(context)
    kept = [
        f
        for f in figures
        if not context.plan
        and f.offset < limit
        and (f.period.end <= context.limit.end or f.period in (stated, opened_year))
        and f.period.year >= context.limit.year - 5
    ]
    renamed = parallel_measure(
        [(f.written, f.known, f.quantity.family if f.quantity else None) for f in kept]
    )
    kept = [
        replace(f, name=renamed[i], written=renamed[i]) if i in renamed else f for i, f in enumerate(kept)
    ]
    kept = [each for f in kept for each in _each_of(f, scan.text, catalog)]
    for start, end, base in base_years(scan.text) if not english else []:  # (not the year before: no yoy)
        on_base = {id(f) for f in kept if start <= f.offset < end and base != f.period.year - 1}
        kept = [
            replace(f, yoy_pct=None, yoy_decimals=None) if id(f) in on_base else f
            for f in kept
            if id(f) not in on_base or f.quantity or f.rank or f.change
        ]
    kept = _of_a_part_economy(kept, scan.text, context.subject)
    if stated is not None and stated.end > context.limit.end and any(f.period == stated for f in kept):
        opens = stated  # ('… in 2023 was …. Specifically, the output of autumn grain …': the year's parts)
    # one replace for all the next sentence needs (this runs for every sentence of every bulletin)
    return kept, replace(
        after,
        subject=last or context.subject,
        lead=context.lead
        if lx.CONTINUES.match(scan.text)
        else next(
            (Subject(f.name, f.written, f.known) for f in kept if f.quantity), context.lead
        ),  # (a 其中 sentence states the total's parts: the total stays the lead)
        plan=context.plan or bool(plan_at),
        month_on_month=on_last_month,
        frame=frame,
        elsewhere=_quoted(scan, figures),
        opened=opens,
    )


# '牛、羊出栏量均增长3.7%': items that share a measure and, each (均), the figure.
_ITEMS = re.compile(r"(?P<items>(?:[\u3400-\u9fff]{1,4}、)+)(?P<last>[\u3400-\u9fff]{2,10})")
_ITEM_MEASURE = re.compile(r"(?:量|额|值|数|面积|出栏|存栏|价格)$")


def _kind_named(figure: Figure, name: str, catalog: Catalog) -> Figure:
    if not name.lower().startswith(figure.written.lower() + " "):
        return figure
    return named(figure, name, catalog)


def _parenthesized(scan: Scan, figures: list[Figure], context: Context, catalog: Catalog) -> list[Figure]:
    taken = {f.offset for f in figures}
    out = []
    for name, rate, decimals, at in parenthesized_rates(scan.text):
        if at in taken:
            continue
        entry = catalog.lookup(name)
        period = period_for(scan, at, at, len(scan.text), context.period)
        subject = Subject(entry.name if entry else name, name, entry is not None)
        out.append(make_figure(subject, period, at, yoy_pct=rate, yoy_decimals=decimals))
    # '地区生产总值增速延续了…逐季回升的态势,在一季度(6.1%)走出困难时期、上半年(6.9%)…': each period's
    # growth of the series whose 增速 the sentence is about
    first = scan.names[0] if scan.names else None
    if first is None or not _GROWTH_OF.match(scan.text, first.end):
        return out
    for m in _PERIOD_RATE.finditer(scan.text, first.end):
        stated = next((p for a, b, p in scan.periods if b == m.start()), None)
        if stated is not None and m.start("rate") not in taken:
            subject = Subject(first.name, first.written, first.known)
            rate, decimals = float(m["rate"]), len(m["dec"] or "")
            out.append(make_figure(subject, stated, m.start("rate"), yoy_pct=rate, yoy_decimals=decimals))
    return out


_GROWTH_OF = re.compile(r"(?:累计)?(?:增速|增长速度)")
_PERIOD_RATE = re.compile(r"[(（](?P<rate>[+-]?\d+(?:\.(?P<dec>\d+))?)%[)）]")


def _quoted(scan: Scan, figures: list[Figure]) -> bool:
    """A sentence that opens on another area's series above its own and keeps no figure of it."""
    first = scan.names[0] if scan.names else None
    if first is None or figures:
        return False
    opening = scan.text[: first.start + len(first.written)]
    return is_benchmark_scope(cues(scan.lang), opening, scan.level, re.I, first.written)


def _each_of(figure: Figure, text: str, catalog: Catalog) -> list[Figure]:
    found = _ITEMS.fullmatch(figure.written)
    at = text.rfind(figure.written, 0, figure.offset)
    if found is None or at < 0 or "均" not in text[at + len(figure.written) : figure.offset]:
        return [figure]
    items = found["items"].split("、")[:-1]
    size = len(items[-1])  # the last item is as long as the one before it: 牛、羊出栏量 -> 羊 + 出栏量
    last, measure = found["last"][:size], found["last"][size:]
    if not _ITEM_MEASURE.search(measure) or catalog.lookup(figure.written) is not None:
        return [figure]
    named = [item + measure for item in (*items, last)]
    return [replace(figure, name=n, written=n, known=catalog.lookup(n) is not None) for n in named]


# '民营经济增加值130338万元,…,其中:第一产业实现增加值34339万元': the industries of that part of the
# economy, not the area's own (whose 第一产业增加值 the bulletin gave before)
_PART_ECONOMY = re.compile(r"(?:民营|非公有制|非公|县域|海洋|数字)经济增加值$")
_INDUSTRY_VALUE = re.compile(r"第[一二三]产业增加值")


def _of_a_part_economy(figures: list[Figure], text: str, carried: Subject | None) -> list[Figure]:
    owner = next((f.name for f in figures if _PART_ECONOMY.search(f.name)), None)
    at = text.find("其中", next(f.offset for f in figures if f.name == owner)) if owner is not None else -1
    # ('民营经济增加值175.23亿元…。其中,第一产业增加值16.37亿元…': the sentence after it)
    if owner is None and carried and _PART_ECONOMY.search(carried.name) and text.startswith("其中"):
        owner, at = carried.name, 0
    if owner is None or at < 0:
        return figures
    part = owner.removesuffix("增加值")
    return [
        replace(f, name=part + f.name, written=part + f.name, known=False)
        if f.offset > at and _INDUSTRY_VALUE.fullmatch(f.name)
        else f
        for f in figures
    ]


# 'fixed investments increased by 11.6 percent and primary industry saw an increase of 36.8 percent':
# a bare sector after investment in one sentence is the sector's investment, not its value added
_SECTOR_EN = re.compile(r"(?:the\s+)?(?:primary|secondary|tertiary)\s+(?:industry|sector)", re.IGNORECASE)


def _sectors_invested(figures: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    invested = False
    for f in figures:
        if invested and _SECTOR_EN.fullmatch(f.written.strip()):
            name = "investment in " + re.sub(r"^the\s+", "", f.written.strip(), flags=re.IGNORECASE)
            f = replace(f, name=name, written=name, known=False)
        invested = invested or f.name == "固定资产投资"
        out.append(f)
    return out
