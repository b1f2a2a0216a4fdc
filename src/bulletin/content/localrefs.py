"""Images and attachments a Markdown file links to beside it: found and re-pointed at the site copy.

Contract: ``local_refs(tokens, path, base)`` walks markdown-it tokens, rewrites in place the
``src`` of every local image and the ``href`` of every local link to an attachment
(``ATTACHMENTS``), and returns ``(target, line)`` for each: ``target`` is the file's path from
the site root, resolved against the Markdown file's folder. No I/O: whether the file exists,
stays inside content/ and is a regular file is checked when the site is assembled
(site/media.py), so reading a bulletin stays a pure function of its text.

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


def local_refs(tokens: list[Token], path: str, base: str) -> tuple[tuple[str, int], ...]:
    folder = posixpath.dirname(path)
    found: list[tuple[str, int]] = []
    for block in tokens:
        if block.type != "inline" or not block.children or block.map is None:
            continue
        line = block.map[0] + 1
        for tok in block.children:
            if tok.type in ("softbreak", "hardbreak", JOINED_BREAK):
                line += 1
                continue
            attr = "src" if tok.type == "image" else "href" if tok.type == "link_open" else ""
            local = _local(str(tok.attrGet(attr) or "")) if attr else None
            if local is None:
                continue
            ref, rest = local
            if attr == "href" and posixpath.splitext(ref)[1].lower() not in ATTACHMENTS:
                continue
            target = posixpath.normpath(posixpath.join(folder, ref))
            found.append((target, line))
            if target.startswith(CONTENT):  # else the build reports it and publishes nothing
                tok.attrSet(attr, base + quote(published_path(target)) + rest)
    return tuple(found)
