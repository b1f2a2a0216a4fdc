"""The classes of wrong rows found in the tenth round on the retired held-out part real/holdout10/
(studied once holdout11/ had been commissioned from labellers who never saw the extractor), each
pinned by tables and sentences of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.periods import parse_period
from bulletin.extract.prose import extract_mentions
from conftest import published_mentions as _mentions
from conftest import published_reads as _published


def test_a_same_period_comparison_column_is_growth(catalog: Catalog) -> None:
    table = "\n".join(
        [
            "全县旅游接待情况表 | ||||",
            "项 目 | 本 月 | 同期对比% | 本月止累计 | 同期累计对比% |",
            "一、旅游总收入(亿元) | 40.10 | 15.3 | 180.22 | 12.0 |",
            "二、接待过夜游客(万人次) | 300.50 | 8.2 | 1200.40 | 9.1 |",
        ]
    )
    rows = _published(catalog, table, "甲县", "2024-M05")
    assert ("旅游收入", "2024-M05", 40.1, 15.3) in rows
    assert ("旅游收入", "2024-M01-M05", 180.22, 12.0) in rows


def test_who_filled_the_form_in_is_no_unit_and_a_section_states_its_unit_once(catalog: Catalog) -> None:
    table = "\n".join(
        [
            "全县旅游接待情况表 | ||||",
            "填报单位:甲县文化旅游局 | 2024年5月 | |||",
            "项 目 | 本 月 | 同期对比% | 本月止累计 | 同期累计对比% |",
            "一、接待游客总人数 | 320.00 | 6.0 | 1500.00 | 7.0 |",
            "(一)过夜游客(万人次) | 200.00 | 5.0 | 900.00 | 6.0 |",
            "(二)一日游游客(万人次) | 120.00 | 7.5 | 600.00 | 8.5 |",
            "二、旅游总收入(亿元) | 30.00 | 9.0 | 140.00 | 10.0 |",
            "过夜游客收入 | 25.00 | 9.5 | 120.00 | 10.5 |",
        ]
    )
    rows = _published(catalog, table, "甲县", "2024-M05")
    # the total states no unit: its parts all count 万人次, and so does it
    assert ("接待游客总人数", "2024-M05", 320.0, 6.0) in rows
    # a row with no unit under a section that states 亿元 is in 亿元
    assert ("过夜游客收入", "2024-M01-M05", 120.0, 10.5) in rows
    assert not any(value is not None and value > 1e6 for _, _, value, _ in rows)


def test_a_part_whose_label_has_the_total_s_verb_keeps_its_name(catalog: Catalog) -> None:
    table = "\n".join(
        [
            "项 目 | 本月 | 同比% |",
            "一、接待游客总人数(万人次) | 320.00 | 6.0 |",
            "(1).宾馆接待过夜游客 | 200.00 | 5.0 |",
            "(2).国内游客 | 310.00 | 6.2 |",
        ]
    )
    names = {name for name, *_ in _published(catalog, table, "甲县", "2024-M05")}
    assert "宾馆接待过夜游客" in names
    assert "接待国内游客" in names
    assert not any(name.startswith("接待宾馆") or "." in name for name in names)


_CPI = """居民消费价格指数
2024年5月
指  标  名  称 以上年同期为100的指数 以上月价格为100的指数
5月 1-5月
居民消费价格总指数 101.4 100.8 99.7
     # 服务价格指数 101.0 101.2 99.9
     食品烟酒 102.5 101.1 99.6
       # 粮 食  100.6 100.3 100.0
          103.1 102.2 99.0
       蛋 类 97.5 98.2 99.1
       畜 肉 类 104.0 103.0 100.2
   交通和通信 99.2 99.5 99.8"""


def test_a_price_table_whose_first_index_spans_the_month_and_the_months_so_far(catalog: Catalog) -> None:
    rows = {(n, p, y) for n, p, _, y in _published(catalog, _CPI, "甲市", "2024-M05")}
    assert ("居民消费价格指数", "2024-M05", 1.4) in rows
    assert ("居民消费价格指数", "2024-M01-M05", 0.8) in rows
    assert ("交通和通信价格指数", "2024-M05", -0.8) in rows
    assert ("交通和通信价格指数", "2024-M01-M05", -0.5) in rows
    # the month-on-month index is no row of its own
    assert not any(y in (-0.3, -0.2) for _, _, y in rows)


def test_letter_spaced_labels_rows_with_lost_labels_and_spaced_numbers(catalog: Catalog) -> None:
    rows = {(n, p, y) for n, p, _, y in _published(catalog, _CPI, "甲市", "2024-M05")}
    # '# 粮 食  100.6 100.3 100.0': the label set off by a run of spaces, the numbers by one
    assert ("粮食价格指数", "2024-M05", 0.6) in rows
    # the row under it lost its label: it is passed over, not read, and the table goes on
    assert not any(y == 3.1 for _, _, y in rows)
    assert ("蛋类价格指数", "2024-M05", -2.5) in rows
    assert ("畜肉类价格指数", "2024-M01-M05", 3.0) in rows


def test_a_padded_pair_in_a_breakdown_is_still_a_place(catalog: Catalog) -> None:
    table = "\n".join(
        [
            "指 标 | 单位 | 3月 同比±% | 1-3月 同比±% |",
            "社会消费品零售总额 | 亿元 | 5.1 | 4.6 |",
            "其中:东 城 | 亿元 | 4.9 | 4.2 |",
            "西 城 | 亿元 | 5.3 | 5.0 |",
        ]
    )
    rows = _published(catalog, table, "甲市", "2024-M03")
    assert ("社会消费品零售总额", "2024-M03", None, 5.1) in rows
    assert not any("东城" in name or "西城" in name for name, *_ in rows)


def test_rates_shared_out_after_a_rate_word_and_their_own_signs(catalog: Catalog) -> None:
    text = "全年一般公共服务、农林水、交通运输等支出同比增速分别为-6.2%、18.5%、-3.0%。"
    rows = _published(catalog, text, "甲县", "2023")
    assert ("一般公共服务支出", "2023", None, -6.2) in rows
    # a written minus sign belongs to its own number, not to the ones after it
    assert ("农林水支出", "2023", None, 18.5) in rows
    assert ("交通运输支出", "2023", None, -3.0) in rows


def test_a_fall_verb_still_turns_every_rate_listed_after_it(catalog: Catalog) -> None:
    rows = _published(catalog, "全年教育、科学技术等支出分别下降4.2%、1.5%。", "甲县", "2023")
    assert ("教育支出", "2023", None, -4.2) in rows
    assert ("科学技术支出", "2023", None, -1.5) in rows


def test_sectors_cut_to_one_character_and_counted_give_no_rows(catalog: Catalog) -> None:
    text = "1-9月份,全市限上批、零、住、餐四行业增速分别为-5.1%、3.3%、-12%、-8.4%。"
    assert _published(catalog, text, "甲市", "2024-M09") == set()
    # one-character items that are names are read ('牛、羊、家禽出栏')
    rows = _published(catalog, "一季度,牛、羊、家禽出栏分别增长7.5%、2.2%、1.1%。", "甲市", "2024-Q1")
    assert any(y == 1.1 for *_, y in rows)


def test_growth_over_the_same_period_of_another_year_is_no_row_and_no_period(catalog: Catalog) -> None:
    text = (
        "In the first quarter, the output of services grew 18.1 percent year on year, "
        "9.2 percent over the same period in 2019, and 4.5 percent on average in two years."
    )
    rows = _published(catalog, text, "Jia City", "2021-Q1")
    assert ("output of services", "2021-Q1", None, 18.1) in rows
    assert not any(y == 9.2 or p == "2019" for _, p, _, y in rows)
    # the same period of the year before is the year-on-year basis, in the bulletin's period
    rows = _published(
        catalog,
        "In the first quarter, exports grew 7.7 percent over the same period in 2020.",
        "Jia City",
        "2021-Q1",
    )
    assert any(p == "2021-Q1" and y == 7.7 for _, p, _, y in rows)
    assert not any(p == "2020" for _, p, _, _ in rows)


def test_english_names_lose_the_area_they_name_again(catalog: Catalog) -> None:
    text = (
        "The added value from the province's primary industries increased 3.9 percent to 120.5 billion yuan. "
        "The turnover of freight transportation in Guangxi rose 6.2 percent. "
        "Jiangxi's retail sales of catering grew 5.0 percent."
    )
    names = {name for name, *_ in _published(catalog, text, "Guangxi", "2023")}
    assert "added value from primary industries" in names
    assert "turnover of freight transportation" in names
    assert "retail sales of catering" in names
    assert not any("'s" in name or name.endswith("guangxi") for name in names)


def test_a_yield_per_mu_and_the_output_after_it_keep_the_crop_of_the_first_item(catalog: Catalog) -> None:
    text = "秋粮喜获丰收,秋粮播种面积1850.2千公顷,增长0.3%;亩产402.5公斤,增长1.2%;总产量1117.0万吨,增长1.5%。"
    rows = _published(catalog, text, "甲省", "2023")
    assert ("秋粮亩产", "2023", 402.5, None) in rows
    assert ("秋粮亩产", "2023", None, 1.2) in rows
    assert not any(name.startswith("亩产") for name, *_ in rows)


def test_a_clause_run_into_the_name_before_its_period_is_not_part_of_the_name(catalog: Catalog) -> None:
    text = "全市工业生产稳步回升一季度规模以上工业增加值同比增长6.3%,高技术制造业增势较好。"
    rows = _published(catalog, text, "甲市", "2024-Q1")
    assert ("规模以上工业增加值", "2024-Q1", None, 6.3) in rows
    assert not any("回升" in name for name, *_ in rows)


def test_an_english_name_split_by_its_period_and_a_nominal_increase(catalog: Catalog) -> None:
    text = (
        "The total investment in urban infrastructure in the first three quarters of 2024 was 512.4 billion "
        "yuan, a nominal increase of 4.1 percent year-on-year."
    )
    rows = _published(catalog, text, "China", "2024-Q1-Q3")
    assert ("total investment in urban infrastructure", "2024-Q1-Q3", 512.4, None) in rows
    assert ("total investment in urban infrastructure", "2024-Q1-Q3", None, 4.1) in rows


def test_a_construction_area_is_a_measure_and_who_reported_it_is_not_in_the_name(catalog: Catalog) -> None:
    text = (
        "The floor space of office building construction area was 312.08 million square meters, up by 2.1 "
        "percent. The floor space completed by the real estate development enterprises stood at 98.40 "
        "million square meters, down by 3.3 percent."
    )
    rows = _published(catalog, text, "China", "2024-H1")
    assert ("floor space of office building construction area", "2024-H1", 312.08, None) in rows
    assert ("floor space completed", "2024-H1", None, -3.3) in rows
    # a place is still no series
    assert (
        _published(catalog, "The output in the central area was 146.17 billion yuan.", "China", "2024")
        == set()
    )


def test_an_english_amount_generated_in_a_named_indicator(catalog: Catalog) -> None:
    text = "Jia province generated 2.36 trillion yuan ($330.5 billion) in GDP in 2023, up 5.2 percent."
    rows = _published(catalog, text, "Jia", "2023")
    assert ("地区生产总值", "2023", 2.36, None) in rows
    assert ("地区生产总值", "2023", None, 5.2) in rows
    assert not any(value == 330.5 for _, _, value, _ in rows)


def test_a_count_of_named_projects_is_no_series(catalog: Catalog) -> None:
    text = "1-6月,省重点项目库在库3个(甲新材料、乙物流园和丙二期),已开工2个(甲新材料和丙二期)。"
    assert _published(catalog, text, "甲区", "2024-H1") == set()
    rows = _published(catalog, "1-6月,全区新开工项目18个,总投资42亿元。", "甲区", "2024-H1")
    assert ("新开工项目", "2024-H1", 18.0, None) in rows


def test_a_multiple_is_a_rate_without_float_noise(catalog: Catalog) -> None:
    rows = _published(catalog, "上半年,新能源汽车产量增长2.2倍,锂电池产量增长1.15倍。", "甲省", "2021-H1")
    assert ("新能源汽车产量", "2021-H1", None, 220.0) in rows
    assert ("锂电池产量", "2021-H1", None, 115.0) in rows


def test_an_english_name_that_is_the_object_of_a_completion_verb(catalog: Catalog) -> None:
    text = "In the first half, the city completed a fixed assets investment of 86.4 billion yuan, up 7.2%."
    rows = _published(catalog, text, "Jia City", "2023-H1")
    assert any(p == "2023-H1" and v == 86.4 for _, p, v, _ in rows)
    assert not any("completed" in name for name, *_ in rows)


def test_the_date_a_stock_is_counted_at_does_not_carry_to_the_next_sentence(catalog: Catalog) -> None:
    text = "1-9月,园区运行平稳。截至9月底,园区工业企业218户。园区规模以上工业增加值同比增长8.6%。"
    rows = _published(catalog, text, "甲开发区", "2024-Q1-Q3")
    assert ("规模以上工业增加值", "2024-Q1-Q3", None, 8.6) in rows
    assert not any(p == "2024-M09" and y == 8.6 for _, p, _, y in rows)


def test_already_before_the_verb_is_not_part_of_the_name(catalog: Catalog) -> None:
    rows = _published(catalog, "全区经认定的各类总部企业已达86家。", "甲区", "2023")
    assert ("经认定的各类总部企业", "2023", 86.0, None) in rows


def test_an_english_catalogue_name_qualified_by_urban_rural_or_size_is_its_own_series(
    catalog: Catalog,
) -> None:
    text = (
        "In June, the total retail sales of consumer goods reached 3,010.5 billion yuan, up by 6.1 percent. "
        "The retail sales of consumer goods of units above designated size were 1,102.3 billion yuan, "
        "increased 4.2 percent. The retail sales of consumer goods in urban areas was 2,601.4 billion yuan, "
        "up by 5.9% year-on-year."
    )
    rows = _published(catalog, text, "China", "2024-M06")
    assert ("社会消费品零售总额", "2024-M06", 3010.5, None) in rows
    assert ("retail sales of consumer goods of units above designated size", "2024-M06", 1102.3, None) in rows
    assert ("retail sales of consumer goods in urban areas", "2024-M06", None, 5.9) in rows
    assert not any(n == "社会消费品零售总额" and v in (1102.3, 2601.4) for n, _, v, _ in rows)


def test_the_parts_of_a_month_on_month_change_are_no_year_on_year_rows(catalog: Catalog) -> None:
    text = (
        "In April, the consumer price decreased by 0.1 percent month-on-month. Among them, the price in "
        "urban areas decreased by 0.1 percent and the price in rural areas decreased by 0.2 percent."
    )
    assert _published(catalog, text, "China", "2024-M04") == set()
    # parts of a year-on-year change that also states the month-on-month one are read
    rows = _published(
        catalog, "全市规模以上工业增加值同比增长5.1%,环比增长0.3%。其中,制造业增长6.2%。", "甲市", "2024-M05"
    )
    assert ("制造业增加值", "2024-M05", None, 6.2) in rows


def _cells(*cells: str) -> str:
    """A table as some pages' text keeps it: one cell a paragraph."""
    return "\n\n".join(cells)


