"""The classes of wrong rows found in the twentieth round on the retired held-out part
real/holdout21/ (studied once it had been scored untouched, holdout23/ commissioned first and
holdout22/ left unread), each pinned by tables of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from conftest import published_rows as _published


def test_parts_said_again_under_each_measure_are_named_before_it(catalog: Catalog) -> None:
    table = "\n".join(
        [
            "2003年5月主要指标",
            "指标 | 单位 | 本月 | 比去年同期增长% |",
            "工业增加值 | 亿元 | 310.25 | 12.4 |",
            "其中:国有企业 | 亿元 | 88.10 | 6.1 |",
            "集体企业 | 亿元 | 20.33 | 3.5 |",
            "工业总产值(1990年不变价) | 亿元 | 1204.6 | 13.0 |",
            "其中:国有企业 | 亿元 | 301.7 | 7.2 |",
            "集体企业 | 亿元 | 75.9 | 2.8 |",
        ]
    )
    rows = _published(catalog, table, "甲省", "2003-M05")
    assert ("国有企业工业增加值", "2003-M05", 88.10, 6.1) in rows
    assert ("集体企业工业总产值", "2003-M05", 75.9, 2.8) in rows
    assert not any(
        name.startswith(("工业增加值国有", "工业总产值(")) and "企业" in name for name, _, _, _ in rows
    )


def test_classes_of_a_retail_price_table_are_retail_price_indices(catalog: Catalog) -> None:
    table = "\n".join(
        [
            "商品零售价格分类指数",
            "(2004年,以上年价格为100)",
            "商品类别 | 指数 |",
            "商品零售价格总指数 | 102.1 |",
            "食品类 | 106.3 |",
            "粮食 | 108.2 |",
            "服装、鞋帽 | 98.7 |",
        ]
    )
    rows = _published(catalog, table, "乙省", "2004")
    assert ("食品类零售价格指数", "2004", None, 6.3) in rows
    assert ("粮食零售价格指数", "2004", None, 8.2) in rows
