"""The classes of wrong rows found on the fifth round's development files (real/dev3/), each
pinned by sentences of our own, never the files' own sentences."""

from __future__ import annotations

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.periods import parse_period
from bulletin.extract.naming.industries import split_items
from bulletin.extract.prose import extract_mentions
from bulletin.extract.review import review

Read = tuple[str, str, float | None, float | None, int | None]


def _published(catalog: Catalog, text: str, region: str, period: str) -> set[Read]:
    """Published readings as (name, period, value, yoy, rank)."""
    found = extract_mentions(render_markdown(text), parse_period(period), catalog, region)
    published, _ = review(found, catalog)

    def row(m) -> Read:
        return (m.name, m.period.code, m.quantity.value if m.quantity else None, m.yoy_pct, m.rank)

    return {row(m) for m in published}


def test_a_two_year_average_rate_names_nothing(catalog: Catalog) -> None:
    # 均 in 两年平均 is half of a word, not 'both': no indicator '两年平' takes the next rate
    text = "前三季度,全国工业增加值同比增长9.1%,两年平均增长5.0%,其中三季度同比增长4.3%,两年平均增长4.8%。"
    rows = _published(catalog, text, "全国", "2022-Q1-Q3")
    assert {r[0] for r in rows} == {"规模以上工业增加值"}  # the catalogue reads 工业增加值 so
    assert ("规模以上工业增加值", "2022-Q3", None, 4.3, None) in rows
    assert not any(r[3] in (5.0, 4.8) for r in rows)


def test_any_name_of_the_country_is_a_national_releases_own_scope(catalog: Catalog) -> None:
    text = "初步核算,上半年中国国内生产总值562000亿元,同比增长5.5%。"
    assert _published(catalog, text, "全国", "2023-H1") == {
        ("国内生产总值", "2023-H1", 562000.0, None, None),
        ("国内生产总值", "2023-H1", None, 5.5, None),
    }


def test_an_official_industry_name_with_a_list_comma_is_one_item(catalog: Catalog) -> None:
    assert split_items("住宿和餐饮业、交通运输、仓储和邮政业、金融业") == [
        "住宿和餐饮业",
        "交通运输、仓储和邮政业",
        "金融业",
    ]
    text = "全年金融业、电力、热力、燃气及水生产和供应业、房地产业增加值分别增长6.2%、3.9%、-1.5%。"
    names = {r[0]: r[3] for r in _published(catalog, text, "某市", "2022")}
    utilities = "电力、热力、燃气及水生产和供应业增加值"
    assert names == {"金融业增加值": 6.2, utilities: 3.9, "房地产业增加值": -1.5}


def test_a_list_cut_inside_an_official_name_gives_no_rows(catalog: Catalog) -> None:
    # the first industry stands in the clause before: counts differ, so nothing is shared out
    text = "文化、体育和娱乐业,交通运输、仓储和邮政业增加值同比分别增长8.3%、2.6%。"
    rows = _published(catalog, text, "某市", "2022")
    assert not any(r[0] in ("交通运输增加值", "仓储和邮政业增加值") for r in rows)


def test_a_qualifier_before_the_verb_belongs_to_the_series(catalog: Catalog) -> None:
    # 限额以上单位实现社会消费品零售额 is the qualified series, not the area's total retail sales
    text = "1-9月,全县限额以上单位实现社会消费品零售额同比增长7.7%,增速居全市第3位。"
    rows = _published(catalog, text, "某县", "2022-Q1-Q3")
    assert {r[0] for r in rows} == {"限额以上单位社会消费品零售额"}
    assert not any(r[0] == "社会消费品零售总额" for r in rows)
    # ... unless the catalogue's series already is the qualified one
    text = "规模以上工业企业累计完成工业总产值96.4亿元,同比增长3.3%。"
    rows = _published(catalog, text, "某区", "2022-M01-M05")
    assert ("规模以上工业总产值", "2022-M01-M05", 96.4, None, None) in rows


def test_a_position_moved_from_is_no_rank(catalog: Catalog) -> None:
    text = "上半年,全县规上工业增加值增长5.2%,位次由第二位下滑到第七位。"
    ranks = {r[4] for r in _published(catalog, text, "某县", "2021-H1") if r[4] is not None}
    assert ranks == {7}


