"""Every benchmark, one after another: extraction accuracy, chart rendering, whole builds.

Run: python benchmarks/all.py

Each runs in its own process (a fresh interpreter, so import and font start-up costs are
measured as a user meets them) and prints its own figures and ratios; nothing is asserted.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = (
    ("extraction.py",),
    ("charts.py",),
    ("build.py", "--bulletins", "120"),
)


def main() -> int:
    failed = 0
    for script, *args in RUNS:
        print(f"\n=== {script} {' '.join(args)}".rstrip(), flush=True)
        failed += subprocess.call([sys.executable, str(HERE / script), *args]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
