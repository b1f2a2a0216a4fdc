"""The classes of wrong rows found in the twenty-third round on the retired held-out part
real/holdout24/ (studied once it had been scored untouched, holdout26/ commissioned first and
holdout25/ left unread), each pinned by sentences of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.extract.lists.enumerated import enumerated
from conftest import published_ranks
from conftest import published_rows as _published


def test_items_in_the_sentence_after_a_frame_by_industry_or_product(catalog: Catalog) -> None:
    text = (
        "分行业看,1-5月份,在全省规模以上工业统计的39个行业大类中,30个行业增加值保持同比增长。"
        "在主要行业中,专用设备制造业增长21.2%,纺织业增长8.8%。"
        "分产品看,在全省统计的400种产品产量中,有251种产品产量保持增长。在主要产品中,水泥增长12.1%,"
        "钢材下降3.3%。"
    )
    rows = _published(catalog, text, "某省", "2021-M01-M05")
    assert ("专用设备制造业增加值", "2021-M01-M05", None, 21.2) in rows
    assert ("钢材产量", "2021-M01-M05", None, -3.3) in rows
    assert not any(name in ("水泥", "钢材", "纺织业") for name, _, _, _ in rows)


def test_a_frame_by_industry_without_a_count_leaves_a_list_its_own_measure(catalog: Catalog) -> None:
    text = "分行业看,十大行业全部增长,其中,煤炭行业增加值同比增长4.3%、电力增长13.1%。"
    rows = _published(catalog, text, "某区", "2021-M01-M08")
    assert ("电力行业增加值", "2021-M01-M08", None, 13.1) in rows


def test_a_shared_turnover_and_a_shared_coverage(catalog: Catalog) -> None:
    assert enumerated("限上住宿业、餐饮业营业额") == ["限上住宿业营业额", "限上餐饮业营业额"]
    assert enumerated("限上批发业、零售业销售额") == ["限上批发业销售额", "限上零售业销售额"]
    # an item that names its own measure shares no coverage
    assert enumerated("规模以上工业增加值、服务业增加值") == ["规模以上工业增加值", "服务业增加值"]
    rows = _published(catalog, "限上住宿业、餐饮业营业额分别增长6.7%、10.5%。", "某市", "2024-Q1")
    assert ("限上餐饮业营业额", "2024-Q1", None, 10.5) in rows


def test_english_a_yearly_uptick_and_economic_output(catalog: Catalog) -> None:
    text = (
        "Xiamen's economic output expands 7.1% in H1\n\n"
        "Xiamen's GDP stood at 301.2 billion yuan, a yearly uptick of 7.1 percent."
    )
    rows = _published(catalog, text, "Xiamen", "2019-H1")
    assert rows == {("地区生产总值", "2019-H1", 301.2, 7.1)}


def test_english_that_for_the_next_period_is_the_next_figure_s(catalog: Catalog) -> None:
    text = (
        "The GDP for the first quarter grew by 3.1 percent year-on-year and that for the second "
        "quarter grew by 4.0 percent."
    )
    rows = _published(catalog, text, "China", "2021-H1")
    assert ("地区生产总值", "2021-Q1", None, 3.1) in rows and ("地区生产总值", "2021-Q2", None, 4.0) in rows


def test_places_with_their_rates_ranked_among_peers_are_not_the_area(catalog: Catalog) -> None:
    text = (
        "甲区(11.0%)和乙县(7.2%)地区生产总值增速分别位列全市12个县(市)区第1位和第4位。"
        "上半年全市地区生产总值802.3亿元,同比增长6.5%,增速高于全省(5.5%)1.0个百分点,位居全省十一个地市第3位。"
    )
    assert {(n, r) for n, r, _ in published_ranks(catalog, text, "某市", "2023-H1")} == {("地区生产总值", 3)}


def test_a_rank_shared_by_a_count_of_listed_items(catalog: Catalog) -> None:
    text = "规模以上工业增加值、一般公共预算收入2项指标位列全区五地市首位。"
    assert {(n, r) for n, r, _ in published_ranks(catalog, text, "某市", "2023-H1")} == {
        ("规模以上工业增加值", 1),
        ("一般公共预算收入", 1),
    }


def test_english_growth_over_the_beginning_of_the_year_is_no_yoy(catalog: Catalog) -> None:
    text = "In July, loan balances were 2.31 trillion yuan, up 3.4 percent over the beginning of the year."
    rows = _published(catalog, text, "Hainan", "2021-M07")
    assert not any(yoy is not None for _, _, _, yoy in rows)


def test_english_an_industry_that_continued_to_grow(catalog: Catalog) -> None:
    text = (
        "Meanwhile, the catering industry continued to grow rapidly with a 35.1 percent year on year "
        "growth. The province's completed investment in fixed assets increased by 9.1 percent."
    )
    rows = _published(catalog, text, "Hainan", "2021-M01-M07")
    assert ("餐饮收入", "2021-M01-M07", None, 35.1) in rows
    assert ("固定资产投资", "2021-M01-M07", None, 9.1) in rows


def test_two_heads_of_one_topic_each_keep_its_qualifier(catalog: Catalog) -> None:
    text = "第一产业增加值同比增长3.1%。早稻播面产量实现双增长,播面2.15万亩,增长0.8%;产量0.96万吨,增长1.9%。"
    rows = _published(catalog, text, "某州", "2022-Q1-Q3")
    assert ("早稻播面", "2022-Q1-Q3", 2.15, 0.8) in rows and ("早稻产量", "2022-Q1-Q3", 0.96, 1.9) in rows


def test_a_verb_and_to_date_inside_a_name(catalog: Catalog) -> None:
    text = "一季度,规模以上装备制造业完成累计产值41.2亿元,同比增幅为12.5%。"
    assert ("规模以上装备制造业产值", "2018-Q1", 41.2, 12.5) in _published(catalog, text, "某市", "2018-Q1")


def test_english_names_of_industrial_value_added(catalog: Catalog) -> None:
    for name in (
        "total value added of the industrial enterprises above designated size",
        "industrial value added for companies above designated size",
    ):
        entry = catalog.lookup(name)
        assert entry is not None and entry.name == "规模以上工业增加值"


def test_one_unit_taken_as_an_example_is_not_the_area(catalog: Catalog) -> None:
    text = (
        "以某某经开区为例,该园区前三季度完成技工贸总收入586.7亿元,同比增长14.4%,经济总量位居全省园区前三,"
        "高新技术产值达120.7亿元,同比增长15.8%。"
    )
    assert _published(catalog, text, "某省级以上产业园区", "2017-Q1-Q3") == set()
