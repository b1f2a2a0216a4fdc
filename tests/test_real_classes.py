"""Classes of misses on real published bulletins (issue 9), each pinned by sentences of our own.

The sentences are written in the shape of the class, not copied from the corpus.
"""

from __future__ import annotations

import datetime as dt

from bulletin.content.catalog import Catalog
from bulletin.content.markup import render_markdown
from bulletin.core.model import ReportMeta
from bulletin.core.periods import parse_period
from bulletin.extract.merge import merge_indicators
from bulletin.extract.naming.scope import is_national
from bulletin.extract.prose import extract_mentions

Row = tuple[str, str, float | None, str, float | None]


def rows(catalog: Catalog, text: str, region: str = "全国", period: str = "2023") -> set[Row]:
    span = parse_period(period)
    mentions = extract_mentions(render_markdown(text), span, catalog, region)
    meta = ReportMeta(path="x.md", slug="x", title="x", date=dt.date(2024, 1, 1), period=span, region=region)
    merged, _ = merge_indicators(meta, mentions, catalog)
    return {(r.name, r.period.code, r.value, r.unit, r.yoy_pct) for r in merged}


# --- class 1: national and provincial releases ---------------------------------------------------


def test_the_standard_names_of_communiques_are_in_the_catalogue(catalog: Catalog) -> None:
    for name, canonical in {
        "国内生产总值": "国内生产总值",
        "固定资产投资（不含农户）": "固定资产投资(不含农户)",
        "房地产开发投资": "房地产开发投资",
        "城镇调查失业率": "城镇调查失业率",
        "居民消费价格": "居民消费价格指数",
        "工业生产者出厂价格": "工业生产者出厂价格指数",
        "年末常住人口": "年末常住人口",
        "年末人口": "年末常住人口",
        "就业人员": "就业人员",
        "出生率": "人口出生率",
        "自然增长率": "人口自然增长率",
        "粮食产量": "粮食产量",
        "农民工总量": "农民工总量",
        "常住人口城镇化率": "城镇化率",
    }.items():
        entry = catalog.lookup(name)
        assert entry is not None and entry.name == canonical, name
    assert catalog.lookup("人口出生率").unit == "‰"


def test_the_whole_country_is_the_area_itself_in_a_national_release(catalog: Catalog) -> None:
    assert is_national("全国") and is_national("China") and not is_national("某县")
    text = "全年全国规模以上工业增加值比上年增长4.6%。"
    assert rows(catalog, text) == {("规模以上工业增加值", "2023", None, "", 4.6)}
    # in a county release the same words quote a benchmark: only the county's own figure is read
    text += "全县规模以上工业增加值增长7.2%。"
    assert rows(catalog, text, region="某县") == {("规模以上工业增加值", "2023", None, "", 7.2)}


def test_a_national_value_keeps_its_value(catalog: Catalog) -> None:
    got = rows(catalog, "全国固定资产投资（不含农户）503036亿元，比上年增长3.0%。")
    assert got == {("固定资产投资(不含农户)", "2023", 503036.0, "亿元", 3.0)}


# --- class 5: population and labour lines -----------------------------------------------------------


def test_population_and_labour_lines(catalog: Catalog) -> None:
    text = (
        "年末全国人口140967万人，比上年末减少208万人。全年出生人口902万人，人口出生率为6.39‰；"
        "人口自然增长率为-1.48‰。年末城镇调查失业率为5.1%。全国农民工总量29753万人，比上年增长0.6%。"
        "常住人口城镇化率为66.16%。年末全国就业人员74041万人。"
    )
    assert rows(catalog, text) == {
        ("年末常住人口", "2023", 140967.0, "万人", None),
        ("出生人口", "2023", 902.0, "万人", None),
        ("人口出生率", "2023", 6.39, "‰", None),
        ("人口自然增长率", "2023", -1.48, "‰", None),
        ("城镇调查失业率", "2023", 5.1, "%", None),
        ("农民工总量", "2023", 29753.0, "万人", 0.6),
        ("城镇化率", "2023", 66.16, "%", None),
        ("就业人员", "2023", 74041.0, "万人", None),
    }


# --- class 2: a verb between the name and its value -----------------------------------------------


