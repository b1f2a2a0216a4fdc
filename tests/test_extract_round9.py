"""The classes of wrong rows found in the ninth round on the retired held-out part real/holdout7/
(studied once holdout8/ had been collected), each pinned by sentences and tables of our own, never
the files' own sentences."""

from __future__ import annotations

from typing import Any

from bulletin.content.catalog import Catalog
from bulletin.core.periods import parse_period
from conftest import published_mentions as _mentions
from conftest import published_reads as _published


def _stacked(*rows: tuple[str, ...]) -> str:
    """A table as some bureaus' pages store it: one cell a line, each cell closed by ' |'."""
    return "\n".join(f"{cell} |" if cell else "|" for row in rows for cell in row)


_HEAD = ("指标名称", "本月", "本月止累计", "本月比上年同月增长(%)", "累计比上年同期增长(%)")


def test_rows_under_a_section_by_region_are_places_not_indicators(catalog: Catalog) -> None:
    table = _stacked(
        _HEAD,
        ("工业增加值", "120.50", "330.20", "8.1", "7.6"),
        ("轻工业", "40.10", "110.00", "6.2", "5.9"),
        ("重工业", "80.40", "220.20", "9.0", "8.5"),
        ("按经济区域分", "", "", "", ""),
        ("北片", "50.00", "140.00", "7.0", "6.6"),
        ("南片", "70.50", "190.20", "8.8", "8.2"),
    )
    rows = _published(catalog, "工业增加值\n单位:亿元\n" + table, "甲省", "2024-M03")
    assert ("规模以上工业增加值", "2024-M03", 120.5, 8.1) in rows
    assert ("重工业增加值", "2024-Q1", 220.2, 8.5) in rows
    assert not any("北片" in name or "南片" in name for name, *_ in rows)


def test_a_row_of_a_part_named_after_in_the_total_is_a_place(catalog: Catalog) -> None:
    table = _stacked(
        _HEAD,
        ("工业增加值", "120.50", "330.20", "8.1", "7.6"),
        ("轻工业", "40.10", "110.00", "6.2", "5.9"),
        ("重工业", "80.40", "220.20", "9.0", "8.5"),
        ("在总计中:甲市", "30.20", "80.10", "7.0", "6.6"),
        ("乙市", "20.20", "60.10", "5.0", "4.6"),
    )
    rows = _published(catalog, "工业增加值\n单位:亿元\n" + table, "丙省", "2024-M03")
    assert ("轻工业增加值", "2024-M03", 40.1, 6.2) in rows
    assert not any("甲市" in name or "乙市" in name for name, *_ in rows)


def test_a_price_basis_in_a_label_is_not_its_unit(catalog: Catalog) -> None:
    table = _stacked(
        _HEAD,
        ("工业增加值(现价)", "120.50", "330.20", "8.1", "7.6"),
        ("轻工业", "40.10", "110.00", "6.2", "5.9"),
        ("重工业", "80.40", "220.20", "9.0", "8.5"),
    )
    rows = _published(catalog, "单位:亿元\n" + table, "丁省", "2024-M03")
    assert ("规模以上工业增加值", "2024-M03", 120.5, 8.1) in rows
    assert ("规模以上工业增加值", "2024-Q1", 330.2, 7.6) in rows


def test_industries_after_investment_with_its_coverage_in_brackets_break_the_investment_down(
    catalog: Catalog,
) -> None:
    text = (
        "一季度,全省固定资产投资(不含农户)同比增长6.4%;两年平均增长9.1%。"
        "分产业看,第一产业增长12.5%,第二产业增长20.3%,第三产业下降1.7%。"
    )
    rows = _published(catalog, text, "戊省", "2024-Q1")
    assert not any(name.startswith("第") and name.endswith("增加值") for name, *_ in rows)
    assert ("第二产业投资", "2024-Q1", None, 20.3) in rows


def test_a_name_that_states_an_amount_is_held_back(catalog: Catalog) -> None:
    text = "上半年,园区实现税收8200万元,其中,甲光科技税收过千万元、乙丰电子税收过300万元。"
    rows = _published(catalog, text, "己县", "2023-H1")
    assert not any("科技" in name or "电子" in name for name, *_ in rows)


