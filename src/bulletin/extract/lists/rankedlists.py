"""One rank stated for several items at once: '规模以上工业增加值、一般公共预算收入2项指标位列全区五
地市首位' and '一般公共预算收入、农民收入增幅居第一位'. Each listed item holds the rank.

Contract: ``listed_ranks(text, part, rank, names, catalog)`` -> the rank figures of the other items
listed in the clause of ``text`` from ``part`` up to the rank (``rank``: the figure already read, for
one of them). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bulletin.content.catalog import Catalog
from bulletin.extract.naming.elision import MEASURE
from bulletin.extract.naming.names import NameMatch
from bulletin.extract.sentence.sentences import Figure

__all__ = ["listed_ranks"]

_COUNTED_ITEMS = re.compile(
    r"[两二三四五六七八九十\d]+(?:项|个)(?:主要|重要)?(?:经济)?指标(?:增幅|增速|总量)?(?:均|都)?"
    r"(?:位列|位居|居于|居|排名|排在|列)"
)
# '投资、服务业增加值、城镇居民收入增幅居第二位': the items, then what of theirs is ranked
_RANKED_TAIL = re.compile(
    r"(?:的)?(?:增幅|增速|增长速度|总量|规模)?(?:均|都)?(?:位居|居于|居|排名|排在|位列|名列|列)"
    r"(?:全[省市区县国州]|[\u3400-\u9fff]{1,4}(?:省|市))?\s*$"
)
_ITEM = r"[\u3400-\u9fff]{2,16}"
_LEAD = re.compile(
    r"^(?:上半年|下半年|前三季度|[一二三四]季度|全年|今年)?(?:全市|全省|全县|全区|我县|我市|我区)?"
)
_ITEMS = re.compile(rf"\s*(?:其中\s*[,:，：]?)?(?P<items>{_ITEM}(?:、{_ITEM})+)")


def listed_ranks(
    text: str, part: int, rank: Figure, names: Sequence[NameMatch], catalog: Catalog
) -> list[Figure]:
    clause = text[part : rank.offset]
    if counted := _COUNTED_ITEMS.search(clause):
        listed = [(n.name, n.written, n.known) for n in names if part <= n.start < part + counted.start()]
    elif (tail := _RANKED_TAIL.search(clause)) and (items := _ITEMS.fullmatch(clause, 0, tail.start())):
        listed = []
        for item in items["items"].split("、"):
            item = _LEAD.sub("", item)
            entry = catalog.lookup(item)
            if entry is None and not MEASURE.search(item):
                return []  # ('总量和增速在四县(市、区)中': no list of series)
            listed.append((entry.name, item, True) if entry else (item, item, False))
    else:
        return []
    return [
        replace(rank, name=name, written=written, known=known)
        for name, written, known in listed
        if name != rank.name
    ]
