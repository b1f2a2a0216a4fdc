"""The languages the extractor reads, each a table of rules keyed by its language code.

Contract: ``detect(text)`` -> a code of ``core.langs.LANGS`` ('zh-CN' or 'en'); ``is_en(lang)``
says whether a code belongs to the English family; ``cues(lang)`` is the language's cue table
(``zh.py``, ``en.py``: rows of kind, pattern, sign and named guards, run by ``rules.py``).
Every module that treats a language differently is handed the code, never a flag, so a third
language is one more table here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bulletin.core.langs import family
from bulletin.extract.lang import en, zh
from bulletin.extract.lang.rules import Cue

__all__ = ["EN", "ZH", "cues", "detect", "is_en"]

ZH = "zh-CN"
EN = "en"

_CJK = r"\u3400-\u9fff"
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def detect(text: str) -> str:
    """The language a sentence is written in: English when it has Latin words and no Chinese
    characters (a bracketed gloss such as '(一般公共预算收入)' is ignored), Chinese otherwise."""
    unglossed = re.sub(r"\([^()]*\)", "", text)
    if _LATIN_WORD.search(unglossed) and not re.search(rf"[{_CJK}]", unglossed):
        return EN
    return ZH


@lru_cache(maxsize=16)
def is_en(lang: str) -> bool:
    """Whether ``lang`` ('en', 'en-GB' …) is English. (Asked about a dozen times a sentence.)"""
    return family(lang) == "en"


# One cue table per language family: a third language is one more module and one more entry.
_TABLES: dict[str, tuple[Cue, ...]] = {"zh": zh.CUES, "en": en.CUES}


def cues(lang: str) -> tuple[Cue, ...]:
    """The cue table of ``lang`` (by its family; Chinese when the family has no table)."""
    return _TABLES.get(family(lang), zh.CUES)
