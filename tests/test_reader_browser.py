"""The reader's site in Debian's Chromium at a phone's and a desktop's width: nothing wider than the
screen, table names readable, chart text between 12 and 16 CSS px, Chinese search, A4 print.

Screenshots are written as test artefacts to $BULLETIN_ARTIFACTS/screenshots (default: the test's
temporary folder). Skipped without Chromium locally; under CI a missing Chromium is a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin.content.config import load_config
from bulletin.pipeline import build
from conftest import EXAMPLE
from test_browser import ARGS, CHROMIUM

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = ("", "bulletins/2023-h1/", "indicators/gdp/", "indicators/", "archive/", "tags/", "data/",
         "en/", "en/bulletins/2023-h1/", "en/indicators/gdp/", "search/?q=生产总值")  # fmt: skip

MEASURE = """() => {
  const tables = [...document.querySelectorAll('table')].map((t) => {
    const cell = t.querySelector('tbody tr > :first-child');
    if (!cell || !cell.getClientRects().length) return null;
    return cell.getBoundingClientRect().width / parseFloat(getComputedStyle(cell).fontSize);
  }).filter((w) => w !== null);
  const sizes = [];
  for (const svg of document.querySelectorAll('svg.chart')) {
    const box = svg.getBoundingClientRect();
    if (!box.width) continue;  // the drawing for the other width
    const scale = box.width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text')) {
      sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
    }
  }
  return {overflow: document.documentElement.scrollWidth - window.innerWidth, tables, sizes};
}"""


def _served(out: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("reader-browser") / "site"
    config, _ = load_config(EXAMPLE, output_dir=out, jobs=1)
    result = build(config)
    assert result.files, [str(d) for d in result.diagnostics]
    yield from _served(out)


@pytest.fixture(scope="module")
def one_page_shards_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example site with its search index cut into shards of one page each."""
    import bulletin.site.search as search

    out = tmp_path_factory.mktemp("reader-shards") / "site"
    config, _ = load_config(EXAMPLE, output_dir=out, jobs=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "shard_size", lambda pages: 1)
        result = build(replace(config, cache_path=out.parent / "cache"))
    assert result.files, [str(d) for d in result.diagnostics]
    yield from _served(out)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if CHROMIUM is None:
        pytest.skip("no Chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = Path(os.environ["BULLETIN_ARTIFACTS"]) if os.environ.get("BULLETIN_ARTIFACTS") else None
    folder = (root or tmp_path_factory.mktemp("artifacts")) / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("width", [390, 1280])
def test_pages_fit_tables_read_and_chart_text_is_12_to_16_px(
    browser, site_url: str, shots: Path, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, is_mobile=width < 500)
    tab = context.new_page()
    charts = 0
    for path in PAGES:
        tab.goto(site_url + path)
        got = tab.evaluate(MEASURE)
        assert got["overflow"] <= 0, f"{path} at {width}px is {got['overflow']}px wider than the screen"
        assert all(w >= 6 for w in got["tables"]), f"{path} at {width}px: first columns {got['tables']} em"
        if got["sizes"]:
            charts += 1
            assert min(got["sizes"]) >= 12, f"{path} at {width}px: chart text {min(got['sizes']):.1f}px"
            assert max(got["sizes"]) <= 16.01, f"{path} at {width}px: chart text {max(got['sizes']):.1f}px"
    assert charts >= 4
    for name, path in (("home", ""), ("bulletin", "bulletins/2023-h1/")):
        tab.goto(site_url + path)
        tab.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
        assert (shots / f"{name}-{width}.png").stat().st_size > 10_000
    context.close()


@pytest.mark.parametrize(
    ("path", "query", "expect"),
    [
        ("search/", "生产总值", "地区生产总值"),
        ("search/", "固定资产投资", "固定资产投资"),
        ("search/", "第23位", "上半年经济运行稳中向好"),
        ("search/", "规上工业", "规模以上工业增加值"),
        ("en/search/", "exports", "Exports"),
    ],
)
def test_search_finds_chinese_and_english_terms(
    browser, site_url: str, path: str, query: str, expect: str
) -> None:
    tab = browser.new_page()
    tab.goto(f"{site_url}{path}?q={query}")
    tab.wait_for_selector("#search-results li", timeout=15_000)
    titles = tab.locator("#search-results li a").all_inner_texts()
    assert any(expect in title for title in titles), titles
    tab.close()


def _results(browser, url: str) -> list[str]:  # type: ignore[no-untyped-def]
    tab = browser.new_page()
    tab.goto(url)
    tab.wait_for_selector("#search-results li", timeout=15_000)
    found = tab.locator("#search-results li a").evaluate_all("(links) => links.map((a) => a.pathname)")
    tab.close()
    return found


def test_search_merges_every_shard_into_one_list(browser, site_url: str, one_page_shards_url: str) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(one_page_shards_url + "pagefind/shards.json") as answer:
        assert len(json.load(answer)["zh-cn"]) >= 6  # one per bulletin and page
    for query in ("生产总值", "第23位", "固定资产投资", "规上工业", "上半年经济运行稳中向好", "会议"):
        whole = _results(browser, f"{site_url}search/?q={query}")
        merged = _results(browser, f"{one_page_shards_url}search/?q={query}")
        # The same best result, and every page one index finds. (Each shard weighs words by its own
        # pages: with shards of one page, a long query also lists pages that match part of it.)
        assert whole and merged[0] == whole[0] and set(whole) <= set(merged), (query, whole, merged)


def test_search_box_on_every_page_submits_to_the_search_page(browser, site_url: str) -> None:
    tab = browser.new_page()
    tab.goto(site_url + "bulletins/2023-h1/")
    tab.fill("#site-search-q", "规上工业")
    tab.press("#site-search-q", "Enter")
    tab.wait_for_selector("#search-results li", timeout=15_000)
    assert "search/" in tab.url
    tab.close()


def test_dark_mode_recolours_the_charts(browser, site_url: str) -> None:
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(site_url + "bulletins/2023-h1/")
    fill = tab.evaluate("getComputedStyle(document.querySelector('svg.chart text')).fill")
    assert fill == "rgb(230, 233, 238)", fill  # --chart-ink of the dark theme, not #222
    context.close()


def test_a_bulletin_prints_on_a4_without_navigation(browser, site_url: str, shots: Path) -> None:
    tab = browser.new_page()
    tab.goto(site_url + "bulletins/2023-h1/")
    tab.emulate_media(media="print")
    assert not tab.locator(".site-header").is_visible() and not tab.locator(".pager").is_visible()
    assert (
        tab.locator(".print-source").is_visible()
        and "binhe.example.org" in tab.locator(".print-source").inner_text()
    )
    assert (
        tab.evaluate("getComputedStyle(document.querySelector('#indicator-table thead')).display")
        == "table-header-group"
    )
    assert (
        tab.evaluate("getComputedStyle(document.querySelector('#indicator-table tbody tr')).breakInside")
        == "avoid"
    )
    pdf = tab.pdf(prefer_css_page_size=True)
    (shots / "bulletin-a4.pdf").write_bytes(pdf)
    box = pdf.split(b"/MediaBox", 1)[1].split(b"]", 1)[0].strip(b" [")
    assert [round(float(v)) for v in box.split()] == [0, 0, 595, 842]  # A4 in points
    tab.close()
