"""Tests for figure extraction: prose -> mentions (extract.py, sentences.py, names.py, ranks.py, lexicon.py).

Each table row is text in, indicator rows out. Rows are read the way a build reads them:
``extract_mentions`` on ``render_markdown(text)``, then the front-matter/prose merge with no
front-matter indicators, so a figure mentioned twice is one row.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletin.cli import main
from bulletin.content.catalog import Catalog, load_catalog
from bulletin.content.markup import render_markdown
from bulletin.core.model import Mention
from bulletin.core.periods import parse_period
from bulletin.extract.prose import extract_mentions
from conftest import REPO, bulletin_text, read_table

Row = tuple[str, str, float | None, str | None, float | None, int | None, int | None]


def R(
    indicator: str,
    period: str = "2023-H1",
    value: float | None = None,
    unit: str | None = None,
    yoy: float | None = None,
    rank: int | None = None,
    of: int | None = None,
) -> Row:
    return (indicator, period, value, unit, yoy, rank, of)


def mentions(text: str, period: str, catalog: Catalog) -> tuple[Mention, ...]:
    return extract_mentions(render_markdown(text), parse_period(period), catalog)


def rows(text: str, period: str, catalog: Catalog) -> list[Row]:
    out = []
    for r in read_table(text, period, catalog):
        value = None if r.value is None else round(r.value, 6)
        yoy = None if r.yoy_pct is None else round(r.yoy_pct, 6)
        out.append((r.name, r.period.code, value, r.unit or None, yoy, r.rank, r.rank_of))
    return sorted(out, key=repr)


# --- the pattern families of tests/extraction/README.md ------------------------------------------

CASES: list[tuple[str, str, str, list[Row]]] = [
    # -- values and signs
    (
        "basic",
        "2023-H1",
        "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。",
        [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4)],
    ),
    (
        "alias-bi-shangnian",
        "2023-H1",
        "规上工业增加值完成332亿元,比上年增长11.3%。",
        [R("规模以上工业增加值", value=332, unit="亿元", yoy=11.3)],
    ),
    (
        "bi-shangnian-tongqi",
        "2023-H1",
        "固定资产投资178亿元,比上年同期增长7.3%。",
        [R("固定资产投资", value=178, unit="亿元", yoy=7.3)],
    ),
    (
        "xiajiang-negative",
        "2023-H1",
        "进出口总额121.4亿元,同比下降4.3%。",
        [R("进出口总额", value=121.4, unit="亿元", yoy=-4.3)],
    ),
    (
        "huiluo-negative",
        "2023-H1",
        "一般公共预算收入21.6亿元,回落4.2%。",
        [R("一般公共预算收入", value=21.6, unit="亿元", yoy=-4.2)],
    ),
    (
        "jianshao-negative",
        "2023-Q1-Q3",
        "1—9月,全市规模以上工业企业实现营业收入2345.6亿元,同比下降2.3%;利润总额98.7亿元,同比减少5.1%。",
        [
            R("规模以上工业企业营业收入", "2023-Q1-Q3", 2345.6, "亿元", -2.3),
            R("规模以上工业企业利润总额", "2023-Q1-Q3", 98.7, "亿元", -5.1),
        ],
    ),
    ("growth-minus", "2023-H1", "地区生产总值增长-1.2%。", [R("地区生产总值", yoy=-1.2)]),
    ("flat", "2023-H1", "社会消费品零售总额与上年同期持平。", [R("社会消费品零售总额", yoy=0.0)]),
    ("fold", "2023-H1", "进出口总额增长1.2倍。", [R("进出口总额", yoy=120.0)]),
    ("price-index", "2023-H1", "居民消费价格同比上涨2.1%。", [R("居民消费价格指数", yoy=2.1)]),
    ("rate-level", "2023-H1", "城镇调查失业率为5.2%。", [R("城镇调查失业率", value=5.2, unit="%")]),
    (
        "two-in-one-sentence",
        "2023-H1",
        "地区生产总值完成682.3亿元,同比增长8.4%;规上工业增加值完成332亿元,同比增长11.3%。",
        [
            R("地区生产总值", value=682.3, unit="亿元", yoy=8.4),
            R("规模以上工业增加值", value=332, unit="亿元", yoy=11.3),
        ],
    ),
    (
        "fenbie",
        "2023-H1",
        "地区生产总值、规上工业增加值同比分别增长8.4%、11.3%。",
        [R("地区生产总值", yoy=8.4), R("规模以上工业增加值", yoy=11.3)],
    ),
    (
        "three-industries",
        "2023-H1",
        "第一、二、三产业增加值分别为12.1亿元、345.6亿元、324.6亿元。",
        [
            R("第一产业增加值", value=12.1, unit="亿元"),
            R("第二产业增加值", value=345.6, unit="亿元"),
            R("第三产业增加值", value=324.6, unit="亿元"),
        ],
    ),
    (
        "wan-meiyuan-thousands",
        "2023-H1",
        "实际使用外资4235万美元,增长12.1%;社会消费品零售总额12,345万元,增长6.1%。",
        [
            R("实际使用外资", value=4235, unit="万美元", yoy=12.1),
            R("社会消费品零售总额", value=12345, unit="万元", yoy=6.1),
        ],
    ),
    (
        "tupo-then-value",
        "2023",
        "全年地区生产总值首次突破3000亿元,达到3012.6亿元。",
        [R("地区生产总值", "2023", 3012.6, "亿元")],
    ),
    # -- not year-on-year
    (
        "percentage-points",
        "2023-H1",
        "地区生产总值增长8.4%,增速较一季度提高0.5个百分点,比全市高2.1个百分点。",
        [R("地区生产总值", yoy=8.4)],
    ),
    ("percentage-points-alone", "2023-H1", "地区生产总值增速较一季度提高0.5个百分点。", []),
    (
        "month-on-month",
        "2023-H1",
        "社会消费品零售总额107.2亿元,同比增长8.6%,环比增长1.2%。",
        [R("社会消费品零售总额", value=107.2, unit="亿元", yoy=8.6)],
    ),
    ("month-on-month-alone", "2023-H1", "社会消费品零售总额环比增长2.1%。", []),
    (
        "share",
        "2023-H1",
        "规上工业增加值332亿元,增长11.3%,占全市的比重达到38.6%。",
        [R("规模以上工业增加值", value=332, unit="亿元", yoy=11.3)],
    ),
    ("share-alone", "2023-H1", "规上工业增加值占全市的比重达到38.6%。", []),
    (
        "share-of-city",
        "2023-H1",
        "地区生产总值682.3亿元,占全市的35.2%。",
        [R("地区生产总值", value=682.3, unit="亿元")],
    ),
    ("structure", "2023-H1", "三次产业结构为2.1:45.3:52.6。", []),
    ("structure-adjusted", "2023", "三次产业结构调整为1.8:50.7:47.5。", []),
    ("intensity", "2023", "研发经费投入强度2.8%。", []),
    ("absolute-change-only", "2023-H1", "城镇新增就业增加1.1万人。", []),
    (
        "absolute-change-after-value",
        "2023-H1",
        "城镇新增就业1.1万人,比上年增加0.2万人。",
        [R("城镇新增就业", value=1.1, unit="万人")],
    ),
    ("target", "2023-H1", "全年地区生产总值预期目标增长6%。", []),
    ("striving", "2023-H1", "力争全年地区生产总值增长7%。", []),
    ("forecast", "2023-H1", "预计全年地区生产总值增长7%左右。", []),
    ("plan-years", "2023", "2023—2025年,地区生产总值年均增长7%以上。", []),
    (
        "completion-ratio",
        "2023-H1",
        "城镇新增就业1.1万人,完成年度目标的56%。",
        [R("城镇新增就业", value=1.1, unit="万人")],
    ),
    ("two-year-average-alone", "2023-H1", "地区生产总值两年平均增长5.2%。", []),
    (
        "two-year-average",
        "2023-H1",
        "规上工业增加值同比增长11.3%,两年平均增长7.2%。",
        [R("规模以上工业增加值", yoy=11.3)],
    ),
    (
        "comparison-base",
        "2023-H1",
        "地区生产总值682.3亿元,比上年同期的629.4亿元增加52.9亿元。",
        [R("地区生产总值", value=682.3, unit="亿元")],
    ),
    (
        "last-year-as-base",
        "2023-H1",
        "地区生产总值682.3亿元,上年同期为629.4亿元。",
        [R("地区生产总值", value=682.3, unit="亿元")],
    ),
    (
        "benchmark-area",
        "2023-H1",
        "全省平均增长5.3%,我区地区生产总值增长8.4%。",
        [R("地区生产总值", yoy=8.4)],
    ),
    ("single-project", "2023-H1", "该项目总投资56亿元。", []),
    # -- periods
    (
        "single-quarter-in-cumulative",
        "2023-H1",
        "上半年,地区生产总值增长8.4%,其中二季度增长9.1%。",
        [R("地区生产总值", yoy=8.4), R("地区生产总值", "2023-Q2", yoy=9.1)],
    ),
    (
        "single-month-in-cumulative",
        "2023-H1",
        "1-6月,规上工业增加值增长11.3%;6月当月增长5.1%。",
        [R("规模以上工业增加值", yoy=11.3), R("规模以上工业增加值", "2023-M06", yoy=5.1)],
    ),
    (
        "first-quarter-then-half",
        "2023-H1",
        "一季度地区生产总值增长7.9%,上半年增长8.4%。",
        [R("地区生产总值", "2023-Q1", yoy=7.9), R("地区生产总值", yoy=8.4)],
    ),
    (
        "first-five-months",
        "2023-H1",
        "前5个月,规上工业增加值增长10.2%。",
        [R("规模以上工业增加值", "2023-M01-M05", yoy=10.2)],
    ),
    (
        "balance-at-month-end",
        "2023-H1",
        "6月末,金融机构人民币贷款余额987.6亿元,增长12.3%。",
        [R("金融机构人民币贷款余额", "2023-M06", 987.6, "亿元", 12.3)],
    ),
    (
        "earlier-year-in-its-own-right",
        "2023",
        "2022年全年地区生产总值1320.5亿元,增长4.1%。",
        [R("地区生产总值", "2022", 1320.5, "亿元", 4.1)],
    ),
    (
        "heading-sets-period",
        "2023-H1",
        "### 一季度\n\n地区生产总值增长7.9%。\n\n### 上半年\n\n地区生产总值增长8.4%。",
        [R("地区生产总值", "2023-Q1", yoy=7.9), R("地区生产总值", yoy=8.4)],
    ),
    # -- ranks
    (
        "rank-of-evaluation",
        "2023-H1",
        "在全国230家国家级经开区综合发展水平考核评价中居第23位。",
        [R("全国国家级经开区综合发展水平考核评价", rank=23, of=230)],
    ),
    (
        "rank-carried-evaluation",
        "2023-H1",
        "在全国**230**家国家级经开区综合发展水平考核评价中,我区位居第**23**位;"
        "在中西部**118**家国家级经开区中排名第**3**位。",
        [
            R("全国国家级经开区综合发展水平考核评价", rank=23, of=230),
            R("中西部国家级经开区综合发展水平考核评价", rank=3, of=118),
        ],
    ),
    (
        "rank-first-place",
        "2023-H1",
        "经开区摘得全省开发区高质量发展考核评价第一名,在全市开发区年度综合考评中同样名列第一。",
        [R("全省开发区高质量发展考核评价", rank=1), R("全市开发区综合考评", rank=1)],
    ),
    ("rank-ju-di-wei", "2023-H1", "全区地区生产总值总量居全省第3位。", [R("地区生产总值", rank=3)]),
    ("rank-chinese-numeral", "2023-H1", "地区生产总值增速排名第五。", [R("地区生产总值", rank=5)]),
    (
        "rank-joins-its-row",
        "2023-H1",
        "地区生产总值682.3亿元,增长8.4%,增速居全市第2位。",
        [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4, rank=2)],
    ),
    ("rank-change", "2023-H1", "全区地区生产总值排名前移3个位次。", []),
    (
        "rank-english",
        "2023-H1",
        "The zone ranked 3rd of 118 zones in the national evaluation of development zones.",
        [R("national evaluation of development zones", rank=3, of=118)],
    ),
    # -- English
    (
        "english-value-and-growth",
        "2023-H1",
        "In the first half, GDP reached CNY 68.23 billion, up 8.4% year on year.",
        [R("地区生产总值", value=68.23, unit="CNY billion", yoy=8.4)],
    ),
    (
        "english-billion-yuan",
        "2023-H1",
        "GDP reached 68.23 billion yuan in the first half, up 8.4 percent.",
        [R("地区生产总值", value=68.23, unit="billion yuan", yoy=8.4)],
    ),
    (
        "english-fell",
        "2023-H1",
        "The zone's fixed-asset investment fell 2.1% year on year.",
        [R("固定资产投资", yoy=-2.1)],
    ),
    (
        "english-long-name",
        "2023-H1",
        "Industrial value added above designated size grew 11.3% year on year.",
        [R("规模以上工业增加值", yoy=11.3)],
    ),
    (
        "english-two",
        "2023-H1",
        "GDP rose 5.2% y/y; industrial value added was up 6.1%.",
        [R("地区生产总值", yoy=5.2), R("规模以上工业增加值", yoy=6.1)],
    ),
    # -- Markdown
    (
        "list-items",
        "2023-H1",
        "上半年主要经济指标一览:\n- 地区生产总值:682.3亿元,增长8.4%\n- 固定资产投资:178亿元,增长7.3%\n"
        "- 一般公共预算收入:21.6亿元,下降4.2%",
        [
            R("地区生产总值", value=682.3, unit="亿元", yoy=8.4),
            R("固定资产投资", value=178, unit="亿元", yoy=7.3),
            R("一般公共预算收入", value=21.6, unit="亿元", yoy=-4.2),
        ],
    ),
    (
        "ordered-list",
        "2023-H1",
        "1. 地区生产总值682.3亿元,增长8.4%;\n2. 规上工业增加值332亿元,增长11.3%。",
        [
            R("地区生产总值", value=682.3, unit="亿元", yoy=8.4),
            R("规模以上工业增加值", value=332, unit="亿元", yoy=11.3),
        ],
    ),
    (
        "table",
        "2023-H1",
        "| 指标 | 绝对值(亿元) | 同比增长(%) |\n|---|---|---|\n| 地区生产总值 | 682.3 | 8.4 |\n"
        "| 固定资产投资 | 178 | 7.3 |",
        [
            R("地区生产总值", value=682.3, unit="亿元", yoy=8.4),
            R("固定资产投资", value=178, unit="亿元", yoy=7.3),
        ],
    ),
    (
        "table-unit-column-rank-and-dashes",
        "2023-H1",
        "| 指标 | 单位 | 1-6月 | 同比增长(%) | 排名 |\n|---|---|---|---|---|\n"
        "| 地区生产总值 | 亿元 | **682.3** | 8.4 | 3 |\n| 固定资产投资 | 亿元 | — | 7.3 | - |\n"
        "| 进出口总额 | 亿元 | 121.4 | -4.3 | |",
        [
            R("地区生产总值", value=682.3, unit="亿元", yoy=8.4, rank=3),
            R("固定资产投资", yoy=7.3),
            R("进出口总额", value=121.4, unit="亿元", yoy=-4.3),
        ],
    ),
    (
        "table-english",
        "2023-H1",
        "| Indicator | Value (CNY 100 million) | YoY (%) |\n|---|---|---|\n| GDP | 682.3 | 8.4 |",
        [R("地区生产总值", value=682.3, unit="CNY 100 million", yoy=8.4)],
    ),
    (
        "blockquote",
        "2023-H1",
        "> 地区生产总值682.3亿元,增长8.4%。",
        [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4)],
    ),
    (
        "bold-figures",
        "2023-H1",
        "规上工业增加值实现**332亿元**,增长**11.3%**;固定资产投资达到**178亿元**,增长**7.3%**。",
        [
            R("规模以上工业增加值", value=332, unit="亿元", yoy=11.3),
            R("固定资产投资", value=178, unit="亿元", yoy=7.3),
        ],
    ),
    (
        "bold-inside-numbers",
        "2023-H1",
        "地区生产总值完成**682**.3亿元,同比增长**8**.4%。",
        [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4)],
    ),
    (
        "bold-name",
        "2023-H1",
        "**地区生产总值**完成682.3亿元,同比增长8.4%。",
        [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4)],
    ),
    (
        "underscore-emphasis",
        "2023-H1",
        "地区生产总值完成__682.3亿元__,同比增长8.4%。",
        [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4)],
    ),
    (
        "full-width-digits",
        "2023-Q1-Q3",
        "前三季度,全县社会消费品零售总额１２３．４亿元,同比增长６．２％。",
        [R("社会消费品零售总额", "2023-Q1-Q3", 123.4, "亿元", 6.2)],
    ),
    (
        "full-width-punctuation",
        "2023-H1",
        "上半年，全区实现地区生产总值６８２．３亿元，同比增长８．４％，居全市第２位。",
        [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4, rank=2)],
    ),
    (
        "mentioned-twice",
        "2023-H1",
        "地区生产总值682.3亿元,增长8.4%。\n\n会议指出,地区生产总值682.3亿元,同比增长8.4%,总量突破600亿元大关。",
        [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4)],
    ),
    # -- no figures
    ("date", "2023-H1", "8月19日,滨河经开区召开上半年经济运行分析会议。", []),
    ("meeting-and-attendees", "2023-H1", "8月19日,召开第3次常务会议,60名干部参加。", []),
    ("departments", "2023-H1", "会议强调,区直23个部门要层层压实责任。", []),
    ("thirty-years", "2023-H1", "建区30年系列活动进一步扩大了园区影响力。", []),
    ("anniversary", "2023", "今年是改革开放45周年,也是建区30周年。", []),
    ("durations", "2023-H1", "国庆假期8天,连续3个月保持增长态势。", []),
    ("document-number", "2023-H1", "根据《关于印发〈实施方案〉的通知》(滨政〔2023〕12号),给予奖励。", []),
    ("phone-and-address", "2023-H1", "热线电话0371-12345678,地址:经开区第二大街100号。", []),
    ("slogans", "2023", "十四五期间,实施四大工程,落实两个确保,开展万人助万企活动。", []),
    ("year-range", "2023", "2023—2025年是实施方案的关键阶段。", []),
    ("policy-threshold", "2023", "对首次纳统的工业企业,给予一次性奖励20万元。", []),
    # -- rules added with development set 6
    (
        "two-fenbie-one-list",
        "2022",
        "全年全市规模以上工业企业营业收入、利润总额分别为2345.6亿元和156.8亿元,分别增长6.2%和下降3.5%。",
        [
            R("规模以上工业企业营业收入", "2022", 2345.6, "亿元", 6.2),
            R("规模以上工业企业利润总额", "2022", 156.8, "亿元", -3.5),
        ],
    ),
    (
        "fenbie-ranks",
        "2023-H1",
        "上半年,全市规模以上工业增加值、固定资产投资分别增长8.2%和5.6%,增速分别居全省第2位和第5位。",
        [R("规模以上工业增加值", yoy=8.2, rank=2), R("固定资产投资", yoy=5.6, rank=5)],
    ),
    (
        "urban-rural-listed",
        "2023-Q1-Q3",
        "前三季度,全县城镇、农村居民人均可支配收入分别为28456元和15213元。",
        [
            R("城镇居民人均可支配收入", "2023-Q1-Q3", 28456, "元"),
            R("农村居民人均可支配收入", "2023-Q1-Q3", 15213, "元"),
        ],
    ),
    (
        "footnote-marks",
        "2022",
        "全年全市地区生产总值[1]2745.6亿元,比上年增长3.8%。城镇新增就业5.82万人①。",
        [R("地区生产总值", "2022", 2745.6, "亿元", 3.8), R("城镇新增就业", "2022", 5.82, "万人")],
    ),
    (
        "bi-shangyue-is-month-on-month",
        "2024-M05",
        "5月份,全市工业用电量7.25亿千瓦时,比上月增长4.1%。",
        [R("工业用电量", "2024-M05", 7.25, "亿千瓦时")],
    ),
    (
        "year-end-balance",
        "2021",
        "年末金融机构本外币存款余额5036.2亿元,比上年末增长10.4%。",
        [R("金融机构本外币存款余额", "2021", 5036.2, "亿元", 10.4)],
    ),
    (
        "en-edging-down",
        "2023-H1",
        "In the first half, tax revenue totaled 12.8 billion yuan, edging down 0.6 percent.",
        [R("税收收入", value=12.8, unit="billion yuan", yoy=-0.6)],
    ),
    (
        "en-among-field",
        "2024-Q1-Q3",
        "Fixed-asset investment grew 8.7 percent in the first three quarters, "
        "second among the 14 cities of Guangxi.",
        [R("固定资产投资", "2024-Q1-Q3", yoy=8.7, rank=2, of=14)],
    ),
    (
        "en-hundred-million-yuan",
        "2022-H1",
        "The county's general public budget revenue reached 15.62 100 million yuan in the first half, "
        "up 6.5 percent.",
        [R("一般公共预算收入", "2022-H1", 15.62, "100 million yuan", 6.5)],
    ),
    (
        "en-basis-a-clause-earlier",
        "2020",
        "At current prices, GDP expanded 4.6 percent to 736.8 billion yuan in 2020; "
        "at constant prices, growth was 3.2 percent.",
        [R("地区生产总值", "2020", 736.8, "billion yuan", 3.2)],
    ),
    (
        "en-company-frame",
        "2022",
        "Xiangjiang Auto, the city's largest manufacturer, built 310,000 vehicles in 2022, up 22 percent.",
        [],
    ),
    # -- rules added with development set 5
    (
        "list-shares-its-measure",
        "2024-M01-M08",
        "1—8月,国有控股企业增加值增长4.1%,股份制企业增长6.9%,外商及港澳台商投资企业下降1.3%。",
        [
            R("国有控股企业增加值", "2024-M01-M08", yoy=4.1),
            R("股份制企业增加值", "2024-M01-M08", yoy=6.9),
            R("外商及港澳台商投资企业增加值", "2024-M01-M08", yoy=-1.3),
        ],
    ),
    (
        "a-count-keeps-its-name",
        "2023",
        "规上工业增加值增长9.1%,新增规上工业企业27家。",
        [R("规模以上工业增加值", "2023", yoy=9.1), R("新增规上工业企业", "2023", 27, "家")],
    ),
    (
        "bare-total-after-projects",
        "2025-Q1",
        "一季度,全市新开工项目156个,总投资862.4亿元。",
        [R("新开工项目", "2025-Q1", 156, "个"), R("新开工项目总投资", "2025-Q1", 862.4, "亿元")],
    ),
    (
        "arrows",
        "2024-Q1-Q3",
        "GDP 386.4亿元 ↑5.9%;固投 ↓2.1%。",
        [R("地区生产总值", "2024-Q1-Q3", 386.4, "亿元", 5.9), R("固定资产投资", "2024-Q1-Q3", yoy=-2.1)],
    ),
    (
        "emoji-bullet-and-5g",
        "2023",
        "🏮年末5G移动电话用户186.3万户;重点商贸企业实现销售额8,620万元。",
        [R("5G移动电话用户", "2023", 186.3, "万户"), R("重点商贸企业销售额", "2023", 8620, "万元")],
    ),
    ("sub-areas", "2023-H1", "分县区看,A区地区生产总值412.3亿元,增长6.8%。", []),
    ("distance", "2023", "园区距高铁站12公里,距机场45分钟车程。", []),
    (
        "concentration-and-chips",
        "2023",
        "全年PM2.5年均浓度31微克/立方米,下降6.1%;集成电路产量128.6亿块,增长25.4%。",
        [
            R("PM2.5年均浓度", "2023", 31, "微克/立方米", -6.1),
            R("集成电路产量", "2023", 128.6, "亿块", 25.4),
        ],
    ),
    (
        "field-with-thousands",
        "2024",
        "我县在2024年度全国1,866个县(市)县域经济综合竞争力评价中位列第68位。",
        [R("全国县(市)县域经济综合竞争力评价", "2024", rank=68, of=1866)],
    ),
    # -- rules added with development set 7 (English)
    (
        "en-posted-an-increase",
        "2024-Q1",
        "In the first quarter, exports posted a 4.1 percent increase to 96.5 billion yuan.",
        [R("出口总额", "2024-Q1", 96.5, "billion yuan", 4.1)],
    ),
    (
        "en-milestone-then-value",
        "2023",
        "Exports exceeded 100 billion yuan for the first time, reaching 101.3 billion yuan, up 7.7 percent.",
        [R("出口总额", "2023", 101.3, "billion yuan", 7.7)],
    ),
    (
        "en-second-fastest-among",
        "2025-H1",
        "Hefei's GDP grew 6.4 percent year on year to 655.7 billion yuan, the second-fastest growth "
        "among the province's 16 cities.",
        [R("地区生产总值", "2025-H1", 655.7, "billion yuan", 6.4, 2, 16)],
    ),
    (
        "en-scope-after-name",
        "2023",
        "Over the past year, the GDP of our city reached 560.8 billion yuan, up 5.9 percent.",
        [R("地区生产总值", "2023", 560.8, "billion yuan", 5.9)],
    ),
    (
        "en-counts-after-verbs",
        "2023",
        "The zone is home to 326 industrial enterprises above designated size and 148 high-tech enterprises.",
        [
            R("industrial enterprises above designated size", "2023", 326),
            R("high-tech enterprises", "2023", 148),
        ],
    ),
    (
        "en-one-scenic-spot",
        "2019",
        "Its 5A-level scenic spot alone received 3.1 million visitors.",
        [],
    ),
    (
        "en-currency-symbols",
        "2023",
        "Imports from ASEAN rose 9.8 percent to $760 million, "
        "while online retail sales reached ¥3.4 billion.",
        [
            R("imports from asean", "2023", 760, "$ million", 9.8),
            R("网上零售额", "2023", 3.4, "¥ billion"),  # a catalogue series of its own (online retail sales)
        ],
    ),
    (
        "en-gloss-in-brackets",
        "2023",
        "General public budget revenue (一般公共预算收入) reached 38.26 billion yuan, up 4.3 percent.",
        [R("一般公共预算收入", "2023", 38.26, "billion yuan", 4.3)],
    ),
    (
        "en-respectively",
        "2018",
        "The per capita disposable income of urban and rural residents reached 58,230 yuan and "
        "29,870 yuan respectively, up 4.6 percent and 6.8 percent.",
        [
            R("城镇居民人均可支配收入", "2018", 58230, "yuan", 4.6),
            R("农村居民人均可支配收入", "2018", 29870, "yuan", 6.8),
        ],
    ),
    (
        "en-balance-at-quarter-end",
        "2024-Q1",
        "At the end of the first quarter, the loan balance in the city was 726.4 billion yuan, "
        "up 8.7 percent.",
        [R("金融机构本外币贷款余额", "2024-M03", 726.4, "billion yuan", 8.7)],
    ),
    (
        "en-background-after",
        "2023-M10",
        "Consumer prices were flat in October, after edging up 0.1 percent in September.",
        [R("居民消费价格指数", "2023-M10", yoy=0.0)],
    ),
    (
        "en-policy-threshold",
        "2023",
        "Projects with investment of more than 100 million yuan receive a rent subsidy "
        "of up to 3 million yuan.",
        [],
    ),
]


@pytest.mark.parametrize(("period", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_extract_rows(catalog: Catalog, period: str, text: str, expected: list[Row]) -> None:
    assert rows(text, period, catalog) == sorted(expected, key=repr)


# --- a mis-paired ** never hides a figure ----------------------------------------------------------

GDP_ROW = [R("地区生产总值", value=682.3, unit="亿元", yoy=8.4)]


@pytest.mark.parametrize(
    "text",
    [
        "地区生产总值完成**682.3亿元,同比增长8.4%",
        "地区生产总值完成**682.3亿元,同比增长8.4%。",
        "地区生产总值完成682.3亿元**,同比增长**8.4%。",
        "地区生产总值完成682.3亿元,同比增长8.4%**。",
        "**地区生产总值完成682.3亿元,同比增长8.4%。",
        "地区生产总值完成682.3亿元,同比增长**8.4%",
        "地区生产总值完成*682.3亿元,同比增长8.4%。",
        "地区生产总值完成***682.3亿元**,同比增长8.4%。",
        "地区生产总值完成__682.3亿元,同比增长8.4%。",
    ],
)
def test_mispaired_emphasis_does_not_hide_a_figure(catalog: Catalog, text: str) -> None:
    assert rows(text, "2023-H1", catalog) == GDP_ROW


def test_mispaired_emphasis_across_paragraphs(catalog: Catalog) -> None:
    text = "**地区生产总值完成682.3亿元。\n\n固定资产投资完成178亿元**,增长7.3%。"
    assert rows(text, "2023-H1", catalog) == sorted(
        [R("地区生产总值", value=682.3, unit="亿元"), R("固定资产投资", value=178, unit="亿元", yoy=7.3)],
        key=repr,
    )


# --- source lines ------------------------------------------------------------------------------------

BODY = """\
## 上半年经济运行情况

