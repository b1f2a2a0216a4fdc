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

__all__ = ["is_national", "region_level"]

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
