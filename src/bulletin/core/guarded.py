"""A compiled pattern tried only on text that could hold a match.

Reading runs a few hundred patterns over every sentence. Some are costly for what they find: an
English-only pattern compiled with IGNORECASE walks every character of a Chinese sentence to find
nothing. A guard is a condition every match needs (a literal it must contain, or a Latin letter)
that Python checks far faster than the pattern fails; without it the text is skipped and the
answer is the one the pattern would have given (no match, the text unchanged).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# Latin letters as IGNORECASE folds them: 'ſ' is an s, the Kelvin sign a k.
_LATIN = re.compile(r"[A-Za-z\u017f\u212a]")


# The last text asked about and its answer: a sentence is asked about by every guarded pattern in
# turn. One tuple, replaced whole, so threads never see one text's answer under another's.
_last: tuple[str | None, bool] = (None, False)


def _has_latin(text: str) -> bool:
    global _last
    seen, answer = _last
    if seen is not text:
        answer = _LATIN.search(text) is not None
        _last = (text, answer)
    return answer


class Guarded:
    """``pattern`` behind a guard: ``needles`` (literals, one of which every match holds) and, with
    ``latin``, a Latin letter (every match of the pattern's English branches holds one)."""

    __slots__ = ("compiled", "latin", "needles")

    def __init__(self, compiled: re.Pattern[str], needles: tuple[str, ...] = (), latin: bool = False):
        self.compiled = compiled
        self.needles = needles
        self.latin = latin

    def could_match(self, text: str) -> bool:
        return any(n in text for n in self.needles) or (self.latin and _has_latin(text))

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args) if self.could_match(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args) if self.could_match(text) else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *args) if self.could_match(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args) if self.could_match(text) else iter(())

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.compiled.findall(text, *args) if self.could_match(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.could_match(text) else text

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    @property
    def flags(self) -> int:
        return self.compiled.flags
