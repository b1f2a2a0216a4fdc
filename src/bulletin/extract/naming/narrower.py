"""English names followed by words that make them a narrower series than the catalogue's.

Contract: ``narrower_en(written, text, end)`` says whether the words after a catalogue name written
in English name one trade partner ('imports from ASEAN', 'exports to the EU', 'trade with Russia'),
so the figure is not the total, or investment in an industry ('primary industry investment');
``OF_MORE`` matches an 'of' phrase after a name that names another series ('exports of new energy
vehicles'). Pure.
"""

from __future__ import annotations

import re

__all__ = ["OF_MORE", "narrower_en"]

_PARTNER = re.compile(r"\s+(?P<prep>from|to|with)\s+(?:the\s+)?[A-Z]")


def narrower_en(written: str, text: str, end: int) -> bool:
    """'imports from ASEAN', 'exports to the EU', 'trade with Russia' (but 'exports from Yiwu' is Yiwu's)."""
    if _EXCEPT.match(text, end):
        return True  # 'retail sales of consumer goods other than automobiles': a part of the total
    if _INDUSTRY_NAME.search(written) and _INVESTMENT_AFTER.match(text, end):
        return True  # 'the primary industry investment rose …': investment, not the industry's value added
    m = _PARTNER.match(text, end)
    if m is None:
        return False
    prep, name = m.group("prep"), written.lower()
    if "import" in name and "export" not in name:
        return prep in ("from", "with")
    if "export" in name and "import" not in name:
        return prep in ("to", "with")
    return prep in ("to", "with")


_INDUSTRY_NAME = re.compile(r"\b(?:industry|industries|sectors?)$", re.I)
_INVESTMENT_AFTER = re.compile(r"\s+(?:fixed[- ]assets?\s+)?investments?\b", re.I)
_EXCEPT = re.compile(r"\s*(?:\(\s*)?(?:other than|excluding|except(?: for)?|minus|not including)\s", re.I)


# ('… industry of the city' is the city's own: an area after 'of' names no other series)
OF_MORE = re.compile(
    # ('retail sales amount of goods of units above designated size': the amount of a part)
    r"(?:\s+(?:amount|value|volume))?"
    r"\s+of\s+(?!the\s+(?:year|period|month|quarter|city|province|county|district|zone|region|country)\b"
    r"|[A-Z\d]|which|about|(?:north|south|east|west|central)\w*\s+China)[a-z]"
)
