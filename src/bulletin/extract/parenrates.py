"""Items listed each with its rate in parentheses, the kind of item said once after 等.

'高技术(12.1%)、战略性新兴产业(6.0%)、装备(2.1%)等制造业增速均高于…' states four manufacturing
industries' value added; '3D打印设备(804.2%)、光纤(90.4%)等产品产量快速增长' two products' output;
'正增长的有烟草(0.2%)、电力(26.8%)和机电制造(3.8%)等4个产业' three industries' value added. The
reader finds no name before those rates (the name is after them, or no measure is written at all).

Contract: ``parenthesized_rates(text)`` -> a list of (name, rate, its decimals, offset) for
each item of such a list, the measure added from the kind after 等; empty when the text has none or
the kind says no measure. Pure.
"""

from __future__ import annotations

import re

__all__ = ["parenthesized_rates"]

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


def parenthesized_rates(text: str) -> list[tuple[str, float, int, int]]:
    out: list[tuple[str, float, int, int]] = []
    for run in _RUN.finditer(text):
        for one in _ONE.finditer(run["run"]):
            item = re.sub(r"^(?:[和及、]|其中|正增长的有|负增长的有|有)", "", one["item"])
            name = _measure(item, run["kind"]) if len(item) >= 2 else None
            if name is None:
                continue
            at = run.start("run") + one.start("rate")
            out.append((name, float(one["rate"]), len(one["dec"] or ""), at))
    return out
