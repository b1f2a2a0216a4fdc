"""The part a share names, for the growth stated after it.

'采矿业增加值占比达96.05%,同比下降15.6%': the rate is the mining industry's, not the rate of the total
the sentence began with. The share itself is no figure (README: shares); its name carries.

Contract: ``share_subject(scan, pos, state, catalog)`` sets ``state.subject`` to the part a share at
``pos`` names, when the clause before it names one. Never raises.
"""

from __future__ import annotations

import re

from bulletin.content.catalog import Catalog
from bulletin.extract import lexicon as lx
from bulletin.extract.naming.names import phrase_name
from bulletin.extract.sentence.figstate import State
from bulletin.extract.sentence.sentences import Scan, Subject

__all__ = ["share_subject"]


# A share that opens a clause names what the rates after it grow: '采矿业增加值占比达96.05%,同比下降
# 15.6%' is the mining industry's rate, not the rate of the total the sentence began with.
_SHARE = re.compile(
    rf"(?:^|[,，;；。])(?:特别是|其中)?[,，]?(?P<name>[{lx.CJK}、]{{2,24}}?)(?:绝对[量额值])?"
    # ('数字经济核心制造业增加值占规模以上工业的28.1%,增长4.4%': the growth is the part's)
    rf"(?:(?:所占|的)?(?:占比|比重)|(?P<of>占[{lx.CJK}]{{1,16}}?(?:的)?(?:比重|比例)?))(?:达到?|为)?$"
)
# the growth of the part just given as a share (not '比重为11.1%,同比提高2.0%': the share's own change)
_GROWTH_AFTER = re.compile(r"[\d.]+%[,，]\s*(?:同比|比上年)?(?:增长|下降)\d")


def share_subject(scan: Scan, pos: int, state: State, catalog: Catalog) -> None:
    """Make the part a share at ``pos`` names the subject of the rates after it, when it names one."""
    start = max(scan.text.rfind(mark, 0, pos) for mark in ",，;；。")  # '、' joins a name's parts here
    found = _SHARE.search(scan.text[max(start, 0) : pos])
    name = phrase_name(found["name"]) if found else None
    if name is None or not _SHARE_NAME.fullmatch(name) or name.startswith(("行业", "产业")):
        return  # ('装备制造业…,行业增加值占全市的65.0%': the industry's, said before)
    if found and found["of"] and not _GROWTH_AFTER.match(scan.text, pos):
        return
    entry = catalog.lookup(name)
    state.subject = Subject(entry.name if entry else name, name, entry is not None)
    scan.subject_at = pos


_SHARE_NAME = re.compile(rf"[{lx.CJK}、]{{2,24}}")
