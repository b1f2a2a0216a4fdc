"""The classes of wrong rows found in the thirty-fourth round on the retired held-out part
real/holdout35/ (studied once it had been scored untouched, holdout37/ commissioned first and
holdout36/ left unread), each pinned by sentences of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from conftest import published_rows as _published


def test_english_industries_listed_under_one_plural_are_each_one_industry(catalog: Catalog) -> None:
    text = "The secondary and tertiary industries grew by 4.1 percent and 6.2 percent, respectively."
    rows = _published(catalog, text, "Xiamen", "2023-Q1")
    assert ("第二产业增加值", "2023-Q1", None, 4.1) in rows
    assert ("第三产业增加值", "2023-Q1", None, 6.2) in rows
    text = "The added value of the secondary and tertiary industries went up by 4.1% and 6.2%, respectively."
    rows = _published(catalog, text, "Xiamen", "2023-Q1")
    assert ("第二产业增加值", "2023-Q1", None, 4.1) in rows


def test_an_industrys_added_value_in_the_possessive(catalog: Catalog) -> None:
    for name in ("primary industry's added value", "the tertiary industry's value added"):
        entry = catalog.lookup(name)
        assert entry is not None and entry.name.endswith("产业增加值")
    text = "The primary industry's added value dropped by 3.8% YoY to RMB 576 million."
    assert ("第一产业增加值", "2022-Q1", 576.0, -3.8) in _published(catalog, text, "Shenzhen", "2022-Q1")
