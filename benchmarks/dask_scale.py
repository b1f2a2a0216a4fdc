"""A synthetic archive built by the local process pool and by a Dask LocalCluster, same machine, same run.

Run: python benchmarks/dask_scale.py [--bulletins 1000 10000] [--workers 2] [--charts-cached N]

For each size it writes the synthetic archive of benchmarks/corpus.py (30 districts x period kinds
x years, about 8 KB each), then builds it twice, each build in a fresh client process so its peak
memory is its own: with the local pool (jobs = workers) and on a LocalCluster of ``workers``
processes (one thread each) on 127.0.0.1. Both builds start from an empty chart cache, so every
chart is drawn, unless the size is listed under ``--charts-cached``: then, beforehand, one real
chart's SVG per kind is cached under the key of every chart the build plans (and one real PNG under
the key of every link preview), and both builds start from a copy of that cache (the light setting
for a loaded machine: no chart or preview is drawn, everything else,
reading, dataset, planning, rendering every page, the search index and writing, runs in full).
It prints, per backend: wall time, tasks (files read + charts drawn + pages rendered) per second,
the client's peak RSS, the time per build phase (what runs on the client and does not scale with
workers), and per size whether the two output trees are byte-identical (a digest of every path
and its bytes, read from disk). Separately it measures the scheduler's overhead per task with
no-op tasks. Figures go to benchmarks/results/dask-scale-<N>.json (machine, load, commit, phases).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_bulletin_site  # noqa: E402


def tree_digest(root: Path) -> tuple[str, int]:
    """Digest of every file's path and bytes under ``root`` (sorted), and how many files there are."""
    digest = hashlib.sha256()
    paths = sorted(p for p in root.rglob("*") if p.is_file())
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest(), len(paths)


def one_build(root: Path, out: Path, cache: Path, jobs: int, scheduler: str | None) -> dict[str, object]:
    """One cold build in this (fresh) process; returns its figures as JSON-able data."""
    from bulletin.content.config import load_config
    from bulletin.core.recall import keep_last_build
    from bulletin.pipeline import Progress, build

    keep_last_build(False)  # as `bulletin build` does: one build per process

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
    digest, files = tree_digest(out)
    return {
        "seconds": seconds,
        "bulletins": len(result.reports),
        "charts": result.stats.get("charts", 0),
        "drawn": result.stats.get("chart_misses", 0),
        "pages": sum(f.path.endswith(".html") for f in result.files),
        "files": files,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "phases": phases,
        "digest": digest,
    }


def _noop(item: int) -> int:
    return item


def scheduler_overhead(scheduler: str, tasks: int = 2000) -> float:
    """Seconds per task of no-op tasks, one item per task: the price of a round trip through Dask."""
    from bulletin.core.executors import DaskExecutor

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
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--charts-cached", type=int, nargs="*", default=[], metavar="N")
    parser.add_argument("--keep", type=Path, help="write the archives here and keep them")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)  # ROOT OUT JOBS SCHEDULER|-
    parser.add_argument("--stand-in", nargs=3, help=argparse.SUPPRESS)  # ROOT CACHE JOBS
    args = parser.parse_args(argv)
    if args.stand_in:
        root, cache, jobs = args.stand_in
        print(f"  {stand_in_charts(Path(root), Path(cache), int(jobs))} charts planned", flush=True)
        return 0
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
        print(
            f"scheduler overhead: {per_task * 1000:.2f} ms per no-op task ({args.workers} workers)",
            flush=True,
        )
        for count in args.bulletins:
            with tempfile.TemporaryDirectory() as scratch:
                tmp = str(args.keep / str(count)) if args.keep else scratch
                root = Path(tmp) / "archive"
                write_bulletin_site(root, count)
                cached = count in args.charts_cached
                warm = _warm_charts(root, Path(tmp), args.workers) if cached else None
                runs = {}
                for name, scheduler in (("process pool", "-"), ("dask", cluster.scheduler_address)):
                    out = f"{tmp}/{name.split()[0]}"
                    if warm is not None:
                        shutil.copytree(warm, out + "-cache")
                    runs[name] = _child([str(root), out, str(args.workers), scheduler])
            _report(count, args.workers, runs, per_task, cached)
    return 0


