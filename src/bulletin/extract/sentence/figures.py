"""What each number in a scanned sentence is: a value, a growth rate, a rank, or nothing.

Contract: ``figures_in(scan, period, carried, catalog)`` -> ``(figures, last subject)``. Pure; never
raises. Each number is judged by the words right before it (the cue: 完成, 同比增长, 下降, 占…比重 …) and
right after it (以上, 左右, 个百分点, "more than a year earlier" …). When in doubt, a number is dropped:
precision comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.content.catalog import Catalog
from bulletin.core.model import Change
from bulletin.core.periods import Period
from bulletin.core.units import QuantityMatch, UnitError, quantity, scan_quantities
from bulletin.extract import lexicon as lx
from bulletin.extract.english.bases_en import MOM_BASE_EN
from bulletin.extract.lang import cues, is_en
from bulletin.extract.lang.rules import is_benchmark_scope
from bulletin.extract.lists.lists import respectively
from bulletin.extract.naming.places import city_at
from bulletin.extract.naming.scope import other_area, place_prefix, zone_sentence
from bulletin.extract.sentence import neighbours as nb
from bulletin.extract.sentence.changes import pp_change
from bulletin.extract.sentence.figperiod import is_stock, marked_period, period_for
from bulletin.extract.sentence.figstate import (
    State,
    is_modifier,
    is_target,
    make_figure,
    post_clause,
    subject_before,
)
from bulletin.extract.sentence.rates import RANKED_RATE, as_level, growth_of, qualified_level, second_level
from bulletin.extract.sentence.sentences import Figure, Scan, Subject, subject_for
from bulletin.extract.sentence.shapes import count_first, ranks, ranks_by_clause, special
from bulletin.extract.sentence.shares import share_subject

__all__ = ["figures_in"]

# The area named again after a zone within it: '…园区实现税收4600万元;全县规模以上工业增加值…'.
_OWN_SCOPE = re.compile(r"全(?:县|市|区|省|旗|州|镇)(?!的)|我(?:县|市|区|省)|本(?:县|市|区)")
_VERB_CUE = re.compile(rf"(?:累计|共|全年|当月|单月|全区|全市)?[{lx.CJK}]{{1,3}}")
_NOT_VERB_CUE = re.compile(r"增|减|降|比|较|占|的|高|低|多|少|超|突破|新增|目标|计划|其中|为止|以来|同期")
_BARE_EN = re.compile(
    r"\b(?:totalled|totaled|numbered|reached|stood at|came to|amounted to|was|were)\s+"
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|[.,]\d)"
    # ('reached 448,900 by the end of March': a count, then its date)
    r"(?!\s*(?:%|percent|per cent|(?!(?:by|at) the end\b)[A-Za-z$¥(]))"
)
_LABEL_UNIT = re.compile(r"[(]\s*(?P<unit>[^()]{1,16}?)\s*[)]\s*:\s*(?P<n>[+-]?\d[\d,]*(?:\.\d+)?)")
_MILESTONE_EN = re.compile(r"\s*(?:for the first time|mark\b|milestone|threshold|level for the first)", re.I)
_PASSED_EN = r"(?i)\b(?:exceed|surpass|top|cross|br[oe]ke|pass|hit)"
_KINDS_OF_AREA = ("高新区", "开发区", "园区", "新区", "区", "市", "县", "省", "州", "旗")
_AFTER_FOLD = re.compile(r"(?:增长|增加|提高|上升)[\d.]+倍(?:[、和及][\d.]+倍)*[、和及]\s*$")
_NAMED_ITEMS = re.compile(r"\s*[(（][^()（）]{2,60}?(?:[,，、]|和)[^()（）]{1,60}[)）]")
_CONJUNCTION = re.compile(r"(?:和|及|与|、|and)?", re.IGNORECASE)
_A_RATIO = re.compile(r"(?:产销率|城镇化率|覆盖率|利用率|达标率|合格率|普及率|使用率|出勤率|入住率)$")
_CHAINED = re.compile(r"\s*(?:和|及|与|、|,?\s*and|,)\s*")  # ('rose 41.5 percent, 59.5 percent and …')


def _extra_numbers(scan: Scan) -> list[QuantityMatch]:
    """Numbers without a unit next to them: '地区生产总值(亿元):682.3'; English 'totalled 8,562'."""
    found = []
    for m in _LABEL_UNIT.finditer(scan.text):
        try:
            amount = quantity(m.group("n").replace(",", ""), m.group("unit"))
        except (UnitError, ValueError):
            continue
        found.append(QuantityMatch(m.start("n"), m.end("n"), m.group("n"), amount))
    if is_en(scan.lang):
        for m in _BARE_EN.finditer(scan.text):
            found.append(
                QuantityMatch(
                    m.start("n"), m.end("n"), m.group("n"), quantity(m.group("n").replace(",", ""), "")
                )
            )
    return found


def _is_level(subject: Subject, cue: str, catalog: Catalog, lang: str) -> bool:
    """A percentage that is the indicator's own level (失业率为5.2%), not a change."""
    entry = catalog.lookup(subject.name) or qualified_level(subject.name, catalog)
    # a diffusion index's own level ('New orders index was 52.3 percent', '生产指数为53.5%'), not a price's
    diffusion = entry is None and bool(_DIFFUSION.search(subject.name))
    if not diffusion and (entry is None or entry.unit != "%" or entry.category == "prices"):
        return False
    return cue in ("为", "是", "", "达", "达到") or bool(is_en(lang) and lx.VALUE_EN.fullmatch(cue))


