"""People counted by age group: '18至34周岁40.24万人', '其中:0-17岁15014人', '60岁及以上人口…'.

A band of ages names no catalogue series and starts with digits, which the name rules read as
figures or periods; before a count of people it names that count, and labellers (and readers)
call it the band's population: 18至34周岁人口.
"""

from __future__ import annotations

import re

_BAND = re.compile(
    r"(?:^|(?<=[,，;；、:：\s]))(?:其中[:：,，]?)?"
    r"(?P<band>\d{1,3}\s*(?:[-—–~至到]\s*\d{1,3}\s*)?周?岁(?:及以上|以上|及以下|以下)?(?:\([^()]{1,20}\))?)"
    r"(?P<noun>[\u3400-\u9fff]{0,4}?人口)?(?:为|有|共|达)?\s*$"
)
_PEOPLE = re.compile(r"\d[\d.,]*\s*万?人(?![民次均])")


def age_group(text: str, clause: int, pos: int) -> str | None:
    """The population named by an age band right before the count of people at ``pos``, or None."""
    if not _PEOPLE.match(text, pos):
        return None
    found = _BAND.search(text[clause:pos])
    return found["band"] + (found["noun"] or "人口") if found else None
