"""The classes of wrong rows found in the thirty-first round on the retired held-out part
real/holdout32/ (studied once it had been scored untouched, holdout34/ commissioned first and
holdout33/ left unread), each pinned by tables of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.core.document import TextBlock
from bulletin.extract.tables.colgroups import measure_groups
from conftest import published_rows as _published
from conftest import read_table


def _cells(*cells: str) -> str:
    return "\n\n".join(cells)


def test_a_table_kept_one_cell_a_line_with_a_measure_over_each_pair_of_columns(catalog: Catalog) -> None:
    text = _cells(
        "某市规模以上工业企业经济效益(按行业分)", "2019年5月", "单位:亿元",
        "行业名称", "营业收入", "利润总额",
        "1-5月", "比上年同期增长(%)", "1-5月", "比上年同期增长(%)",
        "规模以上工业合计", "812.40", "6.1", "55.32", "4.4",
        "纺织业", "31.07", "2.5", "1.20", "-8.1",
        "医药制造业", "44.18", "9.9", "6.05", "2.3倍",
        "金属制品业", "27.76", "-3.0", "-0.41", "--",
        "通用设备制造业", "60.93", "5.2", "3.38", "11.0",
    )  # fmt: skip
    rows = _published(catalog, text, "某市", "2019-M01-M05")
    assert ("纺织业营业收入", "2019-M01-M05", 31.07, 2.5) in rows
    assert ("纺织业利润总额", "2019-M01-M05", 1.2, -8.1) in rows
    assert ("医药制造业利润总额", "2019-M01-M05", 6.05, 230.0) in rows  # a multiple in a growth column
    assert ("金属制品业利润总额", "2019-M01-M05", -0.41, None) in rows  # '--': no growth
    assert ("通用设备制造业营业收入", "2019-M01-M05", 60.93, 5.2) in rows
    # the whole table's row is the measure's own total, not a row named 合计
    assert not any("合计" in name for name, *_ in rows)
    assert not any(name in ("纺织业", "医药制造业") for name, *_ in rows)


def test_a_pipe_table_whose_merged_header_names_a_measure_a_group(catalog: Catalog) -> None:
    text = (
        "单位:亿元\n\n"
        "| 行业 | 营业收入 | | 利润总额 | |\n|---|---|---|---|---|\n"
        "| | 1-5月 | 同比增长(%) | 1-5月 | 同比增长(%) |\n"
        "| 纺织业 | 31.07 | 2.5 | 1.20 | -8.1 |\n"
        "| 医药制造业 | 44.18 | 9.9 | 6.05 | 12.0 |\n"
    )
    rows = _published(catalog, text, "某市", "2019-M01-M05")
    assert ("纺织业营业收入", "2019-M01-M05", 31.07, 2.5) in rows
    assert ("医药制造业利润总额", "2019-M01-M05", 6.05, 12.0) in rows


def test_only_groups_with_the_same_sub_headers_split_a_table() -> None:
    def table(top: tuple[str, ...], sub: tuple[str, ...]) -> TextBlock:
        rows = (("指标", *top), ("", *sub), ("纺织业", *("1.0" for _ in sub)))
        return TextBlock("table", 1, "", rows=rows, row_lines=(1, 2, 3))

    split = measure_groups(table(("营业收入", "", "利润总额", ""), ("1-5月", "增长", "1-5月", "增长")))
    assert split is not None
    assert [t.rows for t in split] == [
        (("指标", "1-5月", "增长"), ("纺织业营业收入", "1.0", "1.0")),
        (("指标", "1-5月", "增长"), ("纺织业利润总额", "1.0", "1.0")),
    ]
    assert [t.row_lines for t in split] == [(1, 3), (1, 3)]
    # one measure, or groups under different heads, or a column outside every group: no split
    assert measure_groups(table(("营业收入", ""), ("1-5月", "增长"))) is None
    assert measure_groups(table(("营业收入", "", "利润总额", ""), ("1-5月", "增长", "5月", "增长"))) is None
    assert measure_groups(table(("", "营业收入", "利润总额", ""), ("1-5月", "增长", "1-5月", "增长"))) is None


def test_a_yearbook_index_table_whose_header_kept_only_its_english_word(catalog: Catalog) -> None:
    text = (
        "表 8-3  按行业分工业生产者出厂价格指数\n"
        " Producer Price Indices by Industrial Sector\n"
        "(2019-2021)\n"
        "上年=100 (preceding year=100)\n"
        "  Item 2019 2020 2021\n"
        "             \n"
        "  钢铁工业   Iron and Steel Industry 101.2 97.4 118.8\n"
        "  造纸工业   Paper Industry 99.0 98.1\n"
        "  建材工业   Building Materials Industry 104.5 102.0 99.2\n"
        "  工艺美术   Arts and Crafts \n"
        "    品工业     Industry  \n"
        "  其他工业   Others 100.6 99.7 104.0\n"
    )
    rows = _published(catalog, text, "某省", "2021")
    assert ("钢铁工业出厂价格指数", "2019", None, 1.2) in rows
    assert ("钢铁工业出厂价格指数", "2021", None, 18.8) in rows
    assert ("建材工业出厂价格指数", "2020", None, 2.0) in rows
    # a row that states the table's measure under its Chinese caption, past the English title lines
    assert ("其他工业出厂价格指数", "2021", None, 4.0) in rows
    # two cells under three years: which years, nothing says
    assert not any(name.startswith("造纸") for name, *_ in rows)


def test_industries_listed_with_commas_under_a_view_by_industry(catalog: Catalog) -> None:
    text = (
        "分行业看,纺织,通用设备,计算机、通信和其他电子设备,电气机械和器材,汽车制造业增加值"
        "同比分别增长4.1%、6.2%、15.0%、8.8%、3.3%。"
    )
    rows = _published(catalog, text, "某省", "2023-Q1-Q3")
    assert ("纺织增加值", "2023-Q1-Q3", None, 4.1) in rows
    assert ("计算机、通信和其他电子设备增加值", "2023-Q1-Q3", None, 15.0) in rows
    assert ("汽车制造业增加值", "2023-Q1-Q3", None, 3.3) in rows
    # a remark between the view and the list is no item of it
    text = "分领域看,新兴产业投资较快增长,先进制造业、高技术制造业投资分别增长12.0%、9.1%。"
    rows = _published(catalog, text, "某市", "2023-Q1-Q3")
    assert ("先进制造业投资", "2023-Q1-Q3", None, 12.0) in rows
    assert not any("较快增长" in name for name, *_ in rows)


def test_a_frame_run_into_the_first_item_of_a_list(catalog: Catalog) -> None:
    text = "在第二产业中采矿业、制造业、建筑业增加值分别增长3.1%、7.4%和2.2%。"
    rows = _published(catalog, text, "某县", "2022")
    assert {("采矿业增加值", "2022", None, 3.1), ("建筑业增加值", "2022", None, 2.2)} <= rows
    assert not any(name.startswith("在") for name, *_ in rows)


def test_the_whole_of_industry_beside_its_part_above_designated_size(catalog: Catalog) -> None:
    text = (
        "1-9月,全区工业总产值完成820.5亿元,同比增长12.3%。其中,规模以上工业企业完成731.2亿元,同比增长13.0%。"
    )
    rows = {
        (r.name, r.quantity.value if r.quantity else None, r.yoy_pct)
        for r in read_table(text, "2022-Q1-Q3", catalog)
    }
    assert ("规模以上工业总产值", 731.2, 13.0) in rows
    assert ("全部工业总产值", 820.5, 12.3) in rows
    # alone, the bare name is still the catalogue's series
    alone = read_table("1-9月,全区工业总产值完成820.5亿元,同比增长12.3%。", "2022-Q1-Q3", catalog)
    assert [(r.name, r.quantity.value if r.quantity else None) for r in alone] == [
        ("规模以上工业总产值", 820.5)
    ]


def test_an_industrys_revenue_is_not_its_value_added(catalog: Catalog) -> None:
    rows = _published(catalog, "1-8月,第三产业营业收入同比增长21.3%。", "某新区", "2021-M01-M08")
    assert ("第三产业营业收入", "2021-M01-M08", None, 21.3) in rows
    assert not any(name == "第三产业增加值" for name, *_ in rows)


def test_english_profits_achieved_by_enterprises_and_balances_at_a_months_end(catalog: Catalog) -> None:
    text = (
        "From January to September, industrial enterprises above designated size achieved a total profit of "
        "3,125.70 billion yuan, a year-on-year increase of 12.4 percent. At the end of September, the assets "
        "of industrial enterprises above designated size totaled 120.50 trillion yuan, a year-on-year "
        "increase of 7.1 percent."
    )
    rows = _published(catalog, text, "China", "2019-Q1-Q3")
    assert ("规模以上工业企业利润总额", "2019-Q1-Q3", 3125.7, 12.4) in rows
    assert ("assets of industrial enterprises above designated size", "2019-M09", 120.5, 7.1) in rows


def test_english_amounts_of_money_named_after_them(catalog: Catalog) -> None:
    text = (
        "Spending picked up, as shown by the 2.35 billion yuan in catering revenue, a 9.1% year-on-year "
        "increase, and 61.20 billion yuan in retail sales of goods, up 7.7%."
    )
    rows = _published(catalog, text, "Leshan", "2023-Q1")
    assert ("餐饮收入", "2023-Q1", 2.35, 9.1) in rows
    assert ("商品零售", "2023-Q1", 61.2, 7.7) in rows
