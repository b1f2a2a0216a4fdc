"""A quick rebuild that keeps the published search index (serve, between pauses), and the fresh
build after it that indexes again."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin.content.config import load_config
from bulletin.core.model import BuildResult, SiteConfig
from bulletin.pipeline import build
from bulletin.site.search import previous_index
from conftest import bulletin_text

pytestmark = pytest.mark.slow


def _index(out: Path) -> dict[str, bytes]:
    folder = out / "pagefind"
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _site(make_site, body: str) -> SiteConfig:  # type: ignore[no-untyped-def]
    root = make_site({"content/2023/h1.md": bulletin_text(body=body)})
    config, _ = load_config(root, jobs=1)
    return config


def _built(config: SiteConfig) -> BuildResult:
    result = build(config)
    assert result.files, result.diagnostics
    return result


def test_a_preview_rebuild_keeps_the_index_and_the_next_fresh_build_indexes_again(make_site) -> None:  # type: ignore[no-untyped-def]
    config = _site(make_site, "上半年经济运行平稳。甲版文字。")
    _built(config)
    first = _index(config.output_dir)
    assert "pagefind/pagefind-entry.json" in first

    source = config.root / "content/2023/h1.md"
    source.write_text(bulletin_text(body="上半年经济运行平稳。乙版文字。"), encoding="utf-8")
    quick = _built(replace(config, search="previous"))
    assert "乙版文字" in (config.output_dir / "bulletins/h1/index.html").read_text(encoding="utf-8")
    assert _index(config.output_dir) == first  # the index as it was: Pagefind did not run
    assert quick.stats["search_stale"] == 1.0

    # Nothing changed since, yet a fresh build is no no-op: the kept index predates the pages.
    fresh = _built(config)
    assert "unchanged" not in fresh.stats and fresh.stats["pages_reused"] > 0
    assert _index(config.output_dir) != first
    assert "search_stale" not in fresh.stats
    assert _built(config).stats.get("unchanged") == 1.0  # and now it is

    # A quick rebuild with nothing changed is a no-op as well.
    assert _built(replace(config, search="previous")).stats.get("unchanged") == 1.0


def test_a_quick_rebuild_without_an_index_to_keep_indexes(make_site) -> None:  # type: ignore[no-untyped-def]
    config = _site(make_site, "上半年经济运行平稳。")
    _built(replace(config, search="previous"))
    assert "pagefind/pagefind-entry.json" in _index(config.output_dir)


def test_an_index_behind_a_link_is_not_kept(make_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = _site(make_site, "上半年经济运行平稳。")
    _built(config)
    out = config.output_dir
    assert previous_index(out)
    elsewhere = tmp_path / "elsewhere"
    shutil.move(out / "pagefind", elsewhere)
    os.symlink(elsewhere, out / "pagefind")
    assert previous_index(out) == []
    entry = next(elsewhere.rglob("pagefind-entry.json"))
    (out / "pagefind").unlink()
    (out / "pagefind").mkdir()
    os.symlink(entry, out / "pagefind" / "pagefind-entry.json")
    assert previous_index(out) == []


def _tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_a_preview_rebuild_keeps_the_downloads_and_the_next_build_makes_them_again(
    make_site, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    config = _site(make_site, "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。")
    _built(config)
    csv = config.output_dir / "data/indicators.csv"
    before = csv.read_bytes()
    assert "682.3" in before.decode("utf-8")

    source = config.root / "content/2023/h1.md"
    source.write_text(
        bulletin_text(body="上半年,全区地区生产总值完成691.5亿元,同比增长8.4%。"), encoding="utf-8"
    )
    _built(replace(config, search="previous"))
    assert "691.5" in (config.output_dir / "bulletins/h1/index.html").read_text(encoding="utf-8")
    assert csv.read_bytes() == before  # the download as it was: the editor has not paused yet

    # The build after it (serve's, once the editor pauses, or any build) makes it again, and its
    # site is the one a clean build makes.
    _built(config)
    assert "691.5" in csv.read_text(encoding="utf-8") and "682.3" not in csv.read_text(encoding="utf-8")
    clean = replace(config, output_dir=tmp_path / "clean", force=True)
    _built(clean)
    assert _tree(config.output_dir) == _tree(clean.output_dir)