def test_a_verb_heading_a_list_of_areas_names_every_item(catalog: Catalog) -> None:
    text = "上半年,全县种植玉米12万亩、大豆3.5万亩、花生0.8万亩;落实烤烟种植面积1.1万亩。"
    rows = _published(catalog, text, "庚县", "2023-H1")
    assert {("种植玉米", 12.0), ("种植大豆", 3.5), ("种植花生", 0.8), ("烤烟种植面积", 1.1)} <= {
        (name, value) for name, _, value, _ in rows
    }


def test_the_area_s_short_name_after_its_province_s_is_the_area_itself(catalog: Catalog) -> None:
    text = "广西柳州一季度GDP同比增长2.1%,全区为1.6%。"
    rows = _published(catalog, text, "柳州市", "2021-Q1")
    assert rows == {("地区生产总值", "2021-Q1", None, 2.1)}


def test_a_zone_within_the_area_as_the_subject_gives_no_rows_of_the_area(catalog: Catalog) -> None:
    text = (
        "前三季度,全区规模以上工业增加值增长9.2%。"
        "甲市综合保税区1—8月完成外贸进出口额120.5亿元,同比增长35.1%。"
        "上半年,县工业集中区新增规上企业3家,完成工业增加值8.6亿元,占全县的比重达62%;实现税收3100万元。"
        "中国(甲市)跨境电子商务综合试验区1—9月完成进出口额约9.6亿元。"
    )
    rows = _published(catalog, text, "甲市高新区", "2022-Q1-Q3")
    assert rows == {("规模以上工业增加值", "2022-Q1-Q3", None, 9.2)}


def test_an_abbreviation_in_brackets_inside_an_english_period_keeps_the_value_in_it(catalog: Catalog) -> None:
    text = (
        "The GDP of the province grew by 5.1 percent year on year in the first half (H1) of 2023, "
        "reaching 2,310.4 billion yuan, the provincial statistics bureau said."
    )
    rows = _published(catalog, text, "Some Province", "2023-H1")
    assert ("地区生产总值", "2023-H1", 2310.4, None) in rows
    assert ("地区生产总值", "2023-H1", None, 5.1) in rows


def test_registered_an_increase_of_is_a_growth_cue_not_part_of_the_name(catalog: Catalog) -> None:
    text = (
        "The value added of industries above designated size registered an increase of 6.2 percent, "
        "while the total value of exports recorded a decline of 2.4 percent."
    )
    rows = _published(catalog, text, "Some City", "2023-Q1")
    assert ("value added of industries above designated size", "2023-Q1", None, 6.2) in rows
    assert ("出口总额", "2023-Q1", None, -2.4) in rows
    assert not any("registered" in name or "recorded" in name for name, *_ in rows)


def test_respective_figures_of_listed_industries_are_shared_out_in_order(catalog: Catalog) -> None:
    text = (
        "The respective added values of the city's primary, secondary and tertiary industries were "
        "12.3 billion yuan, 88.1 billion yuan and 101.6 billion yuan, up 3.1 percent, 6.4 percent "
        "and 4.9 percent."
    )
    rows = _published(catalog, text, "Some City", "2023-H1")
    assert rows == {
        ("第一产业增加值", "2023-H1", 12.3, None),
        ("第二产业增加值", "2023-H1", 88.1, None),
        ("第三产业增加值", "2023-H1", 101.6, None),
        ("第一产业增加值", "2023-H1", None, 3.1),
        ("第二产业增加值", "2023-H1", None, 6.4),
        ("第三产业增加值", "2023-H1", None, 4.9),
    }


def test_products_after_by_product_are_their_output(catalog: Catalog) -> None:
    text = "分产品看,其中,原煤产量同比增长5.2%、发电量增长9.0%、多晶硅增长31.4%、光伏电池增长12.6%。"
    rows = _published(catalog, text, "辛省", "2022-M01-M08")
    assert ("多晶硅产量", "2022-M01-M08", None, 31.4) in rows
    assert ("光伏电池产量", "2022-M01-M08", None, 12.6) in rows
    assert ("发电量", "2022-M01-M08", None, 9.0) in rows


