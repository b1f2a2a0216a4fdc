"""Tests for the data contract: export.py, ``bulletin extract --format``, and a site's data/indicators.*."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulletin.cli import main
from bulletin.content.config import load_config
from bulletin.core.model import SiteConfig, SourceFile
from bulletin.data.dictionary import PUBLISHED_COLUMNS
from bulletin.data.export import COLUMNS, report_rows, row_for, sort_rows, to_csv, to_json
from bulletin.pipeline import check
from bulletin.read import parse_report
from conftest import REPO, bulletin_text

CONTRACT = [
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
NUMERIC = {"value", "value_decimals", "yoy_pct", "yoy_decimals", "rank", "rank_of", "line", "change_pp"}
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

H1_BODY = """\
上半年,全区地区生产总值完成682.3亿元,同比增长8.4%,其中二季度增长9.1%。

进出口总额121.4亿元,同比下降4.3%,降幅较一季度收窄2.0个百分点。

在全国230家国家级经开区综合发展水平考核评价中居第23位。
"""
H1 = bulletin_text(
    H1_BODY,
    extra="indicators:\n"
    "  - {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}\n"
    "  - {name: 税收收入, value: 35.6, unit: 亿元, yoy: 9.5}",
)
Q1 = bulletin_text(
    "一季度,全区地区生产总值完成321.5亿元,同比增长7.9%。",
    title="一季度经济运行情况",
    date="2023-04-20",
    period="2023-Q1",
)


def record(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "bulletin": "2023-h1",
        "region": "示例区",
        "period": "2023-H1",
        "period_start": "2023-01",
        "period_end": "2023-06",
        "indicator": "地区生产总值",
        "indicator_en": "Gross domestic product (GDP)",
        "value": 682.3,
        "unit": "亿元",
        "value_decimals": 1,
        "yoy_pct": 8.4,
        "yoy_decimals": 1,
        "rank": None,
        "rank_of": None,
        "rank_by": "",
        "rank_field": "",
        "change_pp": None,
        "change_of": "",
        "change_base": "",
        "source": "both",
        "line": 7,
    }
    base.update(fields)
    return base


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")  # decodes as UTF-8 (the BOM is the first character)
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    # The contract's columns in their places; a site's downloads append PUBLISHED_COLUMNS' extras.
    assert reader.fieldnames in (CONTRACT, list(PUBLISHED_COLUMNS))
    return list(reader)


# --- export.py ----------------------------------------------------------------------------------------


def test_columns_are_the_contract() -> None:
    assert list(COLUMNS) == CONTRACT


def test_report_rows_have_exactly_the_contract_fields(tmp_path: Path, catalog) -> None:
    config = SiteConfig(root=tmp_path, output_dir=tmp_path / "site")
    report, found = parse_report(SourceFile("content/2023/h1.md", H1, "0"), config, catalog)
    assert report is not None and found == ()
    records = report_rows(report)
    assert records
    for r in records:
        assert list(r) == CONTRACT
        assert MONTH.match(r["period_start"]) and MONTH.match(r["period_end"])
        assert r["period_start"] <= r["period_end"]
        assert r["bulletin"] == "h1" and r["region"] == "示例区"
        assert r["source"] in ("front-matter", "prose", "both")
        assert isinstance(r["line"], int) and r["line"] >= 1
    keys = [(r["bulletin"], r["indicator"], r["period"]) for r in records]
    assert len(keys) == len(set(keys))
    by_key = {(r["indicator"], r["period"]): r for r in records}
    assert by_key[("地区生产总值", "2023-Q2")]["period_start"] == "2023-04"
    assert by_key[("地区生产总值", "2023-Q2")]["period_end"] == "2023-06"
    assert by_key[("地区生产总值", "2023-H1")]["source"] == "both"
    assert by_key[("税收收入", "2023-H1")]["source"] == "front-matter"
    assert by_key[("进出口总额", "2023-H1")]["source"] == "prose"
    assert by_key[("进出口总额", "2023-H1")]["yoy_pct"] == -4.3
    assert by_key[("进出口总额", "2023-H1")]["change_pp"] == 2.0  # a narrower fall: the rate rose
    assert by_key[("进出口总额", "2023-H1")]["change_of"] == "growth"
    assert by_key[("进出口总额", "2023-H1")]["change_base"] == "2023-Q1"
    assert by_key[("地区生产总值", "2023-H1")]["change_pp"] is None


def test_row_for_uses_the_indicator(tmp_path: Path, catalog) -> None:
    config = SiteConfig(root=tmp_path, output_dir=tmp_path / "site")
    report, _ = parse_report(SourceFile("content/2023/h1.md", H1, "0"), config, catalog)
    assert report is not None
    gdp = next(r for r in report.indicators if r.name == "地区生产总值" and r.period.code == "2023-H1")
    assert row_for("x", "某区", gdp) == {
        "bulletin": "x",
        "region": "某区",
        "period": "2023-H1",
        "period_start": "2023-01",
        "period_end": "2023-06",
        "indicator": "地区生产总值",
        "indicator_en": "Gross domestic product (GDP)",
        "value": 682.3,
        "unit": "亿元",
        "value_decimals": 1,
        "yoy_pct": 8.4,
        "yoy_decimals": 1,
        "rank": None,
        "rank_of": None,
        "rank_by": "",
        "rank_field": "",
        "source": "both",
        "line": 7,
        "change_pp": None,
        "change_of": "",
        "change_base": "",
    }


def test_csv_is_utf8_with_bom_and_crlf() -> None:
    data = to_csv(
        [record(), record(indicator="税收收入", indicator_en="Tax revenue", value=35.6, yoy_pct=9.5)]
    )
    assert data.startswith("\ufeffbulletin,region,".encode())
    assert data.count(b"\r\n") == 3 and data.endswith(b"\r\n")
    rows = read_csv(data)
    assert [(r["indicator"], r["value"], r["yoy_pct"], r["rank"]) for r in rows] == [
        ("地区生产总值", "682.3", "8.4", ""),
        ("税收收入", "35.6", "9.5", ""),
    ]


def test_csv_of_no_rows_is_the_header() -> None:
    assert to_csv([]) == ("\ufeff" + ",".join(CONTRACT) + "\r\n").encode("utf-8")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (682.3, "682.3"),
        (332.0, "332"),
        (332, "332"),
        (-4.3, "-4.3"),
        (0.0, "0"),
        (1e-05, "1e-05"),
        (None, ""),
    ],
)
def test_numbers_in_csv(value: float | None, written: str) -> None:
    # no stated decimals (a derived or hand-made record): the shortest exact form
    (row,) = read_csv(to_csv([record(value=value, yoy_pct=value, value_decimals=None, yoy_decimals=None)]))
    assert row["value"] == written and row["yoy_pct"] == written


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
@pytest.mark.parametrize("column", ["bulletin", "region", "indicator", "indicator_en", "unit"])
def test_formula_injection_is_defused_in_text_cells(column: str, start: str) -> None:
    payload = f'{start}HYPERLINK("http://evil.example","x")'
    (row,) = read_csv(to_csv([record(**{column: payload})]))
    assert row[column] == "'" + payload
    # the JSON keeps the text as it is
    (item,) = json.loads(to_json([record(**{column: payload})]))
    assert item[column] == payload


def test_negative_numbers_stay_numbers() -> None:
    (row,) = read_csv(to_csv([record(value=-3.5, yoy_pct=-4.3, indicator="-负增长指标")]))
    assert row["value"] == "-3.5" and row["yoy_pct"] == "-4.3"
    assert float(row["value"]) == -3.5
    assert row["indicator"] == "'-负增长指标"


def test_safe_text_is_not_prefixed() -> None:
    (row,) = read_csv(to_csv([record(indicator="地区生产总值(GDP)", region="a=b", unit="%")]))
    assert (row["indicator"], row["region"], row["unit"]) == ("地区生产总值(GDP)", "a=b", "%")


NASTY = [
    'He said "hi"',
    "<script>alert(1)</script>",
    "R&D 经费 & 投入",
    "第一行\n第二行",
    "line\r\nbreak",
    "逗号,分号;引号'",
    "tab\there",
    "\\back\\slash",
    "emoji 📈",
]


@pytest.mark.parametrize("text", NASTY)
def test_json_and_csv_round_trip_awkward_text(text: str) -> None:
    rows = [record(region=text, indicator=text, indicator_en=text, bulletin=text)]
    data = to_json(rows)
    assert data.endswith(b"\n")
    assert json.loads(data.decode("utf-8")) == rows
    (row,) = read_csv(to_csv(rows))
    assert row["indicator"] == text and row["region"] == text


def test_json_keeps_chinese_and_key_order() -> None:
    data = to_json([record()])
    assert "地区生产总值".encode() in data
    (item,) = json.loads(data)
    assert list(item) == CONTRACT


_names = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
_record = st.builds(
    lambda b, i, p, v, y, r: record(
        bulletin=b,
        indicator=i,
        period=p[0],
        period_start=p[1],
        period_end=p[2],
        value=v,
        yoy_pct=y,
        rank=r,
    ),
    st.sampled_from(["2022-h1", "2023-q1", "2023-h1", "2023-annual"]),
    st.sampled_from(["地区生产总值", "固定资产投资", "=危险", "税收收入", "中欧班列开行"]),
    st.sampled_from(
        [("2023-H1", "2023-01", "2023-06"), ("2023-Q2", "2023-04", "2023-06"), ("2023", "2023-01", "2023-12")]
    ),
    st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False)),
    st.one_of(st.none(), st.floats(-100, 1000, allow_nan=False)),
    st.one_of(st.none(), st.integers(1, 300)),
)


@settings(max_examples=150, derandomize=True, deadline=None)
@given(rows=st.lists(_record, max_size=12, unique_by=lambda r: (r["bulletin"], r["indicator"], r["period"])),
       seed=st.randoms(use_true_random=False))  # fmt: skip
def test_output_is_independent_of_input_order(rows, seed) -> None:
    shuffled = list(rows)
    seed.shuffle(shuffled)
    assert to_csv(sort_rows(shuffled)) == to_csv(sort_rows(rows))
    assert to_json(sort_rows(shuffled)) == to_json(sort_rows(rows))
    ordered = sort_rows(rows)
    assert [r["period_end"] for r in ordered] == sorted(r["period_end"] for r in ordered)


@settings(max_examples=150, derandomize=True, deadline=None)
@given(region=_names, indicator=_names, unit=_names)
def test_json_round_trips_any_text(region: str, indicator: str, unit: str) -> None:
    rows = [record(region=region, indicator=indicator, unit=unit)]
    assert json.loads(to_json(rows)) == rows


# --- bulletin extract FILE --format table|csv|json ---------------------------------------------------


def _extract(runner, path: Path, fmt: str):
    return runner.invoke(main, ["extract", str(path), "--format", fmt])


def test_extract_json_is_the_contract(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": H1})
    result = _extract(runner, root / "content/2023/h1.md", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list) and data
    for item in data:
        assert list(item) == CONTRACT
        assert MONTH.match(item["period_start"]) and MONTH.match(item["period_end"])
    got = {(r["indicator"], r["period"], r["value"], r["yoy_pct"], r["rank"], r["rank_of"]) for r in data}
    assert ("地区生产总值", "2023-H1", 682.3, 8.4, None, None) in got
    assert ("地区生产总值", "2023-Q2", None, 9.1, None, None) in got
    assert ("进出口总额", "2023-H1", 121.4, -4.3, None, None) in got


def test_extract_csv_parses_with_the_contract_header(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": H1})
    result = _extract(runner, root / "content/2023/h1.md", "csv")
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"), newline=""))
    assert reader.fieldnames == CONTRACT
    rows = list(reader)
    as_json = json.loads(_extract(runner, root / "content/2023/h1.md", "json").stdout)
    assert [(r["indicator"], r["period"]) for r in rows] == [(r["indicator"], r["period"]) for r in as_json]


def test_extract_table_lists_the_figures(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": H1})
    result = _extract(runner, root / "content/2023/h1.md", "table")
    assert result.exit_code == 0, result.output
    for text in ("地区生产总值", "682.3", "+8.4", "进出口总额", "-4.3", "23/230", "both", "prose"):
        assert text in result.stdout, text


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_extract_shows_a_conflict_but_still_prints(make_site, runner, fmt: str) -> None:
    text = bulletin_text(
        "上半年,全区地区生产总值完成628.3亿元,同比增长8.4%。",
        extra="indicators:\n  - {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
    )
    root = make_site({"content/2023/h1.md": text})
    result = _extract(runner, root / "content/2023/h1.md", fmt)
    assert result.exit_code == 0, result.output
    assert "地区生产总值" in result.stdout
    assert "E303" in result.stderr and "628.3" in result.stderr and "682.3" in result.stderr
    if fmt == "json":
        (row,) = json.loads(result.stdout)
        assert list(row) == CONTRACT and row["indicator"] == "地区生产总值"


def test_extract_of_an_invalid_file_exits_1(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": "没有front-matter的文件。\n"})
    result = _extract(runner, root / "content/2023/h1.md", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []
    assert "E201" in result.stderr


# --- data/indicators.csv and .json of a site ---------------------------------------------------------
# ``check`` runs every stage of a build except chart rendering and writing; its files are what a
# build writes (see build.build(write=False)).


def site_files(root: Path) -> dict[str, bytes]:
    config, _ = load_config(root)
    result = check(config)
    assert not [d for d in result.diagnostics if d.severity.label == "error"], result.diagnostics
    return {f.path: f.data for f in result.files}


def test_site_data_files_follow_the_contract(make_site) -> None:
    root = make_site({"content/2023/h1.md": H1, "content/2023/q1.md": Q1})
    files = site_files(root)
    rows = read_csv(files["data/indicators.csv"])
    data = json.loads(files["data/indicators.json"].decode("utf-8"))["rows"]
    # the contract's columns first, then the ones published rows add (appended, never reordered)
    assert [list(item) for item in data] == [list(PUBLISHED_COLUMNS)] * len(data)
    assert list(PUBLISHED_COLUMNS[: len(CONTRACT)]) == list(CONTRACT)
    assert len(rows) == len(data) > 0
    for row, item in zip(rows, data, strict=True):
        assert MONTH.match(row["period_start"]) and MONTH.match(row["period_end"])
        for column in CONTRACT:
            if column in NUMERIC:
                assert (float(row[column]) if row[column] else None) == item[column], column
            else:
                assert row[column] == item[column], column
    keys = [(r["bulletin"], r["indicator"], r["period"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert {r["bulletin"] for r in rows} == {"h1", "q1"}
    assert sort_rows(data) == data


def test_site_data_files_do_not_depend_on_file_names(make_site) -> None:
    """The same bulletins under other file names (so read in another order) give the same bytes."""
    one = make_site(
        {
            "content/a.md": H1.replace("region:", "slug: h1\nregion:"),
            "content/b.md": Q1.replace("region:", "slug: q1\nregion:"),
        },
        name="one",
    )
    two = make_site(
        {
            "content/b.md": H1.replace("region:", "slug: h1\nregion:"),
            "content/a.md": Q1.replace("region:", "slug: q1\nregion:"),
        },
        name="two",
    )
    f1, f2 = site_files(one), site_files(two)
    assert f1["data/indicators.json"] == f2["data/indicators.json"]
    # line numbers differ by nothing: the slug line is in the same place in both
    assert f1["data/indicators.csv"] == f2["data/indicators.csv"]


def test_example_site_data_files(tmp_path: Path) -> None:
    root = tmp_path / "example"
    root.mkdir()
    shutil.copy(REPO / "bulletin.yaml", root / "bulletin.yaml")
    shutil.copytree(REPO / "content", root / "content")
    files = site_files(root)
    rows = read_csv(files["data/indicators.csv"])
    keys = [(r["bulletin"], r["indicator"], r["period"]) for r in rows]
    assert len(keys) == len(set(keys))
    got = {
        (
            r["bulletin"],
            r["indicator"],
            r["period"],
            r["value"],
            r["unit"],
            r["yoy_pct"],
            r["rank"],
            r["rank_of"],
        )
        for r in rows
    }
    assert ("2023-h1", "地区生产总值", "2023-H1", "682.3", "亿元", "8.4", "", "") in got
    assert ("2023-h1", "全国国家级经开区综合发展水平考核评价", "2023-H1", "", "", "", "23", "230") in got
    assert all(MONTH.match(r["period_start"]) and MONTH.match(r["period_end"]) for r in rows)
    # a second run gives the same bytes
    assert site_files(root)["data/indicators.csv"] == files["data/indicators.csv"]


def test_built_site_writes_the_data_files(make_site, runner, tmp_path: Path) -> None:
    """A real ``bulletin build`` writes the same contract files that check computes."""
    root = make_site({"content/2023/h1.md": H1, "content/2023/q1.md": Q1})
    expected = site_files(root)
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("data/indicators.csv", "data/indicators.json"):
        assert (out / name).read_bytes() == expected[name]
    read_csv((out / "data/indicators.csv").read_bytes())


@pytest.mark.slow
def test_example_build_writes_the_contract(tmp_path: Path, runner) -> None:
    root = tmp_path / "example"
    root.mkdir()
    shutil.copy(REPO / "bulletin.yaml", root / "bulletin.yaml")
    shutil.copytree(REPO / "content", root / "content")
    expected = site_files(root)
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(root), "-o", str(out), "-j", "2"])
    assert result.exit_code == 0, result.output
    csv_bytes = (out / "data/indicators.csv").read_bytes()
    assert csv_bytes == expected["data/indicators.csv"]
    assert (out / "data/indicators.json").read_bytes() == expected["data/indicators.json"]
    rows = read_csv(csv_bytes)
    assert len({(r["bulletin"], r["indicator"], r["period"]) for r in rows}) == len(rows)
    rows = json.loads(expected["data/indicators.json"])["rows"]
    assert sort_rows(rows) == rows


_cells = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), _names)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(_names, _cells, max_size=5), max_size=6), _names)
def test_record_per_line_json_reads_back_as_written(records: list[dict[str, object]], title: str) -> None:
    from bulletin.data.publish import _record_lines

    document = {"title": title, "rows": records, "columns": ["a", "b"], "empty": []}
    data = _record_lines(document)
    assert json.loads(data) == document and data.endswith(b"\n")
    # One line per record, so a changed figure is one changed line.
    assert len(data.splitlines()) == 2 + len(document) + (len(records) + 1 if records else 0)
    keys = [c for r in records for c in r]
    rows = [dict.fromkeys(keys, 1) | r for r in records]
    assert json.loads(to_json(rows, list(dict.fromkeys(keys)))) == [
        {c: r[c] for c in dict.fromkeys(keys)} for r in rows
    ]
