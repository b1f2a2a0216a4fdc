"""Finding indicator names in a sentence, and naming what the catalogue does not know.

Contract: pure functions over normalised text and a :class:`Catalog`. ``find_names`` returns every
catalogue name that stands as a whole phrase (``存款余额`` inside ``城乡居民储蓄存款余额`` does not);
``phrase_name`` turns the words before a figure into an indicator name, or None when they are not one
(``evaluations.evaluation_name`` names a standalone ranking).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bulletin.content.catalog import Catalog
from bulletin.core.memo import by_identity
from bulletin.extract import lexicon as lx
from bulletin.extract.english.owned_en import PLACE_OR_TIME_TAIL_EN, after_report_en, object_en, owned_en
from bulletin.extract.lang import en
from bulletin.extract.lexicon import CJK, LEFT_WORDS_EN, LEFT_WORDS_ZH, PART_BEFORE, RIGHT_NOUNS_ZH
from bulletin.extract.naming.industries import DRIVES, ENGLISH_LISTS
from bulletin.extract.naming.narrower import OF_MORE, narrower_en
from bulletin.extract.naming.places import city_at

__all__ = ["NameMatch", "find_names", "phrase_name", "substantive"]


@dataclass(frozen=True, slots=True)
class NameMatch:
    """An indicator name at text[start:end]; ``name`` is canonical when ``known``."""

    start: int
    end: int
    name: str
    written: str
    known: bool


@lru_cache(maxsize=8)
def _pattern(spellings: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for spelling in spellings:
        # an article between two words of an English name changes nothing: 'value added of the
        # industrial enterprises above the designated size' is the catalogue's name without them
        gap = r"[\s-]+(?:(?:the|a|an)[\s-]+)?" if spelling.isascii() else r"[\s-]+"
        escaped = re.escape(spelling).replace(r"\ ", gap).replace(r"\-", r"[\s-]?")
        # ASCII names stand alone (GDP, not GDPR) but may touch Chinese: '我们GDP增长'.
        parts.append(rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])" if spelling.isascii() else escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


def _trie(spellings: list[str]) -> re.Pattern[str] | None:
    """One regex for many literal names, as a trie: it finds the longest name at the leftmost place
    as the alternation of them all, longest first, does, thirty times faster (the alternation tried
    every name at every character, a fifth of the time of reading a bulletin)."""
    root: dict[str, dict] = {}
    for spelling in spellings:
        node = root
        for ch in spelling.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        kids = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer name first

    return re.compile(build(root), re.IGNORECASE) if root else None


@by_identity(limit=8)  # the catalogue hands out one tuple of its names: hashing it cost 1 ms a bulletin
def _patterns(spellings: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(literal names as a trie, names with word boundaries or gaps as an alternation)."""
    literal = [s for s in spellings if not s.isascii() and " " not in s and "-" not in s]
    rest = tuple(s for s in spellings if s.isascii() or " " in s or "-" in s)
    return _trie(literal), (_pattern(rest) if rest else None)


_LATIN = re.compile(r"[A-Za-z]")


def _search(text: str, pos: int, patterns: tuple[re.Pattern[str] | None, ...]) -> re.Match[str] | None:
    """The leftmost name from ``pos`` (the longer at one place), as one alternation would find it."""
    literal, rest = patterns
    a = literal.search(text, pos) if literal is not None else None
    b = rest.search(text, pos) if rest is not None and _LATIN.search(text, pos) else None
    if a is None or b is None:
        return a or b
    return b if (b.start(), -b.end()) < (a.start(), -a.end()) else a


# English words before an industry that make it the place of another measure, or an ellipsis of
# the measure before ('that of secondary industry'): the phrase is read whole, not the catalogue's
# name of the industry's value added.
_NOT_THE_INDUSTRY = re.compile(
    r"\b(?:investment|investments|loans?|credit)\b(?:\s+(?:in|of)\s+fixed\s+assets)? (?:in|for) (?:the )?$"
    r"|\b(?:that|those) (?:of|in) (?:the )?$"
    r"|\baccommodation and $",  # ('accommodation and catering industry' is one industry, not catering)
    re.I,
)

