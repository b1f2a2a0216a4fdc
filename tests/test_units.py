"""Tests for bulletin.units: unit spellings, numbers, quantities and sentence scanning."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bulletin.core.units import (
    UNITS,
    Quantity,
    QuantityMatch,
    Unit,
    UnitError,
    parse_number,
    parse_unit,
    quantity,
    scan_quantities,
)

# --- parse_unit -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "family", "factor"),
    [
        ("元", "CNY", 1),
        ("千元", "CNY", 1e3),
        ("万元", "CNY", 1e4),
        ("百万元", "CNY", 1e6),
        ("亿元", "CNY", 1e8),
        ("万亿元", "CNY", 1e12),
        ("yuan", "CNY", 1),
        ("CNY", "CNY", 1),
        ("RMB", "CNY", 1),
        ("RMB yuan", "CNY", 1),
        ("million yuan", "CNY", 1e6),
        ("CNY million", "CNY", 1e6),
        ("billion yuan", "CNY", 1e9),
        ("bn yuan", "CNY", 1e9),
        ("CNY billion", "CNY", 1e9),
        ("RMB billion", "CNY", 1e9),
        ("RMB bn", "CNY", 1e9),
        ("trillion yuan", "CNY", 1e12),
        ("CNY trillion", "CNY", 1e12),
        ("100 million yuan", "CNY", 1e8),
        ("CNY 100 million", "CNY", 1e8),
        ("10,000 yuan", "CNY", 1e4),
        ("ten thousand yuan", "CNY", 1e4),
        ("美元", "USD", 1),
        ("千美元", "USD", 1e3),
        ("万美元", "USD", 1e4),
        ("百万美元", "USD", 1e6),
        ("亿美元", "USD", 1e8),
        ("USD", "USD", 1),
        ("US$", "USD", 1),
        ("US dollars", "USD", 1),
        ("dollars", "USD", 1),
        ("million US dollars", "USD", 1e6),
        ("USD million", "USD", 1e6),
        ("US$ million", "USD", 1e6),
        ("billion US dollars", "USD", 1e9),
        ("USD billion", "USD", 1e9),
        ("US$ bn", "USD", 1e9),
        ("USD 100 million", "USD", 1e8),
        ("100 million US dollars", "USD", 1e8),
        ("%", "percent", 1),
        ("％", "percent", 1),
        ("percent", "percent", 1),
        ("per cent", "percent", 1),
        ("pct", "percent", 1),
        ("个百分点", "pp", 1),
        ("百分点", "pp", 1),
        ("percentage points", "pp", 1),
        ("percentage point", "pp", 1),
        ("pp", "pp", 1),
        ("ppt", "pp", 1),
        ("pts", "pp", 1),
        ("人", "person", 1),
        ("万人", "person", 1e4),
        ("persons", "person", 1),
        ("people", "person", 1),
        ("10,000 persons", "person", 1e4),
        ("人次", "person_time", 1),
        ("万人次", "person_time", 1e4),
        ("person-times", "person_time", 1),
        ("吨", "tonne", 1),
        ("万吨", "tonne", 1e4),
        ("亿吨", "tonne", 1e8),
        ("tonnes", "tonne", 1),
        ("tons", "tonne", 1),
        ("10,000 tonnes", "tonne", 1e4),
        ("million tonnes", "tonne", 1e6),
        ("平方米", "m2", 1),
        ("万平方米", "m2", 1e4),
        ("亿平方米", "m2", 1e8),
        ("㎡", "m2", 1),
        ("square metres", "m2", 1),
        ("square meters", "m2", 1),
        ("sq m", "m2", 1),
        ("m2", "m2", 1),
        ("m²", "m2", 1),
        ("10,000 square metres", "m2", 1e4),
        ("million square metres", "m2", 1e6),
        ("千瓦时", "kwh", 1),
        ("度", "kwh", 1),
        ("万千瓦时", "kwh", 1e4),
        ("亿千瓦时", "kwh", 1e8),
        ("kWh", "kwh", 1),
        ("billion kWh", "kwh", 1e9),
        ("100 million kWh", "kwh", 1e8),
        ("个", "count", 1),
        ("家", "enterprise", 1),
        ("enterprises", "enterprise", 1),
        ("firms", "enterprise", 1),
        ("companies", "enterprise", 1),
        ("项", "project", 1),
        ("projects", "project", 1),
        ("户", "household", 1),
        ("万户", "household", 1e4),
        ("households", "household", 1),
        ("", "index", 1),
        # beyond the brief: bare English multipliers count things, trains run in 列/趟
        ("million", "count", 1e6),
        ("thousand", "count", 1e3),
        ("units", "count", 1),
        ("列", "train", 1),
        ("trains", "train", 1),
        ("trips", "train", 1),
        # case, width and inner whitespace do not matter
        ("Billion   Yuan", "CNY", 1e9),
        ("usd BILLION", "USD", 1e9),
        ("per  cent", "percent", 1),
        ("PERSON times", "person_time", 1),
        (" 亿 元 ", "CNY", 1e8),
        ("ＵＳＤ", "USD", 1),
    ],
)
def test_parse_unit(spelling: str, family: str, factor: float) -> None:
    unit = parse_unit(spelling)
    assert (unit.family, unit.factor) == (family, factor)


@pytest.mark.parametrize(
    ("spelling", "symbol", "base"),
    [
        ("亿元", "亿元", "元"),
        ("billion yuan", "十亿元", "元"),
        ("US$ million", "百万美元", "美元"),
        ("per cent", "%", "%"),
        ("百分点", "个百分点", "个百分点"),
        ("万人次", "万人次", "人次"),
        ("度", "千瓦时", "千瓦时"),
        ("", "", ""),
    ],
)
def test_unit_symbol_and_base(spelling: str, symbol: str, base: str) -> None:
    unit = parse_unit(spelling)
    assert (unit.symbol, unit.base) == (symbol, base)


@pytest.mark.parametrize(
    ("spelling", "suggestion"),
    [("billon yuan", "billion yuan"), ("percnet", "percent"), ("亿园", "亿元"), ("tonns", "tonnes")],
)
def test_unknown_unit_suggests(spelling: str, suggestion: str) -> None:
    with pytest.raises(UnitError) as info:
        parse_unit(spelling)
    assert spelling in info.value.message
    assert info.value.hint is not None and suggestion in info.value.hint


def test_unknown_unit_without_close_match_lists_units() -> None:
    with pytest.raises(UnitError) as info:
        parse_unit("光年每秒立方")
    assert info.value.hint is not None and "亿元" in info.value.hint


def test_units_table_is_consistent() -> None:
    assert all(isinstance(u, Unit) and u.factor > 0 for u in UNITS.values())
    for spelling, unit in UNITS.items():
        assert parse_unit(spelling) == unit
        assert parse_unit(unit.symbol).factor == unit.factor


# --- parse_number -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "decimals"),
    [
        ("682.3", 682.3, 1),
        ("682.30", 682.3, 2),
        ("682", 682.0, 0),
        ("0.5", 0.5, 1),
        ("1,234.5", 1234.5, 1),
        ("12,000", 12000.0, 0),
        ("1,234,567.89", 1234567.89, 2),
        ("１２３.４", 123.4, 1),
        ("１２３．４", 123.4, 1),
        ("１，２３４．５", 1234.5, 1),
        ("-3.2", -3.2, 1),
        ("−3.2", -3.2, 1),
        ("－3.2", -3.2, 1),
        ("+3.2", 3.2, 1),
        (" 8.4 ", 8.4, 1),
    ],
)
def test_parse_number(text: str, value: float, decimals: int) -> None:
    assert parse_number(text) == (value, decimals)


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "",
        " ",
        "1.2.3",
        "inf",
        "nan",
        "1 234.5",
        "1,23",
        "1,2345",
        ".5",
        "5.",
        "8.4%",
        "1e5",
        "9" * 400,
    ],
)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


# --- quantity and agrees_with -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "expected"),
    [
        (682.3, "亿元", None, Quantity(682.3, "亿元", 682.3 * 1e8, "CNY", 1)),
        (682, "亿元", None, Quantity(682.0, "亿元", 682e8, "CNY", 0)),
        ("682.30", "亿元", None, Quantity(682.3, "亿元", 682.3 * 1e8, "CNY", 2)),
        ("1,234.5", " 万元 ", None, Quantity(1234.5, "万元", 1234.5 * 1e4, "CNY", 1)),
        (8.4, "%", None, Quantity(8.4, "%", 8.4, "percent", 1)),
        (682.3, "亿元", 3, Quantity(682.3, "亿元", 682.3 * 1e8, "CNY", 3)),
        (1.5e-05, "%", None, Quantity(1.5e-05, "%", 1.5e-05, "percent", 6)),
        (2e16, "元", None, Quantity(2e16, "元", 2e16, "CNY", 0)),
    ],
)
def test_quantity(value: float | str, unit: str, decimals: int | None, expected: Quantity) -> None:
    assert quantity(value, unit, decimals) == expected


@pytest.mark.parametrize(
    ("value", "unit", "error"),
    [
        (float("nan"), "亿元", ValueError),
        (float("inf"), "亿元", ValueError),
        ("abc", "亿元", ValueError),
        (True, "亿元", ValueError),
        (1.0, "parsecs", UnitError),
    ],
)
def test_quantity_rejects(value: float | str, unit: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        quantity(value, unit)


def test_quantity_rejects_negative_decimals() -> None:
    with pytest.raises(ValueError):
        quantity(1.0, "元", -1)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (("682.30", "亿元"), ("682.3", "亿元"), True),
        (("15.24", "billion yuan"), ("152.4", "亿元"), True),
        (("682", "亿元"), ("682.3", "亿元"), True),
        (("682", "亿元"), ("682.5", "亿元"), True),
        (("682", "亿元"), ("682.6", "亿元"), False),
        (("682.3", "亿元"), ("628.3", "亿元"), False),
        (("682.3", "亿元"), ("682.3", "万元"), False),
        (("682.3", "亿元"), ("682.34", "亿元"), True),
        (("682.3", "亿元"), ("682.36", "亿元"), False),
        (("6823000", "万元"), ("682.3", "亿元"), True),
        (("68.23", "CNY billion"), ("682.3", "亿元"), True),
        (("8.4", "%"), ("8.4", "percent"), True),
        (("8.4", "%"), ("8.4", "个百分点"), False),
        (("1.1", "万人"), ("11000", "人"), True),
        (("1.1", "万人"), ("1.1", "万人次"), False),
        (("2.1", "USD billion"), ("21", "亿美元"), True),
        (("2.1", "USD billion"), ("21", "亿元"), False),
        (("0", "%"), ("0.0", "%"), True),
        (("-3.2", "%"), ("3.2", "%"), False),
    ],
)
def test_agrees_with(a: tuple[str, str], b: tuple[str, str], agree: bool) -> None:
    qa, qb = quantity(*a), quantity(*b)
    assert qa.agrees_with(qb) is agree
    assert qb.agrees_with(qa) is agree


spellings = st.sampled_from(sorted(UNITS))
values = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


@given(values, spellings)
def test_base_value_is_value_times_factor(v: float, u: str) -> None:
    assert quantity(v, u).base_value == v * parse_unit(u).factor


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: round(x, 2)))
def test_yi_and_wan_agree(x: float) -> None:
    assert quantity(x, "亿元").agrees_with(quantity(x * 1e4, "万元"))
    assert quantity(x, "亿元", 2).agrees_with(quantity(round(x * 1e4), "万元"))


@given(values, spellings, values, spellings, st.integers(0, 4), st.integers(0, 4))
def test_agrees_with_is_symmetric(v1: float, u1: str, v2: float, u2: str, d1: int, d2: int) -> None:
    a, b = quantity(v1, u1, d1), quantity(v2, u2, d2)
    assert a.agrees_with(b) == b.agrees_with(a)
    assert a.agrees_with(a)


@given(st.decimals(min_value=-1e9, max_value=1e9, places=3, allow_nan=False, allow_infinity=False))
def test_parse_number_round_trip(d: object) -> None:
    text = f"{d:,}"
    value, decimals = parse_number(text)
    assert math.isclose(value, float(str(d)), rel_tol=1e-12, abs_tol=1e-12)
    assert decimals == 3


# --- scan_quantities --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%",
            [("682.3亿元", 682.3, "亿元"), ("8.4%", 8.4, "%")],
        ),
        ("完成682.3 亿元", [("682.3 亿元", 682.3, "亿元")]),
        ("城镇新增就业1.1万人", [("1.1万人", 1.1, "万人")]),
        ("增速比一季度提高0.5个百分点", [("0.5个百分点", 0.5, "个百分点")]),
        ("回落0.5百分点", [("0.5百分点", 0.5, "百分点")]),
        ("新增规上企业23家", [("23家", 23, "家")]),
        ("实现税收1,234.5万元", [("1,234.5万元", 1234.5, "万元")]),
        ("完成１２３.４亿元", [("１２３.４亿元", 123.4, "亿元")]),
        ("完成１２３，４５６元，增长８．４％", [("１２３，４５６元", 123456, "元"), ("８．４％", 8.4, "％")]),
        ("接待游客1234.5万人次，增长12%", [("1234.5万人次", 1234.5, "万人次"), ("12%", 12, "%")]),
        ("全社会用电量45.6亿千瓦时", [("45.6亿千瓦时", 45.6, "亿千瓦时")]),
        ("商品房销售面积123.4万平方米", [("123.4万平方米", 123.4, "万平方米")]),
        ("粮食产量56.7万吨", [("56.7万吨", 56.7, "万吨")]),
        ("进出口总额12.3亿美元", [("12.3亿美元", 12.3, "亿美元")]),
        ("增长-3.2%，下降−1.5%", [("-3.2%", -3.2, "%"), ("−1.5%", -1.5, "%")]),
        ("增长2.3-3.5%", [("3.5%", 3.5, "%")]),
        ("新开工项目45个项目和12项", [("45个项目", 45, "个项目"), ("12项", 12, "项")]),
        ("5万人民币", [("5万人民币", 5, "万人民币")]),
        ("GDP reached CNY 68.23 billion", [("CNY 68.23 billion", 68.23, "CNY billion")]),
        ("GDP reached RMB 68.23bn", [("RMB 68.23bn", 68.23, "RMB bn")]),
        ("GDP was 68.23 billion yuan", [("68.23 billion yuan", 68.23, "billion yuan")]),
        ("Exports hit US$2.1 billion", [("US$2.1 billion", 2.1, "US$ billion")]),
        ("Exports hit USD 2.1 billion", [("USD 2.1 billion", 2.1, "USD billion")]),
        ("Exports hit 2.1 billion US dollars", [("2.1 billion US dollars", 2.1, "billion US dollars")]),
        ("Imports were USD 350 million", [("USD 350 million", 350, "USD million")]),
        (
            "Prices rose 8.4%, 8.4 per cent, 8.4 percent",
            [
                ("8.4%", 8.4, "%"),
                ("8.4 per cent", 8.4, "per cent"),
                ("8.4 percent", 8.4, "percent"),
            ],
        ),
        ("up 0.5 percentage points", [("0.5 percentage points", 0.5, "percentage points")]),
        ("up 0.5pp", [("0.5pp", 0.5, "pp")]),
        ("employing 12,000 people", [("12,000 people", 12000, "people")]),
        ("output of 1.2 million tonnes", [("1.2 million tonnes", 1.2, "million tonnes")]),
        ("power use of 3.4 billion kWh", [("3.4 billion kWh", 3.4, "billion kWh")]),
        ("Tourist arrivals reached 28.563 million", [("28.563 million", 28.563, "million")]),
        ("中欧班列开行412列", [("412列", 412, "列")]),
        ("freight trains made 412 trips", [("412 trips", 412, "trips")]),
        ("investment of CNY 100 million", [("CNY 100 million", 100, "CNY million")]),
        (
            "1,200 enterprises and 35 projects",
            [
                ("1,200 enterprises", 1200, "enterprises"),
                ("35 projects", 35, "projects"),
            ],
        ),
    ],
)
def test_scan_quantities(sentence: str, found: list[tuple[str, float, str]]) -> None:
    matches = scan_quantities(sentence)
    assert [(m.text, m.quantity.value, m.quantity.unit) for m in matches] == found
    for m in matches:
        assert sentence[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年8月19日，统计局发布数据",
        "1-9月，全区经济运行平稳",
        "排名第23位，比上年前移2位",
        "近3个月，建区30年",
        "Output rose in Q3 2023 and H1",
        "| GDP | 682.3 | CNY 100 million | 8.4 |",
        "地区生产总值(亿元)与进出口(10,000 tonnes)",
        "共12,345",
        "CO2 and G20 and 1.2.3%",
        "",
    ],
)
def test_scan_quantities_without_quantities(sentence: str) -> None:
    assert scan_quantities(sentence) == []


def test_scan_returns_quantity_match() -> None:
    (m,) = scan_quantities("增长8.4%")
    assert m == QuantityMatch(2, 6, "8.4%", Quantity(8.4, "%", 8.4, "percent", 1))


@given(st.text(max_size=80))
def test_scan_never_raises(text: str) -> None:
    end = 0
    for m in scan_quantities(text):
        assert end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        end = m.end


@given(values.map(lambda v: round(v, 2)), spellings.filter(lambda s: s and not s[0].isdigit()))
def test_scan_finds_written_quantities(v: float, u: str) -> None:
    written = f"{v:.2f}"
    matches = scan_quantities(f"完成 {written}{u} ，")
    assert len(matches) == 1
    assert matches[0].quantity.agrees_with(quantity(written, u))


def test_sown_areas_in_millions_are_areas() -> None:
    # English releases write 'million mu' and 'million hectares'; Chinese ones 亿亩
    from bulletin.core.units import parse_unit, scan_quantities

    assert parse_unit("million mu").family == "mu" and parse_unit("亿亩").factor == 1e8
    found = scan_quantities("The sown area was 8.04 million mu, up 0.2 percent.")
    assert [(q.quantity.value, q.quantity.family) for q in found if q.quantity.family != "percent"] == [
        (8.04, "mu")
    ]
    assert parse_unit("million hectares").family == "hectare"
