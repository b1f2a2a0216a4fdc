"""Chart specs -> inline SVG: cache keys, the chart cache, the process pool, SVG post-processing.

Contract: ``render_charts(specs, cache_dir, jobs_or_executor) -> RenderResult`` with one final inline
SVG per spec id. Only cache misses are drawn (``render_task``, a pure function of the spec), by the
build's executor (see bulletin.core.executors: this process, a process pool or a Dask cluster);
results are gathered in spec order, so the output never depends on scheduling, and the same spec
gives byte-identical SVG in any process on any day. ``cache_dir/"charts"`` holds the *raw* matplotlib
SVG per key (safe to delete); the post-processing (ids, title, alt text, size: ~0.5 ms a chart) runs
after the cache on every build, so it can change without invalidating any chart. ``chart_key`` says
what the key covers. Importing this module loads neither matplotlib nor pandas: ``render_task`` does.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from xml.sax.saxutils import escape

from bulletin.charts import alttext, fonts, kinds, style
from bulletin.charts.spec import ChartSpec, plain
from bulletin.charts.svgsafe import is_safe_svg
from bulletin.core.executors import Executor, InlineExecutor, TaskError, open_executor
from bulletin.core.memo import by_identity
from bulletin.core.safefs import read_private, write_private

__all__ = [
    "RENDERER_VERSION",
    "ChartError",
    "RenderResult",
    "chart_key",
    "inline_svg",
    "render_charts",
    "render_task",
]

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


def environment_digest() -> str:
    """A digest of the drawing environment: with a chart's spec, all its SVG depends on."""
    return hashlib.sha256(json.dumps(_environment(), sort_keys=True).encode("utf-8")).hexdigest()


def chart_key(spec: ChartSpec) -> str:
    """sha256 of the canonical JSON of the spec, STYLE_VERSION, RENDERER_VERSION, matplotlib and font.

    Canonical: ``dataclasses.asdict(spec)`` (made by ``spec.plain``) plus the environment,
    ``json.dumps`` with sorted keys, no whitespace and UTF-8 text. The font enters as file name
    and size (its metrics place the text). The id and title are part of the spec: a renamed chart
    is a miss.
    """
    return _key(spec, _environment())


@by_identity(one_shot=0)  # serve hands the same frozen specs over while figures stay; a one-shot
def _key(spec: ChartSpec, environment: dict[str, str]) -> str:  # build's ChartStore passes its keys on
    payload = {"spec": plain(spec), **environment}
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def render_charts(
    specs: Sequence[ChartSpec], cache_dir: Path, jobs: int | Executor, known: Mapping[str, str] | None = None
) -> RenderResult:
    """Inline SVG for every spec (cached ones read, misses drawn by the executor or a pool of ``jobs``
    processes), in order; ``known``: keys made already, by id. Raises ChartError if drawing one raised."""
    global _last_svgs
    start = time.perf_counter()
    check_specs(specs)
    folder = Path(cache_dir) / "charts"
    svgs: dict[str, str] = {}
    keys: list[str] = []
    kept: dict[tuple[Path, str, ChartSpec], tuple[str, _Identity, str]] = {}
    place = (folder, json.dumps(_environment(), sort_keys=True))
    settled = time.time_ns() - _SETTLED_NS
    executor = jobs if not isinstance(jobs, int) else InlineExecutor()
    read: list[tuple[ChartSpec, str, _Identity | None, str]] = []

    def check_read() -> None:
        enough = _CHECK_BATCH if executor.started else _CHECK_POOL  # a pool takes 0.5 s to start
        on = executor if len(read) >= enough else InlineExecutor()
        for (spec, key, identity, _), final in zip(read, _checked_all(read, on), strict=True):
            if final is not None:  # a tampered entry fails the digest or the allow-list: drawn again
                svgs[spec.id] = final
                if identity is not None and identity[3] < settled:
                    kept[(*place, spec)] = (key, identity, final)
        read.clear()

    for spec in specs:
        last = _last_svgs.get((*place, spec))
        if last is not None and _entry_identity(folder / f"{last[0]}.svg") == last[1]:
            key = last[0]  # the entry this process checked is untouched: its SVG is as it was
            svgs[spec.id] = last[2]
            kept[(*place, spec)] = last
        else:
            key = (known or {}).get(spec.id) or chart_key(spec)
            identity = _entry_identity(folder / f"{key}.svg")  # before reading: a later change shows
            cached = _read_cache(folder / f"{key}.svg", key)
            if cached is not None:
                read.append((spec, key, identity, cached))
        keys.append(key)
        if len(read) == _CHECK_SLICE:
            check_read()
    check_read()
    _last_svgs = kept
    misses = [(key, spec) for key, spec in zip(keys, specs, strict=True) if spec.id not in svgs]
    drawn = _render_misses([spec for _, spec in misses], jobs)
    for (key, spec), svg in zip(misses, drawn, strict=True):
        final = inline_svg(svg, spec)
        if not is_safe_svg(final):
            raise ValueError(f"chart {spec.id!r}: matplotlib drew SVG outside the allow-list")
        svgs[spec.id] = final
        write_entry(folder, f"{key}.svg", key, svg.encode("utf-8"))
    svgs = {spec.id: svgs[spec.id] for spec in specs}
    return RenderResult(svgs, len(specs) - len(misses), len(misses), time.perf_counter() - start)


