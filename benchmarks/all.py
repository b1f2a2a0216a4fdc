"""Every benchmark, one after another: extraction accuracy, chart rendering, whole builds, peers.

Run: python benchmarks/all.py

(About 15 minutes on 2 idle cores; peers.py runs --quick here, N=100 and one run: run it alone
with --sizes 1000,5000 for the real comparison.)

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
    ("peers.py", "--quick"),
)


def main() -> int:
    failed = 0
    for script, *args in RUNS:
        print(f"\n=== {script} {' '.join(args)}".rstrip(), flush=True)
        failed += subprocess.call([sys.executable, str(HERE / script), *args]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
