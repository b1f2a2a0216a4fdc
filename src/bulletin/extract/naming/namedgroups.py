"""A counted group named by its items in one sentence and by its count in a later one.

'电子信息设备制造业、汽车制造业、电气机械器材制造业和轨道交通设备制造业四大行业对工业经济增长发挥了重要
支撑作用。一季度,规模以上工业四大行业增加值增速分别为21.7%、8.9%、13.5%和34.9%': the rates are the four
industries', in the order the first sentence listed them. The later sentence is read with the items
written in place of the count, so the list reader shares the rates out as if they had been written there.

Contract: ``named_group(sentence)`` -> the items of a counted group the sentence names, or None;
``with_items(sentence, items)`` -> the sentence with the group's count replaced by its items when it
shares figures out among them (分别), and for each character the position it came from (None when
nothing changed). Pure; never raises.
"""

from __future__ import annotations

import re

from bulletin.core.periods import chinese_int

__all__ = ["named_group", "with_items"]

_CJK = r"\u3400-\u9fff"
_COUNT = r"(?P<count>[二三四五六七八九十两]|[2-9]|1\d)(?:大|个)(?P<kind>行业|产业|门类|领域|板块)"
_LISTED = re.compile(
    rf"(?:^|(?<=[,:;，：；]))(?P<items>(?:[{_CJK}]{{2,16}}、)*[{_CJK}]{{2,16}}?[和及与][{_CJK}]{{2,16}}?)(?:等)?{_COUNT}"
)
# the group by its count, its figures shared out: a scope written before the count is the group's
_COUNTED = re.compile(rf"(?:规模以上工业|规上工业)?{_COUNT}(?=[{_CJK}]{{0,12}}分别)")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else chinese_int(word)


def named_group(sentence: str) -> tuple[str, int, tuple[str, ...]] | None:
    """(kind, count, items) of the counted group ``sentence`` lists by name, or None."""
    for m in _LISTED.finditer(sentence):
        items = tuple(re.split(r"、|[和及与](?=[^和及与]*$)", m["items"]))
        if len(items) == _count(m["count"]) and all(len(item) >= 2 for item in items):
            return m["kind"], len(items), items
    return None


def with_items(sentence: str, group: tuple[str, int, tuple[str, ...]] | None) -> tuple[str, list[int] | None]:
    """``sentence`` with the count of ``group`` written as its items, where it shares figures out."""
    if group is None or "分别" not in sentence:
        return sentence, None
    kind, count, items = group
    m = next((m for m in _COUNTED.finditer(sentence) if m["kind"] == kind), None)
    if m is None or _count(m["count"]) != count:
        return sentence, None
    listed = "、".join(items[:-1]) + "和" + items[-1]
    moved = [*range(m.start()), *([m.start()] * len(listed)), *range(m.end(), len(sentence))]
    return sentence[: m.start()] + listed + sentence[m.end() :], moved