def test_a_table_kept_one_cell_a_paragraph_with_group_units_and_measures(catalog: Catalog) -> None:
    text = _cells(
        "2023年甲省主要指标", "指   标", "总量指标", "人口(万人)", "总人口", "2104.5", "城镇人口", "1388.2",
        "主要农产品产量(万吨)", "粮食", "1350.4", "油料", "22.6",
        "货运量(万吨)", "41210", "铁 路", "9120", "公 路", "30150",
        "价格指数(上年=100)", "居民消费价格总指数", "101.6",
    )  # fmt: skip
    rows = _published(catalog, text, "甲省", "2023")
    assert ("总人口", "2023", 2104.5, None) in rows
    assert ("油料产量", "2023", 22.6, None) in rows  # the group's measure and unit
    assert ("铁路货运量", "2023", 9120.0, None) in rows  # a part of the total row above it
    assert any(name.startswith("居民消费价格") and y == 1.6 and v is None for name, _, v, y in rows)
    assert not any(name in ("人口", "货运量(万吨)") for name, *_ in rows)


def test_a_one_cell_a_paragraph_table_of_rates_and_one_with_two_columns(catalog: Catalog) -> None:
    rates = _cells("表1 居民消费价格涨跌幅度", "指 标", "比上年上涨(%)", "居民消费价格", "1.4",
                   "食品烟酒", "-0.6", "衣着", "1.1", "居住", "0.8")  # fmt: skip
    rows = _published(catalog, rates, "甲市", "2023")
    assert ("居民消费价格指数", "2023", None, 1.4) in rows
    assert any(name.startswith("衣着") and y == 1.1 for name, _, _, y in rows)
    two = _cells("指  标", "绝对额(亿元)", "比上年增长(%)", "地区生产总值", "3120.55", "5.1",
                 "第一产业", "280.12", "3.2", "第二产业", "1210.40", "6.0",
                 "第三产业", "1630.03", "4.8")  # fmt: skip
    rows = _published(catalog, two, "甲市", "2023")
    assert ("地区生产总值", "2023", 3120.55, 5.1) in rows
    assert ("第二产业增加值", "2023", 1210.4, 6.0) in rows


