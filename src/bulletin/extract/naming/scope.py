"""The bulletin's own area: which scope words name the area itself and which name another one.

Contract: ``region_level(region)`` -> the administrative level of a bulletin's region
('national', 'province', 'city', 'county', or '' when the name does not say); ``is_national``
says whether it is the whole country. A scope word of a level above the bulletin's own names an
enclosing area quoted for comparison (全省 in a county release), the same word in a release of
that level names the area itself (全年全国规模以上工业增加值比上年增长5.1% in a national release is
the headline figure). Pure data and small functions, no state.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bulletin.extract.naming.places import city_at

__all__ = [
    "about_other_area",
    "is_national",
    "names_other_area",
    "other_area",
    "place_prefix",
    "region_level",
]

# How national releases name their own area, in either language.
_NATIONAL_REGION = re.compile(
    r"^(?:全国|中国|我国|中华人民共和国|全国各地|china|the country|national|nationwide|prc|"
    r"people's republic of china)$",
    re.IGNORECASE,
)
# Provincial-level units, often written without 省 (湖北, 河南) and in English; the four
# municipalities directly under the central government are provincial-level too.
_PROVINCES = (
    "北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|"
    "广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆"
)
_PROVINCE = re.compile(rf"^(?:{_PROVINCES})(?:省|市|(?:壮族|回族|维吾尔)?自治区)?$|^.{{2,3}}省$")
_PROVINCE_EN = re.compile(
    r"^(?:beijing|tianjin|hebei|shanxi|inner mongolia|liaoning|jilin|heilongjiang|shanghai|jiangsu|"
    r"zhejiang|anhui|fujian|jiangxi|shandong|henan|hubei|hunan|guangdong|guangxi|hainan|chongqing|"
    r"sichuan|guizhou|yunnan|tibet|xizang|shaanxi|gansu|qinghai|ningxia|xinjiang)(?: province)?$",
    re.IGNORECASE,
)
# Zones and districts report as 全区; counties as 全县, banners as 全旗: one level below the city.
_COUNTY = re.compile(r"(?:县|旗|区|开发区|高新区|经开区|新区|园区|示范区|合作区|片区)$")
_CITY = re.compile(r"(?:市|州|盟|地区)$")


def is_national(region: str | None) -> bool:
    """Whether ``region`` (the front-matter region) is the whole country."""
    return bool(region) and bool(_NATIONAL_REGION.match(str(region).strip()))


def region_level(region: str | None) -> str:
    """The administrative level of ``region``, or '' when its name does not say."""
    name = str(region or "").strip()
    if not name:
        return ""
    if is_national(name):
        return "national"
    if _PROVINCE.match(name) or _PROVINCE_EN.match(name):
        return "province"
    if _COUNTY.search(name):
        return "county"
    if _CITY.search(name):
        return "city"
    return ""


_NATIONAL_PREFIX = re.compile(r"(?:全国|中国|我国|中华人民共和国)")
# A place name written before an indicator name: 运城市地区生产总值, 某某县社会消费品零售总额.
_PLACE_END = re.compile(r"(?:省|市|县|区|州|盟|旗)")
_SUFFIX = re.compile(r"(?:省|市|县|区|州|盟|旗|自治区|自治州|自治县)$")


# A name that says what it measures (进出口值, 工业投资): after the area's own name it is the area's.
_MEASURED = re.compile(r"(?:额|量|值|收入|利润|投资)$")
_MEASURED_PART = re.compile(r"(?:增加值|产值|营业收入|投资|零售额|进出口总?额)$")
# ('新增规模以上工业单位': new units of a coverage are the area's too)
_COVERED = re.compile(r"(?:新增)?(?:规模以上|规上|限额以上|限上)|全")
_ETHNIC = re.compile(
    r"(?:维吾尔|壮族|回族|藏族|蒙古族|朝鲜族|土家族|苗族|彝族|哈萨克|傣族|白族|侗族|布依族|瑶族|羌族|黎族|土族|"
    r"撒拉族|仫佬族|毛南族|仡佬族|水族|畲族|哈尼族|傈僳族|景颇族|纳西族|拉祜族|佤族|满族|东乡族|保安族|裕固族|"
    r"柯尔克孜|达斡尔族|鄂温克族|鄂伦春族|锡伯族|塔吉克|独龙族|怒族|普米族|阿昌族|德昂族)$"
)


# The area's parts taken together: a number of its districts or counties (九区, 六城区). (Not 县域: in a
# county's release it is the county itself, and a county-level city's cannot be told from a city's.)
_PART_OF_AREA = re.compile(r"[一二三四五六七八九十两]个?(?:城区|区县|县区|区|县)(?![级域])")


def place_prefix(name: str, region: str, known: Callable[[str], object]) -> tuple[str, bool] | None:
    """A name that opens with a place before a name ``known`` accepts: (that name, whether the place
    is the bulletin's own region, in full or short: 运城市 or 运城 for 运城市). None otherwise."""
    if re.match(r"[对向与从在同和]", name) or re.match(r"[\u3400-\u9fff]{2,3}(?:证券|期货|黄金)交易所", name):
        return None  # '对东盟进出口': trade with a partner; '上海证券交易所…': an exchange's name, kept whole
    if (part := _PART_OF_AREA.match(name)) and len(name) > part.end() + 1:
        return name[part.end() :], False  # '在全市人口中,九区人口553.5万人': a part of the area's
    urban = re.match(r"(?:市区|主城区|中心城区)", name)
    if urban and region.strip().endswith("市") and known(name[urban.end() :]):
        return name, True  # '市区居民消费价格总水平' in a city's release: the city's survey, as written
    own = _SUFFIX.sub("", region.strip())
    # ('the 2018 Hunan per capita disposable income' in Hunan's English release)
    spoken = f"{region.strip().lower()} "
    if spoken.strip() and spoken.isascii() and name.lower().startswith(spoken) and known(name[len(spoken) :]):
        return name[len(spoken) :], True
    # (an autonomous region by its short name too: 广西 for 广西壮族自治区, 湘西州 for 湘西土家族苗族自治州)
    bare = own
    while (fewer := _ETHNIC.sub("", bare)) != bare:
        bare = fewer
    shorts = (own, bare + "州" if region.strip().endswith("自治州") else "", bare)
    for short in sorted(dict.fromkeys(shorts), key=len, reverse=True):
        if short and name.startswith(short) and known(name[len(short) :]):
            return name[len(short) :], True  # 运城地区生产总值: the short name of the area itself
        if short and name.startswith(short) and re.match(_COVERED, name[len(short) :]):
            return name[len(short) :], True  # '湖南规模以上装备制造业增加值' in Hunan's release
        if short != own and len(short) >= 2 and name.startswith(short) and _MEASURED_PART.search(name):
            return name[len(short) :], True  # '湘西州规模工业增加值': the area's own, by its short name
    rest = name[len(own) :] if own and len(own) >= 2 and name.startswith(own) else ""
    if rest and not re.match(r"[省市县区州盟旗]|自治", rest) and _MEASURED.search(rest[1:]):
        return name[len(own) :], True  # '郑州进出口值达1127.7亿元' in Zhengzhou's own release
    if region.strip() and name.startswith(region.strip()) and len(name) > len(region.strip()) + 1:
        return name[len(region.strip()) :], True  # '西宁经济技术开发区工业企业': the area in full
    # '四川宜宾GDP': the area's short name after its province's
    province = re.match(rf"(?:{_PROVINCES})(?:省|自治区)?", name)
    inner = name[province.end() :] if own and province else ""
    if inner.startswith(own) and inner != own and known(inner[len(own) :]):
        return inner[len(own) :], True
    # a national release names the country in any of its names: 中国国内生产总值 with region 全国
    national = _NATIONAL_PREFIX.match(name) if is_national(region) else None
    if national is not None and known(name[national.end() :]):
        return name[national.end() :], True
    city = city_at(name)  # '厦门价格' in Fujian's release: another area, named without its suffix
    rest = name[len(city) :]
    if city and len(rest) >= 2 and not region.strip().startswith(city) and not re.match("[市区县]级", rest):
        return rest, False  # (a zone named after its city, or 苏州市级总部: a level, is not another area)
    for m in _PLACE_END.finditer(name, 1, 7):
        rest = name[m.end() :]
        if name[: m.end()] == "中省":
            continue  # '中省工业增加值': central and provincial enterprises' industry, no place
        if name[: m.end()] == "地区" and rest and known(rest):
            return rest, True  # '实现地区进出口总值…': the area's own, called 'the region'
        if rest and known(rest):
            return rest, bool(own) and (
                _SUFFIX.sub("", name[: m.end()]) == own or _short_for(name[: m.end()], region)
            )
        if len(rest) >= 4 and _MEASURED_PART.search(rest) and own and _short_for(name[: m.end()], region):
            return rest, True  # '郑州航空港区计算机…制造业增加值' in the zone's own release
    return None


def _short_for(place: str, region: str) -> bool:
    """'汽开区' for 长春汽车经济技术开发区: a zone's short name, its characters in order in the full one,
    opening on one of its own (not the city's: 长春经开区 may be another zone of the city)."""
    chars = iter(region[2:])
    if place.endswith("区") and place[0] not in _GENERIC_ZONE and all(c in chars for c in place):
        return True
    # '郑州航空港区' for 郑州航空港经济综合实验区: after the city, words of the zone's own (长春经开区
    # may be any zone of the city)
    own = [c for c in place[2:-1] if c not in _GENERIC_ZONE]
    chars = iter(region[2:])
    return place.endswith("区") and place[:2] == region[:2] and len(own) >= 2 and all(c in chars for c in own)


_GENERIC_ZONE = frozenset("经济技术开发区高新产业园工业国家级综合保税")


# A named area as a clause's subject, right before the indicator, with at most a period word and a
# verb between: '北京市实现社会消费品零售总额', '某某省上半年完成…'. Scope words (全市, 我区, 本县) and
# kinds of area (城区, 开发区, 辖区) are not names.
_NAMED_AREA = re.compile(
    rf"(?:^|[,，;；。:：、\s])(?P<place>(?:{_PROVINCES})(?:省|市|自治区)?|(?!实现|完成)[\u3400-\u9fff]{{2,4}}(?:省|市|县|区|州|盟|旗))"
    r"(?:全年|今年|上半年|下半年|前三季度|一季度|同期)?(?:累计)?(?:实现|完成|达到|共)?$"
)
# '武汉市地区生产总值(GDP)9975.19亿元': the name read is the gloss, the area stands before the name it glosses
_GLOSSED_AREA = re.compile(_NAMED_AREA.pattern[:-1] + r"[\u3400-\u9fff]{2,12}?[(（]\s*$")
_HEAD_AREA = re.compile(
    rf"(?P<place>(?:{_PROVINCES})(?:省|市|自治区)?|[\u3400-\u9fff]{{2,4}}?(?:省|市|县|区|州|盟|旗))"
)
# '…;九龙坡区实现生产总值1211.25亿元,…': a semicolon part whose subject is a named area's output
_AREA_SUBJECT = re.compile(
    r"^(?:其中|而|同时)?[,:]?(?:(?P<place>[\u3400-\u9fff]{2,4}?(?:区|县|市|旗))(?<!地区)(?:实现|完成)?"
    # ('其中,洋浦以增速14.2%位列第一': a place ranked by its growth)
    r"(?:地区生产总值|生产总值|GDP)|(?P<first>[\u3400-\u9fff]{2,4})以(?:增速|增幅))"
)


def opens_with_other_area(part: str, region: str) -> bool:
    """Whether a semicolon ``part`` opens on another named area's output ('九龙坡区实现生产总值…')."""
    found = _AREA_SUBJECT.match(part.strip())
    place = (found["place"] or found["first"]) if found else ""
    own = _SUFFIX.sub("", region.strip())
    return bool(
        place and own and own not in place and not _NOT_A_NAME.search(place) and not _short_for(place, region)
    )


_NOT_A_NAME = re.compile(
    r"[全我本该各年季月末初]|^(?:辖|郊)|(?:城区|市区|园区|景区|新区|开发区|高新区|经开区|"
    r"保税区|示范区|功能区|片区|社区|辖区|农村|城镇|城乡)$"
)


# A zone within the area as the subject ('某某综合保税区1—8月完成进出口额', '县工业集中区新增规上企业',
# '昌九经济体累计实现…', a group of the province's cities):
# the figures are a part's, not the area's own, unless the bulletin is that zone's.
_SUB_ZONE = re.compile(
    r"(?:^|[,，;；。:：、\s])(?P<place>[\u3400-\u9fff()（）]{1,16}?"
    r"(?:综合保税区|保税区|保税港区|工业集中区|集中区|产业园区?|工业园区?|科技园|物流园|试验区|示范区|集聚区|经济体|经济圈|经济带|城市群|都市圈))"
    r"(?:\d{1,2}[—\-–~至]\d{1,2}月|全年|今年|上半年|下半年|前三季度|一季度)?(?:累计)?(?:实现|完成|达到|共|新增)?"
)


def _sub_zone(words: str, region: str) -> bool:
    found = _SUB_ZONE.search(words)
    if found is None or found.end() != len(words):
        return False
    place = re.sub(r"^[县市区省]", "", found.group("place"))
    return place not in region and region not in place


_ZONE_GROUP = re.compile(
    r"^\s*(?:截至[^,，]{1,8}[,，])?(?:全市|全省|全县|\d+个|[两二三四五六七八九十]+个)"
    r"(?P<zones>[\u3400-\u9fff]{0,6}?(?:园区|开发区|工业园|产业园))(?:已|累计|共)"
)
_LEAD_TIME = re.compile(
    r"^\s*(?:(?:今年以来|全年|上半年|下半年|前三季度|一季度|\d{1,2}[—\-–~至]\d{1,2}月)[,，]?)?"
)


def zone_sentence(sentence: str, region: str) -> int:
    """Where a scope word naming the area again may stand when ``sentence`` opens with a zone within the
    area ('县工业集中区新增规上企业2家,完成…': anywhere) or with several zones together ('全市共建园区
    累计实现…': after them), else -1: its figures are theirs until such a word."""
    if not region.strip():
        return -1
    if (group := _ZONE_GROUP.match(sentence)) and group["zones"] not in region:
        return group.end()  # (上饶市工业园区's own release names itself 全市工业园区)
    lead = _LEAD_TIME.match(sentence).end()  # type: ignore[union-attr]
    found = _SUB_ZONE.match(sentence[lead:])
    if found is None:
        return -1
    place = re.sub(r"^[县市区省]", "", found.group("place"))
    # (a scope word anywhere before a figure names the area again: 全市工业园区 is the parks' release's own)
    return 0 if place not in region and region.strip() not in place else -1


def other_area(clause: str, written: str, region: str) -> bool:
    """Whether ``clause`` (the words before a figure) names another area than ``region`` as the
    subject of ``written``, the indicator as written: 北京市实现社会消费品零售总额 in a district's
    release quotes the city's figure beside the district's own."""
    own = _SUFFIX.sub("", region.strip())
    lead = _SUB_ZONE.match(written)
    if own and lead is not None and _sub_zone(lead.group(), region.strip()):
        return True
    at = clause.rfind(written) if written else -1
    if not own or at < 0:
        return False
    if _sub_zone(clause[:at], region.strip()):
        return True
    found = _NAMED_AREA.search(clause[:at]) or _GLOSSED_AREA.search(clause[:at])
    if found is None:
        return False
    place = found.group("place")
    mine = own in place or _SUFFIX.sub("", place) in own or _short_for(place, region)
    return not _NOT_A_NAME.search(place) and not mine


def names_other_area(words: str, region: str) -> bool:
    """Whether ``words`` (a column's header: '北京市 本期') open with a named area other than ``region``."""
    own = _SUFFIX.sub("", region.strip())
    found = _HEAD_AREA.match(words.replace(" ", ""))
    if not own or found is None:
        return False
    place = found.group("place")
    mine = own in place or _SUFFIX.sub("", place) in own or _short_for(place, region)
    return not _NOT_A_NAME.search(place) and not mine


# Areas as actors of a sentence: cities, counties and the zones that publish bulletins of their own,
# each the two characters of a proper name before its kind (苏州工业园, 东湖开发区, 南通市); a kind after a
# generic word (省级开发区, 省内高新区, 创新型城市) names no area.
_ANY_AREA = re.compile(
    r"(?=(?P<place>(?P<stem>[\u3400-\u9fff]{2})(?:工业园区|工业园|高新区|开发区|经开区|新区|省|市|县|区|旗|州)))"
)
# A kind of zone read as a name and its kind ('经开' + 区): no name at all.
_KIND = re.compile(
    r"(?:工业园区|工业园|高新区|开发区|经开区|新区|园区|城区|市区|辖区|社区|片区|景区|矿区|库区|山区|郊区)"
)
_ZONE_AREA = re.compile(r"(?:开发区|经开区|高新区|工业园区?|新区|园区|试验区|产业园|合作区)$")
# (and a ranking verb before a field: '排名省内…' names no place 排名省)
_GENERIC = re.compile(r"[省市县区级内外中间各该本我全在的和与及仅只国家新老城乡镇村型排名居列位于地]")
# '居三县第1位': a numeral right before the rank counts the places ranked; it names none (三明市 does)
_COUNTED = re.compile(r"[一二三四五六七八九十两几多]")
# 我区, 本县, and any 全X: a scope word may be the area's own or the field it is ranked in
_OWN_WORD = re.compile(r"(?:我|本|全|该)(?:省|市|县|区|旗|州|园区|园)")


def about_other_area(words: str, region: str) -> bool:
    """Whether ``words`` (a sentence up to a rank) name another area and never the bulletin's own, by
    name or by a scope word: '省内仅某某工业园进入十强,位居第5位' ranks that zone, not the area."""
    own = _SUFFIX.sub("", region.strip())
    if not own or own in words or _OWN_WORD.search(words):
        return False
    end = len(words.rstrip())
    # '泉州开发区 … 增幅位居泉州市第一': a zone ranked in the city it is named after
    home = region.strip()[:2] + "市" if _ZONE_AREA.search(region.strip()) else ""
    return any(
        m.group("place") != home
        and not _short_for(m.group("place"), region)
        and not _GENERIC.search(m.group("stem"))
        and not _KIND.fullmatch(m.group("place"))
        and not (_COUNTED.fullmatch(m.group("stem")[1]) and m.start() + len(m.group("place")) == end)
        for m in _ANY_AREA.finditer(words)
    )
