"""Chart rendering speed: the usual matplotlib way against bulletin's renderer, cold, pooled and cached.

Run: python benchmarks/charts.py [-n 200] [--jobs 2]

Prints milliseconds per chart (figures, not assertions) for
  (a) the usual way: a new Figure per chart, tight_layout, savefig as SVG with bbox_inches="tight"
      (tight_layout cannot move plots.py's fixed axes, so the tight bbox stands in for its cost:
      an extra layout/draw pass per chart);
  (b) render_charts cold (empty cache), in this process (jobs=1);
  (c) render_charts cold with a process pool (jobs=2 by default; includes starting the pool);
  (d) render_charts with a warm cache;
and the ratios (b)/(a) and (d)/(b). The specs are a deterministic mix of all five kinds.
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
import warnings
from pathlib import Path

from bulletin.charts.render import render_charts
from bulletin.charts.spec import ChartSpec, Series

_SPANS = ("一季度", "上半年", "前三季度", "全年")
_NAMES = ("地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "固定资产投资", "一般公共预算收入",
          "城镇居民人均可支配收入", "进出口总额", "金融机构本外币存款余额")  # fmt: skip


def _periods(count: int) -> tuple[str, ...]:
    return tuple(f"{2016 + i // 4}年{_SPANS[i % 4]}" for i in range(count))


def make_specs(n: int, seed: int = 7) -> list[ChartSpec]:
    """n specs cycling through the kinds, with gaps and negative values."""
    rng = random.Random(seed)

    def maybe(v: float) -> float | None:
        return None if rng.random() < 0.08 else round(v, 1)

    specs: list[ChartSpec] = []
    for i in range(n):
        kind = ("trend", "regions", "growth", "ranks", "sparkline")[i % 5]
        labels = _periods(rng.randint(4, 12))
        k = len(labels)
        if kind == "trend":
            series = (
                Series(
                    "累计", tuple(maybe(rng.uniform(500, 9000)) for _ in labels), (False,) * (k - 1) + (True,)
                ),
            )
            yoy = tuple(maybe(rng.uniform(-3, 12)) for _ in labels)
            title = f"{rng.choice(_NAMES)}走势"
            spec = ChartSpec(f"c{i}", kind, "zh-CN", title, labels, series, "亿元", yoy, source="国家统计局")
        elif kind == "regions":
            series = tuple(
                Series(f"区{j}", tuple(maybe(rng.uniform(-5, 12)) for _ in labels)) for j in range(5)
            )
            spec = ChartSpec(f"c{i}", kind, "zh-CN", "各区增速", labels, series, unit="%")
        elif kind == "growth":
            series = (Series("同比", tuple(maybe(rng.uniform(-8, 15)) for _ in _NAMES)),)
            spec = ChartSpec(
                f"c{i}", kind, "zh-CN", "主要指标增速", _NAMES, series, unit="%", source="统计局"
            )
        elif kind == "ranks":
            totals = tuple(rng.choice((31, 230, None)) for _ in _NAMES[:5])
            series = (Series("排名", tuple(float(rng.randint(1, 31)) for _ in _NAMES[:5])),)
            spec = ChartSpec(f"c{i}", kind, "zh-CN", "全国排名", _NAMES[:5], series, totals=totals)
        else:
            spec = ChartSpec(
                f"c{i}",
                kind,
                "zh-CN",
                "GDP",
                labels,
                (Series("v", tuple(maybe(rng.uniform(1, 9)) for _ in labels)),),
            )
        specs.append(spec)
    return specs


def usual_way(specs: list[ChartSpec]) -> float:
    """Seconds for the baseline: new Figure, tight_layout, savefig('svg', bbox_inches='tight') per chart."""
    import matplotlib

    from bulletin.charts import draw as plots
    from bulletin.charts import fonts, style

    fonts.register_fonts()
    with matplotlib.rc_context(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tight_layout warns on some fixed-axes layouts
        style.apply_style(matplotlib.rcParams)
        start = time.perf_counter()
        for spec in specs:
            fig = plots.draw(spec)
            fig.tight_layout()
            fig.savefig(io.StringIO(), format="svg", metadata={"Date": None}, bbox_inches="tight")
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="number of charts (default 200)")
    parser.add_argument("--jobs", type=int, default=2, help="pool size for (c) (default 2)")
    args = parser.parse_args()
    specs = make_specs(args.n)
    render_charts(specs[:5], Path(tempfile.mkdtemp()), 1)  # warm imports and font loading for all
    a = usual_way(specs)
    with tempfile.TemporaryDirectory() as cold, tempfile.TemporaryDirectory() as pooled:
        b = render_charts(specs, Path(cold), 1).seconds
        c = render_charts(specs, Path(pooled), args.jobs).seconds
        d = render_charts(specs, Path(cold), 1).seconds
    per = 1000 / len(specs)
    print(f"{len(specs)} charts, mixed kinds")
    print(f"(a) usual way (Figure + tight_layout + tight savefig) {a * per:6.2f} ms/chart")
    print(f"(b) render_charts cold, in-process (jobs=1)         {b * per:8.2f} ms/chart")
    print(f"(c) render_charts cold, pool (jobs={args.jobs})              {c * per:8.2f} ms/chart")
    print(f"(d) render_charts warm cache                        {d * per:8.2f} ms/chart")
    print(f"(b)/(a) = {b / a:.2f}   (c)/(b) = {c / b:.2f}   (d)/(b) = {d / b:.3f}")


if __name__ == "__main__":
    main()
