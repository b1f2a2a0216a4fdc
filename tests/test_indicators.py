"""Tests for bulletin.indicators: front-matter and prose merged into one table and cross-checked.

Unit level through ``parse_report`` (front-matter parsed for real, so line numbers are file lines),
and end to end through ``bulletin check`` and ``bulletin build``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin.cli import main
from bulletin.content.catalog import Catalog, load_catalog
from bulletin.core.errors import Diagnostic, Severity
from bulletin.core.model import Indicator, SiteConfig, SourceFile
from bulletin.extract.merge import numbers_agree
from bulletin.read import parse_report
from conftest import REPO, bulletin_text

GDP_SENTENCE = "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。"


def _indicators(*items: str) -> str:
    return "indicators:\n" + "\n".join(f"  - {item}" for item in items)


def parse(
    tmp_path: Path, catalog: Catalog, body: str, *items: str
) -> tuple[tuple[Indicator, ...], tuple[Diagnostic, ...], str]:
    text = bulletin_text(body, extra=_indicators(*items) if items else "")
    config = SiteConfig(root=tmp_path, output_dir=tmp_path / "site")
    report, found = parse_report(SourceFile("content/2023/h1.md", text, "0"), config, catalog)
    assert report is not None, found
    return report.indicators, found, text


def line_of(text: str, fragment: str) -> int:
    hits = [i for i, line in enumerate(text.splitlines(), start=1) if fragment in line]
    assert len(hits) == 1, fragment
    return hits[0]


def codes(found: tuple[Diagnostic, ...]) -> list[str]:
    return [d.code for d in found]


# --- one row per canonical indicator and period; where it came from -------------------------------


@pytest.mark.parametrize(
    ("body", "items", "expected"),
    [
        (
            GDP_SENTENCE,
            ["{name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}"],
            [("地区生产总值", "2023-H1", "both", 682.3, "亿元", 8.4)],
        ),
        (
            "会议听取了上半年经济运行情况汇报。",
            ["{name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}"],
            [("地区生产总值", "2023-H1", "front-matter", 682.3, "亿元", 8.4)],
        ),
        (GDP_SENTENCE, [], [("地区生产总值", "2023-H1", "prose", 682.3, "亿元", 8.4)]),
        # an alias in the front-matter and the canonical name in the text: one row, canonical name
        (
            "规模以上工业增加值完成332亿元,同比增长11.3%。",
            ["{name: 规上工业增加值, value: 332, unit: 亿元, yoy: 11.3}"],
            [("规模以上工业增加值", "2023-H1", "both", 332, "亿元", 11.3)],
        ),
        (
            "规上工业增加值完成332亿元,同比增长11.3%。",
            ["{name: industrial value added, value: 332, unit: 亿元}"],
            [("规模以上工业增加值", "2023-H1", "both", 332, "亿元", 11.3)],
        ),
        # the front-matter fills what the text leaves out, and the other way round
        (
            "上半年,全区地区生产总值完成682.3亿元。",
            ["{name: 地区生产总值, yoy: 8.4}"],
            [("地区生产总值", "2023-H1", "both", 682.3, "亿元", 8.4)],
        ),
        # the same indicator for another period is another row
        (
            "上半年,地区生产总值增长8.4%,其中二季度增长9.1%。",
            ["{name: 地区生产总值, yoy: 9.1, period: 2023-Q2}"],
            [
                ("地区生产总值", "2023-Q2", "both", None, "", 9.1),
                ("地区生产总值", "2023-H1", "prose", None, "", 8.4),
            ],
        ),
        # two figures in the text and the front-matter: two rows, both "both"
        (
            GDP_SENTENCE + "固定资产投资完成178亿元,同比增长7.3%。",
            ["{name: 固定资产投资, value: 178, unit: 亿元}", "{name: GDP, yoy: 8.4}"],
            [
                ("地区生产总值", "2023-H1", "both", 682.3, "亿元", 8.4),
                ("固定资产投资", "2023-H1", "both", 178, "亿元", 7.3),
            ],
        ),
    ],
    ids=[
        "both",
        "front-matter-only",
        "prose-only",
        "alias-in-front-matter",
        "english-alias-in-front-matter",
        "fills-gaps",
        "own-period",
        "two-indicators",
    ],
)
def test_one_row_per_indicator_and_period(
    tmp_path: Path, catalog: Catalog, body: str, items: list[str], expected: list[tuple]
) -> None:
    table, found, _ = parse(tmp_path, catalog, body, *items)
    assert found == ()
    got = sorted((r.name, r.period.code, r.source, r.value, r.unit, r.yoy_pct) for r in table)
    assert got == sorted(expected)
    assert len({(r.name, r.period) for r in table}) == len(table)


def test_figure_mentioned_twice_is_one_row(tmp_path: Path, catalog: Catalog) -> None:
    body = GDP_SENTENCE + "\n\n会议指出,地区生产总值682.3亿元,增速居全市第2位。"
    table, found, text = parse(tmp_path, catalog, body)
    assert found == ()
    assert [(r.name, r.value, r.yoy_pct, r.rank, r.line) for r in table] == [
        ("地区生产总值", 682.3, 8.4, 2, line_of(text, "上半年,全区地区生产总值"))
    ]


# --- rounding is not a disagreement -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "item"),
    [
        (GDP_SENTENCE, "{name: 地区生产总值, value: 682.30, unit: 亿元, yoy: 8.40}"),
        (GDP_SENTENCE, "{name: 地区生产总值, value: '682.30', unit: 亿元, yoy: '8.40'}"),
        (GDP_SENTENCE, "{name: 地区生产总值, value: 682, unit: 亿元, yoy: 8}"),
        (GDP_SENTENCE, "{name: 地区生产总值, value: 68.23, unit: 十亿元}"),
        (GDP_SENTENCE, "{name: 地区生产总值, value: 6823000, unit: 万元}"),
        (GDP_SENTENCE, "{name: 地区生产总值, value: 68.23, unit: billion yuan}"),
        ("规上工业增加值152.4亿元,增长11.3%。", "{name: 规上工业增加值, value: 15.24, unit: billion yuan}"),
        ("规上工业增加值152.4亿元,增长11.3%。", "{name: 规上工业增加值, value: 15.24, unit: CNY billion}"),
        ("城镇调查失业率为5.2%。", "{name: 城镇调查失业率, value: 5.20, unit: '%'}"),
    ],
    ids=[
        "trailing-zeros",
        "quoted-numbers",
        "less-precise",
        "shi-yi",
        "wan-yuan",
        "billion-yuan-gdp",
        "billion-yuan",
        "cny-billion",
        "percent-level",
    ],
)
def test_rounding_is_not_a_disagreement(tmp_path: Path, catalog: Catalog, body: str, item: str) -> None:
    table, found, _ = parse(tmp_path, catalog, body, item)
    assert found == ()
    assert len(table) == 1 and table[0].source == "both"


@pytest.mark.parametrize(
    ("a", "a_dec", "b", "b_dec", "agree"),
    [
        (8.4, 1, 8.40, 2, True),
        (8.0, 0, 8.4, 1, True),
        (8.0, 0, 8.5, 1, True),
        (8.0, 0, 8.6, 1, False),
        (8.4, 1, 8.45, 2, True),
        (8.4, 1, 8.46, 2, False),
        (8.4, 1, 4.8, 1, False),
        (-4.3, 1, -4.30, 2, True),
        (-4.3, 1, 4.3, 1, False),
    ],
)
def test_numbers_agree(a: float, a_dec: int, b: float, b_dec: int, agree: bool) -> None:
    assert numbers_agree(a, a_dec, b, b_dec) is agree
    assert numbers_agree(b, b_dec, a, a_dec) is agree


# --- a planted disagreement is E303, naming both places ------------------------------------------------

CONFLICTS = [
    (
        "value",
        "上半年,全区地区生产总值完成628.3亿元,同比增长8.4%。",
        "{name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
        ("682.3亿元", "628.3亿元"),
    ),
    (
        "yoy",
        "上半年,全区地区生产总值完成682.3亿元,同比增长4.8%。",
        "{name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
        ("+8.4%", "+4.8%"),
    ),
    (
        "sign",
        "进出口总额121.4亿元,同比增长4.3%。",
        "{name: 进出口总额, value: 121.4, unit: 亿元, yoy: -4.3}",
        ("-4.3%", "+4.3%"),
    ),
    (
        "scale",
        "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。",
        "{name: 地区生产总值, value: 682.3, unit: 万元}",
        ("682.3万元", "682.3亿元"),
    ),
    (
        "rank",
        "在全国230家国家级经开区综合发展水平考核评价中居第32位。",
        "{name: 全国国家级经开区综合发展水平考核评价, rank: 23, rank_of: 230}",
        ("rank 23", "rank 32"),
    ),
]


@pytest.mark.parametrize(
    ("body", "item", "values"), [c[1:] for c in CONFLICTS], ids=[c[0] for c in CONFLICTS]
)
def test_disagreement_is_e303(tmp_path: Path, body: str, item: str, values: tuple) -> None:
    site_catalog, problems = load_catalog(REPO)  # the example site's catalogue knows the evaluations
    assert problems == ()
    _, found, text = parse(tmp_path, site_catalog, body, item)
    assert codes(found) == ["E303"]
    d = found[0]
    fm_line, prose_line = line_of(text, "  - {name:"), line_of(text, body[:8])
    assert d.severity is Severity.ERROR
    assert (d.location.path, d.location.line) == ("content/2023/h1.md", fm_line)
    assert d.related is not None and (d.related.path, d.related.line) == ("content/2023/h1.md", prose_line)
    for value in values:
        assert value in d.message
    assert f"line {fm_line}" in d.message and f"line {prose_line}" in d.message
    assert d.hint is not None and "correct" in d.hint


def _conflict_site(make_site, body: str, item: str) -> tuple[Path, str]:
    text = bulletin_text(body, extra=_indicators(item))
    return make_site({"content/2023/h1.md": text}), text


@pytest.mark.parametrize(
    ("body", "item", "values"),
    [CONFLICTS[0][1:], CONFLICTS[1][1:]],
    ids=["value", "yoy"],
)
def test_check_fails_on_a_disagreement_and_names_both_places(
    make_site, runner, body: str, item: str, values: tuple
) -> None:
    root, text = _conflict_site(make_site, body, item)
    fm_line, prose_line = line_of(text, "  - {name:"), line_of(text, "全区地区生产总值")
    assert (fm_line, prose_line) == (7, 10)  # the layout bulletin_text gives; asserted below as numbers

    result = runner.invoke(main, ["check", str(root)])
    assert result.exit_code == 1, result.output
    out = result.stderr
    assert "content/2023/h1.md:7" in out
    assert "E303" in out and "地区生产总值" in out
    for value in values:
        assert value in out
    assert "line 7" in out and "line 10" in out
    assert "correct" in out
    assert "content/2023/h1.md:10" in out  # the other side of the conflict

    result = runner.invoke(main, ["check", str(root), "--format", "json"])
    assert result.exit_code == 1
    (d,) = json.loads(result.stdout)
    assert (d["severity"], d["code"], d["path"], d["line"]) == ("error", "E303", "content/2023/h1.md", 7)
    assert "地区生产总值" in d["message"] and "line 10" in d["message"]
    assert all(v in d["message"] for v in values)
    assert "correct" in d["hint"]


def test_build_fails_on_a_disagreement_and_writes_nothing(make_site, runner) -> None:
    root, _ = _conflict_site(make_site, *CONFLICTS[0][1:3])
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    result = runner.invoke(main, ["build", str(root)])
    assert result.exit_code == 1, result.output
    assert "E303" in result.output
    assert not (root / "site").exists()
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_build_to_an_output_folder_writes_nothing_on_a_disagreement(make_site, runner, tmp_path) -> None:
    root, _ = _conflict_site(make_site, *CONFLICTS[1][1:3])
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(root), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert not out.exists()


# --- W304, E305, E302 --------------------------------------------------------------------------------


def test_unknown_front_matter_indicator_is_w304(tmp_path: Path, catalog: Catalog) -> None:
    table, found, text = parse(
        tmp_path, catalog, GDP_SENTENCE, "{name: 新签约亿元以上项目, value: 12, unit: 个}"
    )
    assert codes(found) == ["W304"]
    assert found[0].severity is Severity.WARNING
    assert found[0].location.line == line_of(text, "新签约亿元以上项目")
    row = next(r for r in table if r.name == "新签约亿元以上项目")
    assert (row.source, row.value, row.unit, row.known) == ("front-matter", 12, "个", False)


def test_misspelt_indicator_is_an_error_with_a_suggestion(tmp_path: Path, catalog: Catalog) -> None:
    # One character off a catalogue name: a typo (E308), not a new indicator with a page of its own.
    _, found, _ = parse(tmp_path, catalog, GDP_SENTENCE, "{name: 地区生产总直, value: 682.3, unit: 亿元}")
    assert "E308" in codes(found) and "W304" not in codes(found)
    e307 = next(d for d in found if d.code == "E308")
    assert e307.hint is not None and "did you mean '地区生产总值'" in e307.hint


def test_w304_exits_0_from_check_and_1_with_strict(make_site, runner) -> None:
    text = bulletin_text(GDP_SENTENCE, extra=_indicators("{name: 新签约亿元以上项目, value: 12, unit: 个}"))
    root = make_site({"content/2023/h1.md": text})
    result = runner.invoke(main, ["check", str(root)])
    assert result.exit_code == 0, result.output
    assert "W304" in result.stderr and "新签约亿元以上项目" in result.stderr
    result = runner.invoke(main, ["check", str(root), "--strict"])
    assert result.exit_code == 1, result.output
    assert "W304" in result.stderr


def test_same_indicator_declared_twice_is_e305(tmp_path: Path, catalog: Catalog) -> None:
    _, found, text = parse(
        tmp_path,
        catalog,
        GDP_SENTENCE,
        "{name: 地区生产总值, value: 682.3, unit: 亿元}",
        "{name: GDP, yoy: 8.4}",
    )
    assert codes(found) == ["E305"]
    d = found[0]
    assert d.location.line == line_of(text, "{name: GDP")
    assert d.related is not None and d.related.line == line_of(text, "{name: 地区生产总值")
    assert "地区生产总值" in d.message


def test_same_indicator_for_two_periods_is_not_e305(tmp_path: Path, catalog: Catalog) -> None:
    _, found, _ = parse(
        tmp_path,
        catalog,
        GDP_SENTENCE,
        "{name: 地区生产总值, yoy: 8.4}",
        "{name: 地区生产总值, yoy: 9.1, period: 2023-Q2}",
    )
    assert found == ()


def test_e305_fails_check(make_site, runner) -> None:
    extra = _indicators("{name: 地区生产总值, yoy: 8.4}", "{name: 地区生产总值, yoy: 8.4}")
    root = make_site({"content/2023/h1.md": bulletin_text(GDP_SENTENCE, extra=extra)})
    result = runner.invoke(main, ["check", str(root), "--format", "json"])
    assert result.exit_code == 1
    assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == [("E305", 8)]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("{name: 综合排名, value: 5}", ["E302"]),  # the catalogue has no unit for it
        ("{name: 新签约亿元以上项目, value: 12}", ["E302", "W304"]),  # not in the catalogue: no unit either
        ("{name: 地区生产总值, value: 682.3}", []),  # the catalogue's unit (亿元) is used
        ("{name: 综合排名, rank: 5}", []),  # a rank needs no unit
    ],
    ids=["catalogue-without-unit", "unknown-indicator", "catalogue-unit", "rank-only"],
)
def test_value_without_unit(tmp_path: Path, catalog: Catalog, item: str, expected: list[str]) -> None:
    table, found, text = parse(tmp_path, catalog, "会议听取了汇报。", item)
    assert sorted(codes(found)) == expected
    for d in found:
        assert d.location.line == line_of(text, "  - {name:")
    if not expected:
        assert len(table) == 1
    if expected and expected[0] == "E302":
        assert all(r.source != "front-matter" for r in table)


def test_catalogue_unit_is_used_for_a_bare_value(tmp_path: Path, catalog: Catalog) -> None:
    table, found, _ = parse(tmp_path, catalog, GDP_SENTENCE, "{name: 地区生产总值, value: 682.3}")
    assert found == ()
    assert [(r.value, r.unit, r.source) for r in table] == [(682.3, "亿元", "both")]


def test_e302_fails_check(make_site, runner) -> None:
    root = make_site(
        {"content/2023/h1.md": bulletin_text(GDP_SENTENCE, extra=_indicators("{name: 综合排名, value: 5}"))}
    )
    result = runner.invoke(main, ["check", str(root), "--format", "json"])
    assert result.exit_code == 1
    assert [(d["code"], d["path"], d["line"]) for d in json.loads(result.stdout)] == [
        ("E302", "content/2023/h1.md", 7)
    ]