class _Planned(Exception):
    """Raised once the stand-in charts are cached: nothing after planning is needed."""


def stand_in_charts(root: Path, cache: Path, jobs: int) -> int:
    """Fill the chart cache with one real chart's SVG for every chart the build plans, and one real
    link-preview PNG for every preview (the light setting): the builds then read, render, index and
    write everything but draw no picture."""
    from dataclasses import replace

    from bulletin import pipeline
    from bulletin.charts import preview, render
    from bulletin.content.config import load_config

    planned = 0

    def plan_only(config, plan, *args):  # type: ignore[no-untyped-def]
        nonlocal planned
        drawn: dict[tuple[str, bool], str] = {}  # one real drawing per kind and width: realistic bytes
        for spec in plan.all_specs():  # made again page by page: the plan holds no spec
            planned += 1
            kind = (spec.kind, spec.id.endswith("-narrow"))
            svg = drawn.get(kind) or drawn.setdefault(kind, render.render_task(spec))
            key = render.chart_key(spec)
            render.write_entry(cache / "charts", f"{key}.svg", key, svg.encode("utf-8"))
        return {}, None

    def previews_only(config, specs, *args):  # type: ignore[no-untyped-def]
        specs = list(specs)
        png = preview.image_task(specs[0]) if specs else b""
        for spec in specs:
            key = render.chart_key(spec)
            render.write_entry(cache / "charts", f"{key}.png", key, png)
        raise _Planned(planned + len(specs))

    pipeline._charts = plan_only  # type: ignore[assignment]
    pipeline._previews = previews_only  # type: ignore[assignment]
    config, _ = load_config(root, output_dir=cache.parent / "planned", jobs=jobs)
    try:
        pipeline.build(replace(config, cache_path=cache.parent / "plan-cache"))
    except _Planned as done:
        return int(done.args[0])
    raise RuntimeError("the build never planned its charts")


def _warm_charts(root: Path, tmp: Path, workers: int) -> Path:
    """The stand-in chart cache, filled in a child process; both builds start from a copy of it."""
    started = time.perf_counter()
    warm = tmp / "stand-in"
    subprocess.run([sys.executable, __file__, "--stand-in", str(root), str(warm), str(workers)], check=True)
    print(f"  stand-in charts cached in {time.perf_counter() - started:.0f} s", flush=True)
    return warm


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _report(count: int, workers: int, runs: dict[str, dict], per_task: float, cached: bool) -> None:
    pool = runs["process pool"]
    setting = "stand-in charts from the cache, none drawn" if cached else "cold: every chart drawn"
    print(
        f"\n{count} bulletins, {pool['files']} files, {pool['charts']:.0f} charts, "
        f"{workers} workers, {setting}"
    )
    for name, run in runs.items():
        run["tasks"] = run["bulletins"] + run["drawn"] + run["pages"]
        run["tasks_per_s"] = run["tasks"] / run["seconds"]
        phases = "  ".join(f"{k} {v:.1f}s" for k, v in run["phases"].items())
        print(
            f"  {name:13} {run['seconds']:8.1f} s  {run['tasks_per_s']:7.1f} tasks/s  "
            f"client peak {run['peak_rss_mb']:6.0f} MB\n      phases: {phases}"
        )
    same = runs["dask"]["digest"] == pool["digest"]
    print(
        f"  byte-identical: {'yes' if same else 'NO'}   scheduler overhead {per_task * 1000:.2f} ms/task",
        flush=True,
    )
    figures = {
        "bulletins": count,
        "workers": workers,
        "setting": setting,
        "byte_identical": same,
        "scheduler_overhead_ms_per_task": per_task * 1000,
        "runs": runs,
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_end": os.getloadavg(),
        },
        "commit": _commit(),
    }
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / f"dask-scale-{count}.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
