"""Incremental builds: after every kind of change, the site equals a clean build byte for byte,
files whose bytes did not change keep their mtime, and a lost or damaged cache only costs time."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bulletin import build
from bulletin.content.config import load_config
from bulletin.core.model import BuildResult
from bulletin.site.render import theme_dir
from conftest import bulletin_text

pytestmark = pytest.mark.slow


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _contents(result: BuildResult) -> dict[str, bytes]:
    return {f.path: f.content() for f in result.files}


def _mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def site(example_copy: Path) -> Path:
    return example_copy


def _build(root: Path, out: Path, force: bool = False) -> BuildResult:
    config, _ = load_config(root, output_dir=out, jobs=1)
    result = build(replace(config, force=force))
    assert result.files, [str(d) for d in result.diagnostics]
    return result


def _clean(root: Path, tmp: Path) -> dict[str, bytes]:
    """A build that uses neither the build state nor the read cache, into a new folder."""
    out = tmp / "clean"
    shutil.rmtree(out, ignore_errors=True)
    _build(root, out, force=True)
    return _tree(out)


def _figure(root: Path) -> None:
    path = root / "content/2023/2023-annual.md"
    text = path.read_text(encoding="utf-8")
    assert "增长**9.0%**。" in text  # stated only in the prose (a front-matter figure would conflict)
    path.write_text(text.replace("增长**9.0%**。", "增长**9.2%**。"), encoding="utf-8")


def _title(root: Path) -> None:
    # No figure changes: a long-lived process keeps the dataset, and the downloads and the chart
    # plan made of it must still show the new title.
    path = root / "content/2023/2023-annual.md"
    text = path.read_text(encoding="utf-8")
    assert "\ntitle: " in text
    path.write_text(text.replace("\ntitle: ", "\ntitle: 修订版", 1), encoding="utf-8")


def _prose(root: Path) -> None:
    path = root / "content/2023/2023-annual.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n全年经济运行总体平稳。\n", encoding="utf-8")


def _template(root: Path) -> None:
    # A site override of one template: only the pages using it change.
    (root / "templates").mkdir(exist_ok=True)
    text = (theme_dir() / "tag.html").read_text(encoding="utf-8")
    edited = text.replace("{% block content %}", "{% block content %}<!-- edited -->", 1)
    assert edited != text
    (root / "templates/tag.html").write_text(edited, encoding="utf-8")


def _config(root: Path) -> None:
    path = root / "bulletin.yaml"
    text = path.read_text(encoding="utf-8")
    assert "历期经济运行分析报告" in text
    path.write_text(text.replace("历期经济运行分析报告", "历期经济运行分析报告(修订)"), encoding="utf-8")


def _catalog(root: Path) -> None:
    path = root / "content/indicators.yaml"
    text = path.read_text(encoding="utf-8")
    assert "en: China–Europe freight trains" in text
    path.write_text(
        text.replace("en: China–Europe freight trains", "en: China-Europe trains"), encoding="utf-8"
    )


def _added(root: Path) -> None:
    text = bulletin_text(
        "2021年上半年,全区地区生产总值完成500.1亿元,同比增长6.1%。",
        title="2021年上半年经济运行情况",
        date="2021-07-20",
        period="2021-H1",
        region="滨河经开区",
    )
    (root / "content/2021").mkdir(exist_ok=True)
    (root / "content/2021/2021-h1.md").write_text(text, encoding="utf-8")


def _deleted(root: Path) -> None:
    (root / "content/2023/2023-q1.md").unlink()


def _renamed(root: Path) -> None:
    # Its slug is in its front-matter, so the file's new name shows only where paths are shown.
    (root / "content/2023/2023-q1.md").rename(root / "content/2023/first-quarter.md")


CHANGES: dict[str, Callable[[Path], None]] = {
    "figure edited": _figure,
    "title edited": _title,
    "prose edited": _prose,
    "template edited": _template,
    "bulletin.yaml edited": _config,
    "catalogue edited": _catalog,
    "file added": _added,
    "file deleted": _deleted,
    "file renamed": _renamed,
}


@pytest.mark.parametrize("change", CHANGES)
def test_an_incremental_build_equals_a_clean_build(site: Path, tmp_path: Path, change: str) -> None:
    out = tmp_path / "out"
    _build(site, out)
    before, stamps = _tree(out), _mtimes(out)
    CHANGES[change](site)
    result = _build(site, out)
    after = _tree(out)
    assert after == _clean(site, tmp_path)
    assert after != before or change == "file renamed"  # the change shows
    unchanged = [p for p in after if before.get(p) == after[p]]
    assert unchanged, "some files are the same after any of these changes"
    assert {p: _mtimes(out)[p] for p in unchanged} == {p: stamps[p] for p in unchanged}
    if change in (
        "figure edited",
        "template edited",
        "prose edited",
    ):  # pages that do not show it are not rendered
        assert result.stats["pages_reused"] > 0


def test_a_template_change_renders_exactly_the_pages_that_use_it(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(site, out)
    before = _tree(out)
    _template(site)
    _build(site, out)
    changed = {p for p, data in _tree(out).items() if before.get(p) != data}
    assert changed and all("/tags/" in f"/{p}" for p in changed), sorted(changed)


def test_nothing_changed_is_a_no_op_that_keeps_every_file(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _build(site, out)
    stamps = _mtimes(out)
    second = _build(site, out)
    assert second.stats.get("unchanged") == 1.0
    assert _mtimes(out) == stamps
    assert _contents(second) == _contents(first) and second.diagnostics == first.diagnostics
    assert second.reports == () and second.stats["bulletins"] == len(first.reports) > 0


def test_a_file_changed_in_the_output_is_put_back(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(site, out)
    expected = _tree(out)
    (out / "index.html").write_text("tampered", encoding="utf-8")
    (out / "stray.txt").write_text("not ours", encoding="utf-8")
    result = _build(site, out)
    assert "unchanged" not in result.stats
    assert _tree(out) == expected


def test_force_ignores_the_build_state(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(site, out)
    result = _build(site, out, force=True)
    assert result.stats["pages_reused"] == 0 and "unchanged" not in result.stats


def test_cache_deleted_between_builds(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(site, out)
    shutil.rmtree(tmp_path / "cache")
    _figure(site)
    _build(site, out)
    assert _tree(out) == _clean(site, tmp_path)


def test_an_edit_reads_only_the_charts_of_the_pages_it_renders_again(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _build(site, out)
    assert first.stats["chart_hits"] + first.stats["chart_misses"] == first.stats["charts"] > 0
    # Charts of unchanged pages are neither read nor drawn: with the chart cache gone, an edit
    # draws only the charts of the pages it renders again, and the site still equals a clean build.
    shutil.rmtree(tmp_path / "cache" / "charts")
    _figure(site)
    second = _build(site, out)
    loaded = second.stats["chart_hits"] + second.stats["chart_misses"]
    assert second.stats["chart_hits"] == 0 and 0 < loaded < second.stats["charts"]
    assert second.stats["pages_reused"] > 0
    assert _tree(out) == _clean(site, tmp_path)


def test_a_page_key_digests_values_not_which_objects_they_share(site: Path, tmp_path: Path) -> None:
    """A report parsed afresh and the same report from the read cache share strings differently;
    their pages must keep one key, or the build after every reparse renders every page again."""
    from bulletin.graph import BuildGraph
    from bulletin.site.state import Page

    config, _ = load_config(site, output_dir=tmp_path / "out", jobs=1)
    graph = BuildGraph(config, ())
    word = "".join(["地区", "生产总值"])  # built at run time: not an interned constant
    shared = {"rows": [{"name": word}, {"name": word}]}
    copied = {"rows": [{"name": word}, {"name": "".join(["地区生产", "总值"])}]}
    assert shared == copied and shared["rows"][1]["name"] is not copied["rows"][1]["name"]
    keys = {
        graph.page_key(Page("a/", "page.html", "zh-CN", view, "a/index.html"), "t", None)
        for view in (shared, copied)
    }
    assert len(keys) == 1


def test_cache_deleted_during_a_build(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bulletin.stream as stream

    out = tmp_path / "out"
    _build(site, out)
    _figure(site)
    others = stream.other_files

    def delete_then_write(*args: Any, **kwargs: Any) -> Any:
        shutil.rmtree(tmp_path / "cache")  # after reading and rendering, before the downloads are written
        return others(*args, **kwargs)

    monkeypatch.setattr(stream, "other_files", delete_then_write)
    _build(site, out)
    monkeypatch.undo()
    assert _tree(out) == _clean(site, tmp_path)
    _config(site)
    _build(site, out)
    assert _tree(out) == _clean(site, tmp_path)


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty"])
def test_corrupt_cache_entries_fall_back_to_a_correct_build(site: Path, tmp_path: Path, damage: str) -> None:
    out = tmp_path / "out"
    _build(site, out)
    entries = [p for p in (tmp_path / "cache").rglob("*.pkl")]
    assert entries
    for path in entries:
        data = path.read_bytes()
        if damage == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif damage == "flipped":
            path.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
        else:
            path.write_bytes(b"")
    _figure(site)
    result = _build(site, out)
    assert result.stats["pages_reused"] == 0  # the build state was unreadable: everything rendered
    assert _tree(out) == _clean(site, tmp_path)


def test_a_new_code_version_ignores_everything_cached(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bulletin.cache
    import bulletin.graph

    out = tmp_path / "out"
    _build(site, out)
    for module in (bulletin.cache, bulletin.graph):
        monkeypatch.setattr(module, "code_version", lambda: "another version")
    result = _build(site, out)
    assert "unchanged" not in result.stats and result.stats["pages_reused"] == 0
    monkeypatch.undo()
    assert _tree(out) == _clean(site, tmp_path)


_PROBE = """
import json, sys
from bulletin.cli import main
try:
    main(sys.argv[2:], prog_name="bulletin")
