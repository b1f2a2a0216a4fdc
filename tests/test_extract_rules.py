"""General rules for classes of misses on published bulletins (issue 9), each pinned by sentences
of our own in the shape of the class (none is copied from the corpus)."""

from __future__ import annotations

import datetime as dt

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.model import ReportMeta
from bulletin.core.periods import parse_period
from bulletin.extract.merge import merge_indicators
from bulletin.extract.naming.scope import region_level
from bulletin.extract.prose import extract_mentions

Row = tuple[str, str, float | None, str, float | None]


def rows(catalog: Catalog, text: str, region: str = "某县", period: str = "2023") -> set[Row]:
    span = parse_period(period)
    mentions = extract_mentions(render_markdown(text), span, catalog, region)
    meta = ReportMeta(path="x.md", slug="x", title="x", date=dt.date(2024, 1, 1), period=span, region=region)
    merged, _ = merge_indicators(meta, mentions, catalog)
    return {(r.name, r.period.code, r.value, r.unit, r.yoy_pct) for r in merged}


# --- class 1: scope words against the bulletin's own level ---------------------------------------


def test_region_names_say_their_level() -> None:
    assert region_level("全国") == "national" and region_level("China") == "national"
    assert region_level("山东省") == "province" and region_level("湖南") == "province"
    assert region_level("Guizhou") == "province"
    assert region_level("临沂市") == "city" and region_level("大理州") == "city"
    assert region_level("沂水县") == "county" and region_level("某高新区") == "county"
    assert region_level("") == "" and region_level("某地") == ""


def test_the_provinces_figure_in_a_county_release_is_a_benchmark(catalog: Catalog) -> None:
    text = "前三季度,全省社会消费品零售总额增长5.6%;全县社会消费品零售总额38.2亿元,增长6.9%。"
    assert rows(catalog, text, period="2023-Q1-Q3") == {
        ("社会消费品零售总额", "2023-Q1-Q3", 38.2, "亿元", 6.9)
    }
    # in the province's own release the same words are its headline
    got = rows(catalog, "前三季度,全省社会消费品零售总额增长5.6%。", region="某某省", period="2023-Q1-Q3")
    assert got == {("社会消费品零售总额", "2023-Q1-Q3", None, "", 5.6)}


def test_a_province_as_a_ranks_field_does_not_hide_the_figure(catalog: Catalog) -> None:
    text = "投资增速列全省第五\n全县固定资产投资增长11.3%。"
    assert ("固定资产投资", "2023", None, "", 11.3) in rows(catalog, text)


# --- class 6: wrong attachment ------------------------------------------------------------------


def test_a_counted_groups_figure_is_not_the_areas(catalog: Catalog) -> None:
    text = "全县规模以上工业增加值增长6.4%。全县三个省级工业园区实现工业增加值12.6亿元,增长15.2%。"
    assert rows(catalog, text) == {("规模以上工业增加值", "2023", None, "", 6.4)}


def test_a_peer_group_of_a_rank_is_not_a_counted_group(catalog: Catalog) -> None:
    text = "全县主要指标在全市8个县区中位居前列:地区生产总值增长6.6%,居第2位。"
    assert ("地区生产总值", "2023", None, "", 6.6) in rows(catalog, text)


# --- class 7: single periods inside a cumulative release ----------------------------------------


def test_a_quarterly_breakdown_does_not_become_the_paragraphs_period(catalog: Catalog) -> None:
    text = (
        "前三季度,全县地区生产总值215.3亿元,增长5.1%。分季度看,一季度增长4.2%,二季度增长5.0%,"
        "三季度增长5.9%。分产业看,第一产业增加值30.1亿元,增长3.3%。"
    )
    got = rows(catalog, text, period="2023-Q1-Q3")
    assert ("第一产业增加值", "2023-Q1-Q3", 30.1, "亿元", 3.3) in got
    assert not any(r[0] == "第一产业增加值" and r[1] == "2023-Q3" for r in got)


# --- class 3: lists whose items leave out the measure -------------------------------------------


