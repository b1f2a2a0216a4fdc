"""Builds on a dask.distributed LocalCluster (loopback, 2 worker processes) equal the local build.

The cluster is started and stopped by these tests. Without the ``dask`` extra they are skipped
locally; under CI (``CI`` set, as ``.ci/run`` does) a missing extra is a failure.
"""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin.cli import main
from bulletin.content.config import load_config
from bulletin.core.model import BuildResult, SiteConfig
from bulletin.pipeline import build
from conftest import EXAMPLE, bulletin_text

try:
    from distributed import Client, LocalCluster
except ImportError:  # pragma: no cover - depends on the environment
    if os.environ.get("CI"):
        raise RuntimeError("CI needs the dask extra for these tests: pip install -e '.[test]'") from None
    pytest.skip("no dask.distributed (pip install 'bulletin[dask]')", allow_module_level=True)

pytestmark = [pytest.mark.dask, pytest.mark.slow]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    ) as local:
        yield local


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _local(root: Path, out: Path) -> BuildResult:
    config, _ = load_config(root, output_dir=out, jobs=2)
    return build(replace(config, cache_path=out.parent / f"cache-{out.name}"))


def _on_dask(root: Path, out: Path, cluster: LocalCluster) -> SiteConfig:
    config, _ = load_config(root, output_dir=out)
    return replace(
        config,
        executor="dask",
        scheduler=cluster.scheduler_address,
        cache_path=out.parent / f"cache-{out.name}",  # a cold cache: every chart is drawn on the cluster
    )


def _archive(root: Path, count: int) -> Path:
    """A synthetic archive: several regions, half-years over many years, one figure conflict-free each."""
    regions = ("甲区", "乙区", "丙区")
    for i in range(count):
        region, year = regions[i % 3], 1990 + i // 6
        half = "H1" if (i // 3) % 2 == 0 else ""
        period = f"{year}-{half}" if half else str(year)
        body = (
            f"全区地区生产总值完成{500 + i}.3亿元,同比增长{i % 9}.4%;"
            f"固定资产投资完成{200 + i}.1亿元,同比增长{(i * 7) % 11}.2%。"
        )
        text = bulletin_text(
            body, title=f"{region}{year}年经济运行", period=period, date=f"{year}-12-20", region=region
        )
        path = root / "content" / str(year) / f"r{i % 3}-{half or 'y'}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("---\ntitle", f"---\nslug: r{i % 3}-{period.lower()}\ntitle", 1))
    return root


def test_example_site_on_dask_via_the_cli_is_byte_identical(
    cluster: LocalCluster, tmp_path: Path, runner: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _local(EXAMPLE, tmp_path / "local").files
    monkeypatch.setenv("BULLETIN_CACHE_DIR", str(tmp_path / "cache-dask"))
    result = runner.invoke(
        main,
        [
            "build",
            str(EXAMPLE),
            "-o",
            str(tmp_path / "dask"),
            "--executor",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        ],
    )
    assert result.exit_code == 0, result.output
    assert _tree(tmp_path / "dask") == _tree(tmp_path / "local")
    # The charts were drawn on the cluster, into a cache of their own.
    assert len(list((tmp_path / "cache-dask" / "charts").glob("*.svg"))) > 10


def test_synthetic_archive_on_dask_is_byte_identical(cluster: LocalCluster, tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive", 90)
    local = _local(root, tmp_path / "local")
    assert local.files, local.diagnostics[:3]
    result = build(_on_dask(root, tmp_path / "dask", cluster))
    assert [str(d) for d in result.diagnostics] == [str(d) for d in local.diagnostics]
    assert _tree(tmp_path / "dask") == _tree(tmp_path / "local")


def test_killing_a_worker_mid_build_changes_nothing(cluster: LocalCluster, tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive", 90)
    assert _local(root, tmp_path / "local").files
    config = _on_dask(root, tmp_path / "dask", cluster)
    outcome: list[BuildResult] = []
    worker = threading.Thread(target=lambda: outcome.append(build(config)))
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        pids = client.run(os.getpid)
        worker.start()
        killed = None
        deadline = time.monotonic() + 300
        while killed is None and worker.is_alive() and time.monotonic() < deadline:
            busy = [address for address, keys in client.processing().items() if keys]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)  # the worker dies with tasks running
                killed = busy[0]
            time.sleep(0.05)
        worker.join(600)
    assert killed is not None, "the build finished before a worker could be killed"
    assert not worker.is_alive()
    [result] = outcome
    assert result.files, [str(d) for d in result.diagnostics][:3]
    assert _tree(tmp_path / "dask") == _tree(tmp_path / "local")


def test_a_content_error_is_reported_as_locally(cluster: LocalCluster, tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive", 30)
    bad = root / "content" / "1991" / "r0-H1.md"
    conflict = "indicators:\n  - {name: 地区生产总值, value: 999.9, unit: 亿元}\n"
    bad.write_text(bad.read_text(encoding="utf-8").replace("region:", conflict + "region:", 1))
    local = _local(root, tmp_path / "local")
    result = build(_on_dask(root, tmp_path / "dask", cluster))
    assert [d.code for d in local.diagnostics if d.code.startswith("E")] == ["E303"]
    assert result.diagnostics == local.diagnostics
    assert result.files == () and not (tmp_path / "dask").exists()


def test_an_unreachable_scheduler_fails_fast_with_a_clear_message(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config, _ = load_config(EXAMPLE, output_dir=tmp_path / "out")
    config = replace(config, executor="dask", scheduler=f"tcp://127.0.0.1:{port}", scheduler_timeout=2)
    outcome: list[BuildResult] = []
    attempt = threading.Thread(target=lambda: outcome.append(build(config)), daemon=True)
    attempt.start()
    attempt.join(120)  # a hang would leave the thread running
    assert not attempt.is_alive()
    [result] = outcome
    [problem] = result.diagnostics
    assert problem.code == "E801" and f"127.0.0.1:{port}" in problem.message and "2 s" in problem.message
    assert result.files == () and not (tmp_path / "out").exists()


def test_dask_keeps_at_most_window_chunks_submitted_and_not_consumed(cluster: LocalCluster) -> None:
    from bulletin.core.executors import DaskExecutor

    with DaskExecutor(cluster.scheduler_address) as executor:
        real = executor._client.submit
        submitted = consumed = peak = 0

        def counting(*args: object, **kwargs: object) -> object:
            nonlocal submitted, peak
            submitted += 1
            peak = max(peak, submitted - consumed)
            return real(*args, **kwargs)

        executor._client.submit = counting  # type: ignore[method-assign]
        results = []
        for value in executor.map(abs, [-i for i in range(40)], chunksize=2, window=3):
            results.append(value)
            consumed = len(results) // 2  # chunks fully handed to the caller
    assert results == list(range(40))
    assert submitted == 20 and peak <= 3
