"""bulletin against its peers, whole processes: wall time and peak memory of each build scenario.

Run: python benchmarks/peers.py [--sizes 1000,5000] [--runs 3] [--cold-runs 1] [--quick] [--json PATH]

For each size N the corpus of benchmarks/corpus.py is written three ways (bulletin, Pelican,
Hugo: the same texts) into a temporary folder, and every build runs as a fresh process:

  bulletin  `bulletin build SITE -o OUT` (charts in its default pool, one process per core):
            cold (no .bulletin-cache, no output), pages-only (charts cached, output deleted),
            no-op (nothing changed), one bulletin's figure edited (front-matter, prose and table),
            one template edited (the theme's base.html copied into SITE/templates/ with a comment),
            bulletin.yaml edited (its description);
  Pelican   cold build, in its own virtual environment made by this script under
            benchmarks/.cache/ (`python3 -m venv`, `pip install pelican markdown`);
  Hugo      cold build with Debian's `hugo` (skipped, with how to install it, when absent);
  floor     benchmarks/floor.py: PyYAML's C loader + markdown-it-py + Jinja2, one file per
            bulletin, in 2 processes: the least any Python generator must do.

Each figure is the median of R runs (default 3; --quick: N=100, one run): wall time, and CPU time
(user + system of the process and of the children it waited for; far less disturbed than wall time
when other work shares the machine, whose load average is printed with the table). bulletin's chart
pool runs under multiprocessing's forkserver, which bulletin does not wait for: the pool workers'
CPU time and memory are NOT in bulletin's figures (a cold build's CPU time is mostly theirs).
Peak memory is the largest single process's maximum RSS (never a sum over processes), from `/usr/bin/time -v`
(Debian package `time`), or from getrusage(RUSAGE_CHILDREN) in a fresh wrapper process when that
is missing; the output says which. The table gives the ratio of each row to Pelican's and Hugo's
cold builds, of wall time and of CPU time. Then, in-process (benchmarks/stages.py): the reading
stage in ms per bulletin on one core, and ms per chart for bulletin's renderer against plain
matplotlib. The same figures are written as JSON (default benchmarks/results/peers-<N>.json),
to compare across commits.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from corpus import bulletin_at, write_bulletin_site, write_hugo_site, write_pelican_site
from stages import time_charts, time_reading

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
RESULTS = HERE / "results"
TIME = "/usr/bin/time"
# Run in a fresh interpreter when /usr/bin/time is missing: the child's own peak RSS, and wall time.
_WRAPPER = (
    "import resource, subprocess, sys, time; t = time.perf_counter(); rc = subprocess.call(sys.argv[2:]); "
    "w = time.perf_counter() - t; u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "open(sys.argv[1], 'w').write(f'{w} {u.ru_utime + u.ru_stime} {u.ru_maxrss} {rc}')"
)


@dataclass
class Row:
    scenario: str
    wall_s: float
    cpu_s: float  # user + system of the process and the children it waited for: robust to a busy machine
    peak_mib: float
    pages: int
    runs: list[float] = field(default_factory=list)
    ratio_pelican: float | None = None
    ratio_hugo: float | None = None
    cpu_ratio_pelican: float | None = None
    cpu_ratio_hugo: float | None = None


class Failed(Exception):
    pass


def rss_method() -> str:
    return "/usr/bin/time -v" if Path(TIME).is_file() else "getrusage(RUSAGE_CHILDREN) in a wrapper"


def measure(cmd: list[str], cwd: Path | None = None) -> tuple[float, float, float]:
    """Run one process; (wall s, CPU s, peak RSS in MiB). Raises Failed with its output's tail."""
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as report:
        if Path(TIME).is_file():
            started = time.perf_counter()
            timed = [TIME, "-v", "-o", report.name, *cmd]
            done = subprocess.run(timed, cwd=cwd, capture_output=True, text=True)
            wall = time.perf_counter() - started
            lines = Path(report.name).read_text().splitlines()[1:]
            fields = dict(line.strip().rsplit(": ", 1) for line in lines)
            kib = int(fields["Maximum resident set size (kbytes)"])
            cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
            code = done.returncode
        else:
            done = subprocess.run(
                [sys.executable, "-c", _WRAPPER, report.name, *cmd], cwd=cwd, capture_output=True, text=True
            )
            wall_text, cpu_text, kib_text, code_text = Path(report.name).read_text().split()
            wall, cpu, kib, code = float(wall_text), float(cpu_text), int(kib_text), int(code_text)
    if code != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-8:]
        raise Failed(f"{' '.join(cmd[:2])} … exited {code}:\n  " + "\n  ".join(tail))
    return wall, cpu, kib / 1024


