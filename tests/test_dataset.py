"""The dataset stage: series keyed by span, implied growth, revisions, derived quarters, regions."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from bulletin.content.config import load_config
from bulletin.data.dataset import GAP_PP, build_dataset
from bulletin.pipeline import build, check, load_reports
from conftest import bulletin_text


def _bulletin(period: str, date: str, body: str, region: str = "甲区", slug: str | None = None) -> str:
    extra = f"slug: {slug}" if slug else ""
    return bulletin_text(
        body, title=f"{region}{period}经济运行", date=date, period=period, region=region, extra=extra
    )


SITE = {
    "content/2022/h1.md": _bulletin(
        "2022-H1",
        "2022-07-20",
        slug="h1-2022",
        body="上半年,全区地区生产总值完成600.0亿元,同比增长4.0%。一般公共预算收入40.0亿元,增长3.0%。"
        "税收收入30.0亿元,增长2.0%。",
    ),
    "content/2023/h1.md": _bulletin(
        "2023-H1",
        "2023-07-20",
        slug="h1",
        # GDP: nominal +15% against a stated +8.4% is normal for a comparable-price rate;
        # budget revenue: 40.0 -> 42.6 is +6.5% as stated; tax: 30.0 -> 36.0 is +20%, stated +2.0%.
        body="上半年,全区地区生产总值完成690.0亿元,同比增长8.4%。一般公共预算收入42.6亿元,增长6.5%。"
        "税收收入36.0亿元,增长2.0%。固定资产投资完成100.0亿元,同比增长7.0%。",
    ),
    "content/2023/q1-q3.md": _bulletin(
        "2023-Q1-Q3",
        "2023-10-20",
        "前三季度,全区固定资产投资完成160.0亿元,同比增长7.5%。一般公共预算收入63.0亿元,增长6.0%。",
    ),
    "content/2023/annual.md": _bulletin(
        "2023",
        "2024-02-01",
        # The annual bulletin revises the first half's budget revenue (42.6 -> 43.0).
        "全年全区一般公共预算收入82.0亿元,增长7.0%。经核实,上半年一般公共预算收入为43.0亿元。",
    ),
    "content/other/b-h1.md": _bulletin(
        "2023-H1",
        "2023-07-25",
        "上半年,全区地区生产总值完成300.0亿元,同比增长6.1%。",
        region="乙区",
    ),
    "content/other/b-2022-h1.md": _bulletin(
        "2022-H1",
        "2022-07-25",
        "上半年,全区地区生产总值完成280.0亿元,同比增长5.0%。",
        region="乙区",
        slug="b-2022-h1",
    ),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("dataset") / "src")


def write_site(root: Path) -> Path:
    """SITE's bulletins under ``root`` (also used by tests/test_edit_cost.py)."""
    for rel, text in SITE.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # Distinct slugs for the same file names in two folders.
    (root / "content/other/b-h1.md").write_text(
        SITE["content/other/b-h1.md"].replace("region: 乙区", "region: 乙区\nslug: b-h1"), encoding="utf-8"
    )
    return root


@pytest.fixture(scope="module")
def dataset(site: Path):  # type: ignore[no-untyped-def]
    config, _ = load_config(site)
    reports, catalog, problems = load_reports(config)
    assert not [d for d in problems if d.code.startswith("E")], problems
    return build_dataset(reports, catalog)


def _history(dataset, name: str):  # type: ignore[no-untyped-def]
    return next(h for h in dataset.histories if h.name == name)


def test_frame_holds_the_contract_rows(dataset) -> None:  # type: ignore[no-untyped-def]
    frame = dataset.frame
    assert len(frame) == len(dataset.rows)
    assert list(frame.columns[:21]) == [
        "bulletin",
        "region",
        "period",
        "period_start",
        "period_end",
        "indicator",
        "indicator_en",
        "value",
        "unit",
        "value_decimals",
        "yoy_pct",
        "yoy_decimals",
        "rank",
        "rank_of",
        "rank_by",
        "rank_field",
        "change_pp",
        "change_of",
        "change_base",
        "source",
        "line",
    ]
    assert set(frame["region"]) == {"甲区", "乙区"}


def test_series_compare_same_span_only(dataset) -> None:  # type: ignore[no-untyped-def]
    gdp = _history(dataset, "地区生产总值")
    h1_2023 = next(p for p in gdp.points if p.region == "甲区" and p.period.code == "2023-H1")
    # 690 / 600 - 1 = 15%: against the same half-year of 2022, not against any other period.
    assert h1_2023.implied_yoy == pytest.approx(15.0)
    assert h1_2023.previous_value == pytest.approx(600.0)
    revenue_q1q3 = next(
        p for p in _history(dataset, "一般公共预算收入").points if p.period.code == "2023-Q1-Q3"
    )
    assert revenue_q1q3.implied_yoy is None  # no 2022-Q1-Q3 figure: no comparison


