"""The classes of wrong rows found in the fifty-first round on the retired held-out part
real/holdout52/ (studied once it had been scored untouched, holdout54/ commissioned before any of its
misses was read), each pinned by sentences of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.extract.lists.parenrates import parenthesized_rates
from conftest import published_rows as _published


def test_kinds_of_manufacturing_each_with_its_rate_in_parentheses(catalog: Catalog) -> None:
    text = (
        "上半年,全省规模以上工业增加值同比增长3.1%。规模以上工业中,高技术(9.4%)、战略性新兴产业(7.7%)、"
        "装备(5.0%)等制造业增速均高于规模以上工业。"
    )
    rows = _published(catalog, text, "某省", "2021-H1")
    assert ("高技术制造业增加值", "2021-H1", None, 9.4) in rows
    assert ("战略性新兴产业制造业增加值", "2021-H1", None, 7.7) in rows
    assert ("装备制造业增加值", "2021-H1", None, 5.0) in rows


def test_products_each_with_its_rate_in_parentheses(catalog: Catalog) -> None:
    text = "上半年,服务器(31.2%)、光缆(18.0%)和锂电池(12.5%)等产品产量快速增长。"
    rows = _published(catalog, text, "某省", "2021-H1")
    assert ("服务器产量", "2021-H1", None, 31.2) in rows
    assert ("光缆产量", "2021-H1", None, 18.0) in rows
    assert ("锂电池产量", "2021-H1", None, 12.5) in rows


def test_industries_with_growth_and_a_kind_that_names_no_measure() -> None:
    found = parenthesized_rates("正增长的有纺织(3.2%)、医药(11.0%)和建材(-0.5%)等3个产业。")
    assert [(name, rate) for name, rate, _, _ in found] == [
        ("纺织增加值", 3.2),
        ("医药增加值", 11.0),
        ("建材增加值", -0.5),
    ]
    # a list whose kind says nothing of a measure gives nothing
    assert parenthesized_rates("张三(12.0%)、李四(8.0%)等股东") == []
