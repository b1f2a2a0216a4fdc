"""Images and attachments a Markdown file links to beside it: found and re-pointed at the site copy.

Contract: ``local_refs(tokens, path, base)`` walks markdown-it tokens, rewrites in place the
``src`` of every local image and the ``href`` of every local link to an attachment
(``ATTACHMENTS``), in Markdown and in raw HTML (content/rawhtml.py), and returns ``(target, line)``
for each: ``target`` is the file's path from the site root, resolved against the Markdown file's
folder. No I/O: whether the file exists, stays inside content/ and is a regular file is checked
when the site is assembled (site/media.py), so reading a bulletin stays a pure function of its text.

A file ``content/2023/chart.png`` is published at ``files/2023/chart.png``: the content tree
mirrored under one folder. Its address depends only on its path (never its bytes), so a
bulletin's page does not change when only the image does, an image two bulletins share is
one file, and ``../img/x.png`` works as it does in the editor's Markdown preview.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote, unquote

from markdown_it.token import Token

from bulletin.content.cjk import JOINED_BREAK
from bulletin.content.rawhtml import relink_html

__all__ = ["ATTACHMENTS", "MEDIA_PREFIX", "local_refs", "published_path"]

MEDIA_PREFIX = "files/"
CONTENT = "content/"
# Links to these are files to copy; a link to anything else (about/, other.md) is left alone.
ATTACHMENTS = frozenset(
    {
        *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"),
        *(".pdf", ".xlsx", ".xls", ".csv", ".docx", ".doc", ".pptx", ".ppt", ".odt", ".ods"),
        *(".zip", ".txt", ".json", ".mp4", ".mp3"),
    }
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


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

    def __init__(self, path: str, base: str) -> None:
        self.folder = posixpath.dirname(path)
        self.base = base
        self.files: list[tuple[str, int]] = []

    def relink(self, url: str, image: bool, line: int) -> str | None:
        local = _local(url)
        if local is None:
            return None
        ref, rest = local
        if not image and posixpath.splitext(ref)[1].lower() not in ATTACHMENTS:
            return None
        target = posixpath.normpath(posixpath.join(self.folder, ref))
        self.files.append((target, line))
        if not target.startswith(CONTENT):
            return None  # the build reports it and publishes nothing
        return self.base + quote(published_path(target)) + rest


def local_refs(tokens: list[Token], path: str, base: str) -> tuple[tuple[str, int], ...]:
    """Re-point every local link of ``tokens`` (Markdown and raw HTML); the files they lead to."""
    refs = _Refs(path, base)
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
    return tuple(refs.files)
