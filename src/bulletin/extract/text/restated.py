"""What a sentence states twice or by another name, settled before it is read (offsets kept).

Contract: ``blank_conversions(text)`` -> the text with each restated amount replaced by spaces:
money in another currency ('(14.15 trillion U.S. dollars)', '(约合3.1亿美元)') and a physical
amount in another unit right after the first ('118,332 thousand hectares (1,774.98 million mu)',
'68653万吨(13731亿斤)'); read as figures they would replace the amount stated first or become
rows of their own; and an absolute change before the same change as a rate ('an increase of 701
thousand hectares or 0.6 percent'). ``year_before_named(text, year)`` writes 'compared with that
in 2021' in a 2022 release as the year-on-year basis it is ('… that of last year').
``mended(text)`` settles slips of Chinese pages: 同 cut short before its verb (增加值同增长3.8%, read
as 同比), a verdict between a list's items and their 分别, and a list of points that writes 个 alone
before the last (收窄10.9个、13.2个和7.1个百分点: each is points, no count). Pure.
"""

from __future__ import annotations

import re

from bulletin.core.guarded import Guarded
from bulletin.core.units import UnitError, parse_unit
from bulletin.extract import lexicon as lx

__all__ = ["blank_conversions", "mended", "year_before_named"]

# An amount and, in brackets right after it, the amount again: nothing but a number and a unit.
_RESTATED_ANY = re.compile(
    r"(?<=\d)(?P<unit>\s*(?:(?:thousand|million|billion)\s+)?[^\s\d()（）,.;:，；。：、]{1,12}(?:\s*/\s*[a-z]{1,8})?)"
    r"(?P<alt>\s*[(（]\s*\d[\d,]*(?:\.\d+)?\s*"
    r"(?P<alt_unit>(?:(?:thousand|million|billion)\s+)?[^\s\d()（）,.;:，；。：、]{1,12}(?:\s*/\s*[a-z]{1,8})?)\s*[)）])",
    re.IGNORECASE,
)
_RESTATED = Guarded(_RESTATED_ANY, ("(", "（"))


# 'an increase of 701 thousand hectares or 0.6 percent': the change stated twice; the rate is read
# with the cue before the amount.
_AMOUNT_OR_RATE_ANY = re.compile(
    r"\b(?:an?\s+)?(?:increase|decrease|rise|decline|drop|fall|growth) of "
    r"(?P<amount>\d[\d,]*(?:\.\d+)?\s*(?:(?:thousand|million|billion)\s+)?[a-z][a-z /-]{0,24}?\s+or\s+)"
    r"(?=\d[\d.]*\s*(?:percent|per cent|%))",
    re.IGNORECASE,
)
_AMOUNT_OR_RATE = Guarded(_AMOUNT_OR_RATE_ANY, latin=True)


def _unit(text: str) -> bool:
    try:
        parse_unit(re.sub(r"\s*/\s*", "/", text.strip()))
    except UnitError:
        return False
    return True


# '(converted to USD 13,541 according to annual average exchange rate)': the same amount in dollars
_CONVERTED_EN = re.compile(
    r"\(\s*(?:converted to|equivalent to|equal to)\s+(?:USD|US\$|\$|US dollars?)\s*[\d.,]+[^()]{0,60}\)",
    re.IGNORECASE,
)


# '1,427 new projects worth over 100 million yuan': the size each item exceeds, no figure of its own
_THRESHOLD_EN = re.compile(
    r"\bworth (?:over|more than|above|at least)\s+\d[\d,.]*\s+"
    r"(?:(?:million|billion)\s+)?(?:yuan|U\.?S\.? dollars)",
    re.IGNORECASE,
)


def blank_conversions(text: str) -> str:
    for restated in (lx.CONVERSION, _CONVERTED_EN, _THRESHOLD_EN):
        text = restated.sub(lambda m: " " * len(m.group()), text)

    def blank(m: re.Match[str]) -> str:
        if not (_unit(m.group("unit")) and _unit(m.group("alt_unit"))):
            return m.group()
        return m.group("unit") + " " * len(m.group("alt"))

    text = _RESTATED.sub(blank, text)
    # the cue moves up to the rate (offsets kept): how far a cue reaches is the reader's business
    return _AMOUNT_OR_RATE.sub(
        lambda m: " " * len(m["amount"]) + m.group()[: m.start("amount") - m.start()], text
    )


# English 'compared with that in 2021': the comparison is year on year when 2021 is the year before.
_THAT_IN_YEAR_ANY = re.compile(
    r"(?<=compared with )(?:that|those) in (?P<year>\d{4})\b|(?<=over )that in (?P<y2>\d{4})\b"
)
_THAT_IN_YEAR = Guarded(_THAT_IN_YEAR_ANY, latin=True)


def year_before_named(text: str, year: int) -> str:
    def basis(m: re.Match[str]) -> str:
        said = int(m.group("year") or m.group("y2"))
        return "last year".ljust(len(m.group())) if said == year - 1 else m.group()

    return _THAT_IN_YEAR.sub(basis, text)


_CUT_SAME = re.compile(r"(?<=[值额量入润资])同(?=增长|下降|增加|减少|上涨|回落)")
# '工程机械产业产值创历史新高,达1615亿元': the record is an aside between the name and its figure
_RECORD = re.compile(r"(?<=[值额量入润资])(?:再?创(?:历史)?新高|创历史最高水?平?)[,]?(?=达|为|实现|突破)")
# '占常住人口比重(常住人口城镇化率)为34.06%': the share is named in parentheses by its rate
_NAMED_SHARE = re.compile(r"占[^,;。()]{0,12}比重\((?P<rate>[^()]{2,12}率)\)(?=为|达|是)")
_POINTS_LIST = Guarded(re.compile(r"(?:\d+(?:\.\d+)?个[、和及与])+\d+(?:\.\d+)?个百分点"), ("个百分点",))


# '生物医药业、家电电气业保持两位数增长,增速分别为18.3%、16.0%': a verdict between a list's items and
# their 分别 is an aside; blanked, the items meet their figures
_VERDICT_ANY = re.compile(
    r"(?<=[业品类量])(?:保持|实现|持续)?(?:两位数|个位数|较快|快速|稳定|正)?(?:增长|下降)[,，]"
    r"(?=(?:同比)?(?:增速|增幅)?分别)"
)
_VERDICT = Guarded(_VERDICT_ANY, ("分别",))


def mended(text: str) -> str:
    text = _VERDICT.sub(lambda m: " " * len(m.group()), text)
    text = _RECORD.sub(lambda m: " " * len(m.group()), _CUT_SAME.sub(" ", text))
    text = _NAMED_SHARE.sub(lambda m: m["rate"].rjust(len(m.group()) - 1) + " ", text)
    return _POINTS_LIST.sub(lambda m: re.sub(r"个(?=[、和及与])", " ", m.group()), text)
