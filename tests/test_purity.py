"""Reading a file is a pure function: the same Report whatever was read before, in any process."""

from __future__ import annotations

import hashlib
import pickle
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from bulletin import ReadOptions, Report, SourceFile, load_catalog, read_report
from bulletin.extract.merge import unify_names

REPO = Path(__file__).resolve().parent.parent
OPTIONS = ReadOptions(default_region="滨河经开区")

UNKNOWN = [
    ("content/a.md", "2023-H1", "上半年,全区Widget Output完成12.5亿元,同比增长3.1%。"),
    ("content/b.md", "2023", "全年,全区widget output完成25.5亿元,同比增长4.2%。"),
    ("content/c.md", "2022", "全年,全区WIDGET OUTPUT完成24.1亿元,同比增长2.0%。"),
]


def _sources() -> list[SourceFile]:
    files = []
    for path in sorted((REPO / "content").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(REPO).as_posix()
        files.append(SourceFile(rel, text, hashlib.sha256(text.encode()).hexdigest()))
    for rel, period, body in UNKNOWN:
        text = f"---\ntitle: T\ndate: 2024-01-20\nperiod: {period}\nregion: 示例区\n---\n{body}\n"
        files.append(SourceFile(rel, text, hashlib.sha256(text.encode()).hexdigest()))
    return files


def _read(source: SourceFile) -> bytes:
    catalog, _ = load_catalog(REPO)
    report, diagnostics = read_report(source, catalog, OPTIONS)
    return pickle.dumps((report, diagnostics))


def _read_all(sources: list[SourceFile]) -> dict[str, tuple[Report | None, tuple]]:
    catalog, _ = load_catalog(REPO)
    return {s.path: read_report(s, catalog, OPTIONS) for s in sources}


def test_reading_order_does_not_change_any_report() -> None:
    sources = _sources()
    forward = _read_all(sources)
    backward = _read_all(list(reversed(sources)))
    assert forward == backward
    # And one catalogue shared by all reads gives what a fresh catalogue per file gives.
    assert forward == {s.path: pickle.loads(_read(s)) for s in sources}


def test_separate_processes_give_identical_reports() -> None:
    sources = _sources()
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        remote = list(pool.map(_read, reversed(sources)))
    local = [_read(s) for s in reversed(sources)]
    assert [pickle.loads(r) for r in remote] == [pickle.loads(r) for r in local]


def test_unknown_names_are_unified_after_reading_whatever_the_order() -> None:
    sources = _sources()
    catalog, _ = load_catalog(REPO)
    reports = _read_all(sources)
    spelled = {s.path: reports[s.path][0] for s in sources[-3:]}
    # Each file keeps its own spelling when read alone...
    alone = {p: r.indicators[0].name for p, r in spelled.items() if r}
    assert len(alone) == 3 and len(set(alone.values())) > 1
    # ...and one pass after reading names the series the same way for every order.
    orders = [list(spelled.values()), list(reversed(spelled.values()))]
    names = [{r.meta.path: r.indicators[0].name for r in unify_names(o, catalog)} for o in orders]
    assert names[0] == names[1]
    assert set(names[0].values()) == {min(alone.values())}
