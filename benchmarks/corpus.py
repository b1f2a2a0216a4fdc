"""A deterministic, realistic corpus of economic bulletins, writable for bulletin, Pelican and Hugo.

Run: python benchmarks/corpus.py DIR [-n 1000] [--as bulletin|pelican|hugo]

30 districts of one fictional city × years × period kinds (Jan–N monthly cumulative, Q1, H1,
Q1–Q3, the year), about 8 KB each: YAML front-matter (title, date, period, region, slug, tags,
indicators), Chinese prose with bold figures, ranks among the city's districts and a Markdown
table, all stating the same figures as the front-matter, so `bulletin build` reports no error.
Each indicator of each district and period kind is a chain over the years (value = last year's
value × (1 + growth)), so the growth implied by last year's figure agrees with the stated one.

Nothing depends on the clock or on hash seeds: every random draw comes from random.Random seeded
by a string, so the same n gives byte-identical files, and the first n bulletins of a larger corpus
are the n bulletins of a smaller one. The three writers share one body per bulletin.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SEED = "bulletin-bench-1"
FIRST_YEAR = 1996

REGIONS = (
    ("滨河区", "binhe"), ("青山区", "qingshan"), ("东湖区", "donghu"), ("西岭区", "xiling"),
    ("南港区", "nangang"), ("北塘区", "beitang"), ("临江区", "linjiang"), ("望城区", "wangcheng"),
    ("金水区", "jinshui"), ("玉泉区", "yuquan"), ("云溪区", "yunxi"), ("松林区", "songlin"),
    ("桃源县", "taoyuan"), ("梅岭县", "meiling"), ("石门县", "shimen"), ("白沙县", "baisha"),
    ("长乐县", "changle"), ("安平县", "anping"), ("永宁县", "yongning"), ("清远区", "qingyuan"),
    ("龙湾区", "longwan"), ("凤鸣区", "fengming"), ("鹤山区", "heshan"), ("柳溪区", "liuxi"),
    ("兰亭区", "lanting"), ("枫桥区", "fengqiao"), ("翠湖区", "cuihu"), ("银滩区", "yintan"),
    ("红星区", "hongxing"), ("新城区", "xincheng"),
)  # fmt: skip


@dataclass(frozen=True)
class Kind:
    """A period kind: its code after the year, how the prose names it, its last month."""

    code: str  # "" for the year
    label: str
    month: int

    @property
    def quarterly(self) -> bool:
        return self.month % 3 == 0


KINDS = (
    Kind("M01-M02", "1-2月", 2), Kind("Q1", "一季度", 3), Kind("M01-M04", "1-4月", 4),
    Kind("M01-M05", "1-5月", 5), Kind("H1", "上半年", 6), Kind("M01-M07", "1-7月", 7),
    Kind("M01-M08", "1-8月", 8), Kind("Q1-Q3", "前三季度", 9), Kind("M01-M10", "1-10月", 10),
    Kind("M01-M11", "1-11月", 11), Kind("", "全年", 12),
)  # fmt: skip


@dataclass(frozen=True)
class Indicator:
    name: str  # the catalogue's name
    short: str  # how the prose and the table write it (an alias the catalogue knows)
    unit: str
    base: float  # a year's value around FIRST_YEAR for a mid-sized district
    decimals: int
    quarterly_only: bool = False


INDICATORS = (
    Indicator("地区生产总值", "地区生产总值", "亿元", 300.0, 1, True),
    Indicator("第一产业增加值", "第一产业增加值", "亿元", 25.0, 2, True),
    Indicator("第二产业增加值", "第二产业增加值", "亿元", 140.0, 1, True),
    Indicator("第三产业增加值", "第三产业增加值", "亿元", 135.0, 1, True),
    Indicator("规模以上工业增加值", "规上工业增加值", "亿元", 110.0, 1),
    Indicator("工业用电量", "工业用电量", "亿千瓦时", 20.0, 2),
    Indicator("固定资产投资", "固定资产投资", "亿元", 100.0, 1),
    Indicator("社会消费品零售总额", "社会消费品零售总额", "亿元", 90.0, 1),
    Indicator("一般公共预算收入", "一般公共预算收入", "亿元", 20.0, 2),
    Indicator("税收收入", "税收收入", "亿元", 16.0, 2),
    Indicator("进出口总额", "进出口总额", "亿元", 80.0, 1),
    Indicator("出口总额", "出口总额", "亿元", 50.0, 2),
    Indicator("实际使用外资", "实际使用外资", "亿美元", 6.0, 2),
    Indicator("城镇居民人均可支配收入", "城镇居民人均可支配收入", "元", 9000.0, 0, True),
    Indicator("新登记市场主体", "新登记市场主体", "户", 1500.0, 0),
)
BY_NAME = {i.name: i for i in INDICATORS}


@dataclass(frozen=True)
class Bulletin:
    """One bulletin: where it sits in the corpus and everything written about it."""

    index: int
    region: str
    region_slug: str
    year: int
    kind: Kind
    figures: tuple[tuple[Indicator, float, float, int | None], ...]  # (indicator, value, yoy %, rank)

    @property
    def period(self) -> str:
        return f"{self.year}-{self.kind.code}" if self.kind.code else str(self.year)

    @property
    def slug(self) -> str:
        return f"{self.region_slug}-{self.period.lower()}"

    @property
    def date(self) -> str:
        month = self.kind.month % 12 + 1
        return f"{self.year + (self.kind.month == 12)}-{month:02d}-{10 + self.index % 15:02d}"

    @property
    def label(self) -> str:
        return self.kind.label if self.kind.code else f"{self.year}年"

    @property
    def title(self) -> str:
        return f"{self.region}{self.year}年{self.kind.label}经济运行情况"

    @property
    def tags(self) -> list[str]:
        tag = "年度报告" if not self.kind.code else ("季度报告" if self.kind.quarterly else "月度报告")
        return ["经济运行", tag, ("工业经济", "投资消费", "对外开放")[self.index % 3]]


def _fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


@cache
def _chain(region: str, name: str, kind_code: str, year: int) -> tuple[float, float]:
    """(value as published, yoy %) of one indicator of one district for one period.

    A chain over the years: this year's value is last year's *published* value × (1 + growth),
    rounded, so the growth implied by the two published values is the stated one up to rounding
    of one value (under 1.5% of it: every value is large enough for its decimals). Growth is at
    least 1.5% either way, so rounding never flips its sign.
    """
    ind, kind = BY_NAME[name], next(k for k in KINDS if k.code == kind_code)
    # The year's growth of this indicator in this district, nudged per period kind, so that the
    # cumulative figures of one year stay in order (1-5月 below 上半年) however long the chain.
    growth = random.Random(f"{SEED}:{region}:{name}:{year}").gauss(6.5, 4.0)
    rng = random.Random(f"{SEED}:{region}:{name}:{kind_code}:{year}")
    growth += rng.uniform(-0.3, 0.3)
    growth = round(growth if abs(growth) >= 1.5 else math.copysign(1.5 + abs(growth), growth), 1)
    if year == FIRST_YEAR:
        size = random.Random(f"{SEED}:{region}:size").uniform(0.4, 2.5)
        value = ind.base * size * kind.month / 12 * rng.uniform(0.96, 1.04)
    else:
        value = _chain(region, name, kind_code, year - 1)[0] * (1 + growth / 100)
    return (round(value, ind.decimals) if ind.decimals else float(round(value))), growth


def _ranks(name: str, kind: Kind, year: int) -> dict[str, int]:
    """Each district's rank among the city's by growth of one indicator (ties broken by name)."""
    growths = sorted((-_chain(r, name, kind.code, year)[1], r) for r, _ in REGIONS)
    return {r: i + 1 for i, (_, r) in enumerate(growths)}


RANKED = ("地区生产总值", "规模以上工业增加值")


def bulletin_at(index: int) -> Bulletin:
    """The index-th bulletin: year by year, period kind by kind, district by district."""
    per_year = len(KINDS) * len(REGIONS)
    year = FIRST_YEAR + index // per_year
    kind = KINDS[index % per_year // len(REGIONS)]
    region, region_slug = REGIONS[index % len(REGIONS)]
    figures = []
    for ind in INDICATORS:
        if ind.quarterly_only and not kind.quarterly:
            continue
        value, growth = _chain(region, ind.name, kind.code, year)
        rank = _ranks(ind.name, kind, year)[region] if ind.name in RANKED else None
        figures.append((ind, value, growth, rank))
    return Bulletin(index, region, region_slug, year, kind, tuple(figures))


# --- prose ------------------------------------------------------------------------------------

MEETING = (
    "会议听取了各部门关于{label}重点指标完成情况的汇报,逐项分析了指标变化的原因,研判了当前经济运行中的新情况新问题。",
    "会议指出,{label}全区上下坚持稳中求进工作总基调,统筹推进稳增长、调结构、促改革、惠民生、防风险各项工作,经济运行总体平稳。",
    "会议要求,各级各部门要进一步增强机遇意识和责任意识,把握有利条件,坚定发展信心,以更加务实的作风推动各项工作落地见效。",
    "会议强调,要坚持项目为王,围绕主导产业精准招商,推动在建项目早竣工、早投产、早达效,为经济增长提供有力支撑。",
    "会议认为,当前全区经济运行中也面临一些困难和挑战,部分行业和企业生产经营压力较大,内需恢复基础还不稳固,必须高度重视、积极应对。",
    "会议部署了下一阶段重点工作,要求各牵头单位细化工作方案,明确时间节点和责任人,按周调度、按月通报,确保年度目标任务圆满完成。",
)
TASKS = (
    "**抓运行监测。**完善重点指标监测和预警机制,对拖累增长的行业和企业逐一会诊,做到精准施策、应统尽统;",
    "**抓项目建设。**聚焦重大产业项目和基础设施项目,强化要素保障,协调解决用地、用能、融资等方面的难题;",
    "**抓产业升级。**围绕先进制造业、现代服务业和数字经济延链补链强链,培育一批专精特新企业;",
    "**抓消费提振。**组织开展各类促消费活动,推动商圈提档升级,培育夜间经济、假日经济等消费新场景;",
    "**抓营商环境。**深化“放管服”改革,推行惠企政策“免申即享”,健全政银企常态化对接机制;",
    "**抓民生保障。**统筹做好就业、教育、医疗、养老等民生工作,守牢安全生产和社会稳定底线;",
    "**抓开放合作。**稳住外贸基本盘,支持企业参加境内外展会,拓展多元化市场,提高利用外资质量;",
    "**抓财源建设。**加强税源培育和征管,盘活存量资产资源,严格控制一般性支出,兜牢基层“三保”底线;",
)
OUTLOOK = (
    "从先行指标看,工业用电、货运量等保持增长,企业订单总体稳定,市场主体预期有所改善,经济运行有望延续恢复向好态势。",
    "同时也要清醒看到,外部环境复杂多变,部分企业生产经营仍然困难,稳增长、稳就业、稳预期的任务依然艰巨。",
    "下一步,全区将坚持稳字当头、稳中求进,抓住关键时间节点,全力以赴稳增长、促发展,奋力完成全年目标任务。",
    "各园区、乡镇街道要对照年度目标查缺补漏,主要领导亲自抓、分管领导具体抓,形成齐抓共管的工作合力。",
)

SECTORS = (
    "装备制造业保持较快增长,重点企业满负荷生产,新接订单总体充足,龙头企业带动作用进一步增强。",
    "新能源汽车及零部件产业链加快集聚,整车企业产能逐步释放,配套企业本地配套率持续提高。",
    "电子信息产业稳中有进,一批智能终端和新型显示项目建成投产,产业规模不断壮大。",
    "生物医药产业加快发展,创新药和高端医疗器械研发取得新进展,产业园区承载能力持续提升。",
    "建筑业生产平稳,重点工程有序推进,建筑企业资质等级和市场竞争力不断提高。",
    "批发零售和住宿餐饮业加快恢复,商圈客流明显回升,节假日消费市场活跃。",
    "交通运输和现代物流业稳步发展,多式联运体系加快完善,物流成本进一步降低。",
    "金融服务实体经济能力增强,普惠小微贷款保持增长,企业综合融资成本稳中有降。",
    "房地产市场总体平稳,保障性住房建设有序推进,城市更新和老旧小区改造扎实开展。",
    "农业生产形势稳定,粮食生产面积保持稳定,特色种养殖业和农产品加工业较快发展。",
)
PROJECTS = (
    "重点项目建设有力推进,一批产业项目开工建设,部分项目提前进入设备安装调试阶段。",
    "招商引资成效明显,围绕主导产业开展精准招商,签约落地了一批补链强链项目。",
    "项目要素保障持续加强,土地、能耗、资金等要素向重点项目倾斜,审批效率进一步提高。",
    "基础设施建设加快推进,城市主干道路、供水管网和污水处理设施建设按计划实施。",
    "科技创新能力持续提升,高新技术企业和科技型中小企业数量稳步增加,研发投入不断加大。",
    "营商环境持续优化,企业开办、工程建设项目审批等事项办理时限进一步压缩。",
    "民生保障有力有效,教育、医疗、养老等公共服务供给持续增加,群众获得感不断增强。",
    "生态环境质量持续改善,大气和水环境治理扎实推进,绿色低碳转型步伐加快。",
)


def _change(growth: float) -> str:
    verb = "增长" if growth >= 0 else "下降"
    return f"{verb}**{abs(growth):.1f}%**"


def _sentence(b: Bulletin, ind: Indicator, value: float, growth: float, rank: int | None, first: bool) -> str:
    v = f"**{_fmt(value, ind.decimals)}{ind.unit}**"
    verb = ("完成", "实现", "达到", "")[(b.index + len(ind.name)) % 4] if ind.unit != "户" else ""
    text = f"{ind.short}{verb}{v},同比{_change(growth)}" if first else f"{ind.short}{v},{_change(growth)}"
    if rank is not None:
        text += f",增速居全市第{rank}位"
    return text


def _paragraph(b: Bulletin, names: tuple[str, ...], lead: str = "") -> str:
    rows = [f for f in b.figures if f[0].name in names]
    if not rows:
        return ""
    parts = [_sentence(b, ind, v, g, r, i == 0) for i, (ind, v, g, r) in enumerate(rows)]
    return f"{lead}{';'.join(parts)}。"


def body(b: Bulletin) -> str:
    """The Markdown body (without front-matter), shared by every writer."""
    rng = random.Random(f"{SEED}:body:{b.index}")
    area = "全县" if b.region.endswith("县") else "全区"
    meeting = rng.sample(MEETING, len(MEETING))
    day = 5 + b.index % 20
    month = b.kind.month % 12 + 1
    lines = [
        f"## {b.region}召开{b.label}经济运行分析会议",
        "",
        f"{month}月{day}日,{b.region}召开{b.label}经济运行分析会议,通报{b.label}主要经济指标完成情况,"
        f"分析当前经济形势,部署下一阶段重点工作。{meeting[0].format(label=b.label)}",
        "",
        f"## {b.label} 主要指标运行情况",
        "",
    ]
    paragraphs = (
        _paragraph(b, ("地区生产总值",), f"{b.label},{area}"),
        _paragraph(b, ("第一产业增加值", "第二产业增加值", "第三产业增加值"), "分产业看,"),
        _paragraph(b, ("规模以上工业增加值", "工业用电量"), "**工业生产稳步增长。**"),
        _paragraph(b, ("固定资产投资", "社会消费品零售总额"), "**投资消费协同发力。**"),
        _paragraph(b, ("一般公共预算收入", "税收收入"), "**财政收入平稳增长。**"),
        _paragraph(b, ("进出口总额", "出口总额", "实际使用外资"), "**开放型经济持续发展。**"),
        _paragraph(b, ("城镇居民人均可支配收入", "新登记市场主体"), "**民生和市场活力。**"),
    )
    if not b.kind.quarterly:
        paragraphs = (
            f"{b.label},{area}" + paragraphs[2].removeprefix("**工业生产稳步增长。**"),
            *paragraphs[3:],
        )
    for paragraph in paragraphs:
        if paragraph:
            lines += [paragraph, ""]
    lines += [f"## {b.label} 行业和重点工作", "", "".join(rng.sample(SECTORS, 5)), ""]
    lines += ["".join(rng.sample(SECTORS, 4)), "", "".join(rng.sample(PROJECTS, len(PROJECTS))), ""]
    lines += ["".join(rng.sample(SECTORS, 3)), ""]
    lines += [
        f"### {b.label}主要经济指标",
        "",
        f"| 指标 | 单位 | {b.label} | 同比增长(%) |",
        "| --- | --- | ---: | ---: |",
    ]
    for ind, value, growth, _ in b.figures:
        lines.append(f"| {ind.short} | {ind.unit} | {_fmt(value, ind.decimals)} | {growth:.1f} |")
    lines += [
        "",
        "## 下一步工作安排",
        "",
        meeting[1].format(label=b.label),
        "",
        "会议要求,重点抓好以下工作:",
        "",
    ]
    lines += [f"- {task}" for task in rng.sample(TASKS, len(TASKS))]
    lines += [
        "",
        meeting[2].format(label=b.label),
        "",
        *[f"{p}\n" for p in rng.sample(OUTLOOK, len(OUTLOOK))],
    ]
    lines += [meeting[3].format(label=b.label), "", meeting[4].format(label=b.label), ""]
    lines += [meeting[5].format(label=b.label), ""]
    return "\n".join(lines)


def summary(b: Bulletin) -> str:
    ind, value, growth, _ = b.figures[0]
    change = f"增长{growth:.1f}%" if growth >= 0 else f"下降{-growth:.1f}%"
    return f"{b.label}{ind.short}{_fmt(value, ind.decimals)}{ind.unit},同比{change}。"


def front_matter(b: Bulletin) -> str:
    """bulletin's YAML front-matter (Hugo reads the same)."""
    lines = [
        "---",
        f"title: {b.title}",
        f"date: {b.date}",
        f'period: "{b.period}"',
        f"region: {b.region}",
        f"slug: {b.slug}",
        f"summary: {summary(b)}",
        f"tags: [{', '.join(b.tags)}]",
        f"author: {b.region}统计局",
        f"source: {b.region}人民政府",
        "indicators:",
    ]
    for ind, value, growth, rank in b.figures:
        entry = f"name: {ind.name}, value: {_fmt(value, ind.decimals)}, unit: {ind.unit}, yoy: {growth:.1f}"
        lines.append(f"  - {{{entry}{f', rank: {rank}' if rank is not None else ''}}}")
    return "\n".join([*lines, "---", "", ""])


