"""The name of a standalone evaluation a rank belongs to ('在全国230家国家级经开区综合发展水平考核
评价中居第23位' -> 全国国家级经开区综合发展水平考核评价), carried over when a later rank names only a
new peer group.

Contract: ``evaluation_name(text, previous)`` -> the name, or None; pure.
"""

from __future__ import annotations

import re

from bulletin.extract.lang import detect, is_en
from bulletin.extract.lexicon import CJK, CN_NUM, PEER_GROUP

__all__ = ["evaluation_name"]

_EVAL_NOUN = (
    r"(?:考核评价|综合考核|考核|考评|评价|评估|测评|评比|综合排名|排名|排行榜|排行|榜单|竞争力|综合实力)"
)
_EVAL_ZH = re.compile(
    rf"(?:在|于|获得?|荣获|摘得|夺得|位列|列)?(?P<name>[{CJK}A-Za-z0-9()（）、“”「」\"]{{2,40}}?(?:{_EVAL_NOUN})+)"
    rf"(?=中|,|第|获|荣获|名列|位列|位居|居|列|排|较|结果|$|[{CJK}]{{0,4}}第)"
)
_EVAL_EN = re.compile(
    r"\b(?:in|In|of|on)\s+the\s+(?:\d{4}\s+)?(?P<name>(?:[A-Za-z0-9-]+\s+){0,12}?(?:evaluation|assessment|ranking|rankings|appraisal|"
    r"review|index|league table)(?:\s+(?:of|for)\s+[A-Za-z-]+(?:\s+[A-Za-z-]+){0,10})?)",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\d+\s*(?:家|个|所|座|位|强)")
_PERIOD_WORDS = re.compile(r"\d{4}年度|\d{4}年|年度|上半年|下半年|半年度|前三季度|[一二三四]季度|全年|最新")


def _clean_evaluation(name: str) -> str:
    name = re.sub(r"^.*?(?:公布|发布|公示|印发|通报|揭晓|荣获|获得|摘得|夺得|获评|被评为)(?:了)?", "", name)
    name = re.sub(r"^.*在(?=[^在]{4,}$)", "", name)  # '我县经济开发区在…考核评价': what is ranked goes
    name = _COUNT.sub("", name)
    name = _PERIOD_WORDS.sub("", name)
    name = re.sub(r"^(?:在|于|的|经开区|我区|我县|我市|摘得|荣获|获得|获|夺得|位列|列)+", "", name)
    return name.strip(" ,、")


_GROUP = re.compile(rf"(?:在|于)?(?P<g>[{CJK}0-9]{{2,30}}?)中[^,]{{0,8}}$")
# 排名 used as a verb: '…中排名第二', '增速在全省排名第11位', '我区排名第3位'.
_VERB_RANK = re.compile(
    r"(?:中|增速|总量|增量|增幅|规模|位次|街道|我区|我县|我市|我镇|全区|本区|该区|经开区|园区|开发区|高新区|"
    r"全国|全省|全市|全县)排名$|(?:增速|总量|增量|增幅)[^,]{0,10}排名$|"
    # a field named by its members and their number: '六县市排名第三' ranks the clause's figure
    rf"(?:\d{{1,3}}|{CN_NUM})个?{PEER_GROUP}排名$"
)


def _merge(peers: str, base: str) -> str:
    """Peer group + the evaluation it belongs to: 中西部国家级经开区 + …考核评价 (sharing 国家级经开区)."""
    for size in range(len(peers), 1, -1):
        tail = peers[-size:]
        at = base.find(tail)
        if at >= 0:
            return peers + base[at + size :]
    # No shared words: keep the evaluation's own name after its peer group (全省开发区|综合发展水平考核评价).
    core = re.split(r"开发区|经开区|园区|新区|高新区|县\(市\)|县(?:市、区)?|城市|乡镇|街道|企业", base)[-1]
    if core and re.search(_EVAL_NOUN, core):
        return peers + core
    noun = re.search(rf"(?:{_EVAL_NOUN})+$", base)
    return peers + (noun.group(0) if noun else "")


def evaluation_name(text: str, previous: str | None) -> str | None:
    """The name of a standalone evaluation a rank in ``text`` belongs to, or None.

    ``text`` is the clause before the rank. When it names only a peer group
    (中西部118家国家级经开区中), the evaluation named earlier (in ``text`` or in
    ``previous``) is carried over.
    """
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # '全国1,866个县(市)…评价'
    if is_en(detect(text)):
        m = _EVAL_EN.search(text)
        return m.group("name").strip().rstrip(",.") if m else None
    evaluations = [m for m in _EVAL_ZH.finditer(text) if not _VERB_RANK.search(m.group("name"))]
    group = _GROUP.search(text)
    last = evaluations[-1] if evaluations else None
    if last is not None and (group is None or group.start("g") < last.end("name")):
        return _clean_evaluation(last.group("name")) or None
    base = _clean_evaluation(last.group("name")) if last is not None else previous
    if group is None or not base:
        return None
    peers = _clean_evaluation(group.group("g"))
    if not peers or re.search(_EVAL_NOUN, peers):
        return None
    return _merge(peers, base)
