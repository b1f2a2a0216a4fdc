"""Link-preview pictures: each bulletin's headline chart as a PNG, planned, cached and drawn like
the SVG charts.

Contract: ``plan_previews(reports, histories, languages, site_title)`` -> one social ChartSpec per
bulletin and language (its growth chart of the main indicators, at most ``kinds.SOCIAL_ROWS``
bars), keyed by (slug, lang); pure. ``render_images(specs, cache_dir, executor) -> ImageResult``
with the PNG bytes of every spec (``spec.social`` is True), in spec order. Open Graph and
Twitter crawlers do not render SVG, so these are raster. The cache is the SVG charts' cache
(``chart_key``, entries in ``cache_dir/"charts"`` with the same digest-checked header), so a
picture is drawn once per content; misses are drawn by the build's executor with
``image_task``, a pure function of the spec. The bytes are deterministic: Agg draws the same
pixels for the same spec, font and matplotlib, and the PNG carries no software name or date.
Importing this module imports neither matplotlib nor pandas.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bulletin.charts import fonts, kinds
from bulletin.charts import render as svg_cache  # its entry identities and settling time
from bulletin.charts.plan import bulletin_charts, chart_id
from bulletin.charts.render import ChartError, chart_key, read_entry, write_entry
from bulletin.charts.spec import ChartSpec, Series
from bulletin.core.executors import Executor, TaskError
from bulletin.core.lastcall import LastCall
from bulletin.core.model import History, Report

__all__ = [
    "PNG_SIGNATURE",
    "ImageResult",
    "PreviewImages",
    "image_task",
    "plan_previews",
    "preview_chart",
    "render_images",
]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def preview_chart(
    report: Report, lang: str, site_title: str, key: frozenset[str] = frozenset()
) -> ChartSpec | None:
    """The bulletin's headline chart for link previews: the YoY growth of its main indicators (the
    catalogue's key indicators first, then those of the bulletin's own period, then the rest, in the
    bulletin's order), at most ``kinds.SOCIAL_ROWS`` of them; None when no indicator has a growth."""
    growth = next((s for s in bulletin_charts(report, lang, site_title) if s.kind == "growth"), None)
    if growth is None:
        return None
    rows = [r for r in report.indicators if r.yoy_pct is not None]  # the growth chart's rows, in order
    rank = sorted(
        range(len(rows)), key=lambda i: (rows[i].name not in key, rows[i].period != report.meta.period, i)
    )
    chosen = sorted(rank[: kinds.SOCIAL_ROWS])
    values = growth.series[0]
    return replace(
        growth,
        id=chart_id("preview", report.slug, lang),
        labels=tuple(growth.labels[i] for i in chosen),
        series=(Series(values.name, tuple(values.values[i] for i in chosen)),),
        social=True,
    )


def plan_previews(
    reports: Sequence[Report], histories: Sequence[History], languages: Sequence[str], site_title: str
) -> dict[tuple[str, str], ChartSpec]:
    """(slug, lang) -> the bulletin's link-preview chart, for every bulletin that has one."""
    # As for the chart plan: a save that changes no figure gets the very same specs (and so their
    # remembered cache keys) back.
    values = (tuple((r.meta, r.indicators) for r in reports), tuple(languages), site_title)
    found = _LAST.get((tuple(histories),), values)
    return (
        found
        if found is not None
        else _LAST.keep((tuple(histories),), values, _previews(reports, histories, languages, site_title))
    )


_LAST: LastCall[dict[tuple[str, str], ChartSpec]] = LastCall()


def _previews(
    reports: Sequence[Report], histories: Sequence[History], languages: Sequence[str], site_title: str
) -> dict[tuple[str, str], ChartSpec]:
    key = frozenset(h.name for h in histories if h.key)
    found = {}
    for lang in languages:
        for report in sorted(reports, key=lambda r: r.slug):
            spec = preview_chart(report, lang, site_title, key)
            if spec is not None:
                found[(report.slug, lang)] = spec
    return found