# '规上工业增加值、1-2月规上服务业营业收入分别增长…': a period written right before a name dates it
_PERIOD_BEFORE = re.compile(r"(?:\d\s*月份?|[一二三四]季度|上半年|下半年|前三季度)$")


def _left_ok(text: str, start: int, written: str) -> bool:
    if start == 0:
        return True
    if written.isascii() and written.isupper():  # GDP, CPI: any neighbour but a Chinese modifier (单位GDP)
        return not re.match(rf"[{CJK}]", text[start - 1]) or text[:start].endswith(LEFT_WORDS_ZH)
    before = text[:start]
    last = before[-1]
    if last != " " and not re.match(rf"[{CJK}A-Za-z]", last):
        # '人民币(不含外资)各项存款余额': a gloss inside a longer name, whose tail is no name of its own
        return not re.search(r"(?:人民币|外币)[(（][^()（）]{1,8}[)）]$", before)
    if re.match(rf"[{CJK}]", last):
        # '…,全规模以上工业增加值': a page that lost the area's character (全[县]) still scopes the
        # name; 全 inside a word (全社会用电量) is part of a longer name found at the 全
        lone = last == "全" and (len(before) == 1 or not re.match(rf"[{CJK}]", before[-2]))
        return lone or before.endswith(LEFT_WORDS_ZH) or bool(_PERIOD_BEFORE.search(before))
    if last == " " and _NOT_THE_INDUSTRY.search(before):
        return False  # 'investment in primary industry' is investment, not the industry's value added
    if last == " ":
        stripped = before.rstrip()
        if not stripped or not re.match(r"[A-Za-z']", stripped[-1]):
            return True
        word = re.search(r"([A-Za-z']+)$", stripped)
        return word is None or word.group(1).lower() in LEFT_WORDS_EN
    return False


_QUALIFIED_NAME = re.compile(r"规模以上|限额以上")
_QUALIFIED_BEFORE = re.compile(rf"(?:规模以上|规上|限额以上|限上)[{CJK}]{{0,8}}?(?:累计)?(?:实现|完成)了?$")


def find_names(text: str, catalog: Catalog) -> list[NameMatch]:
    """Catalogue names that stand as whole phrases in ``text``, left to right."""
    found = []
    patterns, pos = _patterns(catalog.names()), 0
    while (m := _search(text, pos, patterns)) is not None:
        written = m.group(0)
        if written.isascii() and not _left_ok(text, m.start(), written):
            pos = m.end()  # 'cross-border e-commerce imports and exports': nor is 'exports' inside it
            continue
        rejected = not _left_ok(text, m.start(), written) or bool(RIGHT_NOUNS_ZH.match(text[m.end() :]))
        # '限额以上单位实现社会消费品零售额': the qualifier before the verb is part of the series'
        # name (限额以上单位社会消费品零售额), which phrase_name puts together
        qualified = _QUALIFIED_BEFORE.search(text, 0, m.start())
        # 'exports of new energy vehicles' names another series than 'exports'.
        rejected = rejected or (
            written.isascii() and " of " not in written.lower() and bool(OF_MORE.match(text, m.end()))
        )
        # 'imports from ASEAN', 'exports to the EU': trade with one partner, not the total; and an
        # industry's own output before the verb (高新技术产业完成工业总产值), not the area's whole
        rejected = (
            rejected
            or (written.isascii() and narrower_en(written, text, m.end()))
            or bool(PART_BEFORE.search(text, 0, m.start()))
        )
        bare_en = re.sub(r"(?<=[\s-])(?:the|a|an)[\s-]+", "", written, flags=re.IGNORECASE)
        key = bare_en if written.isascii() else written
        entry = None if rejected else (catalog.lookup(key) or catalog.lookup(written))
        if entry is not None and qualified is not None and not _QUALIFIED_NAME.match(entry.name):
            entry = None  # (工业总产值 after 规模以上工业企业完成 is the catalogue's 规模以上工业总产值)
        if entry is None:
            pos = m.start() + 1  # a shorter name may start inside this one
            continue
        found.append(NameMatch(m.start(), m.end(), entry.name, written, True))
        pos = m.end()
    return found