def test_bare_items_after_an_industry_s_value_added_are_industries_too(catalog: Catalog) -> None:
    text = "分行业看,其中,钢铁行业增加值同比增长3.3%、纺织增长8.1%、食品增长5.5%。"
    rows = _published(catalog, text, "壬省", "2022-M01-M06")
    assert {("纺织行业增加值", 8.1), ("食品行业增加值", 5.5)} <= {(n, yoy) for n, _, _, yoy in rows}


def test_a_share_names_what_the_rate_after_it_grows(catalog: Catalog) -> None:
    text = (
        "上半年,全市规模以上工业增加值同比增长4.1%。分行业看,采矿业增加值占比达31.2%,同比下降2.3%;"
        "制造业增加值占比为60.5%,同比增长7.7%。"
    )
    rows = _published(catalog, text, "癸市", "2023-H1")
    assert ("规模以上工业增加值", "2023-H1", None, 4.1) in rows
    assert ("采矿业增加值", "2023-H1", None, -2.3) in rows
    assert ("制造业增加值", "2023-H1", None, 7.7) in rows
    assert not any(name == "规模以上工业增加值" and yoy in (-2.3, 7.7) for name, _, _, yoy in rows)


def test_units_named_after_which_share_the_series_before_them(catalog: Catalog) -> None:
    text = "上半年,全县原煤产量820.5万吨,同比下降3.1%;其中,市属企业完成410.2万吨,同比下降6.4%。"
    rows = _published(catalog, text, "子县", "2023-H1")
    assert ("市属企业原煤产量", "2023-H1", 410.2, None) in rows
    assert ("市属企业原煤产量", "2023-H1", None, -6.4) in rows


def test_where_english_jobs_were_created_is_part_of_the_name(catalog: Catalog) -> None:
    text = "About 1.1 million new jobs were created in urban areas."
    rows = _published(catalog, text, "Some Province", "2023")
    assert rows == {("城镇新增就业", "2023", 1.1, None)}
    rows = _published(catalog, "81,300 new jobs were created in cities and towns.", "Some City", "2023-Q1")
    assert rows == {("new jobs created in cities and towns", "2023-Q1", 81300.0, None)}


def test_a_yearbook_series_set_with_single_spaces_gives_a_row_for_every_year(catalog: Catalog) -> None:
    text = (
        "表 5-2  主要年份地方一般公共预算收入\n"
        "单位:万元\n"
        "  2018年 2019年 2020年 2021年\n"
        "地方一般公共预算收入 412500 436120 401880 455300\n"
        "    比上年增长(%) 6.1 5.7 -7.9 13.3\n"
        "一、按来源分:\n"
        "    税收收入 301200 322400 288100 331900\n"
    )
    rows = _published(catalog, text, "丑市", "2021")
    assert ("一般公共预算收入", "2018", 412500.0, 6.1) in rows
    assert ("一般公共预算收入", "2020", 401880.0, -7.9) in rows
    assert ("一般公共预算收入", "2021", 455300.0, 13.3) in rows
    assert ("税收收入", "2019", 322400.0, None) in rows
    assert not any(name.startswith("比上年") for name, *_ in rows)


def test_an_amount_gained_with_its_own_rate_is_the_level_and_a_conversion_is_no_figure(
    catalog: Catalog,
) -> None:
    text = (
        "The retail sales of goods gained 1,204.6 billion yuan (US$175.2 bn), up by 7.7 percent. "
        "Exports reached 88.2 billion yuan (about 12.8 billion U.S. dollars), up 4.1 percent."
    )
    rows = _published(catalog, text, "Some Province", "2023-M06")
    assert ("商品零售", "2023-M06", 1204.6, None) in rows
    assert ("出口总额", "2023-M06", 88.2, None) in rows
    assert not any(value in (175.2, 12.8) for _, _, value, _ in rows)


def test_a_new_subject_after_while_the_keeps_its_own_name(catalog: Catalog) -> None:
    text = (
        "The output of the mining sector increased 3.2 percent, while the production and supply "
        "of electricity, heat, gas and water rose 5.4 percent."
    )
    rows = _published(catalog, text, "Some Province", "2023-Q1")
    assert ("production and supply of electricity, heat, gas and water", "2023-Q1", None, 5.4) in rows


