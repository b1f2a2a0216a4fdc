"""The per-language cue tables and the small engine that runs them."""

from __future__ import annotations

import re

from bulletin.extract.lang import cues, detect, en, is_en, zh
from bulletin.extract.lang.rules import Cue, alternation, is_benchmark_scope, sign_of


def test_detect_gives_language_codes() -> None:
    assert detect("全镇粮食产量比上年增长2.4%") == "zh-CN"
    assert detect("Grain output rose 2.4 percent") == "en"
    # a bracketed Chinese gloss does not make an English sentence Chinese
    assert detect("Tax revenue (税收收入) rose 3 percent") == "en"
    assert is_en("en-GB") and not is_en("zh-CN")


def test_each_language_has_its_own_table() -> None:
    assert cues("zh-CN") is zh.CUES and cues("en") is en.CUES
    assert cues("en-US") is en.CUES  # a regional code finds its family's table


def test_growth_rows_carry_their_sign() -> None:
    assert sign_of(zh.CUES, "回落", "rise", "fall") == -1
    assert sign_of(zh.CUES, "增幅达", "rise", "fall") == +1
    assert sign_of(en.CUES, "slipped", "rise", "fall", flags=re.I) == -1
    assert sign_of(en.CUES, "Climbed", "rise", "fall", flags=re.I) == +1
    assert sign_of(zh.CUES, "持平", "rise", "fall") == 0


def test_alternation_keeps_table_order() -> None:
    table = (Cue("rise", "增长", 1), Cue("rise", "增", 1), Cue("fall", "降", -1))
    assert alternation(table, "rise") == "(?:增长|增)"
    assert re.match(alternation(table, "rise"), "增长了").group() == "增长"


def test_scope_words_are_judged_against_the_bulletins_own_level() -> None:
    quoted = "全国规模以上工业增加值"
    assert is_benchmark_scope(zh.CUES, quoted, "") is True  # unknown level: only 全国 is another area
    assert is_benchmark_scope(zh.CUES, quoted, "national") is False  # a national release's own area
    retail = "社会消费品零售总额"
    assert is_benchmark_scope(zh.CUES, "全省社会消费品零售总额", "county", name=retail) is True
    assert is_benchmark_scope(zh.CUES, "全省社会消费品零售总额", "province", name=retail) is False
    assert is_benchmark_scope(zh.CUES, "全县社会消费品零售总额", "city", name=retail) is False  # a part
    # 全省 as the field of a rank earlier in the clause does not make the figure the province's
    assert (
        is_benchmark_scope(zh.CUES, "增速居全省第二 全县社会消费品零售总额", "county", name=retail) is False
    )
    assert is_benchmark_scope(en.CUES, "the national average", "") is True
