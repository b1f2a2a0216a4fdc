"""The site's languages, declared once: codes, babel locales, and how a code finds its column.

Every per-language table in the package (interface strings, chart strings, units) is keyed by
these codes. Adding a language is one more code and locale here and one more column there.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LANGS", "LOCALES", "column", "family", "localized"]

# The site languages: the columns of every string table below, in this order. A third
# language is one more code here, its babel locale, and one more column in STRINGS.
LANGS = ("zh-CN", "en")
LOCALES = {"zh-CN": "zh_Hans_CN", "en": "en"}


def family(lang: str) -> str:
    """The language family a code belongs to: 'zh-CN' -> 'zh', 'en-GB' -> 'en'."""
    return lang.split("-")[0].lower()


def column(lang: str) -> int:
    """Which column of the string tables holds ``lang``: the exact code, else its family."""
    if lang in LANGS:
        return LANGS.index(lang)
    for i, code in enumerate(LANGS):
        if family(code) == family(lang):
            return i
    return LANGS.index("en")


def localized(lang: str, values: Mapping[str, str]) -> str:
    """Pick ``lang``'s entry of a per-language mapping: exact code, else same family, else any."""
    if lang in values:
        return values[lang]
    for code, value in values.items():
        if family(code) == family(lang):
            return value
    return next(iter(values.values()), "")
