"""Rewriting a sentence while keeping each character's place, so a figure read from the rewritten text
still points at its line.

Contract: ``spliced(sentence, edits)`` -> the sentence with each edit's span replaced, and where each
of its characters was; None for where when there is no edit. An edit is (start, end, words, anchor):
the words replace ``sentence[start:end]`` and their characters stand at ``anchor``. Edits do not
overlap. Pure.
"""

from __future__ import annotations

__all__ = ["Edit", "spliced"]

Edit = tuple[int, int, str, int]


def spliced(sentence: str, edits: list[Edit]) -> tuple[str, list[int] | None]:
    if not edits:
        return sentence, None
    text: list[str] = []
    where: list[int] = []
    at = 0
    for start, end, said, anchor in sorted(edits):
        text += [sentence[at:start], said]
        where += [*range(at, start), *[anchor] * len(said)]
        at = end
    text.append(sentence[at:])
    where.extend(range(at, len(sentence)))
    return "".join(text), where
