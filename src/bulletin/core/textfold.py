"""Width folding, defined once: full-width ASCII, the ideographic space, dashes, minus signs and the
typeset apostrophe.

Every fold is one character to one character, so an offset found in folded text holds in
the original (the extractor reports columns and quotes spans by those offsets). Two uses
differ only in what they leave alone: prose folding turns the clause comma ， and dashes
too; number and period folding keep ， (it separates clauses, 12，345 is handled where
digits surround it) and keep dashes (a dash before a number is not a minus sign).
"""

from __future__ import annotations

__all__ = ["FOLD_NUMBERS", "FOLD_PROSE", "fold_numbers", "fold_prose"]

_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_COMMA = 0xFF0C  # ，
_MINUS = {0x2212: 0x2D}  # − is a minus sign wherever it stands
_DASHES = {0x2014: 0x2D, 0x2013: 0x2D, 0x2015: 0x2D, 0x301C: 0x7E}  # — – ― 〜
_APOSTROPHE = {0x2019: 0x27}  # China’s, the country’s: typeset English is read like typed English

FOLD_PROSE = _FULL_WIDTH | _MINUS | _DASHES | _APOSTROPHE
FOLD_NUMBERS = {c: a for c, a in (_FULL_WIDTH | _MINUS).items() if c != _COMMA}


def fold_prose(text: str) -> str:
    """Fold everything, the clause comma and dashes included (for scanning sentences)."""
    return text.translate(FOLD_PROSE)


def fold_numbers(text: str) -> str:
    """Fold for reading numbers and periods: the clause comma and dashes stay as written."""
    return text.translate(FOLD_NUMBERS)
