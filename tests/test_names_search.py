"""Catalogue names are found by a trie of the literal names beside an alternation of the others:
it must find exactly what one alternation of every name, longest first, finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.content.catalog import Catalog, load_catalog
from bulletin.extract.naming.names import _pattern, _patterns, _search

CATALOG: Catalog = load_catalog(None)[0]
NAMES = CATALOG.names()
FILLER = ["", "全市", "实现", "同比增长", "8.4%", ",", "其中", " ", "the ", "GDP", "亿元", "和", "、", "业"]


def _all(text: str, search) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    found, pos = [], 0
    while (m := search(text, pos)) is not None:
        found.append((m.start(), m.end()))
        pos = m.start() + 1
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(NAMES), st.sampled_from(FILLER)), max_size=12))
def test_the_trie_finds_what_one_alternation_finds(parts: list[str]) -> None:
    text = "".join(parts)
    one = _pattern(NAMES)
    assert _all(text, lambda t, p: _search(t, p, _patterns(NAMES))) == _all(text, one.search)


def test_the_longer_name_wins_at_one_place() -> None:
    text = "规模以上工业增加值增长6%,工业增加值增长5%"
    got = [text[a:b] for a, b in _all(text, lambda t, p: _search(t, p, _patterns(NAMES)))]
    assert got[0] == "规模以上工业增加值"


def test_every_name_alone_is_found_as_the_alternation_finds_it() -> None:
    one, both = _pattern(NAMES), _patterns(NAMES)
    for name in NAMES:
        for text in (name, f"全市{name}增长", f"{name}{name[:2]}"):
            assert _all(text, lambda t, p: _search(t, p, both)) == _all(text, one.search), text
