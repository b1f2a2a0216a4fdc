"""The classes of wrong rows found in the forty-fifth round on the retired held-out part
real/holdout46/ (studied once it had been scored untouched, holdout47/ commissioned before any of its
misses was read), each pinned by sentences of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from conftest import published_rows as _published


def test_a_parts_month_after_qizhong_does_not_date_the_paragraph(catalog: Catalog) -> None:
    text = (
        "11月,全区经济稳定回升。\n\n全区规上工业实现总产值98.15亿元,同比下降4.2%。其中10月实现总产值11.3亿元,"
        "同比增长6.1%。规模以上工业增加值同比下降7%。"
    )
    rows = _published(catalog, text, "某高新区", "2020-M11")
    assert ("规模以上工业增加值", "2020-M11", None, -7.0) in rows


def test_a_shortened_name_of_industrial_value_added(catalog: Catalog) -> None:
    entry = catalog.lookup("规模以上增加值")
    assert entry is not None and entry.name == "规模以上工业增加值"


def test_industries_under_investment_by_industrial_structure(catalog: Catalog) -> None:
    text = (
        "1-8月,全区固定资产投资(按项目在地)同比增长2.4%。其中:房地产开发投资同比增长11.0%。"
        "从产业结构看,第一产业和第三产业同比分别增长2.1倍和3.5%,第二产业同比下降6.2%。"
    )
    rows = _published(catalog, text, "某区", "2022-M01-M08")
    assert ("第一产业投资", "2022-M01-M08", None, 210.0) in rows
    assert ("第三产业投资", "2022-M01-M08", None, 3.5) in rows
    assert ("第二产业投资", "2022-M01-M08", None, -6.2) in rows
    assert not any(name.endswith("增加值") for name, *_ in rows)
