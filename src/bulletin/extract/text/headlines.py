"""A news report's subheadings, which restate a figure of the paragraph below under a shortened name.

Contract: ``is_headline(text)`` -> whether a block is one short line with no sentence's end;
``shortened(m, mentions, heads)`` -> whether ``m``, read from a subheading (its (line, name) in
``heads``), states a known mention's figure under a shortened name: '规上工业总值同比降14.1%' over a
paragraph that says '规模以上工业总产值…下降14.1%' is one figure, which the full name says better.
The name is shortened when its characters stand in order within the full one (规上 for 规模以上). Pure.
"""

from __future__ import annotations

import re

from bulletin.core.model import Mention

__all__ = ["is_headline", "shortened"]

_HEADLINE = re.compile(r"[^。;;,,!?]{4,30}")


def is_headline(text: str) -> bool:
    return _HEADLINE.fullmatch(text.strip()) is not None


def shortened(m: Mention, mentions: list[Mention], heads: set[tuple[int, str]]) -> bool:
    if m.yoy_pct is None or (m.line, m.name) not in heads:
        return False
    # (a title's '全市工业增加值增长7.9%' over '全市规模以上工业增加值同比增长7.9%': the catalogue reads
    # its bare 工业增加值 as all industry's, but the headline only shortens the body's name)
    short = m.written if m.known else m.name
    return any(
        k.known
        and k.line != m.line
        and k.period == m.period
        and k.yoy_pct == m.yoy_pct
        and (
            m.quantity is None or (k.quantity is not None and k.quantity.base_value == m.quantity.base_value)
        )
        and any(len(full) > len(short) and _in_order(short, full) for full in (k.name, k.written))
        for k in mentions
    )


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(c in rest for c in short)  # (each `in` consumes the iterator up to its match)