def test_a_real_growth_rate_stated_after_the_nominal_one_is_the_comparable_series_growth(
    catalog: Catalog,
) -> None:
    text = (
        "In June 2023, the total retail sales of consumer goods reached 3,628.4 billion yuan, up by "
        "3.1 percent year-on-year (nominal growth rate. The real growth rate was 2.5 percent)."
    )
    rows = _published(catalog, text, "China", "2023-M06")
    assert ("社会消费品零售总额", "2023-M06", None, 2.5) in rows
    assert not any(yoy == 3.1 for *_, yoy in rows)


def test_a_headline_run_into_its_paragraph_does_not_join_the_name(catalog: Catalog) -> None:
    text = "3. **Consumption Steady, Investment Rises** Fixed asset investment grew by 4.2% year-on-year."
    rows = _published(catalog, text, "Some Province", "2024-M01-M06")
    assert rows == {("固定资产投资", "2024-H1", None, 4.2)}


def test_livestock_sold_or_held_is_a_measure_of_its_own(catalog: Catalog) -> None:
    text = "从主要产品看,生猪出栏210万头,同比增长3.4%;牛存栏45.2万头,同比增长1.2%;禽蛋12.5万吨,同比增长2.1%。"
    rows = _published(catalog, text, "寅省", "2023-Q1")
    assert {"生猪出栏", "牛存栏", "禽蛋产量"} <= {name for name, *_ in rows}


def test_a_field_within_the_province_is_no_other_area(catalog: Catalog) -> None:
    text = "旅客吞吐量18.2万人次,同比增长12.4%;货邮吞吐量85.3吨,增长率均排名省内支线机场第2。"
    reads = {(m.name, m.rank) for m in _mentions(catalog, text, "卯市", "2023-Q1") if m.rank}
    assert reads == {("旅客吞吐量", 2), ("货邮吞吐量", 2)}


def test_a_rank_whose_clause_names_a_count_of_its_own_is_that_count_s(catalog: Catalog) -> None:
    text = "上半年,全区新增市场经营主体8210家,同比增长21.5%,新增企业数量居全市第一。"
    ranks = {(m.name, m.rank) for m in _mentions(catalog, text, "辰区", "2023-H1") if m.rank}
    assert ranks == {("新增企业数量", 1)}
    text = "1—9月,全县新增四上企业41家,同比增加9家,新增数量居全市第3位。"
    ranks = {(m.name, m.rank) for m in _mentions(catalog, text, "巳县", "2023-Q1-Q3") if m.rank}
    assert ranks == {("新增四上企业", 3)}


def test_conjunctions_and_cut_offs_before_a_name_are_not_part_of_it(catalog: Catalog) -> None:
    text = (
        "上半年,全区规上工业企业96户,共实现产值412.6亿元。但工业销售产值完成398.1亿元,同比增长6.1%;"
        "截至6月份园区企业从业人员达15320人,同比增长4.2%。亏损企业亏损额共计1.26亿元,下降3.5%。"
    )
    names = {name for name, *_ in _published(catalog, text, "午区", "2023-H1")}
    assert {"规上工业企业产值", "工业销售产值", "企业从业人员", "亏损企业亏损额"} <= names
    assert not any(n.startswith(("但", "截至", "规上工业共")) or n.endswith("共计") for n in names)


def test_a_pronoun_names_no_series_and_excluding_one_item_is_not_its_name(catalog: Catalog) -> None:
    text = (
        "全市六大重点产业成为工业的主力军:其产值同比增长11.2%。"
        "除纺织产业增长6.5%外,其余五个产业增速均在两位数以上。"
        "除汽车以外的消费品零售额增长6.1%。"
    )
    names = {name for name, *_ in _published(catalog, text, "未市", "2023-H1")}
    assert "其产值" not in names and not any(n.startswith("除纺织") for n in names)
    assert "除汽车以外的消费品零售额" in names


