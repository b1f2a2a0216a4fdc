"""The data contract's rows made from the reports are the dataset's (issue #13: so a one-shot build
may make them when the downloads are written instead of holding the dataset's through the build)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bulletin import cache, pipeline
from bulletin.content.config import load_config
from bulletin.core.model import Report
from bulletin.core.recall import keep_last_build
from bulletin.data import publish
from bulletin.data.export import report_rows, sort_rows
from bulletin.site.downloads import data_files
from bulletin.site.state import SiteData
from conftest import EXAMPLE, REPO


def _contract_rows(reports: Iterable[Report]) -> tuple[dict[str, Any], ...]:
    """Every bulletin's table in ``sort_rows`` order: what the downloads would make them from."""
    return tuple(sort_rows(row for report in reports for row in report_rows(report)))


def _synthetic(make_site: Callable[..., Path], count: int) -> Path:
    """The benchmark's archive (30 districts, every period kind, ranks): several regions and years."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from corpus import write_bulletin_site
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    root = make_site({})
    write_bulletin_site(root, count)
    return root


@pytest.mark.parametrize("which", ["example", "synthetic"])
def test_the_contract_rows_of_the_reports_are_the_dataset_rows(
    which: str, make_site: Callable[..., Path], tmp_path: Path
) -> None:
    root = EXAMPLE if which == "example" else _synthetic(make_site, 90)
    config, _ = load_config(root)
    config = replace(config, cache_path=tmp_path / "cache")
    reports, catalog, found = pipeline.load_reports(config)
    assert reports and not [d for d in found if d.severity.name == "ERROR"]
    built = cache.dataset_parts(reports, catalog, config, use_cache=False)  # every part built
    cached = cache.dataset_parts(reports, catalog, config)  # the whole dataset from the cache
    assert len({r["region"] for r in built.rows}) > (1 if which == "synthetic" else 0)
    assert _contract_rows(reports) == built.rows == cached.rows
    assert _contract_rows(reversed(reports)) == built.rows  # whatever order the reports come in


def test_a_one_shot_build_holds_no_contract_rows_and_writes_the_same_downloads(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ~7.6 KB a bulletin held through the build: a one-shot build makes them when the downloads are
    # written; serve hands the dataset's over, the very objects it keeps, so it knows them again.
    root = _synthetic(make_site, 30)
    config, _ = load_config(root)
    given: list[object] = []
    made = publish.publish

    def spy(rows, *args, **kwargs):  # type: ignore[no-untyped-def]
        given.append(rows)
        return made(rows, *args, **kwargs)

    monkeypatch.setattr(publish, "publish", spy)
    kept = pipeline.build(replace(config, output_dir=tmp_path / "kept", cache_path=tmp_path / "c1"))
    assert kept.files and isinstance(given[0], tuple) and given[0]
    (whole,) = cache._RECENT_DATASET._values.values()
    assert given[0] is whole.rows  # serve's: the dataset's own rows
    keep_last_build(False)
    once = pipeline.build(replace(config, output_dir=tmp_path / "once", cache_path=tmp_path / "c2"))
    assert once.files and given[1] is None  # nothing held: made from the reports
    assert _tree(tmp_path / "kept") == _tree(tmp_path / "once")


def test_the_bare_downloads_made_from_the_reports_are_those_of_the_dataset_s_rows(
    make_site: Callable[..., Path], tmp_path: Path
) -> None:
    root = _synthetic(make_site, 30)
    config, _ = load_config(root)
    config = replace(config, cache_path=tmp_path / "cache")
    reports, catalog, _ = pipeline.load_reports(config)
    dataset = cache.dataset_parts(reports, catalog, config)
    held = SiteData(config, reports, dataset.histories, catalog=catalog, rows=dataset.rows)
    made = replace(held, rows=None)
    files = list(data_files(made))
    assert files and [(f.path, f.data) for f in files] == [(f.path, f.data) for f in data_files(held)]


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_one_shot_build_writes_each_download_before_the_next_is_made(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The client never holds the whole archive's downloads at once: each is staged (written, its
    # bytes let go) as it is made. The order of events shows it: a download is written before the
    # last one is made. (The golden site and the incremental tests hold the written bytes equal.)
    from bulletin.site.output import Staging

    root = _synthetic(make_site, 30)
    config, _ = load_config(root)
    events: list[tuple[str, str]] = []
    make, stage = publish._Files.add, Staging.add

    def made(self, path, key, data):  # type: ignore[no-untyped-def]
        events.append(("made", path))
        return make(self, path, key, data)

    def staged(self, item, keep=False):  # type: ignore[no-untyped-def]
        events.append(("written", item.path))
        return stage(self, item, keep)

    monkeypatch.setattr(publish._Files, "add", made)
    monkeypatch.setattr(Staging, "add", staged)
    keep_last_build(False)
    built = pipeline.build(replace(config, output_dir=tmp_path / "out", cache_path=tmp_path / "c"))
    assert built.files
    downloads = [path for kind, path in events if kind == "made"]
    assert len(downloads) > 10
    first_written = events.index(("written", downloads[0]))
    last_made = events.index(("made", downloads[-1]))
    assert first_written < last_made
