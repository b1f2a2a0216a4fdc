"""Precision and recall of the figure extractor on the labelled snippets (benchmarks/extraction.py).

cases.yaml is the tuned-on set (bar: precision >= 0.95, recall >= 0.90). holdout.yaml, when present,
was never tuned on and gets a looser bar (precision >= 0.90, recall >= 0.80). Run with ``-s`` (or
look at a failure) to see the scores; ``python benchmarks/extraction.py -v`` lists every miss.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bulletin.catalog import load_catalog
from conftest import REPO

CASES = REPO / "tests" / "extraction" / "cases.yaml"
HOLDOUT = REPO / "tests" / "extraction" / "holdout.yaml"


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    benchmarks = str(REPO / "benchmarks")
    sys.path.insert(0, benchmarks)
    try:
        module = importlib.import_module("extraction")
    finally:
        sys.path.remove(benchmarks)
    assert Path(module.__file__ or "").resolve() == (REPO / "benchmarks" / "extraction.py").resolve()
    return module


def _score(scorer: ModuleType, path: Path) -> dict[str, float]:
    catalog, problems = load_catalog(None)
    assert not problems
    cases = scorer.load_cases(path)
    assert cases, f"{path} has no cases"
    result = scorer.score(cases, catalog)
    print(
        f"\n{path.name}: {result['cases']} cases, {result['expected']} labelled rows, "
        f"{result['predicted']} predicted, {result['correct']} correct: "
        f"precision {result['precision']:.1%}, recall {result['recall']:.1%}, F1 {result['f1']:.3f}"
    )
    return result


def test_labelled_cases_are_well_formed(scorer: ModuleType) -> None:
    cases = scorer.load_cases(CASES)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    for case in cases:
        assert {"id", "lang", "period", "trap", "text", "expect"} <= set(case), case.get("id")
        for row in case["expect"]:
            assert set(row) == {"indicator", "value", "unit", "yoy_pct", "rank", "rank_of", "period"}, case[
                "id"
            ]


def test_accuracy_on_the_labelled_cases(scorer: ModuleType) -> None:
    result = _score(scorer, CASES)
    assert result["precision"] >= 0.95
    assert result["recall"] >= 0.90


def test_accuracy_on_the_holdout_cases(scorer: ModuleType) -> None:
    if not HOLDOUT.is_file():
        print(f"\n{HOLDOUT.name} not present: nothing to score")
        return
    result = _score(scorer, HOLDOUT)
    assert result["precision"] >= 0.90
    assert result["recall"] >= 0.80
