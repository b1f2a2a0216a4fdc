"""The classes of wrong rows found in the eleventh round on the retired held-out parts
real/holdout11/ and real/holdout12/ (studied once holdout13/ had been scored untouched and
holdout14/ commissioned from labellers who never saw the extractor), each pinned by sentences of
our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from conftest import published_rows as _published


def test_our_province_is_the_area_itself(catalog: Catalog) -> None:
    # 我省 / 本省 in a provincial release, as 我市 in a city's: the area's own headline figure
    rows = _published(catalog, "上半年我省生产总值3456.7亿元,同比增长6.1%,居全国第9位。", "乙省", "2023-H1")
    assert ("地区生产总值", "2023-H1", 3456.7, 6.1) in rows
    rows = _published(catalog, "全年本省规模以上工业增加值比上年增长4.4%。", "乙省", "2023")
    assert ("规模以上工业增加值", "2023", None, 4.4) in rows


def test_a_rate_flat_on_last_year_is_zero_growth(catalog: Catalog) -> None:
    text = "全年一般公共预算收入9.87亿元,增幅与上年持平,其中税收收入6.5亿元,下降1.2%。"
    rows = _published(catalog, text, "丙县", "2023")
    assert ("一般公共预算收入", "2023", 9.87, 0.0) in rows
    assert ("税收收入", "2023", 6.5, -1.2) in rows
    # flat on last month is no year-on-year rate
    rows = _published(catalog, "全年工业用电量5.5亿千瓦时,增速与上月持平。", "丙县", "2023")
    assert ("工业用电量", "2023", 5.5, None) in rows


def test_respectively_reaches_back_only_to_the_semicolon(catalog: Catalog) -> None:
    text = (
        "1-5月,丁区实现地区生产总值88.1亿元,同比增长5.5%;完成进出口总额9.9亿美元,"
        "其中出口额6.6亿美元,分别增长3.1%和2.2%。"
    )
    rows = _published(catalog, text, "丁区", "2023-M01-M05")
    assert ("地区生产总值", "2023-M01-M05", 88.1, 5.5) in rows
    assert ("进出口总额", "2023-M01-M05", 9.9, 3.1) in rows
    assert ("出口总额", "2023-M01-M05", 6.6, 2.2) in rows


def test_a_bare_measure_belongs_to_the_topic_its_sentence_opened_with(catalog: Catalog) -> None:
    text = (
        "上半年,全省农林牧渔业增加值同比增长4.0%。分行业看,林业平稳增长,产值同比增长2.5%。"
        "蔬菜产量300.2万吨,增长3.1%;水果产量50.5万吨,增长5.2%。渔业支撑有力,产值同比增长7.7%。"
    )
    rows = _published(catalog, text, "乙省", "2023-H1")
    assert ("林业产值", "2023-H1", None, 2.5) in rows
    assert ("渔业产值", "2023-H1", None, 7.7) in rows
    assert not any(name.startswith(("水果", "农林牧渔")) and yoy in (2.5, 7.7) for name, _, _, yoy in rows)


def test_a_flow_after_a_level_dated_at_an_end_counts_over_the_span(catalog: Catalog) -> None:
    text = "二季度末,生猪存栏500.1万头,增长0.3%;生猪出栏400.2万头,增长5.1%。"
    rows = _published(catalog, text, "乙省", "2023-H1")
    assert ("生猪存栏", "2023-M06", 500.1, 0.3) in rows
    assert ("生猪出栏", "2023-H1", 400.2, 5.1) in rows


def test_an_area_alone_is_no_name_and_the_topic_says_what(catalog: Catalog) -> None:
    text = "固定资产投资方面,一季度乙省全省同比增长9.9%,增速比全国高3.0个百分点,居全国第4位。"
    rows = _published(catalog, text, "乙省", "2023-Q1")
    assert ("固定资产投资", "2023-Q1", None, 9.9) in rows
    assert not any(name.endswith("全省") for name, *_ in rows)


def test_a_coverage_before_the_first_class_of_goods_is_every_class_s(catalog: Catalog) -> None:
    text = "其中限额以上法人单位家具类、建筑装潢类、书报杂志类等商品零售额同比分别增长12.1%、-3.3%、8.8%。"
    rows = _published(catalog, text, "戊市", "2024-M01-M07")
    assert ("限额以上法人单位建筑装潢类商品零售额", "2024-M01-M07", None, -3.3) in rows
    assert ("限额以上法人单位书报杂志类商品零售额", "2024-M01-M07", None, 8.8) in rows


def test_a_name_listing_items_and_more_is_held_back(catalog: Catalog) -> None:
    # the list's name is carried to a figure of another clause: held, not published
    text = (
        "其中限额以上法人单位家具类、建筑装潢类、书报杂志类等商品零售额同比分别增长12.1%、3.3%、8.8%;"
        "汽车市场回暖,占限额以上商品零售额的比重为30.2%,同比增长6.6%。"
    )
    rows = _published(catalog, text, "戊市", "2024-M01-M07")
    assert not any("等" in name for name, *_ in rows)
    assert not any(yoy == 6.6 for *_, yoy in rows)


def test_items_of_a_measure_named_before_them_are_that_measure(catalog: Catalog) -> None:
    text = "从商品类别看,限额以上单位零售额中,家用电器、金银珠宝、体育用品分别增长2.1倍、15.0%和9.9%。"
    rows = _published(catalog, text, "乙省", "2023-H1")
    assert ("家用电器零售额", "2023-H1", None, 210.0) in rows
    assert ("体育用品零售额", "2023-H1", None, 9.9) in rows


def test_an_english_name_is_matched_whatever_its_articles(catalog: Catalog) -> None:
    # the catalogue's 'above the designated size' and a release's 'above designated size' are one name
    assert catalog.lookup("added value of industrial enterprises above designated size") is not None
    assert catalog.lookup("the total volume of imports and exports").name == "进出口总额"  # type: ignore[union-attr]
    text = (
        "During this period, the added value of industrial enterprises above designated size in Hubei "
        "increased by 6.6 percent year-on-year. The total volume of the province's imports and exports "
        "reached 455.5 billion yuan, up 9.9 percent year-on-year."
    )
    rows = _published(catalog, text, "Hubei", "2023-M01-M10")
    assert ("规模以上工业增加值", "2023-M01-M10", None, 6.6) in rows
    assert ("进出口总额", "2023-M01-M10", 455.5, 9.9) in rows


def test_registered_and_surveyed_unemployment_are_two_series(catalog: Catalog) -> None:
    text = "全年城镇新增就业3100人,年末城镇登记失业率为2.8%。全省城镇调查失业率平均为5.2%。"
    rows = _published(catalog, text, "丙县", "2023")
    assert ("城镇登记失业率", "2023", 2.8, None) in rows
    assert not any(name == "城镇调查失业率" and value == 2.8 for name, _, value, _ in rows)
    en = "The registered urban unemployment rate stood at 3.1 percent at the end of June."
    assert {name for name, *_ in _published(catalog, en, "Yunnan", "2023-H1")} == {"城镇登记失业率"}


def test_industries_whose_names_hold_commas_of_their_own_are_listed_with_commas(catalog: Catalog) -> None:
    text = (
        "前三季度,全市规模以上工业增加值增长5.0%。从主要行业看,纺织服装、服饰业,铁路、船舶、航空航天和其他运输设备制造业,"
        "电力、热力生产和供应业增速较快,分别增长12.5%、10.4%、8.8%。"
    )
    names = {name for name, *_ in _published(catalog, text, "戊市", "2023-Q1-Q3")}
    assert any(n.startswith("铁路、船舶、航空航天和其他运输设备制造业") for n in names)
    assert any(n.startswith("电力、热力生产和供应业") for n in names)
    assert not any(n.startswith(("热力", "供应业", "船舶")) for n in names)


def test_a_bare_head_noun_is_the_series_its_sentence_named_in_full(catalog: Catalog) -> None:
    text = "畜牧业中,尤其是生猪存栏量增长较快,目前存栏210.5万头、增长12.0%;生猪出栏180.2万头、增长3.0%。"
    rows = _published(catalog, text, "戊市", "2023-Q1-Q3")
    assert ("生猪存栏", "2023-Q1-Q3", 210.5, 12.0) in rows
    assert not any(name in ("存栏", "目前存栏") for name, *_ in rows)


def test_a_bare_total_with_no_subject_is_held_back(catalog: Catalog) -> None:
    text = "社会消费品中,餐饮收入仍未完全恢复,总收入为88.8亿元,下降9.9%。"
    assert not any(name == "总收入" for name, *_ in _published(catalog, text, "戊市", "2023-Q1-Q3"))


def test_an_amount_before_the_sector_that_generated_it_is_that_sector_s(catalog: Catalog) -> None:
    text = (
        "The GDP included 2.05 trillion yuan generated by the primary sector, up 4.1 percent, "
        "9.31 trillion yuan by the secondary sector, up 5.2 percent, and 7.66 trillion yuan by the "
        "tertiary sector, up 6.0 percent."
    )
    rows = _published(catalog, text, "China", "2023-H1")
    assert ("第一产业增加值", "2023-H1", 2.05, 4.1) in rows
    assert ("第二产业增加值", "2023-H1", 9.31, 5.2) in rows
    assert ("第三产业增加值", "2023-H1", 7.66, 6.0) in rows


def test_a_longer_name_goes_on_before_its_growth_too(catalog: Catalog) -> None:
    # 出口交货值 (the export delivery value of industry) is not 出口总额 (exports)
    text = "1-4月,全市规上工业销售产值同比增长9.1%,其中出口交货值增长14.2%。"
    rows = _published(catalog, text, "戊市", "2023-M01-M04")
    assert ("出口交货值", "2023-M01-M04", None, 14.2) in rows
    assert not any(name == "出口总额" for name, *_ in rows)
    # a total restated ('地区生产总值总量为…') is the named series itself
    rows = _published(catalog, "一季度,全县地区生产总值总量为40.1亿元,同比增长5.0%。", "己县", "2023-Q1")
    assert ("地区生产总值", "2023-Q1", 40.1, 5.0) in rows


def test_china_s_figure_is_the_country_s_own_only_in_a_national_release(catalog: Catalog) -> None:
    text = (
        "From January to May, China's fixed asset investment (excluding rural households) was "
        "1,882.7 billion yuan, up 4.0 percent year-on-year."
    )
    national = _published(catalog, text, "China", "2023-M01-M05")
    assert ("固定资产投资(不含农户)", "2023-M01-M05", 1882.7, 4.0) in national
    # in a province's release it is the benchmark, its amount and the rate chained to it alike
    assert not _published(catalog, text, "Shandong", "2023-M01-M05")
    # 'north China's Tianjin' places the province: the figure is Tianjin's own
    text = "The GDP of north China's Tianjin Municipality totaled 1.67 trillion yuan in 2023, up 4.3 percent."
    assert ("地区生产总值", "2023", 1.67, 4.3) in _published(catalog, text, "Tianjin", "2023")


def test_an_english_month_on_month_frame_states_no_year_on_year_rate(catalog: Catalog) -> None:
    text = (
        "In terms of the speed of month on month, the investment in fixed assets (excluding rural "
        "households) increased by 0.11 percent in May."
    )
    assert not _published(catalog, text, "China", "2023-M01-M05")


def test_another_area_s_figure_glossed_in_parentheses_is_not_the_zone_s(catalog: Catalog) -> None:
    text = (
        "上半年,甲市地区生产总值(GDP)5000.1亿元,同比增长5.0%。"
        "今年上半年,乙高新区实现地区生产总值700.2亿元,同比增长9.0%。"
    )
    rows = _published(catalog, text, "乙高新区", "2024-H1")
    assert ("地区生产总值", "2024-H1", 700.2, 9.0) in rows
    assert not any(value == 5000.1 for _, _, value, _ in rows)


def test_the_fastest_among_a_counted_field_of_areas_ranks_first(catalog: Catalog) -> None:
    from conftest import published_mentions

    text = "上半年,全市地区生产总值实现800亿元,增速达8.8%,是同时期长三角26城中增速最快的城市。"
    ranked = [m for m in published_mentions(catalog, text, "丁市", "2023-H1") if m.rank is not None]
    assert [(m.name, m.rank, m.rank_of) for m in ranked] == [("地区生产总值", 1, 26)]
    # the fastest of the area's own industries ranks nothing of the area's
    text = "在主要行业中,增速最快的是电子行业,增长30.0%。"
    assert not any(m.rank is not None for m in published_mentions(catalog, text, "丁市", "2023-H1"))


def test_a_table_one_cell_a_line_with_marked_and_indented_parts_and_a_to_this_month_column(
    catalog: Catalog,
) -> None:
    cells = [
        "社会消费品零售总额", "2023年5月", "指标", "本月", "比去年同月增长(%)", "1-本月", "比去年同期增长(%)",
        "社会消费品零售总额(亿元)", "500.10", "5.5", "2400.20", "6.6",
        "   # 批发零售业", "450.30", "5.0", "2150.40", "6.0",
        "       住宿餐饮业", "49.80", "9.9", "249.80", "12.1",
        "   # 吃的商品", "120.00", "4.4", "600.00", "5.1",
        "       穿的商品", "80.00", "-1.0", "390.00", "2.2",
    ]  # fmt: skip
    rows = _published(catalog, "\n\n".join(cells), "庚市", "2023-M05")
    assert ("社会消费品零售总额", "2023-M05", 500.1, 5.5) in rows
    assert ("社会消费品零售总额", "2023-M01-M05", 2400.2, 6.6) in rows
    assert ("批发零售业零售额", "2023-M01-M05", 2150.4, 6.0) in rows  # '# 批发零售业' is a heading
    assert ("住宿餐饮业零售额", "2023-M05", 49.8, 9.9) in rows  # indented: a code block
    assert ("穿的商品零售额", "2023-M01-M05", 390.0, 2.2) in rows


def test_a_monthly_report_one_cell_a_line_with_a_unit_column_and_ragged_rows(catalog: Catalog) -> None:
    cells = [
        "全市主要经济指标", "指标名称", "单位", "1-5月累计", "去年同期累计", "累计同比±%",
        "地区生产总值(1-3月)", "亿元", "300.5", "280.1", "5.2",
        "第一产业", "亿元", "30.1", "29.0", "3.3",
        "第三产业", "亿元", "150.2", "140.0", "6.1",
        "规模以上工业增加值", "亿元", "90.15", "7.7",  # no last-year cell: the amount and its growth
        "固定资产投资", "亿元", "-2.5",  # growth alone
        "社会消费品零售总额", "亿元", "200.67", "190.83", "5.1",
        "金融机构本外币存款余额", "亿元", "2400.29", "2300.0", "4.1",
        "居民消费价格指数(CPI)", "%", "101.2", "100.9", "1.2",
    ]  # fmt: skip
    rows = _published(catalog, "\n\n".join(cells), "辛市", "2023-M01-M05")
    assert ("地区生产总值", "2023-Q1", 300.5, 5.2) in rows  # the span its label states
    assert ("第一产业增加值", "2023-Q1", 30.1, 3.3) in rows  # a part of GDP shares it
    assert ("规模以上工业增加值", "2023-M01-M05", 90.15, 7.7) in rows
    assert ("固定资产投资", "2023-M01-M05", None, -2.5) in rows
    assert ("社会消费品零售总额", "2023-M01-M05", 200.67, 5.1) in rows
    assert ("金融机构本外币存款余额", "2023-M05", 2400.29, 4.1) in rows  # a balance at the month's end
    assert ("居民消费价格指数", "2023-M01-M05", None, 1.2) in rows  # an index states its growth only


def test_a_yearbook_index_table_whose_header_word_is_letter_spaced_by_a_run(catalog: Catalog) -> None:
    text = "\n".join(
        [
            "8-11 工业品出厂价格指数",
            "(2006年,以上年同期价格为100 )",
            "类      别 全年平均 一季度 二季度 三季度 四季度",
            " 全部工业品 102.1 101.5 102.3 102.8 101.9",
            "  轻工业 100.6 100.2 100.9 100.7 100.5",
            "  重工业 104.3 103.8 104.4 104.6 104.3",
        ]
    )
    rows = _published(catalog, text, "壬省", "2006")
    assert ("全部工业品出厂价格指数", "2006", None, 2.1) in rows
    assert ("轻工业出厂价格指数", "2006-Q2", None, 0.9) in rows
    assert ("重工业出厂价格指数", "2006-Q4", None, 4.3) in rows


def test_three_items_joined_by_and_share_the_measure_after_respectively(catalog: Catalog) -> None:
    text = (
        "主要行业中,化学原料制造业、医药制造业和通用设备制造业分别实现增加值40.1亿元、20.2亿元和30.3亿元,"
        "增长10.5%、8.8%和-2.1%。"
    )
    rows = _published(catalog, text, "癸市", "2024-H1")
    assert ("化学原料制造业增加值", "2024-H1", 40.1, 10.5) in rows
    assert ("医药制造业增加值", "2024-H1", 20.2, 8.8) in rows
    assert ("通用设备制造业增加值", "2024-H1", 30.3, -2.1) in rows
    # 和 inside one industry's name joins nothing: 批发和零售业 is one item
    rows = _published(catalog, "其中,批发和零售业、住宿和餐饮业增加值分别增长5.1%和6.2%。", "癸市", "2024-H1")
    assert {name for name, *_ in rows} == {"批发和零售业增加值", "住宿和餐饮业增加值"}


def test_a_list_closed_by_its_kind_names_each_item_of_that_kind(catalog: Catalog) -> None:
    text = (
        "1-6月,全市装备制造业、数字经济核心制造业、战略性新兴和高新技术等产业增加值"
        "分别增长11.1%、12.2%、13.3%和14.4%。"
    )
    rows = _published(catalog, text, "子市", "2023-H1")
    assert ("装备制造业增加值", "2023-H1", None, 11.1) in rows
    assert ("战略性新兴产业增加值", "2023-H1", None, 13.3) in rows
    assert ("高新技术产业增加值", "2023-H1", None, 14.4) in rows


def test_items_whose_growth_beats_the_average_take_the_measure_broken_down(catalog: Catalog) -> None:
    text = (
        "1-6月,全市规上工业增加值增长9.0%。前十大行业中,汽车制造、金属制品和化纤等行业增速高于全市平均,"
        "分别增长20.1%、15.2%和12.3%。"
    )
    rows = _published(catalog, text, "子市", "2023-H1")
    assert ("汽车制造增加值", "2023-H1", None, 20.1) in rows
    assert ("化纤增加值", "2023-H1", None, 12.3) in rows
    assert not any(name in ("汽车制造", "化纤") for name, *_ in rows)


def test_english_lists_of_three_share_their_figures_in_order(catalog: Catalog) -> None:
    text = (
        "The added value of Hebei's primary, secondary and tertiary industries respectively rose 2.1 "
        "percent, 5.5 percent, and 6.0 percent to 30.5 billion yuan, 480.4 billion yuan, and 900.2 "
        "billion yuan."
    )
    rows = _published(catalog, text, "Hebei", "2023")
    assert ("第一产业增加值", "2023", 30.5, 2.1) in rows
    assert ("第三产业增加值", "2023", 900.2, 6.0) in rows
    text = (
        "Foreign trade grew steadily, with exports, imports, and online retail sales rising 5.1 percent, "
        "3.2 percent, and 6.6 percent, respectively."
    )
    rows = _published(catalog, text, "Hebei", "2023")
    assert ("出口总额", "2023", None, 5.1) in rows
    assert ("进口总额", "2023", None, 3.2) in rows
    assert not any(yoy in (5.1, 3.2) and "retail" in name for name, _, _, yoy in rows)
