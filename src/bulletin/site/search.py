"""The search index: Pagefind (PyPI ``pagefind[extended]``, the build that segments Chinese) over the
rendered pages, through its Python API, at the end of the build.

Contract: ``search_files(config, pages, aliases) -> (files, diagnostics)``; ``search_index`` is
the finisher registered in ``generators`` that runs it over a build's rendered pages. Pages are indexed from
memory in the language of their ``<html lang>`` (one index per language under ``pagefind/``);
each indicator also gets a record with its catalogue names and aliases, so 规上工业 finds
规模以上工业增加值. Any failure (Pagefind missing, its binary refusing to start) is a warning
W605 saying why, never a traceback; the site is complete without search.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bulletin.core.errors import Diagnostic, Location, warning
from bulletin.core.i18n import lang_prefix
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.core.safefs import read_private
from bulletin.site.state import SiteData

__all__ = ["aliases", "previous_index", "search_files", "search_index"]

_UI = ("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui")
_HINT = "install it with: pip install 'pagefind[extended]' (it ships the Pagefind binary for this platform)"


def _service() -> Any:
    """Pagefind's service, reading its answers as they come.

    The Python API's reader sleeps 0.1 s before reading each answer (pagefind 1.5), so a site of
    600 pages spent a minute waiting and a few seconds indexing. This reader awaits the pipe
    instead; the messages are the API's own (base64 JSON, ended by a comma). When the Pagefind
    process ends early, every question still waiting fails with why, rather than waiting forever.
    """
    from pagefind.service import PagefindService

    class _Service(PagefindService):
        async def launch(self) -> PagefindService:
            # As the API launches it, but with room on the pipe for the whole index in one answer
            # (get_files); the API's 2 MiB is for its own reader, which this one replaces.
            self._backend = await asyncio.create_subprocess_exec(
                self._bin,
                "--service",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
                limit=_MAX_ANSWER,
            )
            self._poll_task = self._loop.create_task(self._wait_for_responses())
            return self

        async def _wait_for_responses(self) -> None:
            stdout = self._backend.stdout
            assert stdout is not None
            try:
                while True:
                    message = json.loads(base64.b64decode((await stdout.readuntil(b","))[:-1]))
                    if not isinstance(message, dict):
                        continue
                    payload: Any = message.get("payload") or {}
                    asked = message.get("message_id", _asked(payload))
                    future = self._responses.get(asked) if isinstance(asked, int) else None
                    if future is None or future.done():
                        continue
                    if payload.get("type") == "Error":
                        future.set_exception(RuntimeError(payload.get("message", "Pagefind failed")))
                    else:
                        future.set_result(payload)
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
                if self._backend.returncode is None:
                    self._backend.kill()  # so a later question fails at once instead of waiting
                for future in self._responses.values():
                    if not future.done():
                        future.set_exception(RuntimeError(f"Pagefind stopped answering ({exc})"))

        async def close(self) -> None:
            try:
                if self._backend.returncode is None:
                    # the API's close waits on every answer and raises the first failed one, leaving
                    # Pagefind running; the failure reaches the caller through its own question
                    await super().close()
                else:  # Pagefind has already ended (it stopped answering): nothing to terminate
                    self._poll_task.cancel()
                    await self._backend.wait()
            except Exception:
                self._poll_task.cancel()
                if self._backend.returncode is None:
                    self._backend.kill()
                await self._backend.wait()
            finally:
                # The pipes are closed while the event loop runs, not when the transport is collected.
                self._backend._transport.close()  # type: ignore[attr-defined]

    return _Service()


def _asked(payload: dict[str, Any]) -> int | None:
    """The id of the question an error answers, when Pagefind could not read the question's id."""
    try:
        asked = json.loads(payload.get("original_message") or "null")
    except ValueError:
        return None
    return asked.get("message_id") if isinstance(asked, dict) else None


# The largest answer read from Pagefind: the whole index of a site, base64-encoded.
_MAX_ANSWER = 2**30

# Pagefind leaves out every page without data-pagefind-body as soon as one page has it, so such
# pages are not even sent (the index is the same; a test holds Pagefind to it): on a large site
# they are most of the bytes (indicator pages with every chart).
_BODY = re.compile(rb"data-pagefind-body", re.IGNORECASE)


