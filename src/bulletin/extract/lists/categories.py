"""Classes of goods listed under the retail sales that frame them: '限额以上单位商品零售额中,汽车类增长
13.5%,通讯器材类增长101.4%'. Each class is that measure's part (限额以上单位汽车类零售额); read bare,
'汽车类' names no series at all, and beside a price table's 汽车类 it would be taken for one.

Contract: ``retail_classes(sentence, figures)`` -> the figures, each bare class ('…类') after a
framing 零售额 in the sentence named with the measure and the frame's coverage (限额以上单位). Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.extract.sentence.sentences import Figure

__all__ = ["retail_classes"]

# '限额以上单位前十大类主要商品零售额', '限上商品零售额中', '全市商品零售额'
_FRAME = re.compile(
    r"(?P<scope>限额以上(?:法人)?单位|限额以上|限上(?:法人)?(?:单位)?)?[\u3400-\u9fff]{0,10}?(?:商品)?零售总?额"
    r"(?=中|有|[,:，：]|[\u3400-\u9fff]{0,8}(?:增长|其中))"
    # ('限上法人单位粮油食品类增长10.5%、饮料类增长15.2%': the units' classes are their retail sales)
    r"|(?P<units>限额以上(?:法人)?单位|限上(?:法人)?单位)(?=[\u3400-\u9fff]{2,10}类(?:商品)?(?:零售额)?(?:同比)?增长)"
)
_CLASS = re.compile(r"^[\u3400-\u9fff、]{1,12}类$")


def retail_classes(sentence: str, figures: list[Figure]) -> list[Figure]:
    frame = _FRAME.search(sentence)
    if frame is None:
        return figures
    scope = frame["scope"] or frame["units"] or ""
    out = []
    for f in figures:
        if f.offset > frame.end() and not f.known and _CLASS.match(f.written):
            name = f"{scope}{f.written.removeprefix(scope)}零售额"
            f = replace(f, name=name, written=name, known=False)
        out.append(f)
    return out