def test_a_verb_between_a_name_and_its_own_measure_word(catalog: Catalog) -> None:
    text = "第一产业实现增加值31.62亿元，增长3.4%；第二产业完成增加值118.7亿元，增长6.1%。"
    assert rows(catalog, text, region="某区") == {
        ("第一产业增加值", "2023", 31.62, "亿元", 3.4),
        ("第二产业增加值", "2023", 118.7, "亿元", 6.1),
    }
    # a measure word that is not the name's own stays another series' cue: nothing is glued on
    assert rows(catalog, "第一产业实现营业收入8.2亿元。", region="某区") == set()


# --- confidence and review: readings that are not clearly the area's own are held back -------------


def test_keeping_steady_is_not_flat_growth(catalog: Catalog) -> None:
    # 保持平稳 contains the letters of 持平 (flat) but says nothing about growth
    assert (
        rows(catalog, "上半年,全市总体经济保持平稳运行、稳中向好的态势。", region="某市", period="2023-H1")
        == set()
    )
    assert rows(catalog, "规模以上工业增加值同比持平。", region="某市", period="2023-H1") == {
        ("规模以上工业增加值", "2023-H1", None, "", 0.0)
    }


def test_readings_carry_a_rule_and_a_confidence_and_doubtful_ones_are_held(catalog: Catalog) -> None:
    from bulletin.core.errors import Severity
    from bulletin.core.model import Mention, ReportMeta, SourceFile, measure_of
    from bulletin.extract.review import held_notes, review
    from bulletin.read import read_report
    from conftest import bulletin_text

    period = parse_period("2023-H1")
    good = Mention("地区生产总值", "地区生产总值", 3, period, measure_of(yoy=8.4))
    comparison = Mention("比全省", "比全省", 4, period, measure_of(rank=4), known=False)
    fragment = Mention("总体经济", "总体经济", 5, period, measure_of(yoy=0.0), known=False)
    english = Mention(
        "central and western regions",
        "central and western regions",
        6,
        period,
        measure_of(yoy=1.0),
        known=False,
    )
    phrase = Mention("新签约项目", "新签约项目", 7, period, measure_of(yoy=12.0), known=False)
    published, held = review((good, comparison, fragment, english, phrase), catalog)
    assert [m.name for m in published] == ["地区生产总值", "新签约项目"]
    assert [(m.rule, m.confidence) for m in published] == [("catalogue-name", 0.95), ("phrase-name", 0.8)]
    assert [h.mention.rule for h in held] == ["comparison-name", "fragment-name", "generic-name-en"]
    meta = ReportMeta(
        path="content/h1.md", slug="h1", title="t", date=dt.date(2023, 8, 1), period=period, region="x"
    )
    notes = held_notes(meta, held)
    assert [(n.code, n.severity, n.location.line) for n in notes] == [
        ("I307", Severity.INFO, 4),
        ("I307", Severity.INFO, 5),
        ("I307", Severity.INFO, 6),
    ]
    assert "比全省" in notes[0].message and "rank 4" in notes[0].message and "comparison" in notes[0].message
    # the reader publishes only reviewed readings
    report, _ = read_report(SourceFile("content/h1.md", bulletin_text(), "0"), catalog)
    assert report is not None and all(m.rule == "catalogue-name" for m in report.mentions)


# --- class 6: ranks say what they rank and among whom ---------------------------------------------


def test_a_rank_records_what_it_ranks_and_its_field(catalog: Catalog) -> None:
    from bulletin.site.views import indicator_row

    text = (
        "全市地区生产总值440.3亿元,增长8.4%,增速居全省第3位。"
        "规模以上工业增加值总量居全省13个市第2位。"
        "固定资产投资增速在全省17个市中排名第一。"
    )
    span = parse_period("2023-H1")
    mentions = extract_mentions(render_markdown(text), span, catalog, "某市")
    ranks = {(m.name, m.rank, m.rank_of, m.rank_by, m.rank_field) for m in mentions if m.rank}
    assert ranks == {
        ("地区生产总值", 3, None, "growth", "全省"),
        ("规模以上工业增加值", 2, 13, "value", "全省13个市"),
        ("固定资产投资", 1, 17, "growth", "全省17个市"),
    }
    meta = ReportMeta(path="x.md", slug="x", title="x", date=dt.date(2024, 1, 1), period=span, region="某市")
    merged, _ = merge_indicators(meta, mentions, catalog)
    gdp = next(r for r in merged if r.name == "地区生产总值")
    assert gdp.measure.rank is not None and gdp.measure.rank.by == "growth"
    assert indicator_row(gdp, "zh-CN")["rank"] == "增速第3位/全省"
    assert indicator_row(gdp, "en")["rank"] == "growth No. 3 (全省)"