def test_an_opening_that_names_the_measure_names_the_bare_items(catalog: Catalog) -> None:
    text = "全县规模以上工业增加值增长6.4%。从主要产品产量看,水泥增长3.1%,平板玻璃下降2.4%。"
    got = rows(catalog, text)
    assert ("水泥产量", "2023", None, "", 3.1) in got
    assert ("平板玻璃产量", "2023", None, "", -2.4) in got
    assert not any(r[0].endswith("增加值") and r[0] != "规模以上工业增加值" for r in got)


def test_goods_by_kind_are_retail_sales(catalog: Catalog) -> None:
    got = rows(catalog, "从商品类值看,家具类增长8.8%,建筑及装潢材料类下降4.1%。")
    assert got == {
        ("家具类零售额", "2023", None, "", 8.8),
        ("建筑及装潢材料类零售额", "2023", None, "", -4.1),
    }


def test_a_price_list_shares_the_word_price(catalog: Catalog) -> None:
    got = rows(catalog, "分类别看,食品烟酒价格上涨2.2%,衣着下降0.3%,居住上涨0.6%。")
    assert ("衣着价格", "2023", None, "", -0.3) in got and ("居住价格", "2023", None, "", 0.6) in got


# --- review: names that measure nothing are held back -------------------------------------------


def _judged(catalog: Catalog, text: str, period: str = "2023") -> tuple[set[str], set[str]]:
    from bulletin.extract.review import review

    mentions = extract_mentions(render_markdown(text), parse_period(period), catalog, "Someshire")
    published, held = review(mentions, catalog)
    return {m.name for m in published}, {h.mention.name for h in held}


def test_an_english_fragment_that_measures_nothing_is_held_back(catalog: Catalog) -> None:
    text = "Output of cement rose 4.2 percent, indicating 1.3 percent growth in the sector."
    published, _ = _judged(catalog, text)
    assert "output of cement" in {n.lower() for n in published}
    assert not any("indicating" in n for n in published)


def test_a_chinese_industry_without_its_measure_is_held_back(catalog: Catalog) -> None:
    from bulletin.core.model import Mention, measure_of
    from bulletin.extract.review import review

    period = parse_period("2023")
    industry = Mention("仓储和邮政业", "仓储和邮政业", 3, period, measure_of(yoy=6.1), known=False)
    firms = Mention(
        name="新认定高新技术企业",
        written="新认定高新技术企业",
        line=4,
        period=period,
        measure=measure_of(yoy=12.0),
    )
    published, held = review((industry, firms), catalog)
    assert [m.name for m in published] == ["新认定高新技术企业"]
    assert [h.mention.name for h in held] == ["仓储和邮政业"] and held[0].mention.rule == "no-measure-zh"
    # a table row with the same bare label says no more what it measures: held back as well
    from dataclasses import replace

    published, held = review((replace(industry, rule="table"),), catalog)
    assert not published and [h.mention.rule for h in held] == ["no-measure-zh"]


# --- class 9: English news style -----------------------------------------------------------------


def test_a_count_with_a_decimal_and_a_multiplier_is_read_whole(catalog: Catalog) -> None:
    got = rows(catalog, "In 2023, 4.37 million new urban jobs were created.", region="China")
    assert got == {("城镇新增就业", "2023", 4.37, "million", None)}


def test_per_capita_gdp_is_its_own_series(catalog: Catalog) -> None:
    got = rows(catalog, "Per capita GDP was 61,230 yuan, up 4.9 percent.", region="China")
    assert got == {("人均地区生产总值", "2023", 61230.0, "yuan", 4.9)}
    got = rows(catalog, "全年人均地区生产总值58765元,比上年增长5.3%。", region="某省")
    assert got == {("人均地区生产总值", "2023", 58765.0, "元", 5.3)}


