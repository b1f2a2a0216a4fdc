"""The built example site in a real browser: headless Chromium driven by Playwright, over HTTP.

Needs Debian's chromium (``apt-get install chromium``). Without it these tests
are skipped locally; under CI (``CI`` set, as ``.ci/run`` does) a missing
browser is a failure, so CI never goes green without running them.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = os.environ.get("BULLETIN_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# Chromium's background services try the network at start-up; a CI runner may have none.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI needs Chromium for the browser tests: apt-get install chromium")
    pytest.skip("no Chromium (apt-get install chromium) for the browser tests", allow_module_level=True)


@pytest.fixture(scope="module")
def site_url(example_out: Path) -> Iterator[str]:
    """The example site (built once per session) served on 127.0.0.1 at a random port."""
    out = example_out
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for the module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _failed(tab, req) -> None:  # type: ignore[no-untyped-def]
    # A click that leaves the page cancels what is still loading, such as the favicon,
    # which is not part of the load event; Chromium reports that as ERR_ABORTED.
    # Missing files come back as 404 and are caught by the response handler.
    if req.failure != "net::ERR_ABORTED":
        tab.problems.append(f"failed: {req.url} ({req.failure})")


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    """A fresh page that records console errors and failed requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda msg: msg.type == "error" and tab.problems.append(msg.text))
    tab.on("requestfailed", lambda req: _failed(tab, req))
    tab.on("response", lambda res: res.status >= 400 and tab.problems.append(f"{res.status}: {res.url}"))
    yield tab
    context.close()


def test_home_shows_dashboard_and_latest_bulletins(page, site_url: str) -> None:
    page.goto(site_url)
    assert page.title() == "滨河经开区经济运行公报"
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    cards = page.locator(".dashboard .card")
    assert cards.count() >= 4
    assert "地区生产总值" in cards.first.inner_text()
    assert page.locator(".bulletin-list > li").count() == 6
    assert page.problems == []


def test_bulletin_page_table_and_charts(page, site_url: str) -> None:
    page.goto(site_url)
    page.get_by_role("link", name="上半年经济运行稳中向好 奋战三季度确保全年目标").first.click()
    page.wait_for_url("**/bulletins/2023-h1/")
    row = page.locator("#indicator-table tbody tr", has_text="地区生产总值")
    assert "682.3" in row.inner_text() and "+8.4" in row.inner_text()
    charts = page.locator("figure.chart-figure svg[role=img]")
    assert charts.count() >= 2  # growth and ranks
    assert charts.first.locator("title").count() == 1
    assert page.locator("figure.chart-figure figcaption").first.inner_text().strip()
    assert page.problems == []


def test_language_switch_keeps_the_page(page, site_url: str) -> None:
    page.goto(site_url + "bulletins/2023-h1/")
    page.locator("a.lang-switch").click()
    page.wait_for_url("**/en/bulletins/2023-h1/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Indicator table").count() == 1
    assert "Gross domestic product" in page.locator("#indicator-table").inner_text()
    # The bulletin's own text stays Chinese and says so.
    assert page.locator(".prose").get_attribute("lang") == "zh-CN"


def test_indicator_page_has_chart_table_and_downloads(page, site_url: str) -> None:
    page.goto(site_url + "indicators/gdp/")
    assert page.locator("h1").inner_text() == "地区生产总值"
    assert page.locator("figure.chart-figure svg").count() >= 1
    assert page.locator("#history-table tbody tr").count() >= 6
    href = page.get_by_role("link", name="CSV").first.get_attribute("href")
    response = page.request.get(site_url.rstrip("/") + href)
    assert response.ok and response.body().startswith(b"\xef\xbb\xbf")
    assert page.problems == []


def test_phone_layout_does_not_scroll_sideways(browser, site_url: str) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True
    )
    tab = context.new_page()
    for path in ("", "bulletins/2023-h1/", "indicators/gdp/", "indicators/"):
        tab.goto(site_url + path)
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
        # The header keeps the same side margin as the text below it.
        brand = tab.locator(".brand").bounding_box()
        heading = tab.locator("main h1, main h2").first.bounding_box()
        assert brand is not None and heading is not None
        assert brand["x"] >= 12 and abs(brand["x"] - heading["x"]) <= 1, (path, brand, heading)
    context.close()


def test_print_hides_navigation(page, site_url: str) -> None:
    page.goto(site_url + "bulletins/2023-h1/")
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert page.locator("#indicator-table").is_visible()


def test_unknown_page_serves_the_404_page(page, site_url: str) -> None:
    response = page.request.get(site_url + "404.html")
    assert response.ok
    assert "页面不存在" in response.text()


def test_every_internal_link_resolves(page, site_url: str) -> None:
    """Crawl the Chinese and English sites from the home pages; every internal link must load."""
    seen: set[str] = set()
    queue = [site_url, site_url + "en/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = page.request.get(url)
        assert response.ok, f"{url}: {response.status}"
        if not response.headers.get("content-type", "").startswith("text/html"):
            continue
        page.goto(url)
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            target = href.split("#")[0]
            if target.startswith(site_url) and target not in seen:
                queue.append(target)
    assert len(seen) > 50
