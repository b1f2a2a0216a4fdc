"""What an edit makes again (issue #10): the dataset part of the indicator whose figures changed,
the keys and alt text of the charts of the pages rendered again, no picture read to ask whether a
page has one. Each result must equal the one made from scratch."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin import cache
from bulletin.charts import render as chartrender
from bulletin.charts.preview import PreviewImages
from bulletin.charts.store import ChartViews
from bulletin.content.config import load_config
from bulletin.core.model import Report
from bulletin.core.units import quantity
from bulletin.data.dataset import build_dataset
from bulletin.pipeline import build, load_reports
from test_dataset import write_site


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return write_site(tmp_path / "src")


def _reports(root: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    config, _ = load_config(root, output_dir=tmp_path / "out", jobs=1)
    config = replace(config, cache_path=tmp_path / "cache")
    reports, catalog, diagnostics = load_reports(config)
    assert reports and not [d for d in diagnostics if d.severity.name == "ERROR"]
    return config, reports, catalog


def _tree(root: Path) -> dict[Path, bytes]:
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _same(a: cache.DatasetParts, b: cache.DatasetParts) -> None:
    assert a.rows == b.rows
    assert a.histories == b.histories
    assert set(a.diagnostics) == set(b.diagnostics) and len(a.diagnostics) == len(b.diagnostics)
    assert a.comparisons == b.comparisons


def test_the_dataset_of_the_parts_is_the_dataset_of_the_whole(archive: Path, tmp_path: Path) -> None:
    _, reports, catalog = _reports(archive, tmp_path)
    whole = build_dataset(reports, catalog)
    codes = {d.code for d in whole.diagnostics}
    assert {"I402", "W401"} <= codes  # revisions and implied growth: the checks across bulletins
    assert any(p.derived for h in whole.histories for p in h.points)  # and a derived period
    groups = cache.split_by_indicator(reports)
    assert len(groups) == len(whole.histories) > 2
    merged = cache.merge_parts(cache._build(group, catalog) for group in reversed(groups.values()))
    _same(merged, cache.DatasetParts(whole.rows, whole.histories, whole.diagnostics, whole.comparisons))


def _edited(reports: tuple[Report, ...], name: str) -> tuple[Report, ...]:
    """The reports with the first row of ``name`` given another value."""
    for i, report in enumerate(reports):
        for j, row in enumerate(report.indicators):
            if row.name == name and row.quantity is not None:
                amount = quantity(row.quantity.value + 1.0, row.quantity.unit, row.quantity.decimals)
                new = replace(row, measure=replace(row.measure, quantity=amount))
                rows = (*report.indicators[:j], new, *report.indicators[j + 1 :])
                return (*reports[:i], replace(report, indicators=rows), *reports[i + 1 :])
    raise AssertionError(f"no row of {name}")


def test_a_figure_edit_builds_the_part_of_its_indicator_only(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, reports, catalog = _reports(archive, tmp_path)
    built: list[str] = []
    make = cache._build
    monkeypatch.setattr(
        cache, "_build", lambda group, cat: built.append(group[0].indicators[0].name) or make(group, cat)
    )
    first = cache.dataset_parts(reports, catalog, config)
    assert sorted(built) == sorted(cache.split_by_indicator(reports))
    built.clear()
    assert cache.dataset_parts(reports, catalog, config) == first and built == []  # no table changed
    edited = _edited(reports, "一般公共预算收入")
    second = cache.dataset_parts(edited, catalog, config)
    assert built == ["一般公共预算收入"]
    _same(second, cache.dataset_parts(edited, catalog, replace(config, cache_path=tmp_path / "c3"), False))
    assert second.rows != first.rows
    # from disk as well as from this process's memory
    monkeypatch.setattr(cache, "_RECENT_PARTS", cache.Recent())
    monkeypatch.setattr(cache, "_RECENT_DATASET", cache.Recent())
    third = _edited(edited, "税收收入")
    fresh = cache.dataset_parts(third, catalog, replace(config, cache_path=tmp_path / "c2"), use_cache=False)
    built.clear()
    _same(cache.dataset_parts(third, catalog, config), fresh)
    assert built == ["税收收入"]


def test_asking_whether_a_page_has_a_picture_reads_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def read(*args: object) -> bytes:
        raise AssertionError("a picture was read")

    monkeypatch.setattr("bulletin.charts.preview.read_entry", read)
    images = PreviewImages(tmp_path, {"og-a": ("k" * 64, "s" * 64, None)})  # type: ignore[dict-item]
    assert "og-a" in images and "og-b" not in images and list(images) == ["og-a"]
    assert images.digest("og-a") == "s" * 64


def test_an_edit_keys_and_describes_only_the_charts_of_the_pages_it_renders(
    example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, _ = load_config(example_copy, output_dir=tmp_path / "out", jobs=1)
    config = replace(config, cache_path=tmp_path / "cache")
    first = build(config)
    assert first.files and first.stats["charts"] > 0
    made: set[str] = set()
    get = ChartViews.__getitem__
    monkeypatch.setattr(ChartViews, "__getitem__", lambda self, i: made.add(i) or get(self, i))
    keyed: list[str] = []
    key = chartrender.chart_key
    monkeypatch.setattr(chartrender, "chart_key", lambda spec: keyed.append(spec.id) or key(spec))
    path = example_copy / "content/2023/2023-annual.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("增长**9.0%**。", "增长**9.2%**。"), encoding="utf-8")
    second = build(config)
    assert second.files and second.stats["pages_reused"] > 0
    assert 0 < len(made) < second.stats["charts"] / 2
    assert set(keyed) <= {i for i in made} | {i + "-narrow" for i in made}
    clean = tmp_path / "clean"
    again = build(replace(config, output_dir=clean, cache_path=tmp_path / "c2", force=True))
    assert again.files
    out = {
        p.relative_to(tmp_path / "out"): p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()
    }
    fresh = {p.relative_to(clean): p.read_bytes() for p in clean.rglob("*") if p.is_file()}
    assert out == fresh
    shutil.rmtree(clean)


def test_a_download_is_keyed_by_its_rows_values_not_by_which_strings_they_share() -> None:
    # Rows loaded from the dataset cache share strings otherwise than rows just built: with the
    # pickle memo in the key, every download was made again after a figure edit.
    from bulletin.data.publish import _digest

    word = "".join(["地区", "生产总值"])  # built at run time: not an interned constant
    shared = [{"indicator": word, "value": 1.0}, {"indicator": word, "value": 2.0}]
    copied = [{"indicator": word, "value": 1.0}, {"indicator": "".join(["地区生产", "总值"]), "value": 2.0}]
    assert shared == copied and _digest(shared) == _digest(copied)
    assert _digest(shared) != _digest([{"indicator": word, "value": 1.0}])