_DIFFUSION = re.compile(
    r"^(?!.*(?:price|价格|价)).*(?:\bindex|\bPMI|指数)(?:\s+(?:of|for)\s+[a-z -]+)?$", re.IGNORECASE
)


def _add(out: list[Figure], state: State, subject: Subject, figure: Figure, kind: str = "value") -> None:
    out.append(figure)
    state.subject = subject
    state.last = (subject.name, kind)


_BARE_BEFORE = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?\s+and\s+$")
_RANGE_AFTER = re.compile(r"\s*(?:-|—|–|~|～|至|到)\s*\d[\d.]*\s*(?:%|％)")
_RANGE_BEFORE = re.compile(r"\d(?:%|％)\s*(?:-|—|–|~|～|至|到)\s*$")
# '… accounted for 35 percent of the industrial output, 1.2 percent higher than that of 2016': with no
# other number between, the change of the share (in points), not growth of what was shared
_SHARE_THEN_EN = re.compile(
    r"\b(?:accounted for|accounting for|accounts for|made up|making up)\s+[\d.]+\s*(?:percent|per cent|%)"
    r"[^\d]*$",
    re.IGNORECASE,
)
_POINTS_AFTER_EN = re.compile(r"^\s*(?:(?:percent|per cent|%)\s+)?(?:higher|lower|more|less)\s+than\b", re.I)


