"""Which period a figure in a scanned sentence refers to.

Contract: ``is_stock(subject, catalog)`` says whether a series is a balance or head-count at a date;
``period_for(scan, pos, end, nxt, current, stock)`` -> the period of the figure at
``scan.text[pos:end]``: the nearest period before it in its part of the sentence (English: one after
it in its clause first), a month written as 截至N月底 made cumulative for flows, and a span's end made
its last month; ``marked_period`` applies a 累计 or 当月 written right before a figure. Pure.
"""

from __future__ import annotations

import re

from bulletin.content.catalog import Catalog
from bulletin.core.periods import Period
from bulletin.extract import lexicon as lx
from bulletin.extract.lang import is_en
from bulletin.extract.sentence.sentences import Context, Scan, Subject

__all__ = ["MONTH_ALONE", "marked_period", "period_for", "year_opened", "year_stated"]


def period_for(scan: Scan, pos: int, end: int, nxt: int, current: Period, stock: bool = False) -> Period:
    """The period a figure at text[pos:end] refers to (``nxt``: where the next figure starts)."""
    period = _period_near(scan, pos, end, nxt, current)
    if not stock and period.months == 1 and _NEW_FLOW.match(scan.text, scan.clause_start(pos), pos):
        # '9月末,…贷款余额14807.65亿元,新增贷款1694.16亿元': what is new by a month's end is new since January
        ended = [p for s, e, p in scan.periods if e <= pos and _AT_END.match(scan.text, e)]
        if ended and ended[-1] == period:
            return Period(period.year, 1, period.last_month)
    if stock and period == current:
        # '5月末…存款余额…;各项贷款余额…': a balance after a semicolon is counted at the same month's end
        ended = [p for s, e, p in scan.periods if e <= pos and p.months == 1 and _AT_END.match(scan.text, e)]
        period = ended[-1] if ended else period
    if not stock and period in scan.to_date:
        return Period(period.year, 1, period.last_month)
    # '三季度末,外出务工劳动力19014万人': whatever the indicator, a figure at a span's end is a level at
    # its last month (a flow is never written at an end); 年末 keeps the year, as bulletins date it
    if period in scan.ends and period.months < 12:
        here = scan.segment_start(pos)
        if not stock and here > 0 and not any(here <= s < pos for s, _, _ in scan.periods):
            # '二季度末,生猪存栏…;生猪出栏617.4万头': the end was written for the level before the
            # semicolon; a flow after it is counted over the span up to that end
            return Period(period.year, 1, period.last_month)
        return Period(period.year, period.last_month, period.last_month)
    return period


_NEW_FLOW = re.compile(r"\s*(?:累计)?(?:新增|净增)")

# '国有控股企业增加值累计增长1.6%,当月增长8.2%': a monthly release states both rates of one indicator,
# and the word right before each says which it is, whatever month the paragraph is about.
_MARKED = re.compile(
    r"(?P<mark>累计|当月|单月|本月)(?:同比|比上年同期|比去年同期)?"
    r"(?:增长|下降|回落|提高|上涨|下跌|增速|增幅|为|达到|达|完成|实现)*\s*$"
)


def marked_period(words: str, period: Period) -> Period:
    """The period of a figure whose words before it (from the figure before) end in 累计 (January
    to the month) or 当月 / 单月 (the month alone); else ``period``."""
    mark = _MARKED.search(words)
    if mark is None or (period.first_month != 1 and period.months != 1):
        return period
    if mark["mark"] == "累计":
        return Period(period.year, 1, period.last_month) if period.months == 1 else period
    return Period(period.year, period.last_month, period.last_month)


_ASIDE_EN = re.compile(
    r"\s(?:as|when|because|since|amid|thanks to|due to|on the back of|from a low base)\s"
    # ('… declined by 6.8 percent and that for the second quarter grew …': the next figure's own period)
    r"|\s(?:and|while|but|whereas)\s+(?:that|those)\s",
    re.IGNORECASE,
)