def test_a_one_cell_a_paragraph_table_with_a_unit_column_is_not_misread(catalog: Catalog) -> None:
    text = _cells("指标", "单位", "1-2月", "增长%", "全社会用电量", "亿千瓦时", "17.11", "16.58",
                  "#工业用电量", "亿千瓦时", "7.69", "8.29", "规模以上工业增加值", "亿元", "120.5",
                  "6.1", "固定资产投资", "亿元", "88.2", "4.4")  # fmt: skip
    found = extract_mentions(render_markdown(text), parse_period("2024-M01-M02"), catalog, "甲市")
    assert not any(m.name in ("亿千瓦时", "亿元") for m in found)  # read, not only held back


def test_one_cell_a_paragraph_headers_with_their_units_on_lines_of_their_own(catalog: Catalog) -> None:
    text = _cells("甲市生产总值", "2024年一季度", "指标名称", "总量", "(亿元)", "比上年", "同期增长", "(%)",
                  "地区生产总值", "2310.45", "5.2", "第一产业", "41.20", "-1.5", "第二产业", "801.33", "4.1",
                  "第三产业", "1467.92", "6.0")  # fmt: skip
    rows = _published(catalog, text, "甲市", "2024-Q1")
    assert ("地区生产总值", "2024-Q1", 2310.45, 5.2) in rows
    assert ("第一产业增加值", "2024-Q1", 41.2, -1.5) in rows
    assert not any(v is not None and abs(v) < 10 for _, _, v, _ in rows)  # no rate read as a value


