"""A paragraph cut into sentences.

Contract: ``sentences_of(text, breaks)`` -> each sentence of ``text`` with its offset, cut after a
full stop (。!? or an English one), after a numbered English heading and after a chart's or table's
caption that ends its line; a run
without full stops is cut at a clause boundary. Pure; never raises.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bulletin.extract import lexicon as lx

__all__ = ["MAX_SENTENCE", "sentences_of"]

# Real sentences are a few hundred characters; text pasted without full stops is cut at a
# clause boundary so that reading it stays linear in its length.
MAX_SENTENCE = 600
# A numbered English heading on a line of its own ('1.The average annual wage of … in 2022'): it ends
# with its line, though no full stop says so.
_HEADING_EN = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})[.)、]\s*[A-Z][^.;:!?]{8,160}[A-Za-z0-9]\s*$")


# A chart's or table's caption at the end of a line ends there: the next line is no part of it.
_CAPTION = re.compile(r"\s*(?:附?图|附?表)\s*\d{1,2}\s*[:：、.]?[^。;!?]{2,60}?\s*")


# ('…增长8.1%。 图2:2019-2023年三次产业增加值占地区生产总值比重 年末全区常住人口133.45万人。': a
# caption set apart by spaces on the line of the sentence after it ends at the space too)
_CAPTION_RUN = re.compile(
    r"(?:^|(?<=[。;!?\s]))[ \u3000]*附?图\s*\d{1,2}\s*[:：、.]?[^。;!?\s]{2,60}"
    r"(?:[ \u3000]+单位[:：][^\s。]{1,20})?[ \u3000]+(?=[\u3400-\u9fff])"
)


def sentences_of(text: str, breaks: tuple[int, ...] = ()) -> list[tuple[int, str]]:
    """Split into sentences, keeping each one's offset in ``text``."""
    norm = lx.normalize(text)
    cuts = [0]
    for m in lx.SENTENCE_END.finditer(norm):
        cuts.append(m.end())
    starts = [0, *breaks]
    for a, b in pairwise(starts):
        if _HEADING_EN.match(norm, a, b) and norm[b : b + 1].isascii() and norm[b : b + 1].isupper():
            cuts.append(b)
    for b in breaks:  # ('…增长7.7%。 图1:2019年-2023年GDP和增长速度' then the next line's sentence)
        if _CAPTION.fullmatch(norm, max([c for c in cuts if c <= b] or [0]), b):
            cuts.append(b)
    cuts += [m.end() for m in _CAPTION_RUN.finditer(norm)]
    cuts = sorted(set(cuts))
    cuts.append(len(text))
    out = []
    for a, b in pairwise(cuts):
        while b - a > MAX_SENTENCE:
            cut = max(norm.rfind(sep, a, a + MAX_SENTENCE) for sep in ";,、 ")
            cut = cut + 1 if cut > a else a + MAX_SENTENCE
            out.append((a, text[a:cut]))
            a = cut
        out.append((a, text[a:b]))
    return [(a, sentence) for a, sentence in out if sentence.strip()]
