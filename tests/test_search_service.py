"""The search index's conversation with Pagefind: which pages are sent, answers read as they come,
and a Pagefind process that stops answering becomes a warning, never a hang."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import re
import stat
import sys

import pytest

import bulletin.site.search as search
from bulletin.content.config import load_config
from bulletin.core.model import OutputFile, SiteConfig

pytestmark = pytest.mark.slow


def _page(title: str, text: str, body: bool, lang: str = "zh-CN") -> bytes:
    mark = " data-pagefind-body" if body else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><nav>导航 {title}</nav><main{mark}><h1>{title}</h1><p>{text}</p></main></body></html>"
    ).encode()


def _config(make_site) -> SiteConfig:  # type: ignore[no-untyped-def]
    config, _ = load_config(make_site({}), jobs=1)
    return config


def _records(files: list[OutputFile]) -> int:
    entry = next(f for f in files if f.path == "pagefind/pagefind-entry.json")
    return sum(info["page_count"] for info in json.loads(entry.data)["languages"].values())


PAGES = [
    OutputFile("bulletins/a/index.html", _page("上半年公报", "地区生产总值增长8.4%", True)),
    OutputFile("indicators/gdp/index.html", _page("地区生产总值", "图表与数据表", False)),
    OutputFile("bulletins/b/index.html", _page("一季度公报", "规模以上工业增加值增长6.1%", True)),
    OutputFile("regions/x/index.html", _page("滨河区", "各期公报", False)),
]


def test_pages_without_the_body_mark_are_not_sent_and_the_index_is_the_same(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = _config(make_site)
    sent: list[str] = []
    add = search._add_page

    async def recording(index, config, page, content):  # type: ignore[no-untyped-def]
        sent.append(page.path)
        await add(index, config, page, content)

    monkeypatch.setattr(search, "_add_page", recording)
    files, found = search.search_files(config, PAGES, [])
    assert not found and sent == ["bulletins/a/index.html", "bulletins/b/index.html"]
    # Pagefind's own rule: with every page sent, the pages without the mark are left out all the same.
    sent.clear()
    monkeypatch.setattr(search, "_BODY", re.compile(rb""))
    everything, found = search.search_files(config, PAGES, [])
    assert not found and len(sent) == len(PAGES)
    assert {f.path: f.data for f in files} == {f.path: f.data for f in everything}
    assert _records(files) == 2


_CHART = (
    '<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>图表独有词甲</title>'
    '<g><text x="1" y="1">坐标轴独有词乙 2023</text></g><svg><text>内层丙</text></svg></svg>'
    "<figcaption>图注: 地区生产总值走势</figcaption></figure>"
)


def test_charts_are_not_sent_and_the_index_is_the_same(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = _config(make_site)
    pages = [OutputFile(p.path, p.data.replace(b"</main>", _CHART.encode() + b"</main>")) for p in PAGES]
    sent: list[bytes] = []
    add = search._add_page

    async def recording(index, config, page, content):  # type: ignore[no-untyped-def]
        sent.append(search.without_svg(content))
        await add(index, config, page, content)

    monkeypatch.setattr(search, "_add_page", recording)
    files, found = search.search_files(config, pages, [])
    assert not found and sent and all(b"<svg" not in s and "图注".encode() in s for s in sent)
    # Pagefind's own rule: sent whole, the charts' text is not indexed either.
    monkeypatch.setattr(search, "without_svg", lambda html: html)
    whole, found = search.search_files(config, pages, [])
    assert not found and {f.path: f.data for f in files} == {f.path: f.data for f in whole}


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        (b"a<svg x><g>t</g></svg>b", b"ab"),
        (b"a<svg><svg>x</svg>y</svg>b<SVG viewBox='0'>c</Svg>d", b"abd"),
        (b"a<svg/>b<svg x=1 />c", b"abc"),
        (b"a<svgfoo>b</svgfoo>c", b"a<svgfoo>b</svgfoo>c"),
        (b"a<svg>never closed", b"a<svg>never closed"),
    ],
)
def test_without_svg_removes_whole_svg_elements_only(html: bytes, kept: bytes) -> None:
    assert search.without_svg(html) == kept


def test_languages_indexed_side_by_side_give_the_files_of_one_pagefind_run(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = _config(make_site)
    english = [
        OutputFile("en/bulletins/a/index.html", _page("H1 review", "GDP grew 8.4%", True, "en")),
        OutputFile("en/indicators/gdp/index.html", _page("GDP", "charts", False, "en")),
    ]
    pages = PAGES + english
    aliases = [
        ("zh-CN", "indicators/gdp/", "地区生产总值", "地区生产总值 GDP"),
        ("en", "indicators/gdp/", "GDP", "GDP"),
    ]
    parts: list[int] = []
    index_part = search._index_part

    async def counting(config, pages, aliases):  # type: ignore[no-untyped-def]
        parts.append(len(pages))
        return await index_part(config, pages, aliases)

    monkeypatch.setattr(search, "_index_part", counting)
    split, found = search.search_files(config, pages, aliases)
    assert not found and parts == [2, 1]  # one Pagefind per language, each given its own pages
    sent = [page for page, _ in search._to_send(pages)]
    one = search._stable_names(asyncio.run(index_part(config, sent, aliases)))
    assert {f.path: f.data for f in split} == {f.path: f.data for f in one}
    entry = json.loads(next(f for f in split if f.path == "pagefind/pagefind-entry.json").data)
    assert set(entry["languages"]) == {"zh-cn", "en"}


def test_a_site_whose_templates_have_no_body_mark_indexes_every_page(make_site) -> None:  # type: ignore[no-untyped-def]
    pages = [OutputFile(p.path, p.data.replace(b" data-pagefind-body", b"")) for p in PAGES]
    files, found = search.search_files(_config(make_site), pages, [])
    assert not found and _records(files) == len(pages)


def test_answers_are_read_without_waiting_between_them(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The Python API's own reader sleeps 0.1 s before each answer: a minute on a site of 600 pages.
    naps: list[float] = []
    real_sleep = asyncio.sleep

    async def counting(delay: float, *args, **kwargs):  # type: ignore[no-untyped-def]
        naps.append(delay)
        return await real_sleep(delay, *args, **kwargs)

    monkeypatch.setattr(asyncio, "sleep", counting)
    alias = ("zh-CN", "indicators/gdp/", "GDP", "GDP")
    files, found = search.search_files(_config(make_site), PAGES, [alias])
    assert not found and _records(files) == 3
    assert [d for d in naps if d > 0] == []


def test_a_pagefind_that_stops_answering_is_a_warning_not_a_hang(make_site, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pagefind.service

    # A stand-in binary that reads the first question and quits without answering.
    fake = tmp_path / "pagefind-quits"
    fake.write_text(f"#!{sys.executable}\nimport sys\nsys.stdin.buffer.read(1)\nsys.exit(3)\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(pagefind.service, "_must_get_executable", lambda: fake)
    config = _config(make_site)
    pool = concurrent.futures.ThreadPoolExecutor(1)
    try:  # a hang fails the test after a minute instead of stalling the run
        files, found = pool.submit(search.search_files, config, PAGES, []).result(timeout=60)
    finally:
        pool.shutdown(wait=False)
    assert files == [] and len(found) == 1
    assert found[0].code == "W605" and "Pagefind stopped answering" in found[0].message


def test_the_index_comes_whole_from_pagefinds_answer_even_past_the_apis_2_mib(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Pagefind answers write_files before its last writes reach the disk (an empty wasm file one
    # build in a few), so the index is taken from its answer to get_files, never from a folder.
    import random

    import pagefind.index

    async def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the index went through the disk")

    monkeypatch.setattr(pagefind.index.PagefindIndex, "write_files", refused)
    rng = random.Random(7)
    words = ["".join(rng.choices("bcdfghjklmnpqrstvwxz", k=9)) for _ in range(120_000)]
    pages = [
        OutputFile(
            f"bulletins/{n}/index.html", _page(f"公报{n}", " ".join(words[n * 2000 : (n + 1) * 2000]), True)
        )
        for n in range(60)
    ]
    files, found = search.search_files(_config(make_site), pages, [])
    assert not found and _records(files) == len(pages)
    assert sum(len(f.data) for f in files) * 4 / 3 > 2**21  # one answer larger than the API's limit
    assert all(f.data for f in files)
    wasm = next(f for f in files if f.path == "pagefind/wasm.unknown.pagefind")
    assert wasm.data[:2] == b"\x1f\x8b"  # gzip, whole


def test_a_question_pagefind_refuses_ends_its_process_too(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The API's close raises the first failed answer before it terminates Pagefind: without care the
    # process outlived the build (and its pipes were closed only when collected).
    launched: list[asyncio.subprocess.Process] = []

    async def refused(index, config, page, content):  # type: ignore[no-untyped-def]
        launched.append(index._service._backend)
        await index._service.send({"type": "DeleteIndex", "index_id": 999})  # no such index

    monkeypatch.setattr(search, "_add_page", refused)
    files, found = search.search_files(_config(make_site), PAGES, [])
    assert files == [] and len(found) == 1 and found[0].code == "W605"
    assert launched and launched[0].returncode is not None  # Pagefind has ended