# --- text pasted one paragraph per line ------------------------------------------------------------


def test_lines_pasted_as_paragraphs_are_read_as_paragraphs_and_headings(catalog: Catalog) -> None:
    text = (
        "三、金融运行平稳\n"
        "6月末,全区金融机构本外币贷款余额820.5亿元,增长7.1%。\n"
        "四、收入稳步增长\n"
        "全区农林牧渔业总产值31.2亿元,增长3.3%。"
    )
    got = rows(catalog, text, region="某区", period="2024-H1")
    # the heading does not run into the name, and 6月末 does not carry into the next section
    assert ("农林牧渔业总产值", "2024-H1", 31.2, "亿元", 3.3) in got
    assert not any(r[0].startswith("四、") or r[0].endswith("增长农林牧渔业总产值") for r in got)
    assert ("贷款余额", "2024-M06", 820.5, "亿元", 7.1) in {(r[0][-4:], *r[1:]) for r in got}


def test_prose_wrapped_by_hand_stays_one_paragraph(catalog: Catalog) -> None:
    # a line ending mid-sentence: the editor wrapped it, so the period opening it carries on
    text = "6月末,全区金融机构本外币贷款余额820.5亿元,\n增长7.1%;存款余额990.0亿元,增长5.0%。"
    got = rows(catalog, text, region="某区", period="2024-H1")
    assert {r[1] for r in got} == {"2024-M06"} and len(got) == 2


# --- class 9: English news style -------------------------------------------------------------------


def test_a_participle_points_the_growth_back_at_the_figure_before_it(catalog: Catalog) -> None:
    text = (
        "Total retail sales of consumer goods in the city reached 84.2 billion yuan, representing a "
        "year-on-year increase of 6.3 percent. Grain output reached 1.05 million metric tons, "
        "indicating an increase of 2.1 percent."
    )
    got = rows(catalog, text, region="Ningbo", period="2023-H1")
    assert ("社会消费品零售总额", "2023-H1", 84.2, "billion yuan", 6.3) in got
    assert ("粮食产量", "2023-H1", 1.05, "million metric tons", 2.1) in got
    assert not any(r[0] in {"representing", "indicating"} for r in got)


def test_common_spellings_of_the_headline_names_are_aliases(catalog: Catalog) -> None:
    assert catalog.lookup("GDP总量").name == "地区生产总值"
    assert catalog.lookup("城镇调查失业率平均值").name == "城镇调查失业率"


def test_an_article_inside_an_english_name_changes_nothing(catalog: Catalog) -> None:
    text = (
        "In the first half of this year, the total value added of the industrial enterprises above "
        "designated size was up by 14.3 percent year-on-year."
    )
    assert rows(catalog, text, region="China", period="2011-H1") == {
        ("规模以上工业增加值", "2011-H1", None, "", 14.3)
    }


def test_english_aliases_with_commas_are_whole_names(catalog: Catalog) -> None:
    # a YAML flow list splits an unquoted alias at its commas: 'beef' alone was an alias of meat output
    assert catalog.lookup("output of pork, beef, mutton and poultry").name == "猪牛羊禽肉产量"
    assert catalog.lookup("beef") is None and catalog.lookup("forestry") is None
    got = rows(
        catalog, "The output of pork reached 24.43 million tons, down by 0.5 percent.", "China", "2011-H1"
    )
    assert not any(r[0] == "猪牛羊禽肉产量" for r in got)


def test_one_english_phrase_naming_two_items_shares_out_its_figures(catalog: Catalog) -> None:
    text = (
        "The output of textile industry and chemical industry grew by 3.4 percent and 6.1 percent, "
        "respectively."
    )
    assert rows(catalog, text, region="Jiangsu", period="2023-H1") == {
        ("output of textile industry", "2023-H1", None, "", 3.4),
        ("output of chemical industry", "2023-H1", None, "", 6.1),
    }


