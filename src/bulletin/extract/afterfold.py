"""Bare items listed after a multiple: '汽车产量同比增长1.05倍,十种有色金属增长11.8%,钢材下降9.0%'.

A growth written as a multiple (1.05倍) is read apart from the per-cent rates, after them, so the
bare items that follow it were read with no figure before them to take a measure from. Each bare
item right after such a multiple takes its measure as it would after a per-cent rate (十种有色金属产量).

Contract: ``measure_after_fold(figures, folds, text)`` -> the figures, the bare items after each
multiple in ``folds`` (up to the end of its part of the sentence ``text``) renamed with its measure. Pure.
"""

from __future__ import annotations

from dataclasses import replace

from bulletin.extract.elision import shared_name
from bulletin.extract.sentences import Figure

__all__ = ["measure_after_fold"]


def measure_after_fold(figures: list[Figure], folds: list[Figure], text: str) -> list[Figure]:
    renamed: dict[int, Figure] = {}
    for fold in folds:
        later = sorted((f for f in figures if f.offset > fold.offset), key=lambda f: f.offset)
        for f in later:
            # (only bare growth rates, in a run: a named series, an amount or a rank ends the list)
            if f.known or f.quantity is not None or f.yoy_pct is None or f.rank is not None:
                break
            if any(mark in text[fold.offset : f.offset] for mark in ";；。"):
                break
            name = shared_name(fold.written, f.written, True)
            if name is None or name == f.written:
                break
            renamed[id(f)] = replace(f, name=name, written=name)
    return [renamed.get(id(f), f) for f in figures]
