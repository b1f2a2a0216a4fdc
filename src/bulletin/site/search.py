"""The search index: Pagefind (PyPI ``pagefind[extended]``, the build that segments Chinese) over the
rendered pages, through its Python API, at the end of the build.

Contract: ``search_files(config, pages, aliases, executor) -> (files, diagnostics)``;
``search_index`` is the finisher registered in ``generators`` that runs it over a build's rendered
pages. Pages are indexed from memory in the language of their ``<html lang>``, in shards that are
indexed again only when their pages change (``searchshards`` says how); each indicator also gets a
record with its catalogue names and aliases, so 规上工业 finds 规模以上工业增加值. Any failure
(Pagefind missing, its binary refusing to start) is a warning W605 saying why, never a traceback;
the site is complete without search.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any

from bulletin.core.errors import Diagnostic, Location, warning
from bulletin.core.executors import Executor, InlineExecutor, TaskError
from bulletin.core.heap import give_back
from bulletin.core.i18n import lang_prefix
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.core.safefs import read_private
from bulletin.site.pagefindservice import pagefind_service
from bulletin.site.pagetext import for_index
from bulletin.site.searchshards import (
    MANIFEST,
    Bundle,
    Record,
    bundle_name,
    chunks,
    key,
    load,
    manifest,
    prune,
    save,
    shard_files,
    shard_size,
)
from bulletin.site.state import SiteData

__all__ = ["aliases", "previous_index", "search_files", "search_index"]

_UI = ("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui")
_HINT = "install it with: pip install 'pagefind[extended]' (it ships the Pagefind binary for this platform)"


# Pagefind leaves out every page without data-pagefind-body as soon as one page has it, so such
# pages are not even sent (the index is the same; a test holds Pagefind to it): on a large site
# they are most of the bytes (indicator pages with every chart).
_BODY = re.compile(rb"data-pagefind-body", re.IGNORECASE)


# What a page told the index last time: (language, marked with data-pagefind-body, digest of what is
# sent), by the digest of all its bytes.
Seen = dict[str, tuple[str, bool, str]]


def _to_send(pages: Sequence[OutputFile], seen: Seen | None = None) -> list[tuple[OutputFile, str, str]]:
    """The pages Pagefind would index, each with the language it files it under (its ``<html
    lang>``, lower case) and the digest of what is sent (pagetext.for_index: its marked body,
    without charts). Pagefind
    leaves out every page without data-pagefind-body as soon as one page has it, so such pages are
    not even sent. Read one at a time: a streaming build holds none. A page whose digest ``seen``
    knows (a page the build hard-linked, unchanged) is not read at all; ``seen`` learns the others."""
    found: list[tuple[OutputFile, str, bool, str]] = []
    for page in pages:
        told = seen.get(page.digest) if seen is not None and page.digest else None
        if told is None:
            content = page.content()
            lang = _HTML_LANG.search(content)
            language = lang.group(1).decode("ascii").lower() if lang else "unknown"
            told = (language, bool(_BODY.search(content)), hashlib.sha256(for_index(content)).hexdigest())
            if seen is not None and page.digest:
                seen[page.digest] = told
        found.append((page, *told))
    marked = [(page, language, sha) for page, language, body, sha in found if body]
    return marked or [(page, language, sha) for page, language, _, sha in found]


_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z0-9-]+)", re.IGNORECASE)


async def _index_bundle(bundle: Bundle) -> list[tuple[str, bytes]]:
    """One Pagefind run over a bundle's pages and records: its files, relative to the bundle."""
    from pagefind.index import IndexConfig

    # The service owns the Pagefind process: leaving its context ends the process. (PagefindIndex as a
    # context manager writes files to disk on exit, and once its index is deleted it forgets the
    # process, which then outlived every build: one stray process per rebuild under ``serve``.)
    settings = IndexConfig(output_path="pagefind")
    async with pagefind_service() as service:
        index = await service.create_index(settings)
        for url, html in bundle.pages:
            await _add_page(index, url, html)
        for url, content, language, title in bundle.records:
            await index.add_custom_record(url=url, content=content, language=language, meta={"title": title})
        # Returned in one answer, not written to a folder: Pagefind (1.5) answers write_files before
        # its last writes reach the disk (tokio files are not flushed), so a file read at once
        # could be empty; in memory there is nothing in flight.
        files = [(f["path"], f["content"]) for f in await index.get_files()]
        await index.delete_index()
    return _stable_names([(path, data) for path, data in files if not path.startswith(_UI)])


async def _add_page(index: Any, url: str, html: bytes) -> None:
    await index.add_html_file(content=html.decode("utf-8"), url=url)


def index_bundles(bundles: Sequence[Bundle]) -> list[list[tuple[str, bytes]]]:
    """Task: each bundle indexed by a Pagefind process of its own, side by side; the files of each."""
    return _side_by_side([partial(_given, b) for b in bundles], len(bundles))