def test_a_typeset_apostrophe_reads_like_a_typed_one(catalog: Catalog) -> None:
    text = "The country’s total retail sales of consumer goods reached 47.1 trillion yuan, up 7.2 percent."
    assert rows(catalog, text, region="China", period="2023") == {
        ("社会消费品零售总额", "2023", 47.1, "trillion yuan", 7.2)
    }


# --- class 3: lists of three or more items -----------------------------------------------------------


def test_a_list_of_items_with_as_many_rates_and_no_fenbie(catalog: Catalog) -> None:
    text = (
        "全年居民消费价格上涨1.9%。其中,医疗保健、食品烟酒、教育文化和娱乐、其他用品和服务类上涨"
        "4.1%、2.6%、1.5%、0.9%,交通和通信、居住类下降1.2%、0.3%。"
    )
    got = rows(catalog, text, region="某市", period="2023")
    for name, rate in (
        ("医疗保健类", 4.1),
        ("食品烟酒类", 2.6),
        ("教育文化和娱乐类", 1.5),
        ("其他用品和服务类", 0.9),
        ("交通和通信类", -1.2),
        ("居住类", -0.3),
    ):
        assert (name, "2023", None, "", rate) in got, name
    assert ("居民消费价格指数", "2023", None, "", 1.9) in got


def test_a_list_of_rates_ends_where_its_rates_end(catalog: Catalog) -> None:
    # a clause of another figure after the list ('衣着类同比持平') is not one of the list's rates
    text = "其中,医疗保健、食品烟酒、教育文化和娱乐类上涨 4.1%、2.6%、1.5%,衣着类同比持平,居住类下降0.3%。"
    got = rows(catalog, text, region="某市", period="2023")
    for name, rate in (("医疗保健类", 4.1), ("食品烟酒类", 2.6), ("教育文化和娱乐类", 1.5), ("衣着类", 0.0)):
        assert (name, "2023", None, "", rate) in got, name
    assert ("居住类", "2023", None, "", -0.3) in got


def test_english_news_asides_and_pointers(catalog: Catalog) -> None:
    text = (
        "For the second quarter, the Chinese economy grew 4.7 percent year-on-year. "
        "Fixed-asset investment - a gauge of spending on roads, plants, machinery and equipment - rose by "
        "3.9 percent. Value-added industrial output above designated size grew by 6.0 percent. "
        "The figure rose by 5.3 percent in June."
    )
    got = rows(catalog, text, region="China", period="2024-H1")
    assert ("地区生产总值", "2024-Q2", None, "", 4.7) in got
    assert ("固定资产投资", "2024-H1", None, "", 3.9) in got
    assert not any(r[0] in {"figure", "equipment -", "machinery and equipment -"} for r in got)


# --- done when: a national communiqué gives the headline table ---------------------------------------

COMMUNIQUE = """\
初步核算，全年国内生产总值1412345亿元，比上年增长5.1%。其中，第一产业增加值95123亿元，比上年增长3.9%；第二产业增加值532456亿元，增长5.6%；第三产业增加值784766亿元，增长4.9%。

年末全国人口141020万人，比上年末减少120万人。全年城镇调查失业率平均值为5.2%。

全年居民消费价格比上年上涨0.4%。

全年全部工业增加值421234亿元，比上年增长5.7%。规模以上工业增加值增长5.9%。

全年全社会固定资产投资531234亿元，比上年增长3.1%。固定资产投资（不含农户）512345亿元，增长3.2%。房地产开发投资99876亿元，下降8.6%。

全年社会消费品零售总额498765亿元，比上年增长4.2%。

全年货物进出口总额445678亿元，比上年增长4.8%。

全年全国居民人均可支配收入43210元，比上年增长5.5%，扣除价格因素，实际增长5.1%。
"""


