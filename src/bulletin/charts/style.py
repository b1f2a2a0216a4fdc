"""The house style of every chart: colours, sizes, margins, number formats, rcParams.

Contract: the one place that decides how charts look. Constants and pure functions only;
importing this module does not import matplotlib (``alttext`` and ``chartrender`` use the
number formats and ``STYLE_VERSION``). ``apply_style(rc)`` writes the house rcParams into a
mapping: ``chartrender`` calls it on ``matplotlib.rcParams`` once per worker process in the
pool initializer, and inside one ``matplotlib.rc_context()`` per batch when rendering in the
parent process, so the parent's global rcParams are never changed. Bump ``STYLE_VERSION``
whenever anything here changes the pictures: it is part of every chart's cache key.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, MutableMapping
from typing import Any

from bulletin.charts import kinds
from bulletin.charts.fonts import FONT_FAMILY
from bulletin.charts.kinds import NARROW, WIDE, Margins
from bulletin.core import strings

__all__ = [
    "BACKGROUND",
    "DERIVED_HATCH",
    "FIELD",
    "GRID",
    "LINE",
    "MARKERS",
    "MUTED",
    "NARROW",
    "NEGATIVE",
    "NEGATIVE_HATCH",
    "PALETTE",
    "POSITIVE",
    "STYLE_VERSION",
    "TEXT",
    "TEXT_SIZE",
    "TITLE_SIZE",
    "WIDE",
    "Margins",
    "apply_style",
    "contrast_ratio",
    "figure_size",
    "format_number",
    "format_signed",
    "label_lines",
    "margins",
    "rc_params",
    "text",
    "text_width",
    "tick_decimals",
    "wrap_label",
]  # fmt: skip

STYLE_VERSION = "2"

# Okabe & Ito (2008), safe for the common colour-vision deficiencies; yellow last (weak on white).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")  # paired with colours so lines differ without colour
POSITIVE = "#0072B2"
NEGATIVE = "#D55E00"  # plus NEGATIVE_HATCH: never colour alone
NEGATIVE_HATCH = "////"
DERIVED_HATCH = "////"
TEXT = "#222222"  # 15.9:1 on white
MUTED = "#595959"  # 7.0:1 on white: axes, ticks, source line
GRID = "#E3E3E3"  # decoration, not text
FIELD = "#E8E8E8"  # the whole ranked field behind a rank marker
BACKGROUND = "#FFFFFF"


MINUS = "\u2212"  # a real minus sign, as matplotlib's axes.unicode_minus draws it


# Text sizes in points. A chart's SVG is shown at most at its natural size (1 pt = 4/3 CSS px), so
# TEXT_SIZE is 12.8 CSS px there; a narrow chart (for phones) is 336 px wide and shrinks to at most
# 328 px at a 360 px viewport, so its smallest text stays above 12 px; no text is above 16 px.
TEXT_SIZE = 9.6
TITLE_SIZE = 11.5
SOURCE_LINE = 0.24  # extra bottom margin (inches) when a source line is shown
LINE = TEXT_SIZE * 1.25 / 72  # one line of text, in inches


def text(lang: str, key: str, **values: object) -> str:
    """A fixed chart string (legend entry, axis label, note) in the chart's language."""
    return strings.text(lang, "chart_" + key, **values)


def label_lines(narrow: bool) -> int:
    """How many lines a category label may take (bar labels in growth and ranks charts)."""
    return 3 if narrow else 2


def margins(
    kind: str,
    has_source: bool,
    narrow: bool = False,
    title_lines: int = 1,
    legend_rows: int = 0,
    social: bool = False,
) -> Margins:
    """Margins in inches: room for the title's lines, a legend above (trend) or below (narrow regions)
    the plot, and the source line."""
    registered = kinds.kind(kind)
    m = registered.layout(narrow, social).margins
    top = m.top + (title_lines - 1) * TITLE_SIZE * 1.3 / 72
    bottom = m.bottom + (SOURCE_LINE if has_source else 0.0)
    if registered.legend == "above":
        top += legend_rows * LINE * 1.15
    elif registered.legend == "below-narrow" and narrow:
        bottom += legend_rows * LINE * 1.15
    return m._replace(top=top, bottom=bottom)


def figure_size(
    kind: str,
    rows: int,
    has_source: bool,
    narrow: bool = False,
    title_lines: int = 1,
    legend_rows: int = 0,
    social: bool = False,
) -> tuple[float, float]:
    """Figure size in inches: a fixed plot height per kind; bar charts grow with their rows; a fixed
    size (sparkline, link preview) never grows."""
    layout = kinds.kind(kind).layout(narrow, social)
    if layout.size is not None:
        return layout.size
    m = margins(kind, has_source, narrow, title_lines, legend_rows)
    plot = layout.plot if layout.plot is not None else layout.bar_row * max(rows, 2)
    return layout.width, m.top + m.bottom + plot


def format_number(value: float, decimals: int | None = None) -> str:
    """1318.5 -> '1,318.5'; -2.1 -> '−2.1'; with decimals=None up to two, trailing zeros dropped."""
    if not math.isfinite(value):
        return "—"
    body = f"{abs(value):,.{2 if decimals is None else decimals}f}"
    if decimals is None:
        body = body.rstrip("0").rstrip(".")
    if body.strip("0.,") == "":
        return body  # no "−0.0"
    return (MINUS if value < 0 else "") + body


