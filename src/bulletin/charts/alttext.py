"""Text alternatives for charts, generated from each spec's data.

Contract: ``describe(spec) -> str`` returns one or two sentences in ``spec.lang`` (a site
language code; the sentence templates are rows of ``core.strings``): what the chart shows, over which
periods, from what to what, and the biggest mover (YoY peak for trend, the largest change for
regions, top and bottom bar for growth, best and worst rank for ranks). Pure; never raises on
empty, None or non-finite data; imports neither matplotlib nor pandas.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from bulletin.charts import kinds, style
from bulletin.charts.spec import ChartSpec
from bulletin.core.memo import by_identity
from bulletin.core.strings import text

__all__ = ["describe"]

Point = tuple[str, float]  # (label, value)


@by_identity(one_shot=0)  # specs are frozen; serve hands the same ones over while figures stay
def describe(spec: ChartSpec) -> str:
    """One or two sentences describing the chart's data, in the chart's language."""
    lang = spec.lang
    title = " ".join(spec.title.split()) or text(lang, "alt_chart")
    try:
        describer = globals()[kinds.kind(spec.kind).describe]
    except kinds.UnknownChartKind:
        describer = _sparkline  # a description never fails: the plainest one for a kind drawing rejects
    said = describer(spec, title, lang)
    return said or text(lang, "alt_no_data", title=title)


def _points(labels: Sequence[str], values: Sequence[float | None]) -> list[Point]:
    """Known (label, value) pairs, in order; values without a label are skipped."""
    return [
        (lab, float(v)) for lab, v in zip(labels, values, strict=False) if v is not None and math.isfinite(v)
    ]


def _plural(n: int) -> str:
    return "s" if n > 1 else ""


def _num(value: float, unit: str, lang: str) -> str:
    body = style.format_number(value, 1 if unit == "%" else None)
    if not unit or unit == "%":
        return body + unit
    return text(lang, "alt_with_unit", value=body, unit=unit)


def _span(labels: Sequence[str], lang: str) -> str:
    """The periods covered: '2022年上半年至2023年全年' / 'from H1 2022 to 2023'."""
    if not labels:
        return ""
    if len(labels) == 1 or labels[0] == labels[-1]:
        return text(lang, "alt_one_span", label=labels[0])
    return text(lang, "alt_span", first=labels[0], last=labels[-1])


def _move(first: float, last: float, lang: str) -> str:
    if last > first:
        return text(lang, "alt_rose")
    if last < first:
        return text(lang, "alt_fell")
    return text(lang, "alt_flat")


def _change(points: list[Point], unit: str, lang: str, subject: str) -> str:
    """'同比增速从4.1%升至8.0%，最高为…的8.4%' / 'Growth rose from 4.1% to 8.0%, peaking at …'."""
    (_, a), (_, b) = points[0], points[-1]
    peak_label, peak = max(points, key=lambda p: p[1])
    return text(
        lang,
        "alt_change" if a != b else "alt_change_flat",
        subject=subject,
        verb=_move(a, b, lang),
        first=_num(a, unit, lang),
        last=_num(b, unit, lang),
        top=_num(peak, unit, lang),
        peak_label=peak_label,
    )


def _trend(spec: ChartSpec, title: str, lang: str) -> str:
    yoy = _points(spec.labels, spec.yoy)
    # The latest value over all series (one series per span kind: the latest period wins).
    latest = [p for i in range(len(spec.labels) - 1, -1, -1)
              for s in spec.series for p in _points(spec.labels[i : i + 1], s.values[i : i + 1])]  # fmt: skip
    if not yoy and not latest:
        return ""
    first = text(lang, "alt_trend_yoy" if yoy else "alt_trend", title=title, span=_span(spec.labels, lang))
    if len(yoy) >= 2:
        return first + text(lang, "alt_gap") + _change(yoy, "%", lang, text(lang, "alt_growth_subject"))
    if yoy:
        label, v = yoy[0]
        return first + text(lang, "alt_trend_one_yoy", value=_num(v, "%", lang), label=label)
    label, v = latest[0]
    return first + text(lang, "alt_trend_latest", value=_num(v, spec.unit, lang), label=label)


def _regions(spec: ChartSpec, title: str, lang: str) -> str:
    lines = [(s.name, pts) for s in spec.series if (pts := _points(spec.labels, s.values))]
    if not lines:
        return ""
    unit = spec.unit or "%"
    n = len(lines)
    first = text(lang, "alt_regions", title=title, n=n, s=_plural(n), span=_span(spec.labels, lang))
    if n == 1:
        name, pts = lines[0]
        return first + (text(lang, "alt_gap") + _change(pts, unit, lang, name) if len(pts) > 1 else "")
    top = max(lines, key=lambda line: line[1][-1][1])
    bottom = min(lines, key=lambda line: line[1][-1][1])
    mover = max(lines, key=lambda line: abs(line[1][-1][1] - line[1][0][1]))
    a, b = mover[1][0][1], mover[1][-1][1]
    second = text(
        lang,
        "alt_regions_ends",
        top=top[0],
        top_value=_num(top[1][-1][1], unit, lang),
        bottom=bottom[0],
        bottom_value=_num(bottom[1][-1][1], unit, lang),
    )
    if a != b:
        second += text(
            lang,
            "alt_regions_mover",
            name=mover[0],
            first=_num(a, unit, lang),
            verb=_move(a, b, lang),
            last=_num(b, unit, lang),
        )
    return first + second + text(lang, "alt_end")


def _growth(spec: ChartSpec, title: str, lang: str) -> str:
    bars = _points(spec.labels, spec.series[0].values if spec.series else ())
    if not bars:
        return ""
    top, bottom = max(bars, key=lambda p: p[1]), min(bars, key=lambda p: p[1])
    fell = sum(1 for _, v in bars if v < 0)
    pct = lambda v: style.format_signed(v) + "%"  # noqa: E731
    first = text(lang, "alt_growth", title=title, n=len(bars), s=_plural(len(bars)))
    if len(bars) == 1:
        return first + text(lang, "alt_growth_one", name=top[0], value=pct(top[1]))
    tail = text(lang, "alt_growth_fell", n=fell) if fell else ""
    return first + text(
        lang,
        "alt_growth_ends",
        top=top[0],
        top_value=pct(top[1]),
        bottom=bottom[0],
        bottom_value=pct(bottom[1]),
        tail=tail,
    )


def _ranks(spec: ChartSpec, title: str, lang: str) -> str:
    ranks = spec.series[0].values if spec.series else ()
    totals = (*spec.totals, *([None] * len(ranks)))
    rows = [(lab, float(r), totals[i]) for i, (lab, r) in enumerate(zip(spec.labels, ranks, strict=False))
            if r is not None and math.isfinite(r)]  # fmt: skip
    if not rows:
        return ""

    def rank(row: tuple[str, float, int | None]) -> str:
        key = "rank_of" if row[2] else "rank"
        return style.text(spec.lang, key, rank=style.format_number(row[1]), total=row[2])

    best, worst = min(rows, key=lambda r: r[1]), max(rows, key=lambda r: r[1])
    n = len(rows)
    first = text(lang, "alt_ranks", title=title, n=n, s=_plural(n), best=best[0], best_rank=rank(best))
    if worst[1] == best[1]:
        return first + text(lang, "alt_end")
    return first + text(lang, "alt_ranks_worst", worst=worst[0], worst_rank=rank(worst))


def _sparkline(spec: ChartSpec, title: str, lang: str) -> str:
    pts = _points(spec.labels, spec.series[0].values if spec.series else ())
    if not pts:
        return ""
    span = _span([pts[0][0], pts[-1][0]], lang)
    if len(pts) == 1:
        return text(lang, "alt_spark_one", title=title, span=span, value=_num(pts[0][1], spec.unit, lang))
    subject = text(lang, "alt_spark_subject")
    return text(lang, "alt_spark", title=title, span=span) + _change(pts, spec.unit, lang, subject)
