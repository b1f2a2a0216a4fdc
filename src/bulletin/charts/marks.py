"""Marks shared by several chart kinds: the no-data note, category ticks and labels next to points."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from matplotlib import transforms
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from bulletin.charts import style

_TICK_SIZE = style.TEXT_SIZE
_NOTE_SIZE = style.TEXT_SIZE  # value labels and the source line: never smaller than the ticks
_MAX_POINT_LABELS = 16


def no_data(ax: Axes, lang: str, fontsize: float = _TICK_SIZE) -> None:
    """An empty frame saying there is no data, instead of an error."""
    ax.text(0.5, 0.5, style.text(lang, "no_data"), transform=ax.transAxes, ha="center", va="center",
            fontsize=fontsize, color=style.MUTED)  # fmt: skip
    ax.set_xticks([])
    ax.set_yticks([])


def category_ticks(ax: Axes, labels: Sequence[str], width_in: float) -> None:
    """Period labels under the axis, wrapped to two lines; every k-th (the latest kept) when crowded."""
    n = len(labels)
    ax.set_xlim(-0.5, max(n, 1) - 0.5)
    need = min(4.5, max((style.text_width(label) for label in labels), default=0.0))
    step = 1
    while (room := width_in * 72 / max(1, math.ceil(n / step)) / _TICK_SIZE - 0.6) < need and step < n:
        step += 1
    shown = sorted(range(n - 1, -1, -step))
    ax.set_xticks(shown, [style.wrap_label(labels[i], room) for i in shown])


def point_labels(fig: Figure, ax: Axes, x: np.ndarray, y: np.ndarray, crowded: bool = False) -> None:
    """Value labels above (below, if negative) points; only extremes and ends when there are many,
    only the latest when several lines share the panel."""
    known = [i for i in range(len(y)) if not np.isnan(y[i])]
    if crowded and known:
        known = known[-1:]
    elif len(known) > _MAX_POINT_LABELS:
        known = sorted({known[0], known[-1], int(np.nanargmax(y)), int(np.nanargmin(y))})
    up = transforms.offset_copy(ax.transData, fig=fig, y=4, units="points")
    down = transforms.offset_copy(ax.transData, fig=fig, y=-4, units="points")
    for i in known:
        ax.text(x[i], y[i], style.format_number(float(y[i]), 1), transform=down if y[i] < 0 else up,
                ha="center", va="top" if y[i] < 0 else "bottom", fontsize=_NOTE_SIZE)  # fmt: skip
