"""Changes in percentage points (changes.py, figures.py): read, attached to their figure, published."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.content.catalog import Catalog
from bulletin.content.config import load_config
from bulletin.core.model import Indicator
from bulletin.core.periods import parse_period
from bulletin.extract.sentence.changes import pp_change
from bulletin.pipeline import build
from conftest import bulletin_text, read_table

H1 = parse_period("2023-H1")
Y2023 = parse_period("2023")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("增速比一季度回落", ",居全市第3位", (-0.5, "2023-Q1", True)),
        ("增速较一季度提高", "", (0.5, "2023-Q1", True)),
        ("比上年同期下降", "", (-0.5, "2022-H1", False)),
        ("同比提高", "", (0.5, "2022-H1", False)),
        ("较上年同期高", "", (0.5, "2022-H1", False)),
        ("增幅比1-5月加快", "", (0.5, "2023-M01-M05", True)),
        ("降幅较一季度收窄", "", (0.5, "2023-Q1", True)),  # a narrower fall: the rate went up
        ("降幅比一季度扩大", "", (-0.5, "2023-Q1", True)),
        ("增速快于一季度", "", (0.5, "2023-Q1", True)),
        ("增速慢于上年同期", "", (-0.5, "2022-H1", True)),
        # Not changes of the figure: benchmarks, contributions, shares, plans, later periods.
        ("高于全省平均水平", "", None),
        ("比全国高", "", None),
        ("拉动全区经济增长", "", None),
        ("占全区生产总值的比重比上年提高", "", None),
        ("环比提高", "", None),
        ("力争比上年提高", "", None),
        ("比年初提高", "", None),
        ("比上月提高", "", None),
        ("增速较前三季度回落", "", None),  # Q1-Q3 is not before H1
        ("分别比上年提高", "", None),
    ],
)
def test_chinese_changes(before: str, after: str, expected: tuple[float, str, bool] | None) -> None:
    reading = pp_change(before, after, 0.5, H1, "zh-CN")
    if expected is None:
        assert reading is None
    else:
        assert reading is not None
        assert (reading.points, reading.base.code, reading.growth) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("down", " from a year earlier", (-0.3, "2022-H1", False)),
        ("up", " year on year", (0.3, "2022-H1", False)),
        ("", " lower than in the first quarter", (-0.3, "2023-Q1", False)),
        ("the growth rate was", " faster than that of the first quarter", (0.3, "2023-Q1", True)),
        ("", " higher than the same period last year", (0.3, "2022-H1", False)),
        ("", " higher than the provincial average", None),
        ("up", " and 0.2 percentage points from the first quarter respectively", None),
        ("up", " from the first quarter respectively", None),
        ("contributing", " to the growth of GDP", None),
        ("its share rose", " from a year earlier", None),
        ("", " lower than in the second half", None),  # not before H1
        ("but the decline narrowed by", " from the first quarter.", (0.3, "2023-Q1", True)),
        ("with the decline widening", " from the first quarter", (-0.3, "2023-Q1", True)),
        ("up", " from the January-May period", (0.3, "2023-M01-M05", False)),
        ("", " higher than in 2022", None),  # a full year is not the same span as a half
        ("up", " from the end of the previous year", (0.3, "2022-H1", False)),
        ("down", " from a year earlier, and the sector contributed 30 percent", (-0.3, "2022-H1", False)),
    ],
)
def test_english_changes(before: str, after: str, expected: tuple[float, str, bool] | None) -> None:
    reading = pp_change(before, after, 0.3, H1, "en")
    if expected is None:
        assert reading is None
    else:
        assert reading is not None
        assert (reading.points, reading.base.code, reading.growth) == expected


def test_a_full_year_compares_with_the_year_before() -> None:
    reading = pp_change("增速较上年加快", "", 3.4, Y2023, "zh-CN")
    assert reading is not None and (reading.points, reading.base.code) == (3.4, "2022")
    reading = pp_change("", " higher than in 2022.", 3.4, Y2023, "en")
    assert reading is not None and (reading.points, reading.base.code) == (3.4, "2022")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60), st.floats(allow_nan=False, allow_infinity=False))
def test_never_raises(before: str, after: str, points: float) -> None:
    for lang in ("zh-CN", "en"):
        reading = pp_change(before, after, points, H1, lang)
        assert reading is None or abs(reading.points) == pytest.approx(abs(points))


# --- attached to the figure before it --------------------------------------------------------------


def table(text: str, catalog: Catalog, period: str = "2023-H1") -> dict[str, Indicator]:
    return {r.name: r for r in read_table(text, period, catalog)}


def change_of(row: Indicator) -> tuple[float, str, str] | None:
    return (row.change.points, row.change.base.code, row.change.of) if row.change else None


def test_a_growth_rate_change_joins_its_row(catalog: Catalog) -> None:
    rows = table(
        "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%,增速比一季度回落0.5个百分点,居全市第3位。", catalog
    )
    gdp = rows["地区生产总值"]
    assert (gdp.value, gdp.yoy_pct, gdp.rank) == (682.3, 8.4, 3)
    assert change_of(gdp) == (-0.5, "2023-Q1", "growth")


def test_a_rate_level_change_joins_its_row(catalog: Catalog) -> None:
    rows = table("城镇调查失业率为5.2%,比上年同期下降0.3个百分点。", catalog)
    assert change_of(rows["城镇调查失业率"]) == (-0.3, "2022-H1", "level")


def test_english_change(catalog: Catalog) -> None:
    rows = table(
        "In the first half, GDP grew 8.4 percent year on year, 0.5 percentage points lower than in "
        "the first quarter.",
        catalog,
    )
    assert change_of(rows["地区生产总值"]) == (-0.5, "2023-Q1", "growth")


def test_the_first_change_of_a_figure_wins(catalog: Catalog) -> None:
    rows = table("固定资产投资同比增长7.3%,增速比一季度提高0.3个百分点,比上年同期提高1.1个百分点。", catalog)
    assert change_of(rows["固定资产投资"]) == (0.3, "2023-Q1", "growth")


def test_a_comparison_period_after_a_figure_is_not_its_period(catalog: Catalog) -> None:
    rows = table(
        "Fixed-asset investment grew 4.5 percent in the first half, 1.3 percentage points slower than in "
        "the first quarter, while retail sales of consumer goods rose 5.2 percent, up 0.5 percentage "
        "points from the first quarter.",
        catalog,
    )
    assert change_of(rows["固定资产投资"]) == (-1.3, "2023-Q1", "growth")
    retail = rows["社会消费品零售总额"]
    assert retail.period.code == "2023-H1"
    assert change_of(retail) == (0.5, "2023-Q1", "growth")


@pytest.mark.parametrize(
    "text",
    [
        "规模以上工业增加值同比增长11.3%,高于全省平均水平2.1个百分点。",
        "全年高技术制造业增加值增长12.1%,占规模以上工业增加值的比重为16.3%,比上年提高1.1个百分点。",
        "工业投资增长12.1%,拉动全部投资增长3.2个百分点。",
        "高技术制造业增加值占规模以上工业增加值的比重为15.8%,比上年同期提高1.1个百分点。",
        "社会消费品零售总额增长6.5%,第三产业增加值比上年提高1.2个百分点。",  # another indicator
        "固定资产投资增长7.3%,力争全年增速比上年提高1个百分点。",
    ],
)
def test_a_change_that_is_not_the_figures_stays_out(text: str, catalog: Catalog) -> None:
    rows = table(text, catalog)
    assert all(r.change is None for r in rows.values()), {n: change_of(r) for n, r in rows.items()}


def test_a_change_alone_makes_no_row(catalog: Catalog) -> None:
    rows = table("地区生产总值增速比一季度回落0.5个百分点。", catalog)
    assert rows == {}


def test_a_change_needs_a_growth_rate_or_a_rate(catalog: Catalog) -> None:
    rows = table("固定资产投资完成178亿元,比上年提高2.0个百分点。", catalog)
    assert rows["固定资产投资"].value == 178
    assert rows["固定资产投资"].change is None


# --- published ---------------------------------------------------------------------------------------


def test_the_site_shows_and_exports_the_change(make_site, tmp_path: Path) -> None:
    text = bulletin_text(
        "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%,增速较一季度回落0.5个百分点。\n\n"
        "税收收入35.6亿元,增长9.5%。",
        extra="indicators:\n  - {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
    )
    root = make_site({"content/h1.md": text})
    config, problems = load_config(root, output_dir=tmp_path / "out", jobs=1)
    assert not problems
    result = build(config)
    files = {f.path: f.content() for f in result.files}
    page = files["bulletins/h1/index.html"].decode("utf-8")
    assert "变动(百分点)" in page
    cell = re.search(r'<td class="num change negative">(.*?)</td>', page)
    assert cell is not None and "−0.5" in cell.group(1) and "增速较一季度" in cell.group(1)
    english = files["en/bulletins/h1/index.html"].decode("utf-8")
    assert "Change (pp)" in english and "growth rate vs Q1 2023" in english
    history = files["indicators/gdp/index.html"].decode("utf-8")
    assert "增速较一季度" in history
    rows = json.loads(files["data/indicators.json"])["rows"]
    gdp = next(r for r in rows if r["indicator"] == "地区生产总值")
    assert (gdp["change_pp"], gdp["change_of"], gdp["change_base"]) == (-0.5, "growth", "2023-Q1")
    tax = next(r for r in rows if r["indicator"] == "税收收入")
    assert (tax["change_pp"], tax["change_of"], tax["change_base"]) == (None, "", "")


def test_a_table_without_changes_has_no_change_column(make_site, tmp_path: Path) -> None:
    root = make_site({"content/h1.md": bulletin_text()})
    config, _ = load_config(root, output_dir=tmp_path / "out", jobs=1)
    files = {f.path: f.content() for f in build(config).files}
    page = files["bulletins/h1/index.html"].decode("utf-8")
    assert "682.3" in page and "变动(百分点)" not in page
