"""Text alternatives for charts, generated from each spec's data.

Contract: ``describe(spec) -> str`` returns one or two sentences in ``spec.lang`` ("zh-CN" or
"en"; other Chinese locales read as zh, anything else as en): what the chart shows, over which
periods, from what to what, and the biggest mover (YoY peak for trend, the largest change for
regions, top and bottom bar for growth, best and worst rank for ranks). Pure; never raises on
empty, None or non-finite data; imports neither matplotlib nor pandas.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from bulletin.charts import style
from bulletin.charts.spec import ChartSpec

__all__ = ["describe"]

Point = tuple[str, float]  # (label, value)


def describe(spec: ChartSpec) -> str:
    """One or two sentences describing the chart's data, in the chart's language."""
    zh = style.lang_key(spec.lang) == "zh"
    title = " ".join(spec.title.split()) or ("图表" if zh else "Chart")
    text = {
        "trend": _trend,
        "regions": _regions,
        "growth": _growth,
        "ranks": _ranks,
        "sparkline": _sparkline,
    }.get(spec.kind, _sparkline)(spec, title, zh)
    return text or (f"{title}：暂无数据。" if zh else f"{title}: no data.")


def _points(labels: Sequence[str], values: Sequence[float | None]) -> list[Point]:
    """Known (label, value) pairs, in order; values without a label are skipped."""
    return [
        (lab, float(v)) for lab, v in zip(labels, values, strict=False) if v is not None and math.isfinite(v)
    ]


def _num(value: float, unit: str, zh: bool) -> str:
    body = style.format_number(value, 1 if unit == "%" else None)
    if not unit or unit == "%":
        return body + unit
    return body + unit if zh else f"{body} {unit}"


def _span(labels: Sequence[str], zh: bool) -> str:
    """The periods covered: '2022年上半年至2023年全年' / 'from H1 2022 to 2023'."""
    if not labels:
        return ""
    if len(labels) == 1 or labels[0] == labels[-1]:
        return labels[0] if zh else f"in {labels[0]}"
    return f"{labels[0]}至{labels[-1]}" if zh else f"from {labels[0]} to {labels[-1]}"


def _move(first: float, last: float, zh: bool) -> str:
    if last > first:
        return "升至" if zh else "rose"
    if last < first:
        return "降至" if zh else "fell"
    return "持平于" if zh else "was unchanged"


def _change(points: list[Point], unit: str, zh: bool, subject: str) -> str:
    """'同比增速从4.1%升至8.0%，最高为…的8.4%' / 'Growth rose from 4.1% to 8.0%, peaking at …'."""
    (_, a), (_, b) = points[0], points[-1]
    peak_label, peak = max(points, key=lambda p: p[1])
    verb, first, last, top = _move(a, b, zh), _num(a, unit, zh), _num(b, unit, zh), _num(peak, unit, zh)
    if zh:
        head = f"{subject}从{first}{verb}{last}" if a != b else f"{subject}{verb}{last}"
        return f"{head}，最高为{peak_label}的{top}。"
    head = f"{subject} {verb} from {first} to {last}" if a != b else f"{subject} {verb} at {last}"
    return f"{head}, peaking at {top} in {peak_label}."


def _trend(spec: ChartSpec, title: str, zh: bool) -> str:
    yoy = _points(spec.labels, spec.yoy)
    # The latest value over all series (one series per span kind: the latest period wins).
    latest = [p for i in range(len(spec.labels) - 1, -1, -1)
              for s in spec.series for p in _points(spec.labels[i : i + 1], s.values[i : i + 1])]  # fmt: skip
    if not yoy and not latest:
        return ""
    span = _span(spec.labels, zh)
    if zh:
        first = f"{title}{span}的数值与同比增速。" if yoy else f"{title}{span}的数值。"
    else:
        first = f"{title}, values and year-on-year growth {span}." if yoy else f"{title}, values {span}."
    if len(yoy) >= 2:
        return first + ("" if zh else " ") + _change(yoy, "%", zh, "同比增速" if zh else "Growth")
    if yoy:
        label, v = yoy[0]
        return first + (
            f"同比增速为{_num(v, '%', zh)}（{label}）。"
            if zh
            else f" Growth was {_num(v, '%', zh)} in {label}."
        )
    label, v = latest[0]
    return first + (
        f"最新为{label}的{_num(v, spec.unit, zh)}。"
        if zh
        else f" Latest: {_num(v, spec.unit, zh)} in {label}."
    )


def _regions(spec: ChartSpec, title: str, zh: bool) -> str:
    lines = [(s.name, pts) for s in spec.series if (pts := _points(spec.labels, s.values))]
    if not lines:
        return ""
    span = _span(spec.labels, zh)
    unit = spec.unit or "%"
    if zh:
        first = f"{title}：{len(lines)}个地区{span}的同比增速。"
    else:
        first = f"{title}: year-on-year growth in {len(lines)} region{'s' if len(lines) > 1 else ''} {span}."
    if len(lines) == 1:
        name, pts = lines[0]
        return first + (("" if zh else " ") + _change(pts, unit, zh, name) if len(pts) > 1 else "")
    top = max(lines, key=lambda line: line[1][-1][1])
    bottom = min(lines, key=lambda line: line[1][-1][1])
    mover = max(lines, key=lambda line: abs(line[1][-1][1] - line[1][0][1]))
    a, b = mover[1][0][1], mover[1][-1][1]
    n = lambda v: _num(v, unit, zh)  # noqa: E731
    if zh:
        second = (
            f"最新增速最高的是{top[0]}（{n(top[1][-1][1])}），最低的是{bottom[0]}（{n(bottom[1][-1][1])}）"
        )
        if a != b:
            second += f"；变化最大的是{mover[0]}，从{n(a)}{_move(a, b, zh)}{n(b)}"
        return first + second + "。"
    second = f" Latest growth is highest in {top[0]} ({n(top[1][-1][1])}) and lowest in {bottom[0]}"
    second += f" ({n(bottom[1][-1][1])})"
    if a != b:
        second += f"; {mover[0]} changed most: it {_move(a, b, zh)} from {n(a)} to {n(b)}"
    return first + second + "."


def _growth(spec: ChartSpec, title: str, zh: bool) -> str:
    bars = _points(spec.labels, spec.series[0].values if spec.series else ())
    if not bars:
        return ""
    top, bottom = max(bars, key=lambda p: p[1]), min(bars, key=lambda p: p[1])
    fell = sum(1 for _, v in bars if v < 0)
    pct = lambda v: style.format_signed(v) + "%"  # noqa: E731
    if zh:
        first = f"{title}：{len(bars)}项指标的同比增速。"
        if len(bars) == 1:
            return first + f"{top[0]}为{pct(top[1])}。"
        tail = f"，其中{fell}项下降" if fell else ""
        return first + f"最高为{top[0]}（{pct(top[1])}），最低为{bottom[0]}（{pct(bottom[1])}）{tail}。"
    first = f"{title}: year-on-year growth of {len(bars)} indicator{'s' if len(bars) > 1 else ''}."
    if len(bars) == 1:
        return first + f" {top[0]}: {pct(top[1])}."
    tail = f"; {fell} fell" if fell else ""
    return first + f" Highest: {top[0]} ({pct(top[1])}); lowest: {bottom[0]} ({pct(bottom[1])}){tail}."


def _ranks(spec: ChartSpec, title: str, zh: bool) -> str:
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
    if zh:
        first = f"{title}：{n}项指标的排名。排名最靠前的是{best[0]}（{rank(best)}）"
        return first + (f"，最靠后的是{worst[0]}（{rank(worst)}）。" if worst[1] != best[1] else "。")
    first = f"{title}: ranks of {n} indicator{'s' if n > 1 else ''}. Best: {best[0]} ({rank(best)})"
    return first + (f"; worst: {worst[0]} ({rank(worst)})." if worst[1] != best[1] else ".")


def _sparkline(spec: ChartSpec, title: str, zh: bool) -> str:
    pts = _points(spec.labels, spec.series[0].values if spec.series else ())
    if not pts:
        return ""
    span = _span([pts[0][0], pts[-1][0]], zh)
    if len(pts) == 1:
        v = _num(pts[0][1], spec.unit, zh)
        return f"{title}：{span}为{v}。" if zh else f"{title}: {v} {span}."
    subject = "" if zh else "It"
    return (f"{title}{span}的走势：" if zh else f"{title}, {span}. ") + _change(pts, spec.unit, zh, subject)
