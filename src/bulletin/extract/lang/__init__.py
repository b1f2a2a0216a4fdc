"""The languages the extractor reads, each a table of rules keyed by its language code.

Contract: ``detect(text)`` -> a code of ``core.langs.LANGS`` ('zh-CN' or 'en'); ``is_en(lang)``
says whether a code belongs to the English family. Every module that treats a language
differently is handed the code, never a flag, so a third language is one more table here.
"""

from __future__ import annotations

import re

from bulletin.core.langs import family

__all__ = ["EN", "ZH", "detect", "is_en"]

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


def is_en(lang: str) -> bool:
    """Whether ``lang`` ('en', 'en-GB' …) is English."""
    return family(lang) == "en"
