"""Units of measure and quantities as written in Chinese and English economic bulletins.

Contract: text (a unit spelling such as ``亿元`` or ``billion yuan``, a number such as ``１,２３４.５``, a
sentence) -> :class:`Unit`, numbers and :class:`Quantity` values that know their family, their value in
the family's base unit and the precision they were written with. Pure: no I/O, no locale, no currency
conversion (yuan and dollars differ). Bad input raises UnitError or ValueError; scan_quantities never does."""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from bulletin.core.slotstate import plain_state
from bulletin.core.textfold import FOLD_NUMBERS


class UnitError(ValueError):
    """A unit that cannot be understood; .message and .hint for the editor."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@plain_state
@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: canonical symbol, comparable family, and multiple of the family's base unit."""

    symbol: str
    family: str
    factor: float
    base: str


@plain_state
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as written, and its value in the family's base unit."""

    value: float
    unit: str
    base_value: float
    family: str
    decimals: int

    def agrees_with(self, other: Quantity) -> bool:
        """True when both are the same figure up to the rounding of the less precise one."""
        if self.family != other.family:
            return False
        tolerance = max(_half_last_digit(self), _half_last_digit(other))
        scale = max(abs(self.base_value), abs(other.base_value))
        # The epsilon absorbs binary floating-point noise from value * factor.
        return abs(self.base_value - other.base_value) <= tolerance + 1e-9 * scale + 1e-12


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A quantity found in a sentence: text[start:end] means quantity."""

    start: int
    end: int
    text: str
    quantity: Quantity


_SCALE_ZH = {1.0: "", 1e3: "千", 1e4: "万", 1e6: "百万", 1e8: "亿", 1e9: "十亿", 1e12: "万亿"}
_SCALE_EN: dict[float, tuple[str, ...]] = {
    1.0: ("",),
    1e3: ("thousand", "thousands"),
    1e4: ("10,000", "ten thousand"),
    1e6: ("million", "mn"),
    1e8: ("100 million", "hundred million"),
    1e9: ("billion", "bn"),
    1e12: ("trillion", "tn"),
}
_MONEY = (1.0, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12)
_WIDE = (1.0, 1e3, 1e4, 1e6, 1e8, 1e9)  # physical counts: 万吨, 36.2 million TEUs, 1.32 billion tonnes
_POINTS = ("percentage points", "percentage point", "pp", "ppt", "pts")
_UGM3 = ("micrograms per cubic metre",)
_CUBIC = ("cubic metres", "cubic meters", "cubic metre", "cubic meter")
_TONNES = ("metric tons", "metric tonnes", "tonnes", "tonne", "tons", "ton")


@dataclass(frozen=True, slots=True)
class _Family:
    name: str
    base: str
    scales: tuple[float, ...]
    zh: tuple[str, ...]  # Chinese spellings of the base unit; the first is the display symbol
    en: tuple[str, ...] = ()  # English words written after the number
    prefixes: tuple[str, ...] = ()  # currency codes written before the number


_FAMILIES = (
    _Family(
        "CNY",
        "元",
        _MONEY,
        ("元", "人民币"),
        ("yuan", "RMB yuan", "renminbi", "CNY", "RMB"),
        ("CNY", "RMB", "¥"),
    ),
    _Family(
        "USD",
        "美元",
        _MONEY,
        ("美元",),
        ("US dollars", "US dollar", "U.S. dollars", "dollars", "USD", "US$"),
        ("USD", "US$", "$"),
    ),
    _Family("percent", "%", (1.0,), ("%",), ("percent", "per cent", "pct")),
    _Family("permille", "‰", (1.0,), ("‰",), ("per thousand", "per mille")),  # birth and death rates
    _Family("pp", "个百分点", (1.0,), ("个百分点", "百分点"), _POINTS),
    _Family("person", "人", _WIDE, ("人",), ("persons", "person", "people")),
    _Family("person_time", "人次", _WIDE, ("人次",), ("person-times", "person-time")),
    _Family("tonne", "吨", _WIDE, ("吨",), _TONNES),
    _Family(
        "m2",
        "平方米",
        (1.0, 1e4, 1e6, 1e8),
        ("平方米", "平米", "㎡"),
        ("square metres", "square meters", "square metre", "square meter", "sq m", "m2"),
    ),
    _Family("m3", "立方米", (1.0, 1e4, 1e6, 1e8, 1e9), ("立方米",), _CUBIC),
    _Family("kwh", "千瓦时", (1.0, 1e4, 1e6, 1e8, 1e9), ("千瓦时", "度"), ("kWh", "kilowatt-hours")),
    # "28.6 million" (arrivals, entities) is a count: the bare multiplier is its unit.
    _Family("count", "个", _MONEY, ("个",), ("units", "")),
    _Family("train", "列", (1.0, 1e4, 1e6), ("列", "趟"), ("trains", "trips")),
    _Family(
        "enterprise", "家", (1.0, 1e4), ("家",), ("enterprises", "enterprise", "firms", "firm", "companies")
    ),
    _Family("project", "项", (1.0, 1e4), ("项", "个项目"), ("projects", "project")),
    _Family("household", "户", (1.0, 1e4), ("户",), ("households", "household")),
    # physical counts and measures; sown areas run to 万亩, 亿亩, 'million mu' or 'million hectares'
    _Family("mu", "亩", (1.0, 1e4, 1e6, 1e8), ("亩",), ("mu",)),
    _Family("hectare", "公顷", (1.0, 1e3, 1e4, 1e6), ("公顷",), ("hectares", "hectare")),
    _Family("head", "头", (1.0, 1e4), ("头",), ("head",)),
    _Family("horse", "匹", (1.0, 1e4), ("匹",), ()),
    _Family("herd", "头只匹", (1.0, 1e4), ("头只匹",), ()),  # herds of several kinds: 牲畜存栏19.03万头只匹
    _Family("herd2", "头只", (1.0, 1e4), ("头只",), ()),
    # poultry and sheep: 家禽出栏7.5千只, 48.9万羽
    _Family("bird", "只", (1.0, 1e3, 1e4, 1e8), ("只", "羽"), ()),
    _Family("piece", "件", (1.0, 1e4, 1e8), ("件",), ("parcels", "pieces", "items")),
    _Family("km", "公里", (1.0, 1e4), ("公里", "千米"), ("kilometres", "kilometers", "km")),
    _Family("km2", "平方公里", (1.0, 1e4), ("平方公里",), ("square kilometres", "square kilometers")),
    _Family("tkm", "吨公里", (1.0, 1e4, 1e8), ("吨公里",), ("tonne-kilometres", "tonne-km")),
    _Family("pkm", "人公里", (1.0, 1e4, 1e8), ("人公里",), ("passenger-kilometres", "passenger-km")),
    _Family("teu", "标箱", _WIDE, ("标箱", "标准箱"), ("TEU", "TEUs")),
    _Family("vehicle", "辆", (1.0, 1e4), ("辆",), ("vehicles", "cars", "units of vehicles")),
    _Family("machine", "台", (1.0, 1e4), ("台",), ("sets",)),
    _Family("institution", "所", (1.0,), ("所",), ("schools",)),
    _Family("bed", "张", (1.0, 1e4), ("张",), ("beds",)),
    _Family("kw", "千瓦", _WIDE, ("千瓦",), ("kW", "kilowatts")),
    _Family("w", "瓦", (1.0, 1e4, 1e8), ("瓦",), ("watts",)),
    _Family("kg", "公斤", _WIDE, ("公斤", "千克"), ("kilograms", "kilogram", "kg")),
    _Family("jin", "斤", _WIDE, ("斤",), ("jin",)),
    _Family("tce", "吨标准煤", _WIDE, ("吨标准煤", "吨标煤"), ("tonnes of standard coal equivalent", "tce")),
    _Family("set", "套", (1.0, 1e4), ("套",), ()),
    _Family("chip", "块", (1.0, 1e4, 1e8), ("块",), ("chips",)),
    _Family("wafer", "片", (1.0, 1e4, 1e8), ("片",), ("wafers",)),
    _Family("handset", "部", (1.0, 1e4, 1e8), ("部",), ("handsets",)),
    _Family("ship", "艘", (1.0,), ("艘",), ("ships", "vessels")),
    _Family("aircraft", "架", (1.0,), ("架",), ("aircraft",)),
    _Family("ugm3", "微克/立方米", (1.0,), ("微克/立方米", "μg/m³", "μg/m3", "ug/m3"), _UGM3),
    # A rank or an index (CPI = 102.3) is written without a unit.
    _Family("index", "", (1.0,), ("",)),
)


def _spellings(fam: _Family) -> Iterator[tuple[str, float]]:
    for factor in fam.scales:
        for zh in fam.zh:
            yield _SCALE_ZH[factor] + zh, factor
        for word in _SCALE_EN[factor]:
            for en in fam.en:
                if word or en:
                    yield f"{word} {en}".strip(), factor
            for prefix in fam.prefixes:  # (and 'RMB 19,154.4 million Yuan': both at once)
                yield from ((f"{prefix} {word}{end}".strip(), factor) for end in ("", f" {fam.en[0]}"))


_IGNORED = re.compile(r"[\s\-‐–.,]+")


def _key(spelling: str) -> str:
    # Case, width, spaces, hyphens, dots and thousands commas never change the meaning.
    return _IGNORED.sub("", unicodedata.normalize("NFKC", spelling).casefold())


def _build_tables() -> tuple[dict[str, Unit], dict[str, Unit], dict[str, str]]:
    # One pass, each spelling's key computed once: this runs at every start of the CLI.
    table: dict[str, Unit] = {}
    by_key: dict[str, Unit] = {}
    spelling_of: dict[str, str] = {}
    for fam in _FAMILIES:
        for spelling, factor in _spellings(fam):
            unit = Unit(_SCALE_ZH[factor] + fam.zh[0], fam.name, factor, fam.base)
            key = _key(spelling)
            # Two spellings that normalise alike must mean the same unit, or parse_unit would guess.
            if by_key.setdefault(key, unit) != unit:
                raise AssertionError(f"unit spelling {spelling!r} is ambiguous")
            table[spelling] = unit
            spelling_of.setdefault(key, spelling)
    return table, by_key, spelling_of


# Every accepted spelling (as written in the table above) -> its unit; by normalised key; the first of each.
UNITS, _BY_KEY, _SPELLING_OF_KEY = _build_tables()

# What a yield or a price is per: 公斤/亩, 元/吨, 万元/人.
_PER_ZH = ("亩", "公顷", "吨", "人", "户", "平方米", "公斤", "千瓦时", "人次", "年", "月")
PER = (*_PER_ZH, "ha", "mu", "hectare", "ton")


@functools.lru_cache(maxsize=1024)
def parse_unit(text: str) -> Unit:
    """The unit a spelling means (亿元, billion yuan, ％, 个百分点, 公斤/亩…); UnitError with suggestions."""
    unit = _BY_KEY.get(_key(text))
    if unit is not None:
        return unit
    top, slash, per = text.partition("/")
    if slash and per.strip() in PER and (over := _BY_KEY.get(_key(top))) is not None:
        return Unit(
            f"{over.symbol}/{per.strip()}",
            f"{over.family}/{per.strip()}",
            over.factor,
            f"{over.base}/{per.strip()}",
        )
    close = _suggestions(_key(text))
    hint = (
        "did you mean " + ", ".join(_SPELLING_OF_KEY[k] for k in close) + "?"
        if close
        else "write e.g. 亿元, 万元, 元, 亿美元, %, 个百分点, 万人, 万吨, 万平方米, 亿千瓦时 or 家"
    )
    raise UnitError(f"unknown unit {text!r}", hint)


# --- numbers ----------------------------------------------------------------------------
# Full-width ASCII maps one-to-one onto ASCII, so offsets found in the normalised text hold in the
# original. The full-width comma is mapped only between full-width digits (below): elsewhere it separates.
_NUMBER_TEXT = re.compile(r"[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?")


def _normalise(text: str) -> str:
    return re.sub(r"(?<=[０-９])，(?=[０-９]{3})", ",", text).translate(FOLD_NUMBERS)


def parse_number(text: str) -> tuple[float, int]:
    """Value and decimal places of a written number: 682.3, 1,234.5, １２３．４, −3.2, '4, 528.39'."""
    s = re.sub(r"^([-+]?\d{1,3}), (?=\d{3}(?:\.\d+)?$)", r"\1,", _normalise(text.strip()).replace("，", ","))
    m = _NUMBER_TEXT.fullmatch(s)
    if not m:
        raise ValueError(f"not a number: {text!r}")
    value = float(s.replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(f"number too large: {text!r}")
    return value, len(m[1] or "")


def _decimals_of(value: float) -> int:
    exponent = Decimal(repr(value)).as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def quantity(value: float | int | str, unit: str, decimals: int | None = None) -> Quantity:
    """A quantity from a value (number or written text) and a unit spelling."""
    parsed = parse_unit(unit)
    if isinstance(value, str):
        number, written = parse_number(value)
    elif isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"not a number: {value!r}")
    else:
        number, written = float(value), (0 if isinstance(value, int) else _decimals_of(float(value)))
    if not math.isfinite(number):
        raise ValueError(f"not a finite number: {value!r}")
    places = written if decimals is None else decimals
    if places < 0:
        raise ValueError(f"decimals must not be negative, not {places}")
    return Quantity(number, unit.strip(), number * parsed.factor, parsed.family, places)


def _half_last_digit(q: Quantity) -> float:
    try:
        factor = parse_unit(q.unit).factor
    except UnitError:
        factor = q.base_value / q.value if q.value else 1.0
    return 0.5 * 10.0**-q.decimals * abs(factor)


# --- scanning sentences -----------------------------------------------------------------

# Spellings that are a different word when followed by these characters: 3个月 is a duration.
_NOT_BEFORE = {
    "个": "月|小时|工作日|季度|星期",
    "部": "门|署|分|委|长|队|位|级|属",  # 23部门 is not 23 handsets
    "块": "地|区|钱|牌",
    "片": "区|刻|面|段",
}


def _spelling_pattern(spelling: str) -> str:
    pattern = r"[\s\-]*".join(re.escape(part) for part in re.split(r"[\s\-]+", spelling))
    if spelling[-1].isascii() and spelling[-1].isalnum():
        pattern += r"(?![A-Za-z])"
    if spelling in _NOT_BEFORE:
        pattern += f"(?!{_NOT_BEFORE[spelling]})"
    return pattern


# Longest spelling first, so 个百分点 wins over 个 and percentage points over percent; with digits,
# '15.62 100 million yuan' (a literal rendering of 15.62亿元 on English portals). Compiled on first
# use: the alternations of every spelling take 0.1 s, which a no-op build never needs.
@functools.cache
def _suffix(digits: bool = False) -> re.Pattern[str]:
    spellings = (s for s in sorted(UNITS, key=len, reverse=True) if s and s[0].isdigit() == digits)
    gap = r"[ \t\u00a0]+" if digits else r"[ \t\u00a0]*"
    return re.compile(gap + "(?P<unit>" + "|".join(map(_spelling_pattern, spellings)) + ")", re.IGNORECASE)


_AMOUNT = re.compile(
    r"(?:(?<![A-Za-z])(?P<cur>CNY|RMB|USD|US[ \t\u00a0]?\$|¥|\$)[ \t\u00a0]*)?"
    # ('4, 528.39', 'RMB26, 523', '25, 241 CNY': a stray space after a comma, if a point or currency says so)
    r"(?P<num>[-+]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}, [0-9]{3}(?=\.|[ \t\u00a0]?(?:CNY|RMB|yuan)\b)|"
    r"(?(cur)[0-9]{1,3}, [0-9]{3}(?![0-9,.])|(?!))|[0-9]+)(?:\.[0-9]+)?)(?![0-9])",
    re.IGNORECASE,
)
_PER = re.compile(r"\s?/\s?(?:" + "|".join(PER) + r")(?![A-Za-z])")
_MULTIPLIER = re.compile(
    r"[ \t\u00a0]*(?P<mult>trillion|billion|million|thousands?|bn|mn|tn)(?![A-Za-z])", re.IGNORECASE
)


def _unit_after(text: str, s: str, amount: re.Match[str]) -> tuple[str, int] | None:
    # Offsets in s hold in text; the unit is kept as written there (％ stays ％).
    if amount["cur"]:
        cur = text[amount.start("cur") : amount.end("cur")]
        mult = _MULTIPLIER.match(s, amount.end())
        return (f"{cur} {text[mult.start('mult') : mult.end()]}", mult.end()) if mult else (cur, amount.end())
    suffix = _suffix().match(s, amount.end())
    if suffix is None and not re.fullmatch(r"(?:19|20)\d\d", amount["num"]):  # not 'in 2022 100 million'
        suffix = _suffix(True).match(s, amount.end())
    if suffix is None:
        return None
    per = _PER.match(s, suffix.end())
    end = per.end() if per else suffix.end()
    return text[suffix.start("unit") : end], end


def _number_start(s: str, amount: re.Match[str]) -> int | None:
    start = amount.start("num")
    # ('全市人均GDP110585元': the name run into its figure, where 'G20' or 'PM2.5' is a model's)
    glued = s[max(0, start - 3) : start] == "GDP" and not re.match(r"[0-9A-Za-z]", s[start - 4 : start - 3])
    if amount["cur"] or start == 0 or glued or not re.match(r"[0-9A-Za-z.]", s[start - 1]):
        return start
    # 1-9% is a range, not minus nine; drop the sign and read 9% on its own.
    return start + 1 if s[start] in "+-" and s[start - 1].isdigit() else None


def _is_unit_label(s: str, start: int, end: int) -> bool:
    # "| CNY 100 million |" and "(10,000 tonnes)" name a unit in a table header or label.
    before, after = s[max(0, start - 8) : start].rstrip()[-1:], s[end : end + 8].lstrip()[:1]
    return _key(s[start:end]) in _BY_KEY and before in ("(", "（", "|") and after in (")", "）", "|")


_FAMILY_ORDER = {fam.name: i for i, fam in enumerate(_FAMILIES)}  # money and percent first


def _suggestions(key: str) -> list[str]:
    """Up to four known spellings close to ``key``; among equally close ones, common units first."""
    close = difflib.get_close_matches(key, list(_BY_KEY), n=16, cutoff=0.5)
    ratio = {k: difflib.SequenceMatcher(None, key, k).ratio() for k in close}
    rank = sorted(close, key=lambda k: (-round(ratio[k], 6), _FAMILY_ORDER.get(_BY_KEY[k].family, 99)))
    return rank[:4]


def scan_quantities(text: str) -> list[QuantityMatch]:
    """Every number with a unit in a sentence, left to right; numbers without a unit are skipped."""
    s, found, done = _normalise(text), [], 0
    for amount in _AMOUNT.finditer(s):
        if amount.start() < done or (num_start := _number_start(s, amount)) is None:
            continue
        unit = _unit_after(text, s, amount)
        start = amount.start() if amount["cur"] else num_start
        if unit is None or _is_unit_label(s, start, unit[1]):
            continue
        try:
            q = quantity(s[num_start : amount.end("num")], unit[0])
        except ValueError:
            continue
        found.append(QuantityMatch(start, unit[1], text[start : unit[1]], q))
        done = unit[1]
    return found