def test_list_items_keep_their_own_measure_and_a_list_of_positions_is_shared_out(catalog: Catalog) -> None:
    text = (
        "8月份,战略性新兴产业产值、高技术产业增加值、高新技术产业增加值分别增长21.3%、15.2%、12.8%,"
        "增幅分别居全省第2、第6、第4位。一般公共预算支出201.5亿元,其中教育、卫生健康、社会保障和就业等支出"
        "分别增长8.1%、5.2%、11.3%。"
    )
    found = _mentions(catalog, text, "申市", "2022-M01-M08")
    ranks = {(m.name, m.rank) for m in found if m.rank}
    assert ranks == {("战略性新兴产业产值", 2), ("高技术产业增加值", 6), ("高新技术产业增加值", 4)}
    growth = {(m.name, m.yoy_pct) for m in found if m.yoy_pct is not None}
    assert {("战略性新兴产业产值", 21.3), ("社会保障和就业支出", 11.3), ("教育支出", 8.1)} <= growth


def test_an_amount_of_money_indicator_read_as_a_count_of_firms_is_held_back(catalog: Catalog) -> None:
    text = "1-6月出口交货值完成31.2亿元,增长6.5%,其中出口交货值超亿元企业共9家。"
    rows = _published(catalog, text, "酉区", "2024-H1")
    assert not any(value == 9.0 for _, _, value, _ in rows)


def test_an_english_series_in_one_region_of_the_country_is_a_part(catalog: Catalog) -> None:
    text = "In the first half, the real estate investment in western region stood at 1,120 billion yuan."
    rows = _published(catalog, text, "China", "2019-H1")
    assert not any(name == "房地产开发投资" for name, *_ in rows)


def test_a_monthly_indicator_table_set_with_spaces_and_a_two_line_header(catalog: Catalog) -> None:
    text = (
        "国民经济主要指标\n"
        "指标 单位 5月 1-5\n"
        "数值 增长(% 数值 增长(%\n"
        "一、规模以上工业增加值 亿元 - 6.2 - 7.9\n"
        "二、社会消费品零售总额 亿元 210.40 3.6 1012.80 5.1\n"
        "三、期末金融机构本外币存款余额 亿元 5321.70 9.4 - -\n"
    )
    rows = _published(catalog, text, "戌市", "2023-M05")
    assert ("规模以上工业增加值", "2023-M05", None, 6.2) in rows
    assert ("规模以上工业增加值", "2023-M01-M05", None, 7.9) in rows
    assert ("社会消费品零售总额", "2023-M01-M05", 1012.8, 5.1) in rows
    assert ("金融机构本外币存款余额", "2023-M05", 5321.7, 9.4) in rows


def test_items_after_a_main_products_heading_measure_output(catalog: Catalog) -> None:
    text = "主要产品产量:水泥88万吨,同比增长2.1%;原煤96万吨,同比下降4.4%。"
    rows = _published(catalog, text, "亥区", "2025-Q1")
    assert {("水泥产量", 88.0), ("原煤产量", 96.0)} <= {(n, v) for n, _, v, _ in rows if v is not None}


def test_poultry_and_sheep_are_counted_and_livestock_after_livestock_sold_are_sold(catalog: Catalog) -> None:
    text = "全年生猪出栏12.4万头,羊出栏3.1万头,活家禽186.5万只。家禽存栏9.2千只。"
    rows = {(n, v) for n, _, v, _ in _published(catalog, text, "甲县", "2023") if v is not None}
    assert {("生猪出栏", 12.4), ("羊出栏", 3.1), ("活家禽出栏", 186.5), ("家禽存栏", 9.2)} <= rows


def test_a_list_of_its_own_wins_over_the_list_an_earlier_sentence_carried_in(catalog: Catalog) -> None:
    text = (
        "三个门类中,采矿业增加值同比增长12.1%,电力、热力、燃气及水的生产和供应业同比增长8.3%。"
        "全县排前五行业中,汽车制造业、食品制造业、金属制品业三个行业增加值增势较好,分别增长21.2%、9.4%、15.6%。"
    )
    found = {(m.name, m.yoy_pct) for m in _mentions(catalog, text, "子县", "2022-Q1")}
    assert {("汽车制造业增加值", 21.2), ("食品制造业增加值", 9.4), ("金属制品业增加值", 15.6)} <= found
    assert not any(name.startswith(("电力增加值", "热力")) for name, _ in found)


