"""The search index's conversation with Pagefind: which pages are sent, answers read as they come,
and a Pagefind process that stops answering becomes a warning, never a hang."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import re
import stat
import sys
from dataclasses import replace

import pytest

import bulletin.site.search as search
from bulletin.content.config import load_config
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.site import pagetext

pytestmark = pytest.mark.slow


def _page(title: str, text: str, body: bool, lang: str = "zh-CN") -> bytes:
    mark = " data-pagefind-body" if body else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><nav>导航 {title}</nav><main{mark}><h1>{title}</h1><p>{text}</p></main></body></html>"
    ).encode()


def _config(make_site) -> SiteConfig:  # type: ignore[no-untyped-def]
    config, _ = load_config(make_site({}), jobs=1)
    return replace(config, force=True)  # every index made afresh: compared indexes are both Pagefind's


def _records(files: list[OutputFile], root: bool = False) -> int:
    """Pages in the shards' indexes (or records in the root's, with ``root``)."""
    entries = [f for f in files if f.path.endswith("pagefind-entry.json")]
    return sum(
        info["page_count"]
        for f in entries
        if (f.path == "pagefind/pagefind-entry.json") == root
        for info in json.loads(f.data)["languages"].values()
    )


def _sent(monkeypatch, part: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    """The URL (``part="url"``) or HTML of every page sent to Pagefind from now on; each is
    still indexed as it was."""
    sent: list[object] = []
    add = search._add_page

    async def recording(index, url, html):  # type: ignore[no-untyped-def]
        sent.append(url if part == "url" else html)
        await add(index, url, html)

    monkeypatch.setattr(search, "_add_page", recording)
    return sent


PAGES = [
    OutputFile("bulletins/a/index.html", _page("上半年公报", "地区生产总值增长8.4%", True)),
    OutputFile("indicators/gdp/index.html", _page("地区生产总值", "图表与数据表", False)),
    OutputFile("bulletins/b/index.html", _page("一季度公报", "规模以上工业增加值增长6.1%", True)),
    OutputFile("regions/x/index.html", _page("滨河区", "各期公报", False)),
]


def test_pages_without_the_body_mark_are_not_sent_and_the_index_is_the_same(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = _config(make_site)
    sent = _sent(monkeypatch, "url")
    files, found = search.search_files(config, PAGES, [])
    assert not found and sent == ["/bulletins/a/", "/bulletins/b/"]
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
    sent = _sent(monkeypatch, "html")
    files, found = search.search_files(config, pages, [])
    assert not found and sent and all(b"<svg" not in s and "图注".encode() in s for s in sent)
    # Pagefind's own rule: sent whole, the charts' text is not indexed either.
    monkeypatch.setattr(search, "for_index", lambda html: html)
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
    assert pagetext.without_svg(html) == kept


def _chrome(title: str, text: str, nav: str, lang: str = "zh-CN") -> bytes:
    """A page with a head, navigation, an aside and a footer around its marked body."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} · 站点</title>'
        f'<link rel="stylesheet" href="/assets/style.{nav}.css"></head><body><header><nav>{nav} 首页 指标'
        f'</nav></header><main><article class="b" data-pagefind-body><header><h2>期号</h2></header>'
        f"<h2>{title}</h2><p>{text}</p><article><p>内文 {text}</p></article></article>"
        f"<aside>相关公报 {nav}</aside></main><footer>版权 {nav}</footer></body></html>"
    ).encode()


