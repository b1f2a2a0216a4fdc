"""Whole builds of the example site: byte-identical output, chart cache hits, pool equals in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from bulletin.content.config import load_config
from bulletin.pipeline import build
from conftest import EXAMPLE

pytestmark = pytest.mark.slow


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _build(out: Path, cache: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    monkeypatch.setenv("BULLETIN_CACHE_DIR", str(cache))
    config, _ = load_config(EXAMPLE, output_dir=out, jobs=jobs)
    result = build(config)
    assert result.files, [str(d) for d in result.diagnostics]
    return result.stats


def test_two_builds_are_byte_identical_and_the_second_renders_no_chart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _build(tmp_path / "one", tmp_path / "cache", 2, monkeypatch)
    second = _build(tmp_path / "two", tmp_path / "cache", 2, monkeypatch)
    assert first["chart_misses"] == first["charts"] > 0
    assert second["chart_misses"] == 0 and second["chart_hits"] == second["charts"]
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


def test_pool_and_in_process_builds_are_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _build(tmp_path / "pool", tmp_path / "cache-pool", 2, monkeypatch)
    _build(tmp_path / "solo", tmp_path / "cache-solo", 1, monkeypatch)
    pool, solo = _tree(tmp_path / "pool"), _tree(tmp_path / "solo")
    assert pool.keys() == solo.keys()
    assert [path for path in pool if pool[path] != solo[path]] == []


def test_output_has_no_clock_in_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No build date anywhere: dates in pages come from the content."""
    import datetime as dt

    _build(tmp_path / "out", tmp_path / "cache", 1, monkeypatch)
    today = dt.date.today()
    stamps = {today.isoformat(), f"{today.year}年{today.month}月{today.day}日"}
    for path, data in _tree(tmp_path / "out").items():
        if path.endswith((".html", ".svg", ".json", ".csv")):
            text = data.decode("utf-8-sig")
            assert not any(s in text for s in stamps), path
