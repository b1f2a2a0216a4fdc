"""The classes of wrong rows found in the eightieth round on the retired held-out part
real/holdout81/ (studied once it had been scored untouched, holdout83/ commissioned before any of its
misses was read), each pinned by sentences of our own, never the files' own."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from conftest import published_rows as _published


def test_english_rates_surging_up_and_of_increase(catalog: Catalog) -> None:
    text = (
        "In the first half year, the floor spaces of office buildings sold accounted for 41 million "
        "square meters, surging up 12.4 percent year-on-year. Investment in hotels reached 88.2 billion "
        "yuan, 21.4 percent of increase year-on-year. The total value of shops sold reached 61.5 billion "
        "yuan, climbing up 40.1 percent year-on-year."
    )
    rows = _published(catalog, text, "China", "2011-H1")
    assert ("floor spaces of office buildings sold", "2011-H1", 41.0, 12.4) in rows
    assert ("investment in hotels", "2011-H1", 88.2, 21.4) in rows
    assert ("total value of shops sold", "2011-H1", 61.5, 40.1) in rows


def test_english_a_percent_higher_after_an_amount(catalog: Catalog) -> None:
    text = (
        "Fiscal revenue totaled RMB 250.1 billion, of which local fiscal revenue was RMB 140.2 billion, "
        "12.3% higher."
    )
    assert ("地方财政收入", "2014", 140.2, 12.3) in _published(catalog, text, "Somewhere", "2014")
    # (not a comparison: 'higher than the national average')
    text = "Per capita GDP was 6,885.8 dollars, 3% higher than the national average."
    assert not any(yoy == 3.0 for _, _, _, yoy in _published(catalog, text, "Somewhere", "2014"))
