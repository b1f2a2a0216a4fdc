"""Which periods written in a sentence date its figures.

Contract: ``accepted_periods(text, year)`` -> the period expressions of ``text`` that name the figures'
period (not a comparison base, a plan or a total since some year), with the months written as 'to the
end of' one (a flow then counts from January) and the spans written as 'the end of' one. Pure.
"""

from __future__ import annotations

import dataclasses
import re

from bulletin.core.period_text import find_periods
from bulletin.core.periods import Period
from bulletin.extract import lexicon as lx
from bulletin.extract.sentence.spans import half_to_date

__all__ = ["accepted_periods", "base_years"]

_END_BEFORE = re.compile(r"(?:截至|截止|到|至|止)\s*$")  # (止9月末: a page that lost 截)
_PAIR = re.compile(r"\s*(?:与|和|同)\s*(?P<year>(?:19|20)\d\d)年\s*(?:相比|比较)")
_END_OF = re.compile(r"\bend of\s*(?:the\s*)?$", re.IGNORECASE)


def accepted_periods(
    text: str, year: int, written_after: bool = False
) -> tuple[list[tuple[int, int, Period]], set[Period], set[Period]]:
    """Period expressions that name the figures' period, not a comparison base or a plan; the months
    written as 'to the end of' one, and the spans written as 'the end of' one. ``written_after``: the
    release covers its year to December, so it was written after it and its 去年 is that year."""
    found, to_date, ends = [], set(), set()
    later = -1  # where the later year of '1958年与2018年相比' starts: the figures' year, not a base
    for m in find_periods(text, year):
        if (pair := _PAIR.match(text, m.end)) and int(pair["year"]) > m.period.year:
            later = pair.start("year")
            continue  # the earlier year of the pair is the base
        # '1月19日…发布了2011年全省…运行情况…去年1-11月…': 去年 counts from when it was written (上年 from
        # the data's year); a sentence that says 今年 as well may be written within the year
        if written_after and m.text.startswith("去年") and "今年" not in text:
            m = dataclasses.replace(m, period=dataclasses.replace(m.period, year=year))
        opening = text[max(0, m.start - 24) : m.start]  # room for "compared with the "
        # ('… 588.43 billion yuan over the first three quarters of the year': the span, not a base)
        this_year = re.search(r"\bover\s+the\s*$", opening) and re.search(
            r"of\s+(?:the|this)\s+year$", m.text
        )
        if (
            m.start != later
            and lx.PERIOD_BEFORE_NOT.search(opening)
            and not _opens_range(opening, m.text, text[m.end : m.end + 24])
            and not this_year
        ):
            continue
        if re.search(r"\bon\s*$", opening) and re.match(r"\s*(?:figures?|levels?)\b", text[m.end :]):
            continue  # ('up 3.8 percent on 1999 figure': the base of the rate)
        if (lx.PERIOD_AFTER_NOT.match(text[m.end :]) and m.start != later) or m.text == "今年":
            continue  # ('龙岗今年成绩出炉,…生产总值…' in a half-year release: the release's period so far)
        # 截至6月底 for a flow means January to June; a balance keeps the month (decided per figure).
        before = text[max(0, m.start - 20) : m.start]
        if m.period.months == 1 and (
            (_END_BEFORE.search(before) and re.match(r"^\s*(?:底|末)", text[m.end :]))
            or re.search(r"\b(?:as of|by|until|through|to) the end of\s*$", before, re.IGNORECASE)
        ):
            to_date.add(m.period)
        # 一季度末, 'at the end of the first quarter': a balance then is the quarter's last month.
        if m.period.months > 1 and (re.match(r"^\s*(?:底|末)", text[m.end :]) or _END_OF.search(before)):
            ends.add(m.period)
            if _END_BEFORE.search(before):
                to_date.add(m.period)  # 截至一季度末累计完成投资…: a flow to that date
        found.append((m.start, m.end, m.period))
    return half_to_date(text, year, found), to_date, ends


def _opens_range(before: str, period: str, after: str) -> bool:
    """'from January to April', '从1月到4月': 'from' opens the span, it is no comparison base; nor is
    从 that opens a view of the period ('从4月八大类消费品价格看,…')."""
    # ('… lower than that from January to March': a base, however it is written)
    opens = re.search(r"(?<!than that )(?<!than those )(?:\bfrom|从)\s*$", before, re.IGNORECASE)
    view = before.endswith("从") and re.match(r"[^,;，；。]{0,16}?看\s*[,，:：]", after)
    return bool(opens and (view or re.search(r"\b(?:to|through|until)\b|[-–—~至到]", period)))


_PAIR_OPENING = re.compile(
    r"^\s*(?P<since>(?:19|20)\d\d)年(?=\s*(?:与|和|同)\s*(?P<year>(?:19|20)\d\d)年\s*(?:相比|比较))"
)


# '比2019年同期增长11.8%', '分别比2019年同期增长5.7%、10.4%': rates on a stated year, to the clause's end
_BASE_YEAR = re.compile(r"(?:比|较|与|同)(?P<year>(?:19|20)\d\d)年(?:同期|同月|底|末)?(?:相比)?[^,;。，；]*")


def base_years(text: str) -> list[tuple[int, int, int]]:
    """Where the rates of a stated base year run in a Chinese sentence: (start, end, year) each. A
    sentence opened by '1958年与2018年相比' states every rate in it against the earlier year."""
    spans = [(m.start(), m.end(), int(m["year"])) for m in _BASE_YEAR.finditer(text)]
    if pair := _PAIR_OPENING.match(text):
        spans.append((0, len(text), int(pair["since"])))
    return spans
