"""Alt text: periods, values and the biggest mover in both languages; never an exception."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.charts.alttext import describe
from bulletin.charts.spec import KINDS, ChartSpec, Series

ZH = ("2022年上半年", "2022年全年", "2023年上半年", "2023年全年")
EN = ("H1 2022", "2022", "H1 2023", "2023")


def test_trend_examples() -> None:
    zh = ChartSpec("t", "trend", "zh-CN", "地区生产总值", ZH, (Series("上半年", (1.0, 2.0, 3.0, 4.0)),),
                   unit="亿元", yoy=(4.1, 3.0, 8.4, 8.0))  # fmt: skip
    assert describe(zh) == (
        "地区生产总值2022年上半年至2023年全年的数值与同比增速。同比增速从4.1%升至8.0%，最高为2023年上半年的8.4%。"
    )
    en = ChartSpec("t", "trend", "en", "Gross domestic product", EN, zh.series, unit="CNY 100m", yoy=zh.yoy)
    assert describe(en) == (
        "Gross domestic product, values and year-on-year growth from H1 2022 to 2023. "
        "Growth rose from 4.1% to 8.0%, peaking at 8.4% in H1 2023."
    )


def test_trend_without_yoy_names_the_latest_value() -> None:
    spec = ChartSpec(
        "t",
        "trend",
        "zh-CN",
        "一般公共预算收入",
        ZH,
        (Series("全年", (1318.5, None, 2000.0, None)),),
        unit="亿元",
    )
    assert describe(spec) == "一般公共预算收入2022年上半年至2023年全年的数值。最新为2023年上半年的2,000亿元。"


@pytest.mark.parametrize(
    ("lang", "labels", "expected"),
    [
        ("zh-CN", ZH, ["2022年上半年至2023年全年", "2个地区", "最高的是甲区（4.0%）", "最低的是乙区（−2.0%）",
                       "变化最大的是乙区，从5.0%降至−2.0%"]),
        ("en", EN, ["from H1 2022 to 2023", "2 regions", "highest in A (4.0%)", "lowest in B (−2.0%)",
                    "B changed most: it fell from 5.0% to −2.0%"]),
    ],
)  # fmt: skip
def test_regions_name_the_biggest_mover(lang: str, labels: tuple[str, ...], expected: list[str]) -> None:
    names = ("甲区", "乙区") if lang == "zh-CN" else ("A", "B")
    spec = ChartSpec("r", "regions", lang, "Growth", labels,
                     (Series(names[0], (1.0, 2.0, 3.0, 4.0)),
                      Series(names[1], (5.0, None, -1.0, -2.0))))  # fmt: skip
    text = describe(spec)
    for part in expected:
        assert part in text


def test_growth_names_top_and_bottom() -> None:
    labels = ("地区生产总值", "规模以上工业增加值", "社会消费品零售总额")
    spec = ChartSpec(
        "g", "growth", "zh-CN", "主要指标增速", labels, (Series("y", (8.4, -2.1, None)),), unit="%"
    )
    assert (
        describe(spec) == "主要指标增速：2项指标的同比增速。"
        "最高为地区生产总值（+8.4%），最低为规模以上工业增加值（−2.1%），其中1项下降。"
    )
    en = ChartSpec("g", "growth", "en", "Main indicators", ("GDP", "Industry", "Retail"), spec.series)
    assert describe(en) == (
        "Main indicators: year-on-year growth of 2 indicators. "
        "Highest: GDP (+8.4%); lowest: Industry (−2.1%); 1 fell."
    )


def test_ranks_name_best_and_worst() -> None:
    series = (Series("rank", (23.0, 5.0, None)),)
    zh = ChartSpec(
        "k", "ranks", "zh-CN", "全国排名", ("地区生产总值", "工业", "消费"), series, totals=(230, 31, 31)
    )
    assert (
        describe(zh)
        == "全国排名：2项指标的排名。排名最靠前的是工业（第5位/31），最靠后的是地区生产总值（第23位/230）。"
    )
    en = ChartSpec("k", "ranks", "en", "Ranks", ("GDP", "Industry", "Retail"), series, totals=(230, None))
    assert describe(en) == "Ranks: ranks of 2 indicators. Best: Industry (rank 5); worst: GDP (23 of 230)."


def test_sparkline_from_to_and_peak() -> None:
    spec = ChartSpec(
        "s", "sparkline", "en", "GDP", EN, (Series("v", (1318.5, None, 2000.0, 1900.0)),), unit="CNY 100m"
    )
    assert describe(spec) == (
        "GDP, from H1 2022 to 2023. "
        "It rose from 1,318.5 CNY 100m to 1,900 CNY 100m, peaking at 2,000 CNY 100m in H1 2023."
    )
    zh = ChartSpec("s", "sparkline", "zh-CN", "GDP", ZH, (Series("v", (3.0, 2.0)),), unit="%")
    assert describe(zh) == "GDP2022年上半年至2022年全年的走势：从3.0%降至2.0%，最高为2022年上半年的3.0%。"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("lang", "note"), [("zh-CN", "暂无数据"), ("en", "no data")])
def test_empty_and_all_none_say_no_data(kind: str, lang: str, note: str) -> None:
    empty = ChartSpec("e", kind, lang, "", (), ())
    nothing = ChartSpec(
        "n", kind, lang, "X", ZH, (Series("a", (None,) * 4),), yoy=(None,) * 4, totals=(None,) * 4
    )
    assert note in describe(empty) and note in describe(nothing)


values = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))


@st.composite
def specs(draw: st.DrawFn) -> ChartSpec:
    labels = tuple(draw(st.lists(st.text(max_size=10), max_size=6)))
    series = tuple(
        Series(
            draw(st.text(max_size=5)),
            tuple(draw(st.lists(values, max_size=8))),
            tuple(draw(st.lists(st.booleans()))),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    totals = tuple(draw(st.lists(st.one_of(st.none(), st.integers(-3, 10**6)), max_size=8)))
    return ChartSpec(draw(st.text(max_size=5)), draw(st.one_of(st.sampled_from(KINDS), st.text(max_size=5))),
                     draw(st.sampled_from(("zh-CN", "zh-TW", "en", "", "fr"))), draw(st.text(max_size=20)),
                     labels, series, draw(st.text(max_size=4)), tuple(draw(st.lists(values, max_size=8))),
                     totals)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(spec=specs())
def test_describe_never_raises(spec: ChartSpec) -> None:
    text = describe(spec)
    assert isinstance(text, str) and text.strip()


def test_alttext_does_not_import_matplotlib() -> None:
    code = "import sys, bulletin.charts.alttext; assert not {'matplotlib', 'pandas'} & set(sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)
