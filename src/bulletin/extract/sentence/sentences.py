"""One sentence of prose scanned for events, and the rules that say what a number belongs to.

Contract: ``scan_sentence(text, year, catalog)`` -> ``Scan``. Pure; never raises on
any text. The sentence is scanned once for events (indicator names, periods, clause
boundaries); ``figures.py`` then classifies every number and ``reader.py`` drives both.
This module answers the two questions every number raises: which indicator is it
about (``subject_for``); ``figperiod.period_for`` says which period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bulletin.content.catalog import Catalog
from bulletin.core.model import Change
from bulletin.core.periods import Period
from bulletin.core.units import Quantity
from bulletin.extract import lexicon as lx
from bulletin.extract.english.owned_en import BACK_REF_EN, its_measure, participle_owner
from bulletin.extract.lang import detect, is_en
from bulletin.extract.naming import elision, groups
from bulletin.extract.naming.elision import (
    MEASURE,
    frame_measure,
    shared_name,
    units_share,
    with_coverage,
    with_qualifier,
)
from bulletin.extract.naming.expanded import expanded_names
from bulletin.extract.naming.glosses import SHORT_NOTE, unglossed
from bulletin.extract.naming.industries import ENGLISH_LISTS, OFFICIAL_NAMES
from bulletin.extract.naming.names import NameMatch, find_names, phrase_name, substantive
from bulletin.extract.sentence.ages import age_group
from bulletin.extract.sentence.periodwords import accepted_periods
from bulletin.extract.text.restated import blank_conversions, mended, year_before_named

__all__ = ["Context", "Figure", "Scan", "Subject", "scan_sentence", "subject_for"]


# 'the province's' inside a part of a series ('… in the province's urban areas').
_OWN_POSSESSIVE = re.compile(r"the\s+(?:province|city|county|district|region|country)['’]s\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    """One statement about one indicator: a value, a growth rate or a rank."""

    name: str
    written: str
    known: bool
    period: Period
    offset: int
    quantity: Quantity | None = None
    yoy_pct: float | None = None
    rank: int | None = None
    rank_of: int | None = None
    basis: str | None = None  # 'real' or 'nominal' when the text says which growth it is
    change: Change | None = None  # a change in percentage points of the figure before it
    yoy_decimals: int | None = None  # as stated: 增长8.0% has one
    rank_by: str = ""  # 'value' or 'growth' when the text says what is ranked
    rank_field: str = ""  # among what: 全市, 全省九大新区 …


@dataclass(frozen=True, slots=True)
class Subject:
    """The indicator a figure is about: canonical name, the words as written, catalogue or not."""

    name: str
    written: str
    known: bool


@dataclass(frozen=True, slots=True)
class Context:
    """What carries from one sentence to the next within a paragraph."""

    period: Period  # the paragraph's period: set by a period opening a sentence
    limit: Period  # the bulletin's period: figures for later periods are plans, not statistics
    subject: Subject | None = None  # the last subject, for sentences that continue it (其中, 分季度看)
    plan: bool = False  # the paragraph has turned to plans and targets
    level: str = ""  # the bulletin's own level (scope.region_level): 全国 in a national release names it
    region: str = ""  # the bulletin's own area as the front-matter names it
    month_on_month: bool = False  # the last sentence's rates were on the month before
    frame: str = ""  # the last framing opening's measure (从产品看: 产量), for a 其中 sentence after it
    elsewhere: bool = False  # the last sentence quoted another area (全市… in a county's release)
    opened: Period | None = None  # an English sentence's opening period, for 'Of the total, …' after it
    lead: Subject | None = None  # the first subject of the last sentence with figures (a total, for 分季度看)


@dataclass(slots=True)
class Scan:
    """The events of one normalised sentence."""

    text: str
    lang: str  # a code of core.langs.LANGS: which language's rules read the sentence
    names: list[NameMatch]
    periods: list[tuple[int, int, Period]]
    clause_starts: list[int] = field(default_factory=list)
    subject_at: int = -1  # where the carried subject was last confirmed
    to_date: set[Period] = field(default_factory=set)  # months written as 截至N月底: cumulative for flows
    ends: set[Period] = field(default_factory=set)  # spans written as 一季度末, end of the first half
    claimed: set[int] = field(default_factory=set)  # numbers already read with the name after them
    quantity_starts: list[int] = field(default_factory=list)
    level: str = ""  # see Context.level
    region: str = ""  # see Context.region
    measure: str = ""  # the measure a framing opening names for the bare items after it (产量, 价格)
    year: int = 0  # the bulletin's year

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` begins."""
        start = 0
        for s in self.clause_starts:
            if s <= pos:
                start = s
        return start

    def segment_start(self, pos: int) -> int:
        """Where the semicolon-separated part holding ``pos`` begins."""
        cut = self.text.rfind(";", 0, pos)
        return cut + 1 if cut >= 0 else 0

    def last_name(self, lo: int, hi: int) -> NameMatch | None:
        """The last indicator name wholly inside text[lo:hi]."""
        found = [n for n in self.names if lo <= n.start and n.end <= hi]
        return found[-1] if found else None


