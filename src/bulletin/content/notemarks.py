"""Footnote marks pasted from a statistics bureau's page.

A 统计公报 marks its terms with numbered notes and glosses them in parentheses:
'地区生产总值[3](GDP)243.8亿元'. In Markdown that is a link to a page named 'GDP' whose text is 3,
so the reader would see a broken link and lose the gloss. This plugin renders a link whose text is a
number of one or two digits and whose target is a bare word (no slash, dot, colon or #) as the note
mark it is: '<sup>[3]</sup>(GDP)'. ``content.markup.plain_text`` reads the same text the same way,
so the extractor never sees the mark as a digit of the figure.

Contract: ``note_marks(md)`` adds the core rule to a MarkdownIt parser. Pure.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

__all__ = ["note_marks"]

_MARK = re.compile(r"\d{1,2}")
_BARE_TARGET = re.compile(r"[^/.:#\s()]{1,24}")


def note_marks(md: MarkdownIt) -> None:
    """Render '[3](GDP)' as a note mark and its gloss, not as a link."""
    md.core.ruler.push("note_marks", _note_marks)


def _is_mark(children: list[Token], i: int) -> bool:
    if i + 2 >= len(children):
        return False
    opened, text, closed = children[i : i + 3]
    return (
        opened.type == "link_open"
        and text.type == "text"
        and closed.type == "link_close"
        and _MARK.fullmatch(text.content) is not None
        and _BARE_TARGET.fullmatch(str(opened.attrGet("href") or "")) is not None
    )


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _note_marks(state: StateCore) -> None:
    for block in state.tokens:
        children = block.children
        if block.type != "inline" or not children:
            continue
        out: list[Token] = []
        i = 0
        while i < len(children):
            if _is_mark(children, i):
                href = str(children[i].attrGet("href"))
                out += [Token("sup_open", "sup", 1), _text(f"[{children[i + 1].content}]")]
                out += [Token("sup_close", "sup", -1), _text(f"({href})")]
                i += 3
                continue
            out.append(children[i])
            i += 1
        block.children = out
