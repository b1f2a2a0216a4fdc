"""Tests for bulletin.periods: codes, release phrases, sentences, labels and ordering."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bulletin.core.period_text import PeriodMatch, find_periods, parse_period_text
from bulletin.core.periods import Period, PeriodError, chinese_int, parse_period


@st.composite
def periods(draw: st.DrawFn) -> Period:
    first = draw(st.integers(1, 12))
    return Period(draw(st.integers(1900, 2200)), first, draw(st.integers(first, 12)))


# --- Period -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "first", "last"),
    [(1899, 1, 12), (2201, 1, 12), (2023, 0, 3), (2023, 1, 13), (2023, 9, 1), (2023.0, 1, 12), (True, 1, 1)],
)
def test_invalid_period_fields(year: int, first: int, last: int) -> None:
    with pytest.raises(PeriodError):
        Period(year, first, last)


@pytest.mark.parametrize(
    ("first", "last", "span", "zh", "en"),
    [
        (1, 12, "Y", "2023年", "2023"),
        (1, 6, "H1", "2023年上半年", "H1 2023"),
        (7, 12, "H2", "2023年下半年", "H2 2023"),
        (1, 3, "Q1", "2023年一季度", "Q1 2023"),
        (4, 6, "Q2", "2023年二季度", "Q2 2023"),
        (10, 12, "Q4", "2023年四季度", "Q4 2023"),
        (1, 9, "Q1-Q3", "2023年前三季度", "Q1–Q3 2023"),
        (4, 9, "Q2-Q3", "2023年二至三季度", "Q2–Q3 2023"),
        (4, 12, "Q2-Q4", "2023年二至四季度", "Q2–Q4 2023"),
        (1, 8, "M01-M08", "2023年1-8月", "Jan–Aug 2023"),
        (1, 2, "M01-M02", "2023年1-2月", "Jan–Feb 2023"),
        (9, 9, "M09", "2023年9月", "Sep 2023"),
        (3, 5, "M03-M05", "2023年3-5月", "Mar–May 2023"),
        (2, 12, "M02-M12", "2023年2-12月", "Feb–Dec 2023"),
    ],
)
def test_span_code_and_labels(first: int, last: int, span: str, zh: str, en: str) -> None:
    p = Period(2023, first, last)
    assert p.span == span
    assert p.code == ("2023" if span == "Y" else f"2023-{span}") == str(p)
    assert (p.label(), p.label("zh"), p.label("en")) == (zh, zh, en)


def test_label_unknown_language() -> None:
    with pytest.raises(ValueError, match="language"):
        Period(2023, 1, 6).label("fr")


def test_properties() -> None:
    p = Period(2023, 1, 9)
    assert (p.cumulative, p.months, p.start, p.end) == (True, 9, "2023-01", "2023-09")
    q = Period(2023, 7, 9)
    assert (q.cumulative, q.months, q.start, q.end) == (False, 3, "2023-07", "2023-09")
    assert p.previous_year() == Period(2022, 1, 9)
    assert p.same_span(Period(2019, 1, 9)) and not p.same_span(q)
    assert p.contains(q) and p.contains(p) and not q.contains(p)
    assert not p.contains(Period(2022, 7, 9))
    with pytest.raises(PeriodError):
        Period(1900, 1, 12).previous_year()


def test_ordering() -> None:
    codes = ["2023", "2022-M12", "2023-M09", "2023-Q3", "2023-Q1-Q3", "2023-H1", "2023-Q1", "2022"]
    ordered = sorted(parse_period(c) for c in codes)
    assert [p.code for p in ordered] == [
        "2022",
        "2022-M12",
        "2023-Q1",
        "2023-H1",
        "2023-Q1-Q3",
        "2023-Q3",
        "2023-M09",
        "2023",
    ]
    assert Period(2023, 1, 3) < Period(2023, 1, 6) <= Period(2023, 1, 6) < Period(2024, 1, 1)
    assert Period(2023, 1, 12) > Period(2023, 9, 9) >= Period(2023, 7, 9)


@given(st.lists(periods(), max_size=12))
def test_sorting_matches_key(items: list[Period]) -> None:
    keys = [(p.year, p.last_month, p.first_month) for p in sorted(items)]
    assert keys == sorted(keys)


# --- parse_period -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "year", "first", "last", "canonical"),
    [
        ("2023", 2023, 1, 12, "2023"),
        (2023, 2023, 1, 12, "2023"),
        ("2023-H1", 2023, 1, 6, "2023-H1"),
        ("2023-h2", 2023, 7, 12, "2023-H2"),
        (" 2023-Q1 ", 2023, 1, 3, "2023-Q1"),
        ("2023-Q4", 2023, 10, 12, "2023-Q4"),
        ("2023-Q1-Q3", 2023, 1, 9, "2023-Q1-Q3"),
        ("2023-q2-q3", 2023, 4, 9, "2023-Q2-Q3"),
        ("2023-Q1-Q2", 2023, 1, 6, "2023-H1"),
        ("2023-Q1-Q4", 2023, 1, 12, "2023"),
        ("2023-M01", 2023, 1, 1, "2023-M01"),
        ("2023-M1", 2023, 1, 1, "2023-M01"),
        ("2023-M12", 2023, 12, 12, "2023-M12"),
        ("2023-M01-M09", 2023, 1, 9, "2023-Q1-Q3"),
        ("2023-M01-M08", 2023, 1, 8, "2023-M01-M08"),
        ("2023-M03-M05", 2023, 3, 5, "2023-M03-M05"),
        ("２０２３-Ｑ３", 2023, 7, 9, "2023-Q3"),
        ("２０２３", 2023, 1, 12, "2023"),
        ("2023-Y", 2023, 1, 12, "2023"),
    ],
)
def test_parse_period(code: str | int, year: int, first: int, last: int, canonical: str) -> None:
    p = parse_period(code)
    assert (p.year, p.first_month, p.last_month, p.code) == (year, first, last, canonical)


@pytest.mark.parametrize(
    ("code", "hint_words"),
    [
        ("2023-H3", "H1 or H2"),
        ("2023-H0", "H1 or H2"),
        ("2023-Q5", "Q1–Q4"),
        ("2023-Q0", "Q1–Q4"),
        ("2023-Q1-Q5", "Q1–Q4"),
        ("2023-M13", "M01–M12"),
        ("2023-M00", "M01–M12"),
        ("2023-Q3-Q1", "ends before it starts"),
        ("2023-M09-M03", "ends before it starts"),
        ("1800", "1900 to 2200"),
        ("2023-X1", "2023-Q1-Q3"),
        ("H1", "2023-H1"),
        ("", "2023-H1"),
        ("2023年", "2023-M09"),
        ("2023-", "2023-Q1-Q3"),
    ],
)
def test_parse_period_errors(code: str, hint_words: str) -> None:
    with pytest.raises(PeriodError) as info:
        parse_period(code)
    assert info.value.hint is not None and hint_words in info.value.hint
    assert info.value.message == str(info.value)


@pytest.mark.parametrize("code", [None, 20.23, True, ["2023"]])
def test_parse_period_wrong_type(code: object) -> None:
    with pytest.raises(PeriodError):
        parse_period(code)  # type: ignore[arg-type]


@given(periods())
def test_code_round_trip(p: Period) -> None:
    assert parse_period(p.code) == p
    assert parse_period(p.code.lower()) == p


# --- parse_period_text ------------------------------------------------------------------

TEXT_CASES = [
    # Chinese, year from context
    ("全年", "2023"),
    ("上半年", "2023-H1"),
    ("下半年", "2023-H2"),
    ("一季度", "2023-Q1"),
    ("第一季度", "2023-Q1"),
    ("1季度", "2023-Q1"),
    ("二季度", "2023-Q2"),
    ("三季度", "2023-Q3"),
    ("四季度", "2023-Q4"),
    ("第四季度", "2023-Q4"),
    ("前三季度", "2023-Q1-Q3"),
    ("前三个季度", "2023-Q1-Q3"),
    ("前两季度", "2023-H1"),
    ("前二季度", "2023-H1"),
    ("一至三季度", "2023-Q1-Q3"),
    ("1-3季度", "2023-Q1-Q3"),
    ("二至三季度", "2023-Q2-Q3"),
    ("1-9月", "2023-Q1-Q3"),
    ("1—9月", "2023-Q1-Q3"),
    ("1–9月", "2023-Q1-Q3"),
    ("1～9月", "2023-Q1-Q3"),
    ("1~9月", "2023-Q1-Q3"),
    ("1至9月", "2023-Q1-Q3"),
    ("1到9月", "2023-Q1-Q3"),
    ("一至九月", "2023-Q1-Q3"),
    ("1月-8月", "2023-M01-M08"),
    ("1-9月份", "2023-Q1-Q3"),
    ("9月", "2023-M09"),
    ("9月份", "2023-M09"),
    ("九月", "2023-M09"),
    ("十二月", "2023-M12"),
    ("1-2月", "2023-M01-M02"),
    ("１－９月", "2023-Q1-Q3"),
    ("今年上半年", "2023-H1"),
    ("本年", "2023"),
    ("今年", "2023"),
    ("去年上半年", "2022-H1"),
    ("上年1-9月", "2022-Q1-Q3"),
    ("去年全年", "2022"),
    # Chinese with the year written
    ("2023年", "2023"),
    ("2021年度", "2021"),
    ("2021年上半年", "2021-H1"),
    ("2021年1-9月", "2021-Q1-Q3"),
    ("2021年前三季度", "2021-Q1-Q3"),
    ("2021年全年", "2021"),
    ("2021年8月", "2021-M08"),
    ("2021 年 一季度", "2021-Q1"),
    ("二〇二一年", "2021"),
    ("二〇二一年九月", "2021-M09"),
    ("２０２１年１－９月", "2021-Q1-Q3"),
    # English
    ("2021", "2021"),
    ("H1 2021", "2021-H1"),
    ("2021 H2", "2021-H2"),
    ("first half of 2021", "2021-H1"),
    ("the first half", "2023-H1"),
    ("first half of the year", "2023-H1"),
    ("second half", "2023-H2"),
    ("Second Half", "2023-H2"),
    ("Q3 2021", "2021-Q3"),
    ("Q3", "2023-Q3"),
    ("Q1-Q3 2021", "2021-Q1-Q3"),
    ("third quarter", "2023-Q3"),
    ("the third quarter of 2021", "2021-Q3"),
    ("the first three quarters", "2023-Q1-Q3"),
    ("first three quarters of 2021", "2021-Q1-Q3"),
    ("first two quarters", "2023-H1"),
    ("January-September 2021", "2021-Q1-Q3"),
    ("Jan-Sep", "2023-Q1-Q3"),
    ("January to September", "2023-Q1-Q3"),
    ("January through August 2021", "2021-M01-M08"),
    ("Sept. 2021", "2021-M09"),
    ("September 2021", "2021-M09"),
    ("September, 2021", "2021-M09"),
    ("full year", "2023"),
    ("the whole year", "2023"),
    ("full-year 2021", "2021"),
    ("２０２１", "2021"),
    ("前8个月", "2023-M01-M08"),
    ("前两个月", "2023-M01-M02"),
    ("前三个月", "2023-Q1"),
    ("first eight months", "2023-M01-M08"),
    ("the first 9 months of 2021", "2021-Q1-Q3"),
    ("2021-Q1-Q3", "2021-Q1-Q3"),
]


@pytest.mark.parametrize(("text", "code"), TEXT_CASES)
def test_parse_period_text_with_context_year(text: str, code: str) -> None:
    assert parse_period_text(text, 2023).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2021年上半年", "2021-H1"),
        ("2021年1-9月", "2021-Q1-Q3"),
        ("2021年8月", "2021-M08"),
        ("二〇二一年九月", "2021-M09"),
        ("２０２１年１－９月", "2021-Q1-Q3"),
        ("2021", "2021"),
        ("H1 2021", "2021-H1"),
        ("Q1-Q3 2021", "2021-Q1-Q3"),
        ("September 2021", "2021-M09"),
        ("first three quarters of 2021", "2021-Q1-Q3"),
    ],
)
def test_parse_period_text_without_context_year(text: str, code: str) -> None:
    assert parse_period_text(text).code == code


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("上半年", "no year"),
        ("今年", "no year"),
        ("去年上半年", "no year"),
        ("the first half", "no year"),
        ("Jan-Sep", "no year"),
        ("五年", "cannot read"),
        ("十四五", "cannot read"),
        ("30年", "cannot read"),
        ("8月19日", "cannot read"),
        ("上年同期", "cannot read"),
        ("去年", "cannot read"),
        ("", "cannot read"),
        ("13月", "cannot read"),
        ("五季度", "cannot read"),
        ("fifth quarter", "cannot read"),
        ("1800年", "out of range"),
        ("9-1月", "ends before"),
        ("H1 2021 2022", "cannot read"),
        ("2021 Q3 2022", "two different years"),
    ],
)
def test_parse_period_text_errors(text: str, message: str) -> None:
    with pytest.raises(PeriodError) as info:
        parse_period_text(text)
    assert message in info.value.message or message in (info.value.hint or "")


def test_text_year_wins_over_context() -> None:
    assert parse_period_text("2021年上半年", 2023).code == "2021-H1"


@given(periods())
def test_labels_round_trip(p: Period) -> None:
    assert parse_period_text(p.label("zh")) == p
    assert parse_period_text(p.label("en")) == p


@given(st.text(max_size=40), st.one_of(st.none(), st.integers(1900, 2200)))
def test_parse_period_text_only_raises_period_error(text: str, year: int | None) -> None:
    with contextlib.suppress(PeriodError):
        parse_period_text(text, year)


# --- find_periods -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("上半年,全区地区生产总值完成682.3亿元,同比增长8.4%", [("上半年", "2023-H1")]),
        ("2023年前三季度，全市规上工业增加值增长5.2%", [("2023年前三季度", "2023-Q1-Q3")]),
        (
            "1-9月，社会消费品零售总额增长6.8%，9月份增长7.1%",
            [("1-9月", "2023-Q1-Q3"), ("9月份", "2023-M09")],
        ),
        ("第一季度和二季度均保持增长", [("第一季度", "2023-Q1"), ("二季度", "2023-Q2")]),
        ("2023年8月，CPI同比持平", [("2023年8月", "2023-M08")]),
        ("8月19日，统计局发布数据", []),
        ("2023年8月19日发布，1-9月增长", [("1-9月", "2023-Q1-Q3")]),
        ("二〇二三年九月九日", []),
        ("建区30年来，经济总量翻了五番", []),
        ("十四五期间，五年累计投资", []),
        ("规上企业2023家，增加12个", []),
        ("比去年同期增长，比上年提高", []),
        ("今年以来，去年上半年基数较低", [("今年", "2023"), ("去年上半年", "2022-H1")]),
        ("2022年全年与2023年1-2月", [("2022年全年", "2022"), ("2023年1-2月", "2023-M01-M02")]),
        ("近3个月，12月份", [("12月份", "2023-M12")]),
        ("１－９月增长", [("１－９月", "2023-Q1-Q3")]),
        ("二〇二二年四季度", [("二〇二二年四季度", "2022-Q4")]),
        (
            "In the first three quarters of 2023, GDP grew 5.2%.",
            [("first three quarters of 2023", "2023-Q1-Q3")],
        ),
        ("Output in H1 2023 and Q3 2022 rose.", [("H1 2023", "2023-H1"), ("Q3 2022", "2022-Q3")]),
        ("From January to September, sales rose.", [("January to September", "2023-Q1-Q3")]),
        ("Prices may rise in May 2023.", [("May 2023", "2023-M05")]),
        ("On September 19, 2023 the bureau reported.", []),
        ("On 19 September 2023 the bureau reported.", []),
        ("Published 2023-09-19.", []),
        ("In 2023, output rose 5 percent.", [("2023", "2023")]),
        ("There were 2023 people and 2023 firms, up 2023%.", []),
        ("In 1800 and 3000 nothing happened.", []),
        ("the second half of the year", [("second half of the year", "2023-H2")]),
        ("Marketing in March", [("March", "2023-M03")]),
        ("CPI fell 0.2% in September.", [("September", "2023-M09")]),
        ("Prices in Sept. 2022 and Jan.-Feb.", [("Sept. 2022", "2022-M09"), ("Jan.-Feb.", "2023-M01-M02")]),
        ("并启动《2023—2025年三年行动计划》", []),
        ("2021-2025 plan", []),
        ("经开管〔2023〕12号", []),
        ("Document No. 12 [2023] of the committee", []),
        ("受7月下旬高温影响", []),
        ("前8个月，全市外贸增长", [("前8个月", "2023-M01-M08")]),
    ],
)
def test_find_periods(sentence: str, found: list[tuple[str, str]]) -> None:
    matches = find_periods(sentence, 2023)
    assert [(m.text, m.period.code) for m in matches] == found
    for m in matches:
        assert sentence[m.start : m.end] == m.text


def test_find_periods_without_year_skips_yearless_phrases() -> None:
    matches = find_periods("2023年上半年和下半年")
    assert [(m.text, m.period.code) for m in matches] == [("2023年上半年", "2023-H1")]


def test_find_periods_returns_period_match() -> None:
    (m,) = find_periods("前三季度", 2023)
    assert m == PeriodMatch(0, 4, "前三季度", Period(2023, 1, 9))


@given(st.text(max_size=60), st.one_of(st.none(), st.integers(1900, 2200)))
def test_find_periods_never_raises(text: str, year: int | None) -> None:
    previous_end = 0
    for m in find_periods(text, year):
        assert previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        previous_end = m.end


@given(periods(), st.sampled_from(["zh", "en"]))
def test_find_periods_finds_labels(p: Period, lang: str) -> None:
    label = p.label(lang)
    assert [m.period for m in find_periods(f"据统计，{label}，增长", None)] == (
        # Only a bare English year needs to look plausible.
        [p] if lang == "zh" or p.span != "Y" or 1949 <= p.year <= 2100 else []
    )


# --- chinese_int ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("〇", 0),
        ("零", 0),
        ("一", 1),
        ("两", 2),
        ("九", 9),
        ("十", 10),
        ("十一", 11),
        ("二十", 20),
        ("二十三", 23),
        ("一百", 100),
        ("一百零八", 108),
        ("一百一十八", 118),
        ("两百", 200),
        ("一千零一十", 1010),
        ("二〇二三", 2023),
        ("一九四九", 1949),
    ],
)
def test_chinese_int(text: str, value: int) -> None:
    assert chinese_int(text) == value


@pytest.mark.parametrize(
    "text", ["", "abc", "12", "十十", "百", "一百一", "二二十", "零十", "一十百", "第一"]
)
def test_chinese_int_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        chinese_int(text)