_CUE_LIMIT = 40


# '营业收入(错月统计,不含批零住餐、金融业和房地产开发业,下同)同比增长2.2%': a note on a name, no clause
_NOTE = re.compile(r"[(（][^()（）\d]{2,40}[)）]")


def _clauses(text: str, names: list[NameMatch]) -> list[int]:
    """Clause starts; a separator inside a name ('第一、二、三产业', 'imports and exports', 'Hong Kong,
    Macao and Taiwan') or a note in brackets without figures does not count."""
    spans = [(n.start, n.end) for n in names] + [m.span() for m in ENGLISH_LISTS.finditer(text)]
    spans += [m.span() for m in _NOTE.finditer(text)]
    starts = [0]
    for m in lx.CLAUSE_SEP.finditer(text):
        if not any(start <= m.start() < end for start, end in spans):
            starts.append(m.end())
    return starts


_SECTOR = re.compile(r"第[一二三]产业")
_VERB_EN = "decreased|increased|fell|rose|jumped|dropped|declined|grew|went"
_CLASS_EN = re.compile(
    rf"\s+for\s+(?!manufactured goods|industrial products)[a-z][a-z ,-]{{2,60}}?(?=\s+(?:{_VERB_EN})\b)"
)


def split_cue(left: str, lang: str) -> tuple[str, str]:
    """Split the words before a number into (words, cue): the cue is the longest matching tail."""
    patterns = (lx.GROWTH_EN, lx.VALUE_EN) if is_en(lang) else (lx.GROWTH_ZH, lx.VALUE_ZH, lx.SIGNED_ZH)
    for i in range(max(0, len(left) - _CUE_LIMIT), len(left) + 1):
        tail = left[i:].strip(' ,:;、*_"“”()')
        if left[i:].lstrip()[:1] in (")", "）") and "(" in left[:i]:
            continue  # the name's closing parenthesis stays with it: 固定资产投资(不含农户)同比增长
        if left[i - 1 : i + 1] in ("平均", "年均") or left[max(i - 2, 0) : i + 1] in ("营改增", "自然增"):
            continue  # '两年平均增长': 均 is half of a word there, not 'both'; so is 增 of 营改增, 自然增长率
        if i and left[i - 1 : i + 1].isascii() and left[i - 1 : i + 1].isalpha():
            continue  # 'enterprises': an English cue starts a word, never inside one (…rises)
        if any(p.fullmatch(tail) for p in patterns):
            return left[:i], tail
    return left, ""


def _name_start(scan: Scan, clause: int, pos: int) -> int:
    """Widen a clause back over '、' when the parts before hold no figure: 电力、热力…供应业增加值."""
    start = participle_owner(scan.text, scan.clause_start(max(clause - 2, 0)), clause, pos)
    while start > 0 and scan.text[start - 1] == "、":
        previous = scan.clause_start(start - 2)
        if any(previous <= q < start for q in scan.quantity_starts) or scan.last_name(previous, start):
            break
        if lx.FLAT.search(scan.text, previous, start):
            break  # ('…、生活用品及服务类价格持平、交通和通信类下降7.4%': a figure in words too)
        start = previous
    return start


_RUN_IN = re.compile(r"(?:继续|持续|稳步|逐步)?(?:恢复|回升|向好|好转|改善|加快|提升|平稳|稳定)$")


_WITHOUT = re.compile(r"\((?:不含|不包括|剔除)[\u3400-\u9fff]{2,12}\)")


