"""The bulletin's own area: which scope words name the area itself and which name another one.

Contract: ``is_national(region)`` says whether a bulletin's region is the whole country, in which
case 全国, 'nationwide' and "China's" name the area itself, not a benchmark quoted for comparison
(全年全国规模以上工业增加值比上年增长5.1% in a national release is the headline figure; 高于全国 in a
county release stays a benchmark). Pure data and small functions, no state.
"""

from __future__ import annotations

import re

__all__ = ["is_national"]

# How national releases name their own area, in either language.
_NATIONAL_REGION = re.compile(
    r"^(?:全国|中国|我国|中华人民共和国|全国各地|china|the country|national|nationwide|prc|"
    r"people's republic of china)$",
    re.IGNORECASE,
)


def is_national(region: str | None) -> bool:
    """Whether ``region`` (the front-matter region) is the whole country."""
    return bool(region) and bool(_NATIONAL_REGION.match(str(region).strip()))
