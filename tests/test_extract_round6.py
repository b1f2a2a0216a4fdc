"""The classes of wrong rows found in the sixth round on the retired held-out parts (real/holdout3/
and real/holdout4/, studied once their figures were recorded), each pinned by sentences of our own,
never the files' own sentences."""

from __future__ import annotations

import datetime as dt

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.model import Indicator, Mention, ReportMeta
from bulletin.core.periods import parse_period
from bulletin.extract.merge import merge_indicators
from bulletin.extract.prose import extract_mentions
from bulletin.extract.review import review

Read = tuple[str, str, float | None, float | None, int | None, int | None]


def _published(catalog: Catalog, text: str, region: str, period: str) -> set[Read]:
    """Published readings as (name, period, value, yoy, rank, rank_of)."""
    found = extract_mentions(render_markdown(text), parse_period(period), catalog, region)
    published, _ = review(found, catalog)

    def row(m) -> Read:
        rank = m.measure.rank
        return (
            m.name,
            m.period.code,
            m.quantity.value if m.quantity else None,
            m.yoy_pct,
            rank.position if rank else None,
            rank.of if rank else None,
        )

    return {row(m) for m in published}


def test_a_prefecture_or_banner_scope_is_not_part_of_the_name(catalog: Catalog) -> None:
    rows = _published(catalog, "1-8月,全州规上工业用电量52.6亿千瓦时,同比增长6.1%。", "甲州", "2024-M01-M08")
    assert {r[0] for r in rows} == {"规上工业用电量"}
    rows = _published(catalog, "全年全旗农作物播种面积120.5万亩。", "乙旗", "2022")
    assert {r[0] for r in rows} == {"农作物播种面积"}


def test_a_streak_is_not_the_size_of_the_field(catalog: Catalog) -> None:
    text = "一季度,园区规上工业增加值同比增长18.2%,连续8个月保持全市第一。"
    rows = _published(catalog, text, "丙园区", "2023-Q1")
    assert ("规模以上工业增加值", "2023-Q1", None, None, 1, None) in rows
    assert not any(r[5] == 8 for r in rows)
    # a counted field still is one
    text = "一季度,全区规上工业增加值同比增长9.0%,在全市12个县区中排名第二。"
    rows = _published(catalog, text, "丁区", "2023-Q1")
    assert ("规模以上工业增加值", "2023-Q1", None, None, 2, 12) in rows


def test_a_field_named_by_its_members_ranks_the_clauses_figure(catalog: Catalog) -> None:
    text = "全县地区生产总值38.6亿元,同比增长5.1%,八县区排名第二;固定资产投资同比增长7.7%,八县区排名第四。"
    rows = _published(catalog, text, "戊县", "2024-H1")
    assert ("地区生产总值", "2024-H1", None, None, 2, 8) in rows
    assert ("固定资产投资", "2024-H1", None, None, 4, 8) in rows
    assert not any("排名" in r[0] for r in rows)  # no evaluation called 八县区排名


def test_periods_of_a_quarterly_breakdown_stay_in_their_sentence(catalog: Catalog) -> None:
    text = (
        "新闻发言人介绍说,分季度看,一季度同比增长5.3%,二季度增长5.5%,三季度增长5.2%。"
        "分产业看,第一产业增加值32000亿元,同比增长4.0%;第二产业增加值196000亿元,增长4.4%。"
    )
    rows = _published(catalog, text, "全国", "2023-Q1-Q3")
    assert ("第一产业增加值", "2023-Q1-Q3", 32000.0, None, None, None) in rows
    assert ("第二产业增加值", "2023-Q1-Q3", None, 4.4, None, None) in rows
    assert all(r[1] == "2023-Q1-Q3" for r in rows)


