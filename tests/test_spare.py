"""The site swapped out by a build is parked in the cache and the next build stages into it
(site/spare.py): the result still equals a clean build byte for byte, unchanged files keep their
mtimes, and nothing planted in the parked folder reaches the site or is written through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bulletin.site.spare import SPARE
from test_incremental import CHANGES, _build, _clean, _mtimes, _prose, _tree

pytestmark = pytest.mark.slow


@pytest.fixture
def site(example_copy: Path) -> Path:
    return example_copy


def _parked(tmp_path: Path) -> Path:
    return tmp_path / "cache" / SPARE


@pytest.mark.parametrize("change", ["figure edited", "template edited", "file deleted", "file renamed"])
def test_a_build_staged_in_the_parked_site_equals_a_clean_build(
    site: Path, tmp_path: Path, change: str
) -> None:
    out = tmp_path / "out"
    _build(site, out)
    assert not _parked(tmp_path).exists()  # nothing was swapped out yet
    _prose(site)
    _build(site, out)
    assert _parked(tmp_path).is_dir()  # the first site, kept for the next build
    before, stamps = _tree(out), _mtimes(out)
    CHANGES[change](site)
    _build(site, out)
    after = _tree(out)
    assert after == _clean(site, tmp_path)
    unchanged = [p for p in after if before.get(p) == after[p]]
    assert unchanged and {p: _mtimes(out)[p] for p in unchanged} == {p: stamps[p] for p in unchanged}
    assert _parked(tmp_path).is_dir()  # the second site, parked in turn


def test_nothing_planted_in_the_parked_site_reaches_the_site(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(site, out)
    _prose(site)
    _build(site, out)
    parked = _parked(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("untouched", encoding="utf-8")
    # A file replaced (unlinked first: it may be the published file itself), a stray file, a
    # folder turned into a link to elsewhere, and a page turned into a link to a file elsewhere.
    os.unlink(parked / "index.html")
    (parked / "index.html").write_text("planted", encoding="utf-8")
    (parked / "stray.txt").write_text("planted", encoding="utf-8")
    tags = next(p for p in (parked / "tags").iterdir() if p.is_dir())
    for item in tags.iterdir():
        item.unlink()
    tags.rmdir()
    tags.symlink_to(outside, target_is_directory=True)
    archive = parked / "archive" / "index.html"
    archive.unlink()
    archive.symlink_to(outside / "secret.txt")
    (site / "content/2023/2023-annual.md").write_text(
        (site / "content/2023/2023-annual.md").read_text(encoding="utf-8") + "\n再添一句。\n",
        encoding="utf-8",
    )
    _build(site, out)
    assert _tree(out) == _clean(site, tmp_path)
    assert [p.name for p in outside.iterdir()] == ["secret.txt"]
    assert (outside / "secret.txt").read_text(encoding="utf-8") == "untouched"
    assert not any(p.is_symlink() for p in out.rglob("*"))


def test_a_parked_site_that_is_not_a_folder_is_removed_and_the_build_is_clean(
    site: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _build(site, out)
    (tmp_path / "cache").mkdir(exist_ok=True)
    _parked(tmp_path).write_text("not a folder", encoding="utf-8")
    _prose(site)
    _build(site, out)
    assert _tree(out) == _clean(site, tmp_path)
    assert _parked(tmp_path).is_dir()  # out of the way: the swapped-out site took its place
