"""Items listed each with its rate in parentheses, the kind of item said once after 等.

'高技术(12.1%)、战略性新兴产业(6.0%)、装备(2.1%)等制造业增速均高于…' states four manufacturing
industries' value added; '3D打印设备(804.2%)、光纤(90.4%)等产品产量快速增长' two products' output;
'正增长的有烟草(0.2%)、电力(26.8%)和机电制造(3.8%)等4个产业' three industries' value added. The
reader finds no name before those rates (the name is after them, or no measure is written at all).

Contract: ``parenthesized_rates(text)`` -> a list of (name, rate, its decimals, offset) for
each item of such a list, the measure added from the kind after 等; empty when the text has none or
the kind says no measure. English lists name the kind after the last item instead ('vegetable (4.3
percent), fruit (6.7 percent) … production'). Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["english_kinds", "parenthesized_rates"]

_ITEM = r"[\u3400-\u9fffA-Za-z0-9]{1,14}?\((?:[+-]?\d+(?:\.\d+)?)%\)"
_RUN = re.compile(rf"(?P<run>{_ITEM}(?:[、和及]{_ITEM}){{1,}})等(?P<kind>[^,;。:]{{0,14}})")
_ONE = re.compile(r"(?P<item>[\u3400-\u9fffA-Za-z0-9]{1,14}?)\((?P<rate>[+-]?\d+(?:\.(?P<dec>\d+))?)%\)")
# what the kind after 等 makes of each item
_PRODUCTS = re.compile(r"^(?:\d+种)?(?:主要|重点|新)?(?:工业)?产品(?:产量)?")
_MANUFACTURING = re.compile(r"^(?:\d+个)?制造(?:行)?业")
_INDUSTRIES = re.compile(r"^(?:\d+个)?(?:重点|主导|支柱)?(?:产业|行业)")


def _measure(item: str, kind: str) -> str | None:
    if _PRODUCTS.match(kind):
        return item + "产量"
    if _MANUFACTURING.match(kind):
        return item + ("增加值" if item.endswith("制造业") else "制造业增加值")
    if _INDUSTRIES.match(kind) and re.search(r"增加值|增速|增长", kind + "增长"):
        return item + "增加值"
    return None


# English: 'increases in vegetable (4.3 percent), fruit (6.7 percent), and edible fungus (7.0 percent)
# production' (the kind after the last item, no 等)
_RATE_EN = r"\((?P<rate>[+-]?\d+(?:\.(?P<dec>\d+))?)\s*(?:%|percent|per cent)\)"
_ITEM_EN = r"[A-Za-z][A-Za-z -]{0,30}?\s*" + _RATE_EN.replace("?P<rate>", "?:").replace("?P<dec>", "?:")
_RUN_EN = re.compile(
    rf"(?P<run>{_ITEM_EN}(?:,?\s+(?:and\s+)?{_ITEM_EN})+)\s+(?P<kind>production|output)\b", re.IGNORECASE
)
_ONE_EN = re.compile(rf"(?:^|,?\s+(?:and\s+)?)(?P<item>[A-Za-z][A-Za-z -]{{0,30}}?)\s*{_RATE_EN}")
_FALL_EN = re.compile(
    r"\b(?:decreases?|declines?|falls?|drops?|decreased|declined|fell|dropped)\b[^.;]{0,20}$"
)


@lru_cache(maxsize=8)  # (the reader asks for a sentence's rates, then for its kinds)
def _english(text: str) -> tuple[tuple[str, float, int, int], ...]:
    out = []
    for run in _RUN_EN.finditer(text):
        sign = -1.0 if _FALL_EN.search(text, 0, run.start()) else 1.0
        for one in _ONE_EN.finditer(run["run"]):
            at = run.start("run") + one.start("rate")
            item = re.sub(r"^.*\b(?:in|of|for|with|and|to|as|by)\s+", "", one["item"].strip(), flags=re.I)
            out.append((f"{item} {run['kind']}", sign * float(one["rate"]), len(one["dec"] or ""), at))
    return tuple(out)


def english_kinds(text: str) -> dict[int, str]:
    """Offset of each English item's rate -> the item named with the kind after the list."""
    return {at: name for name, _, _, at in _english(text)} if "percent)" in text else {}


def parenthesized_rates(text: str) -> list[tuple[str, float, int, int]]:
    out: list[tuple[str, float, int, int]] = list(_english(text)) if "percent)" in text else []
    for run in _RUN.finditer(text):
        for one in _ONE.finditer(run["run"]):
            item = re.sub(r"^(?:[和及、]|其中|正增长的有|负增长的有|有)", "", one["item"])
            name = _measure(item, run["kind"]) if len(item) >= 2 else None
            if name is None:
                continue
            at = run.start("run") + one.start("rate")
            out.append((name, float(one["rate"]), len(one["dec"] or ""), at))
    return out
