"""Whole-site timings on a synthetic archive: check, cold build, warm build (chart cache hit).

Run: python benchmarks/build.py [--bulletins N] [--jobs J]

Generates N bulletins (several regions, quarterly periods over several years)
in a temporary folder and prints seconds and per-bulletin figures, plus the
ratio of a warm rebuild (no chart re-rendered) to a cold one.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from bulletin.content.config import load_config
from bulletin.pipeline import build, check

PERIODS = ("Q1", "H1", "Q1-Q3", "")  # Q1, H1, Q1–Q3, full year
NAMES = (
    "地区生产总值",
    "规上工业增加值",
    "固定资产投资",
    "社会消费品零售总额",
    "一般公共预算收入",
    "进出口总额",
)


def _bulletin(region: str, year: int, span: str, rng: random.Random) -> str:
    period = f"{year}-{span}" if span else str(year)
    label = {"Q1": "一季度", "H1": "上半年", "Q1-Q3": "前三季度", "": "全年"}[span]
    scale = {"Q1": 1, "H1": 2, "Q1-Q3": 3, "": 4}[span] * (1 + (year - 2015) * 0.06)
    sentences = []
    for i, name in enumerate(NAMES):
        value = round((300 - i * 40) * scale * rng.uniform(0.95, 1.05), 1)
        growth = round(rng.uniform(-3, 12), 1)
        verb = "增长" if growth >= 0 else "下降"
        sentences.append(f"{name}完成{value}亿元,同比{verb}{abs(growth)}%")
    month = {"Q1": 4, "H1": 7, "Q1-Q3": 10, "": 12}[span]
    return (
        f"---\ntitle: {region}{year}年{label}经济运行情况\ndate: {year}-{month:02d}-20\nperiod: '{period}'\n"
        f"region: {region}\nslug: {region_slug(region)}-{period.lower()}\ntags: [经济运行]\n---\n\n"
        f"## {label}主要指标\n\n{label},全区"
        + ";".join(sentences)
        + "。\n\n会议强调,要坚定信心,确保完成全年目标任务。\n"
    )


REGION_SLUGS = {"甲区": "a", "乙区": "b", "丙区": "c", "丁区": "d"}


def region_slug(region: str) -> str:
    return REGION_SLUGS[region]


def make_site(root: Path, count: int) -> None:
    rng = random.Random(7)
    regions = tuple(REGION_SLUGS)
    made = 0
    year = 2010
    while made < count:
        for span in PERIODS:
            for region in regions:
                if made == count:
                    return
                path = root / "content" / str(year) / f"{region_slug(region)}-{span or 'y'}.md"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(_bulletin(region, year, span, rng), encoding="utf-8")
                made += 1
        year += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bulletins", type=int, default=120)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--make-site", type=Path, help="only write the synthetic site's sources here, stop")
    args = parser.parse_args(argv)
    if args.make_site:  # .ci/check-site checks a site the theme was never tuned on
        make_site(args.make_site, args.bulletins)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site-src"
        make_site(root, args.bulletins)
        os.environ["BULLETIN_CACHE_DIR"] = str(Path(tmp) / "cache")
        config, _ = load_config(root, output_dir=Path(tmp) / "out", jobs=args.jobs)
        timings = {}
        started = time.perf_counter()
        result = check(config)
        timings["check"] = time.perf_counter() - started
        assert not [d for d in result.diagnostics if d.code.startswith("E")], result.diagnostics[:3]
        for name in ("cold build", "warm build"):
            started = time.perf_counter()
            result = build(config)
            timings[name] = time.perf_counter() - started
            assert result.files, result.diagnostics[:3]
            charts = int(result.stats.get("charts", 0))
            misses = int(result.stats.get("chart_misses", 0))
            timings[f"{name} charts"] = charts
            timings[f"{name} rendered"] = misses
        pages = sum(f.path.endswith(".html") for f in result.files)
    n = args.bulletins
    print(f"\n{n} bulletins, {pages} pages, {timings['cold build charts']} charts, jobs={args.jobs}")
    print(f"  check        {timings['check']:7.2f} s   {timings['check'] * 1000 / n:7.1f} ms/bulletin")
    for name in ("cold build", "warm build"):
        print(
            f"  {name}   {timings[name]:7.2f} s   {timings[name] * 1000 / n:7.1f} ms/bulletin   "
            f"charts rendered: {timings[name + ' rendered']}"
        )
    print(
        f"  warm/cold = {timings['warm build'] / timings['cold build']:.2f}   "
        f"check/cold = {timings['check'] / timings['cold build']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