# Cached entries are read here and post-processed and checked on the executor, a slice at a time
# (about a millisecond each: most of the work of a build whose charts are all cached), so at most a
# slice of raw SVG text is held besides the finished charts.
_CHECK_SLICE = 1024
_CHECK_BATCH = 128
_CHECK_POOL = 512  # fewer are checked in this process (0.25 s for 512) while no pool is up


def _checked_all(
    read: Sequence[tuple[ChartSpec, str, object, str]], executor: Executor
) -> Iterator[str | None]:
    items = [(raw, spec) for spec, _, _, raw in read]
    try:
        yield from executor.map(checked_svg, items, chunksize=_CHECK_BATCH)
    except TaskError as exc:
        raise ChartError(read[exc.index][0], exc.message) from None


def checked_svg(item: tuple[str, ChartSpec]) -> str | None:
    """A task: the final inline SVG of a cached entry's raw SVG, or None when it fails the allow-list."""
    raw, spec = item
    try:
        final = inline_svg(raw, spec)
    except ValueError:  # not a matplotlib SVG at all: drawn again, like any bad entry
        return None
    return final if is_safe_svg(final) else None


_Identity = tuple[int, int, int, int]
# The final SVG of each chart of this process's last render_charts call, by (folder, drawing
# environment, spec), with its entry's key and identity (inode, size, mtime, ctime): a long-lived
# process (serve) then neither keys, reads nor post-processes again the thousands of charts of an
# archive on every save. Entries are replaced by rename, so a rewritten entry has another identity.
_last_svgs: dict[tuple[Path, str, ChartSpec], tuple[str, _Identity, str]] = {}
# An entry changed less than this long ago could change again within one tick of the file
# system's clock and keep its identity: it is read again next time rather than remembered.
_SETTLED_NS = 2_000_000_000


def _entry_identity(path: Path) -> _Identity | None:
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


# A cache entry starts with this line: the key it was drawn for and the sha256 of the SVG after it.
_CACHE_HEADER = "<!-- bulletin-chart key={key} sha256={digest} -->\n"
_HEADER_RE = re.compile(r"^<!-- bulletin-chart key=([0-9a-f]{64}) sha256=([0-9a-f]{64}) -->\n\Z")


def check_specs(specs: Sequence[ChartSpec]) -> None:
    """Fail before any drawing on duplicate ids (one page could not tell them apart) or unknown kinds."""
    seen: set[str] = set()
    for spec in specs:
        if spec.id in seen:
            raise ValueError(f"duplicate chart id {spec.id!r}")
        if spec.kind not in (known := kinds.kind_names()):
            raise ValueError(
                f"chart {spec.id!r}: unknown kind {spec.kind!r} (expected one of {', '.join(known)})"
            )
        seen.add(spec.id)


def _read_cache(path: Path, key: str) -> str | None:
    """The cached raw SVG, or None when missing, unreadable, truncated, for another key or edited."""
    data = read_entry(path, key)
    try:
        svg = data.decode("utf-8") if data is not None else ""
    except UnicodeDecodeError:
        return None
    return svg if svg.startswith("<?xml") and svg.rstrip().endswith("</svg>") else None


