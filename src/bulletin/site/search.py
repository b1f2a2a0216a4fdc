"""The search index: Pagefind (PyPI ``pagefind[extended]``, the build that segments Chinese) over the
rendered pages, through its Python API, at the end of the build.

Contract: ``search_files(config, pages, aliases) -> (files, diagnostics)``. Pages are indexed from
memory in the language of their ``<html lang>`` (one index per language under ``pagefind/``);
each indicator also gets a record with its catalogue names and aliases, so 规上工业 finds
规模以上工业增加值. Any failure (Pagefind missing, its binary refusing to start) is a warning
W605 saying why, never a traceback; the site is complete without search. A plain function
returning OutputFiles until the page-generator registry lands in site/.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Sequence

from bulletin.core.errors import Diagnostic, Location, warning
from bulletin.core.i18n import lang_prefix
from bulletin.core.model import OutputFile, SiteConfig

__all__ = ["search_files"]

_UI = ("pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui")
_HINT = "install it with: pip install 'pagefind[extended]' (it ships the Pagefind binary for this platform)"


async def _index(
    config: SiteConfig, pages: Sequence[OutputFile], aliases: Sequence[tuple[str, str, str, str]]
) -> list[OutputFile]:
    from pagefind.index import IndexConfig, PagefindIndex

    settings = IndexConfig(output_path="pagefind")
    async with PagefindIndex(config=settings) as index:
        for page in pages:
            url = config.base_path + page.path.removesuffix("index.html")
            await index.add_html_file(content=page.data.decode("utf-8"), url=url)
        for lang, path, title, words in aliases:
            url = config.base_path + lang_prefix(lang, config.language) + path
            language = lang.lower()  # as Pagefind names the index of <html lang="zh-CN">: zh-cn
            await index.add_custom_record(url=url, content=words, language=language, meta={"title": title})
        files = await index.get_files()
        await index.delete_index()
    return [
        OutputFile("pagefind/" + f["path"].lstrip("/"), bytes(f["content"]))
        for f in files
        if not f["path"].startswith(_UI)  # the ready-made UIs: search.js talks to pagefind.js itself
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
