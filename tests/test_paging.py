"""Lists that grow with the archive are split over numbered pages (site/paging.py): the archive
and an indicator's table of every period. A list that fits one page is exactly as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin.content.config import load_config
from bulletin.core.errors import ContentError
from bulletin.pipeline import build
from bulletin.site.paging import numbered, pager, ranges
from conftest import bulletin_text


def test_ranges_cover_every_item_once() -> None:
    assert ranges(0, 100) == [(0, 0)]
    assert ranges(5, 2) == [(0, 2), (2, 4), (4, 5)]
    assert ranges(4, 2) == [(0, 2), (2, 4)]


def test_the_pager_shows_neighbours_ends_and_gaps() -> None:
    assert pager("archive/", 1, 1) is None
    p = pager("archive/", 5, 9)
    assert p is not None and p["previous"] == "archive/4/" and p["next"] == "archive/6/"
    numbers = [item["number"] if item else None for item in p["pages"]]
    assert numbers == [1, None, 3, 4, 5, 6, 7, None, 9]
    ends = [item["url"] for item in p["pages"] if item and item["number"] in (1, 9)]
    assert ends == ["archive/", "archive/9/"]
    first = pager("archive/", 1, 2)
    assert first is not None and first["previous"] is None and first["next"] == numbered("archive/", 2)


def _site(make_site: Callable[..., Path], count: int) -> Path:
    files = {}
    for i in range(count):
        year, quarter = 2000 + i // 4, i % 4 + 1
        period = f"{year}-Q{quarter}"
        words = "一二三四"[quarter - 1]
        body = f"{words}季度,全区地区生产总值完成{100 + i}.5亿元,同比增长{i % 7}.1%。"
        files[f"content/{year}/{year}-q{quarter}.md"] = bulletin_text(
            body, period=period, date=f"{year}-{quarter * 3:02d}-28"
        )
    return make_site(files)


def test_a_long_archive_and_a_long_table_are_split_and_nothing_is_lost(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _site(make_site, 10)
    (root / "bulletin.yaml").write_text("title: 分页\nper_page: 5\n", encoding="utf-8")
    config, _ = load_config(root)
    config = replace(config, per_page=4)  # below what bulletin.yaml allows: small pages to count
    out = tmp_path / "out"
    result = build(replace(config, output_dir=out, cache_path=tmp_path / "cache"))
    assert result.files, [str(d) for d in result.diagnostics][:3]
    archive = [out / "archive" / "index.html", *(out / "archive" / n / "index.html" for n in ("2", "3"))]
    assert all(p.is_file() for p in archive) and not (out / "archive" / "4").exists()
    linked = [re.findall(r'href="(/bulletins/[^"]+/)"', p.read_text(encoding="utf-8")) for p in archive]
    listed = [link for page in linked for link in dict.fromkeys(page)]
    assert len(listed) == 10 and len(set(listed)) == 10  # every bulletin once, none twice
    second = archive[1].read_text(encoding="utf-8")
    assert 'rel="prev" ' not in second and 'href="/archive/" rel="prev"' in second
    assert 'href="/archive/3/" rel="next"' in second and 'aria-current="page">2<' in second
    gdp = out / "indicators" / "gdp"
    pages = [gdp / "index.html", gdp / "2" / "index.html", gdp / "3" / "index.html"]
    assert all(p.is_file() for p in pages)
    rows = [len(re.findall(r"<tr[ >]", p.read_text(encoding="utf-8"))) - 1 for p in pages]  # less the header
    assert rows == [4, 4, 2]
    first, second = (p.read_text(encoding="utf-8") for p in pages[:2])
    assert "<svg" in first and "<svg" not in second  # the charts are on the first page only


def test_per_page_is_checked_with_file_line_and_hint(make_site: Callable[..., Path]) -> None:
    root = make_site({"bulletin.yaml": "title: 站点\nper_page: 3\n"})
    with pytest.raises(ContentError) as caught:
        load_config(root)
    (problem,) = caught.value.diagnostics
    assert problem.code == "E501" and problem.location.line == 2 and "per_page" in (problem.hint or "")
    root = make_site({"bulletin.yaml": "per_page: 20\n"}, name="ok")
    assert load_config(root)[0].per_page == 20


def test_a_list_that_fits_one_page_has_no_pager(make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = _site(make_site, 3)
    config, _ = load_config(root)
    out = tmp_path / "out"
    assert build(replace(config, output_dir=out, cache_path=tmp_path / "cache")).files
    assert 'class="paging"' not in (out / "archive" / "index.html").read_text(encoding="utf-8")
    assert not (out / "archive" / "2").exists() and not (out / "indicators" / "gdp" / "2").exists()