def pages(out: Path) -> int:
    return sum(1 for _ in out.rglob("*.html")) if out.is_dir() else 0


def scenario(name: str, cmd: list[str], out: Path, runs: int, before: Callable[[int], None]) -> Row:
    walls, cpus, peaks = [], [], []
    for run in range(runs):
        before(run)
        wall, cpu, peak = measure(cmd)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
        print(f"    {name:<28} run {run + 1}: {wall:7.2f} s  {cpu:7.2f} s CPU  {peak:7.1f} MiB", flush=True)
    row = Row(name, statistics.median(walls), statistics.median(cpus), max(peaks), pages(out))
    row.runs = [round(w, 3) for w in walls]
    return row


def _rm(*paths: Path) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)


def _theme_base() -> Path:
    """The default theme's base.html (the file a site overrides as SITE/templates/base.html)."""
    try:
        from bulletin.site.render import theme_dir

        return theme_dir() / "base.html"
    except ImportError:  # the layout is being reorganised: a checkout keeps the theme in templates/
        return HERE.parent / "templates" / "base.html"


def _edit_figure(site: Path, n: int, run: int) -> None:
    """Change one bulletin's fixed-asset investment by +0.1 per run, in front-matter, prose and table."""
    b = bulletin_at(n // 2)
    ind, value, _, _ = next(f for f in b.figures if f[0].name == "固定资产投资")
    path = site / "content" / str(b.year) / f"{b.slug}.md"
    old, new = f"{value + run / 10:.1f}", f"{value + (run + 1) / 10:.1f}"
    text = path.read_text(encoding="utf-8")
    replaced = (
        text.replace(f"name: {ind.name}, value: {old},", f"name: {ind.name}, value: {new},")
        .replace(f"**{old}{ind.unit}**", f"**{new}{ind.unit}**")
        .replace(f"| {ind.short} | {ind.unit} | {old} |", f"| {ind.short} | {ind.unit} | {new} |")
    )
    assert replaced.count(new) - text.count(new) == 3, "the figure was not found three times"
    path.write_text(replaced, encoding="utf-8")


def _edit_template(site: Path, run: int) -> None:
    (site / "templates").mkdir(exist_ok=True)
    lines = _theme_base().read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(1, f"<!-- benchmark edit {run + 1} -->\n")
    (site / "templates" / "base.html").write_text("".join(lines), encoding="utf-8")


def _edit_config(site: Path, run: int) -> None:
    config = site / "bulletin.yaml"
    description = f"description: 各区县历期经济运行分析报告与主要指标数据(第{run + 1}版)"
    lines = [
        description if line.startswith("description:") else line
        for line in config.read_text(encoding="utf-8").splitlines()
    ]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")


def bulletin_rows(work: Path, n: int, runs: int, cold_runs: int | None = None) -> list[Row]:
    site, out = work / "bulletin", work / "out-bulletin"
    write_bulletin_site(site, n)
    cmd = [str(Path(sys.executable).with_name("bulletin")), "build", str(site), "-o", str(out)]
    if not Path(cmd[0]).is_file():
        cmd = [sys.executable, "-m", "bulletin", *cmd[1:]]
    env_cache = os.environ.pop("BULLETIN_CACHE_DIR", None)  # the site's own .bulletin-cache is measured
    compile_package()
    try:
        wipe = lambda r: _rm(site / ".bulletin-cache", out)  # noqa: E731
        cold = scenario("bulletin cold", cmd, out, cold_runs or runs, wipe)
        charts = site / ".bulletin-cache" / "charts"
        print(f"    (a cold build drew {sum(1 for _ in charts.glob('*.svg'))} charts)", flush=True)
        return [
            cold,
            scenario("bulletin pages-only", cmd, out, runs, lambda r: _rm(out)),
            scenario("bulletin no-op", cmd, out, runs, lambda r: None),
            scenario("bulletin one figure edited", cmd, out, runs, lambda r: _edit_figure(site, n, r)),
            scenario("bulletin template edited", cmd, out, runs, lambda r: _edit_template(site, r)),
            scenario("bulletin bulletin.yaml edited", cmd, out, runs, lambda r: _edit_config(site, r)),
        ]
    finally:
        if env_cache is not None:
            os.environ["BULLETIN_CACHE_DIR"] = env_cache


def compile_package() -> None:
    """Write bulletin's bytecode first, as ``pip install`` does: an editable checkout run with
    PYTHONDONTWRITEBYTECODE (CI images set it) would otherwise compile every module on every run,
    which no installed user pays, while Pelican's and the libraries' bytecode was compiled by pip."""
    import compileall

    import bulletin

    compileall.compile_dir(str(Path(bulletin.__file__).parent), quiet=1)


def pelican_python() -> Path:
    """Pelican's own virtual environment under benchmarks/.cache/, made on first use."""
    venv = CACHE / "pelican-venv"
    python = venv / "bin" / "python"
    if not (venv / "bin" / "pelican").is_file():
        print("  making Pelican's virtual environment (once) …", flush=True)
        subprocess.run(["python3", "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "pelican", "markdown"], check=True)
    return python


def peer_rows(work: Path, n: int, runs: int, versions: dict[str, str]) -> list[Row]:
    rows = []
    site, out = work / "pelican", work / "out-pelican"
    write_pelican_site(site, n)
    python = pelican_python()
    versions["pelican"] = subprocess.run(
        [str(python), "-m", "pelican", "--version"], capture_output=True, text=True
    ).stdout.strip()
    cmd = [str(python.with_name("pelican")), str(site / "content"), "-s", str(site / "pelicanconf.py")]
    rows.append(scenario("Pelican cold", [*cmd, "-o", str(out), "-q"], out, runs, lambda r: _rm(out)))

    hugo = shutil.which("hugo")
    if hugo is None:
        print("  Hugo skipped: no `hugo` on PATH. Install Debian's with: apt-get install -y hugo", flush=True)
    else:
        versions["hugo"] = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
        site, out, cache = work / "hugo", work / "out-hugo", work / "hugo-cache"
        write_hugo_site(site, n)
        cmd = [hugo, "--quiet", "-s", str(site), "-d", str(out), "--cacheDir", str(cache)]
        rows.append(scenario("Hugo cold", cmd, out, runs, lambda r: _rm(out, cache, site / "resources")))

    site, out = work / "bulletin", work / "out-floor"
    cmd = [sys.executable, str(HERE / "floor.py"), str(site), str(out), "--processes", "2"]
    rows.append(scenario("floor (yaml+md+jinja, 2 proc)", cmd, out, runs, lambda r: _rm(out)))
    return rows


def print_table(n: int, rows: list[Row]) -> None:
    print(f"\nN = {n} bulletins; medians over the runs; peak RSS of the largest single process")
    print(f"{'':<30} {'wall s':>8} {'CPU s':>8} {'peak':>8} {'':>6} {'wall ÷ cold':^17} {'CPU ÷ cold':^17}")
    print(f"{'scenario':<30} {'median':>8} {'median':>8} {'MiB':>8} {'pages':>6} {'Pelican':>8} {'Hugo':>8}"
          f" {'Pelican':>8} {'Hugo':>8}")  # fmt: skip
    for row in rows:
        ratios = " ".join(
            f"{r:8.2f}" if r is not None else f"{'–':>8}"
            for r in (row.ratio_pelican, row.ratio_hugo, row.cpu_ratio_pelican, row.cpu_ratio_hugo)
        )
        figures = f"{row.wall_s:8.2f} {row.cpu_s:8.2f} {row.peak_mib:8.1f} {row.pages:6d}"
        print(f"{row.scenario:<30} {figures} {ratios}")


def run_size(
    n: int, runs: int, json_path: Path | None, versions: dict[str, str], cold_runs: int | None = None
) -> None:
    print(f"\n=== N = {n}, {runs} run(s) each, peak RSS from {rss_method()}, {_load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bulletin-peers-") as tmp:
        work = Path(tmp)
        rows = bulletin_rows(work, n, runs, cold_runs)
        try:
            rows += peer_rows(work, n, runs, versions)
        except (Failed, subprocess.CalledProcessError) as exc:
            print(f"  a peer failed, its rows are missing: {exc}", flush=True)
        base = {r.scenario: r for r in rows}
        for row in rows:
            if pelican := base.get("Pelican cold"):
                row.ratio_pelican, row.cpu_ratio_pelican = (
                    row.wall_s / pelican.wall_s,
                    row.cpu_s / pelican.cpu_s,
                )
            if hugo := base.get("Hugo cold"):
                row.ratio_hugo, row.cpu_ratio_hugo = row.wall_s / hugo.wall_s, row.cpu_s / hugo.cpu_s
        print_table(n, rows)
        print("CPU s and peak MiB leave out bulletin's chart pool (forkserver workers are not waited for)")
        print(f"after the builds: {_load()} (other processes on the machine slow every figure down)")
        reading = time_reading(work / "bulletin", 200 if n >= 200 else n)
        charts = time_charts(60 if runs > 1 else 20)
    print(
        f"\nreading stage, in-process on one core: {reading['median_ms']:.1f} ms/bulletin "
        f"(median of {reading['files']:.0f} files; quartiles {reading['q1_ms']:.1f}–{reading['q3_ms']:.1f})"
    )
    print(
        f"charts, in-process, cold cache: bulletin {charts['bulletin_ms']:.1f} ms/chart, plain matplotlib "
        f"Figure + savefig(svg) {charts['matplotlib_ms']:.1f} ms/chart "
        f"(ratio {charts['bulletin_ms'] / charts['matplotlib_ms']:.2f}, {charts['charts']:.0f} charts)"
    )
    path = json_path or RESULTS / f"peers-{n}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "n": n,
        "runs": runs,
        "cold_runs": cold_runs or runs,
        "commit": _commit(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "rss_method": rss_method(),
        "load_after": _load(),
        "versions": versions,
        "scenarios": [asdict(r) for r in rows],
        "reading": reading,
        "charts": charts,
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"figures written to {path.relative_to(HERE.parent) if path.is_relative_to(HERE.parent) else path}")


def _load() -> str:
    """The load average, printed with the figures: on a busy machine they are not comparable."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True)
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000", help="comma-separated N (default 1000,5000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per scenario, median taken (default 3)")
    parser.add_argument(
        "--cold-runs", type=int, help="runs of bulletin's cold build (default --runs): the longest one"
    )
    parser.add_argument("--quick", action="store_true", help="N=100, one run")
    parser.add_argument("--json", type=Path, help="where to write the figures (one size only)")
    args = parser.parse_args(argv)
    sizes = [100] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    runs = 1 if args.quick else args.runs
    if args.json and len(sizes) > 1:
        parser.error("--json takes one size; without it each size goes to benchmarks/results/peers-<N>.json")
    print(f"{os.cpu_count()} cores, Python {platform.python_version()}, peak RSS from {rss_method()}")
    versions = {"python": platform.python_version()}
    for n in sizes:
        try:
            run_size(n, runs, args.json, versions, args.cold_runs)
        except Failed as exc:
            print(f"bulletin failed: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
