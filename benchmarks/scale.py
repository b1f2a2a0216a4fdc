"""Page generation at scale: is grouping by tag and region linear in the number of bulletins?

Run: python benchmarks/scale.py [--sizes 1000 5000 20000]

Generates N tiny bulletins (no figures, so no charts; a few tags each from a pool of 200 and
one of 30 regions) and times the check path (read, parse, group, assemble and render every page,
writing nothing). Prints seconds and microseconds per bulletin for each size: the per-bulletin
time should stay roughly flat from 1,000 to 20,000 if the work is linear.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from bulletin.content.config import load_config
from bulletin.pipeline import check


def _write_site(root: Path, count: int) -> None:
    rng = random.Random(count)
    content = root / "content"
    for i in range(count):
        year, quarter = 1950 + i % 200, 1 + (i // 200) % 4
        tags = ", ".join(f"标签{rng.randrange(200)}" for _ in range(3))
        folder = content / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"b{i}.md").write_text(
            f"---\ntitle: 公报{i}\ndate: 2023-08-19\nperiod: {year}-Q{quarter}\nregion: 区{i % 30}\n"
            f"slug: b{i}\ntags: [{tags}]\n---\n\n经济运行总体平稳。\n",
            encoding="utf-8",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    print(f"{'bulletins':>10} {'seconds':>9} {'µs/bulletin':>12} {'pages':>8}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            _write_site(root, size)
            config, _ = load_config(root)
            started = time.perf_counter()
            result = check(config)
            seconds = time.perf_counter() - started
            assert not result.diagnostics, result.diagnostics[:3]
            pages = sum(f.path.endswith(".html") for f in result.files)
            print(f"{size:>10,} {seconds:>9.2f} {seconds / size * 1e6:>12,.0f} {pages:>8,}")


if __name__ == "__main__":
    main()