def test_a_national_communique_gives_every_headline_indicator(catalog: Catalog, tmp_path) -> None:
    import subprocess
    import sys

    from bulletin.core.model import SourceFile
    from bulletin.read import read_report
    from conftest import bulletin_text

    (tmp_path / "content").mkdir()
    (tmp_path / "bulletin.yaml").write_text("title: t\n", encoding="utf-8")
    file = tmp_path / "content" / "c.md"
    file.write_text(
        bulletin_text(COMMUNIQUE, title="2030年统计公报", date="2031-02-28", period="2030", region="全国"),
        "utf-8",
    )
    report, _ = read_report(SourceFile("content/c.md", file.read_text("utf-8"), "0"), catalog)
    assert report is not None
    got = {r.name: r for r in report.indicators}
    for name in (
        "国内生产总值",
        "第一产业增加值",
        "第二产业增加值",
        "第三产业增加值",
        "全部工业增加值",
        "固定资产投资",
        "固定资产投资(不含农户)",
        "房地产开发投资",
        "社会消费品零售总额",
        "进出口总额",
        "居民人均可支配收入",
    ):
        assert got[name].value is not None and got[name].yoy_pct is not None, name
    assert got["居民消费价格指数"].yoy_pct == 0.4
    assert got["城镇调查失业率"].value == 5.2
    assert got["年末常住人口"].value == 141020
    # the extract command prints a large value as written, not as 1.41234e+06
    done = subprocess.run(
        [sys.executable, "-m", "bulletin", "extract", str(file)], capture_output=True, text=True, timeout=120
    )
    assert "1412345" in done.stdout and "e+06" not in done.stdout


def test_a_month_on_month_frame_and_whose_figure_it_is(catalog: Catalog) -> None:
    text = (
        "1-4月份,全省固定资产投资增长4.2%。从环比看,4月份固定资产投资增长0.21%。"
        "4月份,规模以上工业企业的新能源汽车产量增长35.0%。"
    )
    got = rows(catalog, text, region="某省", period="2024-M01-M04")
    assert ("固定资产投资", "2024-M01-M04", None, "", 4.2) in got
    assert not any(r[4] == 0.21 for r in got)  # a month-on-month rate is no growth over the year
    assert ("新能源汽车产量", "2024-M04", None, "", 35.0) in got


# --- class 9, more: English scope adjectives, hyphenated rates, articles inside a catalogue name ------


def test_a_provinces_own_scope_adjective_and_a_hyphenated_rate(catalog: Catalog) -> None:
    text = "Provincial gross domestic product reached 1.17 trillion yuan, a 4.7-percent jump."
    assert rows(catalog, text, region="山西省", period="2023-H1") == {
        ("地区生产总值", "2023-H1", 1.17, "trillion yuan", 4.7)
    }


def test_a_catalogue_name_written_with_its_article_and_the_national_scope(catalog: Catalog) -> None:
    text = (
        "The added value of industrial enterprises above the designated size increased by 9.6 percent. "
        "The national consumer price increased by 0.9 percent."
    )
    got = rows(catalog, text, region="China", period="2021")
    assert ("规模以上工业增加值", "2021", None, "", 9.6) in got
    assert ("居民消费价格指数", "2021", None, "", 0.9) in got
    # in a province's release the national figure is a benchmark, not the province's
    assert not any(r[0] == "居民消费价格指数" for r in rows(catalog, text, region="山西省", period="2021"))


# --- class 6, more: ranks shared out by 分居, a second field's ranks left out ----------------------------


def test_ranks_shared_out_by_fenju_take_the_first_field(catalog: Catalog) -> None:
    text = (
        "城乡常住居民人均可支配收入分别达到22072元、8603元,同比分别增长8.7%、8.9%,"
        "分居全国第6位、第13位,中部第1位、第2位。"
    )
    span = parse_period("2016-Q1-Q3")
    found = extract_mentions(render_markdown(text), span, catalog, "湖北省")
    ranks = {(m.name, m.rank) for m in found if m.rank is not None}
    assert ranks == {("城镇居民人均可支配收入", 6), ("农村居民人均可支配收入", 13)}


def test_listed_amounts_share_the_currency_of_the_last(catalog: Catalog) -> None:
    text = (
        "The primary industry, secondary industry and tertiary industry of the city posted added value of "
        "27.331 billion, 304.992 billion and 198.396 billion yuan respectively."
    )
    got = rows(catalog, text, region="重庆市", period="2012-H1")
    assert ("第一产业增加值", "2012-H1", 27.331, "billion yuan", None) in got
    assert ("第二产业增加值", "2012-H1", 304.992, "billion yuan", None) in got


def test_a_heading_with_spaced_characters_ends_the_section_above(catalog: Catalog) -> None:
    # '二、农  业' pasted on its own line is a heading, not a table's cells: the growth below it is
    # the farm output's, not the per-capita GDP's from the line above
    text = "按常住人口计算,人均地区生产总值52118元。\n二、农  业\n全年完成农业总产值70.2亿元,同比增长3.6%。"
    got = rows(catalog, text, region="某县", period="2022")
    assert ("人均地区生产总值", "2022", 52118.0, "元", None) in got
    assert ("农业总产值", "2022", 70.2, "亿元", 3.6) in got


