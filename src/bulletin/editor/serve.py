"""``bulletin serve``: build, serve the site on loopback, rebuild on save, reload the open page.

The built site is never changed for previewing: the reload script is added to
HTML responses as they are sent, and the preview is built into a private
temporary folder (with ``base_url`` set to ``/``) so ``site/`` stays the real
build. While the content has errors the last good site is not served; every
page answers with an error page naming file, line, the line itself and the hint.

Rebuilding goes through :data:`Rebuild`, one function: by default the incremental build
(the build graph keeps every page whose inputs did not change, and a save that changed nothing
is a no-op); :func:`full_rebuild` ignores the build state. A save keeps the search index as it
was (Pagefind takes seconds); it is rebuilt when the editor pauses (REINDEX_AFTER).

The watcher follows the site's own folders (``content/``, ``templates/``, ``static/``), not the
whole root, which may hold a virtualenv or a git checkout; folders created or removed while
serving, and ``bulletin.yaml`` (however an editor saves it), are noticed by a cheap check of
the root on every watcher tick, which then watches the new set of folders.
"""

from __future__ import annotations

import html
import http.server
import shutil
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bulletin.core.errors import ContentError, Diagnostic, Severity, sorted_diagnostics
from bulletin.core.model import BuildResult, SiteConfig
from bulletin.pipeline import build
from bulletin.reporting import localize, source_reader

__all__ = ["PreviewServer", "Rebuild", "full_rebuild", "incremental_rebuild", "inject_reload", "serve"]

# (config, changed paths) -> result.
Rebuild = Callable[[SiteConfig, frozenset[Path]], BuildResult]

_POLL = "/__bulletin/poll"
_FOLDERS = ("content", "templates", "static")
_CONFIG = "bulletin.yaml"
_SCRIPT = """<script>/* bulletin serve: live reload (never in the built site) */
(function(){var v=%d;function poll(){fetch("%s?v="+v,{cache:"no-store"}).then(function(r){return r.text()})
.then(function(t){var n=parseInt(t,10);if(n!==v){location.reload()}else{poll()}})
.catch(function(){setTimeout(poll,500)})}poll()})();</script>"""


def incremental_rebuild(config: SiteConfig, changed: frozenset[Path]) -> BuildResult:
    """Rebuild through the build graph: only pages whose inputs changed are rendered again.

    ``changed`` is not needed: the graph compares digests of every input, so it cannot miss a
    change the watcher did not report (an editor's temporary file, a rename).
    """
    del changed
    return build(replace(config, force=False))


def full_rebuild(config: SiteConfig, changed: frozenset[Path]) -> BuildResult:
    """Build the whole site, ignoring the build state and the read cache."""
    del changed
    return build(replace(config, force=True))


def inject_reload(page: bytes, version: int) -> bytes:
    """The page with the live-reload script before ``</body>`` (or at the end)."""
    script = (_SCRIPT % (version, _POLL)).encode("utf-8")
    at = page.lower().rfind(b"</body>")
    return page + script if at < 0 else page[:at] + script + page[at:]


@dataclass
class _State:
    """What the server shows: the current build's problems and a version bumped on each rebuild."""

    version: int = 0
    errors: tuple[Diagnostic, ...] = ()
    changed: threading.Condition = field(default_factory=threading.Condition)

    def publish(self, errors: tuple[Diagnostic, ...]) -> None:
        with self.changed:
            self.errors = errors
            self.version += 1
            self.changed.notify_all()


def error_page(errors: Iterable[Diagnostic], root: Path, lang: str) -> bytes:
    """An HTML page listing each problem with its file, line, the quoted line and the hint."""
    read_line = source_reader(root)
    title = (
        "内容有错误，网站未更新" if lang == "zh-CN" else "The content has errors; the site was not updated"
    )
    hint_label = "提示" if lang == "zh-CN" else "hint"
    items = []
    for d in errors:
        message, hint = localize(d, lang)
        quoted = read_line(d.location.path, d.location.line) if d.location.line else None
        items.append(
            "<li class='problem'>"
            f"<p class='where'>{html.escape(str(d.location))} <b>{d.code}</b></p>"
            f"<p class='message'>{html.escape(message)}</p>"
            + (
                f"<pre class='quote'>{d.location.line:>5} | {html.escape(quoted)}</pre>"
                if quoted is not None
                else ""
            )
            + (f"<p class='hint'>{hint_label}: {html.escape(hint)}</p>" if hint else "")
            + "</li>"
        )
    body = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<style>body{font-family:sans-serif;margin:2rem;background:#fff5f5;color:#222}"
        "h1{color:#b00020;font-size:1.3rem}li{margin-bottom:1rem}.where{font-family:monospace}"
        ".quote{background:#fff;border-left:3px solid #b00020;padding:.3rem .6rem}.hint{color:#05613a}"
        f"</style></head><body id='bulletin-error'><h1>{title}</h1><ul>{''.join(items)}</ul></body></html>"
    )
    return body.encode("utf-8")


