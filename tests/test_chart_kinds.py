"""The chart-kind registry: every kind is complete, and every lookup derives from the one table."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from bulletin.charts import alttext, kinds, style
from bulletin.charts import draw as plots
from bulletin.charts.spec import KINDS, ChartSpec, Series

NAMES = [k.name for k in kinds.KINDS]


def test_spec_kinds_are_the_registry() -> None:
    assert KINDS == tuple(NAMES) == kinds.kind_names()
    assert len(set(NAMES)) == len(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_kind_has_a_drawer_sizes_and_alt_text(name: str) -> None:
    registered = kinds.kind(name)
    assert callable(getattr(plots, registered.draw))
    assert callable(getattr(alttext, registered.describe))
    for narrow in (False, True):
        width, height = style.figure_size(name, 3, True, narrow)
        assert 0 < width <= kinds.WIDE and height > 0
        m = style.margins(name, True, narrow)
        assert m.left + m.right < width and m.top + m.bottom < height
    spec = ChartSpec("k", name, "en", "Output", ("2022", "2023"), (Series("v", (1.0, 2.0)),), unit="%")
    fig = plots.draw(spec)
    assert tuple(fig.get_size_inches()) == pytest.approx(style.figure_size(name, 2, False, False, 1, 0))
    assert "Output" in alttext.describe(spec) and "no data" not in alttext.describe(spec)


def test_an_unknown_kind_is_rejected_by_name() -> None:
    with pytest.raises(kinds.UnknownChartKind, match=r"unknown chart kind 'pie' \(expected one of trend,"):
        kinds.kind("pie")
    assert issubclass(kinds.UnknownChartKind, ValueError)
    spec = ChartSpec("k", "pie", "en", "Pie", ("a",), (Series("v", (1.0,)),))
    for fails in (lambda: plots.draw(spec), lambda: style.figure_size("pie", 1, False)):
        with pytest.raises(kinds.UnknownChartKind, match="pie"):
            fails()


def test_a_new_kind_is_one_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """Registering a kind is enough for sizes, drawing and description: nothing else names it."""
    growth = kinds.kind("growth")
    bars = replace(growth, name="bars", wide=replace(growth.wide, bar_row=0.5))
    monkeypatch.setattr(kinds, "_BY_NAME", {**kinds._BY_NAME, "bars": bars})
    spec = ChartSpec("b", "bars", "en", "Bars", ("a", "b", "c"), (Series("v", (1.0, -2.0, 3.0)),))
    assert style.figure_size("bars", 3, False)[1] == pytest.approx(
        style.figure_size("growth", 3, False)[1] + 3 * (0.5 - 0.36)
    )
    assert plots.draw(spec).get_size_inches()[0] == pytest.approx(kinds.WIDE)
    assert "Bars" in alttext.describe(spec)


def test_the_registry_imports_no_plotting_library() -> None:
    code = "import sys, bulletin.charts.kinds, bulletin.charts.spec; assert 'matplotlib' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
