"""The classes of wrong rows found in the ninety-first round on the retired held-out part
real/holdout92/ (studied once it had been scored untouched, holdout94/ commissioned before any of its
misses was read), each pinned by sentences of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from conftest import published_rows as _published


def test_a_list_whose_last_two_items_are_joined_by_he(catalog: Catalog) -> None:
    text = "一季度,新材料、生物医药和智能装备制造业产值同比分别增长12.3%、8.1%和6.4%。"
    rows = _published(catalog, text, "某某市", "2024-Q1")
    assert ("新材料产值", "2024-Q1", None, 12.3) in rows
    assert ("生物医药产值", "2024-Q1", None, 8.1) in rows
    assert ("智能装备制造业产值", "2024-Q1", None, 6.4) in rows
    # a class named with 和 stays one item when the items are as many as the figures
    rows = _published(catalog, "食品类、家用电器和音像器材类零售额分别增长4.1%和2.2%。", "某某市", "2024-Q1")
    assert ("家用电器和音像器材类零售额", "2024-Q1", None, 2.2) in rows


def test_newly_built_commercial_housing_sold_is_the_catalogues_series(catalog: Catalog) -> None:
    text = "6月份,规模以上工业增加值和新建商品房销售面积当月同比分别增长7.2%和-3.5%。"
    rows = _published(catalog, text, "某某市", "2024-H1")
    assert ("商品房销售面积", "2024-M06", None, -3.5) in rows


def test_a_list_that_ends_its_clause_before_fenbie(catalog: Catalog) -> None:
    text = (
        "全年一般公共预算支出312.6亿元,增长8.1%,其中教育、卫生健康、城乡社区事务支出,"
        "分别增长6.2%、9.8%和11.5%。"
    )
    rows = _published(catalog, text, "某某市", "2022")
    assert ("教育支出", "2022", None, 6.2) in rows
    assert ("城乡社区事务支出", "2022", None, 11.5) in rows


def test_a_level_of_government_alone_is_its_part_of_the_total(catalog: Catalog) -> None:
    text = "全年一般公共预算收入85.6亿元,增长7.7%。其中,市本级31.2亿元,增长6.1%;县区级54.4亿元,增长8.6%。"
    rows = _published(catalog, text, "某某市", "2022")
    assert ("市本级一般公共预算收入", "2022", 31.2, 6.1) in rows
    assert ("县区级一般公共预算收入", "2022", 54.4, 8.6) in rows
    assert not any(name in ("市本级", "县区级") for name, _, _, _ in rows)


def test_a_part_in_tonnes_of_a_throughput_is_no_amount_of_trade(catalog: Catalog) -> None:
    text = (
        "全年港口货物吞吐量达到512.4万吨,增长9%。其中:进口货物120.5万吨,增长13.2%;"
        "出口货物391.9万吨,增长7.8%。"
    )
    rows = _published(catalog, text, "某某县", "2012")
    assert ("进口货物吞吐量", "2012", 120.5, 13.2) in rows
    assert ("出口货物吞吐量", "2012", 391.9, 7.8) in rows
    assert not any(name in ("进口总额", "出口总额") for name, _, _, _ in rows)


def test_the_parts_of_a_vehicle_stock_are_stocks_too(catalog: Catalog) -> None:
    text = "年末全市民用汽车保有量61.2万辆,增长6.0%。其中:轿车35.4万辆,增长5.1%。"
    assert ("轿车保有量", "2022", 35.4, 5.1) in _published(catalog, text, "某某市", "2022")


def test_a_long_note_on_coverage_between_a_name_and_its_amount(catalog: Catalog) -> None:
    text = "邮政行业业务收入(不包括邮政储蓄银行直接营业收入)8.37亿元,比上年增长11.2%。"
    assert ("邮政行业业务收入", "2022", 8.37, 11.2) in _published(catalog, text, "某某市", "2022")
    # a short coverage names a series of its own
    rows = _published(catalog, "全年固定资产投资(不含农户)增长4.4%。", "某某市", "2022")
    assert ("固定资产投资(不含农户)", "2022", None, 4.4) in rows


def test_money_paid_out_to_people_is_work_done_not_a_series(catalog: Catalog) -> None:
    text = "为2.1万人发放失业补助金3120万元。"
    assert not _published(catalog, text, "某某市", "2022")


def test_revenue_of_the_catering_industry_is_the_catalogues(catalog: Catalog) -> None:
    entry = catalog.lookup("revenue of the catering industry")
    assert entry is not None and entry.name == "餐饮收入"
