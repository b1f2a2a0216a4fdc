"""A synthetic archive built by the local process pool and by a Dask LocalCluster, same machine, same run.

Run: python benchmarks/dask_scale.py [--bulletins 1000 10000] [--workers 2]

For each size it generates an archive (regions x 10 years x 4 periods, six indicators each), then
builds it cold (empty chart cache) twice, each build in a fresh client process so its peak memory
is its own: with the local pool (jobs = workers) and on a LocalCluster of ``workers`` processes
(one thread each) on 127.0.0.1. It prints, per backend: wall time, tasks (files read + charts
drawn) per second, the client's peak RSS, and the time per build phase (what runs on the client
and does not scale with workers). Separately it measures the scheduler's overhead per task with
no-op tasks. Both builds must give byte-identical sites; nothing else is asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = (
    "地区生产总值",
    "规上工业增加值",
    "固定资产投资",
    "社会消费品零售总额",
    "一般公共预算收入",
    "进出口总额",
)
SPANS = ("Q1", "H1", "Q1-Q3", "")


def make_archive(root: Path, count: int) -> None:
    """``count`` bulletins: 40 per region (10 years x 4 periods), as many regions as that takes."""
    rng = random.Random(13)
    for i in range(count):
        region, rest = divmod(i, 40)
        year, span = 2014 + rest // 4, SPANS[rest % 4]
        period = f"{year}-{span}" if span else str(year)
        label = {"Q1": "一季度", "H1": "上半年", "Q1-Q3": "前三季度", "": "全年"}[span]
        parts = []
        for k, name in enumerate(NAMES):
            value = round((300 - k * 40) * (1 + rest * 0.02) * rng.uniform(0.95, 1.05), 1)
            growth = round(rng.uniform(-3, 12), 1)
            parts.append(f"{name}完成{value}亿元,同比{'增长' if growth >= 0 else '下降'}{abs(growth)}%")
        month = {"Q1": 4, "H1": 7, "Q1-Q3": 10, "": 12}[span]
        text = (
            f"---\ntitle: 第{region}区{year}年{label}经济运行\ndate: {year}-{month:02d}-20\n"
            f"period: '{period}'\nregion: 第{region}区\nslug: r{region}-{period.lower()}\n---\n\n"
            f"{label},全区" + ";".join(parts) + "。\n"
        )
        path = root / "content" / f"r{region:05d}" / f"{period.lower()}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def one_build(root: Path, out: Path, cache: Path, jobs: int, scheduler: str | None) -> dict[str, object]:
    """One cold build in this (fresh) process; returns its figures as JSON-able data."""
    from bulletin.content.config import load_config
    from bulletin.pipeline import Progress, build

    config, _ = load_config(root, output_dir=out, jobs=jobs)
    from dataclasses import replace

    config = replace(config, cache_path=cache)
    if scheduler:
        config = replace(config, executor="dask", scheduler=scheduler)
    marks: list[tuple[str, float]] = []
    started = time.perf_counter()
    result = build(config, progress=Progress(step=lambda m: marks.append((m, time.perf_counter()))))
    seconds = time.perf_counter() - started
    assert result.files, [str(d) for d in result.diagnostics[:3]]
    marks.append(("end", time.perf_counter()))
    phases = {f"{a.split()[0]} {a.split()[-1]}": b2 - b1 for (a, b1), (_, b2) in itertools.pairwise(marks)}
    digest = hashlib.sha256()
    for item in result.files:
        digest.update(item.path.encode() + b"\0" + item.data)
    return {
        "seconds": seconds,
        "bulletins": len(result.reports),
        "charts": result.stats.get("charts", 0),
        "drawn": result.stats.get("chart_misses", 0),
        "files": len(result.files),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "phases": phases,
        "digest": digest.hexdigest(),
    }


def _noop(item: int) -> int:
    return item


def scheduler_overhead(scheduler: str, tasks: int = 2000) -> float:
    """Seconds per task of no-op tasks, one item per task: the price of a round trip through Dask."""
    from bulletin.executors import DaskExecutor

    with DaskExecutor(scheduler) as executor:
        list(executor.map(_noop, list(range(200)), chunksize=1))  # warm up
        started = time.perf_counter()
        assert list(executor.map(_noop, list(range(tasks)), chunksize=1)) == list(range(tasks))
        return (time.perf_counter() - started) / tasks


def _child(args: list[str]) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bulletins", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)  # ROOT OUT JOBS SCHEDULER|-
    args = parser.parse_args(argv)
    if args.child:
        root, out, jobs, scheduler = args.child
        figures = one_build(
            Path(root), Path(out), Path(out + "-cache"), int(jobs), None if scheduler == "-" else scheduler
        )
        print(json.dumps(figures))
        return 0

    from distributed import LocalCluster

    with LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    ) as cluster:
        per_task = scheduler_overhead(cluster.scheduler_address)
        print(f"scheduler overhead: {per_task * 1000:.2f} ms per no-op task ({args.workers} workers)")
        for count in args.bulletins:
            with tempfile.TemporaryDirectory() as tmp:
                root = Path(tmp) / "archive"
                make_archive(root, count)
                runs = {
                    "process pool": _child([str(root), f"{tmp}/pool", str(args.workers), "-"]),
                    "dask": _child([str(root), f"{tmp}/dask", str(args.workers), cluster.scheduler_address]),
                }
            _report(count, args.workers, runs, per_task)
    return 0


def _report(count: int, workers: int, runs: dict[str, dict], per_task: float) -> None:
    pool = runs["process pool"]
    print(f"\n{count} bulletins, {pool['files']} files, {pool['charts']:.0f} charts, {workers} workers")
    for name, run in runs.items():
        tasks = run["bulletins"] + run["drawn"]
        phases = "  ".join(f"{k} {v:.1f}s" for k, v in run["phases"].items())
        print(
            f"  {name:13} {run['seconds']:8.1f} s  {tasks / run['seconds']:7.1f} tasks/s  "
            f"client peak {run['peak_rss_mb']:6.0f} MB\n      phases: {phases}"
        )
    same = runs["dask"]["digest"] == pool["digest"]
    print(f"  byte-identical: {'yes' if same else 'NO'}   scheduler overhead {per_task * 1000:.2f} ms/task")


if __name__ == "__main__":
    sys.exit(main())