def _percent(
    scan: Scan,
    q: QuantityMatch,
    subject: Subject,
    cue: str,
    period: Period,
    state: State,
    catalog: Catalog,
    out: list[Figure],
) -> None:
    post = scan.text[q.end : q.end + (64 if is_en(scan.lang) else 40)]  # ('… of last year': longer)
    before = scan.text[max(scan.clause_start(q.start), state.previous_end) : q.start]
    mom_base = is_en(scan.lang) and MOM_BASE_EN.search(scan.text, state.previous_end, q.start)
    before = re.split(r"\s(?:and|while|but)\s|,\s", before)[-1] if is_en(scan.lang) else before  # (its part)
    after = post_clause(post)
    if is_en(scan.lang):  # '5.1 percent in December and 5.2 percent on average': each its own words
        # (so 'an increase of 17.9% and an average growth rate of 5.6%', 'up 10.2% and accounted for 58.1%')
        after = lx.RATE_WORDS_END_EN.split(after, maxsplit=1)[0]
    if mom_base or lx.NOT_GROWTH.search(before) or lx.NOT_GROWTH.search(after) or re.match(r"^\s*的", post):
        return
    if _RANGE_AFTER.match(post) or _RANGE_BEFORE.search(scan.text[max(0, q.start - 4) : q.start]):
        return  # '平均增产2.6%-16.4%': a range says no one rate
    if _POINTS_AFTER_EN.match(post) and _SHARE_THEN_EN.search(scan.text[: q.start]):
        return
    pre = scan.text[max(0, q.start - 60) : q.start]
    if base := lx.BASE_YEAR_EN.match(post):  # 'over the same period in 2019': the base, not the period
        if int(base["year"]) != state.period.year - 1:
            return
        period = state.period if period.year == int(base["year"]) else period
    if lx.BENCHMARK_BEFORE.search(scan.text[max(0, q.start - 12) : q.start]) or lx.BASES_EN.search(pre):
        return
    if is_en(scan.lang) and re.search(r"\bafter\s+(?:\w+\s+)?\w+ing\b", before, re.IGNORECASE):
        return  # '…flat in October, after edging up 0.1 percent in September': background
    # The words since the previous number (not only the last clause) say whether a rate is growth:
    # 'Growth of the city's industrial value added, at 9.6 percent, ranked 1st'.
    since = scan.text[max(scan.segment_start(q.start), state.previous_end) : q.start]
    if not cue.strip() and second_level(since, out[-1] if out else None, subject.name):
        return _add(out, state, subject, make_figure(subject, period, q.start, quantity=as_level(q.quantity)))
    rate = growth_of(cue, after, q.quantity.value, scan.lang, since if is_en(scan.lang) else before)
    ranked = RANKED_RATE.search(since) if not is_en(scan.lang) else None
    if rate is None and ranked and lx.VALUE_ZH.fullmatch(cue):
        rate = -abs(q.quantity.value) if ranked["rate"] in ("降幅", "跌幅") else q.quantity.value
    if rate is None and _CONJUNCTION.fullmatch(cue) and state.last == (subject.name, "yoy"):
        rate = q.quantity.value * state.sign  # '增长8.4%、11.3%', '增长8.2%和5.6%', 'rose 3.1% … and 4.6% …'
    elif rate and not cue.strip() and state.last == (subject.name, "yoy") and state.sign < 0:
        rate = -abs(rate)  # 'fell 0.1 percent and 0.9 percent': the verb before turns the chained rate too
    if rate is None:
        if _is_level(subject, cue, catalog, scan.lang):
            _add(out, state, subject, make_figure(subject, period, q.start, quantity=as_level(q.quantity)))
        return
    # The basis may stand a clause earlier: '按可比价格计算,比上年增长3.8%', 'at constant prices, growth was'.
    where = since + (" " + re.split(r"\d", after, maxsplit=1)[0] if is_en(scan.lang) else "")
    real = lx.REAL.search(where) or lx.REAL_SAID.search(since)
    basis = "real" if real else "nominal" if lx.NOMINAL.search(where) else None
    if _A_RATIO.search(subject.name):
        return  # '产销率达到94.4%,同比增长1.2%': a ratio's change in per cent is points or a ratio of ratios
    # a fall verb turns the rates after it ('下降3.1%、2.4%'); a written minus ('为-9.4%、23.0%') does not
    state.sign = -1.0 if rate < 0 and q.quantity.value > 0 else 1.0
    # Stated precision: the rate as written, or fewer places when a multiple became a per cent (1.2倍 -> 120).
    places = q.quantity.decimals if abs(abs(rate) - abs(q.quantity.value)) < 1e-9 else None
    figure = make_figure(subject, period, q.start, yoy_pct=rate, basis=basis, yoy_decimals=places)
    _add(out, state, subject, figure, "yoy")


