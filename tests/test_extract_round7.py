"""The classes of wrong rows found in the seventh round on the retired held-out part real/holdout5/
(studied once holdout6/ had been collected and scored), each pinned by sentences of our own, never
the files' own sentences."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.periods import parse_period
from bulletin.extract.prose import extract_mentions
from conftest import published_reads as _published


def test_cumulative_and_single_month_rates_of_one_indicator(catalog: Catalog) -> None:
    text = (
        "1-9月,全市规模以上工业增加值同比增长4.2%。9月份同比增长6.5%。分经济类型看,集体企业增加值"
        "累计同比增长2.4%,当月同比增长5.1%;私营企业累计下降1.2%,当月增长0.8%。"
    )
    rows = _published(catalog, text, "甲市", "2022-M01-M09")
    assert ("集体企业增加值", "2022-Q1-Q3", None, 2.4) in rows
    assert ("集体企业增加值", "2022-M09", None, 5.1) in rows
    assert ("私营企业增加值", "2022-Q1-Q3", None, -1.2) in rows
    assert ("私营企业增加值", "2022-M09", None, 0.8) in rows


def test_a_month_alone_aside_does_not_date_the_sentences_after_it(catalog: Catalog) -> None:
    text = (
        "上半年,全区规模以上工业增加值同比增长3.3%。6月份当月,全区规模以上工业增加值同比增长9.0%。"
        "分经济类型看,集体企业增加值同比增长2.1%。"
    )
    rows = _published(catalog, text, "乙区", "2022-H1")
    assert ("规模以上工业增加值", "2022-M06", None, 9.0) in rows
    assert ("集体企业增加值", "2022-H1", None, 2.1) in rows


def test_an_industry_named_with_commas_shares_the_measure_before_it(catalog: Catalog) -> None:
    text = (
        "1-4月,全县规上工业增加值增长6.1%,其中制造业增加值增长6.6%,电力、热力、燃气及水生产和供应业增长3.9%。"
    )
    rows = _published(catalog, text, "丙县", "2024-M01-M04")
    assert ("电力、热力、燃气及水生产和供应业增加值", "2024-M01-M04", None, 3.9) in rows


def test_bare_industries_after_value_added_are_its_breakdown(catalog: Catalog) -> None:
    text = (
        "前三季度,全市规上工业增加值同比增长7.7%。重点行业中,化学原料和化学制品制造业、"
        "非金属矿物制品业分别增长12.4%、3.0%。"
    )
    rows = _published(catalog, text, "丁市", "2023-Q1-Q3")
    assert ("化学原料和化学制品制造业增加值", "2023-Q1-Q3", None, 12.4) in rows
    assert ("非金属矿物制品业增加值", "2023-Q1-Q3", None, 3.0) in rows
    # an industry whose own amount the sentence states keeps its rate with that amount
    text = "全年第一产业增加值增长3.1%。农林牧渔总产值80.2亿元,其中渔业服务业1.5亿元,增长6.0%。"
    rows = _published(catalog, text, "丁市", "2023")
    assert not any(r[0] == "渔业服务业增加值" for r in rows)


def test_comparable_growth_is_growth(catalog: Catalog) -> None:
    rows = _published(catalog, "一季度,全市农林牧渔业总产值88.6亿元,可比增长2.7%。", "戊市", "2024-Q1")
    assert ("农林牧渔业总产值", "2024-Q1", None, 2.7) in rows
    assert not any("可比" in r[0] for r in rows)


def test_spaces_a_pdf_left_inside_words_are_closed_up(catalog: Catalog) -> None:
    text = (
        "全县林 业总产值 3.15 亿元,下降 12 %;牧业总产值 20.4 亿元,增 长 2.6%。"
        "人 均地区生产总值 41250 元, 比上年增长 4.4%。"
    )
    rows = _published(catalog, text, "己县", "2023")
    assert {("林业总产值", "2023", 3.15, None), ("林业总产值", "2023", None, -12.0)} <= rows
    assert {("牧业总产值", "2023", 20.4, None), ("牧业总产值", "2023", None, 2.6)} <= rows
    assert {("人均地区生产总值", "2023", 41250.0, None), ("人均地区生产总值", "2023", None, 4.4)} <= rows
    # a table row of space-separated cells is not prose: its spaces stay
    found = extract_mentions(
        render_markdown("指标 单位 数值\n\n地区生产总值 亿元 12.5"), parse_period("2023"), catalog
    )
    assert all(" " not in m.name for m in found)


def test_the_line_of_a_closed_up_figure_is_its_own(catalog: Catalog) -> None:
    text = "全县概况如下。\n\n第一段没有数字。\n\n全县林 业总产值 3.15 亿元,下降 12 %。"
    found = extract_mentions(render_markdown(text), parse_period("2023"), catalog, "己县")
    assert {m.line for m in found if m.name == "林业总产值"} == {5}


def test_a_lone_scope_character_left_by_a_page_is_no_part_of_the_name(catalog: Catalog) -> None:
    text = "1-6月,全规模以上工业增加值同比增长8.8%。全固定资产投资同比增长5.5%。全社会用电量9.2亿千瓦时。"
    rows = _published(catalog, text, "庚县", "2022-H1")
    names = {r[0] for r in rows}
    assert {"规模以上工业增加值", "固定资产投资", "全社会用电量"} <= names
    assert not any(n.startswith("全规") or n.startswith("全固") for n in names)


def test_a_shared_out_rate_takes_the_date_of_the_balance_it_grows(catalog: Catalog) -> None:
    text = "截至6月底,全区实有各类市场主体8520户,注册资本520.6亿元,同比分别增长11.2%和9.4%。"
    rows = _published(catalog, text, "辛区", "2022-H1")
    assert ("实有各类市场主体", "2022-M06", 8520.0, None) in rows
    assert ("实有各类市场主体", "2022-M06", None, 11.2) in rows


def test_english_rates_in_words_and_among_which(catalog: Catalog) -> None:
    text = (
        "The province received 12.4 million visitors in the first half, up nine percent year on year. "
        "Grain output was 3.2 million tons, among which the output of rice was 1.1 million tons, "
        "down by 2.5 percent."
    )
    rows = _published(catalog, text, "Someprovince", "2021-H1")
    assert any(r[0] == "visitors" and r[3] == 9.0 for r in rows)
    assert any(r[0] == "output of rice" and r[3] == -2.5 for r in rows)


def test_english_investment_in_an_industry_is_investment(catalog: Catalog) -> None:
    text = (
        "The investment in primary industry was 120.5 billion yuan, down by 2.0 percent; that of "
        "secondary industry was 900.1 billion yuan, up by 4.1 percent."
    )
    rows = _published(catalog, text, "Someprovince", "2020-M01-M06")
    assert ("investment in primary industry", "2020-H1", 120.5, None) in rows
    assert ("investment in secondary industry", "2020-H1", None, 4.1) in rows
    assert not any(r[0] in ("第一产业增加值", "第二产业增加值") for r in rows)


def test_english_rate_before_the_name_it_grows(catalog: Catalog) -> None:
    text = (
        "The port recorded a 12.5 percent growth in foreign trade "
        "and a 3.1 percent decline in industrial output."
    )
    rows = _published(catalog, text, "Someport", "2021-Q1")
    names = {r[0]: r[3] for r in rows}
    assert names.get("进出口总额") == 12.5 and names.get("industrial output") == -3.1


def test_a_field_of_places_counted_by_a_numeral(catalog: Catalog) -> None:
    rows = _published(catalog, "1-4月,全县社会消费品零售总额增长6.6%,居四县第2位。", "壬县", "2022-M01-M04")
    found = extract_mentions(
        render_markdown("1-4月,全县社会消费品零售总额增长6.6%,居四县第2位。"),
        parse_period("2022-M01-M04"),
        catalog,
        "壬县",
    )
    assert any(m.rank == 2 and m.rank_of == 4 for m in found)
    assert rows
    # a city named with a numeral is another area: its rank is not the province's
    text = "全年三明市规模以上工业增加值增长9.1%,居全省第1位。"
    found = extract_mentions(render_markdown(text), parse_period("2022"), catalog, "福建省")
    assert not any(m.rank for m in found)


def test_english_breakdown_items_share_the_measure_of_the_first(catalog: Catalog) -> None:
    text = (
        "An analysis by types of ownership showed  that the value added of the state holding enterprises "
        "rose by 5.1 percent; collective enterprises up by 2.2 percent; share-holding enterprises up by "
        "4.0 percent; and enterprises funded by foreign investors or investors from Hong Kong, Macao "
        "and Taiwan up by 3.3 percent. In terms of sectors, the value added of mining fell by 0.8 "
        "percent, the manufacturing grew by 5.5 percent and the production and supply of electricity, "
        "heat, gas and water grew by 7.0 percent."
    )
    rows = {r[0]: r[3] for r in _published(catalog, text, "China", "2018-M05")}
    assert rows["value added of collective enterprises"] == 2.2
    assert rows["value added of share-holding enterprises"] == 4.0
    named = (
        "value added of enterprises funded by foreign investors or investors from hong kong, macao and taiwan"
    )
    assert rows[named] == 3.3
    assert rows["value added of manufacturing"] == 5.5
    assert rows["value added of production and supply of electricity, heat, gas and water"] == 7.0


def test_english_growth_compared_with_a_year_ago_and_of_the_total(catalog: Catalog) -> None:
    text = (
        "In May, the real growth of the total value added of the industrial enterprises above "
        "designated size was 5.9 percent compared with a  year ago."
    )
    rows = _published(catalog, text, "China", "2018-M05")
    assert ("规模以上工业增加值", "2018-M05", None, 5.9) in rows
    # a share of the total is still no growth
    text = "Exports of high-tech products reached 20 billion dollars, 30 percent of the total."
    assert not any(r[3] == 30.0 for r in _published(catalog, text, "China", "2018-M05"))