def test_a_measure_without_what_it_measures_is_held_back(catalog: Catalog) -> None:
    text = "工业八大主导产业支撑有力,增加值同比增长4.7%。1-4月,在库企业45家,完成产值8.5亿元。"
    rows = _published(catalog, text, "甲区", "2024-M01-M04")
    assert not any(name in ("增加值", "产值") for name, *_ in rows)


def test_an_english_name_before_its_month_and_verb(catalog: Catalog) -> None:
    text = "The retail sales of goods in May gained 2,932.4 billion yuan (US$426.34 bn), up by 8.5 percent."
    rows = _published(catalog, text, "China", "2019-M05")
    assert ("商品零售", "2019-M05", 2932.4, None) in rows
    assert ("商品零售", "2019-M05", None, 8.5) in rows


def test_this_district_in_its_own_release_is_the_area_and_elsewhere_a_single_entity(catalog: Catalog) -> None:
    text = "2023年,该区实现工业总产值182.4亿元,同比增长12%。"
    assert ("规模以上工业总产值", "2023", 182.4, None) in _published(catalog, text, "甲高新区", "2023")
    # in a city's release 该区 is a zone it has just named: no value of the city's
    rows = _published(catalog, "甲高新区是全市增长极,该区实现工业总产值182.4亿元。", "甲市", "2023")
    assert not any(v == 182.4 for _, _, v, _ in rows)


