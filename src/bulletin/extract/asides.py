"""Figures in parentheses between a figure and its growth: '进出口总值743亿元(出口386亿元,增长103.5%;
进口356.9亿元,增长3.5倍),增长1.8倍'. The growth after the parentheses is the total's, but the reader
pairs a rate with the figure right before it, which is the last one inside them.

Contract: ``aside_after_rate(sentence)`` -> the sentence with each such parenthesis moved after the
growth that follows it, and where each of its characters was (so a figure keeps its line). Pure.
"""

from __future__ import annotations

import re

__all__ = ["aside_after_rate"]

_ASIDE = re.compile(
    # (an aside with growth of its own: a share or a note in parentheses leaves the rate where it is)
    r"(?<=[元吨人个家亿万%])(?P<aside>\([^()]*(?:增长|下降|增加|减少)[^()]*\))"
    r"(?P<rate>,?(?:同比|比上年|比上年同期)?(?:增长|下降|增加|减少)[\d.]+(?:%|倍))"
)


def aside_after_rate(sentence: str) -> tuple[str, list[int]]:
    """'总值743亿元(出口…),增长1.8倍' as '总值743亿元,增长1.8倍(出口…)'."""
    text: list[str] = []
    where: list[int] = []
    at = 0
    for m in _ASIDE.finditer(sentence):
        text += [sentence[at : m.start()], m["rate"], m["aside"]]
        where += [*range(at, m.start()), *range(*m.span("rate")), *range(*m.span("aside"))]
        at = m.end()
    text.append(sentence[at:])
    where.extend(range(at, len(sentence)))
    return "".join(text), where