def _given(bundle: Bundle) -> Bundle:
    return bundle


def _on_cluster(
    makers: Sequence[Callable[[], Bundle]], executor: Executor
) -> Iterator[list[tuple[str, bytes]]]:
    """The files of each bundle, each indexed as a task, as many at a time as there are workers."""
    step = max(1, executor.workers)
    for start in range(0, len(makers), step):
        bundles = [[make()] for make in makers[start : start + step]]
        for [files] in executor.map(index_bundles, bundles, chunksize=1):
            yield files


def _side_by_side(makers: Sequence[Callable[[], Bundle]], at_once: int) -> list[list[tuple[str, bytes]]]:
    """The files of each bundle, ``at_once`` Pagefind processes at a time; a bundle is made (its pages
    read) only when a process is free for it, so a few shards' pages are held, never the site's.

    In a thread of its own: asyncio.run refuses to start inside a running event loop (a caller's
    Playwright, a live preview), and the index must be built all the same."""

    async def run() -> list[list[tuple[str, bytes]]]:
        free = asyncio.Semaphore(max(1, at_once))
        failed: list[BaseException] = []

        async def one(make: Callable[[], Bundle]) -> list[tuple[str, bytes]]:
            async with free:
                if failed:  # the index is lost already: start no more Pagefind
                    return []
                try:
                    return await _index_bundle(make())
                except Exception as exc:
                    failed.append(exc)
                    return []

        # Every run ends on its own: a run cancelled half-way (as gather's first failure would have
        # the others) can leave a Pagefind waiting for a question that never comes.
        files = list(await asyncio.gather(*(one(make) for make in makers)))
        if failed:
            raise failed[0]
        return files

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, run()).result()