except SystemExit:
    pass
with open(sys.argv[1], "w") as fh:
    heavy = ("pandas", "matplotlib", "bulletin.read", "jinja2", "bulletin.site.pages", "markdown_it")
    json.dump(sorted(m for m in heavy if m in sys.modules), fh)
"""


def _heavy_imports(tmp_path: Path, *args: str) -> list[str]:
    import json
    import os
    import subprocess
    import sys

    probe = tmp_path / "probe.json"
    subprocess.run(
        [sys.executable, "-c", _PROBE, str(probe), *args],
        check=True,
        capture_output=True,
        env=dict(os.environ),
    )
    loaded: list[str] = json.loads(probe.read_text())
    return loaded


def test_help_and_a_no_op_rebuild_import_neither_pandas_nor_matplotlib_nor_jinja(
    site: Path, tmp_path: Path
) -> None:
    # Nor the reading stage (bulletin.read and the extractor): every file comes from the read cache.
    assert _heavy_imports(tmp_path, "--help") == []
    out = tmp_path / "out"
    _build(site, out)
    # Nor Jinja, the page modules or markdown-it: a no-op has no page to render or read.
    assert _heavy_imports(tmp_path, "build", str(site), "-o", str(out)) == []
    checked = _heavy_imports(tmp_path, "check", str(site))  # the dataset comes from the cache
    assert set(checked) <= {"jinja2", "bulletin.site.pages", "markdown_it"}  # check renders every page


def _with_image_and_page(root: Path) -> None:
    path = root / "content/2023/2023-annual.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n![图1](img/chart.png)\n", encoding="utf-8")
    (root / "content/2023/img").mkdir()
    (root / "content/2023/img/chart.png").write_bytes(b"first image")
    (root / "content/pages").mkdir()
    (root / "content/pages/about.md").write_text("---\ntitle: 关于本站\n---\n\n初稿。\n", encoding="utf-8")


def _image_replaced(root: Path) -> None:
    (root / "content/2023/img/chart.png").write_bytes(b"second image, longer")


def _page_edited(root: Path) -> None:
    (root / "content/pages/about.md").write_text("---\ntitle: 关于本站\n---\n\n修订稿。\n", encoding="utf-8")


@pytest.mark.parametrize("change", [_image_replaced, _page_edited], ids=["image replaced", "page edited"])
def test_files_beside_bulletins_and_plain_pages_rebuild_like_a_clean_build(
    site: Path, tmp_path: Path, change: Callable[[Path], None]
) -> None:
    _with_image_and_page(site)
    out = tmp_path / "out"
    _build(site, out)
    before, stamps = _tree(out), _mtimes(out)
    change(site)
    result = _build(site, out)
    after = _tree(out)
    assert result.stats.get("unchanged") != 1.0  # not taken for a no-op
    assert after == _clean(site, tmp_path)
    changed = {p for p in after if before.get(p) != after[p]}
    if change is _image_replaced:
        # Only the image: the page links to it by its path, which did not change.
        assert changed == {"files/2023/img/chart.png"}
        assert after["files/2023/img/chart.png"] == b"second image, longer"
    else:
        assert changed >= {"about/index.html", "en/about/index.html"}
        assert all(p.startswith(("about/", "en/about/", "pagefind/")) for p in changed), sorted(changed)
    kept = set(after) - changed
    assert {p: _mtimes(out)[p] for p in kept} == {p: stamps[p] for p in kept}


def test_downloads_whose_rows_did_not_change_are_not_made_again(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bulletin.data.publish as publish
    from bulletin.core.lastcall import LastCall

    made: list[str] = []
    real = publish.to_csv

    def counted(rows: Any, columns: Any = None) -> bytes:
        made.append("csv")
        return real(rows, columns)

    def fresh_build() -> None:  # as a new process would: nothing remembered from the last build
        monkeypatch.setattr(publish, "_LAST", LastCall())
        _build(site, out)

    monkeypatch.setattr(publish, "to_csv", counted)
    out = tmp_path / "out"
    fresh_build()
    every = len(made)
    assert every > 3
    made.clear()
    _prose(site)  # no figure changes: every CSV is the previous build's
    fresh_build()
    assert made == []
    (out / "data/indicators.csv").write_bytes(b"tampered")  # a damaged download is made again
    _figure(site)  # one figure: the whole table, its indicator's and its region's files
    fresh_build()
    assert 0 < len(made) < every
    assert _tree(out) == _clean(site, tmp_path)