def read_entry(path: Path, key: str) -> bytes | None:
    """A cache entry's body (SVG text or PNG bytes), or None when missing, unreadable, truncated,
    for another key or edited.

    Never through a link, and never a pipe (core/safefs.py: read_private).
    """
    data = read_private(path.parent.parent, (path.parent.name, path.name), _MAX_CACHED)
    if data is None:
        return None
    newline = data.find(b"\n") + 1
    try:
        header = _HEADER_RE.match(data[:newline].decode("ascii"))
    except UnicodeDecodeError:
        return None
    if header is None or header.group(1) != key:
        return None
    body = data[newline:]
    return body if header.group(2) == hashlib.sha256(body).hexdigest() else None


_MAX_CACHED = 16 * 1024 * 1024  # a chart is ~50 kB


def write_entry(folder: Path, name: str, key: str, body: bytes) -> None:
    """Write a cache entry (the header line, then ``body``) atomically and never through a link
    (core/safefs.py: write_private); a cache that cannot be written only costs time."""
    header = _CACHE_HEADER.format(key=key, digest=hashlib.sha256(body).hexdigest()).encode("ascii")
    try:
        write_private(folder.parent, (folder.name, name), header + body)
    except OSError as exc:
        log.warning("chart cache not written (%s): %s", folder / name, exc)


# --- drawing: a pure task per chart, run by an executor (this process, a pool, a cluster) ---------


def _render_misses(specs: list[ChartSpec], jobs: int | Executor) -> Iterator[str]:
    """Raw SVG per spec, yielded in spec order: each is cached as soon as it arrives."""
    if not specs:
        return
    if not isinstance(jobs, int):
        yield from _draw_all(specs, jobs)
        return
    # A pool only for this call (render_charts used on its own); a build passes its executor.
    with open_executor("local", jobs=min(jobs, len(specs))) as executor:
        yield from _draw_all(specs, executor)


def _draw_all(specs: list[ChartSpec], executor: Executor) -> Iterator[str]:
    try:
        yield from executor.map(render_task, specs)
    except TaskError as exc:
        raise ChartError(specs[exc.index], exc.message) from None


class ChartError(Exception):
    """Drawing one chart raised (a bug, not a content problem): which chart, and the error."""

    def __init__(self, spec: ChartSpec, message: str) -> None:
        self.spec, self.message = spec, message
        super().__init__(f"chart {spec.id!r}: {message}")


def render_task(spec: ChartSpec) -> str:
    """The raw SVG of one spec, under the house style: a pure task for any executor. The style is
    applied in an rc_context on every call (about a millisecond): a task leaves the process's global
    rcParams as it found them wherever it runs, and no worker needs an initializer."""
    import matplotlib

    fonts.register_fonts()
    with matplotlib.rc_context():
        _apply_house_style()
        return _render_one(spec)


def _render_batch(specs: Sequence[ChartSpec]) -> list[str]:
    """Draw in this process (global rcParams stay untouched)."""
    return [render_task(spec) for spec in specs]


def _apply_house_style() -> None:
    import matplotlib

    matplotlib.rcdefaults()  # from matplotlib's defaults, ignoring any matplotlibrc: same SVG everywhere
    style.apply_style(matplotlib.rcParams)


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
# Inside a tag: the next '>' comes before any '<' (matplotlib escapes both in text, and comments are
# gone by then), so text content is never touched, even if it reads like id="…".
_IN_TAG = r"(?=[^<>]*>)"
# The id references, each found by its literal (fast) and prefixed with a literal (no callback):
# id="…" (not data-id or xml:id), href="#…", url(#…).
_ID_REFS = (
    (re.compile(r'id="(?<![\w:-]id=")' + _IN_TAG), 'id="'),
    (re.compile(r'href="#' + _IN_TAG), 'href="#'),
    (re.compile(r"url\(#" + _IN_TAG), "url(#"),
)
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
_COLOUR = re.compile(r"(fill|stroke): (#[0-9a-f]{6})" + _IN_TAG)


def _themed(m: re.Match[str]) -> str:
    var = _THEMED.get(m.group(2))
    return f"{m.group(1)}: var({var}, {m.group(2)})" if var else m.group(0)


def inline_svg(raw: str, spec: ChartSpec) -> str:
    """Raw matplotlib SVG -> an accessible, responsive <svg> whose ids are unique to this chart."""
    prefix = id_prefix(spec.id)
    svg = _NOT_XML.sub("", _PROLOGUE.sub("", raw)).strip()
    for pattern, literal in _ID_REFS:  # whole-text passes: a callback per tag took 1.2 ms a chart
        svg = pattern.sub((literal + prefix + "-").replace("\\", "\\\\"), svg)
    svg = _COLOUR.sub(_themed, svg)
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