def _stable_names(files: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Name each language's metadata by the digest of its content, as every other index file is.

    Pagefind gives pagefind.<lang>_<hash>.pf_meta a hash that differs from run to run for the same
    pages, and lists the languages in any order; naming by content and sorting keep builds byte-identical.
    """
    entry = next((data for path, data in files if path == _ENTRY), None)
    if entry is None:
        return files
    data = json.loads(entry)
    renamed: dict[str, str] = {}
    metas = dict(files)
    for lang, info in data.get("languages", {}).items():
        old = f"pagefind.{info['hash']}.pf_meta"
        if old not in metas:
            continue
        info["hash"] = f"{lang}_{hashlib.sha256(metas[old]).hexdigest()[:13]}"
        renamed[old] = f"pagefind.{info['hash']}.pf_meta"
    data["languages"] = dict(sorted(data.get("languages", {}).items()))  # Pagefind lists them in any order
    new_entry = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return [(path, new_entry) if path == _ENTRY else (renamed.get(path, path), blob) for path, blob in files]


_ENTRY = "pagefind-entry.json"


def search_files(
    config: SiteConfig,
    pages: Sequence[OutputFile],
    aliases: Sequence[tuple[str, str, str, str]],
    executor: Executor | None = None,
) -> tuple[list[OutputFile], list[Diagnostic]]:
    """The Pagefind bundles for ``pages`` (HTML OutputFiles) plus alias records (lang, path, title,
    words): the root bundle, the shards (see ``searchshards``) and their list."""
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
        files = _index(config, html, aliases, executor or InlineExecutor())
    except Exception as exc:  # the service is a subprocess: any failure becomes one diagnostic
        if isinstance(exc, TaskError):
            exc = RuntimeError(exc.message)
        reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
        return [], [warning("W605", f"search index not built: {reason}", Location("bulletin.yaml"), _HINT)]
    if not any(f.path == "pagefind/" + _ENTRY for f in files):
        return [], [
            warning(
                "W605", "search index not built: Pagefind wrote no files", Location("bulletin.yaml"), _HINT
            )
        ]
    return sorted(files, key=lambda f: f.path), []


def _index(
    config: SiteConfig,
    pages: Sequence[OutputFile],
    aliases: Sequence[tuple[str, str, str, str]],
    executor: Executor,
) -> list[OutputFile]:
    """The root bundle, every shard (from the cache when its pages are unchanged) and the manifest."""
    folder = config.cache_dir / "search"
    seen_key = key("seen", str(config.output_dir))
    seen = {} if config.force else _seen(load(folder, seen_key))
    sent = _to_send(pages, seen)
    told = {page.digest for page in pages if page.digest}
    save(folder, seen_key, [("seen.json", json.dumps({d: v for d, v in seen.items() if d in told}).encode())])
    by_lang: dict[str, list[tuple[OutputFile, str, str]]] = {}
    for item in sorted(sent, key=lambda item: item[0].path):
        by_lang.setdefault(item[1], []).append(item)
    version = _pagefind_version()
    records = _root_records(config, aliases, by_lang)
    # (key, language or None for the root, the pages of a shard)
    plans: list[tuple[str, str | None, list[OutputFile]]] = [(key("root", version, records), None, [])]
    for lang, items in sorted(by_lang.items()):
        page_of = {page.path: (page, sha) for page, _, sha in items}
        for part in chunks(list(page_of), shard_size(len(items))):
            shas = [(path, page_of[path][1]) for path in part]
            shard = key("shard", version, config.base_path, lang, shas)
            plans.append((shard, lang, [page_of[path][0] for path in part]))
    made = {k: None if config.force else load(folder, k) for k, _, _ in plans}

    def bundle(lang: str | None, part: list[OutputFile]) -> Bundle:
        if lang is None:
            return Bundle(records=tuple(records))
        pages = (
            (config.base_path + page.path.removesuffix("index.html"), for_index(page.content()))
            for page in part
        )
        return Bundle(pages=tuple(pages))

    missing = [plan for plan in plans if made[plan[0]] is None]
    makers = [partial(bundle, lang, part) for _, lang, part in missing]
    if executor.distributed:  # each shard a task on the cluster, a few at a time
        results: Iterable[list[tuple[str, bytes]]] = _on_cluster(makers, executor)
    else:  # Pagefind is a process of its own: one per core here (a Python worker would only relay bytes)
        results = _side_by_side(makers, executor.workers)
    for (k, shard_lang, _), files in zip(missing, results, strict=True):
        made[k] = files if shard_lang is None else shard_files(files)
        save(folder, k, made[k] or [])
        give_back()  # the shard's pages, read back from the staging folder, are let go
    out = [OutputFile("pagefind/" + path, data) for path, data in made[plans[0][0]] or ()]
    shards: dict[str, list[str]] = {}
    for k, shard_lang, _ in plans[1:]:
        assert shard_lang is not None
        files = made[k] or []
        name = bundle_name(shard_lang, files)
        shards.setdefault(shard_lang, []).append(name)
        out += [OutputFile(f"pagefind/s/{name}/{path}", data) for path, data in files]
    out.append(OutputFile(MANIFEST, manifest(shards)))
    prune(folder, {k for k, _, _ in plans} | {seen_key})
    return out


def _seen(files: list[tuple[str, bytes]] | None) -> Seen:
    """The pages the last build told the index about, from its cache entry (empty when unreadable)."""
    try:
        data = json.loads(dict(files or ()).get("seen.json", b"{}"))
        return {
            str(d): (str(v[0]), bool(v[1]), str(v[2]))
            for d, v in data.items()
            if isinstance(v, list) and len(v) == 3
        }
    except (ValueError, AttributeError, TypeError):
        return {}


def _root_records(
    config: SiteConfig,
    aliases: Sequence[tuple[str, str, str, str]],
    shards: dict[str, list[tuple[OutputFile, str, str]]],
) -> list[Record]:
    """The root bundle's records: the indicators' aliases, and the home page for a language with
    none (every language the search pages or the shards use needs an index in the root)."""
    records: list[Record] = []
    for lang, path, title, words in aliases:
        url = config.base_path + lang_prefix(lang, config.language) + path
        records.append((url, words, lang.lower(), title))  # Pagefind names <html lang="zh-CN"> zh-cn
    site_langs = {lang.lower(): lang for lang in config.languages}
    for language in sorted({*site_langs, *shards} - {r[2] for r in records}):
        prefix = lang_prefix(site_langs[language], config.language) if language in site_langs else ""
        words = " ".join(w for w in (config.title, config.description) if w)
        records.append((config.base_path + prefix, words or config.title, language, config.title))
    return records


@cache
def _pagefind_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pagefind")
    except PackageNotFoundError:
        return "unknown"


def aliases(site: SiteData) -> list[tuple[str, str, str, str]]:
    """Search records of the indicators: every catalogue name and alias finds the indicator's page."""
    out = []
    for lang in site.config.languages:
        for h in site.histories:
            entry = site.catalog.entry_for(h.name) if site.catalog else None
            words = " ".join(dict.fromkeys([h.name, h.name_en, *(entry.aliases if entry else ())]))
            out.append((lang, f"indicators/{h.slug}/", h.name if lang.startswith("zh") else h.name_en, words))
    return out


def search_index(
    site: SiteData, rendered: Sequence[OutputFile], executor: Executor | None = None
) -> Iterator[OutputFile | Diagnostic]:
    """Finisher: the Pagefind index over the rendered pages and the indicators' aliases (or, when
    the config asks for it, the index already published, if there is one)."""
    previous = previous_index(site.config.output_dir) if site.config.search == "previous" else []
    if previous:
        yield from previous
        return
    files, found = search_files(site.config, rendered, aliases(site), executor)
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