def _path(b: Bulletin) -> str:
    return f"{b.year}/{b.slug}.md"


def write_bulletin_site(root: Path | str, n: int) -> list[Path]:
    """A bulletin site: bulletin.yaml and content/<year>/<slug>.md. Returns the bulletin files."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    (root / "bulletin.yaml").write_text(
        "title: 示例市各区县经济运行公报\ndescription: 各区县历期经济运行分析报告与主要指标数据\n"
        "language: zh-CN\nbase_url: /\n",
        encoding="utf-8",
    )
    paths = []
    for i in range(n):
        b = bulletin_at(i)
        path = root / "content" / _path(b)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front_matter(b) + body(b), encoding="utf-8")
        paths.append(path)
    return paths


PELICAN_CONF = """\
AUTHOR = "统计局"
SITENAME = "示例市各区县经济运行公报"
SITEURL = ""
PATH = "content"
TIMEZONE = "Asia/Shanghai"
DEFAULT_LANG = "zh"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"
RELATIVE_URLS = True
DEFAULT_PAGINATION = 10
ARTICLE_URL = ARTICLE_SAVE_AS = "bulletins/{slug}/index.html"
# No feeds: bulletin and the Hugo site below write none either.
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
"""


def write_pelican_site(root: Path | str, n: int) -> list[Path]:
    """A Pelican site: pelicanconf.py and content/<year>/<slug>.md with a metadata header, same body."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    (root / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    paths = []
    for i in range(n):
        b = bulletin_at(i)
        header = (
            f"Title: {b.title}\nDate: {b.date}\nCategory: {b.region}\nTags: {', '.join(b.tags)}\n"
            f"Slug: {b.slug}\nAuthors: {b.region}统计局\nSummary: {summary(b)}\n\n"
        )
        path = root / "content" / _path(b)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header + body(b), encoding="utf-8")
        paths.append(path)
    return paths