class PreviewImages(Mapping[str, bytes]):
    """The PNG of every preview by spec id, read from the chart cache (and checked) only when asked
    for: a build holds one picture at a time, not the archive's thousands (~75 kB each). The
    sha256 of each is known beforehand (``digest``), so an unchanged file needs no reading."""

    def __init__(self, folder: Path, entries: dict[str, tuple[str, str, ChartSpec]]) -> None:
        self._folder = folder
        self._entries = entries  # spec id -> (cache key, sha256 of the PNG, spec)

    def __getitem__(self, spec_id: str) -> bytes:
        key, sha, spec = self._entries[spec_id]
        data = read_entry(self._folder / f"{key}.png", key)
        if data is None or hashlib.sha256(data).hexdigest() != sha:
            data = image_task(spec)  # the entry changed since it was checked: draw it again
            if hashlib.sha256(data).hexdigest() != sha:
                raise ChartError(spec, "the cached picture changed during the build")
        return data

    def __contains__(self, spec_id: object) -> bool:
        # Mapping's own __contains__ calls __getitem__: it read and checked every picture
        # (0.8 s at 1,000 bulletins) just to ask whether a page has one.
        return spec_id in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def digest(self, spec_id: str) -> str:
        """The sha256 of the spec's PNG, without reading it."""
        return self._entries[spec_id][1]


@dataclass(frozen=True, slots=True)
class ImageResult:
    """The PNGs by spec id (read when asked for), cache hits and misses, and the wall time taken."""

    images: PreviewImages
    hits: int
    misses: int
    seconds: float


def render_images(specs: Sequence[ChartSpec], cache_dir: Path, executor: Executor) -> ImageResult:
    """Every social spec's PNG, in the cache: cached ones checked, misses drawn by ``executor``
    and cached as they arrive. Raises ChartError if drawing one raised, ValueError for a spec that
    is not a link preview."""
    start = time.perf_counter()
    for spec in specs:
        if not spec.social or kinds.kind(spec.kind).social is None:
            raise ValueError(f"chart {spec.id!r}: not a link-preview chart")
    global _last_images
    folder = Path(cache_dir) / "charts"
    keys = [chart_key(spec) for spec in specs]
    found: dict[str, str] = {}  # spec id -> sha256 of its PNG
    kept: dict[tuple[Path, str], tuple[svg_cache._Identity, str]] = {}
    settled = time.time_ns() - svg_cache._SETTLED_NS
    for key, spec in zip(keys, specs, strict=True):
        path = folder / f"{key}.png"
        identity = svg_cache._entry_identity(path)  # before reading: a later change shows
        last = _last_images.get((folder, key))
        if last is not None and identity == last[0]:
            found[spec.id] = last[1]  # the entry this process checked is untouched
            kept[(folder, key)] = last
            continue
        cached = read_entry(path, key)
        if cached is not None and cached.startswith(PNG_SIGNATURE):
            found[spec.id] = hashlib.sha256(cached).hexdigest()
            if identity is not None and identity[3] < settled:
                kept[(folder, key)] = (identity, found[spec.id])
    _last_images = kept
    misses = [(key, spec) for key, spec in zip(keys, specs, strict=True) if spec.id not in found]
    if misses:
        drawn = iter(executor.map(image_task, [spec for _, spec in misses]))
        for key, spec in misses:  # cached as each arrives: the drawn pictures are never all held
            try:
                png = next(drawn)
            except TaskError as exc:
                raise ChartError(misses[exc.index][1], exc.message) from None
            found[spec.id] = hashlib.sha256(png).hexdigest()
            write_entry(folder, f"{key}.png", key, png)
    entries = {spec.id: (key, found[spec.id], spec) for key, spec in zip(keys, specs, strict=True)}
    return ImageResult(
        PreviewImages(folder, entries), len(specs) - len(misses), len(misses), time.perf_counter() - start
    )


# As for the SVGs (charts/render.py): the digest of each PNG entry this process last checked, by
# (folder, key), with the entry's identity (inode, size, mtime, ctime); serve then reads no
# picture again on a save, and an unchanged one is hard-linked without being read.
_last_images: dict[tuple[Path, str], tuple[svg_cache._Identity, str]] = {}


def image_task(spec: ChartSpec) -> bytes:
    """The PNG of one social spec under the house style: a pure task for any executor."""
    import io

    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from bulletin.charts import draw, style

    fonts.register_fonts()
    with matplotlib.rc_context():
        matplotlib.rcdefaults()  # as for SVG: matplotlib's defaults, never a local matplotlibrc
        style.apply_style(matplotlib.rcParams)
        fig = draw.draw(spec)
        buffer = io.BytesIO()
        # No "Software" chunk (it names matplotlib's version) and no date: same spec, same bytes.
        fig.set_dpi(kinds.SOCIAL_DPI)  # sizes are in inches and points: only the pixel count changes
        FigureCanvasAgg(fig).print_png(buffer, metadata={"Software": None})
    return buffer.getvalue()
