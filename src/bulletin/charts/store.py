"""A build's charts as references until a page that shows them is rendered.

Pages carry a ``ChartRef`` (the chart's id and cache key) instead of its SVG. The key digests the
spec and the drawing environment, so it stands for the SVG in a page's build-graph key, and a
rebuild after one edit reads, checks or draws only the charts of the pages it renders again:
not the thousands of charts of an archive whose pages are unchanged. ``ChartStore.svgs`` loads a
set of charts through ``render_charts`` (the cache, the allow-list, the executor for misses).

A page's view keeps its references while it is rendered: the page carries the SVG of its own
charts beside the view, and a reference prints as its SVG while ``showing`` that mapping (in a
template, ``safe(chart.svg)`` or ``chart.svg|safe``). Putting the SVG into each view would mean
walking and copying every view of a slice: a third of the time of rendering an archive's pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bulletin.charts.chartplan import ChartPlan
from bulletin.charts.spec import ChartSpec
from bulletin.core.executors import Executor
from bulletin.core.recall import keeping

__all__ = ["ChartRef", "ChartStore", "ChartViews", "refs_in", "showing"]

_SHOWN: ContextVar[Mapping[str, str]] = ContextVar("bulletin_chart_svgs", default=MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class ChartRef:
    """A chart in a page's view data; it prints as its inline SVG while the page is rendered."""

    id: str
    key: str

    def __str__(self) -> str:
        try:
            return _SHOWN.get()[self.id]
        except KeyError:  # a page rendered without its charts: a bug, never an empty figure
            raise LookupError(f"chart {self.id!r} was not loaded for this page") from None


@contextmanager
def showing(svgs: Mapping[str, str]) -> Iterator[None]:
    """While inside, a ChartRef whose id is in ``svgs`` prints as that SVG."""
    token = _SHOWN.set(svgs)
    try:
        yield
    finally:
        _SHOWN.reset(token)


@dataclass
class ChartStore:
    """The planned charts by id, loaded on demand; counts what it read and drew for the build's stats.

    ``specs`` is usually the chart plan (charts/chartplan.py), which makes a page's specs again
    when asked: the store keeps those of the slice it loaded last until each is referred to."""

    specs: Mapping[str, ChartSpec]
    cache_dir: Path
    executor: Executor
    hits: int = 0
    misses: int = 0
    seconds: float = 0.0
    # The key and spec of each chart loaded and not yet referred to: a page's charts are loaded
    # just before its view is made (stream.py), so this holds one slice's, not every chart's.
    _loaded: dict[str, tuple[str, ChartSpec]] = field(default_factory=dict)

    def take(self, chart_id: str) -> tuple[str, ChartSpec]:
        """A chart's key and spec, let go of here once referred to (made again if not loaded)."""
        found = self._loaded.pop(chart_id, None)
        if found is None:
            from bulletin.charts.render import chart_key

            spec = self.specs[chart_id]
            found = (chart_key(spec), spec)
        return found

    def ref(self, chart_id: str) -> ChartRef:
        return ChartRef(chart_id, self.take(chart_id)[0])

    def svgs(self, ids: Iterable[str]) -> dict[str, str]:
        """Inline SVG of each chart in ``ids``, in one call so misses are drawn side by side.
        Raises ChartError when drawing one raised."""
        from bulletin.charts.render import chart_key, render_charts

        wanted = sorted(set(ids))
        if not wanted:
            return {}
        made = _pick(self.specs, wanted)
        specs = [made[i] for i in wanted]
        # What the last slice left unreferred (a page whose view was made before its charts were
        # loaded) is made again if asked for: kept, it would grow with the archive.
        self._loaded = {spec.id: (chart_key(spec), spec) for spec in specs}
        keys = {chart: key for chart, (key, _) in self._loaded.items()}
        result = render_charts(specs, self.cache_dir, self.executor, keys)
        self.hits += result.hits
        self.misses += result.misses
        self.seconds += result.seconds
        return dict(result.svgs)


def _pick(specs: Mapping[str, ChartSpec], ids: Iterable[str]) -> Mapping[str, ChartSpec]:
    """The specs of ``ids``: the chart plan makes each page's once for all of them."""
    if isinstance(specs, ChartPlan):
        return specs.pick(ids)
    return {chart: specs[chart] for chart in ids}


class ChartViews(Mapping[str, tuple[ChartRef, str]]):
    """Each planned chart's reference and alt text by id, made when a rendered page asks for them.

    Keying and describing every chart of an archive took a second per build (12,040 charts at
    1,000 bulletins) although an edit renders a few pages: the pages are keyed by what their
    charts are planned from and ``environment`` (site/listings.py), not by the charts' keys.
    """

    def __init__(self, store: ChartStore) -> None:
        from bulletin.charts.render import environment_digest

        self._store = store
        self._made: dict[str, tuple[ChartRef, str]] = {}
        self.environment = environment_digest()

    def __getitem__(self, chart_id: str) -> tuple[ChartRef, str]:
        found = self._made.get(chart_id)
        if found is None:
            from bulletin.charts.alttext import describe

            key, spec = self._store.take(chart_id)
            found = (ChartRef(chart_id, key), describe(spec))
            if keeping():  # serve's next build asks again; a one-shot build makes each page once
                self._made[chart_id] = found
        return found

    def __contains__(self, chart_id: object) -> bool:
        return chart_id in self._store.specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.specs)

    def __len__(self) -> int:
        return len(self._store.specs)


def refs_in(value: Any, found: set[str]) -> None:
    """Add the id of every ChartRef in a view (dicts, lists and tuples, walked) to ``found``."""
    if isinstance(value, ChartRef):
        found.add(value.id)
    elif isinstance(value, Mapping):
        for item in value.values():
            refs_in(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            refs_in(item, found)