_SCOPE = re.compile(
    rf"^(?:其中|特别是|尤其是|此外|同时|另外|但|而|并且|且|截至|截止|除(?![^,，。;；]*以外)(?=[{CJK}]{{2}})|单月|当月|单季|当季|从单月看|分产业看|分行业看|以美元计|以人民币计|外贸方面|[{CJK}]{{1,6}}方面|今年以来|"
    r"年内|全区|全市|全县|全省|全国|全镇|全州|全旗|全盟|全(?=规模以上|规上|限额以上|限上)|创(?=劳务收入|外汇)|我区|我县|我市|我省|我州|我旗|本区|本市|本县|本省|本州|本旗|该区|该县|该市|该省|该州|该旗|末(?=[\u3400-\u9fff]{2}[\u3400-\u9fff“])|经开区|开发区|高新区|综保区|保税区|自贸区|园区|全年|今年|"
    r"当年|年末|期末|月末|季末|按常住人口计算的?|(?:据|经)?初步(?:测算|核算|统计)|共有|拥有|现有|共(?![享青建同])|合计(?=[\u3400-\u9fff]{2})|目前|当前|集聚|聚集|各类|的(?=[\u3400-\u9fff]{2})|"
    # '泉州开发区共有各类市场主体', '共实施投资500万元以上工业项目': the area and the verb before a count
    rf"[{CJK}]{{2,6}}?(?:开发区|高新区|经开区|工业园区|新区|县|市|区|省)(?=共有|拥有|现有)|共?实施(?=[^,;。]{{0,12}}项目)|\d+家(?=规模以上|规上)|"
    r"(?:the|its|their) (?:zone|city|county|district|province|region)'s\b|of which\b|"
    r"among which\b|among them\b|including\b|(?:an? )?(?:accumulated|cumulative)\s(?=\w+ \w)|"
    r"at (?:current|constant|comparable) prices\b|in (?:real|nominal) terms\b|its\b|the\b|in\b|and\b|while\b|"
    r"with\b|an?\s(?!total\b)(?=[a-z][a-z-]{2,}\s+[a-z])|(?:the )?figures? for\b|(?:al)?though\b|"
    # the national scope: in a national release the area itself, elsewhere dropped as a benchmark
    # before the name is read (lang/en.py scope rows), so the name never keeps it
    r"national\b|nationwide\b|China['’]s\b|the country['’]s\b|provincial\b|municipal\b)\s*",
    re.IGNORECASE,
)
# Names never start with these verbs ('办理人大代表建议136件', '为3万人发放…'): work done, no statistic.
_LEADING_VERB = re.compile(
    r"^(?:办理|召开|举办|开展|组织|发放|印发|出台|制定|实施|推进|走访|帮助|解决|培训|慰问|检查|排查|整改|谋划|"
    r"储备|争取|引进|新签订|签订|带动|受理|督办|化解|安排|为[^,;。]{0,16}?(?:发放|兑现|提供))"
)
_INNER_VERBS = re.compile(r"累计实现|累计完成|完成累计|实现累计|共?实现|共?完成|共(?=签)|累计|达到|落实|兑现")
_NOT_A_NAME = re.compile(
    r"召开|会议|参加会议|参加活动|出席|印发|通报|部门|负责人|干部|奖励|给予|补贴|目标|任务|计划|预计|力争|确保|该|这|公司|"
    r"集团|建成|带动|(?<!新)增发(?!明|放)|"
    r"高于|低于|比上年|比去年|较上年|较去年|同比|环比|(?<!自然)增长|下降|增速|增幅|降幅|涨幅|以来|连续|平均|年均(?!浓度)|占|比重|贡献|拉动|"
    r"强度|(?<![钢木])结构|分别|提高|回落|加快|放缓|收窄|扩大|持平|主要|经济指标|成绩单|一览|情况|工作|活动(?!产值|增加值)|成效|态势|与上年|同期|上年|去年|"
    r"^总数$|^总量$|^总额$|兑$|(?:增产|减产)$|由负转正|由正转负|回升到|回升至|^此后|^规模$|单日|^单位|年初|这一块|^其(?![他余它])|以$|^[东西南北中]部地区|第\d+位的|排名第|^也?从(?!业)|"
    r"completion rate|^(?:a |the )?total(?: included)?$|"
    # an area alone ('一季度甘肃全省同比增长13.4%'): the clause names where, the topic names what
    r"^[\u3400-\u9fff]{0,4}(?:全省|全市|全县|全区|全州|全旗|全盟|全国)$|"
    r"\b(?:rose|fell|grew|was|were|is|are|reached|totalled|up|down|increased|decreased|accounted|made|"
    r"year|percent|growth|increase|decrease|average(?! (?:annual )?wages?| daily )|rate of|the zone|"
    r"the city|it|posted|logged|saw|alone|reported|yearly|basis|they|we|created)\b|^每",
    re.IGNORECASE,
)


