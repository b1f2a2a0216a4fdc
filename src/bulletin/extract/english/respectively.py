"""'Respectively' said between the verb and its figures, in English.

'… industry saw respectively a year-on-year increase of 8.5 percent, 7.3 percent …': the cue rules
read the words between a name and its figure, and expect no 'respectively' there. Blanked (the
sentence keeps its length, so every offset still points into the source), the items and the figures
still pair up, as any list of items before as many figures does.
"""

from __future__ import annotations

import re

_EARLY = re.compile(
    r"\b(?:saw|posted|recorded|registered|increased|decreased|grew|rose|fell|dropped|declined|reached)"
    r"(?P<word>\s+respectively)(?=\s+(?:an?\s|by\s|to\s|at\s|\d))",
    re.IGNORECASE,
)


def respectively_blanked(text: str) -> str:
    """``text`` with a 'respectively' between a verb and its figures turned into spaces."""
    if "espectively" not in text:
        return text
    return _EARLY.sub(lambda m: m.group()[: m.start("word") - m.start()] + " " * len(m["word"]), text)
