"""The classes of wrong rows found in the thirty-fifth round on the retired held-out part
real/holdout36/ (studied once it had been scored untouched, holdout38/ commissioned first and
holdout37/ left unread), each pinned by sentences and tables of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from conftest import published_ranks
from conftest import published_rows as _published


def _cells(*cells: str) -> str:
    return "\n\n".join(cells)


def test_a_class_among_rows_named_as_indices_is_an_index_too(catalog: Catalog) -> None:
    text = _cells(
        "2012年某市居民消费价格指数", "来源:市统计局 发布时间:2013-02-01", "一月", "二月", "全年",
        "居民消费价格总指数", "103.5", "104.1", "102.9",
        "非食品价格指数", "101.2", "101.0", "101.1",
        "服务项目价格指数", "102.2", "102.0", "102.4",
        "一、食品类", "108.2", "121.0", "106.3",
    )  # fmt: skip
    rows = _published(catalog, text, "某市", "2012")
    assert ("居民消费价格指数", "2012-M02", None, 4.1) in rows
    assert ("食品类价格指数", "2012-M02", None, 21.0) in rows
    assert ("食品类价格指数", "2012", None, 6.3) in rows


def test_a_pace_kept_after_a_figure_is_no_threshold(catalog: Catalog) -> None:
    text = "前三季度,全市实现地区生产总值8120.55亿元,增长7.5%,增速连续8个季度保持在7%及以上。"
    assert ("地区生产总值", "2019-Q1-Q3", 8120.55, 7.5) in _published(catalog, text, "某市", "2019-Q1-Q3")
    # a threshold right after the amount still marks no series of the area
    text = "全年新开工投资2000万元及以上的项目35个。"
    assert not any(value == 2000 for _, _, value, _ in _published(catalog, text, "某市", "2019"))


def test_the_definition_of_a_threshold_inside_a_name(catalog: Catalog) -> None:
    text = "上半年,规模以上(年主营业务收入2000万元及以上)工业产值完成850.2亿元,增长9.4%。"
    assert ("规模以上工业产值", "2014-H1", 850.2, 9.4) in _published(catalog, text, "某市", "2014-H1")


def test_gdp_written_as_its_total_value(catalog: Catalog) -> None:
    entry = catalog.lookup("GDP总值")
    assert entry is not None and entry.name == "地区生产总值"


def test_several_indicators_ranked_at_once_name_none_of_them(catalog: Catalog) -> None:
    text = "工业应税销售收入120.5亿元,同比增长35.2%。多项经济指标增速位列全市第一。"
    rows = _published(catalog, text, "某新区", "2023-Q1")
    assert ("工业应税销售收入", "2023-Q1", 120.5, 35.2) in rows
    assert published_ranks(catalog, text, "某新区", "2023-Q1") == set()
    # a group whose list names them, or a rank after it in a clause of its own, still counts
    text = "地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速居全市第一。"
    assert ("一般公共预算收入", 1, None) in published_ranks(catalog, text, "某区", "2023-Q1")
    text = "多项指标居全市前列,其中地区生产总值增速居全市第一。"
    assert published_ranks(catalog, text, "某区", "2023-Q1") == {("地区生产总值", 1, None)}
