"""The executor seam: every backend gives the same results in input order, and failures name their item."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin import pipeline
from bulletin.content.config import load_config
from bulletin.core.executors import (
    ExecutorUnavailable,
    InlineExecutor,
    ProcessExecutor,
    TaskError,
    _windowed,
    open_executor,
)
from bulletin.pipeline import build
from conftest import bulletin_text


def scale(item: int, factor: int, offset: int = 0) -> tuple[int, int]:
    """A pure task that also says which process ran it (to prove the pool was used)."""
    return item * factor + offset, os.getpid()


def fail_on_seven(item: int) -> int:
    if item == 7:
        raise ValueError("seven is not allowed")
    return item


@pytest.mark.parametrize("make", [InlineExecutor, lambda: ProcessExecutor(2)], ids=["inline", "pool"])
def test_results_come_back_in_input_order_with_common_arguments(make: Callable) -> None:
    items = list(range(200))
    with make() as executor:
        results = list(executor.map(scale, items, common=(3, 1), chunksize=5))
    assert [value for value, _ in results] == [i * 3 + 1 for i in items]


def test_the_pool_runs_tasks_in_other_processes_and_small_maps_inline() -> None:
    with ProcessExecutor(2) as executor:
        pooled = {pid for _, pid in executor.map(scale, list(range(40)), common=(1,), chunksize=4)}
        small = {pid for _, pid in executor.map(scale, [1, 2, 3], common=(1,), chunksize=16)}
    assert os.getpid() not in pooled
    assert small == {os.getpid()}


def test_a_warmed_pool_starts_in_the_background_and_runs_the_same_tasks() -> None:
    # An archive's build starts its pool while it makes the dataset (pipeline.WARM_AT): a map then
    # finds it up. Warming twice starts one pool; closing while it comes up leaves nothing behind.
    with ProcessExecutor(2) as executor:
        assert not executor.started
        executor.warm()
        executor.warm()
        for _ in range(200):  # no task handed over yet: the pool comes up on its own
            if executor.started:
                break
            time.sleep(0.05)
        assert executor.started
        results = list(executor.map(scale, list(range(40)), common=(3,)))
        assert [r for r, _ in results] == [i * 3 for i in range(40)]
        assert {pid for _, pid in results} - {os.getpid()}  # ran in the pool's workers
    with ProcessExecutor(2) as executor:
        executor.warm()
    assert executor._pool is None  # type: ignore[attr-defined]
    inline = InlineExecutor()
    inline.warm()
    assert not inline.started


@pytest.mark.parametrize("make", [InlineExecutor, lambda: ProcessExecutor(2)], ids=["inline", "pool"])
def test_a_task_that_raises_is_reported_with_its_index(make: Callable) -> None:
    with make() as executor:
        seen = []
        with pytest.raises(TaskError) as caught:
            for value in executor.map(fail_on_seven, list(range(20)), chunksize=3):
                seen.append(value)
    assert caught.value.index == 7
    assert "ValueError: seven is not allowed" in caught.value.message
    assert seen == list(range(7))  # everything before it arrived, in order


def test_the_window_bounds_how_many_chunks_are_in_flight() -> None:
    in_flight: list[int] = []
    outstanding = 0

    class Done:
        def __init__(self, value: int) -> None:
            self.value = value

        def result(self) -> int:
            nonlocal outstanding
            outstanding -= 1
            return self.value

        def cancel(self) -> None:
            pass

    def submit(chunk: int) -> Done:
        nonlocal outstanding
        outstanding += 1
        in_flight.append(outstanding)
        return Done(chunk)

    assert list(_windowed(list(range(100)), submit, 4)) == list(range(100))
    assert max(in_flight) == 4


def test_unknown_executor_and_dask_without_a_scheduler_are_refused() -> None:
    with pytest.raises(ExecutorUnavailable, match="unknown executor"):
        open_executor("spark")
    with pytest.raises(ExecutorUnavailable, match="scheduler address"):
        open_executor("dask")
    assert isinstance(open_executor("local", jobs=1), InlineExecutor)


def _archive(make_site: Callable[..., Path], count: int) -> Path:
    files = {}
    for i in range(count):
        body = f"上半年,全区地区生产总值完成{600 + i}.3亿元,同比增长{i % 9}.4%。"
        year = 2000 + i // 2
        files[f"content/{year}/b{i:03d}.md"] = bulletin_text(body, period=f"{year}-H1", date=f"{year}-08-19")
    return make_site(files)


def test_reading_in_a_pool_builds_the_same_site_as_in_process(make_site: Callable, tmp_path: Path) -> None:
    root = _archive(make_site, 40)  # over READ_CHUNK files: parsed in worker processes
    inline, _ = load_config(root, output_dir=tmp_path / "one", jobs=1)
    pooled, _ = load_config(root, output_dir=tmp_path / "two", jobs=2)
    first, second = build(inline), build(pooled)
    assert first.files
    assert [(f.path, f.content()) for f in first.files] == [(f.path, f.content()) for f in second.files]


def test_a_reading_task_that_raises_is_a_diagnostic_naming_the_file(
    make_site: Callable, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _archive(make_site, 3)
    real = pipeline.read_report

    def broken(source, catalog, options):  # type: ignore[no-untyped-def]
        if source.path.endswith("b001.md"):
            raise KeyError("boom")
        return real(source, catalog, options)

    monkeypatch.setattr(pipeline, "read_report", broken)
    config, _ = load_config(root, output_dir=tmp_path / "out", jobs=1)
    result = build(replace(config, force=True))  # a read cached by another test must not hide the task
    assert result.files == () and not (tmp_path / "out").exists()
    [problem] = [d for d in result.diagnostics if d.code == "E802"]
    assert problem.location.path == "content/2000/b001.md"
    assert "KeyError" in problem.message and "boom" in problem.message and problem.hint


def test_executor_settings_come_from_bulletin_yaml_and_the_command_line(make_site: Callable) -> None:
    yaml = "executor: dask\nscheduler: tcp://cluster:8786\nscheduler_timeout: 3\ncache_dir: shared\n"
    root = make_site({"bulletin.yaml": yaml})
    config, found = load_config(root)
    assert found == ()
    assert (config.executor, config.scheduler, config.scheduler_timeout) == (
        "dask",
        "tcp://cluster:8786",
        3.0,
    )
    overridden, _ = load_config(root, executor="local", scheduler="tcp://other:8786")
    assert (overridden.executor, overridden.scheduler) == ("local", "tcp://other:8786")


def test_dask_without_a_scheduler_is_a_configuration_error(make_site: Callable) -> None:
    from bulletin.core.errors import ContentError

    root = make_site({"bulletin.yaml": "executor: dask\n"})
    with pytest.raises(ContentError) as caught:
        load_config(root)
    assert [d.code for d in caught.value.diagnostics] == ["E501"]
    assert "scheduler" in (caught.value.diagnostics[0].hint or "")