async def _index(
    config: SiteConfig, pages: Sequence[OutputFile], aliases: Sequence[tuple[str, str, str, str]]
) -> list[OutputFile]:
    """The index, one Pagefind process per language side by side (each language's index is its
    own: merged, the files are those of one process given every page, which a test holds
    Pagefind to); one process for all when the parts do not merge cleanly."""
    sent = _to_send(pages)
    groups: dict[str, tuple[list[OutputFile], list[tuple[str, str, str, str]]]] = {}
    for page, language in sent:
        groups.setdefault(language, ([], []))[0].append(page)
    for alias in aliases:
        groups.setdefault(alias[0].lower(), ([], []))[1].append(alias)
    if len(groups) > 1:
        parts = await asyncio.gather(*(_index_part(config, p, a) for p, a in groups.values()))
        merged = _merged(parts)
        if merged is not None:
            return _stable_names(merged)
    return _stable_names(await _index_part(config, [page for page, _ in sent], aliases))


def _to_send(pages: Sequence[OutputFile]) -> list[tuple[OutputFile, str]]:
    """The pages Pagefind would index, with the language it files each under (its ``<html lang>``,
    lower case). Pagefind leaves out every page without data-pagefind-body as soon as one page has
    it, so such pages are not even sent. Read one at a time: a streaming build holds none."""
    marked: list[tuple[OutputFile, str]] = []
    unmarked: list[tuple[OutputFile, str]] = []
    for page in pages:
        content = page.content()
        lang = _HTML_LANG.search(content)
        language = lang.group(1).decode("ascii").lower() if lang else "unknown"
        (marked if _BODY.search(content) else unmarked).append((page, language))
    return marked or unmarked


_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z0-9-]+)", re.IGNORECASE)


async def _index_part(
    config: SiteConfig, pages: Sequence[OutputFile], aliases: Sequence[tuple[str, str, str, str]]
) -> list[OutputFile]:
    from pagefind.index import IndexConfig

    # The service owns the Pagefind process: leaving its context ends the process. (PagefindIndex as a
    # context manager writes files to disk on exit, and once its index is deleted it forgets the
    # process, which then outlived every build: one stray process per rebuild under ``serve``.)
    settings = IndexConfig(output_path="pagefind")
    async with _service() as service:
        index = await service.create_index(settings)
        for page in pages:
            await _add_page(index, config, page, page.content())
        for lang, path, title, words in aliases:
            url = config.base_path + lang_prefix(lang, config.language) + path
            language = lang.lower()  # as Pagefind names the index of <html lang="zh-CN">: zh-cn
            await index.add_custom_record(url=url, content=words, language=language, meta={"title": title})
        # Returned in one answer, not written to a folder: Pagefind (1.5) answers write_files before
        # its last writes reach the disk (tokio files are not flushed), so a file read at once
        # could be empty; in memory there is nothing in flight.
        files = [OutputFile("pagefind/" + f["path"], f["content"]) for f in await index.get_files()]
        await index.delete_index()
    return [f for f in files if not f.path.removeprefix("pagefind/").startswith(_UI)]


_ENTRY = "pagefind/pagefind-entry.json"


def _merged(parts: Sequence[list[OutputFile]]) -> list[OutputFile] | None:
    """The files of one index made of per-language parts, or None when they do not fit together
    (a file of the same name with other bytes, or entries that differ beyond their languages)."""
    files: dict[str, bytes] = {}
    entry: dict[str, Any] | None = None
    for part in parts:
        for f in part:
            if f.path != _ENTRY:
                if files.setdefault(f.path, f.data) != f.data:
                    return None
                continue
            data = json.loads(f.data)
            if entry is None:
                entry = data  # its keys keep Pagefind's order
                continue
            languages = data.pop("languages", {})
            if {k: v for k, v in entry.items() if k != "languages"} != data:
                return None
            if set(languages) & set(entry.setdefault("languages", {})):
                return None
            entry["languages"].update(languages)
    if entry is None:
        return None
    files[_ENTRY] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return [OutputFile(path, data) for path, data in files.items()]


async def _add_page(index: Any, config: SiteConfig, page: OutputFile, content: bytes) -> None:
    url = config.base_path + page.path.removesuffix("index.html")
    await index.add_html_file(content=without_svg(content).decode("utf-8"), url=url)


def without_svg(html: bytes) -> bytes:
    """The page without its ``<svg>`` elements, which Pagefind skips (the index is the same; a test
    holds Pagefind to it). Charts are most of a bulletin page's bytes: sending and parsing them
    was half the time of indexing. Nested SVG is removed whole; an unclosed one is left as it is."""
    parts: list[bytes] = []
    start = 0
    lower = html.lower()
    while (opening := _SVG_OPEN.search(lower, start)) is not None:
        depth, at = 0, opening.start()
        for tag in _SVG_TAG.finditer(lower, at):
            depth += -1 if tag.group(1) else 0 if tag.group(2) else 1  # </svg>, <svg/>, <svg>
            if depth == 0:
                parts.append(html[start:at])
                start = tag.end()
                break
        else:
            break
    parts.append(html[start:])
    return b"".join(parts)