def subject_for(
    scan: Scan, pos: int, floor: int, carried: Subject | None, catalog: Catalog
) -> tuple[Subject | None, str]:
    """The indicator a number at ``pos`` belongs to, and the cue words right before it."""
    clause = scan.clause_start(pos)
    shut = scan.text.rfind(")", clause, pos) if is_en(scan.lang) else -1
    if shut >= 0 and "(" not in scan.text[clause:shut]:
        # '… above designated size (enterprises with an annual sales over …) reached': the aside's
        # clause ends with it, and the figure's clause is the one the parenthesis opened in
        clause = scan.clause_start(max(0, scan.text.rfind("(", 0, clause)))
    lo = max(clause, floor)
    if not is_en(scan.lang) and (ages := age_group(scan.text, lo, pos)):
        return Subject(ages, ages, False), ""  # '18至34周岁40.24万人': that band's people
    name = scan.last_name(clause, pos)
    if name is not None and _of_group(scan, name):
        return None, ""  # '全市五个省级园区实现工业增加值…': a counted group's figure, not the area's
    if (
        name is not None
        and name.written.startswith("工业")
        and (cov := lx.OTHER_COVERAGE.search(scan.text, lo, name.start))
    ):
        # '全口径工业实现工业总产值503.4亿元': not the catalogue's 规模以上 series, the coverage written
        written = cov["coverage"] + name.written
        return Subject(written, written, catalog.lookup(written) is not None), ""
    if name is not None and (taxes := groups.taxes_of(scan.text[lo : name.start], name)):
        return Subject(taxes, taxes, False), ""  # '金融业累计实现税收…'
    if name is not None:
        left = re.sub(r"\([^()]*\)", "", scan.text[max(lo, name.end) : pos])
        cue = split_cue(left, scan.lang)[1] or left.strip(" ,:;、()")
        # A verb between a name and its own measure word: '第一产业实现增加值31.6亿元' is 第一产业增加值.
        split = lx.SPLIT_MEASURE.fullmatch(left.strip()) if not is_en(scan.lang) else None
        if split and name.name.endswith(split["head"]) and not name.written.endswith(split["head"]):
            cue = split["verb"] or ""
        elif split and groups.BARE_INDUSTRY.fullmatch(name.written + split["head"]):
            found = catalog.lookup(longer := name.written + split["head"])  # ('全部工业总产值')
            return Subject(found.name if found else longer, longer, found is not None), split["verb"] or ""
        # '第一产业固定资产投资增长30.5%,第二产业增长15.2%': the next industry, the first one's measure
        if carried is not None and _SECTOR.fullmatch(name.written) and _SECTOR.match(carried.written):
            longer = name.written + carried.written[2 + carried.written.find("产业") :]
            if longer != name.written and cue == left.strip(" ,:;、"):
                return Subject(longer, longer, catalog.lookup(longer) is not None), cue
        # 'real estate investment in eastern region', 'retail sales … in urban areas': a part, as written
        # ('producer prices for means of production': one class of the index, as written)
        if part := lx.PART_AFTER_EN.match(left) or (name.name.endswith("价格指数") and _CLASS_EN.match(left)):
            # the area's own possessive names no other area: 'in the province's urban areas'
            written = name.written + _OWN_POSSESSIVE.sub("", part.group())
            entry = catalog.lookup(written)  # 'per capita disposable income in urban areas'
            return Subject(entry.name if entry else written, written, entry is not None), cue
        # '出口交货值1588.9亿元', '出口交货值增长44.6%': 出口 starts a longer name
        words, after = split_cue(left, scan.lang)
        whole = lx.NAME_GOES_ON.fullmatch(left)
        goes_on = whole or (lx.NAME_GOES_ON.fullmatch(words.strip()) if after else None)
        if goes_on and not split:
            longer = name.written + goes_on.group()
            entry = catalog.lookup(longer)
            return Subject(entry.name if entry else longer, longer, entry is not None), "" if whole else after
        # '固定资产投资(不含跨省铁路项目)同比下降16.9%': a series less a part, no longer the catalogue's
        without = _WITHOUT.match(scan.text, name.end, pos) if not split else None
        if without and catalog.lookup(less := name.written + without.group()) is None:
            return Subject(less, less, False), cue
        return Subject(name.name, name.written, True), cue
    if lo == clause:
        lo = _name_start(scan, clause, pos)
    if is_en(scan.lang):  # '… remained flat and service prices rose …': a flat rate ends its clause
        lo = max([lo, *(m.end() for m in lx.FLAT.finditer(scan.text, lo, pos))])
    # a clause run into the name ('服务业继续恢复前三季度服务业增加值'): the name is after its period;
    # periods go first (an aside inside one is part of it), then asides, but not a scope (不含农户)
    lo = max([lo, *(e for a, e, _ in scan.periods if lo < a < pos and _RUN_IN.search(scan.text[lo:a]))])
    # 'A、B和C分别实现增加值x亿元、…': the measure after 分别 is each item's (A、B和C增加值)
    words = lx.SHARED_MEASURE.sub(r"\g<head>分别", scan.text[lo:pos])
    for start, end, _ in scan.periods:
        if lo <= start < pos:
            period, en = scan.text[start:end], is_en(scan.lang)  # ('… sales of the first three quarters')
            words = re.sub(rf"\s+of\s+(?:the\s+)?{re.escape(period)}", " ", words) if en else words
            # ('外商及港澳台商企业在一季度同比增长…': 在 goes with the period before its verb)
            at = "在?" if re.match(r"\s*(?:同比|比上|增长|下降)", scan.text[end:]) else ""
            words = words.replace(period, " ") if en else re.sub(at + re.escape(period), "", words)
    words, cue = split_cue(SHORT_NOTE.sub("", words), scan.lang)
    if is_en(scan.lang):  # 'rose 38.7 percent on a yearly basis to …': the rate's basis names nothing
        # ('… development in [the first two months of 2016] was': the period's preposition goes with it)
        words = re.sub(r"(?<!ed)\s+(?:in|for|during)(?:\s+the)?\s*$", "", _BASIS_EN.sub(" ", words).rstrip())
    if is_en(scan.lang) and BACK_REF_EN.search(words):  # '…, ranking fourth … and representing an
        words = ""  # increase of': the figure before's
    if is_en(scan.lang) and (owned := its_measure(words, [n.written for n in scan.names if n.end <= lo])):
        words = owned
    candidate = phrase_name(words)
    if carried is not None and candidate and (crop := groups.crop_output(candidate, carried.written)):
        candidate = crop
    if candidate and (total := groups.counted_total(candidate, scan.text[:lo])):
        candidate = total
    if carried is not None and candidate and (kind := groups.same_count(candidate, carried.written)):
        candidate = kind  # '新增市场主体3.43万户,其中私营企业1.28万户': new private firms
    if carried is not None and candidate is not None and candidate.lower() in ("real", "nominal"):
        return carried, cue  # '(nominal growth rate. The real growth rate was 6.4 percent)': the same series
    if carried is not None and candidate is None and (stock := groups.stock_of(words, carried.written)):
        return Subject(stock, stock, catalog.lookup(stock) is not None), cue
    candidate = candidate or (elision.industry_topic(scan.text[:lo]) if not words.strip(" ,") else None)
    if candidate is None and substantive(words):
        return None, cue  # '其中15个重点项目完成投资56亿元': words that name something else
    if candidate is None:
        earlier = scan.last_name(0, pos)
        if elision.CONTRAST.search(scan.text, earlier.end if earlier else 0, lo):
            return None, cue  # '采矿业…下降8%,而制造业则保持…,同比增长10.4%': another subject, unread
        if earlier is not None and _of_group(scan, earlier):
            return None, cue  # its growth, a clause later, is the group's too
        if earlier is not None and (carried is None or earlier.start > scan.subject_at):
            return Subject(earlier.name, earlier.written, True), cue
        return carried, cue
    if topical := elision.sentence_topic(scan.text[:lo], candidate, scan.text[lo:pos]):
        return Subject(topical, topical, catalog.lookup(topical) is not None), cue  # before a carried one
    if carried is not None:
        candidate = with_qualifier(candidate, carried.written, carried.name)
    # '年末全县人口': the scope and the date were stripped, but the catalogue keeps 年末 (年末人口)
    entry = catalog.lookup(candidate) or (catalog.lookup("年末" + candidate) if "年末" in words else None)
    if entry is not None:
        return Subject(entry.name, candidate, True), cue
    if carried is not None and (
        restored := elision.restore_elided(carried.written, candidate, catalog)
        or elision.restore_elided(carried.name, candidate, catalog)
    ):
        return Subject(restored, candidate, True), cue
    # '规模以上工业企业营业收入、利润总额…;增加值比上年增长9.4%': an earlier name's scope
    for earlier in reversed([n for n in scan.names if n.end <= lo]):
        if restored := elision.restore_elided(earlier.written, candidate, catalog):
            return Subject(restored, candidate, True), cue
    rate = re.match(r"(?P<fold>增长)?[+-]?\d[\d.,]*\s*(?:%|倍|percent\b|per cent\b)", scan.text[pos:])
    cued = (lx.GROWTH_EN if is_en(scan.lang) else lx.GROWTH_ZH).fullmatch(cue)
    growth = rate is not None and bool(cued or rate["fold"])  # ('单晶硅增长10.3倍': read at its 增长)
    lead = scan.text[max(0, lo - 4) : lo] + words[: words.find(candidate)]
    if carried is not None and (subset := units_share(carried.written, candidate, lead, scan.text[pos:])):
        return Subject(subset, subset, False), cue
    if (
        scan.measure
        and not MEASURE.search(candidate)
        and (len(candidate) <= 14 or candidate in OFFICIAL_NAMES)
    ):
        # '从主要产品产量看,精制茶增长23.9%': the opening names what the bare items measure
        # (an industry's own output is no 工业总产值 twice: 轻工业总产值, but 集体企业工业总产值)
        industry = re.search(r"(?<!企)业$", candidate) and scan.measure == "工业总产值"
        framed = candidate + (scan.measure[2:] if industry else scan.measure)
        entry = catalog.lookup(framed)
        return Subject(entry.name if entry else framed, framed, entry is not None), cue
    # '…, while the production and supply of … rose 6.1 percent': a new subject in full
    anew = re.search(r"\bwhile\W*$", scan.text[max(0, clause - 8) : clause]) and re.match(r"\s*the\s", words)
    # ('从产品产量看,汽车、…、锂离子电池分别…': a list of products is the frame's, not the figure before's)
    listed = "、" in candidate and scan.measure == "产量"
    if (
        carried is not None
        and not anew
        and not listed
        and (shared := shared_name(carried.written, candidate, growth))
    ):
        entry = catalog.lookup(shared)
        return Subject(entry.name if entry else shared, shared, entry is not None), cue
    # only within the part of the sentence that named the subject: after a semicolon a topic may change
    same_part = scan.subject_at >= scan.segment_start(pos)
    previous = carried.name if carried is not None and same_part else ""
    if full := with_coverage(previous, candidate, scan.text[lo:pos], scan.text[:lo]):
        entry = catalog.lookup(full)
        return Subject(entry.name if entry else full, full, entry is not None), cue
    if said := elision.said_before(scan.text[:lo], candidate):
        return Subject(said, said, False), cue
    return Subject(candidate, candidate, False), cue


