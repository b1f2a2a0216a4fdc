"""The chart plan as ids and page keys: a page's specs are made again when the page asks for them.

Stage contract: ``ChartPlan`` maps each planned chart id to its ``ChartSpec`` (a read-only
``Mapping``) and says which page shows which ids; it must not hold the specs themselves.

At 1,000 bulletins the specs (titles, labels and every series' values) came to ~6-9 KB a
bulletin, held on the client for the whole build, though a page needs its own only while its
slice is rendered. The specs are pure functions of what the site holds anyway (a bulletin's
table, an indicator's series, the site's title: charts/plan.py), so the plan keeps which page
shows which ids and how to make a page's specs again, and makes them when asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace

from bulletin.charts.spec import ChartSpec

__all__ = ["NARROW_SUFFIX", "ChartPlan", "PageKey", "narrow_twin"]

NARROW_SUFFIX = "-narrow"

PageKey = tuple[str, str, str]  # (page kind, slug, lang)
Remake = Callable[[str, str, str], list[ChartSpec]]


def narrow_twin(spec: ChartSpec) -> ChartSpec:
    """The same chart drawn for a phone: id + '-narrow'; pages show one or the other by width."""
    return replace(spec, id=spec.id + NARROW_SUFFIX, narrow=True)


def _nothing(kind: str, slug: str, lang: str) -> list[ChartSpec]:
    return []


class ChartPlan(Mapping[str, ChartSpec]):
    """Which page shows which charts, (page kind, slug, lang) -> spec ids in order; every chart's
    spec by id (its phone twin's too), made again from its page's inputs on each lookup."""

    __slots__ = ("_owners", "_remake", "_twins", "pages")

    def __init__(
        self,
        pages: dict[PageKey, tuple[str, ...]] | None = None,
        twins: Iterable[str] = (),
        remake: Remake = _nothing,
    ) -> None:
        self.pages = pages or {}
        # chart id -> its page: the ids are the pages' own strings, so this costs an entry each
        self._owners = {chart: page for page, ids in self.pages.items() for chart in ids}
        self._twins = frozenset(twins)  # the ids drawn for a phone as well
        self._remake = remake

    def for_page(self, kind: str, slug: str, lang: str) -> tuple[ChartSpec, ...]:
        """The specs shown on one page, in order (made again: callers let go of them with the page)."""
        if (kind, slug, lang) not in self.pages:
            return ()
        return tuple(self._remake(kind, slug, lang))

    def ids_for(self, kind: str, slug: str, lang: str) -> tuple[str, ...]:
        """The ids of the charts shown on one page, in order, without making their specs."""
        return self.pages.get((kind, slug, lang), ())

    def pick(self, ids: Iterable[str]) -> dict[str, ChartSpec]:
        """The specs of ``ids``, each page's made once (a page's charts are asked for together)."""
        wanted = set(ids)
        pages = dict.fromkeys(self._owners[self._base(chart)] for chart in wanted)
        found: dict[str, ChartSpec] = {}
        for page in pages:
            for spec in self._remake(*page):
                if spec.id in wanted:
                    found[spec.id] = spec
                if spec.id + NARROW_SUFFIX in wanted:
                    found[spec.id + NARROW_SUFFIX] = narrow_twin(spec)
        return found

    def all_specs(self) -> Iterator[ChartSpec]:
        """Every planned spec, page by page, each page's phone twins after its charts (made again:
        for a stand-in cache or a test, never held by a build)."""
        for page in self.pages:
            made = self._remake(*page)
            yield from made
            yield from (narrow_twin(spec) for spec in made if spec.id in self._twins)

    def _base(self, chart: str) -> str:
        if chart not in self._owners and chart.endswith(NARROW_SUFFIX):
            base = chart[: -len(NARROW_SUFFIX)]
            if base in self._twins:
                return base
        if chart not in self._owners:
            raise KeyError(chart)
        return chart

    def __getitem__(self, chart: str) -> ChartSpec:
        return self.pick([chart])[chart]

    def __contains__(self, chart: object) -> bool:
        if not isinstance(chart, str):
            return False
        if chart in self._owners:
            return True
        return chart.endswith(NARROW_SUFFIX) and chart[: -len(NARROW_SUFFIX)] in self._twins

    def __iter__(self) -> Iterator[str]:
        for ids in self.pages.values():
            yield from ids
            yield from (chart + NARROW_SUFFIX for chart in ids if chart in self._twins)

    def __len__(self) -> int:
        return len(self._owners) + len(self._twins)