def _points(scan: Scan, q: QuantityMatch, state: State, out: list[Figure]) -> None:
    """A change in percentage points joins the figure right before it: a rate's level or a growth rate.

    It never makes a row of its own, and another indicator named in between stops it."""
    if lx.APPROX_AFTER.match(scan.text[q.end : q.end + 8]) or not out:
        return
    target = max(out, key=lambda f: f.offset)
    if target.offset > q.start or target.change is not None:
        return
    if any(target.offset < n.start < q.start and n.name != target.name for n in scan.names):
        return
    if any(target.offset < s < q.start for s in scan.quantity_starts):
        return  # '增长12.1%,占…比重为16.3%,比上年提高1.1个百分点': the share moved, not the growth
    before = scan.text[max(scan.clause_start(q.start), state.previous_end, target.offset) : q.start]
    before = re.sub(r"^[\d.,%％]+\s*", "", before)  # the target's own number
    reading = pp_change(before, scan.text[q.end : q.end + 80], q.quantity.value, target.period, scan.lang)
    if reading is None or is_target(scan, q.start, ""):
        return
    level = target.quantity is not None and target.quantity.family == "percent" and not reading.growth
    if not level and target.yoy_pct is None:
        return
    change = Change(reading.points, reading.base, "level" if level else "growth")
    out.append(
        replace(
            target,
            offset=q.start,
            quantity=None,
            yoy_pct=None,
            rank=None,
            rank_of=None,
            basis=None,
            change=change,
        )
    )


_MONEY = ("CNY", "USD")
_CITY_QUOTED = re.compile(r"(?:^|[^\u3400-\u9fff]|的)([\u3400-\u9fff]{2,3})\s*[(（]\s*$")
_CHANGE_LISTED = re.compile(r"(?:多|少|增加|减少|高出?|低)\s*[\d.]+\s*[^\d,;。]{0,4}[和、及]\s*$")
_FROM_TO = re.compile(r"[^,;。\d]{0,4}?(?:提高|增加|增长|上升|扩大|提升|跃升|下降|减少|降低)?(?:到|至)\s*\d")
_CONVERSION = re.compile(r"\s*[(（]\s*(?:about|around|approximately|roughly|nearly|约合?|合|折合)?\s*")
_RATE_AFTER_EN = re.compile(
    r"\s*(?:\([^()]{0,24}\))?\s*(?:in \w+\s*)?,\s*(?:up|down|increased|decreased|rising|falling|rose|fell|"
    r"an? (?:year-on-year )?(?:increase|decrease|decline|growth|rise|drop) of)\b",
    re.IGNORECASE,
)


def _value(
    scan: Scan, q: QuantityMatch, subject: Subject, cue: str, period: Period, state: State, out: list[Figure]
) -> None:
    post = scan.text[q.end : q.end + 40]
    before = scan.text[scan.clause_start(q.start) : q.start]
    segment = scan.text[scan.segment_start(q.start) : q.start]
    # '…总投资56亿元,为…单体投资规模最大项目' describes this figure; words past the next
    # figure ('城镇新增就业5773人,…享受补贴政策9360人次') describe that one
    rest = re.split(r"[;。]|[,，、][^,，、;。]*?\d", scan.text[q.end : q.end + 60], maxsplit=1)[0]
    for kind in (k for k in _KINDS_OF_AREA if scan.region.endswith(k)):  # '该区实现…' in a zone's release
        segment = segment.replace("该" + kind, "")
    # ('…亿元,增长8%,增速连续10个季度保持在8%及以上': a pace kept after the figure; '2000万元及以上的项目'
    # right after it is still a threshold, as '以上的')
    rest = rest.replace("及以上", "以上")
    # ('全省亿元及以上在建项目完成投资…': the projects above a size, a class of them, before the figure too)
    segment = re.sub(r"(?<=元)及以上(?=[\u3400-\u9fff]{0,8}(?:项目|企业|单位))", "以上", segment)
    if lx.NOT_VALUE.search(before) or lx.SINGLE_ENTITY.search(segment[-40:]) or lx.SINGLE_ENTITY.search(rest):
        return
    if before.endswith(("从", "由")) and _FROM_TO.match(post):
        return  # '从(由)502.22亿元提高到630.03亿元': the level it rose from, years before
    if _CHANGE_LISTED.search(before):
        return  # '…分别多5.58亿元和571.78亿元': the second difference of a pair, no level either
    quoted = m[1] if (m := _CITY_QUOTED.search(before)) else ""
    if quoted and city_at(quoted) == quoted and quoted not in scan.region:
        return  # '南昌(5596.18亿元)': another city's figure quoted beside the area's own
    if is_en(scan.lang) and lx.THRESHOLD_EN.search(segment[-80:]):
        return
    if re.match(r"\s*[:：]\s*\d", post):
        return  # a structure ratio, 2.9:38.5:58.6
    if q.quantity.family == "count" and _NAMED_ITEMS.match(post):
        return  # '已开工3个(甲项目、乙二期和丙)': named projects or firms counted, no series
    if is_en(scan.lang) and _MILESTONE_EN.match(post) and re.search(_PASSED_EN, cue):
        return  # 'surpassed 3 trillion yuan for the first time, reaching 3.01 trillion yuan'
    # 'The catering services gained 363.1 billion yuan (US$52.79 bn), up by 9.4 percent': an amount
    # 'gained' with its own rate after it is the level (a rise in yuan would not state one)
    level = is_en(scan.lang) and cue.lower() == "gained" and _RATE_AFTER_EN.match(post) is not None
    if (
        lx.CHANGE_EN.match(post)
        or (not is_en(scan.lang) and lx.CHANGE_ZH.search(cue))
        or (is_en(scan.lang) and lx.GROWTH_EN.fullmatch(cue) and not level)
    ):
        return
    if level:
        cue = ""
    value_cue = lx.VALUE_EN if is_en(scan.lang) else lx.VALUE_ZH
    verb = not is_en(scan.lang) and _VERB_CUE.fullmatch(cue) and not _NOT_VERB_CUE.search(cue)
    if cue and not value_cue.fullmatch(cue) and not verb:
        return
    _add(out, state, subject, make_figure(subject, period, q.start, quantity=as_level(q.quantity)))
    scan.subject_at = q.start