HUGO_CONFIG = """\
baseURL = "/"
languageCode = "zh-cn"
title = "示例市各区县经济运行公报"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
"""
HUGO_BASEOF = """\
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
"""
HUGO_SINGLE = """\
{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2006-01-02" }} · {{ .Params.region }} · {{ .Params.period }}</p>
{{ .Content }}
<table>{{ range .Params.indicators }}<tr><td>{{ .name }}</td><td>{{ .value }}</td><td>{{ .unit }}</td>\
<td>{{ .yoy }}</td></tr>{{ end }}</table>
<p>{{ range .Params.tags }}<a href="{{ (printf "/tags/%s/" (urlize .)) | relURL }}">{{ . }}</a> {{ end }}</p>
</article>{{ end }}
"""
HUGO_LIST = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
"""


def write_hugo_site(root: Path | str, n: int) -> list[Path]:
    """A Hugo site: config.toml, the same YAML front-matter and body, and a minimal layout."""
    root = Path(root)
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True, exist_ok=True)
    (root / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in (("baseof", HUGO_BASEOF), ("single", HUGO_SINGLE), ("list", HUGO_LIST)):
        (layouts / f"{name}.html").write_text(text, encoding="utf-8")
    paths = []
    for i in range(n):
        b = bulletin_at(i)
        path = root / "content" / "bulletins" / _path(b)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front_matter(b) + body(b), encoding="utf-8")
        paths.append(path)
    return paths


WRITERS = {"bulletin": write_bulletin_site, "pelican": write_pelican_site, "hugo": write_hugo_site}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("-n", type=int, default=1000, help="number of bulletins (default 1000)")
    parser.add_argument("--as", dest="kind", choices=tuple(WRITERS), default="bulletin")
    args = parser.parse_args(argv)
    paths = WRITERS[args.kind](args.dir, args.n)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} bulletins, {size / len(paths) / 1024:.1f} KB each on average, in {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
