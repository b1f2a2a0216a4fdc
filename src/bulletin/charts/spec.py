"""What a chart shows, as plain frozen data: the contract between planning and drawing.

Contract: data only. ``charts.plan_charts`` builds these from the dataset;
``chartrender.render_charts`` turns them into SVG. A spec holds everything
that decides the picture, so its hash is the chart's cache key (with the
style and code versions). Labels are already in the page's language.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from bulletin.charts.kinds import kind_names

__all__ = ["KINDS", "ChartSpec", "Series", "plain"]

# The registered kinds' names (the kinds themselves, their sizes, drawers and alt text: charts.kinds).
KINDS = kind_names()


@dataclass(frozen=True, slots=True)
class Series:
    """One named sequence of values aligned with ``ChartSpec.labels`` (None = no data there).

    ``derived[i]`` marks a value computed by bulletin (e.g. a single quarter from
    two cumulative values), drawn differently from stated values.
    """

    name: str
    values: tuple[float | None, ...]
    derived: tuple[bool, ...] = ()
    growth: tuple[float | None, ...] = ()  # trend: this series' own YoY % per label (lower panel)


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """Everything one chart needs.

    - ``labels``: the categories along the axis (period labels for trend/regions/sparkline,
      indicator names for growth/ranks), in display order.
    - ``series``: for trend, the values (one series per span kind or region); for regions and
      sparkline, the plotted line(s); for growth, one series of YoY %; for ranks, one series of
      ranks.
    - ``yoy``: for trend only, YoY % per label (the lower panel), None where unknown.
    - ``totals``: for ranks only, the size of each ranked field (rank_of), None where unknown.
    - ``unit``: the value unit as shown on the axis ('亿元', 'CNY 100m', '%').
    """

    id: str
    kind: str
    lang: str
    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""
    yoy: tuple[float | None, ...] = ()
    totals: tuple[int | None, ...] = ()
    source: str = ""
    narrow: bool = False  # drawn for a phone's column (style.NARROW inches wide) instead of a desktop's
    social: bool = False  # drawn as the kind's link-preview PNG (kinds.SOCIAL_PIXELS) instead of SVG


def plain(spec: ChartSpec) -> dict[str, object]:
    """``dataclasses.asdict(spec)``, the same dict, five times faster: a chart key digests it for
    each of an archive's thousands of charts on every build (asdict deep-copies every number)."""
    out: dict[str, object] = {name: getattr(spec, name) for name in _SPEC_FIELDS}
    out["series"] = tuple({name: getattr(s, name) for name in _SERIES_FIELDS} for s in spec.series)
    return out


_SPEC_FIELDS = tuple(f.name for f in fields(ChartSpec))
_SERIES_FIELDS = tuple(f.name for f in fields(Series))
