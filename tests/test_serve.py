"""``bulletin serve`` for real: a subprocess on a free port of 127.0.0.1, edited while it runs."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bulletin.core.model import BuildResult
from bulletin.editor.serve import inject_reload
from conftest import bulletin_text

pytestmark = pytest.mark.slow

# A timeout for noticing a save, not a speed claim (a build on 2 shared cores can take 6 s);
# speed is measured in benchmarks/.
LIMIT = 30.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def wait_for(url: str, predicate, limit: float = LIMIT) -> tuple[float, int, str]:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    status, body = 0, ""
    while time.monotonic() - started < limit:
        try:
            status, body = fetch(url)
            if predicate(status, body):
                return time.monotonic() - started, status, body
        except OSError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"not seen within {limit}s; last answer {status}: {body[:500]}")


@pytest.fixture
def served(make_site) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:  # type: ignore[no-untyped-def]
    root = make_site({"content/2023/h1.md": bulletin_text(body="上半年经济运行平稳。第一版文字。")})
    port = free_port()
    env = {**os.environ, "BULLETIN_LANG": "zh-CN", "BULLETIN_CACHE_DIR": str(root / ".cache")}
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "bulletin"), "serve", str(root), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(url, lambda status, body: status == 200, limit=60)
        yield root, url, proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def test_serve_rebuilds_shows_errors_and_stops_cleanly(served) -> None:  # type: ignore[no-untyped-def]
    root, url, proc = served
    page = url + "bulletins/h1/"
    status, body = fetch(page)
    assert status == 200 and "第一版文字" in body
    assert "/__bulletin/poll" in body  # the reload script is served...
    assert not (root / "site").exists()  # ...from a private preview folder, not written into site/

    # A saved change shows up.
    source = root / "content/2023/h1.md"
    source.write_text(bulletin_text(body="上半年经济运行平稳。第二版文字。"), encoding="utf-8")
    wait_for(page, lambda status, body: "第二版文字" in body)

    # Broken front-matter: every page is the error page, naming file, line, the line and the hint.
    source.write_text(bulletin_text(body="第三版。").replace("period: 2023-H1", "period：2023-H1"), "utf-8")
    _, status, body = wait_for(page, lambda status, body: status == 500)
    assert "content/2023/h1.md:4" in body
    assert "period：2023-H1" in body  # the quoted line
    assert "全角冒号" in body  # the message, in Chinese by default
    assert "提示" in body and "period: ..." in body  # the hint says what to type
    assert "/__bulletin/poll" in body  # and it reloads itself once fixed
    assert proc.poll() is None  # the error did not stop the server

    # Fixed: the page is back, with the new text.
    source.write_text(bulletin_text(body="上半年经济运行平稳。第四版文字。"), encoding="utf-8")
    wait_for(page, lambda status, body: status == 200 and "第四版文字" in body)

    # Only files inside the output; a missing one gets the site's 404 page.
    status, body = fetch(url + "no/such/page/")
    assert (status == 404 and "404" in body) or "找不到" in body
    with socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1].strip("/")))) as raw:
        raw.sendall(b"GET /../../../../etc/passwd HTTP/1.0\r\n\r\n")
        answer = raw.recv(4096).decode("latin-1")
    assert answer.split()[1] == "403"

    # Ctrl-C: a clean exit and the port is free again.
    proc.send_signal(signal.SIGINT)
    output, _ = proc.communicate(timeout=15)
    assert proc.returncode in (0, 130), output
    assert "Traceback" not in output
    port = int(url.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()  # nobody listens
    with socket.socket() as s:  # and a new server can take the port (as http.server does, with SO_REUSEADDR)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
        s.listen()


def test_reload_script_goes_before_body_end_only_in_served_html() -> None:
    page = inject_reload(b"<html><body><p>x</p></body></html>", 3)
    assert page.index(b"<script>") < page.index(b"</body>")
    assert b"var v=3" in page


def _index(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "pagefind").rglob("*")) if p.is_file()}


def test_serve_rebuilds_incrementally_and_watches_folders_created_later(make_site) -> None:  # type: ignore[no-untyped-def]
    """In-process: each save goes through the build graph (pages of the untouched bulletin kept, a
    save that changes nothing is a no-op), and templates/, static/ and bulletin.yaml created while
    serving are picked up."""
    import queue
    import threading

    from bulletin.content.config import load_config
    from bulletin.editor.serve import serve
    from bulletin.site.render import theme_dir

    root = make_site(
        {
            "content/2023/h1.md": bulletin_text(body="上半年经济运行平稳。甲版文字。"),
            "content/2022/h1-2022.md": bulletin_text(
                body="上半年经济运行平稳。旧年文字。", period="2022-H1", date="2022-08-19", title="前一年"
            ),
        }
    )
    config, _ = load_config(root, jobs=1)
    results: queue.Queue[BuildResult] = queue.Queue()
    ready: queue.Queue[str] = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(
        target=serve,
        kwargs={
            "config": config,
            "port": 0,
            "on_build": lambda result, seconds: results.put(result),
            "on_ready": ready.put,
            "stop": stop,
        },
        daemon=True,
    )

    def settled() -> BuildResult:
        """The last of the rebuilds a save set off (the first tick after startup adds a no-op)."""
        result = results.get(timeout=120)
        while True:
            try:
                result = results.get(timeout=3)
            except queue.Empty:
                return result

    thread.start()
    try:
        url = ready.get(timeout=120)
        first = settled()
        assert first.files
        page = url + "bulletins/h1/"
        out = next(f.source for f in first.files if f.path == "index.html" and f.source).parent
        indexed = _index(out)

        # One bulletin edited: rebuilt through the graph, the other bulletin's pages are kept.
        source = root / "content/2023/h1.md"
        source.write_text(bulletin_text(body="上半年经济运行平稳。乙版文字。"), encoding="utf-8")
        result = settled()
        assert result.files and "unchanged" not in result.stats
        assert result.stats["pages_reused"] > 0
        assert "乙版文字" in fetch(page)[1]
        # The save was shown with the index as it was; on a pause the index is built again.
        deadline = time.monotonic() + 120
        while _index(out) == indexed and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _index(out) != indexed

        # Saved again with the same text: the graph finds nothing to do.
        source.write_text(bulletin_text(body="上半年经济运行平稳。乙版文字。"), encoding="utf-8")
        assert settled().stats.get("unchanged") == 1.0

        # templates/ created after serve started.
        base = (theme_dir() / "base.html").read_text(encoding="utf-8")
        (root / "templates").mkdir()
        (root / "templates" / "base.html").write_text(
            base.replace("</body>", "<p>模板标记XYZ</p></body>"), encoding="utf-8"
        )
        wait_for(page, lambda status, body: "模板标记XYZ" in body, limit=120)

        # static/ created after serve started.
        (root / "static").mkdir()
        (root / "static" / "hello.txt").write_text("静态文件ABC", encoding="utf-8")
        wait_for(url + "hello.txt", lambda status, body: status == 200 and "静态文件ABC" in body, limit=120)

        # bulletin.yaml created by renaming a finished file over its name, as many editors save.
        staged = root / "bulletin.yaml.new"
        staged.write_text("title: 改过的网站标题QRS\n", encoding="utf-8")
        os.replace(staged, root / "bulletin.yaml")
        wait_for(page, lambda status, body: "改过的网站标题QRS" in body, limit=120)
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
