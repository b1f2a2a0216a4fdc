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

__all__ = ["is_national", "place_prefix", "region_level"]

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


# A place name written before an indicator name: 运城市地区生产总值, 某某县社会消费品零售总额.
_PLACE_END = re.compile(r"(?:省|市|县|区|州|盟|旗)")
_SUFFIX = re.compile(r"(?:省|市|县|区|州|盟|旗|自治区|自治州|自治县)$")


def place_prefix(name: str, region: str, known: Callable[[str], object]) -> tuple[str, bool] | None:
    """A name that opens with a place before a name ``known`` accepts: (that name, whether the place
    is the bulletin's own region, in full or short: 运城市 or 运城 for 运城市). None otherwise."""
    if re.match(r"[对向与从在同和]", name):
        return None  # '对东盟进出口': trade with a partner, not a place's own figure
    own = _SUFFIX.sub("", region.strip())
    if own and name.startswith(own) and known(name[len(own) :]):
        return name[len(own) :], True  # 运城地区生产总值: the short name of the area itself
    for m in _PLACE_END.finditer(name, 1, 7):
        rest = name[m.end() :]
        if rest and known(rest):
            return rest, bool(own) and _SUFFIX.sub("", name[: m.end()]) == own
    return None
