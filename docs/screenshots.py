"""Screenshots for the README: the example site's home page and a bulletin, on a phone and a desktop.

    python docs/screenshots.py            # writes docs/img/{home,bulletin}-{phone,desktop}.png

Builds the example site (the repository root) into a temporary folder, serves it on loopback and
captures each page's first screen in Chromium through Playwright (the test extra installs it;
Chromium is Debian's, or the one $BULLETIN_CHROMIUM names). The pictures are reduced to 256
colours so the repository stays small; screenshots are not byte-stable across Chromium versions
and are refreshed by hand when the look of the site changes.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

from bulletin import build, load_config

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
PAGES = {"home": "", "bulletin": "bulletins/2023-h1/"}
# (name, viewport width, viewport height, device scale factor): a common phone and a laptop screen.
SCREENS = (("phone", 390, 844, 2), ("desktop", 1280, 800, 1))
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def chromium() -> str:
    found = os.environ.get("BULLETIN_CHROMIUM") or shutil.which("chromium")
    if not found:
        sys.exit("no Chromium found: install Debian's chromium or set BULLETIN_CHROMIUM")
    return found


def build_example(folder: Path) -> Path:
    """The example site, built into ``folder`` with a chart cache of its own."""
    os.environ["BULLETIN_CACHE_DIR"] = str(folder / "cache")
    config, problems = load_config(ROOT, output_dir=folder / "site", jobs=1)
    result = build(config)
    if not result.files:
        sys.exit("\n".join(str(d) for d in (*problems, *result.diagnostics)))
    return folder / "site"


def small_png(data: bytes) -> bytes:
    """256 colours, the best zlib level: a page's flat colours survive, the file is a fraction."""
    with Image.open(io.BytesIO(data)) as image:
        rgb = image.convert("RGB")
        reduced = rgb.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    reduced.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves the site without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = build_example(Path(tmp))
        handler = functools.partial(Quiet, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        OUT.mkdir(parents=True, exist_ok=True)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium(), args=ARGS)
                for screen, width, height, scale in SCREENS:
                    context = browser.new_context(
                        viewport={"width": width, "height": height}, device_scale_factor=scale, locale="zh-CN"
                    )
                    page = context.new_page()
                    for name, path in PAGES.items():
                        page.goto(base + path, wait_until="networkidle")
                        target = OUT / f"{name}-{screen}.png"
                        target.write_bytes(small_png(page.screenshot(full_page=False)))
                        print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} kB")
                    context.close()
                browser.close()
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    main()
