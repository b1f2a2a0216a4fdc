"""What a build's client holds: reports as the site needs them, nothing kept after a one-shot
build, and freed memory handed back between slices (issue #13: client memory at archive scale)."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from bulletin import cache, pipeline
from bulletin.charts import alttext, plan, render
from bulletin.charts.spec import ChartSpec, Series
from bulletin.charts.store import ChartRef, ChartStore
from bulletin.cli import main
from bulletin.content import sources
from bulletin.content.config import load_config
from bulletin.core.executors import InlineExecutor
from bulletin.core.heap import give_back
from bulletin.core.memo import by_identity
from bulletin.core.model import SourceFile
from bulletin.core.recall import keep_last_build, keeping
from bulletin.data import publish
from bulletin.pipeline import build
from bulletin.read import read_for_site, read_report
from bulletin.site import bodies, views
from bulletin.site.pages import sorted_reports
from bulletin.site.state import SiteData, by_region
from conftest import bulletin_text

BODY = "## 经济运行\n\n上半年,全区地区生产总值完成682.3亿元,同比增长8.4%,居全市第3位。[附件](h1.md)\n"


def _site(make_site: Callable[..., Path], count: int = 6) -> Path:
    files = {}
    for i in range(count):
        year = 2001 + i
        body = (
            f"上半年,全区地区生产总值完成{600 + i}.3亿元,同比增长{i % 9}.4%。规模以上工业增加值增长{i}.2%。"
        )
        files[f"content/{year}/h{year}.md"] = bulletin_text(body, period=f"{year}-H1", date=f"{year}-08-19")
    return make_site(files)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_site_reads_a_report_without_what_only_reading_needs(catalog) -> None:
    source = SourceFile("content/2023/h1.md", bulletin_text(BODY), "0")
    full, found = read_report(source, catalog)
    light, also = read_for_site(source, catalog)
    assert full is not None and light is not None and found == also
    assert full.document.blocks and full.mentions  # what reading used
    assert light.document.blocks == () and light.mentions == ()
    assert light.meta == full.meta and light.indicators == full.indicators
    doc, whole = light.document, full.document
    assert (doc.html, doc.headings, doc.refs, doc.links, doc.mark) == (
        whole.html,
        whole.headings,
        whole.refs,
        whole.links,
        whole.mark,
    )


def test_a_site_built_from_light_reads_is_the_site_built_from_full_ones(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _site(make_site)
    config, _ = load_config(root)
    light = build(replace(config, output_dir=tmp_path / "light", cache_path=tmp_path / "c1"))
    assert light.files and all(r.mentions == () for r in light.reports)
    monkeypatch.setattr(pipeline, "read_report", read_report)  # the reports as the extractor returns them
    full = build(replace(config, output_dir=tmp_path / "full", cache_path=tmp_path / "c2"))
    assert full.files and any(r.mentions for r in full.reports)
    assert _tree(tmp_path / "light") == _tree(tmp_path / "full")


def _kept() -> dict[str, bool]:
    return {
        "file texts": bool(sources._last_reads),
        "reads": bool(cache._RECENT_READS._values),
        "dataset": bool(cache._RECENT_DATASET._values),
        "downloads": publish._LAST._result is not None,
    }


def test_a_one_shot_build_keeps_nothing_for_a_next_build(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "_SETTLED_NS", 0)  # the files just written count as settled
    root = _site(make_site)
    config, _ = load_config(root)
    config = replace(config, output_dir=tmp_path / "out", cache_path=tmp_path / "cache")
    assert keeping()
    assert build(config).files
    assert all(_kept().values()), _kept()  # serve's memory of the last build
    keep_last_build(False)
    assert build(replace(config, force=True)).files
    assert not any(_kept().values()), _kept()


def test_the_build_command_turns_keeping_off(make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = _site(make_site, 2)
    result = CliRunner(env={"BULLETIN_LANG": "en"}).invoke(
        main, ["build", str(root), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 0, result.output
    assert not keeping() and not any(_kept().values()), _kept()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's")
def test_freed_heap_pages_go_back_to_the_system() -> None:
    def resident() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1])

    try:
        ctypes.CDLL("libc.so.6").malloc_trim  # noqa: B018
    except (OSError, AttributeError):
        pytest.skip("not glibc")
    # large short-lived strings between small long-lived ones: the heap cannot shrink from its top
    big, small = [], []
    for i in range(4000):
        big.append(b"x" * 20_000 + i.to_bytes(4, "big"))
        small.append(b"y" * 600 + i.to_bytes(4, "big"))
    before = resident()
    del big
    freed = resident()
    assert give_back()
    after = resident()
    page = 4096
    assert (freed - after) * page > 40_000_000, (before, freed, after)
    assert len(small) == 4000


def test_a_one_shot_build_keeps_bodies_on_disk_and_builds_the_same_site(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {
        "content/2023/h1.md": bulletin_text(BODY + "\n见[一季度](q1.md)。\n"),
        "content/2023/q1.md": bulletin_text(
            "一季度,全区地区生产总值增长6.1%。", period="2023-Q1", date="2023-04-20"
        ),
    }
    root = make_site(files)
    config, _ = load_config(root)
    kept = build(replace(config, output_dir=tmp_path / "kept", cache_path=tmp_path / "c1"))
    assert kept.files and all(r.document.html for r in kept.reports)
    shelved: list[object] = []
    shelve = bodies.shelve_bodies

    def spy(reports):  # type: ignore[no-untyped-def]
        light, held = shelve(reports)
        shelved.append(held)
        return light, held

    monkeypatch.setattr(bodies, "shelve_bodies", spy)
    keep_last_build(False)
    one_shot = build(replace(config, output_dir=tmp_path / "once", cache_path=tmp_path / "c2"))
    assert one_shot.files and len(shelved) == 1
    assert all(r.document.html == "" for r in one_shot.reports)  # the client let go of every body
    page = (tmp_path / "once" / "bulletins" / "h1" / "index.html").read_text(encoding="utf-8")
    assert "682.3" in page and 'href="/bulletins/q1/"' in page  # the body, its link filled in
    assert _tree(tmp_path / "kept") == _tree(tmp_path / "once")


def test_a_memo_for_the_next_build_remembers_nothing_in_a_one_shot_process() -> None:
    calls: list[object] = []

    @by_identity(one_shot=0)
    def shown(box: object) -> str:
        calls.append(box)
        return repr(box)

    box = object()
    shown(box), shown(box)
    assert len(calls) == 1 and shown.cache_len() == 1  # type: ignore[attr-defined]  # serve: kept
    keep_last_build(False)
    shown(box), shown(box)
    assert len(calls) == 3 and shown.cache_len() == 0  # type: ignore[attr-defined]


def test_a_one_shot_build_keeps_no_formatted_row_alt_text_or_chart_key(
    make_site: Callable[..., Path], tmp_path: Path
) -> None:
    # Each is made once per page in a one-shot build; kept, they grew by ~80 KB a bulletin.
    one_shot = (
        *(views._point_row, views.indicator_row, alttext.describe, render._key),
        *(plan.indicator_charts, plan.bulletin_charts),  # the chart plan's specs, made per page
    )
    root = _site(make_site)
    config, _ = load_config(root)
    keep_last_build(False)
    built = build(replace(config, output_dir=tmp_path / "once", cache_path=tmp_path / "c1"))
    assert built.files and built.stats["charts"] > 0
    assert [memo.cache_len() for memo in one_shot] == [0] * 6  # type: ignore[attr-defined]
    keep_last_build(True)  # serve's builds keep them for the next one, and make the same site
    kept = build(replace(config, output_dir=tmp_path / "kept", cache_path=tmp_path / "c2"))
    assert all(memo.cache_len() for memo in one_shot)  # type: ignore[attr-defined]
    assert _tree(tmp_path / "kept") == _tree(tmp_path / "once") and kept.files


def test_a_chart_store_holds_the_keys_of_loaded_charts_only_until_they_are_referred_to(
    tmp_path: Path,
) -> None:
    spec = ChartSpec("growth-x", "growth", "zh-CN", "增速", ("甲", "乙"), (Series("增速", (1.5, 2.5)),), "%")
    store = ChartStore({spec.id: spec}, tmp_path, InlineExecutor())
    assert set(store.svgs([spec.id])) == {spec.id}
    assert store._loaded == {spec.id: (render.chart_key(spec), spec)}
    assert store.ref(spec.id) == ChartRef(spec.id, render.chart_key(spec))
    assert store._loaded == {}


def test_the_site_data_holds_no_derived_rows_the_downloads_make_them_from_the_series() -> None:
    # ~3 KB a bulletin at 1,000, held through the build for the bare-contract downloads only
    assert "derived" not in {f.name for f in fields(SiteData)}


def _holds(value: object, kind: type) -> bool:
    """Whether ``value`` (containers walked) holds an instance of ``kind``."""
    if isinstance(value, kind):
        return True
    if isinstance(value, dict):
        return any(_holds(k, kind) or _holds(v, kind) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_holds(item, kind) for item in value)
    return False


def test_the_chart_plan_holds_ids_and_page_keys_and_makes_each_page_s_specs_again(
    make_site: Callable[..., Path],
) -> None:
    # Held for the whole build, the specs were ~6-9 KB a bulletin at 1,000: a page's are made
    # again from what they were planned from when its slice comes.
    config, _ = load_config(_site(make_site, 4))
    keep_last_build(False)
    reports, catalog, _ = pipeline.load_reports(config)
    dataset = cache.dataset_parts(reports, catalog, config, use_cache=False)
    latest = [regional[0] for regional in by_region(sorted_reports(reports), None).values()]
    made = plan.plan_charts(reports, dataset.histories, config.languages, config.title, latest)
    assert made and not _holds([made.pages, made._owners, made._twins], ChartSpec)
    kinds = {page[0] for page in made.pages}
    assert kinds == {"indicator", "bulletin", "spark"}
    for history in dataset.histories:  # each page's specs are those its planning function makes
        for lang in config.languages:
            direct = tuple(plan.indicator_charts(history, lang, config.title))
            assert made.for_page("indicator", history.slug, lang) == direct
            assert made.ids_for("indicator", history.slug, lang) == tuple(s.id for s in direct)
    specs = list(made.all_specs())
    assert [s.id for s in specs] == list(made) and len(specs) == len(made) == len(set(made))
    assert any(s.narrow for s in specs) and all(made[s.id] == s for s in specs)
    assert made.pick(made) == {s.id: s for s in specs}
    assert "no-such-chart" not in made and "no-such-chart-narrow" not in made
    assert plan.indicator_charts.cache_len() == 0  # type: ignore[attr-defined]  # nothing kept


def test_a_chart_store_keeps_the_specs_of_the_last_slice_only(tmp_path: Path) -> None:
    one, two = (
        ChartSpec(f"growth-{n}", "growth", "zh-CN", "增速", ("甲", "乙"), (Series("增速", (1.5, 2.5)),), "%")
        for n in "ab"
    )
    store = ChartStore({one.id: one, two.id: two}, tmp_path, InlineExecutor())
    store.svgs([one.id])
    store.svgs([two.id])  # the first slice's chart was never referred to: it is made again if asked
    assert set(store._loaded) == {two.id}
    assert store.ref(one.id) == ChartRef(one.id, render.chart_key(one))