def test_implied_growth_warns_only_for_nominal_indicators(dataset, site: Path) -> None:  # type: ignore[no-untyped-def]
    warnings = [d for d in dataset.diagnostics if d.code == "W401"]
    assert len(warnings) == 1, warnings
    (w,) = warnings
    assert "税收收入" in w.message and "+2.0%" in w.message and "+20.0%" in w.message
    assert w.location.path == "content/2023/h1.md" and w.related is not None
    assert w.related.path == "content/2022/h1.md"
    # "另见" points at last year's statement of the figure, not at the file's first line.
    last_year = (site / w.related.path).read_text(encoding="utf-8").splitlines()
    assert "税收收入30.0亿元" in last_year[w.related.line - 1]
    # GDP's stated 8.4% is 6.6 points below the nominal 15%: comparable prices, so no warning.
    assert GAP_PP < 15.0 - 8.4
    assert not any("地区生产总值" in d.message for d in warnings)


def test_revision_is_reported_and_the_later_bulletin_wins(dataset) -> None:  # type: ignore[no-untyped-def]
    revisions = [d for d in dataset.diagnostics if d.code == "I402"]
    assert len(revisions) == 1
    assert "42.6" in revisions[0].message and "43" in revisions[0].message
    assert revisions[0].location.path == "content/2023/annual.md"
    point = next(
        p
        for p in _history(dataset, "一般公共预算收入").points
        if p.period.code == "2023-H1" and not p.derived
    )
    assert point.value == 43.0 and point.bulletin == "annual"
    assert [(b, v) for b, v, _ in point.revisions] == [("h1", 42.6)]


def test_single_quarters_are_derived_from_cumulative_flows_and_marked(dataset) -> None:  # type: ignore[no-untyped-def]
    fai = _history(dataset, "固定资产投资")
    q3 = next(p for p in fai.points if p.period.code == "2023-Q3")
    assert q3.derived and q3.value == pytest.approx(60.0) and q3.yoy_pct is None
    revenue = _history(dataset, "一般公共预算收入")
    derived = {p.period.code: p.value for p in revenue.points if p.derived}
    # H2 = year − H1 (revised H1: 82 − 43), Q3 = Q1-Q3 − H1, Q4 = year − Q1-Q3.
    assert derived == {
        "2023-Q3": pytest.approx(20.0),
        "2023-Q4": pytest.approx(19.0),
        "2023-H2": pytest.approx(39.0),
    }
    # Derived values never enter the data contract.
    assert not any(r["period"] in ("2023-Q3", "2023-Q4", "2023-H2") for r in dataset.rows)


def test_check_reports_cross_bulletin_findings(site: Path) -> None:
    config, _ = load_config(site)
    result = check(config)
    codes = sorted(d.code for d in result.diagnostics)
    assert codes == ["I402", "W401"]


def test_built_site_has_indicator_region_and_download_pages(site: Path, tmp_path: Path) -> None:
    config, _ = load_config(site, output_dir=tmp_path / "out", jobs=1)
    result = build(config)
    assert result.files, result.diagnostics
    out = tmp_path / "out"
    gdp = (out / "indicators/gdp/index.html").read_text(encoding="utf-8")
    assert gdp.count('class="chart-figure') >= 3  # a trend per region and the regions compared
    assert "甲区" in gdp and "乙区" in gdp and "各地区同比增速" in gdp
    revenue = (out / "indicators/budget-revenue/index.html").read_text(encoding="utf-8")
    assert "推算" in revenue and "<s" in revenue  # derived rows and the superseded 42.6 both shown
    assert (out / "regions/index.html").is_file()
    assert "甲区2023-H1经济运行" in (out / "regions/甲区/index.html").read_text(encoding="utf-8")
    rows = list(
        csv.DictReader(io.StringIO((out / "indicators/budget-revenue/data.csv").read_text("utf-8-sig")))
    )
    assert {r["source"] for r in rows} >= {"prose", "derived"}
    # 63.0 - 43.0, both stated to one decimal: the derived value keeps that precision
    assert next(r for r in rows if r["source"] == "derived" and r["period"] == "2023-Q3")["value"] == "20.0"
    data = json.loads((out / "data/indicators.json").read_text(encoding="utf-8"))["rows"]
    assert all(r["source"] != "derived" for r in data)


def test_bulletin_page_compares_with_the_same_period_last_year(site: Path, tmp_path: Path) -> None:
    config, _ = load_config(site, output_dir=tmp_path / "out", jobs=1)
    build(config)
    page = (tmp_path / "out/bulletins/h1/index.html").read_text(encoding="utf-8")
    table = page.split('id="indicator-table"', 1)[1]
    row = next(line for line in table.split("<tr>") if "一般公共预算收入" in line)
    assert "40" in row and "+6.5" in row  # last year's value and the implied growth beside the stated one
