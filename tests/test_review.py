"""Editors publish or silence readings: front-matter ignore:, and extract --front-matter to paste."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from bulletin.content.catalog import Catalog
from bulletin.core.model import SourceFile
from bulletin.data.declare import front_matter_yaml
from bulletin.read import read_report
from conftest import bulletin_text

BODY = "上半年,全区一般公共预算收入完成175.0亿元,同比增长8.0%。新签约项目57个,增长23.9%。\n"


def _read(catalog: Catalog, text: str):
    report, found = read_report(SourceFile("content/h1.md", text, "0"), catalog)
    assert report is not None, found
    return report, found


def test_ignore_silences_a_reading_by_any_of_its_names(catalog: Catalog) -> None:
    report, _ = _read(catalog, bulletin_text(BODY))
    assert {r.name for r in report.indicators} == {"一般公共预算收入", "新签约项目"}
    report, found = _read(catalog, bulletin_text(BODY, extra="ignore: [新签约项目, 地方一般公共预算收入]"))
    assert report.indicators == () and not [d for d in found if d.code.startswith("W213")]
    assert report.meta.ignore == ("新签约项目", "地方一般公共预算收入")


def test_ignore_must_be_a_list_of_names(catalog: Catalog) -> None:
    report, found = read_report(
        SourceFile("content/h1.md", bulletin_text(BODY, extra="ignore: {a: 1}"), "0"), catalog
    )
    assert report is None and [d.code for d in found] == ["E206"]


def test_front_matter_yaml_round_trips_with_stated_precision(catalog: Catalog) -> None:
    report, _ = _read(catalog, bulletin_text(BODY + "二季度一般公共预算收入增长9.1%。\n"))
    text = front_matter_yaml(report)
    assert '{name: "一般公共预算收入", value: 175.0, unit: "亿元", yoy: 8.0}' in text
    assert 'period: "2023-Q2"' in text
    declared = yaml.safe_load(text)["indicators"]
    # pasted into the front-matter, every row is declared and agrees with the prose: no conflict
    pasted, found = _read(catalog, bulletin_text(BODY + "二季度一般公共预算收入增长9.1%。\n", extra=text))
    assert not [d for d in found if d.code == "E303"]
    assert {r.source for r in pasted.indicators} == {"both"} and len(declared) == len(pasted.indicators)


def test_extract_command_prints_front_matter(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "h1.md"
    page.write_text(bulletin_text(BODY), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bulletin", "extract", str(page), "--front-matter"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert yaml.safe_load(done.stdout)["indicators"][0] == {
        "name": "一般公共预算收入",
        "value": 175.0,
        "unit": "亿元",
        "yoy": 8.0,
    }
