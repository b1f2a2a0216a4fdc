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


def since_periods(before: str, figures: list[Figure]) -> list[Period]:
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
