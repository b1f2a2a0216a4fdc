"""Time from saving a bulletin to ``bulletin serve`` serving the new text, as an editor sees it.

Run: python benchmarks/serve_latency.py [--bulletins 1000] [--edits 7] [--skip-example] [--keep DIR]
                                         [--figure]

For the example site (a copy of this repository's bulletin.yaml and content/) and for a synthetic
archive of N bulletins (benchmarks/corpus.py), it starts ``bulletin serve`` on a free loopback
port as a separate process, waits for the first build, then edits one bulletin several times:
each edit appends a sentence with a new marker, and the clock runs from the write until an HTTP
GET of that bulletin's page returns the marker (polled every 20 ms). Prints the median, the
fastest and the slowest edit per site, and the first build's time. The server is stopped with
SIGINT, as Ctrl-C does. Edits add no figure, so a rebuild changes one page (and the search index);
with ``--figure`` each edit of the archive also changes one bulletin's fixed-asset investment, so a
rebuild makes that series' dataset part, charts, downloads and pages again.

Figures depend on the machine and its load: run it on an idle machine for numbers to quote.
With ``--keep DIR`` the archive is written to DIR (or reused when it is already there), so its
build cache survives: a second run skips drawing the charts and reaches the timed edits in
minutes, not an hour. The timed edits are the same either way (each starts from a built site).
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import bulletin_at, write_bulletin_site

REPO = Path(__file__).resolve().parents[1]
POLL = 0.02
_URL = re.compile(r"http://127\.0\.0\.1:\d+/")


def _start(root: Path, timeout: float) -> tuple[subprocess.Popen[str], str, float]:
    """``bulletin serve`` on a free port; its URL and how long the first build took."""
    env = {**os.environ, "BULLETIN_LANG": "en", "COLUMNS": "200"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bulletin", "serve", str(root), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        if m := _URL.search(line):
            return proc, m.group(0), time.perf_counter() - started
    proc.kill()
    raise SystemExit(f"bulletin serve did not start within {timeout:.0f} s")


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return ""


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def figure_edit(index: int) -> Callable[[str, int], str]:
    """Edit ``run`` of synthetic bulletin ``index``: its fixed-asset investment + (run + 1) / 10, in
    front-matter, prose and table (as benchmarks/peers.py edits a figure)."""
    b = bulletin_at(index)
    ind, value, _, _ = next(f for f in b.figures if f[0].name == "固定资产投资")

    def edit(text: str, run: int) -> str:
        old, new = f"{value:.1f}", f"{value + (run + 1) / 10:.1f}"
        out = (
            text.replace(f"name: {ind.name}, value: {old},", f"name: {ind.name}, value: {new},")
            .replace(f"**{old}{ind.unit}**", f"**{new}{ind.unit}**")
            .replace(f"| {ind.short} | {ind.unit} | {old} |", f"| {ind.short} | {ind.unit} | {new} |")
        )
        assert out.count(new) - text.count(new) == 3, "the figure was not found three times"
        return out

    return edit


def measure(
    root: Path,
    bulletin: Path,
    page: str,
    edits: int,
    timeout: float,
    figure: Callable[[str, int], str] | None = None,
) -> tuple[list[float], float]:
    """Seconds from each save to the served page showing it, and the first build's seconds. With
    ``figure``, each save also changes a figure (the rebuild then makes the dataset part, charts,
    downloads and pages of that series again)."""
    proc, url, first = _start(root, timeout)
    times = []
    try:
        original = bulletin.read_text(encoding="utf-8")
        for i in range(edits):
            marker = f"编辑标记{i:03d}{os.getpid()}"
            text = figure(original, i) if figure else original
            bulletin.write_text(text + f"\n{marker}。\n", encoding="utf-8")
            saved = time.perf_counter()
            while marker not in _fetch(url + page):
                if time.perf_counter() - saved > timeout:
                    raise SystemExit(f"edit {i} did not show within {timeout:.0f} s")
                time.sleep(POLL)
            times.append(time.perf_counter() - saved)
            time.sleep(1.0)  # let the server go idle, so edits are not debounced together
    finally:
        _stop(proc)
        bulletin.write_text(original, encoding="utf-8")  # a kept archive starts the next run as it was
    return times, first


def _report(name: str, times: list[float], first: float) -> None:
    print(
        f"{name}: save -> served page, median {statistics.median(times):.2f} s "
        f"(fastest {min(times):.2f} s, slowest {max(times):.2f} s, {len(times)} edits); "
        f"first build {first:.1f} s",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bulletins", type=int, default=1000, help="size of the synthetic archive")
    parser.add_argument("--edits", type=int, default=7, help="edits timed per site")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds to wait for a build")
    parser.add_argument("--skip-example", action="store_true")
    parser.add_argument("--keep", type=Path, help="write the archive here and reuse it (and its cache)")
    parser.add_argument(
        "--figure", action="store_true", help="each edit of the archive also changes a figure, not only prose"
    )
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs seen; load average {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="serve-latency-") as tmp:
        if not args.skip_example:
            example = Path(tmp) / "example"
            shutil.copytree(REPO / "content", example / "content")
            shutil.copy(REPO / "bulletin.yaml", example / "bulletin.yaml")
            target = example / "content/2023/2023-h1.md"
            times, first = measure(example, target, "bulletins/2023-h1/", args.edits, args.timeout)
            _report("example site (6 bulletins)", times, first)
        if args.bulletins:
            archive = args.keep / f"archive-{args.bulletins}" if args.keep else Path(tmp) / "archive"
            paths = write_bulletin_site(archive, args.bulletins)
            index = args.bulletins // 2
            page = f"bulletins/{bulletin_at(index).slug}/"
            edit = figure_edit(index) if args.figure else None
            times, first = measure(archive, paths[index], page, args.edits, args.timeout, edit)
            what = "a figure and a sentence" if args.figure else "a sentence"
            _report(f"synthetic archive ({args.bulletins} bulletins), {what} per edit", times, first)


if __name__ == "__main__":
    main()
