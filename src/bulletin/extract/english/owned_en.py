"""English names written as an owner and a verb: 'the profits made by industrial enterprises',
'large industrial companies had a profit growth of 20.5%'.

Contract: ``owned_en(phrase)`` -> the phrase as '<measure> of <owner>' when it has one of those
shapes, else unchanged; ``after_report_en`` and ``object_en`` -> the phrase after the verb that
reported it or whose object it is. Pure; never raises.
"""

from __future__ import annotations

import re

__all__ = [
    "BACK_REF_EN",
    "PLACE_OR_TIME_TAIL_EN",
    "after_report_en",
    "its_measure",
    "object_en",
    "owned_en",
    "participle_owner",
]

# A place or the period said again after an English name: '… in Pudong', '… of Jiangsu', '… during the
# same time period', '… in Ningbo during the four-month period' (both, in either order)
PLACE_OR_TIME_TAIL_EN = re.compile(
    r"(?<=[a-z])(?:\s+(?:in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|of\s+[A-Z][a-z]+"
    r"|(?:during|in|over) the (?:same (?:time )?|[a-z]+-month |first [a-z]+ months? )period"
    r"|(?:of|in|across) the (?:whole|entire) (?:province|city|county|district|region|country|zone)))+\s*$"
)

# what was shown is the name: '… showed (that) the value added of …' (not '… showed an … increase')
_SHOWN = re.compile(
    r"\b(?:shows?|showed)\s+(?:that\s+|(?!an?\s|the\s))|\b(?:said|says|reported|reports|announced|indicated?|indicates)\s+that\s+"
    r"|\b(?:adding|added|noting|noted|notable|pointed out|stated|stating|explained)\s+that\s+"
)
# a headline run into its paragraph ('… Investment Rises Fixed asset investment fell'): after its verb
_HEADS = re.compile(
    r"\b(?:rises|falls|grows|declines|increases|decreases|climbs|drops|surges|slows)\s+", re.I
)
# 'the province completed a fixed assets investment of …': the name is the verb's object ('Yunnan saw a
# total foreign trade value of'; not 'saw a notable rise of', a change); 'The completion of the … is'
_DONE = re.compile(
    r"\b(?:completed|achieved|reali[sz]ed|recorded|posted|registered|reported|saw(?=.*value))\s+"
    r"(?:an?|(?<!saw )its|(?<=completed )the)\s+|^(?:the\s+)?completion\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


# '…, led by strong online retail sales growth of 20.3 percent': what led is the name
_LED_BY = re.compile(
    r"\b(?:led|driven|boosted|lifted) by\s+(?:(?:strong|robust|solid|rapid|brisk|steady)\s+)?", re.I
)


def after_report_en(phrase: str) -> str:
    """The phrase after what reported, headed or led it ('… announced that X', '… Rises X', 'led by X')."""
    return _LED_BY.split(_HEADS.split(_SHOWN.split(phrase)[-1])[-1])[-1]


# '… saw rapid growth, achieving an added value of …': the owner is in the clause before, not here
_OWNERLESS = re.compile(
    r"^(?:achieving|recording|posting|reporting|reali[sz]ing|generating)\s+(?:an?\s+|the\s+)?"
    r"(?:added value|value added|output|revenue|income)\b",
    re.IGNORECASE,
)


# 'Exports of automobiles increased, generating 1.77 billion yuan': the verb before the figure's
# participle says how the name fared; the name is the words before it
_GREW_THEN = re.compile(
    r"\s+(?:increased|decreased|rose|grew|fell|dropped|declined|climbed|surged|jumped|expanded|soared)"
    r"(?:\s+(?:[a-z]+ly|fast))?\s*$",
    re.IGNORECASE,
)


_PARTICIPLE = re.compile(r"\s*(?:generating|reaching|totall?ing|amounting to|hitting)\s*", re.IGNORECASE)


def participle_owner(text: str, before: int, clause: int, pos: int) -> int:
    """Where the name of a figure a participle clause states starts: 'Exports of X increased, generating
    1.77 billion yuan' names it in the clause before (from ``before``); else the clause itself."""
    if _PARTICIPLE.fullmatch(text[clause:pos]) and _GREW_THEN.search(text[before:clause].rstrip(" ,")):
        return before
    return clause


def object_en(phrase: str) -> str:
    """The object of a verb that completed it ('the city completed a X', 'The completion of the X');
    '' for a participle's object that names no owner ('achieving an added value')."""
    phrase = _GREW_THEN.sub("", phrase)
    done = _DONE.split(phrase, maxsplit=1)[-1]
    return "" if _OWNERLESS.match(phrase) or _ONLY_ADJECTIVES.fullmatch(done) else done


# 'the province recorded a notable 5.5 percent increase': what was recorded is the figure, no name
_ONLY_ADJECTIVES = re.compile(
    r"(?:\s*(?:notable|noteworthy|substantial|significant|considerable|remarkable|impressive|robust|strong|"
    r"solid|steady|modest|healthy|sharp|slight|marked|stable|rapid))+\s*",
    re.IGNORECASE,
)


# 'the profits made by industrial enterprises above the designated size achieved …'
_MADE_BY = re.compile(r"^(?:the\s+)?(\w+)\s+(?:made|earned|generated)\s+by\s+", re.IGNORECASE)
# 'large industrial companies had a profit growth of 20.5%': the profit of the companies
# ('The manufacturing sector saw its added industrial value rise by 11.7%': the value of the sector)
_HAD = re.compile(
    r"(?:(?:its|their|the)\s+)?(?P<owner>[A-Za-z][A-Za-z' -]*?)\s+"
    r"(?:had\s+(?:an?\s+)?|saw\s+(?:its|their)\s+)(?P<what>[A-Za-z -]+)",
    re.IGNORECASE,
)


# 'the catering industry continued to grow rapidly with an 82.5 percent … growth': the verb goes
# ('… and investment also expanded by 16.1%': the adverb before the verb is no part of the name)
_CONTINUED = re.compile(
    r"\s+(?:continued|continues|continue) to (?:grow|rise|increase|expand)\b.*$|\s+also$", re.I
)


# 'The full province commercial housing sales floorspace': 全省 word for word, the area itself
_WHOLE_AREA = re.compile(r"^(?:the\s+)?(?:full|whole|entire)\s+(?:province|city|county)\s+(?=\w)", re.I)
# 'The revised added value of …' (a revision bulletin) is the series'; nor is 'an' a word of a name
_REVISED = re.compile(r"^(?:(?:the\s+)?(?:revised|final)\s+|an\s+)(?=[a-z])", re.I)


def owned_en(phrase: str) -> str:
    """'<measure> of <owner>' for a phrase that names the owner and then what it made or had."""
    phrase = _CONTINUED.sub("", _MADE_BY.sub(r"\1 of ", _WHOLE_AREA.sub("", _REVISED.sub("", phrase))))
    if had := _HAD.fullmatch(phrase):
        return f"{had['what']} of {had['owner']}"
    return phrase


# 'the secondary sector, …, experienced robust expansion, with its value added climbing by 7.8 percent':
# the measure of the name before it
_ITS_MEASURE = re.compile(r"\s*(?:with\s+)?its\s+(?P<measure>value[- ]added|added value|output)\s*", re.I)


def its_measure(words: str, owners: list[str]) -> str | None:
    """'its value added' after names: '<measure> of the <last owner>', or None."""
    m = _ITS_MEASURE.fullmatch(words)
    return f"{m['measure']} of the {owners[-1]}" if m and owners else None


# Words before a figure that point back at the figure before it: '…, ranking fourth … and representing an
# increase of', 'This figure represents a substantial 23.7 percent increase', 'the province recorded a
# notable 5.5 percent increase' (the area itself, after its GDP)
BACK_REF_EN = re.compile(
    r"\b(?:and|while)\s+(?:representing|marking|indicating|reflecting)(?:\s+an?)?\s*$"
    r"|^\s*(?:(?:this|the|that)\s+(?:figure|amount|total|number|value)|it|the\s+(?:province|city|region|"
    r"county|district|zone))\s+(?:represents|represented|marks|marked|recorded|registered|posted|saw|achieved)"
    r"(?:\s+an?)?(?:\s+[a-z]+)?\s*$",
    re.I,
)