def test_a_rank_after_a_ratio_is_the_ratios(catalog: Catalog) -> None:
    text = "前三季度,规模以上工业利润总额同比增长6.6%,成本费用利润率达到8.2%,居全市首位。"
    rows = _published(catalog, text, "某区", "2021-Q1-Q3")
    assert all(r[4] is None for r in rows)
    assert ("规模以上工业企业利润总额", "2021-Q1-Q3", None, 6.6, None) in rows
    # a benchmark quoted on the way does not take the rank away
    text = "全区规上工业增加值增长7.2%,高于全省平均水平(5.3%)1.9个百分点,居全省第3位。"
    assert 3 in {r[4] for r in _published(catalog, text, "某区", "2021")}


def test_a_decimal_before_a_count_word_is_not_the_field_size(catalog: Catalog) -> None:
    from bulletin.extract.sentence.ranks import find_ranks

    ranked = find_ranks("增幅高出全市平均0.7个百分点,居全市第二位")
    assert [(r.rank, r.rank_of) for r in ranked] == [(2, None)]
    assert [(r.rank, r.rank_of) for r in find_ranks("在全市11个县(市、区)中居第4位")] == [(4, 11)]


def test_a_figure_in_another_currency_is_a_conversion(catalog: Catalog) -> None:
    text = "全年人均地区生产总值为93500元,按年平均汇率折算约合13900美元。"
    rows = _published(catalog, text, "某市", "2022")
    assert rows == {("人均地区生产总值", "2022", 93500.0, None, None)}
    text = "Exports reached 3.12 trillion yuan (448 billion U.S. dollars) in 2022, up 7.1 percent."
    rows = _published(catalog, text, "China", "2022")
    assert {r[2] for r in rows if r[2] is not None} == {3.12}
    assert {r[1] for r in rows} == {"2022"}


def test_a_period_compared_to_is_the_base_not_the_figures(catalog: Catalog) -> None:
    text = "Retail sales grew 11.2 percent compared to January-June 2021, reaching 21.04 trillion yuan."
    rows = _published(catalog, text, "China", "2022-H1")
    assert {r[1] for r in rows} == {"2022-H1"}


def test_an_english_qualifier_after_a_later_rate_is_that_rates_own(catalog: Catalog) -> None:
    # 'on average' qualifies the second rate only: the December rate is still read
    text = "The surveyed urban unemployment rate was 5.0 percent in June and 5.3 percent on average."
    rows = _published(catalog, text, "China", "2022-H1")
    assert ("城镇调查失业率", "2022-M06", 5.0, None, None) in rows


def test_what_follows_etc_is_the_lists_class_not_its_last_item(catalog: Catalog) -> None:
    text = "其中,光纤、集成电路、新能源汽车等高技术制造业产品产量分别增长35.3%、21.2%和64.6%。"
    rows = {r[0]: r[3] for r in _published(catalog, text, "某市", "2023-M01-M05")}
    assert rows == {"光纤产量": 35.3, "集成电路产量": 21.2, "新能源汽车产量": 64.6}


def test_an_item_named_without_a_measure_takes_the_measure_of_its_sentence(catalog: Catalog) -> None:
    # the bare measure after an item is that item's; the item's own amount takes the measure an
    # earlier item stated in the same unit; parts of a total are no totals
    text = "全年油菜播种面积2100公顷,增长3.0%,产量6300吨,增长2.2%;花生850公顷,下降1.1%,产量2400吨,增长0.6%。"
    rows = {(r[0], r[2], r[3]) for r in _published(catalog, text, "某县", "2022")}
    assert ("花生播种面积", 850.0, None) in rows and ("花生播种面积", None, -1.1) in rows
    assert ("花生产量", 2400.0, None) in rows and ("花生产量", None, 0.6) in rows
    text = "全年实现农林牧渔业总产值88.6亿元,增长4.1%,其中林业5.2亿元,增长7.7%。"
    assert ("林业产值", "2022", 5.2, None, None) in _published(catalog, text, "某县", "2022")
    # an activity measures itself: no 商品零售收入 beside 餐饮收入
    text = "全年餐饮收入31.5亿元,增长9.0%;商品零售210.4亿元,增长5.5%。"
    assert "商品零售收入" not in {r[0] for r in _published(catalog, text, "某市", "2022")}


