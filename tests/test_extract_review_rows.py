"""Table rows and prose clauses that are not the area's own statistic, or that name it only in part:
each class pinned by a table or a sentence of our own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.periods import parse_period
from bulletin.extract.prose import extract_mentions
from bulletin.extract.review import review

Read = tuple[str, str, float | None, float | None]


def _read(catalog: Catalog, text: str, region: str, period: str) -> tuple[set[Read], set[Read]]:
    """(published, held) readings as (name, period, value, yoy)."""
    found = extract_mentions(render_markdown(text), parse_period(period), catalog, region)
    published, held = review(found, catalog)

    def row(m) -> Read:
        return (m.name, m.period.code, m.quantity.value if m.quantity else None, m.yoy_pct)

    return {row(m) for m in published}, {row(h.mention) for h in held}


def test_a_row_of_money_that_names_a_kind_without_a_measure_is_held(catalog: Catalog) -> None:
    text = (
        "| 指标 | 单位 | 1-6月 | 增长% |\n|---|---|---|---|\n"
        "| 限额以上单位商品销售额 | 万元 | 52000 | 6.1 |\n| 其中:粮油类 | 万元 | 8100 | 3.2 |\n"
        "| 汽车类 | 万元 | 12500 | -4.0 |\n| 货运量 | 万吨 | 310 | 2.5 |\n"
    )
    published, held = _read(catalog, text, "某县", "2022-H1")
    assert ("限额以上单位商品销售额", "2022-H1", 52000.0, 6.1) in published
    assert ("货运量", "2022-H1", 310.0, 2.5) in published  # a count in its own unit says what it is
    assert {r[0] for r in held} == {"粮油类", "汽车类"}


def test_a_row_that_names_a_landform_is_a_place_within_the_area(catalog: Catalog) -> None:
    text = (
        "| 指标 | 单位 | 1-3月 | ±% |\n|---|---|---|---|\n"
        "| 游客接待人次 | 万人次 | 210.4 | 8.8 |\n| 其中:青峰山 | 万人次 | 40.2 | 5.1 |\n"
        "| 月亮湖 | 万人次 | 12.7 | -3.0 |\n"
    )
    published, held = _read(catalog, text, "某市", "2021-Q1")
    assert published == {("游客接待人次", "2021-Q1", 210.4, 8.8)}
    assert {r[0] for r in held} == {"青峰山", "月亮湖"}


def test_a_part_of_a_total_takes_the_totals_activity_verb(catalog: Catalog) -> None:
    text = (
        "| 项目 | 单位 | 1-5月累计 | 增长% |\n|---|---|---|---|\n"
        "| 一、接待游客 | 万人次 | 520.0 | 9.5 |\n| 1、入境游客 | 万人次 | 18.3 | 22.0 |\n"
    )
    published, _ = _read(catalog, text, "某区", "2019-M05")
    assert ("接待入境游客", "2019-M01-M05", 18.3, 22.0) in published


def test_a_label_said_twice_in_a_table_belongs_to_the_row_above_its_run(catalog: Catalog) -> None:
    text = (
        "工业生产者购进价格指数(上年同期=100)\n\n"
        "| 类别 | 6月 |\n|---|---|\n| 总指数 | 97.0 |\n| 燃料动力类 | 95.0 |\n"
        "| 初级品 | 93.0 |\n| 加工品 | 96.0 |\n| 有色金属材料类 | 101.0 |\n"
        "| 初级品 | 104.0 |\n| 加工品 | 99.0 |\n"
    )
    published, _ = _read(catalog, text, "某市", "2023-M06")
    names = {r[0] for r in published}
    assert {"燃料动力类初级品购进价格指数", "有色金属材料类加工品购进价格指数"} <= names
    assert not {"初级品购进价格指数", "加工品购进价格指数"} & names


def test_a_caption_names_whose_accounts_the_rows_are(catalog: Catalog) -> None:
    text = (
        "3、规模以上工业企业经济效益\n\n"
        "| 指标 | 1-7月累计 | 增长% |\n|---|---|---|\n| 企业个数(个) | 812 | 3.0 |\n"
        "| 亏损企业(个) | 120 | -8.0 |\n| 利润总额(亿元) | 45.6 | 12.4 |\n"
    )
    published, _ = _read(catalog, text, "某市", "2020-M08")
    names = {r[0] for r in published}
    assert {"规模以上工业企业个数", "规模以上工业亏损企业"} <= names
    assert not {"企业个数", "亏损企业", "利润总额"} & names
    # without such a caption the accounts keep their names
    bare = text.split("\n\n", 1)[1]
    assert "企业个数" in {r[0] for r in _read(catalog, bare, "某市", "2020-M08")[0]}


def test_a_row_whose_amount_has_no_unit_anywhere_is_held(catalog: Catalog) -> None:
    text = (
        "| 指标 | 1-5月 | 增长% |\n|---|---|---|\n"
        "| 营业成本 | 988.2 | 7.5 |\n| 利润总额(亿元) | 61.0 | 4.0 |\n"
    )
    published, held = _read(catalog, text, "某市", "2024-M05")
    assert ("营业成本", "2024-M01-M05", None, 7.5) in held
    assert ("利润总额", "2024-M01-M05", 61.0, 4.0) in published


def test_a_clause_about_another_named_area_is_not_the_areas(catalog: Catalog) -> None:
    text = (
        "1-8月,某某市实现社会消费品零售总额812.5亿元,同比增长4.4%,"
        "河东区实现社会消费品零售总额96.3亿元,同比增长5.2%。"
    )
    published, _ = _read(catalog, text, "河东区", "2024-M01-M08")
    assert published == {
        ("社会消费品零售总额", "2024-M01-M08", 96.3, None),
        ("社会消费品零售总额", "2024-M01-M08", None, 5.2),
    }
    # the area itself, named in full or short, and scope words stay its own
    own = "上半年,河东区实现地区生产总值120.5亿元,同比增长6.0%。"
    assert ("地区生产总值", "2024-H1", 120.5, None) in _read(catalog, own, "河东区", "2024-H1")[0]
    scoped = "上半年全区实现地区生产总值120.5亿元,同比增长6.0%。"
    assert ("地区生产总值", "2024-H1", None, 6.0) in _read(catalog, scoped, "河东区", "2024-H1")[0]


def test_a_bare_part_takes_the_totals_coverage_and_a_named_part_does_not(catalog: Catalog) -> None:
    text = (
        "| 项目 | 单位 | 1-9月累计 | 增长% |\n|---|---|---|---|\n"
        "| 一、规模以上工业企业销售总额 | 亿元 | 800.0 | 5.0 |\n| 1、内销 | 亿元 | 600.0 | 4.0 |\n"
        "| 二、限额以上单位商品销售总额 | 亿元 | 300.0 | 8.0 |\n| 1、批发 | 亿元 | 180.0 | 9.0 |\n"
        "| (1)出口商品销售额 | 亿元 | 20.0 | 3.0 |\n"
    )
    published, _ = _read(catalog, text, "某市", "2022-Q1-Q3")
    names = {r[0] for r in published}
    assert {"规模以上工业企业内销销售额", "限额以上单位批发销售额", "出口商品销售额"} <= names


def test_a_month_end_stock_in_a_cumulative_column_is_the_last_month(catalog: Catalog) -> None:
    text = (
        "| 项目 | 单位 | 1-6月累计 | 增长% |\n|---|---|---|---|\n"
        "| 商品销售总额 | 万元 | 98000 | 6.6 |\n| 期末商品库存额 | 万元 | 15200 | 2.1 |\n"
    )
    published, _ = _read(catalog, text, "某区", "2016-M06")
    assert ("期末商品库存额", "2016-M06", 15200.0, 2.1) in published
    assert ("商品销售总额", "2016-H1", 98000.0, 6.6) in published


def test_a_ratio_that_rose_to_a_level_is_no_growth(catalog: Catalog) -> None:
    text = "全年新增绿地120公顷,建成区绿化覆盖率提高到42.3%;城镇调查失业率下降到4.9%。"
    published, _ = _read(catalog, text, "某市", "2021")
    assert not [r for r in published if r[3] is not None]
    # a growth rate that rose to a figure is that growth
    growth = "规模以上工业增加值增速回升到6.2%。"
    assert ("规模以上工业增加值", "2021", None, 6.2) in _read(catalog, growth, "某市", "2021")[0]


def test_a_figure_at_a_quarters_end_is_a_level_at_its_last_month(catalog: Catalog) -> None:
    text = "二季度末,全市农村外出务工人员总数86.2万人,同比增长2.4%。"
    published, _ = _read(catalog, text, "某市", "2022-H1")
    assert {r[1] for r in published} == {"2022-M06"}
    year_end = "年末全市户籍人口总数402.5万人。"
    assert {r[1] for r in _read(catalog, year_end, "某市", "2022")[0]} == {"2022"}
    to_date = "截至二季度末,全市累计完成固定资产投资50.2亿元。"
    assert {r[1] for r in _read(catalog, to_date, "某市", "2022-H1")[0]} == {"2022-H1"}


def test_a_ratio_up_to_a_months_end_is_that_months_level(catalog: Catalog) -> None:
    text = "截至8月底,全县城镇登记失业率为2.9%。"
    published, _ = _read(catalog, text, "某县", "2023-M01-M08")
    assert {r[1] for r in published} == {"2023-M08"}
    flow = "截至8月底,全县完成固定资产投资86.1亿元。"
    assert {r[1] for r in _read(catalog, flow, "某县", "2023-M01-M08")[0]} == {"2023-M01-M08"}


def test_the_columns_of_another_area_in_a_pasted_table_are_not_read(catalog: Catalog) -> None:
    text = (
        "指 标 | 单位 | 某 某 市 | 河 东 区 |\n本 期 | ±% | 本 期 | ±% |\n"
        "一、社会消费品零售总额 | 亿元 | 1520.3 | 4.1 | 210.6 | 6.3 |\n"
        "二、建安投资 | % | -- | -2.0 | -- | 3.5 |\n"
    )
    published, _ = _read(catalog, text, "河东区", "2022-M01-M05")
    assert published == {
        ("社会消费品零售总额", "2022-M01-M05", 210.6, 6.3),
        ("建安投资", "2022-M01-M05", None, 3.5),
    }


def test_words_in_parentheses_that_scope_a_series_are_part_of_its_name(catalog: Catalog) -> None:
    text = (
        "| 指标 | 1-6月 | 增长% |\n|---|---|---|\n"
        "| 固定资产投资(不含农户) | -- | 7.7 |\n| 货物周转量(亿吨公里) | 88.0 | 3.0 |\n"
    )
    published, _ = _read(catalog, text, "某市", "2021-H1")
    assert ("固定资产投资(不含农户)", "2021-H1", None, 7.7) in published
    assert ("货物周转量", "2021-H1", 88.0, 3.0) in published


def test_a_table_row_that_repeats_a_known_indicators_figures_is_one_figure(catalog: Catalog) -> None:
    text = (
        "上半年,全区规模以上工业企业完成工业总产值96.4亿元,同比增长5.5%。\n\n"
        "| 指标 | 计量单位 | 1-6月 | 增长% |\n|---|---|---|---|\n"
        "| 现价产值 | 亿元 | 96.4 | 5.5 |\n| 新产品产值 | 亿元 | 12.0 | 5.5 |\n"
    )
    published, _ = _read(catalog, text, "某区", "2022-H1")
    names = {r[0] for r in published}
    assert "现价产值" not in names and "新产品产值" in names


def test_half_year_to_date_is_the_first_half_for_its_own_clause(catalog: Catalog) -> None:
    text = (
        "今年6月全县完成规上工业产值12.5亿元,同比增长2.0%,半年累计完成规上工业产值70.2亿元,"
        "同比增长9.1%;完成规上销售产值12.1亿元,同比增长1.5%。"
    )
    published, _ = _read(catalog, text, "某县", "2019-H1")
    assert ("规上工业产值", "2019-H1", 70.2, None) in published
    assert ("规上工业产值", "2019-M06", 12.5, None) in published
    assert ("规上销售产值", "2019-M06", 12.1, None) in published


def test_a_rank_of_another_named_area_is_not_the_areas(catalog: Catalog) -> None:
    text = "在省级开发区年度考核中,省内仅东湖开发区进入前十,位居第4位。"
    published, _ = _read(catalog, text, "西山经开区", "2019")
    assert not published
    own = "在全省开发区考核中,西山经开区位居第12位。"
    assert [r for r in _read(catalog, own, "西山经开区", "2019")[0]]
    scoped = "获评省级创新型城市,全区地区生产总值增长6.1%,增速居全省第6位。"
    assert ("地区生产总值", "2019", None, None) in _read(catalog, scoped, "西山经开区", "2019")[0]


def test_a_rank_whose_name_lists_several_evaluations_is_held(catalog: Catalog) -> None:
    text = "此次还公布了营商环境、科技创新、绿色发展三项专项评价排名,我区分别位居第8、15、21位。"
    published, _ = _read(catalog, text, "某区", "2020")
    assert not [r for r in published if "、" in r[0]]
    county = "在2020年度全市县(市、区)综合考评中,我区位列第3位。"
    assert _read(catalog, county, "某区", "2020")[0]


def test_a_period_after_compared_with_the_is_a_base_not_the_figures(catalog: Catalog) -> None:
    text = (
        "In the first three quarters, retail sales grew 3.1 percent, up 0.8 percentage points compared "
        "with the first half; while for the tertiary industry, it rose 2.2 percent to 310.5 billion yuan."
    )
    published, _ = _read(catalog, text, "Somecity", "2023-Q1-Q3")
    assert {r[1] for r in published} == {"2023-Q1-Q3"}


def test_items_before_a_shared_total_output_take_the_whole_head(catalog: Catalog) -> None:
    text = "分行业看,纺织业、化学原料加工总产值分别增长12.0%、3.5%。"
    published, _ = _read(catalog, text, "某县", "2024-H1")
    assert {r[0] for r in published} == {"纺织业总产值", "化学原料加工总产值"}


def test_growth_compared_with_last_year_is_year_on_year(catalog: Catalog) -> None:
    text = (
        "The city's foreign trade volume stood at 3.2 billion U.S. dollars, "
        "up 35% compared with that of last year."
    )
    published, _ = _read(catalog, text, "Somecity", "2014-H1")
    assert any(r[3] == 35.0 for r in published)
    other = "Retail sales grew 4.1 percent, compared with the national average of 3.5 percent."
    assert not any(r[3] == 3.5 for r in _read(catalog, other, "Somecity", "2014-H1")[0])


def test_ranking_the_second_is_a_rank(catalog: Catalog) -> None:
    from bulletin.extract.sentence.ranks import find_ranks

    assert [r.rank for r in find_ranks("output rose 9 percent, ranking the third in the province")] == [3]
    assert not find_ranks("the second quarter saw output rise 9 percent")


def test_a_clause_opened_by_its_verb_keeps_the_subjects_coverage(catalog: Catalog) -> None:
    text = "限额以上批发零售业实现销售额52亿元,增长6.0%,实现利润2.1亿元,增长3.0%。"
    published, _ = _read(catalog, text, "某县", "2020")
    assert ("限额以上批发零售业利润", "2020", 2.1, None) in published
    own = "规模以上工业实现利润39亿元,增长4.0%;农业总产值12亿元,增长3.0%。"
    assert ("农业总产值", "2020", 12.0, None) in _read(catalog, own, "某县", "2020")[0]
    next_part = "规模以上工业实现利润39亿元,增长4.0%;完成社会物流总额120亿元。"
    assert ("社会物流总额", "2020", 120.0, None) in _read(catalog, next_part, "某县", "2020")[0]


def test_a_kind_of_zone_in_a_rank_field_is_no_other_area(catalog: Catalog) -> None:
    text = "在全国217家国家级经开区综合发展水平考核评价中居第31位。"
    published, _ = _read(catalog, text, "某某经开区", "2022")
    assert published


def test_a_scope_in_parentheses_after_a_place_stays_with_the_name(catalog: Catalog) -> None:
    text = "1-9月,按建设地口径,河东区固定资产投资(不含农户)同比增长6.6%。"
    found = extract_mentions(render_markdown(text), parse_period("2021-Q1-Q3"), catalog, "河东区")
    assert [(m.name, m.written) for m in found] == [("固定资产投资(不含农户)", "固定资产投资(不含农户)")]


def test_a_pace_above_a_rate_is_no_threshold_of_an_entity(catalog: Catalog) -> None:
    text = "工业投资保持20%以上的快速增长,1-6月,全县工业投资完成45.6亿元,同比增长22.3%。"
    published, _ = _read(catalog, text, "某县", "2016-H1")
    assert ("工业投资", "2016-H1", 45.6, None) in published
    threshold = "主营业务收入2000万元及以上的工业企业实现利润12.3亿元。"
    assert not _read(catalog, threshold, "某县", "2016-H1")[0]


def test_since_the_bulletins_own_year_is_this_year_so_far(catalog: Catalog) -> None:
    text = "16年以来,全县固定资产投资完成88.2亿元,同比增长12.0%。"
    published, _ = _read(catalog, text, "某县", "2016-H1")
    assert ("固定资产投资", "2016-H1", 88.2, None) in published
    years = "2012年以来,全县累计完成固定资产投资880.2亿元。"
    assert not _read(catalog, years, "某县", "2016-H1")[0]