def test_only_the_marked_body_is_sent_and_the_index_is_the_same(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = _config(make_site)
    pages = [
        OutputFile("bulletins/a/index.html", _chrome("上半年公报", "地区生产总值增长8.4%", "甲")),
        OutputFile("bulletins/b/index.html", _chrome("一季度公报", "固定资产投资增长3.1%", "甲")),
        OutputFile("en/bulletins/a/index.html", _chrome("H1 bulletin", "GDP grew 8.4 percent", "甲", "en")),
    ]
    sent = _sent(monkeypatch, "html")
    files, found = search.search_files(config, pages, [])
    assert not found and len(sent) == 3
    assert all("首页".encode() not in s and "版权".encode() not in s and "内文".encode() in s for s in sent)
    monkeypatch.setattr(search, "for_index", lambda html: html)
    whole, found = search.search_files(config, pages, [])
    assert not found and {f.path: f.data for f in files} == {f.path: f.data for f in whole}


def test_an_edit_of_the_chrome_changes_nothing_sent() -> None:
    before, after = _chrome("公报", "增长8.4%", "甲"), _chrome("公报", "增长8.4%", "乙")
    assert before != after and pagetext.for_index(before) == pagetext.for_index(after)
    assert pagetext.for_index(_chrome("公报", "增长8.5%", "甲")) != pagetext.for_index(before)


def test_a_template_edit_outside_the_body_indexes_nothing_again(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = replace(_config(make_site), force=False)
    pages = [OutputFile(f"bulletins/{n}/index.html", _chrome(f"公报{n}", f"第{n}期", "甲")) for n in range(4)]
    sent = _sent(monkeypatch, "url")
    first, found = search.search_files(config, pages, ALIASES[:1])
    assert not found and len(sent) == 4
    sent.clear()
    # a new stylesheet fingerprint and navigation on every page: the index is what it was
    restyled = [OutputFile(p.path, _chrome(f"公报{n}", f"第{n}期", "乙")) for n, p in enumerate(pages)]
    again, found = search.search_files(config, restyled, ALIASES[:1])
    assert not found and sent == [] and _by_path(again) == _by_path(first)


@pytest.mark.parametrize(
    "outside",
    [
        "<h1>标题</h1>",  # Pagefind's default title
        '<img src="a.png" alt="">',  # and its default image
        '<span data-pagefind-meta="period">2023</span>',
        '<span data-pagefind-filter="region">滨河区</span>',
        "<div data-pagefind-body><p>第二个</p></div>",
    ],
)
def test_a_page_that_says_more_outside_its_body_is_sent_whole(outside: str) -> None:
    html = _chrome("公报", "增长8.4%", "甲").replace(b"<footer>", outside.encode() + b"<footer>")
    assert pagetext.body_only(html) == html


ENGLISH = [
    OutputFile("en/bulletins/a/index.html", _page("H1 review", "GDP grew 8.4%", True, "en")),
    OutputFile("en/indicators/gdp/index.html", _page("GDP", "charts", False, "en")),
]
ALIASES = [
    ("zh-CN", "indicators/gdp/", "地区生产总值", "地区生产总值 GDP"),
    ("en", "indicators/gdp/", "GDP", "GDP"),
]


def _by_path(files: list[OutputFile]) -> dict[str, bytes]:
    return {f.path: f.data for f in files}


def test_each_language_has_its_own_shards_and_the_root_holds_the_aliases(make_site) -> None:  # type: ignore[no-untyped-def]
    files, found = search.search_files(_config(make_site), PAGES + ENGLISH, ALIASES)
    assert not found
    data = _by_path(files)
    listed = json.loads(data["pagefind/shards.json"])
    assert set(listed) == {"zh-cn", "en"}
    for lang, shards in listed.items():
        for shard in shards:
            assert set(json.loads(data[f"pagefind/{shard}pagefind-entry.json"])["languages"]) == {lang}
    assert set(json.loads(data["pagefind/pagefind-entry.json"])["languages"]) == {"zh-cn", "en"}
    assert _records(files) == 3 and _records(files, root=True) == 2
    # Scripts and WebAssembly come once, from the root: a merged index runs on the root's.
    in_shards = [p for p in data if p.startswith("pagefind/s/")]
    assert in_shards and not [p for p in in_shards if p.endswith((".js", ".pagefind"))]
    assert "pagefind/pagefind.js" in data and "pagefind/pagefind-worker.js" in data


def test_an_edit_indexes_its_own_shard_again_and_nothing_else(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = replace(_config(make_site), force=False)
    monkeypatch.setattr(search, "shard_size", lambda pages: 2)  # shards of one or two pages
    pages = [OutputFile(f"bulletins/{n}/index.html", _page(f"公报{n}", f"第{n}期", True)) for n in range(8)]
    sent = _sent(monkeypatch, "url")
    first, found = search.search_files(config, pages, ALIASES[:1])
    assert not found and sorted(sent) == sorted(f"/bulletins/{n}/" for n in range(8))
    shards = json.loads(_by_path(first)["pagefind/shards.json"])["zh-cn"]
    assert len(shards) >= 3
    sent.clear()
    again, found = search.search_files(config, pages, ALIASES[:1])
    assert not found and sent == [] and _by_path(again) == _by_path(first)  # all from the cache

    edited = [*pages[:5], OutputFile(pages[5].path, _page("公报5", "改过的 进出口总额", True)), *pages[6:]]
    changed, found = search.search_files(config, edited, ALIASES[:1])
    assert not found and "/bulletins/5/" in sent and len(sent) <= 2  # its shard: one or two pages
    before, after = _by_path(first), _by_path(changed)
    new_shards = json.loads(after["pagefind/shards.json"])["zh-cn"]
    assert len(set(new_shards) - set(shards)) == 1 and len(new_shards) == len(shards)
    old = {s.removeprefix("s/") for s in shards}
    kept = [p for p in after if not p.startswith("pagefind/s/") or p.split("/")[2] + "/" in old]
    assert all(after[p] == before[p] for p in kept if p != "pagefind/shards.json")
    # The same files as an index made afresh.
    fresh, found = search.search_files(replace(config, force=True), edited, ALIASES[:1])
    assert not found and _by_path(fresh) == after


def test_a_damaged_cache_entry_is_indexed_again(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = replace(_config(make_site), force=False)
    first, found = search.search_files(config, PAGES + ENGLISH, ALIASES)
    entries = [p for p in (config.cache_dir / "search").rglob("*") if p.is_file()]
    assert entries
    for n, entry in enumerate(entries):
        blob = bytearray(entry.read_bytes())
        if n % 2:
            blob[-1] ^= 1  # an edited byte
        else:
            del blob[len(blob) // 2 :]  # truncated
        entry.write_bytes(bytes(blob))
    sent = _sent(monkeypatch, "url")
    again, found = search.search_files(config, PAGES + ENGLISH, ALIASES)
    assert not found and len(sent) == 3 and _by_path(again) == _by_path(first)


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
    assert not found and _records(files) == 2 and _records(files, root=True) == 2  # and en's home
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
    monkeypatch.setattr(search, "chunks", lambda paths, size: [list(paths)])  # one shard: one answer
    files, found = search.search_files(_config(make_site), pages, [])
    assert not found and _records(files) == len(pages)
    shard = [f for f in files if f.path.startswith("pagefind/s/")]
    assert sum(len(f.data) for f in shard) * 4 / 3 > 2**21  # one answer larger than the API's limit
    assert all(f.data for f in files)
    wasm = next(f for f in files if f.path == "pagefind/wasm.unknown.pagefind")
    assert wasm.data[:2] == b"\x1f\x8b"  # gzip, whole


def test_a_question_pagefind_refuses_ends_its_process_too(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The API's close raises the first failed answer before it terminates Pagefind: without care the
    # process outlived the build (and its pipes were closed only when collected).
    launched: list[asyncio.subprocess.Process] = []

    async def refused(index, url, html):  # type: ignore[no-untyped-def]
        launched.append(index._service._backend)
        await index._service.send({"type": "DeleteIndex", "index_id": 999})  # no such index

    monkeypatch.setattr(search, "_add_page", refused)
    files, found = search.search_files(_config(make_site), PAGES, [])
    assert files == [] and len(found) == 1 and found[0].code == "W605"
    assert launched and launched[0].returncode is not None  # Pagefind has ended


def test_shards_are_read_only_when_a_pagefind_is_free_for_them(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The client holds the pages of as many shards as Pagefind processes run at once, never the site's.
    held: list[int] = []
    most = 0

    async def indexing(bundle):  # type: ignore[no-untyped-def]
        nonlocal most
        most = max(most, len(held))
        await asyncio.sleep(0.01)
        held.remove(bundle.pages[0][1][0])
        return [("pagefind-entry.json", bytes(bundle.pages[0][1]))]

    def make(n: int) -> search.Bundle:
        held.append(n)
        return search.Bundle(pages=((f"/{n}/", bytes([n])),))

    monkeypatch.setattr(search, "_index_bundle", indexing)
    files = search._side_by_side([lambda n=n: make(n) for n in range(7)], 2)
    assert files == [[("pagefind-entry.json", bytes([n]))] for n in range(7)]
    assert most == 2 and held == []


def test_a_page_known_by_its_digest_is_not_read_again(make_site) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    config = replace(_config(make_site), force=False)
    read: list[str] = []

    def page(path: str, html: bytes) -> OutputFile:
        def load() -> bytes:
            read.append(path)
            return html

        return OutputFile(path, b"", digest=hashlib.sha256(html).hexdigest(), load=load)

    pages = [page(p.path, p.data) for p in PAGES]
    first, found = search.search_files(config, pages, [])
    assert not found and sorted(set(read)) == sorted(p.path for p in PAGES)
    read.clear()
    again, found = search.search_files(config, pages, [])
    assert not found and read == [] and _by_path(again) == _by_path(first)
    edited = [
        *pages[:2],
        page(PAGES[2].path, PAGES[2].data.replace(b"6.1%", b"6.2%")),
        pages[3],
    ]
    changed, found = search.search_files(config, edited, [])
    # The edited page is read to learn it, then its shard's pages to index them; no other page is.
    assert not found and PAGES[2].path in read and set(read) <= {PAGES[0].path, PAGES[2].path}
    fresh, found = search.search_files(replace(config, force=True), edited, [])
    assert _by_path(fresh) == _by_path(changed) != _by_path(first)
