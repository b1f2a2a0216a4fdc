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
from bulletin.data.export import report_rows, sort_rows
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