class _Handler(http.server.BaseHTTPRequestHandler):
    server: PreviewServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the terminal is for content problems, not request logs

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        target = urllib.parse.urlsplit(self.path)
        if target.path == _POLL:
            self._send(200, "text/plain", str(self.server.wait(target.query)).encode(), head)
            return
        state = self.server.state
        if state.errors:
            page = error_page(state.errors, self.server.config.root, self.server.lang)
            self._send(500, "text/html; charset=utf-8", inject_reload(page, state.version), head)
            return
        path = self.server.resolve(urllib.parse.unquote(target.path))
        if path is None:
            self._send(403, "text/plain; charset=utf-8", b"forbidden: outside the site\n", head)
            return
        status = 200
        if not path.is_file():
            status, path = 404, self.server.output / "404.html"
            if not path.is_file():
                self._send(404, "text/plain; charset=utf-8", b"not found\n", head)
                return
        data = path.read_bytes()
        kind = _content_type(path)
        if kind.startswith("text/html"):
            data = inject_reload(data, state.version)
        self._send(status, kind, data, head)

    def _send(self, status: int, kind: str, data: bytes, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(data)


_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}


def _content_type(path: Path) -> str:
    return _TYPES.get(path.suffix.lower(), "application/octet-stream")


class PreviewServer(http.server.ThreadingHTTPServer):
    """An HTTP server for one output folder and its build state."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], config: SiteConfig, lang: str) -> None:
        super().__init__(address, _Handler)
        self.config, self.lang = config, lang
        self.output = config.output_dir.resolve()
        self.state = _State()
        self.stopping = threading.Event()

    def resolve(self, url_path: str) -> Path | None:
        """The file a URL path names inside the output, or None when it would escape it."""
        if "\x00" in url_path:
            return None
        path = (self.output / url_path.lstrip("/")).resolve()
        if not path.is_relative_to(self.output):
            return None
        return path / "index.html" if path.is_dir() else path

    def wait(self, query: str, timeout: float = 20.0) -> int:
        """Long poll: return the version once it differs from the client's (or after ``timeout``)."""
        try:
            seen = int(urllib.parse.parse_qs(query).get("v", ["-1"])[0])
        except ValueError:
            seen = -1
        with self.state.changed:
            self.state.changed.wait_for(
                lambda: self.state.version != seen or self.stopping.is_set(), timeout=timeout
            )
            return self.state.version

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that closes a tab mid-answer is normal; anything else is one line, not a traceback."""
        kind, exc = sys.exc_info()[:2]
        if kind is not None and not issubclass(kind, ConnectionError):
            print(f"preview server: {kind.__name__}: {exc}", file=sys.stderr)

    def stop(self) -> None:
        self.stopping.set()
        with self.state.changed:
            self.state.changed.notify_all()
        self.shutdown()
        self.server_close()


def _watch_filter(root: Path, output: Path) -> Callable[[Any, str], bool]:
    roots = [root / name for name in (*_FOLDERS, _CONFIG)]

    def accept(change: Any, path: str) -> bool:
        del change
        p = Path(path)
        if p.is_relative_to(output) or any(part.startswith(".") for part in p.relative_to(root).parts):
            return False
        return any(p == r or p.is_relative_to(r) for r in roots)

    return accept


_Layout = tuple[tuple[str, ...], tuple[int, int, int] | None]


def _layout(root: Path) -> _Layout:
    """Which of the site's folders exist, and bulletin.yaml's identity (inode, size, mtime)."""
    folders = tuple(name for name in _FOLDERS if (root / name).is_dir())
    try:
        st = (root / _CONFIG).stat()
    except OSError:
        return folders, None
    return folders, (st.st_ino, st.st_size, st.st_mtime_ns)


def _changes(
    root: Path, output: Path, stop: threading.Event, layout: _Layout, idle: bool = False
) -> Iterator[frozenset[Path]]:
    """Sets of changed paths since ``layout`` was taken, until ``stop`` is set.

    The site's folders are watched; on every tick (a change or 0.2 s without one) the root is
    looked at again: a folder created or removed restarts the watcher on the new set (and counts
    as a change, since it may arrive with files), and bulletin.yaml is compared by identity so an
    editor that saves by renaming a new file over it is noticed too. With ``idle``, a tick
    without a change yields an empty set (the caller's chance to do deferred work).
    """
    import watchfiles

    accept = _watch_filter(root, output)
    # Reported at the first tick of each watcher: what was seen before it covered the folders.
    # At the start that is anything saved during the first build (the graph makes it a no-op
    # when nothing was).
    pending: set[Path] = {root}
    while not stop.is_set():
        folders = [root / name for name in layout[0]]
        ticks: Iterable[set[tuple[Any, str]]]
        if folders:
            ticks = watchfiles.watch(
                *folders,
                watch_filter=accept,
                stop_event=stop,
                debounce=400,
                step=30,
                rust_timeout=200,
                yield_on_timeout=True,
            )
        else:  # nothing to watch yet: only the root's layout
            ticks = iter(lambda: set() if not stop.wait(0.2) else None, None)
        try:
            for changes in ticks:
                now = _layout(root)
                paths = pending | {Path(p) for _, p in changes}
                if now[1] != layout[1]:
                    paths.add(root / _CONFIG)
                moved = set(now[0]) ^ set(layout[0])
                paths.update(root / name for name in moved)
                layout = now
                if moved:
                    # Watch the new set first and report at its first tick: a file written into a
                    # new folder while the site rebuilds is then seen by the new watcher.
                    pending = paths
                    break
                pending = set()
                if paths or idle:
                    yield frozenset(paths)
        except FileNotFoundError:  # a folder went away as the watcher started: look again
            stop.wait(0.2)
            layout = _layout(root)


def _rebuild(
    config: SiteConfig, changed: frozenset[Path], rebuild: Rebuild, search: str = "fresh"
) -> BuildResult:
    """``rebuild`` with bulletin.yaml read again (it may have been edited), keeping what serve and
    the command line set; a broken bulletin.yaml is shown like any content error."""
    from bulletin.content.config import load_config

    try:
        fresh, _ = load_config(
            config.root,
            drafts=config.drafts,
            jobs=config.jobs,
            executor=config.executor,
            scheduler=config.scheduler,
        )
    except ContentError as exc:
        return BuildResult((), exc.diagnostics)
    return rebuild(
        replace(fresh, output_dir=config.output_dir, base_url=config.base_url, search=search), changed
    )


REINDEX_AFTER = 3.0  # seconds without a save before serve rebuilds the search index


def serve(
    config: SiteConfig,
    host: str = "127.0.0.1",
    port: int = 8000,
    lang: str = "zh-CN",
    rebuild: Rebuild = incremental_rebuild,
    on_build: Callable[[BuildResult, float], None] | None = None,
    on_ready: Callable[[str], None] | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Serve until ``stop`` is set or Ctrl-C; the port is closed and the preview folder removed on return."""
    stop = stop or threading.Event()
    preview = Path(tempfile.mkdtemp(prefix="bulletin-serve-"))
    config = replace(config, output_dir=preview / "site", base_url="/")
    server = PreviewServer((host, port), config, lang)

    def run(changed: frozenset[Path], search: str = "fresh") -> None:
        started = time.perf_counter()
        result = _rebuild(config, changed, rebuild, search)
        problems = sorted_diagnostics(result.diagnostics)
        errors = tuple(d for d in problems if d.severity is Severity.ERROR)
        if not result.files and not errors:  # nothing written and nothing said: show why
            errors = problems
        server.state.publish(errors)
        if on_build:
            on_build(result, time.perf_counter() - started)

    def reindex() -> None:
        # Every page is kept, only the index is new: no reload unless the build's errors changed.
        result = _rebuild(config, frozenset(), rebuild)
        errors = tuple(d for d in sorted_diagnostics(result.diagnostics) if d.severity is Severity.ERROR)
        if result.files and errors != server.state.errors:
            server.state.publish(errors)

    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    root = config.root.resolve()
    layout = _layout(root)  # before the first build, so nothing saved during it is missed
    try:
        run(frozenset())
        thread.start()
        if on_ready:
            on_ready(f"http://{host}:{server.server_address[1]}/")
        stale_since: float | None = None
        for changed in _changes(root, preview, stop, layout, idle=True):
            if changed:
                run(changed, search="previous")
                stale_since = time.monotonic()
            elif stale_since is not None and time.monotonic() - stale_since >= REINDEX_AFTER:
                stale_since = None
                reindex()
    finally:
        server.stop()
        shutil.rmtree(preview, ignore_errors=True)