def test_an_english_noun_of_its_own_does_not_take_the_carried_subject(catalog: Catalog) -> None:
    text = (
        "Imports grew 6.3 percent in 2023. The province's resident population rose to 48.2 million "
        "by the end of the year."
    )
    got = rows(catalog, text, region="Someshire")
    assert ("进口总额", "2023", None, "", 6.3) in got
    assert not any(r[0] == "进口总额" and r[2] is not None for r in got)  # class 6


def test_the_figure_for_an_industry_and_a_verb_with_its_measure(catalog: Catalog) -> None:
    text = (
        "The primary industry posted an added value of 12.4 billion yuan, up 3.1 percent; the figure "
        "for the secondary industry was 40.7 billion yuan, up 5.5 percent."
    )
    assert rows(catalog, text, region="Someshire") == {
        ("第一产业增加值", "2023", 12.4, "billion yuan", 3.1),
        ("第二产业增加值", "2023", 40.7, "billion yuan", 5.5),
    }


# --- class 3: lists ------------------------------------------------------------------------------


def test_items_before_a_ranked_rate_share_the_figures(catalog: Catalog) -> None:
    text = "全县规模以上工业增加值增长6.4%。其中,纺织业和食品制造业增幅最大,分别为18.5%和12.1%。"
    got = rows(catalog, text)
    assert ("纺织业增加值", "2023", None, "", 18.5) in got and (
        "食品制造业增加值",
        "2023",
        None,
        "",
        12.1,
    ) in got
    assert ("规模以上工业增加值", "2023", None, "", 6.4) in got and len(got) == 3


def test_figures_shared_among_fewer_names_are_not_guessed(catalog: Catalog) -> None:
    text = "全县规模以上工业增加值增长6.4%。两大主导行业分别增长9.2%和3.3%。"
    assert rows(catalog, text) == {("规模以上工业增加值", "2023", None, "", 6.4)}


# --- targets and estimates -------------------------------------------------------------------------


def test_a_sentence_opened_by_an_estimate_states_no_statistics(catalog: Catalog) -> None:
    text = (
        "全县规模以上工业增加值增长6.4%。预计实现地区生产总值312亿元、增长6.0%;一般公共预算收入"
        "18.2亿元、增长5.1%。地区生产总值总量有望保持全市第2位。"
    )
    assert rows(catalog, text) == {("规模以上工业增加值", "2023", None, "", 6.4)}


# --- class 8: counts of kinds; the area named in full --------------------------------------------


def test_counts_of_kinds_that_moved_are_not_indicators(catalog: Catalog) -> None:
    text = "八大类商品价格“四涨一平三降”:上涨的有4类,持平的有1类,下降的有3类。"
    assert rows(catalog, text) == set()


def test_the_area_named_in_full_before_an_indicator(catalog: Catalog) -> None:
    text = "临川县地区生产总值156.2亿元,增长5.8%。邻县地区生产总值增长4.1%。对东盟进出口12.5亿元。"
    got = rows(catalog, text, region="临川县")
    assert ("地区生产总值", "2023", 156.2, "亿元", 5.8) in got
    assert ("对东盟进出口", "2023", 12.5, "亿元", None) in got  # trade with a partner is no place
    # the short name of the area is the area too; another county's figure is not read
    assert rows(catalog, "临川地区生产总值156.2亿元。", region="临川县") == {
        ("地区生产总值", "2023", 156.2, "亿元", None)
    }
    assert rows(catalog, "东乡县地区生产总值88.1亿元。", region="临川县") == set()


def test_english_national_scope_and_the_bureaus_words_for_jobs(catalog: Catalog) -> None:
    text = (
        "The national consumer price index rose 0.3 percent in 2023. The surveyed urban jobless rate "
        "stood at 5.1 percent, and 12.4 million new jobs were created in urban areas."
    )
    got = rows(catalog, text, region="China")
    assert ("居民消费价格指数", "2023", None, "", 0.3) in got
    assert ("城镇调查失业率", "2023", 5.1, "%", None) in got
    # in a county's release the nation's index is a benchmark, not the county's
    assert not any(r[0] == "居民消费价格指数" for r in rows(catalog, text, region="Someshire County"))
