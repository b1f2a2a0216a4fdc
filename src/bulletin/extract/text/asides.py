"""Figures in parentheses between a figure and its growth: '进出口总值743亿元(出口386亿元,增长103.5%;
进口356.9亿元,增长3.5倍),增长1.8倍'. The growth after the parentheses is the total's, but the reader
pairs a rate with the figure right before it, which is the last one inside them.

Also words that sit inside a cue and name no figure: a price base's year ('按2020年不变价格计算'), a
gloss ('比上年(以下简称同比)增长9.4%'), the rate a series turned from ('由下降1.7%转为增长2.6%') and a
frame run into a list's first item ('在第三产业中交通运输…、金融业…'), and the definition of a
threshold inside a name ('规模以上(年主营业务收入2000万元及以上)工业产值').

And a list of amounts whose unit only the last one writes ('分别为112.46、96.6、348.87亿元'): each
amount is given the unit.

Contract: ``aside_after_rate(sentence)`` -> the sentence with those words dropped, each such
parenthesis moved after the growth that follows it and each listed amount given its unit, and where
each of its characters was (so a figure keeps its line). Pure.
"""

from __future__ import annotations

import re

__all__ = ["aside_after_rate"]

_ASIDE = re.compile(
    # (an aside with growth of its own: a share or a note in parentheses leaves the rate where it is)
    r"(?<=[元吨人个家亿万%])(?P<aside>\([^()]*(?:增长|下降|增加|减少)[^()]*\))"
    r"(?P<rate>,?(?:同比|比上年|比上年同期)?(?:增长|下降|增加|减少)[\d.]+(?:%|倍))"
)


_IN_CUE = re.compile(
    r"(?<=按)\d{4}年(?=(?:不变|可比)价)|\((?:以下)?简称[^()]{1,8}\)"
    # '由一季度的同比下降1.7%转为上半年的同比增长1.6%': the rate before 转为 is the earlier period's
    r"|由[^,;。由]{0,16}?(?:增长|下降|上涨|回落|减少|增加)-?[\d.]+%转为"
    # '在第三产业中交通运输…、金融业…增加值分别增长': a frame run into the list's first item
    r"|(?:^|(?<=[,;:]))在[\u3400-\u9fff]{2,8}中(?=[\u3400-\u9fff]{2,20}、)"
    # '在支柱基础类工业产品中铁合金产量增长19.6%': the products' kind run into the first product
    r"|(?:^|(?<=[,;:]))在?[\u3400-\u9fff]{2,10}类(?:工业)?产品中(?=[\u3400-\u9fff]{1,10}产量)"
    # '地方规上工业得益于皮革、食品等利好因素,实现增加值…': a cause between a subject and its verb
    r"|(?<=[\u3400-\u9fff])(?:得益于|受益于|受)[^,;。\d]{2,30}?(?:因素|影响|带动|拉动)(?:下)?,"
    r"(?=(?:实现|完成|累计|同比|比上年|较上年)?[\u3400-\u9fff]{0,6}?\d)"
    # '规模以上(年主营业务收入2000万元及以上)工业产值': the threshold's definition inside the name
    r"|(?<=规模以上|限额以上)\((?:年)?[\u3400-\u9fff]{2,10}\d+万元(?:及)?以上\)"
    # '规模以上服务业(错月统计,不含批零住餐、金融业和房地产开发业,下同)营业收入': a note on what a name
    # covers, inside the name
    # (not a coverage of its own, '固定资产投资(不含农户)': a note that lists or goes on, with a comma;
    # or a long one before the amount: '邮政行业业务收入(不包括邮政储蓄银行直接营业收入)12.52亿元')
    r"|(?<=[\u3400-\u9fff])[(（](?=[^()（）\d]*[,，、])[^()（）\d]{0,40}?(?:不含|不包括|错月统计)[^()（）\d]{0,40}?[)）]"
    r"(?=[\u3400-\u9fff])"
    r"|(?<=[\u3400-\u9fff])[(（](?:不含|不包括)[^()（）\d,，]{8,40}[)）](?=\s*\d)"
    # 'production in strategic new industries, such as new energy …, rose 0.7 percent': examples
    # between a subject and its verb
    # ('The price of pork, a staple meat in China, dropped 26.1 percent': so is an apposition)
    r"|,\s(?:such as|including|like|an?)\s[^,;()\d]{2,80},"
    r"(?=\s(?:rose|grew|fell|increased|decreased|declined|dropped|jumped|surged|climbed|expanded|went|was|were|reached|totaled|totalled|amounted)\b)"
)


def aside_after_rate(sentence: str) -> tuple[str, list[int] | None]:
    """'总值743亿元(出口…),增长1.8倍' as '总值743亿元,增长1.8倍(出口…)'; None for where when
    nothing moved (most sentences: the reader runs this on every one)."""
    if not (_IN_CUE.search(sentence) or _ASIDE.search(sentence) or _UNIT_ONCE.search(sentence)):
        return sentence, None
    spans = [m.span() for m in _IN_CUE.finditer(sentence)]
    kept = [i for i in range(len(sentence)) if not any(a <= i < b for a, b in spans)]
    text, where = _moved("".join(sentence[i] for i in kept) if spans else sentence)
    text, added = _units_shared(text)
    return text, [kept[where[i]] if spans else where[i] for i in added]


# '112.46、96.6、348.87亿元': amounts listed with the unit written once, after the last
_UNIT_ONCE = re.compile(
    r"(?<![\d.])(?P<run>(?:\d+(?:\.\d+)?、)+\d+(?:\.\d+)?)"
    r"(?P<unit>亿元|万元|万吨|万人次|万人|亿千瓦时|万千瓦时|万平方米|万亩|万头|公顷|平方公里)"
)


def _units_shared(sentence: str) -> tuple[str, list[int]]:
    text: list[str] = []
    where: list[int] = []
    at = 0
    for m in _UNIT_ONCE.finditer(sentence):
        for number in re.finditer(r"\d+(?:\.\d+)?(?=、)", m["run"]):
            end = m.start("run") + number.end()
            text += [sentence[at:end], m["unit"]]
            where += [*range(at, end), *[end - 1] * len(m["unit"])]
            at = end
    text.append(sentence[at:])
    where.extend(range(at, len(sentence)))
    return "".join(text), where


def _moved(sentence: str) -> tuple[str, list[int]]:
    text: list[str] = []
    where: list[int] = []
    at = 0
    for m in _ASIDE.finditer(sentence):
        text += [sentence[at : m.start()], m["rate"], m["aside"]]
        where += [*range(at, m.start()), *range(*m.span("rate")), *range(*m.span("aside"))]
        at = m.end()
    text.append(sentence[at:])
    where.extend(range(at, len(sentence)))
    return "".join(text), where
