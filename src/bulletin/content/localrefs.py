"""Images, attachments and other pages a Markdown file links to beside it: found and re-pointed.

Contract: ``local_refs(tokens, path, base, mark)`` walks markdown-it tokens, rewrites in place the
``src`` of every local image and the ``href`` of every local link to an attachment
(``ATTACHMENTS``) or to another page by its ``.md`` file, in Markdown and in raw HTML
(content/rawhtml.py), and returns ``(target, line)`` for each: ``target`` is the file's path from
the site root, resolved against the Markdown file's folder. No I/O: whether the file exists,
stays inside content/ and is a regular file is checked when the site is assembled
(site/media.py, site/pagelinks.py), so reading a bulletin stays a pure function of its text.

A file ``content/2023/chart.png`` is published at ``files/2023/chart.png``: the content tree
mirrored under one folder. Its address depends only on its path (never its bytes), so a
bulletin's page does not change when only the image does, an image two bulletins share is
one file, and ``../img/x.png`` works as it does in the editor's Markdown preview.

A page's address is not its path (its slug may come from its front-matter) and is not known
while one file is read: its href gets ``mark`` followed by the target's index in ``pages`` (and
the ``#fragment`` as written), which site/pagelinks.py replaces with the address.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from typing import NamedTuple
from urllib.parse import quote, unquote

from markdown_it.token import Token

from bulletin.content.cjk import JOINED_BREAK
from bulletin.content.rawhtml import relink_html

__all__ = [
    "ATTACHMENTS",
    "MEDIA_PREFIX",
    "PAGE_SUFFIX",
    "LocalRefs",
    "local_refs",
    "page_mark",
    "published_path",
]

MEDIA_PREFIX = "files/"
CONTENT = "content/"
# Links to these are files to copy, a link to other.md goes to that page, anything else (about/) stays.
ATTACHMENTS = frozenset(
    {
        *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"),
        *(".pdf", ".xlsx", ".xls", ".csv", ".docx", ".doc", ".pptx", ".ppt", ".odt", ".ods"),
        *(".zip", ".txt", ".json", ".mp4", ".mp3"),
    }
)
PAGE_SUFFIX = ".md"  # a link to another bulletin or page, by its source file
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class LocalRefs(NamedTuple):
    """(target, line) pairs: files to publish under files/, and other pages linked by their .md."""

    files: tuple[tuple[str, int], ...]
    pages: tuple[tuple[str, int], ...]


def published_path(target: str) -> str:
    """Where a file under content/ is written in the site ('content/a/b.png' -> 'files/a/b.png')."""
    return MEDIA_PREFIX + target.removeprefix(CONTENT)


def _local(url: str) -> tuple[str, str] | None:
    """(path, '?query#fragment') of a link to a file beside the Markdown, else None."""
    if not url or _SCHEME.match(url) or url.startswith(("/", "#")):
        return None
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    path, rest = unquote(url[:cut]), url[cut:]
    return (path, rest) if path else None


class _Refs:
    """What one file links to beside it, found in link order; ``relink`` says where each goes."""

    def __init__(self, path: str, base: str, mark: str) -> None:
        self.folder = posixpath.dirname(path)
        self.base = base
        self.mark = mark
        self.files: list[tuple[str, int]] = []
        self.pages: list[tuple[str, int]] = []

    def relink(self, url: str, image: bool, line: int) -> str | None:
        local = _local(url)
        if local is None:
            return None
        ref, rest = local
        kind = posixpath.splitext(ref)[1].lower()
        target = posixpath.normpath(posixpath.join(self.folder, ref))
        if not image and kind == PAGE_SUFFIX:
            self.pages.append((target, line))
            return f"{self.mark}{len(self.pages) - 1}{rest}"
        if not image and kind not in ATTACHMENTS:
            return None
        self.files.append((target, line))
        if not target.startswith(CONTENT):
            return None  # the build reports it and publishes nothing
        return self.base + quote(published_path(target)) + rest


def page_mark(text: str) -> str:
    """What stands for a page's address in a file's hrefs until the site knows it: a digest of
    the file's own text, so no editor can write it (nh3 drops characters a URL cannot hold, so
    it is plain ASCII)."""
    return "md-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] + "-"


def local_refs(tokens: list[Token], path: str, base: str, mark: str) -> LocalRefs:
    """Re-point every local link of ``tokens`` (Markdown and raw HTML); what they lead to."""
    refs = _Refs(path, base, mark)
    for block in tokens:
        if block.map is None:
            continue
        if block.type == "html_block":
            block.content = relink_html(block.content, block.map[0] + 1, refs.relink)
            continue
        if block.type != "inline" or not block.children:
            continue
        line = block.map[0] + 1
        for tok in block.children:
            if tok.type in ("softbreak", "hardbreak", JOINED_BREAK):
                line += 1
            elif tok.type == "html_inline":
                written = tok.content
                tok.content = relink_html(written, line, refs.relink)
                line += written.count("\n")
            elif tok.type in ("image", "link_open"):
                attr = "src" if tok.type == "image" else "href"
                new = refs.relink(str(tok.attrGet(attr) or ""), tok.type == "image", line)
                if new is not None:
                    tok.attrSet(attr, new)
    return LocalRefs(tuple(refs.files), tuple(refs.pages))