第一段文字,没有数字。

上半年,全区经济运行平稳。地区生产总值完成682.3亿元,同比增长8.4%。

固定资产投资完成178亿元,
增长7.3%。规上工业增加值完成332亿元,增长11.3%。

- 社会消费品零售总额107.2亿元,增长8.6%
- 一般公共预算收入43.7亿元,增长8.7%

| 指标 | 绝对值(亿元) | 同比增长(%) |
|---|---|---|
| 进出口总额 | 121.4 | -4.3 |
"""


def _line_of(text: str, fragment: str) -> int:
    matches = [i for i, line in enumerate(text.splitlines(), start=1) if fragment in line]
    assert len(matches) == 1, fragment
    return matches[0]


EXPECTED_LINE_FRAGMENTS = {
    "地区生产总值": "地区生产总值完成682.3亿元",
    "固定资产投资": "固定资产投资完成178亿元",
    "规模以上工业增加值": "规上工业增加值完成332亿元",
    "社会消费品零售总额": "社会消费品零售总额107.2亿元",
    "一般公共预算收入": "一般公共预算收入43.7亿元",
    "进出口总额": "| 进出口总额 |",
}


def test_mention_lines_are_file_lines(catalog: Catalog) -> None:
    text = bulletin_text(BODY)
    found = extract_mentions(render_markdown(text), parse_period("2023-H1"), catalog)
    assert {m.name for m in found} == set(EXPECTED_LINE_FRAGMENTS)
    first_line = {}
    for m in found:
        first_line.setdefault(m.name, m.line)
    for name, fragment in EXPECTED_LINE_FRAGMENTS.items():
        assert first_line[name] == _line_of(text, fragment), name


def test_row_lines_through_the_extract_command(make_site, runner) -> None:
    text = bulletin_text(BODY)
    root = make_site({"content/2023/h1.md": text})
    result = runner.invoke(main, ["extract", str(root / "content/2023/h1.md"), "--format", "json"])
    assert result.exit_code == 0, result.output
    got = {r["indicator"]: r["line"] for r in json.loads(result.stdout)}
    assert got == {name: _line_of(text, fragment) for name, fragment in EXPECTED_LINE_FRAGMENTS.items()}
    assert {r["source"] for r in json.loads(result.stdout)} == {"prose"}


# --- the 2023-H1 example bulletin ------------------------------------------------------------------

EXAMPLE_H1 = REPO / "content" / "2023" / "2023-h1.md"

EXAMPLE_EXPECTED = [
    R("地区生产总值", value=682.3, unit="亿元", yoy=8.4),
    R("规模以上工业增加值", value=332, unit="亿元", yoy=11.3),
    R("固定资产投资", value=178, unit="亿元", yoy=7.3),
    R("全国国家级经开区综合发展水平考核评价", rank=23, of=230),
    R("中西部国家级经开区综合发展水平考核评价", rank=3, of=118),
    R("全省开发区高质量发展考核评价", rank=1),
    R("全市开发区综合考评", rank=1),
]


def test_example_prose_gives_the_headline_figures() -> None:
    site_catalog, problems = load_catalog(REPO)
    assert problems == ()
    got = rows(EXAMPLE_H1.read_text(encoding="utf-8"), "2023-H1", site_catalog)
    for row in EXAMPLE_EXPECTED:
        assert row in got, row
    # nothing from the durations, dates, department counts and percentage points in it
    assert not any(r[2] in (30, 23, 19) and r[5] is None for r in got), got
    assert not any(r[4] in (0.5, 0.8, 2.0, 38.6) for r in got), got


def test_example_through_the_extract_command(runner) -> None:
    result = runner.invoke(main, ["extract", str(EXAMPLE_H1), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    got = {
        (r["indicator"], r["period"], r["value"], r["unit"] or None, r["yoy_pct"], r["rank"], r["rank_of"])
        for r in data
    }
    for row in EXAMPLE_EXPECTED:
        assert row in got, row
    by_name = {r["indicator"]: r for r in data}
    assert by_name["地区生产总值"]["source"] == "both"
    assert by_name["全省开发区高质量发展考核评价"]["source"] == "prose"
    assert len(data) == len({(r["indicator"], r["period"]) for r in data})


# --- properties ------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "地区生产总值", "规上工业增加值", "GDP", "industrial value added", "完成", "实现", "同比", "比上年",
        "增长", "下降", "回落", "第", "位", "居", "名", "第一名", "亿元", "万元", "万人", "家", "个", "%",
        "％", "个百分点", "倍", "持平", "环比", "占", "比重", "上年同期", "(上年同期=100)", "分别",
        "**", "*", "_", "__", "`", "|", "|---|", "-", "- ", "1. ", "# ", "> ", "[", "](http://x)", "[^1]",
        "<b>", "&amp;", "\\", "\n", "\n\n", " ", ",", "。", ";", "、", ":", "(", ")", "(", ")",
        "0", "1", "2", "3", ".", "8.4", "682.3", "-1.2", "12,345", "１２３．４", "〔2023〕12号",
        "上半年", "一季度", "二季度", "1-6月", "1—9月", "6月末", "截至6月底", "2022年", "全年", "全市",
        "230家", "中", "ranked", "3rd", "of", "118", "up", "rose", "fell", "percent", "billion yuan", "CNY",
        "year on year", "预期目标", "两年平均",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(_PIECES, max_size=50).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=50).map("".join),
)
_PERIODS = st.sampled_from(["2023-H1", "2023", "2023-Q1-Q3", "2023-Q2", "2023-M05", "2023-M01-M08"])


@settings(max_examples=600, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, period=_PERIODS)
def test_extract_never_raises_and_mentions_are_complete(catalog: Catalog, text: str, period: str) -> None:
    limit = parse_period(period)
    found = extract_mentions(render_markdown(text), limit, catalog)
    for m in found:
        assert m.period is not None
        assert m.quantity is not None or m.yoy_pct is not None or m.rank is not None
        assert m.name
        assert m.line >= 1
        assert m.period.end <= limit.end  # a later period is a plan, not a statistic


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    value=st.decimals(min_value="0.1", max_value="99999", places=1),
    yoy=st.decimals(min_value="0.1", max_value="99.9", places=1),
    down=st.booleans(),
    bold=st.booleans(),
)
def test_any_stated_figure_is_read_back(catalog: Catalog, value, yoy, down: bool, bold: bool) -> None:
    """The basic sentence shape gives back exactly the numbers written into it."""
    b = "**" if bold else ""
    text = f"上半年,全区地区生产总值完成{b}{value}亿元{b},同比{'下降' if down else '增长'}{b}{yoy}%{b}。"
    want = float(-yoy if down else yoy)
    assert rows(text, "2023-H1", catalog) == [R("地区生产总值", value=float(value), unit="亿元", yoy=want)]


def test_extract_on_empty_and_markup_only_text(catalog: Catalog) -> None:
    for text in ("", "\n\n", "---\n---\n", "| a |\n|---|\n", "- \n- \n", "# \n", "**", "``` \n682.3亿元\n"):
        assert rows(text, "2023-H1", catalog) == [], text


# --- figures that must not land in another indicator's row -------------------------------------------


@pytest.mark.parametrize(
    ("period", "text", "expected"),
    [
        # a subset of projects is not the zone's fixed-asset investment
        (
            "2023-H1",
            "固定资产投资增长7.3%,其中15个重点项目完成投资56亿元。",
            R("固定资产投资", yoy=7.3),
        ),
        # a total since the zone was founded is not this half-year's figure
        ("2023-H1", "建区以来,累计完成固定资产投资1200亿元。", None),
        ("2023-H1", "地区生产总值增长8.4%。建区30年来,累计完成投资1200亿元。", R("地区生产总值", yoy=8.4)),
    ],
    ids=["key-projects-subset", "since-founding", "since-founding-after-a-figure"],
)
def test_figures_of_other_scopes_stay_out(
    catalog: Catalog, period: str, text: str, expected: Row | None
) -> None:
    assert rows(text, period, catalog) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在全市县域经济综合排名中,我县居第3位。", R("全市县域经济综合排名", "2023", rank=3)),
        ("我县在全市县域经济综合排名中居第2位。", R("全市县域经济综合排名", "2023", rank=2)),
        ("在全省开发区考核排名中列第5位。", R("全省开发区考核排名", "2023", rank=5)),
    ],
    ids=["subject-between", "ranking-noun-before-ju", "ranking-noun-before-lie"],
)
def test_evaluation_named_paiming_keeps_its_rank(catalog: Catalog, text: str, expected: Row) -> None:
    assert rows(text, "2023", catalog) == [expected]
