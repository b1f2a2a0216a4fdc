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

from bulletin.extract.text.spliced import spliced

__all__ = ["price_items_en"]

_VERB = r"(?:went up|went down|rose|fell|increased|decreased|grew|was up|was down|were up|were down)"
# 'prices of food, tobacco and liquor, went up': the class's own commas stay, the last one goes
_COMMA_VERB = re.compile(rf"(?P<head>\b(?:[Tt]he )?[Pp]rices? of [a-z][a-z ,'-]{{1,60}}?),(?=\s+{_VERB}\b)")
_BARE_ITEM = re.compile(
    r";\s*(?:and\s+)?(?P<item>[a-z][a-z '-]{1,40}?),\s*(?P<dir>up|down)\s+by\s+(?=[\d.]+\s*(?:percent|%))"
)


# 'producer prices for mining …, raw materials industry, and manufacturing … fell by 1.9, 5.6 and 1.5
# percent, while that of consumer goods increased by 1.4 percent': one class to each rate, in order
_NUMS = r"\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*,?\s+and\s+\d+(?:\.\d+)?|\d+(?:\.\d+)?"
_HEAD = re.compile(r"\b(?P<head>(?:producer|purchaser|purchasing) price(?:s|\s+ind(?:ices|ex)))\s+for\s+")
_LISTED = re.compile(
    rf"(?P<items>[a-z][a-z ,-]+?),?\s+(?P<verb>{_VERB}|jumped|dropped|declined)(?:\s+by)?\s+"
    rf"(?P<nums>{_NUMS})\s*(?:percent|%)(?:\s+respectively)?"
)
_THAT_OF = re.compile(r"[,;]?\s+while\s+that\s+of\s+")


def _one_index(head: str) -> str:
    """'purchaser price indices for A, B': each class has one index."""
    return re.sub(r"indices$", "index", head)


def _classes(sentence: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for head in _HEAD.finditer(sentence):
        name = _one_index(head["head"])
        at = head.end()
        while (m := _LISTED.match(sentence, at)) is not None:
            items = [i.strip() for i in re.split(r",\s*(?:and\s+)?", m["items"]) if i.strip()]
            nums = re.findall(r"\d+(?:\.\d+)?", m["nums"])
            if len(items) != len(nums) or (len(items) == 1 and at == head.end()):
                break
            said = ", ".join(
                f"{name} for {i} {m['verb']} by {n} percent" for i, n in zip(items, nums, strict=True)
            )
            edits.append((head.start() if at == head.end() else at, m.end(), said))
            that = _THAT_OF.match(sentence, m.end())
            if that is None:
                break
            edits.append((m.end(), that.end(), ", while "))
            at = that.end()
    return edits


# 'rose by 3.8 percent, affecting the CPI up by about 0.02 percentage point': what a class adds to
# the overall index, in points, is no rate of its own, and 'in the CPI' must not name the rate before
_AFFECTING = re.compile(
    r",\s*affecting\s+[^,;()]{0,80}?\bpercentage points?\b"
    r"(?:\s+(?:increased?|decreased?|rise|drop|decline|fall)\b)?(?:\s+(?:in|to|of)\s+(?:the\s+)?CPI\b)?"
)
_GLUED_BY = re.compile(r"\bby(?=\d)")  # 'grew by1.6 percent', as a page printed it


# '…, producer prices for mining … decreased by 4.0 percent; that of raw materials industry decreased by
# 5.2 percent': each 'that of' is the class head before it, for another class
_CLASS_HEAD = re.compile(_HEAD.pattern, re.IGNORECASE)  # (the head may open the sentence: 'Producer prices')
_THAT_OF_CLASS = re.compile(r"(?<=[;,])\s*(?:while\s+|and\s+)?that\s+of\s+(?!the\b)(?=[a-z])")


def _that_of(sentence: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    edits = []
    for m in _THAT_OF_CLASS.finditer(sentence):
        heads = list(_CLASS_HEAD.finditer(sentence, 0, m.start()))
        if heads and not any(a < m.end() and m.start() < b for a, b, _ in taken):
            head = _one_index(heads[-1]["head"].lower())
            edits.append((m.end() - len(m.group().lstrip()), m.end(), f"{head} for "))
    return edits


def price_items_en(sentence: str) -> tuple[str, list[int] | None]:
    edits = _classes(sentence)  # (start, end, replacement) in the sentence
    edits += _that_of(sentence, edits)
    edits += [(m.start(), m.end(), "") for m in _AFFECTING.finditer(sentence)]
    edits += [(m.end(), m.end(), " ") for m in _GLUED_BY.finditer(sentence)]
    first = _COMMA_VERB.search(sentence) or re.search(
        rf"\b[Pp]rices? of [a-z][a-z ,'-]{{1,60}}? {_VERB}", sentence
    )
    if first is not None:
        edits += [(m.end("head"), m.end(), "") for m in _COMMA_VERB.finditer(sentence)]
        for m in _BARE_ITEM.finditer(sentence, first.end()):
            edits.append((m.start(), m.end(), f"; prices of {m['item']} went {m['dir']} by "))
    return spliced(sentence, [(start, end, said, start) for start, end, said in edits])