def test_a_value_stated_again_more_precisely_wins(catalog: Catalog) -> None:
    # a headline rounds ('逾'), the text states the figure: one row, the precise value
    text = "一季度GDP超85亿元增长6.1%\n\n一季度,全市地区生产总值85.42亿元,同比增长6.1%。"
    found = extract_mentions(render_markdown(text), parse_period("2024-Q1"), catalog, "己市")
    rows = _merged(catalog, found)
    (gdp,) = [r for r in rows if r.name == "地区生产总值"]
    assert gdp.measure.quantity is not None and gdp.measure.quantity.value == 85.42
    # two values that disagree are not merged this way: the first stays (and check reports the clash)
    text = "一季度,全市地区生产总值85亿元。\n\n一季度,全市地区生产总值86.42亿元。"
    found = extract_mentions(render_markdown(text), parse_period("2024-Q1"), catalog, "己市")
    rows = _merged(catalog, found)
    (gdp,) = [r for r in rows if r.name == "地区生产总值"]
    assert gdp.measure.quantity is not None and gdp.measure.quantity.value == 85.0


def _merged(catalog: Catalog, found: tuple[Mention, ...]) -> tuple[Indicator, ...]:
    meta = ReportMeta("x.md", "x", "t", dt.date(2024, 4, 20), parse_period("2024-Q1"), "己市")
    rows, _ = merge_indicators(meta, found, catalog)
    return rows


def test_an_english_rate_basis_between_rate_and_value_names_nothing(catalog: Catalog) -> None:
    text = (
        "The country's exports climbed 12.4 percent on a yearly basis to 11.46 trillion yuan in the first "
        "half, while its imports rose 3.1 percent year-on-year to 8.1 trillion yuan."
    )
    rows = _published(catalog, text, "China", "2023-H1")
    assert ("出口总额", "2023-H1", 11.46, None, None, None) in rows
    assert ("进口总额", "2023-H1", 8.1, None, None, None) in rows
    assert not any("basis" in r[0] for r in rows)


def test_an_english_period_in_a_clause_of_reason_is_not_the_figures(catalog: Catalog) -> None:
    text = (
        "In the first quarter of 2023, the Chinese economy grew 4.5 percent year on year as consumption "
        "recovered from a low base in early 2022 when outbreaks disrupted output."
    )
    rows = _published(catalog, text, "China", "2023-H1")
    assert {r[1] for r in rows} == {"2023-Q1"}


def test_a_letter_spaced_header_still_names_its_columns(catalog: Catalog) -> None:
    text = (
        "2022年全县地区生产总值及增长速度\n\n单位:亿元、%\n\n"
        "指 标 总 量 比上年增长\n地区生产总值 126.4 4.1\n第一产业增加值 30.2 5.0\n建筑业增加值 8.7 -1.5\n"
    )
    rows = _published(catalog, text, "庚县", "2022")
    assert rows == {
        ("地区生产总值", "2022", 126.4, 4.1, None, None),
        ("第一产业增加值", "2022", 30.2, 5.0, None, None),
        ("建筑业增加值", "2022", 8.7, -1.5, None, None),
    }


def test_an_adverb_alone_is_not_an_indicator(catalog: Catalog) -> None:
    rows = _published(catalog, "逆势增长9%\n\n上半年,全区地区生产总值同比增长9.0%。", "辛区", "2022-H1")
    assert {r[0] for r in rows} == {"地区生产总值"}


def test_a_header_wrapped_over_two_lines_keeps_month_on_month_apart(catalog: Catalog) -> None:
    # the top line's last cell spans two columns; the line under it first finishes '以上月价格'
    text = (
        "项 目 | 以上月价格 | 以上年同期价格为100 | |\n"
        "为100 | 本月 | 至本月平均 | |\n"
        "居民消费价格总指数 | 99.6 | 102.1 | 101.8 |\n"
        "衣着 | 100.2 | 98.7 | 99.0 |\n"
    )
    rows = _published(catalog, text, "壬区", "2019-M04")
    assert ("居民消费价格指数", "2019-M04", None, 2.1, None, None) in rows
    assert ("居民消费价格指数", "2019-M01-M04", None, 1.8, None, None) in rows
    assert not any(r[3] in (-0.4, 0.2) for r in rows)  # the month-on-month column is no growth
