"""CJK-friendly emphasis and line breaks for markdown-it-py.

Contract: a markdown-it-py plugin, ``MarkdownIt(...).use(cjk_friendly)``; it
changes only the parser it is applied to and never patches markdown-it-py's
classes.

Strict CommonMark leaves ``**增长11.3%。**全年`` unbolded (a delimiter run next
to punctuation with a letter on the other side does not flank) and renders a
line break between two Chinese characters as a space. This module implements
the emphasis rule of the CommonMark CJK-friendly amendment draft
(github.com/tats-u/markdown-cjk-friendly, specification.md, section 6.2) and
drops soft line breaks between two CJK characters.

Why not the PyPI package ``mdit-py-cjk-friendly``: it replaces
``StateInline.scanDelims`` for every parser in the process on import, pins
markdown-it-py below 4, and keeps the stray space when the line before the
break ends in emphasis (``**682.3亿元**`` + newline + ``同比``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline.state_inline import Scanned, StateInline
from markdown_it.token import Token

__all__ = ["JOINED_BREAK", "cjk_friendly", "is_cjk"]

_EMOJI_RANGES = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF))
_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF))


@lru_cache(maxsize=4096)
def is_cjk(char: str) -> bool:
    """True for a CJK character as the amendment defines it (wide, not emoji; or Hangul)."""
    if not char:
        return False
    code = ord(char[0])
    if any(lo <= code <= hi for lo, hi in _HANGUL_RANGES):
        return True
    if any(lo <= code <= hi for lo, hi in _EMOJI_RANGES):
        return False
    return unicodedata.east_asian_width(char[0]) in ("W", "F", "H")


def _is_hangul(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _HANGUL_RANGES)


def _is_variation_selector(char: str) -> bool:
    return 0xFE00 <= ord(char) <= 0xFE0E


def _is_ideographic_vs(char: str) -> bool:
    return 0xE0100 <= ord(char) <= 0xE01EF


def _is_punct(char: str) -> bool:
    return isMdAsciiPunct(ord(char)) or isPunctChar(char)


class _CjkStateInline(StateInline):
    def scanDelims(self, start: int, canSplitWord: bool) -> Scanned:
        src, pos, maximum = self.src, start, self.posMax
        marker = src[start]
        while pos < maximum and src[pos] == marker:
            pos += 1
        last = src[start - 1] if start > 0 else " "
        # A variation selector belongs to the character before it (a "sequence").
        if _is_variation_selector(last) and start > 1:
            last = src[start - 2]
        nxt = src[pos] if pos < maximum else " "

        last_ws, next_ws = isWhiteSpace(ord(last)), isWhiteSpace(ord(nxt))
        last_punct, next_punct = _is_punct(last), _is_punct(nxt)
        last_cjk, next_cjk = is_cjk(last), is_cjk(nxt)
        last_plain_punct = last_punct and not last_cjk
        next_plain_punct = next_punct and not next_cjk

        left = not next_ws and (
            not next_plain_punct or last_ws or last_plain_punct or last_cjk or _is_ideographic_vs(last)
        )
        right = not last_ws and (not last_plain_punct or next_ws or next_plain_punct or next_cjk)
        if canSplitWord:
            can_open, can_close = left, right
        else:
            can_open = left and (not right or last_punct)
            can_close = right and (not left or next_punct)
        return Scanned(can_open, can_close, pos - start)


class _CjkParserInline(ParserInline):
    def parse(self, src: str, md: MarkdownIt, env: dict, tokens: list[Token]) -> list[Token]:  # type: ignore[override]
        state = _CjkStateInline(src, md, env, tokens)
        self.tokenize(state)
        for rule in self.ruler2.getRules(""):
            rule(state)
        return state.tokens


def _edge_char(children: list[Token], index: int, step: int) -> str:
    """The nearest visible character before (step=-1) or after (step=1) children[index]."""
    i = index + step
    while 0 <= i < len(children):
        tok = children[i]
        if tok.type in ("text", "code_inline") and tok.content:
            return tok.content[-1] if step < 0 else tok.content[0]
        if tok.type in ("softbreak", "hardbreak", "image"):
            return ""
        i += step
    return ""


# A soft break joined away renders nothing but is kept as a hidden token: whoever walks the tokens
# (content/localrefs.py) still counts the line, so a link after it is reported at its own line.
JOINED_BREAK = "cjk_joined_break"


def _join_cjk_lines(state: StateCore) -> None:
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        kept = []
        for i, tok in enumerate(block.children):
            if tok.type == "softbreak":
                before, after = _edge_char(block.children, i, -1), _edge_char(block.children, i, 1)
                if is_cjk(before) and is_cjk(after) and not (_is_hangul(before) or _is_hangul(after)):
                    tok = Token(JOINED_BREAK, "", 0, hidden=True)
            kept.append(tok)
        block.children = kept


def cjk_friendly(md: MarkdownIt) -> None:
    """Plugin: CJK-friendly emphasis flanking and line joining, for this parser only."""
    inline = _CjkParserInline()
    inline.ruler, inline.ruler2 = md.inline.ruler, md.inline.ruler2
    md.inline = inline
    md.core.ruler.after("inline", "cjk_join_lines", _join_cjk_lines)
