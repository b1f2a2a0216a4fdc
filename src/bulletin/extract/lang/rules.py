"""The engine that runs a language's cue table: rows of data in, compiled patterns and answers out.

Contract: a language module (``zh``, ``en``) declares ``CUES``, a tuple of :class:`Cue` rows. The
functions here turn rows of one kind into a regular-expression alternation, tell the sign a
matched word carries, and judge a scope word against the bulletin's own level. Pure data and small
functions; the patterns are compiled once, where a module builds them at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["LEVELS", "Cue", "alternation", "is_benchmark_scope", "sign_of"]

# Administrative levels from the whole country down: a scope word of a level above the
# bulletin's own names another (enclosing) area, quoted as a benchmark.
LEVELS = ("national", "province", "city", "county", "zone")


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of a language's table.

    ``kind`` says what the words signal ('rise', 'fall' for growth verbs, 'scope' for words that
    name an area); ``pattern`` is a regular-expression fragment; ``sign`` is +1 for a rise and -1
    for a fall; ``guards`` name the checks a match must pass (see the module that uses the kind);
    ``level`` is the administrative level a scope word names."""

    kind: str
    pattern: str
    sign: int = 0
    guards: tuple[str, ...] = ()
    level: str = ""


def rows(cues: Iterable[Cue], *kinds: str) -> list[Cue]:
    """The rows of the given kinds, in table order (earlier rows win where patterns overlap)."""
    return [c for c in cues if c.kind in kinds]


def alternation(cues: Iterable[Cue], *kinds: str) -> str:
    """One non-capturing group matching any row of ``kinds``."""
    return "(?:" + "|".join(c.pattern for c in rows(cues, *kinds)) + ")"


def sign_of(cues: Iterable[Cue], word: str, *kinds: str, flags: int = 0) -> int:
    """The sign of the first row of ``kinds`` whose pattern matches all of ``word`` (0 when none does)."""
    for c in rows(cues, *kinds):
        if re.fullmatch(c.pattern, word, flags):
            return c.sign
    return 0


_SPAN = r"全年|上半年|下半年|前三季度|[一二三四]季度|[1-9]\d?[-—~至][1-9]\d?月份?"


def is_benchmark_scope(
    cues: Iterable[Cue], words: str, own_level: str, flags: int = 0, name: str = ""
) -> bool:
    """Whether ``words`` hold a scope word naming an area above the bulletin's own level.

    全国 in a national release, 全省 in a provincial one name the area itself; 全省 in a county
    release is the province, quoted for comparison. An unknown own level ('') treats only the
    national scope as another area, the one comparison every local bulletin makes. A row guarded
    'before-name' counts only when the scope word stands right before ``name`` (the figure's
    indicator as written): 全省 in '增幅居全省第四 全市规模以上工业增加值…' is a rank's field."""
    own = LEVELS.index(own_level) if own_level in LEVELS else len(LEVELS)
    for c in rows(cues, "scope"):
        pattern = c.pattern
        if "before-name" in c.guards:
            if not name:
                continue
            # ('全市全年居民消费价格': the span between them changes nothing)
            pattern = f"(?:{c.pattern})(?:{_SPAN})?(?:的)?{re.escape(name)}"
        if c.level in LEVELS and re.search(pattern, words, flags):
            level = LEVELS.index(c.level)
            if level < own and (own_level in LEVELS or c.level == "national"):
                return True
    return False
