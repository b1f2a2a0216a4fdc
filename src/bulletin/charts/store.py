"""A build's charts as references until a page that shows them is rendered.

Pages carry a ``ChartRef`` (the chart's id and cache key) instead of its SVG. The key digests the
spec and the drawing environment, so it stands for the SVG in a page's build-graph key, and a
rebuild after one edit reads, checks or draws only the charts of the pages it renders again:
not the thousands of charts of an archive whose pages are unchanged. ``ChartStore.svgs`` loads a
set of charts through ``render_charts`` (the cache, the allow-list, the executor for misses).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bulletin.charts.spec import ChartSpec
from bulletin.core.executors import Executor

__all__ = ["ChartRef", "ChartStore", "refs_in", "with_svgs"]


@dataclass(frozen=True, slots=True)
class ChartRef:
    """A chart in a page's view data, replaced by its inline SVG just before the page is rendered."""

    id: str
    key: str


@dataclass
class ChartStore:
    """The planned charts by id, loaded on demand; counts what it read and drew for the build's stats."""

    specs: Mapping[str, ChartSpec]
    cache_dir: Path
    executor: Executor
    hits: int = 0
    misses: int = 0
    seconds: float = 0.0
    _keys: dict[str, str] = field(default_factory=dict)

    def ref(self, chart_id: str) -> ChartRef:
        from bulletin.charts.render import chart_key

        key = self._keys.get(chart_id) or self._keys.setdefault(chart_id, chart_key(self.specs[chart_id]))
        return ChartRef(chart_id, key)

    def svgs(self, ids: Iterable[str]) -> dict[str, str]:
        """Inline SVG of each chart in ``ids``, in one call so misses are drawn side by side.
        Raises ChartError when drawing one raised."""
        from bulletin.charts.render import render_charts

        wanted = [self.specs[i] for i in sorted(set(ids))]
        if not wanted:
            return {}
        result = render_charts(wanted, self.cache_dir, self.executor)
        self.hits += result.hits
        self.misses += result.misses
        self.seconds += result.seconds
        return dict(result.svgs)


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


def with_svgs(value: Any, svgs: Mapping[str, str]) -> Any:
    """The view with every ChartRef replaced by its SVG; parts without one are shared, not copied."""
    if isinstance(value, ChartRef):
        return svgs[value.id]
    if isinstance(value, Mapping):
        items = {k: with_svgs(v, svgs) for k, v in value.items()}
        return value if all(items[k] is v for k, v in value.items()) else items
    if isinstance(value, list | tuple):
        new: Sequence[Any] = [with_svgs(v, svgs) for v in value]
        if all(a is b for a, b in zip(new, value, strict=True)):
            return value
        return new if isinstance(value, list) else tuple(new)
    return value