def test_a_clause_opened_by_its_verb_takes_the_sentences_scope(catalog: Catalog) -> None:
    # the coverage the sentence wrote before (even on a ratio that is not kept) ...
    text = "1-8月,规模以上工业产品销售率为97.6%;实现主营业务收入同比增长6.1%;利润总额同比增长3.5%。"
    rows = {(r[0], r[3]) for r in _published(catalog, text, "某区", "2021-M01-M08")}
    assert ("规模以上工业主营业务收入", 6.1) in rows and ("规模以上工业企业利润总额", 3.5) in rows
    # ... or the sentence's opening topic, when it says how that topic fared
    text = "软件和信息服务业持续壮大,实现营业收入同比增长22.4%。"
    rows = {(r[0], r[3]) for r in _published(catalog, text, "某区", "2021")}
    assert rows == {("软件和信息服务业营业收入", 22.4)}


def test_periods_a_list_shares_out_do_not_carry_to_the_next_sentence(catalog: Catalog) -> None:
    text = "上半年,全县固定资产投资增长4.0%。增速1-4月份分别为6.1%、5.5%、4.8%、4.2%。居全市第五位。"
    rows = _published(catalog, text, "某县", "2020-H1")
    assert ("固定资产投资", "2020-H1", None, None, 5) in rows


def test_measures_of_one_thing_listed_share_its_qualifier(catalog: Catalog) -> None:
    text = "1-6月,全县规上工业增加值、产值同比分别增长6.3%和8.8%。"
    rows = {(r[0], r[3]) for r in _published(catalog, text, "某县", "2021-H1")}
    assert ("规上工业产值", 8.8) in rows and not any("增加值产值" in r[0] for r in rows)


def test_a_list_whose_later_item_alone_is_in_the_catalogue_is_shared_out(catalog: Catalog) -> None:
    text = "1-6月,全市工业开票销售、工业用电量同比分别增长9.2%和4.4%,工业开票销售增幅居全省第三。"
    rows = {(r[0], r[3], r[4]) for r in _published(catalog, text, "某市", "2021-H1")}
    assert {("工业开票销售", 9.2, None), ("工业用电量", 4.4, None), ("工业开票销售", None, 3)} <= rows
    # periods shared out are not items
    text = "上半年全市GDP同比增长5.0%,其中一季度、二季度分别增长4.5%和5.5%。"
    rows = _published(catalog, text, "某市", "2021-H1")
    assert not any(r[0] in ("一季度", "二季度") for r in rows)


def test_a_quoted_programme_name_is_kept_whole(catalog: Catalog) -> None:
    text = "全市“4+2”主导产业产值同比增长7.6%。"
    assert {r[0] for r in _published(catalog, text, "某市", "2021")} == {"“4+2”主导产业产值"}


def test_the_sentences_own_topic_wins_over_the_last_sentences_subject(catalog: Catalog) -> None:
    text = (
        "1-9月,规模以上服务业实现营业收入320.5亿元,同比增长9.9%。"
        "数字服务业加快发展,实现营业收入同比增长17.3%。"
    )
    rows = {(r[0], r[2], r[3]) for r in _published(catalog, text, "某区", "2022-Q1-Q3")}
    assert ("数字服务业营业收入", None, 17.3) in rows
    assert not any(r[0] == "规模以上服务业企业营业收入" and r[2] == 17.3 for r in rows)


def test_an_english_cue_never_starts_inside_a_word(catalog: Catalog) -> None:
    # '…enterprises by 9.6 percent': 'rises' at the end of 'enterprises' is no cue that cuts the name
    text = (
        "By ownership, the output growth of private enterprises went up by 8.2 percent; "
        "collective enterprises by 5.5 percent."
    )
    names = {r[0] for r in _published(catalog, text, "China", "2011-H1")}
    assert not any(n.endswith("enterp") for n in names)