_SVG_OPEN = re.compile(rb"<svg[\s>/]")
_SVG_TAG = re.compile(rb"<(/?)svg(?=[\s>/])[^>]*?(/?)>")


def _stable_names(files: list[OutputFile]) -> list[OutputFile]:
    """Name each language's metadata by the digest of its content, as every other index file is.

    Pagefind gives pagefind.<lang>_<hash>.pf_meta a hash that differs from run to run for the same
    pages, and lists the languages in any order; naming by content and sorting keep builds byte-identical.
    """
    entry = next((f for f in files if f.path == "pagefind/pagefind-entry.json"), None)
    if entry is None:
        return files
    data = json.loads(entry.data)
    renamed: dict[str, str] = {}
    for lang, info in data.get("languages", {}).items():
        old = f"pagefind/pagefind.{info['hash']}.pf_meta"
        meta = next((f for f in files if f.path == old), None)
        if meta is None:
            continue
        info["hash"] = f"{lang}_{hashlib.sha256(meta.data).hexdigest()[:13]}"
        renamed[old] = f"pagefind/pagefind.{info['hash']}.pf_meta"
    data["languages"] = dict(sorted(data.get("languages", {}).items()))  # Pagefind lists them in any order
    new_entry = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return [
        OutputFile(f.path, new_entry)
        if f is entry
        else OutputFile(renamed[f.path], f.data)
        if f.path in renamed
        else f
        for f in files
    ]


def search_files(
    config: SiteConfig, pages: Sequence[OutputFile], aliases: Sequence[tuple[str, str, str, str]]
) -> tuple[list[OutputFile], list[Diagnostic]]:
    """The Pagefind bundle for ``pages`` (HTML OutputFiles) plus alias records (lang, path, title, words)."""
    html = [p for p in pages if p.path.endswith(".html") and p.path != "404.html"]
    try:
        import pagefind.index  # noqa: F401
    except ImportError:
        return [], [
            warning(
                "W605", "search index not built: Pagefind is not installed", Location("bulletin.yaml"), _HINT
            )
        ]
    try:
        # In a thread of its own: asyncio.run refuses to start inside a running event loop (a caller's
        # Playwright, a future live preview), and the index must be built all the same.
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            files = pool.submit(asyncio.run, _index(config, html, aliases)).result()
    except Exception as exc:  # the service is a subprocess: any failure becomes one diagnostic
        reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
        return [], [warning("W605", f"search index not built: {reason}", Location("bulletin.yaml"), _HINT)]
    if not files:
        return [], [
            warning(
                "W605", "search index not built: Pagefind wrote no files", Location("bulletin.yaml"), _HINT
            )
        ]
    return sorted(files, key=lambda f: f.path), []


def aliases(site: SiteData) -> list[tuple[str, str, str, str]]:
    """Search records of the indicators: every catalogue name and alias finds the indicator's page."""
    out = []
    for lang in site.config.languages:
        for h in site.histories:
            entry = site.catalog.entry_for(h.name) if site.catalog else None
            words = " ".join(dict.fromkeys([h.name, h.name_en, *(entry.aliases if entry else ())]))
            out.append((lang, f"indicators/{h.slug}/", h.name if lang.startswith("zh") else h.name_en, words))
    return out


def search_index(site: SiteData, rendered: Sequence[OutputFile]) -> Iterator[OutputFile | Diagnostic]:
    """Finisher: the Pagefind index over the rendered pages and the indicators' aliases (or, when
    the config asks for it, the index already published, if there is one)."""
    previous = previous_index(site.config.output_dir) if site.config.search == "previous" else []
    if previous:
        yield from previous
        return
    files, found = search_files(site.config, rendered, aliases(site))
    yield from files
    yield from found


_MAX_INDEX_FILE = 64 * 1024 * 1024


def previous_index(output: Path) -> list[OutputFile]:
    """The index files of the site in ``output`` (none when there is no index), read as regular
    files and never through a link (core/safefs.py: read_private)."""
    folder = output / "pagefind"
    if folder.is_symlink() or not (folder / "pagefind-entry.json").is_file():
        return []
    files = []
    for top, dirs, names in os.walk(folder):  # os.walk does not enter linked folders
        dirs.sort()
        for name in sorted(names):
            rel = (Path(top) / name).relative_to(output)
            data = read_private(output, rel.parts, _MAX_INDEX_FILE)
            if data is None:
                return []  # a link, a pipe or a vanished file: index afresh instead
            files.append(OutputFile(rel.as_posix(), data))
    return files
