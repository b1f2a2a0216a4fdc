"""The chart kinds, registered once: what each draws, at which sizes, and how it is described.

Contract: ``KINDS`` is the one table of chart kinds; ``kind(name)`` looks one up and raises
``UnknownChartKind`` (a ValueError naming the known kinds) for anything else. ``spec.KINDS``,
the drawers (``charts.draw``), the figure sizes and margins (``charts.style``), the text
alternatives (``charts.alttext``) and the phone and link-preview variants (``charts.plan``)
all read this table, so a new kind is one row here plus its drawing and describing functions.

Drawers and describers are named, not referenced: ``charts.draw`` imports matplotlib and
``charts.alttext`` must not, and both look their function up here, so holding the functions
would be an import cycle. ``tests/test_chart_kinds.py`` checks that every name resolves.
Plain data; importing this module imports neither matplotlib nor pandas.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

__all__ = [
    "KINDS",
    "NARROW",
    "SOCIAL_DPI",
    "SOCIAL_PIXELS",
    "SOCIAL_ROWS",
    "SOCIAL_SIZE",
    "WIDE",
    "ChartKind",
    "Layout",
    "Margins",
    "UnknownChartKind",
    "kind",
    "kind_names",
]

WIDE, NARROW = 7.2, 3.5  # figure widths in inches: desktop column and phone column

# Link previews (Open Graph, Twitter): crawlers do not render SVG and want about 1.91:1. Drawn at
# 6 × 3.15 inches and 200 dpi that is 1200 × 630 px, and 9.6 pt text is 27 px in the picture: still
# about 11 px where a feed shows the card 500 px wide.
SOCIAL_SIZE, SOCIAL_DPI = (6.0, 3.15), 200
SOCIAL_PIXELS = (round(SOCIAL_SIZE[0] * SOCIAL_DPI), round(SOCIAL_SIZE[1] * SOCIAL_DPI))
SOCIAL_ROWS = 5  # bars that fit the picture's height with two-line labels


class Margins(NamedTuple):
    """Space around the plotting area, in inches (fixed per kind: no tight_layout)."""

    left: float
    right: float
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Layout:
    """How big one variant of a kind is drawn (desktop, phone, link preview).

    ``plot`` is the plotting area's fixed height in inches; None means a bar chart that grows
    by ``bar_row`` inches a row. ``size`` is a figure size that never grows (a sparkline's).
    """

    width: float
    margins: Margins
    plot: float | None = None
    bar_row: float = 0.36
    size: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class ChartKind:
    """One kind of chart.

    - ``draw`` / ``describe``: names of its functions in ``charts.draw`` and ``charts.alttext``.
    - ``wide`` / ``narrow``: the desktop and phone layouts; no ``narrow`` means the kind has no
      phone twin (it is small enough as it is).
    - ``legend``: where a legend takes room: 'above' the plot, or 'below-narrow' (under the plot
      on a phone only); '' when it takes no margin.
    - ``social``: the layout of its link-preview picture (a PNG of ``SOCIAL_PIXELS``), if it has one.
    """

    name: str
    draw: str
    describe: str
    wide: Layout
    narrow: Layout | None = None
    legend: str = ""
    social: Layout | None = None

    def layout(self, narrow: bool = False, social: bool = False) -> Layout:
        """The layout of one variant; a kind without that variant keeps its desktop layout's."""
        if social and self.social is not None:
            return self.social
        if narrow and self.narrow is not None:
            return self.narrow
        return self.wide


# trend      values of one indicator (bars) with YoY % in a lower panel (lines). Never mixes span kinds:
#            either labels are years and each series is one cumulative span (一季度, 上半年, 前三季度, 全年)
#            compared with the same span of other years, each with its own YoY (``Series.growth``); or
#            labels are periods of one single kind (quarters, or months) in time order, YoY in ``yoy``
# regions    YoY % of one indicator in several regions over the same periods: one line per region
# growth     YoY % of a bulletin's indicators: horizontal bars, sorted, negatives distinct
# ranks      a bulletin's ranks: horizontal bars of rank within rank_of (lower is better)
# sparkline  a small line without axes for the home dashboard
KINDS: tuple[ChartKind, ...] = (
    ChartKind(
        "trend", "_draw_trend", "_trend",
        wide=Layout(WIDE, Margins(0.9, 0.25, 0.6, 0.62), plot=3.4),
        narrow=Layout(NARROW, Margins(0.62, 0.15, 0.6, 0.78), plot=3.0),
        legend="above",
    ),
    ChartKind(
        "regions", "_draw_regions", "_regions",
        wide=Layout(WIDE, Margins(0.8, 1.8, 0.6, 0.62), plot=2.6),
        narrow=Layout(NARROW, Margins(0.62, 0.15, 0.6, 0.78), plot=2.4),
        legend="below-narrow",
    ),
    ChartKind(
        "growth", "_draw_growth", "_growth",
        wide=Layout(WIDE, Margins(2.4, 0.45, 0.6, 0.5)),
        narrow=Layout(NARROW, Margins(1.5, 0.4, 0.6, 0.5), bar_row=0.5),
        social=Layout(SOCIAL_SIZE[0], Margins(2.2, 0.5, 0.55, 0.35), size=SOCIAL_SIZE),
    ),
    ChartKind(
        "ranks", "_draw_ranks", "_ranks",
        wide=Layout(WIDE, Margins(2.4, 1.3, 0.6, 0.45)),
        narrow=Layout(NARROW, Margins(1.5, 1.0, 0.6, 0.45), bar_row=0.5),
    ),
    ChartKind(
        "sparkline", "_draw_sparkline", "_sparkline",
        wide=Layout(1.6, Margins(0.04, 0.08, 0.06, 0.06), size=(1.6, 0.45)),
    ),
)  # fmt: skip

_BY_NAME = {k.name: k for k in KINDS}


class UnknownChartKind(ValueError):
    """A spec names a kind that is not registered (a bug in the chart plan, not in content)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"unknown chart kind {name!r} (expected one of {', '.join(kind_names())})")


def kind_names() -> tuple[str, ...]:
    """The registered kinds' names, in table order."""
    return tuple(_BY_NAME)


def kind(name: str) -> ChartKind:
    """The registered kind called ``name``; UnknownChartKind for anything else."""
    found = _BY_NAME.get(name)
    if found is None:
        raise UnknownChartKind(name)
    return found
