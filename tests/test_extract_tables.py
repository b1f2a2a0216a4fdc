"""Tables as statistics offices publish them (issue 9, class 4 and tables pasted as text), each
pinned by a table of our own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.periods import parse_period
from bulletin.extract.prose import extract_mentions

Read = tuple[str, str, float | None, str | None, float | None]


def read(catalog: Catalog, text: str, region: str = "某县", period: str = "2023") -> set[Read]:
    found = extract_mentions(render_markdown(text), parse_period(period), catalog, region)
    return {
        (
            m.name,
            m.period.code,
            m.quantity.value if m.quantity else None,
            m.quantity.unit if m.quantity else None,
            m.yoy_pct,
        )
        for m in found
    }


def test_indices_under_a_change_header_are_growth_minus_100(catalog: Catalog) -> None:
    text = "| 类别 | 比上年涨跌(%) |\n|---|---|\n| 食品烟酒 | 103.1 |\n| 衣着 | 98.7 |\n| 居住 | 100.4 |\n"
    assert read(catalog, text) == {
        ("食品烟酒", "2023", None, None, 3.1),
        ("衣着", "2023", None, None, -1.3),
        ("居住", "2023", None, None, 0.4),
    }


def test_a_row_or_a_caption_that_states_the_base_makes_indices(catalog: Catalog) -> None:
    text = (
        "| 指标 | 单位 | 数值 |\n|---|---|---|\n"
        "| 居民消费价格指数 | 上年=100 | 101.6 |\n| 粮食产量 | 万吨 | 45.2 |\n"
    )
    assert read(catalog, text) == {
        ("居民消费价格指数", "2023", None, None, 1.6),
        ("粮食产量", "2023", 45.2, "万吨", None),
    }
    captioned = "主要价格指数(上年=100)\n\n| 指标 | 2023年 |\n|---|---|\n| 商品零售价格指数 | 99.2 |\n"
    assert read(catalog, captioned) == {("商品零售价格指数", "2023", None, None, -0.8)}


def test_a_unit_stated_above_the_table_is_its_unit(catalog: Catalog) -> None:
    text = "单位:亿元\n\n| 指标 | 绝对数 | 比上年增长(%) |\n|---|---|---|\n| 地区生产总值 | 312.5 | 5.9 |\n"
    assert read(catalog, text) == {("地区生产总值", "2023", 312.5, "亿元", 5.9)}


def test_a_number_with_no_unit_anywhere_is_not_a_value(catalog: Catalog) -> None:
    text = "| 指标 | 绝对数 | 比上年增长(%) |\n|---|---|---|\n| 地区生产总值 | 312.5 | 5.9 |\n"
    assert read(catalog, text) == {("地区生产总值", "2023", None, None, 5.9)}


def test_columns_that_are_no_figure_of_the_period(catalog: Catalog) -> None:
    text = (
        "| 指标 | 单位 | 本年 | 上年同期 | 环比增长(%) | 比上年增减(亿元) | 比重(%) |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 社会消费品零售总额 | 亿元 | 88.4 | 80.1 | 1.2 | 8.3 | 40.2 |\n"
    )
    assert read(catalog, text) == {("社会消费品零售总额", "2023", 88.4, "亿元", None)}


def test_an_earlier_years_column_is_a_base(catalog: Catalog) -> None:
    text = "| 指标(亿元) | 2023年 | 2022年 |\n|---|---|---|\n| 一般公共预算收入 | 21.3 | 19.9 |\n"
    assert read(catalog, text) == {("一般公共预算收入", "2023", 21.3, "亿元", None)}


def test_a_second_header_row_carries_on_the_first(catalog: Catalog) -> None:
    text = "| 指标 | 1-9月 | |\n|---|---|---|\n| | 绝对值(亿元) | 增长(%) |\n| 固定资产投资 | 66.2 | -3.4 |\n"
    assert read(catalog, text, period="2023-Q1-Q3") == {("固定资产投资", "2023-Q1-Q3", 66.2, "亿元", -3.4)}


def test_places_and_enclosing_areas_in_a_table_are_not_the_areas_indicators(catalog: Catalog) -> None:
    text = (
        "| 指标 | 增长(%) |\n|---|---|\n| 全县地区生产总值 | 6.1 |\n| 全省地区生产总值 | 5.4 |\n"
        "| 东城镇 | 7.7 |\n"
    )
    assert read(catalog, text) == {("地区生产总值", "2023", None, None, 6.1)}


def test_a_table_pasted_as_plain_text(catalog: Catalog) -> None:
    text = (
        "前三季度主要指标如下。\n指标\t单位\t1-9月\t同比增长(%)\n"
        "规模以上工业增加值\t%\t—\t8.2\n社会消费品零售总额\t亿元\t57.3\t6.6\n"
    )
    assert read(catalog, text, period="2023-Q1-Q3") == {
        ("规模以上工业增加值", "2023-Q1-Q3", None, None, 8.2),
        ("社会消费品零售总额", "2023-Q1-Q3", 57.3, "亿元", 6.6),
    }
    # lines of numbers under no header: nothing says what their columns hold
    assert read(catalog, "社会消费品零售总额  57.3  6.6\n规模以上工业增加值  8.2  1.1\n") == set()


def test_headers_with_spaced_characters_and_numbered_labels(catalog: Catalog) -> None:
    text = (
        "| 指　标 | 单　位 | 绝 对 数 | 比上年增长(%) |\n|---|---|---|---|\n"
        "| 一、地区生产总值 | 亿元 | 210.4 | 6.0 |\n| (二)社会消费品零售总额 | 亿元 | 88.1 | 4.4 |\n"
    )
    assert read(catalog, text) == {
        ("地区生产总值", "2023", 210.4, "亿元", 6.0),
        ("社会消费品零售总额", "2023", 88.1, "亿元", 4.4),
    }


def test_an_index_column_or_a_price_index_row_with_no_unit(catalog: Catalog) -> None:
    by_header = "| 类别 | 价格指数 |\n|---|---|\n| 食品 | 104.2 |\n| 交通 | 97.5 |\n"
    assert read(catalog, by_header) == {("食品", "2023", None, None, 4.2), ("交通", "2023", None, None, -2.5)}
    # a price index row with no unit states an index; its growth column stays a growth rate
    by_row = (
        "| 指标 | 数值 | 增长(%) |\n|---|---|---|\n"
        "| 商品零售价格指数 | 100.9 | |\n| 居民消费价格指数 | | 2.1 |\n"
    )
    assert read(catalog, by_row) == {
        ("商品零售价格指数", "2023", None, None, 0.9),
        ("居民消费价格指数", "2023", None, None, 2.1),
    }


def test_english_tables_of_indices_and_increases(catalog: Catalog) -> None:
    indices = "| Item | Index (preceding year=100) |\n|---|---|\n| Consumer prices | 101.4 |\n"
    assert read(catalog, indices, region="China") == {("居民消费价格指数", "2023", None, None, 1.4)}
    levels = (
        "| Indicator | Unit | Absolute value | Increase over 2022 (%) |\n|---|---|---|---|\n"
        "| Grain output | 10,000 tons | 69541 | 1.3 |\n"
    )
    assert read(catalog, levels, region="China") == {("粮食产量", "2023", 69541.0, "10,000 tons", 1.3)}


# --- tables copied from web pages as text -----------------------------------------------------------


def test_pipe_rows_without_a_delimiter_row_and_a_header_split_over_two_lines(catalog: Catalog) -> None:
    text = (
        "1、地区生产总值 | |||\n"
        "6月 | 1-6月累计 | 累计 | |\n"
        "增长% | |||\n"
        "地区生产总值(亿元) | —— | 812.30 | 6.2 |\n"
        "第一产业 | —— | 40.10 | 3.5 |\n"
        "规模以上工业增加值 | 51.20 | 301.70 | 7.4 |\n"
    )
    got = read(catalog, text, period="2024-H1")
    assert ("地区生产总值", "2024-H1", 812.3, "亿元", 6.2) in got
    # a part of the total above, which alone states its unit, shares it
    assert ("第一产业增加值", "2024-H1", 40.1, "亿元", 3.5) in got
    # the single month's column holds the month's value, with no growth of its own
    assert ("规模以上工业增加值", "2024-M06", 51.2, "亿元", None) in got


def test_a_table_with_units_in_several_labels_gives_no_unit_to_a_row_without_one(catalog: Catalog) -> None:
    text = (
        "指标 | 1-8月 | 增长% |\n企业个数(个) | 812 | 1.2 |\n"
        "利润总额(亿元) | 92.5 | 7.0 |\n营业收入 | 2161.1 | 6.0 |\n"
    )
    got = read(catalog, text, period="2024-M01-M08")
    assert ("营业收入", "2024-M01-M08", None, None, 6.0) in got


def test_a_communique_table_set_with_single_spaces_under_an_indented_header(catalog: Catalog) -> None:
    text = (
        "全年主要农产品产量如下:\n\n"
        "     2023年 比上年增长%\n"
        "粮食 52.3 万吨 1.8\n"
        "其中:稻谷 30.1 万吨 -0.6\n"
        "茶叶 0.8 万吨 12.5\n"
    )
    got = read(catalog, text, region="某市")
    # the caption frames what the bare labels measure; the unit word goes with the number
    assert ("粮食产量", "2023", 52.3, "万吨", 1.8) in got
    assert ("稻谷产量", "2023", 30.1, "万吨", -0.6) in got
    assert ("茶叶产量", "2023", 0.8, "万吨", 12.5) in got


def test_a_negative_growth_is_a_fall(catalog: Catalog) -> None:
    got = read(catalog, "今年6月全县规上工业产值20.67亿元,同比负增长3.4%。", period="2023-H1")
    assert ("规上工业产值", "2023-M06", None, None, -3.4) in got
    assert not any(r[4] == 3.4 for r in got)


def test_a_table_set_one_cell_a_line_with_an_index_base_in_words(catalog: Catalog) -> None:
    # A web page's table copied as text, each cell on a line of its own closed by a pipe, a merged
    # header cell over 本月 and 至本月平均, and the base said in words (以上年同期价格为100).
    text = (
        "类 别 |\n以上月价格为100 |\n以上年同期价格为100 |\n|\n本月 |\n至本月平均 |\n||\n"
        "居民消费价格总指数 |\n100.3 |\n102.0 |\n100.7 |\n"
        "一、食品类 |\n101.2 |\n105.4 |\n103.2 |\n"
        "二、衣着 |\n98.9 |\n99.1 |\n99.0 |\n"
    )
    got = read(catalog, text, region="某区", period="2010-M04")
    # 总指数 is the catalogue's index; the month's index and the average to date are two rows;
    # the index on last month is month-on-month and gives none; a category is a price index too
    assert got == {
        ("居民消费价格指数", "2010-M04", None, None, 2.0),
        ("居民消费价格指数", "2010-M01-M04", None, None, 0.7),
        ("食品类价格指数", "2010-M04", None, None, 5.4),
        ("食品类价格指数", "2010-M01-M04", None, None, 3.2),
        ("衣着价格指数", "2010-M04", None, None, -0.9),
        ("衣着价格指数", "2010-M01-M04", None, None, -1.0),
    }


def test_stacked_cells_without_a_header_or_with_ragged_rows_are_not_a_table(catalog: Catalog) -> None:
    no_header = "地区生产总值 |\n812.3 |\n6.2 |\n第一产业 |\n40.1 |\n3.5 |\n"
    assert read(catalog, no_header, period="2024-H1") == set()
    ragged = "指标 |\n1-6月 |\n增长% |\n||\n地区生产总值(亿元) |\n812.3 |\n6.2 |\n第一产业 |\n3.5 |\n"
    assert read(catalog, ragged, period="2024-H1") == set()


def test_a_cumulative_or_single_month_column_takes_its_own_period(catalog: Catalog) -> None:
    text = (
        "| 指标 | 本月 | 累计 | 累计增长% |\n|---|---|---|---|\n"
        "| 规模以上工业增加值(亿元) | 51.2 | 203.7 | 7.4 |\n"
    )
    got = read(catalog, text, period="2024-M04")
    assert ("规模以上工业增加值", "2024-M04", 51.2, "亿元", None) in got
    assert ("规模以上工业增加值", "2024-M01-M04", 203.7, "亿元", 7.4) in got
    quarterly = "| 指标 | 当季 | 累计 |\n|---|---|---|\n| 地区生产总值(亿元) | 301.2 | 812.3 |\n"
    got = read(catalog, quarterly, period="2024-Q1-Q3")
    assert ("地区生产总值", "2024-Q3", 301.2, "亿元", None) in got
    assert ("地区生产总值", "2024-Q1-Q3", 812.3, "亿元", None) in got


def test_a_header_over_several_pipe_lines_and_section_lines_between_rows(catalog: Catalog) -> None:
    text = (
        "项 目 名 称 | 计算 单位 |\n4月 | 1-4月 累计 |\n累计比上年同期 增长(%) |\n结构(%) |\n"
        "商业 | |||||\n"
        "一、社会消费品零售总额 | 万元 | 297859 | 1278093 | 16.5 | 100 |\n"
        "旅游业 | |||||\n"
        "一、旅游业总收入 | 亿元 | 4.51 | 16.74 | 15.3 | 100 |\n"
    )
    got = read(catalog, text, region="某区", period="2011-M04")
    assert got == {
        ("社会消费品零售总额", "2011-M04", 297859.0, "万元", None),
        ("社会消费品零售总额", "2011-M01-M04", 1278093.0, "万元", 16.5),
        ("旅游业总收入", "2011-M04", 4.51, "亿元", None),
        ("旅游业总收入", "2011-M01-M04", 16.74, "亿元", 15.3),
    }  # the share column (结构) gives nothing


def test_a_stacked_price_table_under_its_caption(catalog: Catalog) -> None:
    # the top cells spread over the groups under them (a name seen again starts the next group);
    # the total row is the caption's index, and the other rows are parts of that index
    text = (
        "全市工业生产者出厂价格指数\n指标 |\n以上年同期为100 |\n以上月为100 |\n|\n4月 |\n1-4月 |\n4月 |\n|\n"
        "总指数 |\n98.1 |\n98.0 |\n99.4 |\n按轻重工业分 |\n|\n|\n|\n轻工业 |\n99.1 |\n99.2 |\n99.6 |\n"
    )
    got = read(catalog, text, region="某市", period="2024-M04")
    assert got == {
        ("工业生产者出厂价格指数", "2024-M04", None, None, -1.9),
        ("工业生产者出厂价格指数", "2024-M01-M04", None, None, -2.0),
        ("轻工业出厂价格指数", "2024-M04", None, None, -0.9),
        ("轻工业出厂价格指数", "2024-M01-M04", None, None, -0.8),
    }


def test_a_caption_with_its_unit_frames_the_rows_and_names_the_total(catalog: Catalog) -> None:
    text = (
        "2017年1-3月工业增加值\n计量单位:亿元\n指标名称 | 本月 | 本月止累计 | 累计比上年同期增长(%) |\n"
        "全省总计 | 2846.99 | 7220.42 | 7.1 |\n轻工业 | 1036.55 | 2585.89 | 5.1 |\n"
    )
    got = read(catalog, text, region="某省", period="2017-M03")
    total = catalog.lookup("工业增加值")
    assert total is not None
    assert (total.name, "2017-Q1", 7220.42, "亿元", 7.1) in got
    assert ("轻工业增加值", "2017-Q1", 2585.89, "亿元", 5.1) in got
    assert ("轻工业增加值", "2017-M03", 1036.55, "亿元", None) in got


def test_sections_of_the_areas_parts_padded_names_and_ratios_give_no_row(catalog: Catalog) -> None:
    text = (
        "指 标 | 单位 | 1-3月同比±% | |||\n"
        "地区生产总值 | % | 10.3 | |||\n"
        "分县(区)生产总值 | |||||\n"
        "定 海 | % | -21.5 | |||\n"
        "岱山县 | % | -19.1 | |||\n"
        "规模以上工业: | |||||\n"
        "工业产销率 | % | 74.1 | |||\n"
        "亏损面 | % | 24.6 | |||\n"
    )
    got = read(catalog, text, region="某市", period="2020-M03")
    # the one growth column names its period (1-3月), which the month's bulletin is not
    assert ("地区生产总值", "2020-Q1", None, None, 10.3) in got
    names = {r[0] for r in got}
    assert not names & {"定 海", "定海", "岱山县", "工业产销率", "产销率", "亏损面"}


def test_a_stacked_table_under_title_lines_with_rows_closed_by_empty_cells(catalog: Catalog) -> None:
    # the title lines above the header are not its cells; an index column (累计指数 1-4月平均) is its
    # own growth, and the growth column beside it (同比指数, the month's) gives rows of its own
    text = (
        "2018年4月工业生产者价格指数\n工业生产者购进价格指数 |\n||||\n2018年4月 |\n单位:% |\n|||\n"
        "类别及名称 |\n同比指数 |\n环比指数 |\n累计指数 |\n|\n"
        "(以上年同月价格为100) |\n(以上月价格为100) |\n1-4月平均 |\n||\n"
        "原材料、燃料、动力购进价格指数 |\n102.2 |\n99.0 |\n103.6 |\n|\n"
        "燃料、动力类 |\n102.3 |\n96.4 |\n104.7 |\n|\n"
    )
    got = read(catalog, text, region="某市", period="2018-M04")
    assert got == {
        ("原材料、燃料、动力购进价格指数", "2018-M04", None, None, 2.2),
        ("原材料、燃料、动力购进价格指数", "2018-M01-M04", None, None, 3.6),
        ("燃料、动力类购进价格指数", "2018-M04", None, None, 2.3),
        ("燃料、动力类购进价格指数", "2018-M01-M04", None, None, 4.7),
    }


def test_a_bilingual_yearbook_label_is_read_by_its_chinese_name(catalog: Catalog) -> None:
    text = (
        "居民消费价格分类指数(上年=100)\n\n| 项目 Item | 2023 |\n|---|---|\n"
        "| 居民消费价格总指数 Consumer Price Index | 101.1 |\n| 食品烟酒 I. Food and Liquor | 99.9 |\n"
    )
    got = read(catalog, text, region="某市", period="2023")
    assert ("居民消费价格指数", "2023", None, None, 1.1) in got
    assert ("食品烟酒价格指数", "2023", None, None, -0.1) in got and len(got) == 2


def test_the_parts_of_a_total_take_its_measure(catalog: Catalog) -> None:
    numbered = (
        "| 项目名称 | 单位 | 1-4月累计 | 增长% |\n|---|---|---|---|\n"
        "| 一、社会消费品零售总额 | 万元 | 1278093 | 16.5 |\n| 1、餐饮业 | 万元 | 130954 | 21.1 |\n"
        "| 二、接待旅游者 | 万人次 | 303.4 | 13.3 |\n| 1、国内游客 | 万人次 | 280.69 | 13.2 |\n"
    )
    got = read(catalog, numbered, region="某区", period="2011-M04")
    assert ("餐饮业零售额", "2011-M01-M04", 130954.0, "万元", 21.1) in got
    # no measure to take, but the total's activity verb (tests/test_extract_review_rows.py)
    assert ("接待国内游客", "2011-M01-M04", 280.69, "万人次", 13.2) in got
    unnumbered = (
        "| 指标 | 1-9月累计 | 增长% |\n|---|---|---|\n| 本地生产总值(亿元) | 2527.54 | 11.5 |\n"
        "| 金融业 | 211.71 | 4.3 |\n"
    )
    got = read(catalog, unnumbered, region="某市", period="2021-Q1-Q3")
    assert ("金融业增加值", "2021-Q1-Q3", 211.71, "亿元", 4.3) in got
