"""Guarded patterns (core/guarded.py) answer exactly as their patterns do.

A guard skips text without a literal every match holds. A guard that is wrong would silently drop
figures, so every guarded pattern in the extractor is compared with its bare pattern on every text of
the real corpus and on generated text made of the pieces its matches are made of.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from functools import cache

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import bulletin.extract
from bulletin.core.guarded import Guarded
from conftest import REPO


@cache
def guarded_patterns() -> dict[str, Guarded]:
    found: dict[str, Guarded] = {}
    for info in pkgutil.walk_packages(bulletin.extract.__path__, "bulletin.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Guarded):
                found.setdefault(f"{info.name}.{name}", value)
    return found


@cache
def corpus_texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "tests" / "extraction" / "real").rglob("*.yaml")):
        text = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("text") or ""
        for each in (text, unicodedata.normalize("NFKC", text)):
            # whole, and cut into sentences and lines for the patterns anchored at a sentence's start
            texts += [each, *(part.strip() for part in re.split(r"(?<=[。;!?\n])|(?<=\. )", each))]
    return list(dict.fromkeys(texts))


def _same(guarded: Guarded, text: str) -> None:
    bare = guarded.compiled
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in bare.finditer(text)]
    assert guarded.sub("#", text) == bare.sub("#", text)
    for at in range(0, len(text), 7):
        assert bool(guarded.search(text, at)) == bool(bare.search(text, at))
        assert bool(guarded.match(text, at)) == bool(bare.match(text, at))


def test_the_extractor_guards_its_costly_patterns() -> None:
    names = set(guarded_patterns())
    for expected in ("lexicon.FLAT", "lexicon.PLAN_FRAME", "sentence.ranks._RANK_EN", "lists.lists._SHARED"):
        assert f"bulletin.extract.{expected}" in names


def test_guards_hide_no_match_in_the_real_corpus() -> None:
    texts = corpus_texts()
    assert len(texts) > 1000
    matched = dict.fromkeys(guarded_patterns(), 0)
    for name, guarded in guarded_patterns().items():
        for text in texts:
            assert [m.span() for m in guarded.finditer(text)] == [
                m.span() for m in guarded.compiled.finditer(text)
            ], (name, text[:80])
            matched[name] += guarded.compiled.search(text) is not None
    # each guard was tried where its pattern does match, not only where it skips (the corpus holds no
    # 'doubled from a year earlier' nor '103.2(上年=100)': the generated text below does)
    unmatched = {n.rsplit(".", 1)[1] for n, k in matched.items() if not k}
    assert unmatched <= {"DOUBLED", "INDEX_BASE"}


def test_a_guard_skips_text_without_its_literals() -> None:
    flat = guarded_patterns()["bulletin.extract.lexicon.FLAT"]
    assert not flat.could_match("全区地区生产总值完成682.3亿元,同比增长8.4%")
    assert flat.could_match("与上年持平") and flat.search("与上年持平")
    assert flat.could_match("was flat") and flat.search("output was flat year on year")
    assert flat.sub("#", "增长8.4%") == "增长8.4%" and list(flat.finditer("增长8.4%")) == []


_PIECES = st.sampled_from(
    [
        "持平", "与上年", "保持", "倍", "增长1.2", "分别", "分居", "分列", "均", "均增长", "居",
        "将", "重点", "下一步", "目标", "力争实现", "第3位", "、", ",", "。", " ", "%", "1", "2.5",
        "flat", "unchanged", "the same as", "last year", "2019", "doubled", "year on year",
        "respectively", "and", "percent", "yuan", "ranked", "second", "No. 3", "in", "among",
        "Hong Kong", "Macao", "Taiwan", "will focus", "times", "grew by", "ſ", "K", "地区生产总值",
        "103.2", "(上年=100)", "(same period of previous year = 100)", "分季度看", "环比", "产品产量:",
        "(", "美元", "$", "个百分点",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_guards_answer_as_their_patterns_on_generated_text(text: str) -> None:
    for guarded in guarded_patterns().values():
        _same(guarded, text)