def format_signed(value: float, decimals: int = 1) -> str:
    """Growth as shown at a bar end: '+8.4', '−2.1', '0.0'."""
    body = format_number(value, decimals)
    return "+" + body if value > 0 and body.strip("0.,") else body


def tick_decimals(locs: Iterable[float]) -> int:
    """The fewest decimals (at most 3) that show every tick location exactly."""
    values = [v for v in locs if math.isfinite(v)]
    for decimals in range(4):
        if all(abs(round(v, decimals) - v) <= 1e-9 * max(1.0, abs(v)) for v in values):
            return decimals
    return 3


def contrast_ratio(foreground: str, background: str = BACKGROUND) -> float:
    """WCAG 2 contrast ratio of two '#rrggbb' colours (4.5 is AA for normal text)."""

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# Latin words and numbers stay whole; every other character (CJK) is a break opportunity.
_ATOMS = re.compile(r"[A-Za-z0-9.,:;%+\-−/()'&]+\s*|\s+|.", re.S)
_BREAK_AFTER = ("年", "月", "、", "，", "）", " ", "-", "/")


def text_width(text_: str) -> float:
    """Approximate width in em: CJK full width, Latin about half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.56 for ch in text_)


def wrap_label(label: str, width: float, max_lines: int = 2) -> str:
    """Wrap a label to lines of at most ``width`` em, preferring breaks after 年/月/spaces; '…' if cut.

    Lines are balanced: the same number of lines, as even as they come, so a long name never
    ends with an orphan of one or two characters.
    """
    wrapped = _wrap(label, width, max_lines)
    lines = wrapped.count("\n") + 1
    if lines > 1 and "…" not in wrapped:
        even = text_width(" ".join(label.split())) / lines
        for factor in (1.02, 1.1, 1.2, 1.35):
            if (
                even * factor < width
                and (balanced := _wrap(label, even * factor, max_lines)).count("\n") + 1 == lines
                and "…" not in balanced
            ):
                return balanced
    return wrapped


def _wrap(label: str, width: float, max_lines: int) -> str:
    lines: list[str] = []
    line = ""
    for atom in _ATOMS.findall(" ".join(label.split())):
        if line and text_width(line + atom.rstrip()) > width:
            cut = max((line.rfind(b) + len(b) for b in _BREAK_AFTER if b in line[1:]), default=0)
            keep, rest = (line[:cut], line[cut:]) if text_width(line[:cut]) >= 0.4 * width else (line, "")
            lines.append(keep.rstrip())
            line = rest.lstrip()
        line += atom
        while text_width(line.rstrip()) > width and len(line) > 1:  # one over-long word: hard break
            split = _fit(line, width)
            lines.append(line[:split])
            line = line[split:]
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        lines = [*lines[: max_lines - 1], last[: _fit(last, width - 1.0)] + "…"]
    return "\n".join(lines)


def _fit(text_: str, width: float) -> int:
    """How many leading characters of ``text_`` fit in ``width`` em (at least one)."""
    for end in range(len(text_), 0, -1):
        if text_width(text_[:end]) <= width:
            return end
    return 1


def rc_params() -> dict[str, Any]:
    """The house rcParams (plain values; validated by matplotlib when applied)."""
    return {
        "font.family": ["sans-serif"],
        # The bundled font first: matplotlib always finds it, so these later names only reach browsers
        # (svg.fonttype "none" writes the whole list into each <text>); DejaVu Sans for Latin fallback.
        "font.sans-serif": [FONT_FAMILY, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
                            "Microsoft YaHei", "DejaVu Sans"],
        "font.size": TEXT_SIZE, "axes.labelsize": TEXT_SIZE, "xtick.labelsize": TEXT_SIZE,
        "ytick.labelsize": TEXT_SIZE, "legend.fontsize": TEXT_SIZE,
        "font.weight": "normal",  # the bundled file has one weight only
        "text.color": TEXT, "axes.labelcolor": TEXT, "xtick.labelcolor": TEXT, "ytick.labelcolor": TEXT,
        "axes.edgecolor": MUTED, "xtick.color": MUTED, "ytick.color": MUTED,
        "axes.spines.top": False, "axes.spines.right": False, "axes.linewidth": 0.8,
        "axes.grid": True, "axes.grid.axis": "y", "axes.axisbelow": True,
        "grid.color": GRID, "grid.linewidth": 0.7,
        "axes.facecolor": BACKGROUND, "figure.facecolor": BACKGROUND, "savefig.facecolor": BACKGROUND,
        "xtick.major.size": 3.0, "ytick.major.size": 0.0, "ytick.major.pad": 4.0,
        "lines.linewidth": 1.8, "lines.markersize": 4.5, "hatch.linewidth": 0.8,
        "legend.frameon": False, "legend.handlelength": 1.4, "legend.columnspacing": 1.2,
        "axes.unicode_minus": True, "axes.formatter.use_locale": False,
        "text.parse_math": False,  # "$" in a label is a dollar, never mathtext
        "svg.fonttype": "none",  # text stays <text>: small, crisp, selectable
        "svg.hashsalt": "bulletin",  # deterministic clip-path/hatch ids
        "figure.dpi": 72.0, "savefig.dpi": 72.0,
    }  # fmt: skip


def apply_style(rc: MutableMapping[Any, Any]) -> None:
    """Write the house rcParams into ``rc`` (``matplotlib.rcParams`` or a plain dict)."""
    rc.update(rc_params())
