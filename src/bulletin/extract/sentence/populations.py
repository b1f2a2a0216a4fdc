"""Parts of a population stated under its kind: '年末常住人口94.5万人,其中:城镇人口42.1万人' and
'户籍总人口134.3万人,其中:城镇人口25.1万人'. A communiqué often states both, and read as written the
two 城镇人口 would be one series with two values (a contradiction the build would stop on).

Contract: ``qualified_parts(mentions)`` -> the mentions, each bare part (城镇人口, 乡村人口, 男性人口 …)
named with the kind of the total it follows (城镇常住人口, 城镇户籍人口) when the text states parts
of both kinds; as written otherwise (a bulletin with one population names its parts plainly); and
the bare rates after a qualified one ('户籍人口出生率10.73‰;死亡率7.48‰;自然增长率3.25‰') named with its
qualifier (户籍人口死亡率): they are the same population's. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bulletin.core.model import Mention

__all__ = ["qualified_parts"]

_TOTAL = re.compile(r"(?P<kind>常住|户籍)总?人口(?:数|总数)?$")
_PART = re.compile(r"^(?P<part>城镇|乡村|农村|男性|女性|男|女)人口$")


def qualified_parts(mentions: Sequence[Mention]) -> list[Mention]:
    kinds: dict[int, str] = {}  # index of a bare part -> the kind of the total it follows
    kind = ""
    for k, m in enumerate(mentions):
        if total := _TOTAL.search(m.written):
            kind = total["kind"]
        elif _PART.match(m.written) and kind:
            kinds[k] = kind
        else:
            kind = ""  # another series between: the parts after it are not the total's
    out = _rates_of_one_population(list(mentions))
    if len(set(kinds.values())) < 2:
        return out
    for k, kind in kinds.items():
        part = _PART.match(out[k].written)
        assert part is not None  # (kinds holds bare parts only)
        out[k] = replace(out[k], name=f"{part['part']}{kind}人口", known=False)
    return out


_RATE = re.compile(
    r"^(?P<kind>户籍人口|常住人口|城镇人口|农村人口)?(?P<rate>人口)?(?:出生率|死亡率|自然增长率)$"
)


def _rates_of_one_population(mentions: list[Mention]) -> list[Mention]:
    kind = ""
    for k, m in enumerate(mentions):
        rate = _RATE.match(m.written)
        if rate is None:
            kind = ""
        elif rate["kind"]:
            kind = rate["kind"]
        elif kind and not rate["rate"]:  # '死亡率' right after '户籍人口出生率'
            mentions[k] = replace(m, name=kind + m.written, written=kind + m.written, known=False)
    return mentions