def _period_near(scan: Scan, pos: int, end: int, nxt: int, current: Period) -> Period:
    if is_en(scan.lang):  # English writes the period after the figure as often as before it
        clause = scan.clause_start(pos)
        # '... grew 18.3 percent as demand recovered from a low base in early 2020': a period in a
        # clause of reason or time after the figure is not the figure's
        aside = _ASIDE_EN.search(scan.text, end, nxt)
        stop = aside.start() if aside else nxt
        after = [p for s, _, p in scan.periods if end <= s < stop and scan.clause_start(s) == clause]
        if not after and _RATE_TO.fullmatch(scan.text, end, nxt):
            # 'increased by 18.6 percent to 31.53 billion yuan in May': the amount's period is the rate's
            after = [p for s, _, p in scan.periods if nxt <= s and scan.clause_start(s) == clause]
        if after:
            return after[0]
        before = [p for s, e, p in scan.periods if e <= pos]
        return before[-1] if before else current
    here = scan.segment_start(pos)
    # ('规上工业增加值、1-2月规上服务业营业收入分别增长…': a period inside a list dates its item alone)
    before = [p for s, e, p in scan.periods if e <= pos and s >= here and scan.text[s - 1 : s] != "、"]
    if before:
        return before[-1]
    # '2025年上半年,地区生产总值…;1-8月份,规上工业增加值增长8.9%;限上消费品零售额增长7.1%': a period
    # that opens a part of the sentence is the period of the parts after it too (当月 marks an aside)
    opened = [p for s, e, p in scan.periods if e <= here and _opens_part(scan, s, e)]
    return opened[-1] if opened else current


_RATE_TO = re.compile(r"[\s,]*(?:percent|per cent|%)?[\s,]*(?:year[- ]on[- ]year[\s,]*)?to\s*", re.IGNORECASE)
_AT_END = re.compile(r"\s*份?\s*(?:末|底)")
_PART_OPENING = re.compile(r"\s*份?\s*[,:]")
# '6月份当月,…': an aside about the month alone (reader.py reads a sentence opened so the same way)
MONTH_ALONE = re.compile(r"\s*份?\s*(?:当月|单月)")


def _opens_part(scan: Scan, start: int, end: int) -> bool:
    """A period written first in its semicolon part, followed by a comma: '…;1-8月份,规上工业…'."""
    part = scan.segment_start(start)
    return (
        part > 0
        and not scan.text[part:start].strip()
        and bool(_PART_OPENING.match(scan.text, end))
        and not MONTH_ALONE.match(scan.text, end)
    )


# A ratio (失业率, 覆盖率) is a level at a date, never a sum over months: 截至5月底 dates it to May (and so
# is floor space for sale, 商品房待售面积).
_STOCK_NAME = re.compile(
    r"余额|实有|存栏|保有|总数|年末|期末|存量|待售|库存|在册|在校|拥有|现有|(?<!增长)(?<!增)率$|\bbalance|outstanding|"
    r"(?<!newly )\bregistered\b|\bin operation\b|\bin total\b|"
    # a balance sheet's items: held at the month's end ('At the end of June, the assets of …')
    r"资产总[计额]|负债总?[计额]|应收账款|产成品存货|所有者权益|\bassets\b|\bliabilities\b|"
    r"\baccounts receivable\b|\binventor(?:y|ies) of finished\b|\bowner['’]?s['’]? equity\b"
)


def is_stock(subject: Subject | None, catalog: Catalog) -> bool:
    """Balances and head-counts at a date (余额, 实有, 存栏 …) rather than flows over a period."""
    if subject is None or _NEW_FLOW.match(subject.written):
        return False  # (新增贷款 is a flow, though loans are finance)
    entry = catalog.lookup(subject.name)
    if entry is not None:
        return entry.category == "finance" or (
            not entry.additive and bool(_STOCK_NAME.search(subject.written))
        )
    # a count of enterprises is a head-count at a date (截至9月底…工业企业325户), unless new ones
    counted = subject.written.endswith("企业") and not re.match(r"新|引进|培育|签约|入库", subject.written)
    return counted or bool(_STOCK_NAME.search(subject.written))


def year_stated(scan: Scan, context: Context) -> Period | None:
    """The bulletin's whole year when an English sentence may state its figures though the bulletin
    covers less of it: 'The total output of grain in 2023 was …' in a November release is the year's
    harvest, stated as done (no plan or forecast word), not a plan for a later period."""
    if not is_en(scan.lang) or lx.TARGET.search(scan.text) or (said := _IN_YEAR_WAS.match(scan.text)) is None:
        return None
    if context.limit.last_month < 9:
        return None  # (a half-year release's 'summer grain output in 2016' is dated by the release)
    year = context.limit.year
    return Period(year, 1, 12) if said["year"] == str(year) else None


def year_opened(context: Context) -> Period | None:
    """The whole year a sentence before stated (year_stated) for the parts after it."""
    opened = context.opened
    return opened if opened is not None and opened == Period(context.limit.year, 1, 12) else None


# 'The total output of grain in 2023 was …': the year written between the name and its verb
_IN_YEAR_WAS = re.compile(
    r"^\s*(?:the\s+)?[a-z][a-z -]{2,60}?\s+in\s+(?P<year>(?:19|20)\d\d)\s+"
    r"(?:was|were|reached|totaled|totalled|amounted to|stood at)\b",
    re.IGNORECASE,
)
