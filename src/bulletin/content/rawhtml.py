"""Local links in raw HTML (``allow_html: true``): the same treatment as Markdown's links.

Contract: ``relink_html(fragment, first_line, relink)`` finds every ``<img src>`` and ``<a href>``
in a piece of raw HTML (an HTML block or one inline tag, as markdown-it hands them over) with the
standard library's HTML parser, asks ``relink(url, is_image, line)`` for each and returns the
fragment with those start tags written again with the new URL. A tag ``relink`` leaves alone
(None) keeps its bytes. Only ``img`` and ``a`` are looked at: they are the only tags whose URL
attributes the sanitiser (nh3, content/markup.py) lets through, and it runs afterwards, so a tag
written again here is still sanitised like any other.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from html.parser import HTMLParser

__all__ = ["Relink", "relink_html"]

# (url as written, True for an image, line in the file) -> the URL to publish, or None to keep it
Relink = Callable[[str, bool, int], str | None]

_URL_ATTR = {"img": "src", "a": "href"}


class _StartTags(HTMLParser):
    """Collects the start tags of ``_URL_ATTR`` with where they are in the fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # (line, column, tag as written, tag name, attributes, written as <tag ... />)
        self.found: list[tuple[int, int, str, str, list[tuple[str, str | None]], bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._keep(tag, attrs, False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._keep(tag, attrs, True)

    def _keep(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        text = self.get_starttag_text()
        if tag in _URL_ATTR and text is not None:
            line, col = self.getpos()  # where the tag starts: the position moves on after this call
            self.found.append((line, col, text, tag, attrs, closed))


def _start_tag(tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> str:
    written = "".join(f" {n}" if v is None else f' {n}="{html.escape(v, quote=True)}"' for n, v in attrs)
    return f"<{tag}{written}{' /' if closed else ''}>"


def _relinked(
    tag: str, attrs: list[tuple[str, str | None]], line: int, relink: Relink
) -> list[tuple[str, str | None]] | None:
    """The attributes with the URL replaced, or None when ``relink`` keeps it."""
    for i, (name, value) in enumerate(attrs):
        if name == _URL_ATTR[tag]:
            # Only the first: of duplicate attributes an HTML parser (and nh3) keeps the first.
            new = relink(value, tag == "img", line) if value is not None else None
            return None if new is None else [*attrs[:i], (name, new), *attrs[i + 1 :]]
    return None


def relink_html(fragment: str, first_line: int, relink: Relink) -> str:
    """``fragment`` (which starts on line ``first_line`` of its file) with its local URLs relinked."""
    if "<" not in fragment:
        return fragment
    parser = _StartTags()
    parser.feed(fragment)
    parser.close()
    starts = [0]
    for i, ch in enumerate(fragment):
        if ch == "\n":
            starts.append(i + 1)
    pieces: list[str] = []
    done = 0
    for line, col, text, tag, attrs, closed in parser.found:
        at = starts[line - 1] + col
        if at < done or fragment[at : at + len(text)] != text:
            continue  # not where the parser says: leave the tag as written rather than guess
        attrs_now = _relinked(tag, attrs, first_line + line - 1, relink)
        if attrs_now is not None:
            pieces += [fragment[done:at], _start_tag(tag, attrs_now, closed)]
            done = at + len(text)
    return "".join(pieces) + fragment[done:]
