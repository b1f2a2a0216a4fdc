"""Bare items listed after a multiple: '汽车产量同比增长1.05倍,十种有色金属增长11.8%,钢材下降9.0%'.

A growth written as a multiple (1.05倍) is read apart from the per-cent rates, after them, so the
bare items that follow it were read with no figure before them to take a measure from. Each bare
item right after such a multiple takes its measure as it would after a per-cent rate (十种有色金属产量).

Contract: ``measure_after_fold(figures, folds, text)`` -> the figures, the bare items after each
multiple in ``folds`` (up to the end of its part of the sentence ``text``) renamed with its measure;
``each_item(figure, catalog)`` -> one flat figure per item of a list it was read for. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.content.catalog import Catalog
from bulletin.extract.naming.elision import shared_name
from bulletin.extract.naming.industries import split_items
from bulletin.extract.sentence.sentences import Figure

__all__ = ["each_item", "measure_after_fold"]


def each_item(figure: Figure, catalog: Catalog) -> list[Figure]:
    """'医疗保健类、衣着类持平': each class listed is flat, not a series named by the whole list."""
    items = split_items(figure.written) if "、" in figure.written and not figure.known else [figure.written]
    if len(items) < 2 or not all(re.fullmatch(r"[\u3400-\u9fff]{2,12}类", i) for i in items):
        return [figure]
    entries = [catalog.lookup(i) for i in items]
    return [
        replace(figure, name=e.name if e else i, written=i, known=e is not None)
        for i, e in zip(items, entries, strict=True)
    ]


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
