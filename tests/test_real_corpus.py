"""The corpus of real published bulletins (tests/extraction/real/) and its scoring by the benchmark.

The held-out files are scored, never studied: these tests check their form and the split, and keep
the published-row scores from falling below the figures recorded in benchmarks/extraction.py.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

import pytest

from bulletin.content.catalog import load_catalog
from bulletin.core.periods import parse_period
from conftest import REPO

REAL = REPO / "tests" / "extraction" / "real"
KEYS = {"indicator", "value", "unit", "yoy_pct", "rank", "rank_of", "period", "rank_by", "rank_field"}


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        return importlib.import_module("extraction")
    finally:
        sys.path.remove(str(REPO / "benchmarks"))


def test_the_corpus_is_well_formed_and_split_at_collection(scorer: ModuleType) -> None:
    files = scorer.load_real()
    assert len(files) >= 40
    assert sum(f["lang"] == "en" for f in files) >= 8
    held = [f for f in files if f["split"] == "holdout"]
    assert len(held) >= 12
    sources: dict[str, set[str]] = {
        f: set() for f in ("dev", "holdout", *(f"holdout{n}" for n in range(2, 101)))
    }
    for path in sorted(REAL.glob("*/*.yaml")):
        # files numbered 03, 06 and 09 in each first folder were held out when they were saved;
        # tables/, tables2/, dev3/ and dev4/ were collected later, for development only; holdout2/ to
        # holdout56/ each in a later round, to be scored only
        number, folder = path.name[:2], path.parent.name
        data = scorer.yaml.safe_load(path.read_text(encoding="utf-8"))
        if folder in {f"holdout{n}" for n in range(2, 101)}:
            split = folder
        elif folder.startswith("tables") or folder in ("dev3", "dev4"):
            split = "dev"
        else:
            split = "holdout" if number in ("03", "06", "09") else "dev"
        assert data["split"] == split, path.name
        # one file a page: a development file from the page of a held-out one would let its misses be studied
        assert data["source"] not in set().union(*sources.values()), path.name
        sources[data["split"]].add(data["source"])
        assert data["source"].startswith("http"), path.name
        parse_period(str(data["period"]))
        for row in data["expect"]:
            assert set(row) == KEYS, path.name


def test_real_scores_per_split_language_and_headline(scorer: ModuleType) -> None:
    catalog, _ = load_catalog(None)
    results = scorer.score_real(scorer.load_real(), catalog)
    for split in ("dev", "holdout", *(f"holdout{n}" for n in range(2, 101))):
        for group in ((split,), (split, "zh"), (split, "en"), (split, "headline"), (split, "detail")):
            assert group in results
        whole = results[(split,)]
        parts = [results[(split, k)] for k in ("headline", "detail")]
        assert sum(p["expected"] for p in parts) == whole["expected"]
        assert sum(p["predicted"] for p in parts) == whole["predicted"]
    # holdout2 was scored once at the end of each round until the tenth, which retired it
    print(
        {
            " / ".join(k): f"{v['precision']:.1%} {v['recall']:.1%}"
            for k, v in results.items()
            if k[0] in ("dev", "holdout")
        }
    )
    # floors just below the figures recorded in benchmarks/extraction.py, to catch regressions
    # dev3/ brought two yearbook tables (188 rows of series by year) that nothing reads yet
    assert results[("dev",)]["precision"] >= 0.85 and results[("dev",)]["recall"] >= 0.60
    assert results[("holdout",)]["precision"] >= 0.82 and results[("holdout",)]["recall"] >= 0.43
    assert results[("holdout2",)]["precision"] >= 0.89 and results[("holdout2",)]["recall"] >= 0.52
    assert results[("holdout3",)]["precision"] >= 0.93 and results[("holdout3",)]["recall"] >= 0.80
    assert results[("holdout4",)]["precision"] >= 0.89 and results[("holdout4",)]["recall"] >= 0.83
    assert results[("holdout5",)]["precision"] >= 0.90 and results[("holdout5",)]["recall"] >= 0.76
    assert results[("holdout6",)]["precision"] >= 0.90 and results[("holdout6",)]["recall"] >= 0.60
    assert results[("holdout7",)]["precision"] >= 0.95 and results[("holdout7",)]["recall"] >= 0.80
    assert results[("holdout8",)]["precision"] >= 0.92 and results[("holdout8",)]["recall"] >= 0.80
    assert results[("holdout9",)]["precision"] >= 0.90 and results[("holdout9",)]["recall"] >= 0.66
    assert results[("holdout10",)]["precision"] >= 0.87 and results[("holdout10",)]["recall"] >= 0.79
    assert results[("holdout11",)]["precision"] >= 0.90 and results[("holdout11",)]["recall"] >= 0.81
    assert results[("holdout12",)]["precision"] >= 0.93 and results[("holdout12",)]["recall"] >= 0.80
    assert results[("holdout13",)]["precision"] >= 0.84 and results[("holdout13",)]["recall"] >= 0.73
    assert results[("holdout14",)]["precision"] >= 0.90 and results[("holdout14",)]["recall"] >= 0.71
    assert results[("holdout15",)]["precision"] >= 0.92 and results[("holdout15",)]["recall"] >= 0.65
    assert results[("holdout16",)]["precision"] >= 0.96 and results[("holdout16",)]["recall"] >= 0.84
    assert results[("holdout17",)]["precision"] >= 0.92 and results[("holdout17",)]["recall"] >= 0.83
    assert results[("holdout18",)]["precision"] >= 0.90 and results[("holdout18",)]["recall"] >= 0.64
    # (0.82 until the sixty-sixth round: a bare 总产 after a crop's area is that crop's, and the summer and
    # autumn grain outputs its labeller left out are now read under their names, not one garbled row)
    assert results[("holdout19",)]["precision"] >= 0.81 and results[("holdout19",)]["recall"] >= 0.66
    assert results[("holdout20",)]["precision"] >= 0.77 and results[("holdout20",)]["recall"] >= 0.70
    assert results[("holdout21",)]["precision"] >= 0.79 and results[("holdout21",)]["recall"] >= 0.53
    assert results[("holdout22",)]["precision"] >= 0.88 and results[("holdout22",)]["recall"] >= 0.79
    assert results[("holdout23",)]["precision"] >= 0.95 and results[("holdout23",)]["recall"] >= 0.84
    # (0.92 until the eighty-fourth round: 平方公里 became a unit, and a zone's two land areas its labeller
    # left out are now read)
    assert results[("holdout24",)]["precision"] >= 0.91 and results[("holdout24",)]["recall"] >= 0.75
    assert results[("holdout25",)]["precision"] >= 0.88 and results[("holdout25",)]["recall"] >= 0.76
    assert results[("holdout26",)]["precision"] >= 0.93 and results[("holdout26",)]["recall"] >= 0.85
    assert results[("holdout27",)]["precision"] >= 0.94 and results[("holdout27",)]["recall"] >= 0.81
    assert results[("holdout28",)]["precision"] >= 0.90 and results[("holdout28",)]["recall"] >= 0.64
    assert results[("holdout29",)]["precision"] >= 0.78 and results[("holdout29",)]["recall"] >= 0.55
    assert results[("holdout30",)]["precision"] >= 0.89 and results[("holdout30",)]["recall"] >= 0.57
    assert results[("holdout31",)]["precision"] >= 0.88 and results[("holdout31",)]["recall"] >= 0.81
    assert results[("holdout32",)]["precision"] >= 0.88 and results[("holdout32",)]["recall"] >= 0.80
    assert results[("holdout33",)]["precision"] >= 0.91 and results[("holdout33",)]["recall"] >= 0.79
    assert results[("holdout34",)]["precision"] >= 0.89 and results[("holdout34",)]["recall"] >= 0.81
    assert results[("holdout35",)]["precision"] >= 0.85 and results[("holdout35",)]["recall"] >= 0.70
    assert results[("holdout36",)]["precision"] >= 0.92 and results[("holdout36",)]["recall"] >= 0.62
    # (0.93 until the sixty-fourth round: a bare 今年 now dates a figure by the release, and two counts of
    # projects "secured this year" in a first-quarter release, which its labeller left out, are read)
    assert results[("holdout37",)]["precision"] >= 0.92 and results[("holdout37",)]["recall"] >= 0.81
    assert results[("holdout38",)]["precision"] >= 0.95 and results[("holdout38",)]["recall"] >= 0.83
    assert results[("holdout39",)]["precision"] >= 0.89 and results[("holdout39",)]["recall"] >= 0.74
    assert results[("holdout40",)]["precision"] >= 0.79 and results[("holdout40",)]["recall"] >= 0.55
    assert results[("holdout41",)]["precision"] >= 0.93 and results[("holdout41",)]["recall"] >= 0.80
    assert results[("holdout42",)]["precision"] >= 0.98 and results[("holdout42",)]["recall"] >= 0.93
    assert results[("holdout43",)]["precision"] >= 0.96 and results[("holdout43",)]["recall"] >= 0.87
    assert results[("holdout44",)]["precision"] >= 0.95 and results[("holdout44",)]["recall"] >= 0.90
    assert results[("holdout45",)]["precision"] >= 0.97 and results[("holdout45",)]["recall"] >= 0.73
    assert results[("holdout46",)]["precision"] >= 0.79 and results[("holdout46",)]["recall"] >= 0.63
    assert results[("holdout47",)]["precision"] >= 0.97 and results[("holdout47",)]["recall"] >= 0.91
    assert results[("holdout48",)]["precision"] >= 0.93 and results[("holdout48",)]["recall"] >= 0.73
    assert results[("holdout49",)]["precision"] >= 0.89 and results[("holdout49",)]["recall"] >= 0.80
    assert results[("holdout50",)]["precision"] >= 0.81 and results[("holdout50",)]["recall"] >= 0.69
    assert results[("holdout51",)]["precision"] >= 0.90 and results[("holdout51",)]["recall"] >= 0.87
    assert results[("holdout52",)]["precision"] >= 0.91 and results[("holdout52",)]["recall"] >= 0.70
    assert results[("holdout53",)]["precision"] >= 0.85 and results[("holdout53",)]["recall"] >= 0.75
    assert results[("holdout54",)]["precision"] >= 0.92 and results[("holdout54",)]["recall"] >= 0.80
    assert results[("holdout55",)]["precision"] >= 0.92 and results[("holdout55",)]["recall"] >= 0.87
    assert results[("holdout56",)]["precision"] >= 0.89 and results[("holdout56",)]["recall"] >= 0.82
    assert results[("holdout57",)]["precision"] >= 0.87 and results[("holdout57",)]["recall"] >= 0.78
    assert results[("holdout58",)]["precision"] >= 0.86 and results[("holdout58",)]["recall"] >= 0.74
    assert results[("holdout59",)]["precision"] >= 0.85 and results[("holdout59",)]["recall"] >= 0.72
    assert results[("holdout60",)]["precision"] >= 0.96 and results[("holdout60",)]["recall"] >= 0.76
    assert results[("holdout61",)]["precision"] >= 0.96 and results[("holdout61",)]["recall"] >= 0.86
    assert results[("holdout62",)]["precision"] >= 0.94 and results[("holdout62",)]["recall"] >= 0.85
    assert results[("holdout63",)]["precision"] >= 0.92 and results[("holdout63",)]["recall"] >= 0.85
    assert results[("holdout64",)]["precision"] >= 0.89 and results[("holdout64",)]["recall"] >= 0.37
    assert results[("holdout65",)]["precision"] >= 0.97 and results[("holdout65",)]["recall"] >= 0.95
    assert results[("holdout66",)]["precision"] >= 0.92 and results[("holdout66",)]["recall"] >= 0.88
    assert results[("holdout67",)]["precision"] >= 0.96 and results[("holdout67",)]["recall"] >= 0.88
    assert results[("holdout68",)]["precision"] >= 0.92 and results[("holdout68",)]["recall"] >= 0.80
    assert results[("holdout69",)]["precision"] >= 0.90 and results[("holdout69",)]["recall"] >= 0.78
    # (holdout70's floor was 0.94 / 0.80 until the seventieth round undid a rule for 区级 that had fit
    # its one label against the labelling rules and three other labels)
    assert results[("holdout70",)]["precision"] >= 0.93 and results[("holdout70",)]["recall"] >= 0.79
    assert results[("holdout71",)]["precision"] >= 0.96 and results[("holdout71",)]["recall"] >= 0.86
    assert results[("holdout72",)]["precision"] >= 0.98 and results[("holdout72",)]["recall"] >= 0.91
    assert results[("holdout73",)]["precision"] >= 0.89 and results[("holdout73",)]["recall"] >= 0.74
    # (holdout74 and holdout77: their labellers named a population table's parts '城镇人口', '0-14岁人口'
    # where the table's total is 常住 or 户籍; since the eighty-eighth round the reader names them by the
    # total's kind, as other parts' labellers did: 城镇常住人口, 0-14岁户籍人口)
    assert results[("holdout74",)]["precision"] >= 0.92 and results[("holdout74",)]["recall"] >= 0.79
    assert results[("holdout75",)]["precision"] >= 0.95 and results[("holdout75",)]["recall"] >= 0.85
    assert results[("holdout76",)]["precision"] >= 0.94 and results[("holdout76",)]["recall"] >= 0.86
    assert results[("holdout77",)]["precision"] >= 0.88 and results[("holdout77",)]["recall"] >= 0.78
    assert results[("holdout78",)]["precision"] >= 0.96 and results[("holdout78",)]["recall"] >= 0.87
    assert results[("holdout79",)]["precision"] >= 0.98 and results[("holdout79",)]["recall"] >= 0.91
    assert results[("holdout80",)]["precision"] >= 0.97 and results[("holdout80",)]["recall"] >= 0.91
    assert results[("holdout81",)]["precision"] >= 0.88 and results[("holdout81",)]["recall"] >= 0.78
    assert results[("holdout82",)]["precision"] >= 0.96 and results[("holdout82",)]["recall"] >= 0.89
    assert results[("holdout83",)]["precision"] >= 0.94 and results[("holdout83",)]["recall"] >= 0.88
    assert results[("holdout84",)]["precision"] >= 0.88 and results[("holdout84",)]["recall"] >= 0.74
    assert results[("holdout85",)]["precision"] >= 0.90 and results[("holdout85",)]["recall"] >= 0.84
    assert results[("holdout86",)]["precision"] >= 0.96 and results[("holdout86",)]["recall"] >= 0.92
    assert results[("holdout87",)]["precision"] >= 0.93 and results[("holdout87",)]["recall"] >= 0.86
    assert results[("holdout88",)]["precision"] >= 0.93 and results[("holdout88",)]["recall"] >= 0.92
    assert results[("holdout89",)]["precision"] >= 0.95 and results[("holdout89",)]["recall"] >= 0.89
    assert results[("holdout90",)]["precision"] >= 0.88 and results[("holdout90",)]["recall"] >= 0.76
    assert results[("holdout91",)]["precision"] >= 0.98 and results[("holdout91",)]["recall"] >= 0.91
    assert results[("holdout92",)]["precision"] >= 0.98 and results[("holdout92",)]["recall"] >= 0.87
    assert results[("holdout93",)]["precision"] >= 0.86 and results[("holdout93",)]["recall"] >= 0.78
    assert results[("holdout94",)]["precision"] >= 0.96 and results[("holdout94",)]["recall"] >= 0.91
    assert results[("holdout95",)]["precision"] >= 0.97 and results[("holdout95",)]["recall"] >= 0.88
    assert results[("holdout96",)]["precision"] >= 0.91 and results[("holdout96",)]["recall"] >= 0.85
    assert results[("holdout97",)]["precision"] >= 0.97 and results[("holdout97",)]["recall"] >= 0.88
    assert results[("holdout98",)]["precision"] >= 0.88 and results[("holdout98",)]["recall"] >= 0.71


def test_dev_misses_never_show_held_out_files(scorer: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    catalog, _ = load_catalog(None)
    files = scorer.load_real()
    scorer.score_real(files, catalog, dev_misses=True)
    shown = capsys.readouterr().out
    assert any(f["split"] == "holdout99" for f in files) and "holdout99" not in scorer.RETIRED
    assert any(f["split"] == "holdout100" for f in files) and "holdout100" not in scorer.RETIRED
    for f in files:
        if f["split"] != "dev" and f["split"] not in scorer.RETIRED:
            assert f"[{f['id']}]" not in shown


def test_name_mismatches_are_read_only_from_development_files(scorer: ModuleType) -> None:
    catalog, _ = load_catalog(None)
    files = scorer.load_real()
    found = scorer.name_mismatches(files, catalog)
    development = {f["id"] for f in files if f["split"] == "dev"}
    assert found and {case_id for case_id, _, _ in found} <= development
    # a mismatch is the same figures under two names
    assert all(read != labelled for _, read, labelled in found)


def test_a_producer_price_class_is_one_row_whether_or_not_it_keeps_the_full_name(scorer: ModuleType) -> None:
    # labellers wrote both; the buying and selling indices stay apart
    catalog, _ = load_catalog(None)
    assert scorer._same_name("冶金工业出厂价格指数", "冶金工业工业生产者出厂价格指数", catalog)
    assert scorer._same_name("燃料类工业生产者购进价格指数", "燃料类购进价格指数", catalog)
    assert not scorer._same_name("冶金工业出厂价格指数", "冶金工业工业生产者购进价格指数", catalog)
    # and a consumer-price class with or without the index's full name; retail prices stay apart
    assert scorer._same_name("食品价格指数", "食品居民消费价格指数", catalog)
    assert not scorer._same_name("食品零售价格指数", "食品居民消费价格指数", catalog)
    # and an English industry kept in the plural of the list it came from
    assert scorer._same_name("secondary industries", "第二产业增加值", catalog)


def test_one_figure_in_two_scales_of_a_unit_is_one_value(scorer: ModuleType) -> None:
    # a table's 4000882万元 and the text's 400.09亿元: equal to the coarser one's last digit
    row = scorer.Row
    table, text = (
        row("地区生产总值", "2010", 4000882.0, "万元", None, None, None),
        row("地区生产总值", "2010", 400.09, "亿元", None, None, None),
    )
    assert scorer._same_value(table, text)
    assert not scorer._same_value(row("地区生产总值", "2010", 4012000.0, "万元", None, None, None), text)
    assert not scorer._same_value(row("地区生产总值", "2010", 400.09, "万人", None, None, None), text)


def test_a_price_basis_and_a_unit_alternative_are_spellings(scorer: ModuleType) -> None:
    catalog, _ = load_catalog(None)
    # labellers kept a table's (现价); the reader drops it as no part of the series
    assert scorer._same_name("汽车制造业工业总产值(现价)", "汽车制造业工业总产值", catalog)
    assert not scorer._same_name("汽车制造业工业销售产值(现价)", "汽车制造业工业总产值", catalog)
    row = scorer.Row
    head = row("猪牛羊出栏", "2025-Q1-Q3", 170.09, "万头", None, None, None)
    assert scorer._same_value(head, row("猪牛羊出栏", "2025-Q1-Q3", 170.09, "万头(只)", None, None, None))
    assert not scorer._same_value(head, row("猪牛羊出栏", "2025-Q1-Q3", 170.09, "万只", None, None, None))
