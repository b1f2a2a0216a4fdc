"""In-process stage timings for peers.py: reading one bulletin, and drawing one chart.

Run: python benchmarks/stages.py SITE_DIR [--files 200] [--charts 60]

(a) the reading stage: median milliseconds per bulletin on one core, over a sample of the site's
    files, through read_one() below (the one place that knows how the library reads a file);
(b) charts: milliseconds per chart for bulletin's renderer (render_charts, cold cache, in-process)
    against a plain matplotlib baseline of the same content (a Figure, a line or bar plot per
    chart with its labels, savefig as SVG); the specs are benchmarks/charts.py's mix.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_SITES: dict[Path, Any] = {}


def read_one(path: Path) -> object:
    """Read one bulletin file as a build does: bytes → text → front-matter, Markdown, figures, cross-check.

    THE ONLY PLACE THAT IMPORTS THE LIBRARY FOR READING. The package layout is being
    reorganised; when it moves, change the imports and calls here and nothing else. A build
    reads a file with content.sources.decode_text and the public bulletin.read_report, with the
    site's config and catalogue loaded once per build (cached here per site, not timed per file).
    """
    import hashlib

    from bulletin import SourceFile, load_catalog, load_config, read_report
    from bulletin.content.sources import decode_text

    root = next(p.parent for p in path.parents if p.name == "content")
    if root not in _SITES:
        _SITES[root] = (load_config(root)[0], load_catalog(root)[0])
    config, catalog = _SITES[root]
    data = path.read_bytes()
    rel = path.relative_to(root).as_posix()
    text, _ = decode_text(data, rel)
    source = SourceFile(rel, text or "", hashlib.sha256(data).hexdigest())
    report, diagnostics = read_report(source, catalog, config.read_options)
    if report is None or any(d.code.startswith("E") for d in diagnostics):
        raise RuntimeError(f"{rel} did not read cleanly: {diagnostics[:2]}")
    return report


def time_reading(site: Path, files: int) -> dict[str, float]:
    """Median (and quartiles of) ms per bulletin over an evenly spread sample of the site's files."""
    paths = sorted((site / "content").rglob("*.md"))
    sample = paths[:: max(1, len(paths) // files)][:files]
    read_one(sample[0])  # imports, config and catalogue: once per process, not per file
    times = []
    for path in sample:
        started = time.perf_counter()
        read_one(path)
        times.append((time.perf_counter() - started) * 1000)
    q1, median, q3 = statistics.quantiles(times, n=4) if len(times) > 1 else (times[0],) * 3
    return {"files": float(len(times)), "median_ms": median, "q1_ms": q1, "q3_ms": q3}


def plain_matplotlib(specs: list[Any]) -> float:
    """Seconds for the baseline: per chart a new Figure, one line or bar plot, savefig(svg).

    The same labels and values as bulletin's chart, the same bundled Chinese font, and text kept
    as text (svg.fonttype "none", as bulletin writes it), but none of its styling, fixed margins,
    markers, annotations or SVG post-processing.
    """
    import matplotlib
    from matplotlib.figure import Figure

    from bulletin.charts import fonts

    fonts.register_fonts()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": [fonts.FONT_FAMILY, "DejaVu Sans"]}):
        started = time.perf_counter()
        for spec in specs:
            fig = Figure(figsize=(6.4, 3.6))
            ax = fig.add_subplot()
            labels = list(spec.labels)
            for series in spec.series:
                values = [float("nan") if v is None else v for v in series.values]
                if spec.kind in ("growth", "ranks"):
                    ax.barh(labels[: len(values)], values, label=series.name)
                else:
                    ax.plot(labels[: len(values)], values, label=series.name)
            ax.set_title(spec.title)
            fig.savefig(io.StringIO(), format="svg", metadata={"Date": None})
        return time.perf_counter() - started


def time_charts(count: int) -> dict[str, float]:
    """ms per chart: bulletin's renderer (cold cache, jobs=1) and the plain matplotlib baseline."""
    from charts import make_specs  # benchmarks/charts.py: the same deterministic mix of chart kinds

    from bulletin.charts.render import render_charts

    specs = make_specs(count)
    with tempfile.TemporaryDirectory() as warm:
        render_charts(make_specs(5, seed=1), Path(warm), 1)  # imports and font loading, untimed
    plain_matplotlib(specs[:5])
    baseline = plain_matplotlib(specs)
    with tempfile.TemporaryDirectory() as cold:
        ours = render_charts(specs, Path(cold), 1).seconds
    per = 1000 / len(specs)
    return {"charts": float(len(specs)), "bulletin_ms": ours * per, "matplotlib_ms": baseline * per}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--charts", type=int, default=60)
    args = parser.parse_args(argv)
    reading = time_reading(args.site, args.files)
    print(f"reading: {reading['median_ms']:.1f} ms/bulletin (median of {reading['files']:.0f})")
    charts = time_charts(args.charts)
    print(
        f"charts: bulletin {charts['bulletin_ms']:.1f} ms/chart, plain matplotlib "
        f"{charts['matplotlib_ms']:.1f} ms/chart, ratio {charts['bulletin_ms'] / charts['matplotlib_ms']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