_PLACE_TIME = re.compile(
    rf"(?:[{CJK}]{{0,6}}(?:区|县|市|镇|乡|园|片区|街道))?(?:全年|今年|当年|年内|上半年|下半年|半年累计|半年|前三季度|一季度|同期)?"
)


def _split_at_verb(phrase: str) -> str:
    """'高新区全年实现高新技术产业产值' -> '高新技术产业产值'; '规模以上工业企业实现营业收入': both sides."""
    verbs = list(_INNER_VERBS.finditer(phrase))
    if not verbs:
        return phrase
    m = verbs[-1]
    before, after = phrase[: m.start()], phrase[m.end() :]
    if len(after) < 2:
        return before + after
    # Only a place or a time before the verb is dropped: '高新区全年实现…'; '港口完成…' keeps 港口,
    # unless the object names it again ('农业全年实现农业总产值')
    subject = re.sub(r"(?:全年|今年|当年|年内|上半年|下半年|前三季度|一季度)$", "", before)
    said_again = bool(subject) and after.startswith(subject)
    # ('支柱产业合计完成增加值': the total of the industries is their value added, 合计 no part of it)
    return (
        after
        if _PLACE_TIME.fullmatch(before) or said_again
        else re.sub(r"(?:合计|共计|总计)$", "", before) + after
    )


_EN_FUNCTION_WORDS = {"or", "and", "of", "the", "a", "an", "to", "at", "in", "on", "by", "for", "with"}
_EN_FUNCTION_WORDS |= {"which", "that", "this", "its", "their", "as", "from", "after", "before", "since"}


_FOR_ITEM = re.compile(r"^(?:including\s+)?for\s+(?=[a-z])")  # '…, including 230.2 billion yuan for sales'
_DRIVEN = re.compile(r"^(全[县市区省州])?(?:推动|促进|助推)(?=[\u3400-\u9fff]{4})")  # '推动…增加值增长4.3%'
_INNER_SCOPE = re.compile(rf"(?<=[{CJK}]{{2}})(?:全区|全市|全县|全省|全州|全旗|全盟)(?=[{CJK}]{{2}})")


