"""Precision and recall of the figure extractor on the labelled snippets (benchmarks/extraction.py).

cases*.yaml are the development sets the extractor was tuned on (bar: precision >= 0.95, recall >=
0.90). holdout.yaml was never tuned on: it was scored after each round of development, never
studied; its first scoring gave 88.7% / 86.4%, the latest 92.5% / 91.4%. holdout2.yaml was written
last and scored once, with a target declared beforehand of precision >= 0.90 and recall >= 0.85: it
gave 91.8% / 93.0% (see the README). The holdout bars guard against regressions just below the
latest figures. Run with ``-s`` (or look at a failure) to see the scores;
``python benchmarks/extraction.py -v --set NAME`` lists every miss.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bulletin.content.catalog import load_catalog
from conftest import REPO

LABELLED = REPO / "tests" / "extraction"
DEVELOPMENT = sorted(LABELLED.glob("cases*.yaml"))
HOLDOUT = LABELLED / "holdout.yaml"
HOLDOUT2 = LABELLED / "holdout2.yaml"
CHANGES = LABELLED / "changes.yaml"


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


@pytest.mark.parametrize("path", [*DEVELOPMENT, HOLDOUT, HOLDOUT2], ids=lambda p: p.stem)
def test_labelled_cases_are_well_formed(scorer: ModuleType, path: Path) -> None:
    cases = scorer.load_cases(path)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    for case in cases:
        assert {"id", "lang", "period", "trap", "text", "expect"} <= set(case), case.get("id")
        for row in case["expect"]:
            assert set(row) == {"indicator", "value", "unit", "yoy_pct", "rank", "rank_of", "period"}, case[
                "id"
            ]


def test_there_are_development_sets_and_a_holdout() -> None:
    assert len(DEVELOPMENT) >= 7
    assert HOLDOUT.is_file() and HOLDOUT2.is_file()


@pytest.mark.parametrize("path", DEVELOPMENT, ids=lambda p: p.stem)
def test_accuracy_on_the_development_sets(scorer: ModuleType, path: Path) -> None:
    result = _score(scorer, path)
    assert result["precision"] >= 0.95
    assert result["recall"] >= 0.90


def test_changes_in_percentage_points(scorer: ModuleType) -> None:
    """changes.yaml scores the percentage-point changes; it was scored untouched on arrival (93.1%
    precision, 81.8% recall), then tuned on."""
    catalog, _ = load_catalog(None)
    cases = scorer.load_cases(CHANGES)
    for case in cases:
        for row in case["expect"]:
            assert set(row) == {"indicator", "period", "points", "base", "of"}, case["id"]
    result = scorer.score(cases, catalog, changes=True)
    print(f"\n{CHANGES.name}: precision {result['precision']:.1%}, recall {result['recall']:.1%}")
    assert result["precision"] >= 0.95
    assert result["recall"] >= 0.88


def test_accuracy_on_the_holdout_cases(scorer: ModuleType) -> None:
    result = _score(scorer, HOLDOUT)
    assert result["precision"] >= 0.91
    assert result["recall"] >= 0.90


def test_accuracy_on_the_second_holdout(scorer: ModuleType) -> None:
    result = _score(scorer, HOLDOUT2)
    assert result["precision"] >= 0.90
    assert result["recall"] >= 0.91
