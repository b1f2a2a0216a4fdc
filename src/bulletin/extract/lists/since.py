"""The periods of rates a 分别 shares out over time: '2010年以来,我省年度GDP分别增长14%、12.5%、11%、10.1%'
(one rate a year from 2010) and '2013年一季度以来,GDP累计增速分别为10.3%、10.2%、10.1%、10.1%、9.3%' (the
cumulative rate of each quarter from then: Q1, H1, Q1–Q3, the year, the next Q1).

Contract: ``since_periods(before, figures)`` -> one period for each of ``figures`` (rates of one indicator
listed after 分别), counted on from the '…以来' that opens the sentence's last clause before them, or []
when there is none or the count would run past the period the figures were read with. Pure.
"""

from __future__ import annotations

import re

from bulletin.core.periods import Period
from bulletin.extract.sentence.sentences import Figure

__all__ = ["since_periods"]

# the start of the run, in the part of the sentence since its last semicolon or full stop
_SINCE = re.compile(r"(?P<year>(?:19|20)\d{2})年(?P<quarter>(?:第)?一季度)?以来[^;。]*$")


# '2-7月,烟草制品业增加值累计降幅分别为7.5%,7.8%,…': the cumulative rate to each month of the span
_MONTHS_TO_DATE = re.compile(
    r"(?:^|[,;:，。])\s*(?P<first>\d{1,2})\s*[-—–~至到]\s*(?P<last>\d{1,2})月份?\s*[,，][^;。]*?累计[^;。]*$"
)


def since_periods(before: str, figures: list[Figure]) -> list[Period]:
    if len(figures) >= 2 and (months := _MONTHS_TO_DATE.search(before)):
        start, end, year = int(months["first"]), int(months["last"]), figures[0].period.year
        if 1 <= start < end <= 12 and end - start + 1 == len(figures):
            return [Period(year, 1, month) for month in range(start, end + 1)]
    found = _SINCE.search(before)
    if found is None or len(figures) < 2:
        return []
    year = int(found["year"])
    if found["quarter"]:
        # each rate is cumulative from January: to March, June, September, December, then on
        periods = [Period(year + k // 4, 1, 3 * (k % 4 + 1)) for k in range(len(figures))]
    else:
        periods = [Period(year + k, 1, 12) for k in range(len(figures))]
    latest = max(f.period for f in figures)
    last = periods[-1]
    if (last.year, last.last_month) > (latest.year, latest.last_month):
        return []  # more rates than periods up to the release's own: not a run of periods
    return periods
