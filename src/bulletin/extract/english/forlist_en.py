"""English lists the reader would pair wrong as written: figures before their items ('The added
value was 175.6 billion yuan for the primary industry, 884.5 billion yuan for the secondary
industry, …'; 'the government collected 186.66 billion yuan in fiscal revenue'), and items whose verb
the list leaves out ('… grew by 4.1 percent; joint-stock enterprises by 8.5 percent').

Contract: ``items_first_en(sentence)`` -> the sentence with each 'V for the X' of such a list, and
each 'collected V in X', written with the item first, and the verb of the list's first item put back
before each later 'by N percent'; and where each of its characters was (so a figure keeps its line).
Pure.
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["items_first_en"]

# a figure and its unit words ('over 1.39 trillion CNY', '12.5%', '3,086 units')
_VALUE = r"(?:(?:over|about|nearly|around|more than)\s+)?\d[\d,]*(?:\.\d+)?\s*(?:%|(?:[a-zA-Z-]+\s+){0,3}?)"
# (not 'for urban residents': whose figure it is, neighbours.py, not an item of a list)
_ITEM = r"(?:the\s+)?(?!(?:urban|rural)\s+(?:citizens|residents|households)\b)[a-z][a-z' -]{1,60}?"
_PAIR = re.compile(rf"(?P<value>{_VALUE})\s*(?P<item>for\s+{_ITEM})(?=\s*(?:,|;|\.|$|\s+and\b))")
# 'collected 186.66 billion CNY in fiscal revenue', 'earned CNY 4.38 billion in tourism revenue' (and
# not 'made 412 trips in January': a period is no item)
_IN_ITEM = re.compile(
    # (the collector is the area or its government: 'the secondary industry generated 187 billion yuan in
    # added value' names the industry's own value added, which the reader reads as written)
    r"\b(?:government|city|province|county|district|zone|region|authorities|it)\s+"
    rf"(?:collected|earned|generated|raked in|realized|realised)\s+"
    rf"(?P<value>(?:(?:CNY|RMB|US\$|\$)\s*)?{_VALUE})\s*(?P<item>in\s+{_ITEM})(?=\s*(?:,|;|\.|$))"
)
# 'evidenced by the 1.94 billion yuan in catering revenue, …, and 84.79 billion yuan in retail sales of
# goods': an amount of money named by what follows it, after 'by (the)' or 'and'
_MONEY_IN_ITEM = re.compile(
    r"\b(?:by|and)\s+(?:the\s+)?"
    r"(?P<value>(?:(?:CNY|RMB)\s*)?\d[\d,]*(?:\.\d+)?\s*(?:(?:million|billion|trillion)\s+)?"
    r"(?:yuan|CNY|RMB|U\.?S\.? dollars))\s+"
    rf"(?P<item>in\s+{_ITEM})(?=\s*(?:,|;|\.|$))"
)
_PERIOD_WORDS = re.compile(
    r"\b(?:year|half|quarter|month|period|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|first|second|third|fourth|past|last)\b"
)


def items_first_en(sentence: str) -> tuple[str, list[int] | None]:
    """'V1 for A, V2 for B and V3 for C' as 'for A V1, for B V2 and for C V3': each figure after
    its item, where the reader looks for it. A single 'V for X' is left alone (often a purpose).
    None for where when nothing changed."""
    if (split := _URBAN_RURAL.search(sentence)) and re.search(r"\bCPI\b|[Cc]onsumer [Pp]rice", sentence):
        return _prices_split(sentence, split)
    if split := _PRICES_WHERE.search(sentence):
        return _prices_split(sentence, split)
    shapes = (_PAIR, _IN_ITEM, _MONEY_IN_ITEM, _FIRST_VERB, _OWNER_MEASURE)
    if not any(shape.search(sentence) for shape in shapes):
        return sentence, None
    # ('growth was 6.8 percent for the first quarter, 6.7 percent for the second': periods, no items)
    pairs = [m for m in _PAIR.finditer(sentence) if not re.search(r"\d", m["item"]) and _item(m)]
    if len(pairs) < 2 or not all(_joined(sentence[a.end() : b.start()]) for a, b in pairwise(pairs)):
        # (a list shared out 'respectively' reads its names in order; moving one would reorder them)
        pairs = [m for m in _IN_ITEM.finditer(sentence) if _item(m) and "respectively" not in sentence]
        # ('the province earned 6.1 billion US dollars in exports, …, and 3.7 billion US dollars in imports')
        money = [m for m in _MONEY_IN_ITEM.finditer(sentence) if _item(m)]
        pairs = [*pairs, *(m for m in money if all(m.start() >= p.end() for p in pairs))] if pairs else money
    if not pairs:
        return _owner_first(*_verbs_restored(sentence))
    text: list[str] = []
    where: list[int] = []
    at = 0
    for m in pairs:
        text.append(sentence[at : m.start("value")])
        where.extend(range(at, m.start("value")))
        value = m["value"].rstrip()
        for piece, start in ((m["item"], m.start("item")), (" ", m.start("item")), (value, m.start("value"))):
            text.append(piece)
            where.extend(range(start, start + len(piece)) if piece != " " else [start])
        at = m.end()
    text.append(sentence[at:])
    where.extend(range(at, len(sentence)))
    return "".join(text), where


def _joined(between: str) -> bool:
    """Two pairs of one list are joined by a comma, 'and', or both."""
    return bool(re.fullmatch(r"\s*(?:,|;)?\s*(?:and\s+)?", between))


def _item(m: re.Match[str]) -> bool:
    return not _PERIOD_WORDS.search(m["item"].lower())


# '… the added value of state-controlled enterprises grew by 4.1 percent; joint-stock enterprises by
# 8.5 percent; and private enterprises by 9 percent': the later items' verb is the first one's
_FIRST_VERB = re.compile(
    r"\b(?P<verb>grew|rose|increased|fell|dropped|declined|decreased)\s+by\s+[\d.]+\s*(?:percent|%)"
)
_ELIDED = re.compile(r"[;,]\s*(?:and\s+)?[a-z][a-z -]{2,40}?\s+(?=by\s+[\d.]+\s*(?:percent|%))")


_OWN_VERB = {
    "up", "down", "grew", "rose", "fell", "increased", "decreased", "dropped", "declined", "was", "were",
    "higher", "lower", "climbed", "slid", "expanded", "shrank", "edged", "went", "jumped", "surged",
}  # fmt: skip


def _verbs_restored(sentence: str) -> tuple[str, list[int]]:
    first = _FIRST_VERB.search(sentence)
    found = _ELIDED.finditer(sentence, first.end()) if first else iter(())
    # (an item with its own verb or direction, 'prices of services down by 0.7 percent', keeps it)
    # ('…, decreasing by 4.2 percent': a participle is a verb of its own too)
    words = [(m.end(), m.group().split()[-1].lower()) for m in found]
    gaps = [end for end, w in words if w not in _OWN_VERB and not w.endswith("ing")]
    if first is None or not gaps:
        return sentence, list(range(len(sentence)))
    text: list[str] = []
    where: list[int] = []
    at = 0
    for gap in gaps:
        verb = first["verb"] + " "
        text += [sentence[at:gap], verb]
        where += [*range(at, gap), *([gap] * len(verb))]
        at = gap
    text.append(sentence[at:])
    where.extend(range(at, len(sentence)))
    return "".join(text), where


# 'The secondary industry experienced a significant increase with an added value of 410.0 billion yuan',
# 'The wholesale industry reported retail sales of 46.4 billion yuan': the industry's own measure
_OWNER_MEASURE = re.compile(
    r"\b(?P<owner>[Tt]he\s+[a-z][a-z -]{2,40}?\s(?:industry|industries|sector|sectors)|"
    # 'industrial enterprises above designated size achieved a total profit of 4,218.33 billion yuan'
    r"(?:[Tt]he\s+)?(?:industrial\s+)?enterprises\s+above\s+(?:the\s+)?designated\s+size)\s+"
    r"(?:experienced|saw|recorded|reported|achieved|posted|registered|realized|had)\b[^.;,]{0,60}?"
    r"(?:\bwith\s+)?(?:\b(?:an?|its)\s+)?"
    r"(?P<what>added value|value added|retail sales|revenue|output|total profits?|profits?)\s+of\s+(?=\d)"
)


def _owner_first(sentence: str, where: list[int]) -> tuple[str, list[int]]:
    """'<the X industry> <verb> … <measure> of V' as '<measure> of <the X industry> reached V'."""
    m = _OWNER_MEASURE.search(sentence)
    if m is None:
        return sentence, where
    said = f"{m['what']} of {m['owner'].lower()} reached "
    text = sentence[: m.start()] + said + sentence[m.end() :]
    return text, [*where[: m.start()], *[where[m.start()]] * len(said), *where[m.end() :]]


# 'the CPI went up by 1.7 percent year-on-year, with an increase of 1.6 percent in urban and 2.1 percent
# in rural': the urban and rural indices, as the NBS words them every month
_URBAN_RURAL = re.compile(
    r",?\s*with an? (?P<dir>increase|rise|growth|decrease|decline|drop) of (?P<urban>[\d.]+) percent in urban"
    r"(?: areas)?,? and (?P<rural>[\d.]+) percent in rural(?: areas)?"
)


# 'The prices grew by 2.1 percent in cities and 1.9 percent in rural areas' (the NBS in other months)
_PRICES_WHERE = re.compile(
    r"(?<=\bprices )(?P<dir>grew|went up|rose|increased|were up|went down|fell|decreased|dropped|were down)"
    r"\s+(?:by\s+)?(?P<urban>[\d.]+) percent in (?:cities|urban areas),?\s+and\s+(?P<rural>[\d.]+) percent"
    r" in rural areas",
    re.IGNORECASE,
)


def _prices_split(sentence: str, m: re.Match[str]) -> tuple[str, list[int]]:
    verb = (
        "up"
        if m["dir"] in ("increase", "rise", "growth", "grew", "went up", "rose", "increased", "were up")
        else "down"
    )
    said = f"; urban CPI {verb} {m['urban']} percent and rural CPI {verb} {m['rural']} percent"
    text = sentence[: m.start()] + said + sentence[m.end() :]
    return text, [*range(m.start()), *[m.start()] * len(said), *range(m.end(), len(sentence))]
