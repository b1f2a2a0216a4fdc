"""Chart specs -> inline SVG: cache keys, the chart cache, the process pool, SVG post-processing.

Contract: ``render_charts(specs, cache_dir, jobs) -> RenderResult`` with one final inline SVG per
spec id. Only cache misses are drawn (``plots.draw``), in this process or in a process pool;
results are gathered in spec order, so the output never depends on scheduling, and the same
spec gives byte-identical SVG in any process on any day. The cache folder
``cache_dir/"charts"`` holds the *raw* matplotlib SVG per key and is safe to delete; the
post-processing (ids, title, alt text, size) runs after the cache on every build: it takes
~0.5 ms a chart, and keeping it out of the cache lets it change without invalidating any chart.
``chart_key`` documents what the key covers.
Importing this module imports neither matplotlib nor pandas: they load only when a miss is
drawn, in ``_render_batch`` or in a worker process.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import multiprocessing
import os
import re
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from xml.sax.saxutils import escape

from bulletin.charts import alttext, fonts, style
from bulletin.charts.spec import KINDS, ChartSpec

__all__ = ["RENDERER_VERSION", "RenderResult", "chart_key", "inline_svg", "render_charts"]

log = logging.getLogger(__name__)

# Bump when plots.py or the raw SVG writing below changes the pictures; part of every cache key.
RENDERER_VERSION = "2"


@dataclass(frozen=True, slots=True)
class RenderResult:
    """The final inline SVG per spec id, cache hits and misses, and the wall time taken."""

    svgs: dict[str, str]
    hits: int
    misses: int
    seconds: float


@cache
def _environment() -> dict[str, str]:
    """What besides the spec decides the SVG bytes (the font is measured for text layout)."""
    return {
        "style": style.STYLE_VERSION,
        "renderer": RENDERER_VERSION,
        "matplotlib": metadata.version("matplotlib"),
        "font": fonts.font_identity(),
    }


def chart_key(spec: ChartSpec) -> str:
    """sha256 of the canonical JSON of the spec, STYLE_VERSION, RENDERER_VERSION, matplotlib and font.

    Canonical: ``dataclasses.asdict(spec)`` plus the environment, ``json.dumps`` with sorted keys,
    no whitespace and UTF-8 text. The font enters as file name and size (its metrics place the
    text). The id and title are part of the spec, so a renamed chart is a miss.
    """
    payload = {"spec": dataclasses.asdict(spec), **_environment()}
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def render_charts(specs: Sequence[ChartSpec], cache_dir: Path, jobs: int) -> RenderResult:
    """Inline SVG for every spec: cached ones read, misses drawn (in a pool when jobs > 1), all in order."""
    start = time.perf_counter()
    _check(specs)
    folder = Path(cache_dir) / "charts"
    keys = [chart_key(spec) for spec in specs]
    raw: dict[str, str] = {}
    for key in keys:
        if (svg := _read_cache(folder / f"{key}.svg")) is not None:
            raw[key] = svg
    misses = [(key, spec) for key, spec in zip(keys, specs, strict=True) if key not in raw]
    drawn = _render_misses([spec for _, spec in misses], jobs)
    for (key, _), svg in zip(misses, drawn, strict=True):
        raw[key] = svg
        _write_cache(folder, f"{key}.svg", svg)
    svgs = {spec.id: inline_svg(raw[key], spec) for key, spec in zip(keys, specs, strict=True)}
    return RenderResult(svgs, len(specs) - len(misses), len(misses), time.perf_counter() - start)


def _check(specs: Sequence[ChartSpec]) -> None:
    """Fail before any drawing on duplicate ids (one page could not tell them apart) or unknown kinds."""
    seen: set[str] = set()
    for spec in specs:
        if spec.id in seen:
            raise ValueError(f"duplicate chart id {spec.id!r}")
        if spec.kind not in KINDS:
            raise ValueError(
                f"chart {spec.id!r}: unknown kind {spec.kind!r} (expected one of {', '.join(KINDS)})"
            )
        seen.add(spec.id)


def _read_cache(path: Path) -> str | None:
    """The cached raw SVG, or None when missing, unreadable or truncated (then it is drawn again)."""
    try:
        svg = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return svg if svg.startswith("<?xml") and svg.rstrip().endswith("</svg>") else None


def _write_cache(folder: Path, name: str, svg: str) -> None:
    """Write atomically (temp file + os.replace); a cache that cannot be written only costs time."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".svg")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(svg)
            os.replace(tmp, folder / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.warning("chart cache not written (%s): %s", folder / name, exc)


# --- drawing: in this process, or in a pool of worker processes ---------------------------------


# forkserver where the platform has it (not on Windows): see _render_misses.
_POOL_START = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _render_misses(specs: list[ChartSpec], jobs: int) -> Iterator[str]:
    """Raw SVG per spec, yielded in spec order: each is cached as soon as it arrives."""
    if not specs:
        return
    if jobs <= 1 or len(specs) == 1:
        yield from _render_batch(specs)
        return
    workers = min(jobs, len(specs))
    # "forkserver": workers fork from a clean single-threaded server process, so threads in this
    # process (the CLI's rich spinner) are never forked while holding a lock, as with "fork".
    # Preloading bulletin.charts.draw (matplotlib, numpy) in the server lets workers start without
    # importing them; "spawn" workers import them each time. Measured on 2 cores, jobs=2, with a
    # thread running: first build of 40 charts 0.95 s (forkserver) vs 1.33 s (spawn); a second build
    # in the same process (bulletin serve) 0.60 s vs 1.05 s; equal (2.9 s) at 200 charts.
    context = multiprocessing.get_context(_POOL_START)
    if _POOL_START == "forkserver":
        context.set_forkserver_preload(["bulletin.charts.draw"])
    chunk = max(1, len(specs) // (workers * 4))  # few round trips, still balanced across workers
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker) as pool:
        yield from pool.map(_render_one, specs, chunksize=chunk)


def _render_batch(specs: Sequence[ChartSpec]) -> list[str]:
    """Draw in this process, under the house style in an rc_context: global rcParams stay untouched."""
    import matplotlib

    fonts.register_fonts()
    with matplotlib.rc_context():
        _apply_house_style()
        return [_render_one(spec) for spec in specs]


def _apply_house_style() -> None:
    import matplotlib

    matplotlib.rcdefaults()  # from matplotlib's defaults, ignoring any matplotlibrc: same SVG everywhere
    style.apply_style(matplotlib.rcParams)


def _init_worker() -> None:
    """Pool initializer: fonts and house rcParams once per worker (a worker's global rcParams are its own)."""
    fonts.register_fonts()
    _apply_house_style()


def _render_one(spec: ChartSpec) -> str:
    """The raw SVG of one spec (a new Figure each time: see plots.draw; no per-worker state)."""
    import io

    from matplotlib.backends.backend_svg import FigureCanvasSVG

    from bulletin.charts import draw as plots

    fig = plots.draw(spec)
    buffer = io.StringIO()
    # print_svg directly: at fixed sizes savefig's bbox/facecolor bookkeeping adds nothing.
    FigureCanvasSVG(fig).print_svg(buffer, metadata={"Date": None})
    return buffer.getvalue()


# --- post-processing for inlining several charts into one HTML page --------------------------------

_PROLOGUE = re.compile(r"(?:<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--.*?-->|<metadata>.*?</metadata>)\s*", re.S)
_TAG = re.compile(r"<[^>]+>")
_ID_REF = re.compile(r'((?<![\w:-])id="|\bhref="#|url\(#)')
_ROOT = re.compile(r"<svg\b[^>]*>")
_VIEWBOX = re.compile(r'viewBox="([^"]+)"')
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # control characters in labels


def id_prefix(chart_id: str) -> str:
    """'chart-' + the spec id made safe for XML ids; ids that needed changing also get a short hash."""
    safe = _UNSAFE.sub("-", chart_id).strip("-")
    if safe != chart_id or not safe:
        safe = f"{safe}-{hashlib.sha256(chart_id.encode()).hexdigest()[:6]}".lstrip("-")
    return f"chart-{safe}"


# The house colours as CSS custom properties (with the colour as fallback), so a page's dark theme
# recolours the ink, grid and paper of every chart; the data colours (Okabe & Ito) read on both.
_THEMED = {
    style.TEXT.lower(): "--chart-ink",
    style.MUTED.lower(): "--chart-muted",
    style.GRID.lower(): "--chart-grid",
    style.FIELD.lower(): "--chart-field",
    style.BACKGROUND.lower(): "--chart-paper",
    "#000000": "--chart-ink",
}
_COLOUR = re.compile(r"(fill|stroke): (#[0-9a-f]{6})")


def _themed(tag: str) -> str:
    def swap(m: re.Match[str]) -> str:
        var = _THEMED.get(m.group(2))
        return f"{m.group(1)}: var({var}, {m.group(2)})" if var else m.group(0)

    return _COLOUR.sub(swap, tag)


def inline_svg(raw: str, spec: ChartSpec) -> str:
    """Raw matplotlib SVG -> an accessible, responsive <svg> whose ids are unique to this chart."""
    prefix = id_prefix(spec.id)
    svg = _NOT_XML.sub("", _PROLOGUE.sub("", raw)).strip()
    # Only inside tags: text content is never touched, even if it reads like id="…".
    svg = _TAG.sub(lambda tag: _themed(_ID_REF.sub(lambda m: f"{m.group(1)}{prefix}-", tag.group(0))), svg)
    # matplotlib's "*{…}" rule would apply to the whole page: scope it to this chart.
    svg = svg.replace('<style type="text/css">*{', f'<style type="text/css">#{prefix} *{{', 1)
    root = _ROOT.search(svg)
    viewbox = _VIEWBOX.search(root.group(0)) if root else None
    if root is None or viewbox is None:
        raise ValueError(f"chart {spec.id!r}: not a matplotlib SVG")
    width_pt = float(viewbox.group(1).split()[2])
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"'
        f' id="{prefix}" class="chart chart-{spec.kind}{" chart-narrow" if spec.narrow else ""}" role="img"'
        f' aria-labelledby="{prefix}-title {prefix}-desc" width="100%" viewBox="{viewbox.group(1)}"'
        f' style="max-width:{round(width_pt * 4 / 3)}px;height:auto">'  # 1 pt = 4/3 CSS px
        f'<title id="{prefix}-title">{_xml_text(spec.title)}</title>'
        f'<desc id="{prefix}-desc">{_xml_text(alttext.describe(spec))}</desc>'
    )
    return head + svg[root.end() :]


def _xml_text(text: str) -> str:
    """Escaped for XML text content (<, & and > escaped; control characters dropped)."""
    return escape(_NOT_XML.sub("", text))