def test_livestock_sold_listed_before_their_measure(catalog: Catalog) -> None:
    text = "1—9月份,全市猪、牛、羊出栏量同比分别增长4%、12%、7%。"
    found = {(m.name, m.yoy_pct) for m in _mentions(catalog, text, "丑市", "2024-M01-M09")}
    assert found == {("猪出栏量", 4.0), ("牛出栏量", 12.0), ("羊出栏量", 7.0)}


def test_an_amount_in_the_series_own_currency_beats_a_headline_in_dollars(catalog: Catalog) -> None:
    text = (
        "Some Province's GDP totals $61.2b in first quarter\n\n"
        "The GDP of the province was 432.1 billion yuan ($61.2 billion) in the first quarter of 2020, "
        "a year-on-year decrease of 3.1 percent."
    )
    from bulletin.extract.merge import merge_indicators

    meta = _meta("Some Province", "2020-Q1")
    rows, _ = merge_indicators(meta, _mentions(catalog, text, "Some Province", "2020-Q1"), catalog)
    gdp = [r for r in rows if r.name == "地区生产总值"]
    assert len(gdp) == 1 and gdp[0].quantity is not None and gdp[0].quantity.value == 432.1


def _meta(region: str, period: str) -> Any:
    import datetime as dt

    from bulletin.core.model import ReportMeta

    return ReportMeta("content/a.md", "a", "A", dt.date(2020, 4, 20), parse_period(period), region)


def test_the_area_named_in_full_or_by_its_short_name_is_its_own(catalog: Catalog) -> None:
    rows = _published(catalog, "广西上半年生产总值同比增长5.2%。", "广西壮族自治区", "2023-H1")
    assert rows == {("地区生产总值", "2023-H1", None, 5.2)}
    text = "截至9月底,甲经济技术开发区工业企业210户,其中规模以上企业96户,增长6.7%。"
    rows = _published(catalog, text, "甲经济技术开发区", "2023-Q1-Q3")
    assert ("工业企业", "2023-M09", 210.0, None) in rows  # a head-count at the month's end
    assert ("规模以上企业", "2023-M09", 96.0, None) in rows


def test_a_sentence_opened_by_assets_gives_no_scope_to_the_accounts_after_it(catalog: Catalog) -> None:
    text = (
        "园区工业企业资产总计884.1亿元,同比增长3.1%;实现主营业务收入412.6亿元,增长9.8%;"
        "主营业务成本380.2亿元。"
    )
    names = {name for name, *_ in _published(catalog, text, "乙开发区", "2023-Q1-Q3")}
    assert "主营业务收入" in names and not any("资产主营" in n or "成本主营" in n for n in names)


def test_english_rates_against_the_same_period_last_year_and_flat_to_a_quarter(catalog: Catalog) -> None:
    text = (
        "In the first half, the primary industry added value was 98.2 billion yuan, an increase of 3.1% "
        "compared with the same period last year and 0.4 percentage points faster than the first quarter; "
        "the secondary industry added value was 410.5 billion yuan, an increase of 5.2% and flat to the "
        "first quarter; the tertiary industry added value was 12.6 billion yuan, lower by 1.4 percent."
    )
    rows = _published(catalog, text, "Some Province", "2017-H1")
    assert ("第一产业增加值", "2017-H1", None, 3.1) in rows
    assert ("第二产业增加值", "2017-H1", None, 5.2) in rows
    assert ("第三产业增加值", "2017-H1", None, -1.4) in rows
    assert not any(period == "2017-Q1" for _, period, _, _ in rows)


def test_english_names_without_their_period_or_a_region_of_the_country(catalog: Catalog) -> None:
    text = (
        "The province's gross domestic product (GDP) for that period increased by 6.1% year on year to "
        "more than 1.31 trillion yuan at comparable price. The investment in northeast China was 312.4 "
        "billion yuan, an increase of 1.8 percent. The value added of manufacturing increased 5.1 percent, "
        "and that of production and distribution of electricity, heating power, gas and water was up by "
        "7.2 percent."
    )
    rows = _published(catalog, text, "Some Province", "2019-H1")
    assert ("地区生产总值", "2019-H1", 1.31, None) in rows and ("地区生产总值", "2019-H1", None, 6.1) in rows
    assert not any("northeast" in name for name, *_ in rows)
    assert ("value added of production and distribution of electricity, heating power, gas and water",
            "2019-H1", None, 7.2) in rows  # fmt: skip


