"""Every statement of a figure is cross-checked (issue 9, class 12 and deliverable 5): prose against
prose, prose against tables, the summary and the title against the body."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bulletin.content.catalog import Catalog
from bulletin.core.messages import translate, translate_hint
from bulletin.core.model import SourceFile
from bulletin.read import read_report
from conftest import bulletin_text


def _read(catalog: Catalog, text: str):
    report, found = read_report(SourceFile("content/h1.md", text, "0"), catalog)
    assert report is not None, found
    return report, found


def _clashes(found) -> list[tuple[int, int | None]]:
    return [(d.location.line, d.related.line if d.related else None) for d in found if d.code == "E309"]


def test_a_table_that_contradicts_the_prose_names_both_lines(catalog: Catalog) -> None:
    body = (
        "上半年,全区一般公共预算收入8.9亿元,增长6.1%。\n\n"
        "| 指标 | 1-6月 | 增长% |\n|---|---|---|\n| 一般公共预算收入(亿元) | 9.8 | 6.1 |\n"
    )
    _, found = _read(catalog, bulletin_text(body))
    # front-matter is lines 1-6, the body starts on line 8; the table row is line 12
    assert _clashes(found) == [(12, 8)]
    clash = next(d for d in found if d.code == "E309")
    assert "8.9亿元" in clash.message and "9.8亿元" in clash.message


def test_two_paragraphs_that_give_two_gdp_figures(catalog: Catalog) -> None:
    body = "上半年,全区地区生产总值682.3亿元,增长8.4%。\n\n综合来看,全区地区生产总值628.3亿元,增长8.4%。"
    _, found = _read(catalog, bulletin_text(body))
    assert _clashes(found) == [(10, 8)]


def test_the_summary_that_contradicts_the_body(catalog: Catalog) -> None:
    text = bulletin_text(extra="summary: 上半年全区地区生产总值增长8.5%。")
    _, found = _read(catalog, text)
    # summary: is on line 6, the body's sentence on line 9
    assert _clashes(found) == [(6, 9)]
    clash = next(d for d in found if d.code == "E309")
    zh = translate(clash.code, clash.message, "zh-CN")
    assert "摘要（第 6 行）" in zh and "第 9 行" in zh
    assert "改正第 9 行或第 6 行" in (translate_hint(clash.hint, "zh-CN") or "")


def test_the_title_that_contradicts_the_body(catalog: Catalog) -> None:
    _, found = _read(catalog, bulletin_text(title="上半年全区地区生产总值增长9.4%"))
    assert _clashes(found) == [(2, 8)]


def test_rounding_and_other_periods_are_no_disagreement(catalog: Catalog) -> None:
    body = (
        "上半年,全区地区生产总值682.3亿元,增长8.4%。\n\n"
        "全区地区生产总值约682亿元,增长8.40%。一季度,全区地区生产总值320.1亿元,增长7.9%。"
    )
    _, found = _read(catalog, bulletin_text(body, extra="summary: 上半年地区生产总值增长8.4%。"))
    assert _clashes(found) == []


def test_an_elliptical_reading_that_disagrees_is_held_back_not_an_error(catalog: Catalog) -> None:
    body = "上半年,全区第一产业增加值20.1亿元,增长3.5%。\n\n全区农业生产形势较好,第一产业增长12.9%。"
    report, found = _read(catalog, bulletin_text(body))
    assert _clashes(found) == []
    row = next(r for r in report.indicators if r.name == "第一产业增加值")
    assert row.yoy_pct == 3.5
    note = next(d for d in found if d.code == "I307" and d.location.line == 10)
    assert "line 8" in note.message
    assert "不一致" in translate(note.code, note.message, "zh-CN")


def test_check_fails_on_a_contradiction_and_names_both_lines(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "bulletin.yaml").write_text("title: 测试\nlanguage: zh-CN\n", encoding="utf-8")
    body = "上半年,全区地区生产总值682.3亿元,增长8.4%。\n\n全区地区生产总值628.3亿元。"
    (tmp_path / "content" / "h1.md").write_text(bulletin_text(body), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bulletin", "check", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = done.stdout + done.stderr
    assert done.returncode != 0
    assert "E309" in out and "h1.md:10" in out and "第 8 行" in out
    assert "Traceback" not in out


def test_why_a_reading_is_held_back_is_said_in_chinese(catalog: Catalog) -> None:
    _, found = _read(catalog, bulletin_text("上半年,全区上涨的有5个,下降的有3个。"))
    notes = [translate(d.code, d.message, "zh-CN") for d in found if d.code == "I307"]
    assert notes and all("不是指标" in n and "not an indicator" not in n for n in notes)


def test_one_statistic_in_prose_and_in_a_table_is_one_row(catalog: Catalog) -> None:
    # class 10: 18.46万人 in the prose and 184572人 in the table are the same figure, rounded
    body = (
        "年末全区常住人口18.46万人,比上年末增长0.8%。\n\n"
        "| 指标 | 2023年 | 增长% |\n|---|---|---|\n| 年末常住人口(人) | 184572 | 0.8 |\n"
    )
    report, found = _read(catalog, bulletin_text(body, period="2023", date="2024-02-20"))
    rows = [r for r in report.indicators if r.name == "年末常住人口"]
    assert len(rows) == 1 and _clashes(found) == []
    assert rows[0].value == 18.46 and rows[0].unit == "万人"
