"""English names written as an owner and a verb: 'the profits made by industrial enterprises',
'large industrial companies had a profit growth of 20.5%'.

Contract: ``owned_en(phrase)`` -> the phrase as '<measure> of <owner>' when it has one of those
shapes, else unchanged. Pure; never raises.
"""

from __future__ import annotations

import re

__all__ = ["owned_en"]

# 'the profits made by industrial enterprises above the designated size achieved …'
_MADE_BY = re.compile(r"^(?:the\s+)?(\w+)\s+(?:made|earned|generated)\s+by\s+", re.IGNORECASE)
# 'large industrial companies had a profit growth of 20.5%': the profit of the companies
_HAD = re.compile(
    r"(?:(?:its|their|the)\s+)?(?P<owner>[A-Za-z][A-Za-z' -]*?)\s+had\s+(?:an?\s+)?(?P<what>[A-Za-z -]+)",
    re.IGNORECASE,
)


# 'the catering industry continued to grow rapidly with an 82.5 percent … growth': the verb goes
_CONTINUED = re.compile(r"\s+(?:continued|continues|continue) to (?:grow|rise|increase|expand)\b.*$", re.I)


def owned_en(phrase: str) -> str:
    """'<measure> of <owner>' for a phrase that names the owner and then what it made or had."""
    phrase = _CONTINUED.sub("", _MADE_BY.sub(r"\1 of ", phrase))
    if had := _HAD.fullmatch(phrase):
        return f"{had['what']} of {had['owner']}"
    return phrase