def phrase_name(words: str) -> str | None:
    """The indicator named by the words before a figure ('全区新签约项目' -> '新签约项目'), or None."""
    phrase = re.split(r"[:：]|--|——", words)[-1].strip(" ,:;、*_\"'")  # (…结构——高新技术产业投资)
    # a figure inside a parenthesis is named inside it: '按常住人口(2023年常住人口为115.06万人)计算'
    opened = max(phrase.rfind("("), phrase.rfind("（"))
    if opened >= 0 and not re.search(r"[)）]", phrase[opened:]) and substantive(phrase[opened + 1 :]):
        phrase = phrase[opened + 1 :].strip()
    # a quoted programme name keeps its quotes (“3+3”重点产业); a stray quote goes
    if phrase.count("“") != phrase.count("”"):
        phrase = phrase.strip("“”")
    phrase = re.sub(r"^(?:[^\w(（“\"]+|[IVX]{1,5}\.\s+)", "", phrase)  # bullets, emoji, II.: '▶ GDP'
    # a section's number ('一、农林牧渔业增加值同比增长1.9%'), not a list of ordinals ('一、二、三产业投资')
    phrase = lx.SECTION_OPENING.sub("", phrase)
    phrase = re.sub(r"^(?:the\s+)?[\w-]+'s\s+economy$", "GDP", phrase, flags=re.I)  # 'Shanghai's economy'
    # "Yiwu's foreign trade", "the port's container throughput" -> the noun phrase after the owner (and 'but')
    phrase = re.sub(r"^(?:(?:the\s+)?[A-Za-z][A-Za-z-]*'s\s+|local\s+|but\s+)+", "", phrase, flags=re.I)
    phrase = re.sub(r"^(?:the\s+)?economy\s+of\s+.{2,80}$", "GDP", phrase, flags=re.I)  # a place's economy
    phrase = _DRIVEN.sub(r"\1", DRIVES.split(after_report_en(phrase))[-1])
    phrase = object_en(phrase)
    phrase = re.split(r"\b(?:as|while|when)\s+(?=(?:the|its)\s)", phrase)[-1]  # '… growth as the total …'
    phrase = _FOR_ITEM.sub("", owned_en(phrase))
    # '奶业振兴发展迈出新步伐全区奶牛存栏': a heading run into its sentence; the scope word opens the name
    inner = _INNER_SCOPE.split(phrase)
    phrase = inner[-1] if len(inner) > 1 and not re.search(r"[占比较于]$", inner[-2]) else phrase
    while True:
        stripped = _SCOPE.sub("", phrase, count=1)
        if stripped == phrase:
            break
        phrase = stripped
    # 完 alone is 完成 cut short (支出完23.1亿元); a count opened by 有 (全区有农民专业合作社)
    phrase = re.sub(r"^(?:共有|拥有|现有|有(?![色机线限效关序形偿资]))(?=[\u3400-\u9fff]{2})", "", phrase)
    phrase = re.sub(r"^([一二三])产(?![业品值量])", r"第\1产业", phrase)  # 一产投资: 第一产业投资
    # '止六月底累计完成产值': what is left of a date cut out of the name; '以新材料、…为代表的战略性新兴产业
    # 产值', '以新能源主导的第二产业投资': what leads the series, not its name
    led = r"^(?:截至|截止|止)?底(?=[\u3400-\u9fff])|^以[^,;。]{1,40}?为?(?:代表|主导|龙头|引领)的"
    phrase = re.sub(led, "", phrase)
    # '经济作物油菜籽播种面积': the crop's kind before the crop itself is no part of its name
    phrase = re.sub(
        rf"^(?:经济|粮食|油料)作物中?(?!播种|种植|面积|总?产量)(?=[{CJK}]{{2,8}}(?:面积|产量)$)", "", phrase
    )
    # 'The price of grain prices rose …': the doubled word of a garbled release
    phrase = re.sub(r"^(?:the\s+)?prices?\s+of\s+(?=\S.*\bprices?$)", "", phrase, flags=re.I)
    # '如计算机…制造业': an example's marker, not its name (如皋, 如东 are places)
    phrase = re.sub(r"^(?:例如|比如|诸如|如(?![皋东意]))(?=[\u3400-\u9fff]{4})", "", phrase)
    phrase = re.sub(
        r"(?:由[\d.,]+[\u3400-\u9fff]{0,2}|已经?|实现了?|完成了?|(?<=..)完|累计|达到|共计|总计|共|为|是|合计|录得|突破|超过|超|逾|近|约|(?<!国)有|\s+there|\s+being)$",
        "",
        phrase,
    )
    phrase = re.sub(r"(?<=值)现价总量$", "", phrase)  # ('生产总值现价总量为…': the total at current prices)
    phrase = re.sub(r"^(出生|死亡)$", r"\1人口", phrase)  # ('全年出生7102人,死亡11150人': persons born, died)
    # '…, representing an increase of 7.4 percent': the participle points back at the figure before
    phrase = re.sub(
        r"(?:^|\s)(?:representing|making|indicating|marking|reflecting|registering|recording|showing|posting|showed|saw|"
        r"witnessing|seeing|which (?:is|was|represents|marks)|(?:(?:the|this|that) )?figures?)"
        r"(?:\s+an?(?:\s+(?:impressive|remarkable|robust|strong|solid|steady|modest|healthy|astounding))?)?\s*$",
        "",
        phrase,
        flags=re.IGNORECASE,
    )
    # 'gross domestic product (GDP) for that period': the period is the figure's, not the name's
    phrase = re.sub(
        r"\s+(?:for|in|during)\s+(?:that|the|this)\s+(?:period|year|quarter|half|month)\s*$",
        "",
        phrase,
        flags=re.IGNORECASE,
    )
    # 'GDP of our city', 'exports of the high-tech zone', '… nationwide', '… of these enterprises': the scope
    phrase = re.sub(
        r"\s+(?:nationwide|of\s+these\s+(?:enterprises|firms|companies)|(?:of|in|for|at|across)\s+(?:our|the|this)\s+(?:country|city|county|district|province|(?:autonomous\s+)?region|municipality|park|"
        r"(?:high-tech |development |economic |free trade |pilot )*zone|"
        r"(?:city|county|province|district|zone|region)'s\s+[a-z]+))\s*$",
        "",
        phrase,
        flags=re.IGNORECASE,
    )
    # 'added value from the province's primary industries', 'turnover … in Guangxi': the area again
    phrase = re.sub(
        r"\b(?:(?:north|south|east|west|central)\w*\s+|Inner\s+)?"  # (Inner Mongolia's)
        r"(?:(?:the|our|this)\s+(?:province|city|county|district|region|country)|[A-Z][a-z]+)'s\s+",
        "",
        phrase,
    )
    phrase = PLACE_OR_TIME_TAIL_EN.sub("", phrase)
    # ('value added for local mineral industry', 'registered business entities in [Xizang's] market')
    phrase = re.sub(r"\s+in\s+(?:the\s+)?market$", "", re.sub(r"\bfor local\s+(?=[a-z])", "for ", phrase))
    # '… retail sales of consumer goods surged to 229.39 billion yuan': the verb is no part of the name
    phrase = re.sub(
        r"\s+(?:surged|soared|rose|grew|climbed|jumped|increased|fell|dropped|declined)$", "", phrase
    )
    # 'floor space under construction by the real estate development enterprises': who reported it
    phrase = re.sub(r"\s+by\s+(?:the\s+)?[a-z -]+?(?:enterprises|companies|firms|developers)\s*$", "", phrase)
    if re.search(rf"[{CJK}]", phrase):
        phrase = _split_at_verb(phrase)
        # '生猪年末存栏': the date is the figure's, not the name's
        phrase = re.sub(r"(?<=[\u3400-\u9fff])(?:年末|季末|月末|期末)(?=存栏|存笼)", "", phrase)
        # '规模以上工业企业的医用口罩产量': the words before 的 say whose, the name is after it
        phrase = re.sub(rf"^[{CJK}]{{2,16}}?(?:企业|单位|行业|部门|地区)的(?=[{CJK}]{{2,}})", "", phrase)
    # '1736家先进制造业企业产值': how many firms report it, not the series' name
    firms = rf"^((?:[{CJK}]{{2,4}}?[市县区])?)\d+(?:家|户)(?=[{CJK}]{{2,12}}?企业[{CJK}]{{2}})"
    phrase = re.sub(firms, r"\1", phrase.strip(" ,:;、"))
    if _NOT_A_NAME.search(phrase) or re.search(r"\d{4}|[年月日号]$", phrase) or city_at(phrase) == phrase:
        return None  # (a city alone, '南昌(5596.18亿元)', is another area's figure quoted, no series)
    if re.search(rf"[{CJK}]", phrase):
        # a list of items ('医疗保健、食品烟酒、…类') is as long as its items allow
        longest = max(len(item) for item in phrase.split("、"))
        if (
            not 2 <= len(phrase) <= 80
            or longest > 24
            or not re.fullmatch(rf"[{CJK}0-9.A-Za-z()（）&“”][{CJK}0-9.A-Za-z()（）、&“”+]*", phrase)
        ):
            return None
        if _LEADING_VERB.match(phrase) or phrase.endswith("、"):
            return None
        if re.match(r"^\d(?![A-Za-z+])", phrase) and not re.search(r"以上|以下", phrase):  # 5G, 5A级, 1+N
            return None
        return phrase
    # a list written into a name ('… from Hong Kong, Macao and Taiwan') counts as one word
    core = ENGLISH_LISTS.sub("list", phrase)
    core = lx.ONE_TERM_EN.sub("ads", core)  # (one term: 规模以上/限额以上, 城镇非私营单位就业人员, R&D)
    words_ = core.split()
    longest = 8 if core == phrase else 10  # a name that holds a list is long by nature
    if " and " in core and _KINDS_EN.search(core):  # ('retail sales of department store and brand … store')
        longest += 1
    if re.match(r"(?:producer|purchaser|purchasing) price", core, re.IGNORECASE):
        longest += 3  # a price class is the index's name and the class's ('… for non-ferrous metal …')
    if not 1 <= len(words_) <= longest or not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", core):
        return None
    if words_[-1].lower() in _EN_FUNCTION_WORDS or (len(words_) == 1 and len(phrase) < 3):
        return None
    phrase = " ".join(phrase.split())  # a line break or a double space inside the name
    return phrase.lower() if not phrase.isupper() else phrase


