"""Markdown body -> HTML and the plain-text blocks the figure extractor reads.

Stage contract: ``render_markdown(text, ...)`` takes a whole source file
(front-matter included, so markdown-it's line maps are file lines) and returns
a frozen :class:`Document`. It does no I/O and knows nothing about figures.

Raw HTML is escaped unless the site opts in with ``allow_html``, and then it
goes through nh3. Links to ``javascript:``, ``vbscript:``, ``file:`` and
``data:`` URLs are dropped in both modes.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from bulletin.content.cjk import cjk_friendly, is_cjk
from bulletin.content.localrefs import LocalRefs, local_refs, page_mark
from bulletin.content.notemarks import note_marks
from bulletin.core.document import Document, TextBlock

__all__ = ["Document", "TextBlock", "plain_text", "render_markdown"]

_BAD_URL = re.compile(r"^\s*(javascript|vbscript|file|data)\s*:", re.IGNORECASE)
# Markup that carries no words: emphasis and strike markers, footnote references,
# code backticks. Link syntax keeps its text.
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]*\]")
# '地区生产总值[3](GDP)243.8亿元', pasted from a 统计公报: a footnote mark before a gloss reads as a
# link to 'GDP'. A link whose text is a small number and whose target is a bare word is that
# (content/notemarks.py renders it so).
_MARK_BEFORE_GLOSS = re.compile(r"\[\d{1,2}\](\([^()/.:#\s]{1,24}\))")
_MARKERS = re.compile(r"\*+|~~|__+|`+")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_TAG = re.compile(r"<[^>\n]*>")


def _validate_link(url: str) -> bool:
    return not _BAD_URL.match(url)


def _wrap_table_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
    return '<div class="table-wrap">' + self.renderToken(tokens, idx, options, env)


def _wrap_table_close(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
    return self.renderToken(tokens, idx, options, env) + "</div>\n"


def _footnotes_open(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
    # A <div>, not the plugin's <section>: a section without a heading is flagged by HTML checkers.
    return (
        '<hr class="footnotes-sep">\n<div class="footnotes" role="doc-endnotes">\n'
        '<ol class="footnotes-list">\n'
    )


def _footnotes_close(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
    return "</ol>\n</div>\n"


@lru_cache(maxsize=2)
def _parser(allow_html: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": allow_html, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin).use(cjk_friendly).use(note_marks)
    md.use(anchors_plugin, min_level=2, max_level=4)
    md.validateLink = _validate_link  # type: ignore[method-assign]
    md.add_render_rule("table_open", _wrap_table_open)
    md.add_render_rule("table_close", _wrap_table_close)
    md.add_render_rule("footnote_block_open", _footnotes_open)
    md.add_render_rule("footnote_block_close", _footnotes_close)
    return md


_ALLOWED_TAGS = nh3.ALLOWED_TAGS | {
    "figure",
    "figcaption",
    "section",
    "sup",
    "sub",
    "mark",
    "details",
    "summary",
}
_ALLOWED_ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": {"id", "class", "lang", "title"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
}


def _sanitize(body: str) -> str:
    return nh3.clean(
        body,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        filter_style_properties={"text-align"},
        link_rel="noopener noreferrer",
    )


_ESCAPED = "\ue000"  # a private-use character stands in for escaped punctuation while markers go


def plain_text(source: str) -> str:
    """Inline Markdown source -> plain text: markers, link targets and tags removed."""
    escaped: list[str] = []

    def hold(m: re.Match[str]) -> str:
        escaped.append(m.group(1))
        return _ESCAPED

    text = _ESCAPE.sub(hold, source.replace(_ESCAPED, ""))
    text = _IMAGE.sub(r"\1", text)
    text = _MARK_BEFORE_GLOSS.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _TAG.sub("", text)
    text = _MARKERS.sub("", text)
    pieces = iter(escaped)
    text = re.sub(_ESCAPED, lambda m: next(pieces, ""), text)
    return html.unescape(text)


def _join_lines(lines: list[str]) -> tuple[str, tuple[int, ...]]:
    """Join source lines as a reader sees them: no space between two CJK characters."""
    text, breaks = "", []
    for line in lines:
        line = line.strip()
        if text and line and not (is_cjk(text[-1]) and is_cjk(line[0])):
            text += " "
        breaks.append(len(text))
        text += line
    return text, tuple(breaks)


def _block(kind: str, token: Token, level: int = 0) -> TextBlock:
    assert token.map is not None
    text, breaks = _join_lines([plain_text(line) for line in token.content.split("\n")])
    return TextBlock(kind, token.map[0] + 1, text, breaks, level=level)


def _text_blocks(tokens: list[Token]) -> tuple[TextBlock, ...]:
    blocks: list[TextBlock] = []
    context: list[str] = []
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    cells: list[str] = []
    table_line = 0
    for i, tok in enumerate(tokens):
        if tok.type == "inline" and tok.map is not None:
            parent = tokens[i - 1].type if i else ""
            if parent in ("th_open", "td_open"):
                cells.append(plain_text(tok.content).strip())
            elif parent == "heading_open":
                blocks.append(_block("heading", tok, int(tokens[i - 1].tag[1:])))
            else:
                blocks.append(_block("item" if "list_item" in context else "paragraph", tok))
        elif tok.type == "code_block" and tok.map is not None:
            # Indented text is a paragraph pasted with its indentation (or a table's header line set
            # off by spaces), never program code in a bulletin: the extractor reads it too.
            text, breaks = _join_lines(tok.content.rstrip("\n").split("\n"))
            blocks.append(TextBlock("code", tok.map[0] + 1, text, breaks))
        elif tok.type == "tr_open":
            cells = []
            row_lines.append((tok.map[0] + 1) if tok.map else table_line)
        elif tok.type == "tr_close":
            rows.append(tuple(cells))
        elif tok.type == "table_open":
            rows, row_lines, table_line = [], [], (tok.map[0] + 1) if tok.map else 0
        elif tok.type == "table_close":
            blocks.append(TextBlock("table", table_line, "", (0,), tuple(rows), tuple(row_lines)))
        elif tok.nesting == 1:
            context.append(tok.type.removesuffix("_open"))
        elif tok.nesting == -1 and context:
            context.pop()
    return tuple(blocks)


def _headings(tokens: list[Token]) -> tuple[tuple[int, str, str], ...]:
    found = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open" and tok.attrGet("id"):
            found.append((int(tok.tag[1:]), str(tok.attrGet("id")), plain_text(tokens[i + 1].content)))
    return tuple(found)


def render_markdown(source: str, allow_html: bool = False, path: str = "", base: str = "/") -> Document:
    """Render a whole file (front-matter is recognised and skipped) to a Document.

    ``path`` (the file's path from the site root) and ``base`` (base_url's path): images and
    attachments it links to beside it are listed in ``refs`` and their links rewritten under ``base``;
    other pages it links to by their .md file are listed in ``links`` (content/localrefs.py).
    """
    md = _parser(allow_html)
    env: dict = {}
    tokens = md.parse(source, env)
    mark = page_mark(source) if path else ""
    refs = local_refs(tokens, path, base, mark) if path else LocalRefs((), ())
    body = md.renderer.render(tokens, md.options, env)
    if allow_html:
        body = _sanitize(body)
    return Document(body, _text_blocks(tokens), _headings(tokens), refs.files, refs.pages, mark)
