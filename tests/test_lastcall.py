"""A long-lived process (serve) keeps the last result of costly pure stages: it must be used only
for the very same inputs, and never when anything the stage reads has changed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bulletin.charts import kinds
from bulletin.charts.plan import plan_charts
from bulletin.core.lastcall import LastCall
from bulletin.core.model import SiteConfig, SourceFile
from bulletin.read import parse_report
from conftest import bulletin_text


def test_last_call_needs_the_same_objects_and_equal_values() -> None:
    last: LastCall[str] = LastCall()
    rows = [{"a": 1}, {"b": 2}]
    assert last.get((rows,), "v") is None
    assert last.keep((rows,), "v", "made") == "made"
    assert last.get((list(rows),), "v") == "made"  # another list holding the same objects
    assert last.get(([{"a": 1}, {"b": 2}],), "v") is None  # equal objects are not the same ones
    assert last.get((rows[:1],), "v") is None
    assert last.get((rows,), "w") is None
    assert last.get((rows, []), "v") is None


def _report(tmp_path: Path, catalog, growth: str):
    config = SiteConfig(root=tmp_path, output_dir=tmp_path / "site")
    text = bulletin_text(f"上半年,全区地区生产总值完成682.3亿元,同比增长{growth}%。")
    report, found = parse_report(SourceFile("content/2023/h1.md", text, "0"), config, catalog)
    assert report is not None, found
    return report


def test_the_chart_plan_is_made_again_when_a_figure_changes(tmp_path: Path, catalog) -> None:
    first = plan_charts([_report(tmp_path, catalog, "8.4")], (), ["zh-CN"], "站点", None)
    again = plan_charts([_report(tmp_path, catalog, "8.4")], (), ["zh-CN"], "站点", None)
    assert again is first  # equal tables, the same (here: no) histories
    changed = plan_charts([_report(tmp_path, catalog, "9.9")], (), ["zh-CN"], "站点", None)
    assert changed is not first and list(changed.all_specs()) != list(first.all_specs())
    renamed = plan_charts([_report(tmp_path, catalog, "9.9")], (), ["zh-CN"], "另一站点", None)
    assert renamed is not changed


def test_the_chart_plan_follows_the_chart_kind_registry(
    tmp_path: Path, catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(tmp_path, catalog, "8.4")
    first = plan_charts([report], (), ["zh-CN"], "站点", None)
    growth = kinds.kind("growth")
    assert growth.narrow is not None and any(s.kind == "growth" for s in first.all_specs())
    monkeypatch.setattr(
        kinds, "_BY_NAME", {**kinds._BY_NAME, "growth": dataclasses.replace(growth, narrow=None)}
    )
    without = plan_charts([report], (), ["zh-CN"], "站点", None)
    assert len(list(without.all_specs())) < len(list(first.all_specs()))  # no phone-width twin any more


def test_number_texts_are_remembered_per_type_sign_decimals_and_language() -> None:
    from decimal import Decimal

    from bulletin.core.i18n import format_number, format_signed

    # Equal keys that must not share a text: 0.0 and -0.0, 1 and 1.0 with other decimals, languages.
    assert [format_number(v, "en") for v in (0.0, -0.0, 0.0)] == ["0", "-0", "0"]
    assert format_number(1318.5, "zh-CN") == format_number(1318.5, "en") == "1,318.5"
    assert format_number(1, "en", 1) == "1.0" and format_number(1.0, "en") == "1"
    assert format_number(682.3, "en", 2) == "682.30" and format_number(682.3, "en") == "682.3"
    assert format_signed(-2.1, "en") == "−2.1" and format_signed(2.1, "en") == "+2.1"
    # What a site's own template may hand the num filter is still formatted.
    assert format_number("1234.5", "en", 1) == "1,234.5" and format_number(Decimal("1.50"), "en") == "1.5"