def test_a_quarter_on_quarter_rate_is_no_year_on_year_row(catalog: Catalog) -> None:
    text = (
        "On a quarter-on-quarter basis, the GDP expanded by 0.4 percent in the July-September period. "
        "The GDP grew 5.1 percent quarter-on-quarter in the third quarter."
    )
    assert _published(catalog, text, "China", "2024-Q1-Q3") == set()


def test_rates_shared_out_after_multiples(catalog: Catalog) -> None:
    text = "从产品产量看,工业机器人、集成电路、光伏电池产量同比分别增长2.5倍、1.2倍、18.6%。"
    rows = _published(catalog, text, "甲市", "2024-Q1")
    assert ("工业机器人产量", "2024-Q1", None, 250.0) in rows
    assert ("集成电路产量", "2024-Q1", None, 120.0) in rows
    assert ("光伏电池产量", "2024-Q1", None, 18.6) in rows


def test_growth_over_the_year_before_keeps_its_period_and_a_chain_rate_is_no_row(catalog: Catalog) -> None:
    text = (
        "In June 2024, the output of services grew 5.2% over actual 2023 year. "
        "From the chain perspective, in June than in May to grow 0.6%."
    )
    rows = _published(catalog, text, "China", "2024-M06")
    assert ("output of services", "2024-M06", None, 5.2) in rows
    assert not any(p == "2023" or y == 0.6 for _, p, _, y in rows)


def test_new_jobs_created_in_urban_regions_name_where(catalog: Catalog) -> None:
    text = "The country created 11.8 million new jobs in urban regions throughout the year."
    assert ("new jobs in urban regions", "2023", 11.8, None) in _published(catalog, text, "China", "2023")


def test_first_among_a_counted_field_of_zones(catalog: Catalog) -> None:
    text = "前三季度,实现地区生产总值412.5亿元,同比增长7.6%,增速与上半年持平,位于全省九大新区首位。"
    rows = {(m.name, m.rank, m.rank_of) for m in _mentions(catalog, text, "甲新区", "2024-Q1-Q3")}
    assert ("地区生产总值", 1, 9) in rows