def test_a_table_that_lost_its_cell_borders_is_read(catalog: Catalog) -> None:
    text = (
        "    规模以上工业增加值(亿元)5月同比±%1-5月同比±%\n"
        "    工业增加值总计212.4 3.1 1032.6 5.2\n"
        "    在总计中:轻工业61.2 2.4 300.1 4.4\n"
        "              重工业151.2 3.4 732.5 5.6\n"
        "    在总计中: 国有企业4.1 1.2 20.3 2.2\n"
        "    甲区18.3 3.9 95.2 7.1\n"
        "       甲区属10.2 8.6 47.6 8.2\n"
    )
    rows = _published(catalog, text, "丙市", "2019-M05")
    assert ("规模以上工业增加值", "2019-M05", 212.4, 3.1) in rows
    assert ("规模以上工业增加值", "2019-M01-M05", 1032.6, 5.2) in rows
    assert ("轻工业增加值", "2019-M01-M05", 300.1, 4.4) in rows
    assert ("国有企业增加值", "2019-M05", 4.1, 1.2) in rows
    assert not any("甲区" in name for name, *_ in rows)


def test_round_ten_rules_from_the_retired_holdout9(catalog: Catalog) -> None:
    text = (
        "全年财政收入跨越120亿元,累计完成124.3亿元,同比增长6%。全年蔬菜产量41.2万吨,比上年减少6025吨,"
        "减产1.4%。规模以上工业实现销售产值1023.5亿元,增长5.7%;其中,出口交货值88.9亿元,增长4.0%。"
    )
    rows = _published(catalog, text, "丁县", "2019")
    assert ("财政收入", "2019", 124.3, None) in rows and not any(v == 120.0 for _, _, v, _ in rows)
    assert ("蔬菜产量", "2019", None, -1.4) in rows
    assert ("出口交货值", "2019", 88.9, None) in rows and not any(n == "出口总额" for n, *_ in rows)
    text = (
        "The imports stood at 45.2 billion yuan, while the exports of goods dropped to 17.6 billion yuan. "
        "The number of hogs for slaughter and pork supply increased by 6.1% and 7.4% respectively."
    )
    rows = _published(catalog, text, "Some Province", "2020")
    assert ("exports of goods", "2020", 17.6, None) in rows
    assert ("pork supply", "2020", None, 7.4) in rows
    assert ("number of hogs for slaughter", "2020", None, 6.1) in rows


def test_classes_of_goods_share_their_measure_and_coverage(catalog: Catalog) -> None:
    text = (
        "限上法人单位基本生活类商品零售额增长8.2%,其中粮油食品类商品零售额增长9.4%、饮料类增长12.6%。"
        "限上法人单位通讯器材类、化妆品类商品零售额分别增长21.5%和7.6%。"
    )
    found = {(m.name, m.yoy_pct) for m in _mentions(catalog, text, "辰省", "2024-M01-M08")}
    assert {("饮料类商品零售额", 12.6), ("限上法人单位通讯器材类商品零售额", 21.5)} <= found
    assert ("限上法人单位化妆品类商品零售额", 7.6) in found


def test_items_listed_beside_an_industry_after_value_added_are_value_added(catalog: Catalog) -> None:
    text = (
        "1-8月,湖南规模以上装备制造业增加值增长6.1%,"
        "其中电子信息、通用设备制造、金属制品业分别增长15.4%、8.7%和9.2%。"
    )
    found = {(m.name, m.yoy_pct) for m in _mentions(catalog, text, "湖南省", "2024-M01-M08")}
    assert {("规模以上装备制造业增加值", 6.1), ("电子信息增加值", 15.4), ("通用设备制造增加值", 8.7)} <= found


def test_a_date_word_inside_a_livestock_stock_is_no_part_of_its_name(catalog: Catalog) -> None:
    rows = _published(
        catalog, "季末生猪存栏31.2万头,增长2.7%。生猪年末存栏18.6万头,下降3.5%。", "巳县", "2022"
    )
    assert {name for name, *_ in rows} == {"生猪存栏"}
