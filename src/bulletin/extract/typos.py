"""Indicator names one or two characters away from a catalogue name: typos, not new indicators.

地区生产总直 for 地区生产总值 would otherwise get a published indicator page of
its own. A site that really has such an indicator declares it in
content/indicators.yaml, and then the catalogue knows it and this never runs.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["near_miss"]

_MAX_EDITS = 2
_MIN_LENGTH = 4  # below this, two edits turn any short name into another


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (limit + 1) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def near_miss(name: str, names: Iterable[str]) -> str | None:
    """The closest catalogue name within two edits of ``name`` (None if none, or if too short)."""
    if len(name) < _MIN_LENGTH:
        return None
    best: tuple[int, str] | None = None
    for candidate in names:
        if len(candidate) < _MIN_LENGTH or candidate == name:
            continue
        edits = _distance(name, candidate, _MAX_EDITS)
        if edits <= _MAX_EDITS and (best is None or (edits, candidate) < best):
            best = (edits, candidate)
    return best[1] if best else None
