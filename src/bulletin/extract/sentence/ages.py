"""People counted by age group ('18至34周岁40.24万人', '其中:0-17岁15014人'), and the rows of a
population table under its total ('户籍总人口 | 146041', '其中:城镇 | 90730', '0-17岁 | 22619').

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


# A population table's total row, and the parts listed under it by residence, sex or age.
_PEOPLE_TOTAL = re.compile(r"(?:总人口|户籍人口|常住人口|人口总数)$")
_PEOPLE_PART = re.compile(r"(?:城镇|乡村|农村|男性|女性|男|女)$")
_BAND_LABEL = re.compile(
    r"\d{1,3}\s*(?:[-—–~至到]\s*\d{1,3}\s*)?周?岁(?:及以上|以上|及以下|以下)?(?:\([^()]{1,20}\))?"
)


def population_row(label: str, total: str) -> tuple[str, str]:
    """A table row's name, and the population total the rows after it are parts of. Under a total
    ('户籍总人口', '年末常住人口'), a part named by residence, sex or age ('城镇', '男性', '0-17岁') is
    that part's population, of the total's kind (城镇常住人口, 男性户籍人口, 0-17岁人口)."""
    if _PEOPLE_TOTAL.search(label):
        return label, label
    if total and (_PEOPLE_PART.fullmatch(label) or _BAND_LABEL.fullmatch(label)):
        # of the total's kind: 城镇常住人口 under 年末常住人口, 男性户籍人口 under 户籍人口
        kind = "常住" if "常住" in total else "户籍" if "户籍" in total else ""
        return label + kind + "人口", total
    return label, total
