"""The NBS's English price releases as some months word them: 'Prices of food, tobacco and liquor,
went up by 2.0 percent' (a comma between the class and its verb) and 'Of which, the prices of eggs,
went up by 17.6 percent, affecting …; fresh vegetables, up by 8.8 percent, affecting …; meat, down by
6.1 percent' (each later class named bare, before a comma and its direction).

Contract: ``price_items_en(sentence)`` -> the sentence with the comma before a price's verb dropped
and each later bare class written as the first one is ('prices of fresh vegetables went up by 8.8
percent'), and where each of its characters was (so a figure keeps its line); None for where when
nothing changed. Pure.
"""

from __future__ import annotations

import re

__all__ = ["price_items_en"]

_VERB = r"(?:went up|went down|rose|fell|increased|decreased|grew|was up|was down|were up|were down)"
# 'prices of food, tobacco and liquor, went up': the class's own commas stay, the last one goes
_COMMA_VERB = re.compile(rf"(?P<head>\b(?:[Tt]he )?[Pp]rices? of [a-z][a-z ,'-]{{1,60}}?),(?=\s+{_VERB}\b)")
_BARE_ITEM = re.compile(
    r";\s*(?:and\s+)?(?P<item>[a-z][a-z '-]{1,40}?),\s*(?P<dir>up|down)\s+by\s+(?=[\d.]+\s*(?:percent|%))"
)


def price_items_en(sentence: str) -> tuple[str, list[int] | None]:
    first = _COMMA_VERB.search(sentence) or re.search(
        rf"\b[Pp]rices? of [a-z][a-z ,'-]{{1,60}}? {_VERB}", sentence
    )
    if first is None:
        return sentence, None
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the sentence
    for m in _COMMA_VERB.finditer(sentence):
        edits.append((m.end("head"), m.end(), ""))
    for m in _BARE_ITEM.finditer(sentence, first.end()):
        said = f"; prices of {m['item']} went {m['dir']} by "
        edits.append((m.start(), m.end(), said))
    if not edits:
        return sentence, None
    text: list[str] = []
    where: list[int] = []
    at = 0
    for start, end, said in sorted(edits):
        text += [sentence[at:start], said]
        where += [*range(at, start), *[start] * len(said)]
        at = end
    text.append(sentence[at:])
    where.extend(range(at, len(sentence)))
    return "".join(text), where
