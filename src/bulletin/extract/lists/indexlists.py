"""Price indices listed by class after 分别为, each on the same period a year before (=100):
'八大类消费品价格指数分别为食品类98.1、烟酒及用品类98.0、衣着类100.0、…'.

Contract: ``index_list(text)`` -> (class name, growth, decimals, offset) for each class the list
names, its growth the index less 100. Nothing unless every item of the list reads. Pure.
"""

from __future__ import annotations

import re

__all__ = ["index_list"]

_LIST = re.compile(r"价格(?:总)?指数分别为(?P<items>[^。;;]+)")
_ITEM = re.compile(r"^(?P<name>[\u3400-\u9fff、]{1,20}?类)(?P<v>(?:9\d|1[01]\d)\.(?P<dec>\d+))$")


def index_list(text: str) -> list[tuple[str, float, int, int]]:
    """Each class and its growth (index − 100) of a '价格指数分别为' list, or none."""
    found: list[tuple[str, float, int, int]] = []
    for m in _LIST.finditer(text):
        start = m.start("items")
        items: list[tuple[str, float, int, int]] = []
        cursor = 0  # where the part begins in the list, so that equal parts keep their own offsets
        for part in re.split(r"[、,，](?=[\u3400-\u9fff、]{1,20}?类\d)", m["items"]):
            begin, cursor = cursor, cursor + len(part) + 1
            item = _ITEM.match(part.strip())
            if item is None:
                items = []
                break  # a list that does not read whole says nothing sure of any class
            offset = start + begin + len(part) - len(part.lstrip()) + item.start("v")
            items.append((item["name"], round(float(item["v"]) - 100, 6), len(item["dec"]), offset))
        found += items if len(items) >= 2 else []
    return found
