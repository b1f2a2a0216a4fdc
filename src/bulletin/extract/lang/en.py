"""English cue table: the growth verbs and scope words of English releases and news, one row each.

Rows are data for :mod:`bulletin.extract.lang.rules`; patterns are matched case-insensitively and
earlier rows win where patterns overlap, so longer phrases come before the words they contain.
"""

from __future__ import annotations

from bulletin.extract.lang.rules import Cue

__all__ = ["CUES"]

_RISE = (
    "up|rose|rising|grew|growing|grow|grows|rise|rises|increased|increasing|increase|expanded|expanding|expand",
    "expands|climbed|climb|gained|soared|surged|picked up|accelerated|advanced",
    "jumped|surged|edged up|went up|surging|soaring|jumping|climbing|gaining|advancing|accelerating",
    "edging up|inching up|inched up|picking up|a year-on-year increase of|an increase of|a rise of",
    "a growth of",
    "growth of|increase of|rise of|accelerated to|expanding by|growing by|(?:the )?growth was|growth at",
    "registering (?:a )?growth of|registering an increase of|recording (?:a )?growth of",
    "posting (?:a )?growth of",
    "soar|jump|rise|grow|climb|surge|expand|increase",
    "(?:the )?increase was|(?:the )?growth rate was",
)
_FALL = (
    "down|fell|falling|fall|falls|declined|declining|decline|decreased|decreasing|decrease|dropped|dropping",
    "drop|slipped|slumped|plunged|tumbled|sank|dipped|eased|shrinks|contract|edging down|inching down",
    "inched down|slipping|sliding|slid|dipping|plunging|plummeting|plummeted|tumbling|sinking|slumping",
    "contracted|contracting|shrank|shrinking|edged down|went down|a decrease of|a decline of",
    "a drop of|a fall of|decrease of|decline of|drop of|fall of",
)

CUES: tuple[Cue, ...] = (
    # Growth verbs, one row per group of forms of a verb (the order of the forms is kept:
    # 'rose' must be tried before 'rise').
    *(Cue("rise", p, +1) for p in _RISE),
    *(Cue("fall", p, -1) for p in _FALL),
    # Scope words; see the Chinese table for the guard.
    Cue(
        "scope",
        r"\bnationwide\b|\bnational\b|\bthe country's\b|\bChina's (?:GDP|economy)\b",
        guards=("benchmark-above-own",),
        level="national",
    ),
)
