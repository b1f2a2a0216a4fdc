"""Bulletin pages keyed by what their view is made of (site/lazy.py): an unchanged page is kept
without making its view, and a page whose inputs changed is made and rendered as before."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bulletin import build
from bulletin.content.config import load_config
from bulletin.site import listings
from bulletin.site.lazy import LazyView


def test_a_lazy_view_is_made_once_on_first_read_and_pickles_as_the_view() -> None:
    made: list[int] = []

    def make() -> dict[str, Any]:
        made.append(1)
        return {"title": "二〇二三年经济运行情况", "rows": [1, 2]}

    word = "".join(["地区", "生产总值"])  # equal values in different objects digest alike
    view = LazyView(make, {"name": word}, (1, None))
    assert made == []  # keyed without being made
    assert view.inputs == LazyView(make, {"name": "地区生产总值"}, (1, None)).inputs
    assert view.inputs != LazyView(make, {"name": word}, (2, None)).inputs
    assert view["title"].startswith("二〇二三") and len(view) == 2 and dict(view) == make()
    assert len(made) == 2  # the view once, and the direct call above
    copied = pickle.loads(pickle.dumps(view))
    assert type(copied) is dict and copied == make()


@pytest.mark.slow
def test_an_edit_makes_only_the_views_of_the_pages_it_changes(
    example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, _ = load_config(example_copy, output_dir=tmp_path / "out", jobs=1)
    made: list[str] = []
    series: list[str] = []
    real, real_series = listings.bulletin_view, listings.indicator_view

    def counted(report: Any, *args: Any) -> dict[str, Any]:
        made.append(report.slug)
        return real(report, *args)

    def counted_series(history: Any, *args: Any) -> dict[str, Any]:
        series.append(history.slug)
        return real_series(history, *args)

    monkeypatch.setattr(listings, "bulletin_view", counted)
    monkeypatch.setattr(listings, "indicator_view", counted_series)
    first = build(config)
    pages, indicator_pages = len(made), len(series)
    assert pages >= 2 * 6  # every bulletin in both languages
    made.clear()
    series.clear()
    path = example_copy / "content/2023/2023-annual.md"
    text = path.read_text(encoding="utf-8")
    assert "增长**9.0%**。" in text
    path.write_text(text.replace("增长**9.0%**。", "增长**9.1%**。"), encoding="utf-8")
    second = build(config)
    # the edited bulletin, and the neighbours whose previous/next card digests it, in each language
    assert 2 <= len(made) <= 6 and "2023-annual" in made
    # only the series the edited figure belongs to (in each language), not every indicator's page
    assert 1 <= len(series) < indicator_pages
    assert second.stats["pages_reused"] > 0 and first.files
    clean = build(replace(load_config(example_copy, output_dir=tmp_path / "clean", jobs=1)[0], force=True))
    assert {f.path: f.content() for f in second.files} == {f.path: f.content() for f in clean.files}
