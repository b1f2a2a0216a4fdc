"""Live reload in a real browser: an open page reloads itself after the bulletin is saved."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bulletin.content.config import load_config
from bulletin.editor.serve import serve
from conftest import bulletin_text
from test_browser import ARGS, CHROMIUM

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_an_open_page_reloads_after_a_save(make_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    root = make_site({"content/2023/h1.md": bulletin_text(body="上半年经济运行平稳。旧的文字。")})
    config, _ = load_config(root, jobs=1)
    config = config.__class__(**{**{f: getattr(config, f) for f in config.__slots__}, "cache_path": tmp_path})
    ready, stop, urls = threading.Event(), threading.Event(), []

    def on_ready(url: str) -> None:
        urls.append(url)
        ready.set()

    thread = threading.Thread(
        target=serve, args=(config, "127.0.0.1", 0), kwargs={"on_ready": on_ready, "stop": stop}
    )
    thread.start()
    try:
        assert ready.wait(120), "serve did not start"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                page = browser.new_page()
                page.goto(urls[0] + "bulletins/h1/")
                assert "旧的文字" in page.content()
                page.evaluate("window.notReloaded = true")
                (root / "content/2023/h1.md").write_text(
                    bulletin_text(body="上半年经济运行平稳。新的文字。"), encoding="utf-8"
                )
                page.wait_for_function("document.body.innerText.includes('新的文字')", timeout=30_000)
                assert page.evaluate("window.notReloaded === undefined")  # a reload, not an edit in place
            finally:
                browser.close()
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