_KINDS_EN = re.compile(r"\b(?:stores?|industry|industries|sectors?|products|goods|services)$")
_GENERIC_WORDS = re.compile(
    rf"^[\s,:;、()*_]*(?:其中|总量|总额|规模|总数|全年|累计|当年|同期|共|合计|当月|单月|当季|单季|分别|均|也|与上年同期|"
    rf"与去年同期|与上年|与去年|同比|比上年同期|比去年同期|比上年|比去年|较上年同期|较去年同期|较上年|较去年|"
    rf"[{CJK}]{{0,4}}?全(?:区|市|县|省|州|旗|盟)|我区|我县|我市|我省|本省|[{CJK}]{{0,2}}方面)*[\s,:;、()*_]*$"
)


def substantive(words: str) -> bool:
    """Words before a figure that are more than scope and filler, so they name something of their own."""
    stripped = re.sub(r"\s+", " ", words).strip()
    if not stripped or _GENERIC_WORDS.match(stripped):
        return False
    years = re.sub(r"\b(of|in|over|than|since) (?:19|20)\d\d\b", r"\1", stripped)  # ('over … of 2010')
    if re.search(r"\d|[" + CJK + r"]{4,}", years):
        return True
    # English: a noun of its own ('China's population rose to …') names something else than the
    # subject carried from an earlier sentence; pronouns, linkers and time words do not.
    content = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", stripped) if w.lower() not in en.FILLER]
    return bool(content)