def test_a_rank_never_takes_the_subject_of_a_figure_after_it(catalog: Catalog) -> None:
    # the rank's own subject (财政收入, outside the catalogue) states no figure; the CPI after the
    # semicolon is another statistic, so the rank is dropped rather than put on the CPI
    text = "上半年财政收入也有快速增长,增幅居全省第3位;我市居民消费价格指数(CPI)上涨1.0%。"
    span = parse_period("2015-H1")
    found = extract_mentions(render_markdown(text), span, catalog, "某市")
    assert not [m for m in found if m.name == "居民消费价格指数" and m.rank is not None]
    assert any(m.name == "居民消费价格指数" and m.yoy_pct == 1.0 for m in found)


def test_a_competitiveness_ranking_is_an_evaluation_of_its_own(catalog: Catalog) -> None:
    text = "规模以上工业增加值增长8.2%。获评国家知识产权示范城市,城市综合竞争力居全国第54位。"
    span = parse_period("2019")
    found = extract_mentions(render_markdown(text), span, catalog, "某市")
    assert {(m.name, m.rank) for m in found if m.rank is not None} == {("城市综合竞争力", 54)}


def test_industry_beside_its_above_size_part_is_all_industry(catalog: Catalog) -> None:
    got = rows(
        catalog, "全县工业增加值增长5.1%,其中规模以上工业增加值增长6.8%。", region="某县", period="2025-Q1"
    )
    assert got == {
        ("全部工业增加值", "2025-Q1", None, "", 5.1),
        ("规模以上工业增加值", "2025-Q1", None, "", 6.8),
    }
    # alone, 工业增加值 is the catalogue's usual reading: the above-size series
    alone = rows(catalog, "全县工业增加值增长5.1%。", region="某县", period="2025-Q1")
    assert alone == {("规模以上工业增加值", "2025-Q1", None, "", 5.1)}


def test_industries_after_an_investment_break_it_down(catalog: Catalog) -> None:
    text = "全县固定资产投资增长8.3%。分产业看,第一产业增长21.4%;第二产业增长12.5%;第三产业下降2.6%。"
    got = rows(catalog, text, region="某县", period="2025-Q1")
    assert ("第一产业投资", "2025-Q1", None, "", 21.4) in got
    assert ("第三产业投资", "2025-Q1", None, "", -2.6) in got
    assert not any(r[0] == "第一产业增加值" for r in got)
    # after GDP, the same words are the industries' value added
    gdp = rows(
        catalog, "全县地区生产总值增长5.3%。分产业看,第一产业增长3.1%。", region="某县", period="2025-Q1"
    )
    assert ("第一产业增加值", "2025-Q1", None, "", 3.1) in gdp


def test_from_opens_a_span_of_months(catalog: Catalog) -> None:
    text = (
        "In March, consumer prices rose 0.7 percent. From January to March, consumer prices rose 1.3 percent."
    )
    got = rows(catalog, text, region="China", period="2023-M03")
    assert ("居民消费价格指数", "2023-Q1", None, "", 1.3) in got  # January to March
    assert ("居民消费价格指数", "2023-M03", None, "", 0.7) in got


def test_town_and_country_beside_the_cpi_are_its_urban_and_rural_series(catalog: Catalog) -> None:
    zh = rows(
        catalog,
        "6月份,全市居民消费价格同比上涨1.8%,其中城市上涨1.6%,农村上涨2.3%。",
        region="某市",
        period="2021-M06",
    )
    assert ("城市居民消费价格指数", "2021-M06", None, "", 1.6) in zh
    assert ("农村居民消费价格指数", "2021-M06", None, "", 2.3) in zh
    en = rows(
        catalog,
        "In June, consumer prices rose 1.1 percent. Of this, the urban rose 1.0 percent "
        "and the rural rose 1.4 percent.",
        region="China",
        period="2021-M06",
    )
    assert ("城市居民消费价格指数", "2021-M06", None, "", 1.0) in en
    assert ("农村居民消费价格指数", "2021-M06", None, "", 1.4) in en
