"""The classes of wrong rows found in the eighth round on the retired held-out part real/holdout6/
(studied once holdout7/ had been collected and scored untouched), each pinned by sentences of our
own, never the files' own sentences."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.periods import parse_period
from bulletin.extract.prose import extract_mentions
from conftest import published_mentions as _mentions
from conftest import published_reads as _published


def test_growth_at_comparable_prices_without_calculated_shares_the_value_s_subject(catalog: Catalog) -> None:
    text = "2022年,全市实现地区生产总值512.6亿元,按可比价格比上年增长4.9%。"
    rows = _published(catalog, text, "甲市", "2022")
    assert ("地区生产总值", "2022", None, 4.9) in rows
    assert not any(name.startswith("按") for name, *_ in rows)


def test_a_bracketed_note_on_the_price_basis_stays_out_of_the_name(catalog: Catalog) -> None:
    text = (
        "全年全县农林牧渔业总产值(现价,下同)96.4亿元,按可比价计算比上年增长3.2%。"
        "地区生产总值(现价)210.3亿元。"
    )
    rows = _published(catalog, text, "乙县", "2021")
    assert ("农林牧渔业总产值", "2021", 96.4, None) in rows
    assert ("农林牧渔业总产值", "2021", None, 3.2) in rows
    assert ("地区生产总值", "2021", 210.3, None) in rows
    assert not any("下同" in name or "现价" in name for name, *_ in rows)


def test_a_completion_verb_cut_short_is_not_part_of_the_name(catalog: Catalog) -> None:
    text = "前三季度,全旗一般公共预算支出完41.7亿元,同比增长8.8%。"
    read = extract_mentions(render_markdown(text), parse_period("2023-Q1-Q3"), catalog, "丙旗")
    assert {m.written for m in read} == {"一般公共预算支出"}


def test_a_period_the_economy_carries_on_from_does_not_date_the_figures(catalog: Catalog) -> None:
    text = "前三季度,全市经济延续了上半年稳中向好的态势,全市完成规模以上工业增加值318.2亿元,同比增长7.1%。"
    rows = _published(catalog, text, "丁市", "2023-Q1-Q3")
    assert ("规模以上工业增加值", "2023-Q1-Q3", 318.2, None) in rows
    assert ("规模以上工业增加值", "2023-Q1-Q3", None, 7.1) in rows


def test_a_rank_shared_with_jun_goes_to_every_figure_since_the_last_rank(catalog: Catalog) -> None:
    text = (
        "一季度,全区地区生产总值增长6.3%,居全市第1位;固定资产投资增长9.2%,社会消费品零售总额增长6.1%,"
        "增速均居全市第2位。"
    )
    ranks = {(m.name, m.rank) for m in _mentions(catalog, text, "戊区", "2024-Q1") if m.rank is not None}
    assert ranks == {("地区生产总值", 1), ("固定资产投资", 2), ("社会消费品零售总额", 2)}


def test_a_month_after_the_figures_of_a_sentence_dates_only_what_follows_it(catalog: Catalog) -> None:
    text = "要素保障有力,内河货运周转量8.12亿吨公里,增长4.6%;5月份,全社会用电量增长7.3%。"
    rows = _published(catalog, text, "己市", "2023-M01-M05")
    assert ("内河货运周转量", "2023-M01-M05", 8.12, None) in rows
    assert ("全社会用电量", "2023-M05", None, 7.3) in rows


def test_this_year_so_far_is_not_a_whole_year_after_the_bulletin(catalog: Catalog) -> None:
    text = (
        "今年来,开发区智能装备产业发展良好,智能装备产量突破2万台,1~8月工业机器人产量达到2.3万台;1~9月,"
        "装备制造业产值完成86.1亿元,同比增长9.4%。"
    )
    rows = _published(catalog, text, "庚区", "2022-Q1-Q3")
    assert ("工业机器人产量", "2022-M01-M08", 2.3, None) in rows
    assert ("装备制造业产值", "2022-Q1-Q3", 86.1, None) in rows


def test_a_poverty_line_is_a_threshold_not_a_figure(catalog: Catalog) -> None:
    text = "按照每人每年生活水平4000元(2015年不变价)的现行扶贫标准计算,全县脱贫人口3120人。"
    rows = _published(catalog, text, "辛县", "2020")
    assert not any(value == 4000 for _, _, value, _ in rows)