def _numbers(scan: Scan, state: State, catalog: Catalog, out: list[Figure]) -> None:
    quantities = sorted(scan_quantities(scan.text) + _extra_numbers(scan), key=lambda q: q.start)
    scan.quantity_starts = [
        q.start
        for q in quantities
        if not is_modifier(scan.text[q.end : q.end + 12], q.quantity.family, scan.lang)
    ]
    floor = 0
    elsewhere: Subject | None = None  # the subject of the last figure read as another area's
    zone = zone_sentence(scan.text, scan.region)  # a zone within the area is the sentence's subject
    money_end = -1  # where the last amount of money ended
    for q in quantities:
        if q.start in scan.claimed:
            continue  # read with its name after it: 'received 4.26 million tourist visits'
        converted = q.quantity.family in _MONEY and _CONVERSION.fullmatch(scan.text[money_end : q.start])
        money_end = q.end if q.quantity.family in _MONEY else -1
        if converted:
            continue  # '3,295.6 billion yuan (US$479.15 bn)': the same amount in another currency
        post = scan.text[q.end : q.end + 40]
        family = q.quantity.family
        if family == "pp":
            _points(scan, q, state, out)
            continue
        if is_modifier(post, family, scan.lang) or lx.APPROX_AFTER.match(post):
            continue
        nxt = min([o.start for o in quantities if o.start > q.start] or [len(scan.text)])
        # '分别增长69.1倍、3.1倍、25.3%': a rate listed after multiples is theirs, with their verb
        fold = _AFTER_FOLD.search(scan.text, max(0, q.start - 16), q.start) if family == "percent" else None
        subject, cue = subject_for(scan, fold.start() if fold else q.start, floor, state.subject, catalog)
        cue = "增长" if fold else cue
        state.previous_end, floor = floor, q.end
        # a rate chained onto the rate just read ('上涨7.2%、6.3%', '41.5 percent, 59.5 percent') is its own
        after_rate = family == "percent" and state.last is not None and state.last[1] == "yoy" and out
        if (  # subject's (not a rate read for no name: '… were 11.3 percent and 7.2 percent')
            after_rate
            and state.previous_end - out[-1].offset < 16
            and _CHAINED.fullmatch(scan.text[state.previous_end : q.start])
            and not re.sub(r"^and$", "", cue).strip("、和及与 ")
        ):
            subject = subject_before(out, q.start, subject)
        elif (
            family == "percent"
            and state.previous_end > 0
            and _CHAINED.fullmatch(scan.text[state.previous_end : q.start])
            and re.search(r"(?:%|percent|per cent)$", scan.text[: state.previous_end])
            and not (out and state.previous_end - out[-1].offset < 16)
        ):
            continue  # ('… decreased by 3.3 percent and 1.9 percent': after a rate read for no one, no one's)
        if subject is not None and subject is state.carried and _BARE_BEFORE.search(scan.text, 0, q.start):
            continue  # ('the PMI of large and medium-sized enterprises was 52.1 and 51.4 percent': a pair of
            # no name read here, not the last sentence's subject)
        if subject is None and family == "percent":
            share_subject(scan, q.start, state, catalog)
        if subject is None or is_target(scan, q.start, post_clause(post)):
            continue
        placed = None if subject.known else place_prefix(subject.name, scan.region, catalog.lookup)
        if placed is not None:
            if not placed[1]:
                continue  # another area's indicator ('某某县地区生产总值' in a city's release)
            entry = catalog.lookup(placed[0])  # the area's own, named in full
            subject = Subject(entry.name if entry else placed[0], placed[0], entry is not None)
        clause = scan.text[scan.clause_start(q.start) : q.start]
        # ('西藏多项主要经济指标位居全国前列:规模以上工业增加值…': a summary before a colon scopes nothing
        # after it; a bare scope as a label, '全省:…', still does)
        clause = (
            lead[1]
            if len(lead := re.split(r"[:：]", clause, maxsplit=1)) == 2 and len(lead[0]) > 6
            else clause
        )
        if is_benchmark_scope(cues(scan.lang), clause, scan.level, re.I, subject.written):
            # an enclosing area's figure quoted for comparison (全省 in a county release), and so is
            # the rate chained after its amount ("China's … was 3,332.3 billion yuan, down 24.5
            # percent"; a share of it, 占全市…的比重, is the area's own and leaves the chain alone)
            if family != "percent":
                elsewhere = state.subject = subject
            continue
        if zone >= 0 and not _OWN_SCOPE.search(scan.text[zone : q.start]):
            continue
        if other_area(clause, subject.written, scan.region):
            # '北京市实现社会消费品零售总额…' in a district's release: the city's figure, and so is
            # the rate chained after it (',同比下降7.7%')
            elsewhere = state.subject = subject
            continue
        if subject == elsewhere and subject.written not in scan.text[state.previous_end : q.start]:
            continue
        elsewhere = None
        period = period_for(scan, q.start, q.end, nxt, state.period, is_stock(subject, catalog))
        period = marked_period(scan.text[state.previous_end : q.start], period)
        if family == "percent":
            _percent(scan, q, subject, cue, period, state, catalog, out)
        else:
            _value(scan, q, subject, cue, period, state, out)
        # A clause that names an indicator names it for the next clause too, even when its own
        # number was not a statistic ('猪肉价格环比上涨3.8%,同比上涨18.9%').
        if subject.known or not re.search(r"的$|^(?:为|是|或|and|or)$", subject.written):
            if subject != state.subject:
                scan.subject_at = q.start
            state.subject = subject


def figures_in(
    scan: Scan, period: Period, carried: Subject | None, catalog: Catalog
) -> tuple[list[Figure], Subject | None]:
    """Every figure of one scanned sentence, in text order, and the last subject."""
    state = State(period, carried, carried=carried)
    out: list[Figure] = []
    count_first(scan, state, catalog, out)
    _numbers(scan, state, catalog, out)
    special(scan, state, catalog, out)
    ranks(scan, state, catalog, out)
    figures = sorted(respectively(scan, nb.shared_unit(scan, out), catalog), key=lambda f: f.offset)
    figures = ranks_by_clause(scan, figures)
    figures = nb.value_added_of(scan, nb.industries_of(scan, figures, carried, catalog), carried, catalog)
    figures = nb.whole_industry(nb.listed_verb(scan, figures, catalog), catalog)
    figures = nb.for_urban_rural_en(scan, nb.urban_rural_prices(figures, carried, catalog), catalog)
    figures = nb.measure_after_en(scan, figures, catalog)
    last = next((Subject(f.name, f.written, f.known) for f in reversed(figures)), None)
    return figures, last
