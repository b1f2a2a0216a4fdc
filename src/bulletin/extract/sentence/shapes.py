"""Figures stated in shapes of their own: multiples ('doubled'), 1.2倍, price indices on base 100,
counts written before their noun ('326 enterprises were registered'), and ranks (居第23位).

Contract: ``special``, ``count_first`` and ``ranks`` each append what they read in one scanned
sentence to ``out``; ``figures.figures_in`` runs them after the plain numbers, so a rank joins
the figure it follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bulletin.content.catalog import Catalog
from bulletin.core.guarded import Guarded
from bulletin.core.units import quantity
from bulletin.extract import lexicon as lx
from bulletin.extract.english.amounts_en import amounts_before_names
from bulletin.extract.lang import is_en
from bulletin.extract.lists.afterfold import each_item, measure_after_fold
from bulletin.extract.lists.rankedlists import listed_ranks
from bulletin.extract.naming.names import NameMatch, phrase_name
from bulletin.extract.naming.scope import about_other_area, opens_with_other_area
from bulletin.extract.sentence.evaluations import evaluation_name
from bulletin.extract.sentence.figperiod import is_stock, period_for
from bulletin.extract.sentence.figstate import State, is_target, make_figure, subject_before
from bulletin.extract.sentence.ranks import find_ranks, rank_semantics, unnamed_group
from bulletin.extract.sentence.rates import flat_growth
from bulletin.extract.sentence.sentences import Figure, Scan, Subject, subject_for

__all__ = ["count_first", "ranks", "special"]

_COUNT_EN = (
    r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=\s+(?:million|thousand|billion)\b)|\d+)"
    r"(?:\s+(?P<mult>million|thousand|billion))?\s+"
    r"(?P<name>(?!(?:million|thousand|billion)\b)(?:new(?:ly)?\s+)?[a-z][a-z -]{2,50}?)"
    r"(?P<where_in>\s+in\s+(?:cities and towns|towns and cities|urban areas|urban regions))?"
    # ('There were 80,000 new urban jobs created': the participle may follow the noun)
    r"(?:\s+(?P<verb>created|added|registered))?"
    r"(?=\s+(?:in|during|over|this|last|at|and|up|down|by|from|throughout)\b|\s*[,.;]|\s*$)"
)
_VERB_COUNT_EN = re.compile(
    r"\b(?:registered|recorded|added|created|attracted|signed|set up|saw|had|including|received|hosted|"
    r"welcomed|served|home to|[Tt]here (?:were|are|was|is))\s+" + _COUNT_EN
)
# '…326 industrial enterprises and 148 high-tech enterprises'
_AND_COUNT_EN = re.compile(r"\s+and\s+" + _COUNT_EN)
# A number is read whole: '9.12 million new jobs' is 9.12 million, never the 12 after the point.
_COUNT_FIRST_EN = re.compile(
    r"(?<![\d.,])(?:[Aa] total of\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=\s+(?:million|thousand|billion)\b)|\d+)"
    r"(?:\s+(?P<mult>million|thousand|billion))?\s+"
    r"(?P<name>(?:new(?:ly)?\s+)?[a-z][a-z -]{2,40}?)\s+(?:were|was|had been|have been)\s+"
    r"(?P<verb>created|registered|established|added|set up|signed|completed|opened|built)"
    # where jobs were created is part of the series' name: 'new jobs created in urban areas'
    r"(?P<where>\s+in\s+(?:cities and towns|towns and cities|urban areas|urban regions|the urban areas))?"
)
_INDEX_DECLARED = re.compile(r"=\s*100|上年为100|以上年为基期")
# ('居民消费价格指数为100.9%': a level written with a percent sign is still the index)
_PRICE_INDEX_LEVEL = re.compile(
    r"价格(?:总?指数|总水平)(?:为|是)?\s*(?P<v>(?:9\d|1[01]\d)\.\d+)(?:\s*%)?(?!\s*[%亿万元点\d])"
)
_INDEX_LEVEL = re.compile(r"(?:指数|累计)(?:为|是)?\s*(?P<v>\d{2,3}\.\d+)(?!\s*[%亿万元])")
_LIST_VALUE_EN = re.compile(
    r"^\s*(?P<name>[A-Za-z][A-Za-z ,'-]{2,60}?):\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%]|\s*[A-Za-z%])"
)
# '490 million tons of raw coal were produced, with an average daily output of 8.15 million tons,
# down 6.3 percent': the amount before the goods, the series named by what was done with them; the
# daily average beside it is a series of its own, and the growth after it is the total's.
_PHYSICAL_EN = r"(?:(?:thousand|million|billion)\s+)?(?:tons|tonnes|cubic met(?:er|re)s|kilowatt-hours|kWh)"
_GOODS_EN = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?P<unit>" + _PHYSICAL_EN + r")\s+of\s+"
    r"(?P<name>[a-z][a-z -]{1,40}?)\s+(?:were|was)\s+"
    r"(?P<verb>produced|imported|exported|processed|generated|yielded|harvested)\b"
    r"(?P<daily>,\s*with an average daily (?:output|production) of\s+"
    r"(?P<dn>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?P<dunit>" + _PHYSICAL_EN + r"))?",
    re.IGNORECASE,
)
_GOODS_SERIES_EN = {"produced": "{} production", "imported": "{} imports", "exported": "{} exports"}
_GOODS_SERIES_EN |= {"processed": "{} processing volume", "generated": "{} generation"}
_GOODS_SERIES_EN |= {"yielded": "{} output", "harvested": "{} output"}
_NAME_AFTER_EN = re.compile(r"\s+in\s+(?:the\s+)?")  # 'ranked first in actually utilized foreign capital'
# 'recorded a 40 percent growth in foreign trade': the rate comes before the name it grows.
_RATE_FIRST_EN = re.compile(
    r"\b(?:an?|the)\s+(?P<n>\d+(?:\.\d+)?)\s*(?:percent|per cent|%)\s+(?:(?:year-on-year|annual)\s+)?"
    r"(?P<dir>growth|increase|rise|jump|gain|expansion|decline|decrease|drop|fall|contraction)\s+(?:in|of)\s+"
    r"(?:the\s+)?(?:value of\s+)?(?P<name>[a-z][a-z' -]{2,60}?)"
    r"(?=\s+(?:in|during|for|from|over|to|compared|year|on|of|at|as|and|while|but|with)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
_BASE_BEFORE_EN = re.compile(r"\b(?:compared (?:with|to)|than|from|after)\s*$", re.IGNORECASE)
_FALLING_EN = ("decline", "decrease", "drop", "fall", "contraction")
_NOT_COUNTED = re.compile(r"^(?:people|residents|inhabitants|population|years?|times|days|months)$")
_ONE_PLACE_EN = re.compile(r"\balone\b|\bscenic (?:spot|area)\b|\bresort\b", re.I)
_RANK_MOVE = re.compile(r"前移|后移|提升|上升|下降|前进|后退")


_FOLD_CHAINED = Guarded(re.compile(r"(?<=倍)[、和及](?P<n>\d+(?:\.\d+)?)倍"), ("倍",))
# '产量分别增长35.4%、43.0%、40.1%、1.1倍': a multiple that ends a list of rates is one more growth
_FOLD_AFTER_RATES = Guarded(re.compile(r"(?<=%)[、和及](?P<n>\d+(?:\.\d+)?)倍"), ("倍",))
_RATES_BEFORE = re.compile(r"(?:增长|增加|提高|上升)\d+(?:\.\d+)?%(?:[、和及]\d+(?:\.\d+)?%)*$")
_MULTIPLE = {"doubled": 100.0, "tripled": 200.0, "quadrupled": 300.0}


def special(scan: Scan, state: State, catalog: Catalog, out: list[Figure]) -> None:
    """Growth written as 1.2倍, 持平/flat, a price index on base 100; English 'N new X were registered'."""
    text = scan.text
    patterns: list[tuple[re.Pattern[str] | Guarded, Callable[[re.Match[str]], float]]] = [
        (lx.FOLD_GROWTH, lambda m: round(float(m.group("n") or m.group("en")) * 100, 6)),
        (_FOLD_CHAINED, lambda m: round(float(m.group("n")) * 100, 6)),  # '增长69.1倍、3.1倍'
        (_FOLD_AFTER_RATES, lambda m: round(float(m.group("n")) * 100, 6)),
        (lx.DOUBLED, lambda m: _MULTIPLE[m.group("w").lower()]),
        (lx.INDEX_BASE, lambda m: round(float(m.group("v")) - 100, 6)),
        (lx.FLAT, lambda m: 0.0),
    ]
    # '居民消费价格指数为100.9': without a declared base, a price index's level is on the same period a
    # year before (=100)
    level = _INDEX_LEVEL if _INDEX_DECLARED.search(text) else _PRICE_INDEX_LEVEL
    patterns.append((level, lambda m: round(float(m.group("v")) - 100, 6)))
    taken: list[int] = []
    folds: list[Figure] = []
    for pattern, rate in patterns:
        for m in pattern.finditer(text):
            if any(abs(m.start("v") - t) < 2 for t in taken if "v" in pattern.groupindex):
                continue
            at = m.start("v") if "v" in pattern.groupindex else m.start()
            subject, _ = subject_for(scan, at, 0, subject_before(out, at, state.subject), catalog)
            if pattern is _FOLD_AFTER_RATES and not _RATES_BEFORE.search(text, max(0, at - 80), at):
                continue
            if pattern is lx.FLAT and not flat_growth(m, text, state.period.year, subject):
                continue
            if pattern in (_FOLD_CHAINED, _FOLD_AFTER_RATES):  # another item of the list before it
                subject = subject_before(out, at, None)
            before = text[scan.clause_start(m.start()) : m.start()]
            if subject is None or is_target(scan, m.start(), "") or lx.NOT_GROWTH.search(before):
                continue
            if "v" in pattern.groupindex:
                taken.append(m.start("v"))
            when = period_for(scan, m.start(), m.end(), len(text), state.period)
            made = make_figure(subject, when, m.start(), yoy_pct=rate(m))
            out.extend(each_item(made, catalog) if pattern is lx.FLAT else [made])
            folds += [made] if pattern is lx.FOLD_GROWTH else []
    out[:] = measure_after_fold(out, folds, text)


def count_first(scan: Scan, state: State, catalog: Catalog, out: list[Figure]) -> None:
    """English 'A total of 68,400 new urban jobs were created': the count comes before the name;
    'a 40 percent growth in foreign trade': so does a rate."""
    if not is_en(scan.lang):
        return
    matches = [
        *_COUNT_FIRST_EN.finditer(scan.text),
        *_VERB_COUNT_EN.finditer(scan.text),
        *_LIST_VALUE_EN.finditer(scan.text),
    ]
    for first in list(matches):
        if first.re is _COUNT_FIRST_EN:
            continue
        link = _AND_COUNT_EN.match(scan.text, first.end())
        while link is not None:
            matches.append(link)
            link = _AND_COUNT_EN.match(scan.text, link.end())
    amounts_before_names(scan, state, catalog, out)
    for m in _GOODS_EN.finditer(scan.text):
        _goods(scan, state, catalog, m, out)
    for m in _RATE_FIRST_EN.finditer(scan.text):
        name = phrase_name(m.group("name"))
        if name is None or is_target(scan, m.start("n"), ""):  # ('the goal of an 8 percent increase in GDP')
            continue
        if _BASE_BEFORE_EN.search(scan.text, max(0, m.start() - 24), m.start()):
            continue  # ('…, compared with the 0.6 percent drop in November': the base of the rate before)
        entry = catalog.lookup(name)
        subject = Subject(entry.name if entry else name, name, entry is not None)
        sign = -1.0 if m.group("dir").lower() in _FALLING_EN else 1.0
        when = period_for(scan, m.start(), m.end(), len(scan.text), state.period)
        out.append(make_figure(subject, when, m.start("n"), yoy_pct=sign * float(m.group("n"))))
        scan.claimed.add(m.start("n"))
        scan.names.append(NameMatch(m.start("name"), m.end("name"), subject.name, name, subject.known))
        scan.names.sort(key=lambda n: n.start)
    for m in sorted(matches, key=lambda m: m.start("n")):
        name = phrase_name(m.group("name"))
        if name is None or _NOT_COUNTED.match(name):
            continue
        if m.groupdict().get("where"):
            name = f"{name} {m['verb']}{m['where']}"
        name += m.groupdict().get("where_in") or ""  # 'created 12.06 million new jobs in urban regions'
        verb = m.groupdict().get("verb")
        if verb and catalog.lookup(name) is None and catalog.lookup(f"{name} {verb}") is not None:
            name = f"{name} {verb}"  # '281,100 urban jobs were created': the catalogue's 'urban jobs created'
        owner = scan.text[scan.clause_start(m.start()) : m.start()]
        if _ONE_PLACE_EN.search(owner) or lx.SINGLE_ENTITY.search(owner):
            continue  # 'Its 5A-level scenic spot alone received 3.1 million visitors'
        entry = catalog.lookup(name)
        subject = Subject(entry.name if entry else name, name, entry is not None)
        mult = m.groupdict().get("mult") or ""
        out.append(
            make_figure(
                subject,
                period_for(
                    scan, m.start(), m.end(), len(scan.text), state.period, is_stock(subject, catalog)
                ),
                m.start("n"),
                quantity=quantity(m.group("n").replace(",", ""), mult),
            )
        )
        scan.claimed.add(m.start("n"))
        # Later clauses ('…were established, up 28%') are about this name.
        scan.names.append(NameMatch(m.start("name"), m.end("name"), subject.name, name, subject.known))
        scan.names.sort(key=lambda n: n.start)
        scan.quantity_starts.append(m.start("n"))


def _goods(scan: Scan, state: State, catalog: Catalog, m: re.Match[str], out: list[Figure]) -> None:
    name = _GOODS_SERIES_EN[m.group("verb").lower()].format(m.group("name").strip())
    entry = catalog.lookup(name)
    subject = Subject(entry.name if entry else name, name, entry is not None)
    when = period_for(scan, m.start(), m.end(), len(scan.text), state.period)
    out.append(
        make_figure(
            subject, when, m.start("n"), quantity=quantity(m.group("n").replace(",", ""), m.group("unit"))
        )
    )
    scan.claimed.add(m.start("n"))
    if m.group("daily"):
        daily = f"average daily output of {m.group('name').strip()}"
        amount = quantity(m.group("dn").replace(",", ""), m.group("dunit"))
        out.append(make_figure(Subject(daily, daily, False), when, m.start("dn"), quantity=amount))
        scan.claimed.add(m.start("dn"))
    # the growth after it ('…, down 6.3 percent year on year') is the total's: it names the clause
    end = m.end("daily") if m.group("daily") else m.end("name")
    scan.names.append(NameMatch(end - 1, end, subject.name, name, subject.known))
    scan.names.sort(key=lambda n: n.start)
    scan.quantity_starts.append(m.start("n"))


_PERCENT = re.compile(r"(?<![\d.第])\d+(?:\.\d+)?\s*%")


# a number quoted for comparison ('高于全省(5.3%)') is no figure of the area's the rank could rank
_BENCHMARK = re.compile(r"(?:高于|低于|快于|慢于|比|较|全国|全省|全市|平均|水平)[^,;]{0,4}\(?\s*$")


def _unkept_figure(text: str, out: list[Figure], last: Figure | None, at: int) -> bool:
    """Whether a number between the last figure kept and a rank at ``at`` was not kept (a ratio, a
    share): the rank right after it ranks that number, not the figure before."""
    if last is None:
        return False
    kept = {f.offset for f in out}
    clause = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
    return any(
        m.start() not in kept and not _BENCHMARK.search(text, max(0, m.start() - 10), m.start())
        for m in _PERCENT.finditer(text, last.offset + 1, max(clause, last.offset + 1))
    ) and not any(last.offset < f.offset < at for f in out)


# '西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区22个县(市)区第2位和第6位': places within the
# area, each with its rate in parentheses, ranked among their peers
_PLACES_RATED = re.compile(
    r"(?<![\u3400-\u9fff])(?![全本我该])[\u3400-\u9fff]{1,6}(?:区|市|县|旗)\s*[((]\s*-?\d+(?:\.\d+)?\s*%\s*[))]"
)
_BY_TOTAL = re.compile(r"^\s*(?:总量|总额|规模)(?:居|位居|位列|列|排名|排在|排)")
_SHARE_RANKED = re.compile(r"^\s*(?:其)?(?:占比|比重|所占比重)")  # '…比重达66.5%,占比排名全省第一'


# '工业开票销售增幅居全省第三': the rank's clause opens with the name of a figure read before it
_CLAUSE_NAME = re.compile(
    r"^\s*(?P<name>[\u3400-\u9fff“”+0-9]{2,24}?)(?:的)?(?:增幅|增速|增长速度|总量|规模)"
    r"(?:居|位居|位列|列|排名|排在|排)"
)


# A rank's clause that opens with a series of its own, not a figure read before it ('新增企业数量居杭州第一').
_OWN_CLAUSE = re.compile(
    r"^\s*(?P<name>[\u3400-\u9fff]{2,14}?(?:数量|个数|户数|家数|人数))(?:居|位居|位列|排名|排在|列)"
)


_BARE_COUNT = re.compile(r"(?:新增|增加|净增|引进|新登记|新设|新签约?|新开工)?(?:数量|个数|户数|家数|人数)")


def ranks_by_clause(scan: Scan, figures: list[Figure]) -> list[Figure]:
    """A rank whose own clause opens with the name of a figure read before it is that figure's
    (after a list is shared out: '甲、乙分别增长…,甲增幅居全省第三')."""
    out: list[Figure] = []
    for f in figures:
        m = _CLAUSE_NAME.match(scan.text[scan.clause_start(f.offset) : f.offset]) if f.rank else None
        named = [g for g in out if m and g.rank is None and g.written == m.group("name")]
        out.append(
            replace(f, name=named[-1].name, written=named[-1].written, known=named[-1].known) if named else f
        )
    return out


def ranks(scan: Scan, state: State, catalog: Catalog, out: list[Figure]) -> None:
    text = scan.text
    previous_eval: str | None = None
    floor = 0
    for r in find_ranks(text):
        if _RANK_MOVE.search(text[r.end : r.end + 4]):
            continue
        if lx.TARGET.search(text[scan.clause_start(r.start) : r.start]) or unnamed_group(text[: r.start]):
            continue  # 'GDP总量有望继续保持全省第3位': a rank hoped for, not held
        segment = text[scan.segment_start(r.start) : r.start]  # '…;九龙坡区实现生产总值…,GDP总量位居全市第二'
        if about_other_area(text[: r.start], scan.region) or opens_with_other_area(segment, scan.region):
            continue  # '省内仅某某工业园进入十强,位居第5位': another area's rank
        if _PLACES_RATED.search(text, scan.clause_start(r.start), r.start):
            continue
        window = text[floor : r.start]
        after = re.split(r"[,;]|\.\s|\.$", text[r.end : r.end + 200])[0] if is_en(scan.lang) else ""
        names_since = [n for n in scan.names if floor <= n.start < r.start]
        evaluation = evaluation_name(
            window + (" " + after if after else ""), None if names_since else previous_eval
        )
        nearest = next((n for n in reversed(scan.names) if floor <= n.start < r.start), None)
        if is_en(scan.lang) and (named := _NAME_AFTER_EN.match(text, r.end)):
            nearest = next((n for n in scan.names if n.start == named.end()), nearest)
            evaluation = None if nearest and nearest.start > r.start else evaluation
        since, floor = floor, r.end
        ends_in_name = (
            nearest is not None
            and evaluation is not None
            and evaluation.endswith(nearest.written)
            and len(evaluation) > len(nearest.written)
        )  # '“亮晒比”综合排名': the catalogue name is only the end of the evaluation's name
        # 'ranked first in the comprehensive evaluation of …': an English evaluation after the rank wins
        named_after = bool(is_en(scan.lang) and evaluation and evaluation in after)
        if (
            nearest is not None
            and evaluation
            and not ends_in_name
            and not named_after
            and (evaluation not in text[nearest.start : r.start] or evaluation in nearest.written)
        ):
            evaluation = None  # 在…考核中,我县综合排名第3位: the name right before the rank wins
        if evaluation:
            previous_eval = evaluation
            entry = catalog.lookup(evaluation)
            subject: Subject | None = Subject(
                entry.name if entry else evaluation, evaluation, entry is not None
            )
        else:
            name = nearest or next((n for n in reversed(scan.names) if n.start < r.start), None)
            last = max((f for f in out if f.offset < r.start), key=lambda f: f.offset, default=None)
            if name is not None and last is not None and last.offset > name.end and last.name != name.name:
                name = None  # '…营业收入…;增加值增长9.4%,增速位列全省第二': the figure right before it
            subject = (
                Subject(name.name, name.written, True)
                if name
                else subject_before(out, r.start, state.carried)  # never the subject of a later figure
            )
            own = _OWN_CLAUSE.match(text[scan.clause_start(r.start) : r.start])
            if own and _BARE_COUNT.fullmatch(own["name"]):
                own = None  # '新增四上企业56家,新增数量居全市第2位': the count of the figure before
            if own and (subject is None or own["name"] != subject.written) and name is None:
                # '…同比增长55.2%,新增企业数量居杭州第一': the clause names what it ranks
                subject = Subject(own["name"], own["name"], False)
            # ('…占全省、全市比重61.1%、69.8%,总量排名全市第一': a rank of the total is the amount's)
            by_total = _BY_TOTAL.match(text[scan.clause_start(r.start) : r.start])
            if _SHARE_RANKED.match(text[scan.clause_start(r.start) : r.start]):
                continue  # the rank of a share, which is no row
            if _unkept_figure(text, out, last, r.start) and not by_total:
                continue  # '…利润总额增长10.4%,利润率达到10.1%,稳居全市首位': the rank is the ratio's
        if subject is None:
            continue
        period = period_for(scan, r.start, r.end, len(text), state.period, is_stock(subject, catalog))
        by, field = rank_semantics(text[scan.clause_start(r.start) : r.start])
        out.append(
            make_figure(
                subject, period, r.start, rank=r.rank, rank_of=r.rank_of, rank_by=by, rank_field=field
            )
        )
        said = text[scan.clause_start(r.start) : r.start]
        # ('…第二产业实现增加值359.84亿元,增长8.6%,总量和增速均居全市第一位': both of one figure's, no list)
        if _BOTH.search(said) and not _OWN_BOTH.search(said):
            out.extend(_shared_rank(out, since))
        part = max(text.rfind(c, 0, r.start) for c in ",;。") + 1
        out.extend(listed_ranks(text, part, out[-1], scan.names, catalog))  # one rank, items listed


# '…收入增长5.99%,地方税收收入增长5.07%,增速均排A类市州第3': 均 gives the rank to every figure since
# the last rank, each of its own series and period.
_BOTH = re.compile(r"均(?:排名|排在|排|居于|居|位居|位列|列|名列)")
_OWN_BOTH = re.compile(r"^\s*(?:总量|规模|总额)和(?:增速|增幅)均")


def _shared_rank(out: list[Figure], since: int) -> list[Figure]:
    rank = out[-1]
    shared: list[Figure] = []
    for f in out[:-1]:
        if (
            since <= f.offset < rank.offset
            and f.rank is None
            and f.name not in {rank.name, *(g.name for g in shared)}
        ):
            shared.append(replace(rank, name=f.name, written=f.written, known=f.known, period=f.period))
    return shared
