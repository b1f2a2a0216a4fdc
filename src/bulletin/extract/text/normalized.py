"""Text as the extractor's patterns read it: full-width forms and dashes folded, footnote marks and
asides blanked, rates written in words turned to digits, all without changing the length, so an
offset found in normalised text holds in the original.

Contract: ``normalize(text)`` -> the normalised text, the same length. Pure; cached, because a
table's cells and a sentence's clauses are normalised again and again as they are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bulletin.core.textfold import fold_prose

__all__ = ["normalize"]


# Footnote marks between a name and its figure: 地区生产总值[1]2745.6亿元, 5.82万人①.
_FOOTNOTE = re.compile(r"\[(?:注)?\d{1,2}\]|〔\d{1,2}〕|【(?:注)?\d{1,2}】|[\u2460-\u2473\u2776-\u277f]")

# 'a 4.9-percent jump': the hyphen of a compound adjective is a space to the number's unit.
_HYPHENED_PERCENT = re.compile(r"(?<=\d)-(?=percent\b|per cent\b|percentage\b)", re.IGNORECASE)

# 'up six percent year on year': a rate written in words, read as its digits (padded to keep offsets).
_WORDS = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    *("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
]
# 'hit over two trillion yuan': so is an amount in words before its scale
_WORD_PERCENT = re.compile(
    rf"\b({'|'.join(_WORDS)})(?=[\s-]+(?:percent|per cent|trillion|billion|million)\b)", re.IGNORECASE
)


def _digits(m: re.Match[str]) -> str:
    number = str(_WORDS.index(m.group(1).lower()))
    return number + " " * (len(m.group(1)) - len(number))


# 'a year-to-year growth of 7.4%', 'up 5 percent year over year': the year-on-year the cues know
_YEAR_TO_YEAR = re.compile(r"\byear[- ](?:to|over)[- ]year\b", re.IGNORECASE)


def _on(m: re.Match[str]) -> str:
    return "year-on-year".ljust(len(m.group()))


_DASHED_ASIDE = re.compile(r"(?<=[a-z])\s-\s(?=[a-z])[^;]{3,160}?\s-\s(?=[a-z])")
_SAME_BELOW = re.compile(r"[,、;]\s*(?:以?下同|下文同)\)")


# '高技术制造业[3]实现增加值48.6亿元': a mark between two words, whose blank would cut the name
_MARK_IN_WORDS = re.compile(rf"(?<=[\u3400-\u9fff])(?P<mark>{_FOOTNOTE.pattern})(?P<words>[\u3400-\u9fff]+)")


def _closed_up(m: re.Match[str]) -> str:
    # the words close up over the mark and its blank goes after them: a figure keeps its offset
    return m.group("words") + " " * len(m.group("mark"))


@lru_cache(maxsize=16384)
def normalize(text: str) -> str:
    """Fold full-width forms and dashes and blank out footnote marks, keeping the length (offsets
    map back; only the words right after a mark inside a name move, by the mark's length)."""
    folded = _FOOTNOTE.sub(lambda m: " " * len(m.group()), _MARK_IN_WORDS.sub(_closed_up, fold_prose(text)))
    # '(GDP,下同)' is the gloss (GDP): the bracket closes up over the note, its blank goes after it
    folded = _SAME_BELOW.sub(lambda m: ")" + " " * (len(m.group()) - 1), folded)
    # 'the value added of … – defined as … – has grown 8.9 percent': an aside between dashes
    folded = _DASHED_ASIDE.sub(lambda m: " " * len(m.group()), folded)
    return _YEAR_TO_YEAR.sub(_on, _HYPHENED_PERCENT.sub(" ", _WORD_PERCENT.sub(_digits, folded)))
