"""One Measure per statement: stated precision and rank semantics kept from text to page to CSV."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bulletin.core.measure import COLUMNS as MEASURE_COLUMNS
from bulletin.core.measure import Measure, Rank, Rate, stated
from bulletin.core.model import History, Point, SiteConfig, SourceFile
from bulletin.core.periods import parse_period
from bulletin.core.units import quantity
from bulletin.data.dataset import build_dataset
from bulletin.data.export import COLUMNS, derived_row, report_rows, to_csv
from bulletin.read import parse_report
from bulletin.site.views import indicator_row
from conftest import bulletin_text

BODY = "上半年,全区一般公共预算收入完成175.0亿元,同比增长8.0%。\n\n规模以上工业增加值同比增长12%。\n"


def _report(tmp_path: Path, catalog, body: str = BODY, extra: str = ""):
    config = SiteConfig(root=tmp_path, output_dir=tmp_path / "site")
    report, problems = parse_report(
        SourceFile("content/h1.md", bulletin_text(body, extra=extra), "0"), config, catalog
    )
    assert report is not None, problems
    return report


def test_the_contract_columns_come_from_the_measure() -> None:
    assert set(MEASURE_COLUMNS) <= set(COLUMNS)
    assert list(Measure().record()) == list(MEASURE_COLUMNS)
    record = Measure(yoy=Rate(8.0, 1), rank=Rank(2, 13, "growth", "全市")).record()
    assert (record["yoy_pct"], record["yoy_decimals"], record["rank_by"], record["rank_field"]) == (
        8.0,
        1,
        "growth",
        "全市",
    )


def test_stated_decimals_are_written_as_stated() -> None:
    assert stated(175.0, 1) == "175.0"
    assert stated(8.0, 1) == "8.0"
    assert stated(175.0, 0) == "175"
    assert stated(175.0, None) == "175"


def test_prose_precision_reaches_the_csv_and_the_page(tmp_path: Path, catalog) -> None:
    report = _report(tmp_path, catalog)
    revenue = next(r for r in report.indicators if r.name == "一般公共预算收入")
    assert revenue.measure.quantity is not None and revenue.measure.quantity.decimals == 1
    assert revenue.measure.yoy == Rate(8.0, 1)
    text = to_csv(report_rows(report)).decode("utf-8-sig")
    line = next(row for row in text.splitlines() if "一般公共预算收入" in row)
    assert ",175.0,亿元,1,8.0,1," in line
    industry = next(row for row in text.splitlines() if "规模以上工业增加值" in row)
    assert ",12,0," in industry  # 12% was written without decimals and stays so
    view = indicator_row(revenue, "zh-CN")
    assert view["value"].startswith("175.0") and "8.0" in view["yoy"]


def test_front_matter_precision_is_kept(tmp_path: Path, catalog) -> None:
    extra = "indicators:\n  - {name: 税收收入, value: 35.0, unit: 亿元, yoy: 9.0}"
    report = _report(tmp_path, catalog, extra=extra)
    tax = next(r for r in report.indicators if r.name == "税收收入")
    assert tax.measure.yoy == Rate(9.0, 1)
    assert indicator_row(tax, "en")["value"].startswith("35.0")


def test_fill_keeps_each_part_and_fills_only_gaps() -> None:
    mine = Measure(yoy=Rate(8.0, 1), rank=Rank(2, None, "", "全市"))
    theirs = Measure(yoy=Rate(8.04, 2), rank=Rank(5, 13, "growth", "全省"))
    filled = mine.fill(theirs)
    assert filled.yoy == Rate(8.0, 1)  # a rate keeps its own precision
    # the position and field stay; another position is another rank, whose field size is not this one's
    assert filled.rank == Rank(2, None, "growth", "全市")
    assert Measure(rank=Rank(5)).fill(theirs).rank == Rank(
        5, 13, "growth", "全省"
    )  # the same rank: gaps filled
    assert Measure().fill(theirs) == theirs
    assert Measure(change=None).fill(Measure(yoy=Rate(1.0, 1))).yoy == Rate(1.0, 1)


def test_records_carry_one_measure_and_read_its_parts() -> None:
    from bulletin.core.model import Mention, measure_of

    mention = Mention(
        "税收收入", "税收收入", 3, parse_period("2023-H1"), measure_of(yoy=9.5, rank=2, rank_of=9)
    )
    assert mention.measure == Measure(yoy=Rate(9.5, 1), rank=Rank(2, 9))
    assert (mention.yoy_pct, mention.yoy_decimals, mention.rank, mention.rank_of, mention.quantity) == (
        9.5,
        1,
        2,
        9,
        None,
    )
    assert not hasattr(mention, "__dict__")  # slots: the parts are not copied onto the record


def test_a_field_size_in_the_front_matter_sizes_the_rank_the_text_states(tmp_path: Path, catalog) -> None:
    body = "上半年,全区地区生产总值增速居全市第3位。\n"
    extra = "indicators:\n  - {name: 地区生产总值, yoy: 5.0, rank_of: 13}"
    report = _report(tmp_path, catalog, body=body, extra=extra)
    gdp = next(r for r in report.indicators if r.name == "地区生产总值")
    assert (gdp.source, gdp.rank, gdp.rank_of, gdp.yoy_pct) == ("both", 3, 13, 5.0)


def test_a_front_matter_entry_carries_its_rate_and_rank_and_keeps_the_value_as_written(
    tmp_path: Path, catalog
) -> None:
    # No unit: the catalogue supplies it when the table is merged, so the entry has no Quantity yet.
    extra = "indicators:\n  - {name: 税收收入, value: 35.0, yoy: 9.0, rank: 2, rank_of: 13}"
    report = _report(tmp_path, catalog, extra=extra)
    (entry,) = report.meta.indicators
    assert entry.measure == Measure(yoy=Rate(9.0, 1), rank=Rank(2, 13))
    assert (entry.value, entry.decimals, entry.unit, entry.quantity, entry.field_size) == (
        35.0,
        1,
        "",
        None,
        None,
    )
    tax = next(r for r in report.indicators if r.name == "税收收入")
    assert tax.measure == replace(entry.measure, quantity=quantity(35.0, "亿元", 1))


def test_a_dataset_point_carries_the_measure_of_the_row_it_came_from(tmp_path: Path, catalog) -> None:
    extra = "indicators:\n  - {name: 税收收入, value: 35.0, unit: 亿元, yoy: 9.0, rank: 2, rank_of: 13}"
    report = _report(tmp_path, catalog, extra=extra)
    dataset = build_dataset([report], catalog)
    points = {h.name: p for h in dataset.histories for p in h.points}
    assert {r.name for r in report.indicators} == set(points)
    for row in report.indicators:
        point = points[row.name]
        assert point.measure == row.measure, row.name
        assert (point.value, point.unit, point.yoy_pct, point.rank) == (
            row.value,
            row.unit,
            row.yoy_pct,
            row.rank,
        )
    tax = points["税收收入"]
    assert tax.measure.yoy == Rate(9.0, 1) and tax.measure.rank == Rank(2, 13)
    assert (tax.value, tax.value_decimals, tax.yoy_decimals, tax.rank_of) == (35.0, 1, 1, 13)
    assert points["一般公共预算收入"].measure.quantity == quantity(175.0, "亿元", 1)


def test_a_derived_point_exports_its_quantity_through_the_measure() -> None:
    amount = quantity(12.0, "亿元", 1)
    q2 = Point("东区", parse_period("2023-Q2"), "h1", 3, "derived", Measure(amount), derived=True)
    row = derived_row(History("税收收入", "Tax revenue", "tax", "fiscal", 1, False, False, (q2,)), q2)
    assert {k: row[k] for k in MEASURE_COLUMNS} == q2.measure.record()
    assert (row["value"], row["unit"], row["value_decimals"], row["yoy_pct"]) == (12.0, "亿元", 1, None)