def _of_group(scan: Scan, name: NameMatch) -> bool:  # (a counted group before it narrows the name)
    before = scan.text[: name.start]
    return groups.counted_group(before[scan.clause_start(name.start) :], before)


_BASIS_EN = re.compile(
    r"\b(?:year[- ]on[- ]year|on an? (?:yearly|annual|year-on-year) basis|from a year (?:earlier|ago)|y/y)\b",
    re.IGNORECASE,
)
# 'Fixed-asset investment - a gauge of expenditures on infrastructure, property and equipment - rose
# by 3.2 percent': an aside between dashes is blanked (offsets kept), so the name meets its verb.
_APPOSITIVE = re.compile(
    r"(?<=\w) - (?=[a-z])(?:[^-\d]*?\s){2,}[^-\d]*? - (?=\w)"
    # ('… above designated size – those with annual sales revenue of more than 20 million yuan – …')
    r"|(?<=\w) ?[-–—] ?(?=(?:those|that|which|i\.e\.) )[^-–—]{4,160}? ?[-–—] ?(?=\w)"  # (or unspaced)
    r"|(?<=\w) \((?=(?:those|that|which|i\.e\.) )[^()]{4,160}?\)(?=[\s,])"  # ('… enterprises (those with …)')
)


def scan_sentence(text: str, year: int, catalog: Catalog, written_after: bool = False) -> Scan:
    """Normalise one sentence and find its names, periods and clauses (``written_after``: the release
    covers its year to December)."""
    norm = lx.normalize(text)
    # 'General public budget revenue (一般公共预算收入) reached …' is English with a gloss in brackets
    lang = detect(norm)
    if is_en(lang):
        norm = _APPOSITIVE.sub(lambda m: " " * len(m.group()), norm)
    # the same figure in another currency is no figure of its own (offsets kept)
    norm = mended(year_before_named(blank_conversions(norm), year))
    periods, to_date, ends = accepted_periods(norm, year, written_after)
    expanded = expanded_names(norm, catalog)
    found = [n for n in find_names(norm, catalog) if not any(e.start <= n.start < e.end for e in expanded)]
    names = unglossed(norm, sorted(found + expanded, key=lambda n: n.start))
    measure = frame_measure(norm)
    return Scan(
        norm,
        lang,
        names,
        periods,
        clause_starts=_clauses(norm, names),
        to_date=to_date,
        ends=ends,
        measure=measure,
        year=year,
    )
