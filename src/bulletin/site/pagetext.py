"""What the search index is given of a page: its searchable part, so that the index and its cache
keys change only when that part does.

Pagefind reads only the element marked ``data-pagefind-body`` (once one page has it), its
``<html lang>``, and metadata it finds there; charts' ``<svg>`` it skips. Sending the page without
the rest gives the same index (tests hold Pagefind to it) and means an edit of the site's chrome (a
template's header, a stylesheet's fingerprint in every ``<head>``) changes no shard: a template
edit rebuilt every page's index before.

Contract: ``for_index(html)`` -> the bytes to digest and send. Pure.
"""

from __future__ import annotations

import re

__all__ = ["body_only", "for_index", "without_svg"]


def for_index(html: bytes) -> bytes:
    """The page as the search index reads it: its marked body, without charts."""
    return body_only(without_svg(html))


_BODY_TAG = re.compile(rb"<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-body\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
_TITLE = re.compile(rb"<title\b[^>]*>.*?</title\s*>", re.IGNORECASE | re.DOTALL)
# Outside the body these would still tell Pagefind something: metadata, filters or sort keys set
# on other elements, and the first heading or image it takes for a page's title and picture.
_READ_OUTSIDE = re.compile(rb"data-pagefind-(?!ignore)|<h1[\s>]|<img[\s>/]", re.IGNORECASE)


def body_only(html: bytes) -> bytes:
    """The page reduced to its ``<html>`` tag, ``<title>`` and the one element marked
    data-pagefind-body; the page as it is when anything outside that element could count."""
    found = list(_BODY_TAG.finditer(html))
    if len(found) != 1:
        return html
    opening = found[0]
    tag = re.compile(rb"<(/?)" + re.escape(opening.group(1)) + rb"(?=[\s>/])[^>]*>", re.IGNORECASE)
    depth, end = 0, -1
    for m in tag.finditer(html, opening.start()):
        depth += -1 if m.group(1) else 0 if m.group(0).endswith(b"/>") else 1
        if depth == 0:
            end = m.end()
            break
    if end < 0 or _READ_OUTSIDE.search(html[: opening.start()] + html[end:]):
        return html
    head = _HTML_TAG.search(html, 0, opening.start())
    title = _TITLE.search(html, 0, opening.start())
    return b"".join(
        (
            b"<!DOCTYPE html>",
            head.group(0) if head else b"<html>",
            b'<head><meta charset="utf-8">',
            title.group(0) if title else b"",
            b"</head><body>",
            html[opening.start() : end],
            b"</body></html>",
        )
    )


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
