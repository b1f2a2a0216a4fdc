"""A qualifier the first item of a run of counts writes once is every later item's.

'全年新登记企业类市场主体1114户、个体工商户6151户': the 6,151 sole traders are newly registered ones,
not the stock the sentence before counted; '产值百亿元以上企业2家,50亿元以上企业4家': the firms of 50
亿元 and more are so by output too. Read alone, the later items would be published under the bare
name (个体工商户), which another sentence uses for a different series.

Contract: ``shared_lead(figures, text)`` -> the figures, each later item of such a run named with
the first one's qualifier. Only counts (户, 家, 个 …), only items the catalogue does not know, and
only when nothing but a comma or 、 stands between one item's figure and the next item's name. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin.extract.sentence.sentences import Figure

__all__ = ["shared_lead"]

_LEAD = re.compile(r"^(?P<lead>新登记|新注册|新设立|实有|产值|营业收入|主营业务收入)(?=[\u3400-\u9fff\d])")
_COUNTS = frozenset({"enterprise", "count", "household"})
_OWN = re.compile(r"新|累计|实有|年末|全年|其中")  # (an item with a qualifier of its own keeps it)
_NUMBER = re.compile(r"\d[\d.,]*\s*(?:万|亿)?[\u3400-\u9fff]?")
_NEXT = re.compile(r"\s*[,，、]\s*(?:其中\s*[:：,，]?\s*)?")  # ('新登记市场主体9980户,其中:私营企业2568户')
# '(含农民专业合作社联合社13户)': a part of the item before it, named without 含
_INCLUDED = re.compile(r"(?<=[(（])(?:含|包括)")


def shared_lead(figures: list[Figure], text: str) -> list[Figure]:
    out = list(figures)
    lead, end = "", -1
    for i, f in enumerate(out):
        at = text.rfind(f.written, 0, f.offset) if f.written else -1
        if at > 0 and (part := _INCLUDED.match(text, at)):
            name = f.written[part.end() - at :]
            out[i] = f = replace(f, name=name, written=name)
        elif f.quantity is None or f.quantity.family not in _COUNTS:
            lead = ""
        elif own := _LEAD.match(f.written):
            lead = own["lead"]
        elif (
            lead
            and not f.known
            and at >= 0
            and _NEXT.fullmatch(text, end, at)
            and not _OWN.match(f.written)
            and lead not in f.written  # ('…,日均新登记企业19户': the item says it already)
        ):
            out[i] = replace(f, name=lead + f.name, written=lead + f.written)
        else:
            lead = ""
        number = _NUMBER.match(text, f.offset)
        end = number.end() if number else -1
    return out
