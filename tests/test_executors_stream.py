"""Streaming page writes: the client holds at most a window of rendered pages, and the site is the same.

Memory is bounded by counting, not by timing: a test executor renders each batch when it is
submitted (so a rendered page is held from then on) and the staging folder counts the pages
written; the difference is how many rendered pages the client holds at any moment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bulletin import pipeline, stream
from bulletin.content.config import load_config
from bulletin.core.executors import (
    DEFAULT_WINDOW,
    InlineExecutor,
    ProcessExecutor,
    _call_chunk,
    _chunks,
    _unpack,
    _windowed,
)
from bulletin.core.model import OutputFile
from bulletin.pipeline import build
from bulletin.site.output import Staging
from bulletin.site.render import render_page
from conftest import bulletin_text


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value

    def cancel(self) -> None:
        pass


class CountingExecutor(InlineExecutor):
    """Renders a batch of pages when it is submitted; counts the pages rendered and not yet written."""

    def __init__(self) -> None:
        self.rendered = self.written = self.peak = 0
        self.windows: list[tuple[int, int | None]] = []

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        *,
        common: tuple[Any, ...] = (),
        chunksize: int | None = None,
        window: int = DEFAULT_WINDOW,
    ) -> Iterator[Any]:
        if fn is not render_page:
            return super().map(fn, items, common=common, chunksize=chunksize, window=window)
        self.windows.append((window, chunksize))

        def submit(chunk: Sequence[Any]) -> _Done:
            done = _Done(_call_chunk(fn, chunk, *common))
            self.rendered += len(chunk)
            self.peak = max(self.peak, self.rendered - self.written)
            return done

        return _unpack(_windowed(_chunks(items, chunksize or 1), submit, window))


def _archive(make_site: Callable[..., Path], count: int) -> Path:
    files = {}
    for i in range(count):
        body = f"上半年,全区地区生产总值完成{600 + i}.3亿元,同比增长{i % 9}.4%。"
        year = 1990 + i
        files[f"content/{year}/h{year}.md"] = bulletin_text(body, period=f"{year}-H1", date=f"{year}-08-19")
    return make_site(files)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _counted_build(root: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> CountingExecutor:
    executor = CountingExecutor()
    monkeypatch.setattr(pipeline, "open_executor", lambda *args: executor)
    add = Staging.add

    def counting_add(self: Staging, item: OutputFile, keep: bool = False) -> OutputFile:
        if item.path.endswith(".html") and item.source is None:  # a page just rendered
            executor.written += 1
        return add(self, item, keep)

    monkeypatch.setattr(Staging, "add", counting_add)
    config, _ = load_config(root, output_dir=out)
    result = build(replace(config, cache_path=out.parent / f"cache-{out.name}"))
    assert result.files, [str(d) for d in result.diagnostics][:3]
    monkeypatch.undo()
    return executor


def test_a_streamed_build_holds_at_most_the_window_of_pages_and_equals_an_unstreamed_one(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _archive(make_site, 30)
    # Everything rendered before the first page is written: one batch as big as the site.
    monkeypatch.setattr(stream, "PAGE_BATCH", 100_000)
    monkeypatch.setattr(stream, "PAGE_WINDOW", 1)
    whole = _counted_build(root, tmp_path / "whole", monkeypatch)
    pages = whole.rendered
    assert whole.peak == pages > 40  # the unstreamed build held every page at once

    monkeypatch.setattr(stream, "PAGE_BATCH", 3)
    monkeypatch.setattr(stream, "PAGE_WINDOW", 4)  # per worker; the counting executor has one
    streamed = _counted_build(root, tmp_path / "streamed", monkeypatch)
    assert streamed.windows == [(4, 3)]
    assert streamed.rendered == streamed.written == pages  # every page rendered once and written
    assert streamed.peak <= 4 * 3  # never more than the window of batches in memory
    assert _tree(tmp_path / "streamed") == _tree(tmp_path / "whole")


def test_an_incremental_streamed_build_renders_only_changed_pages(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _archive(make_site, 12)
    monkeypatch.setattr(stream, "PAGE_BATCH", 2)
    first = _counted_build(root, tmp_path / "out", monkeypatch)
    page = root / "content" / "1995" / "h1995.md"
    page.write_text(page.read_text(encoding="utf-8").replace("605.3", "605.4"), encoding="utf-8")
    monkeypatch.setattr(stream, "PAGE_BATCH", 2)
    again = _counted_build(root, tmp_path / "out", monkeypatch)
    assert 0 < again.rendered < first.rendered  # unchanged pages were kept, not rendered
    # A clean build of the changed content gives the same bytes.
    monkeypatch.setattr(stream, "PAGE_BATCH", 2)
    _counted_build(root, tmp_path / "clean", monkeypatch)
    assert _tree(tmp_path / "out") == _tree(tmp_path / "clean")


def test_the_pool_keeps_at_most_window_chunks_submitted_and_not_consumed() -> None:
    with ProcessExecutor(2) as executor:
        pool = executor._get_pool()
        real = pool.submit
        submitted = consumed = peak = 0

        def counting(*args: Any, **kwargs: Any) -> Any:
            nonlocal submitted, peak
            submitted += 1
            peak = max(peak, submitted - consumed)
            return real(*args, **kwargs)

        pool.submit = counting  # type: ignore[method-assign]
        results = []
        for value in executor.map(abs, [-i for i in range(60)], chunksize=2, window=3):
            results.append(value)
            consumed = len(results) // 2  # chunks fully handed to the caller
        assert results == list(range(60))
        assert submitted == 30 and peak <= 3


def test_charts_are_loaded_a_slice_of_pages_at_a_time_and_the_site_is_the_same(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bulletin.charts.store import ChartStore

    root = _archive(make_site, 12)
    loads: list[int] = []
    svgs = ChartStore.svgs

    def counting(self: ChartStore, ids: Any) -> dict[str, str]:
        found = svgs(self, ids)
        loads.append(len(found))
        return found

    monkeypatch.setattr(ChartStore, "svgs", counting)
    whole = _counted_build(root, tmp_path / "whole", monkeypatch)
    assert len(loads) == 1  # every page in one slice: every chart at once
    everything = loads[0]
    monkeypatch.setattr(ChartStore, "svgs", counting)
    monkeypatch.setattr(stream, "PAGE_SLICE", 5)
    loads.clear()
    sliced = _counted_build(root, tmp_path / "sliced", monkeypatch)
    assert len(loads) == -(-sliced.rendered // 5) and max(loads) < everything  # one slice's charts at a time
    assert sliced.rendered == whole.rendered
    assert _tree(tmp_path / "sliced") == _tree(tmp_path / "whole")


def test_the_site_map_is_made_as_pages_are_rendered_so_views_are_held_a_slice_at_a_time(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _archive(make_site, 12)
    whole = _counted_build(root, tmp_path / "whole", monkeypatch)  # the default slice: all at once
    made = put = peak = 0
    iter_pages = stream.iter_pages

    def counted(site: Any) -> Iterator[Any]:
        nonlocal made, peak
        for page in iter_pages(site):
            made += 1
            peak = max(peak, made - put)  # views made and not yet written (or found unchanged)
            yield page

    add = Staging.add

    def counting_add(self: Staging, item: OutputFile, keep: bool = False) -> OutputFile:
        nonlocal put
        if item.path.endswith(".html") and (item.source is None or keep):
            put += 1
        return add(self, item, keep)

    monkeypatch.setattr(stream, "iter_pages", counted)
    monkeypatch.setattr(stream, "PAGE_SLICE", 3)
    monkeypatch.setattr(Staging, "add", counting_add)
    config, _ = load_config(root, output_dir=tmp_path / "sliced")
    result = build(replace(config, cache_path=tmp_path / "cache-sliced"))
    assert result.files
    assert made == whole.rendered > 3 * 3 and peak <= 3  # at most one slice of views alive
    assert _tree(tmp_path / "sliced") == _tree(tmp_path / "whole")
