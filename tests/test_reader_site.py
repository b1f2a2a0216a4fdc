"""The reader's site: regions kept apart, English pages in English, feeds and discovery, downloads
that explain themselves, charts that never mix span kinds, and search that says why it failed."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bulletin.charts.plan import span_kind, span_label, sparkline
from bulletin.charts.spec import ChartSpec, Series
from bulletin.content.config import load_config
from bulletin.core.model import History, Point, measure_of
from bulletin.core.periods import parse_period
from bulletin.core.units import quantity
from bulletin.data.dictionary import FIELDS, PUBLISHED_COLUMNS
from bulletin.pipeline import build
from conftest import bulletin_text

pytestmark = pytest.mark.slow


def _b(body: str, title: str, date: str, period: str, region: str, extra: str = "") -> str:
    return bulletin_text(body, title=title, date=date, period=period, region=region, extra=extra)


G = "全区地区生产总值完成{v}亿元,同比增长{g}%。规模以上工业增加值同比增长{i}%。"
SITE = {
    "bulletin.yaml": (
        "title: {zh-CN: 双区经济运行公报, en: Two Districts Bulletins}\n"
        "description: {zh-CN: 两个区的公报, en: Bulletins of two districts}\n"
        "default_region: 东区\nbase_url: https://stats.example.org/r/\nlicense: CC-BY-4.0\n"
        "translations: {regions: {东区: East District, 西区: West District},\n"
        "               tags: {经济运行: Economy}}\n"
    ),
    "content/e1.md": _b(G.format(v=100.5, g=5.1, i=6.0), "东区2023年上半年", "2023-08-01", "2023-H1", "东区",
                        "tags: [经济运行]"),
    "content/e2.md": _b(G.format(v=210.2, g=5.3, i=6.2), "东区2023年", "2024-02-01", "2023", "东区",
                        "tags: [经济运行]"),
    "content/e0.md": _b(G.format(v=95.0, g=4.0, i=5.0), "东区2022年上半年", "2022-08-01", "2022-H1", "东区"),
    # Three days newer than the default region's newest bulletin: it must not take over the home page.
    "content/w1.md": _b(G.format(v=80.0, g=3.2, i=4.4) + "新型储能产值12.5亿元。", "西区2023年", "2024-02-04",
                        "2023", "西区"),
    "content/w0.md": _b(G.format(v=77.0, g=2.0, i=3.0), "西区2022年", "2023-02-04", "2022", "西区"),
}  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    root = tmp_path_factory.mktemp("reader") / "src"
    for rel, text in SITE.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    out = root.parent / "out"
    config, _ = load_config(root, output_dir=out, jobs=1)
    result = build(config)
    assert result.files, [str(d) for d in result.diagnostics]
    return out, list(result.diagnostics)


def read(out: Path, rel: str) -> str:
    return (out / rel).read_text(encoding="utf-8")


# --- regions ---------------------------------------------------------------------------------------


def test_home_shows_the_default_region_first_then_one_section_per_region(site) -> None:
    home = read(site[0], "index.html")
    sections = re.findall(r'<section class="dashboard" aria-labelledby="dashboard-([^"]+)">', home)
    assert sections == ["东区", "西区"]
    east = home[home.index('id="dashboard-东区"') : home.index('id="dashboard-西区"')]
    assert "210.2" in east and "80" not in re.sub(r"<[^>]+>", "", east).replace("210.2", "")


def test_previous_and_next_stay_within_the_region(site) -> None:
    page = read(site[0], "bulletins/e2/index.html")
    pager = page[page.index('class="pager"') :]
    assert 'href="/r/bulletins/e1/"' in pager and "w1" not in pager and "w0" not in pager
    west = read(site[0], "bulletins/w1/index.html")
    assert 'rel="prev" href="/r/bulletins/w0/"' in west and 'rel="next"' not in west


# --- English pages in English ----------------------------------------------------------------------


def test_english_pages_use_english_titles_regions_tags_and_mark_chinese_only_names(site) -> None:
    en = read(site[0], "en/index.html")
    assert "<title>Two Districts Bulletins</title>" in en and "双区" not in en.split("<main")[0]
    assert "East District" in en and "Economy" in read(site[0], "en/bulletins/e2/index.html")
    table = read(site[0], "en/bulletins/w1/index.html")
    assert 'lang="zh-CN">新型储能产值</span> <span class="zh-only">(Chinese name only)</span>' in table
    assert "Gross domestic product" in table


def test_404_speaks_both_languages(site) -> None:
    page = read(site[0], "404.html")
    assert (
        "页面不存在" in page
        and '<section class="other-language" lang="en"' in page
        and "Page not found" in page
    )


# --- feeds and discovery ---------------------------------------------------------------------------


def test_atom_feed_per_language_with_absolute_urls(site) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for rel, title in (("feed.xml", "双区经济运行公报"), ("en/feed.xml", "Two Districts Bulletins")):
        feed = ET.fromstring((site[0] / rel).read_bytes())
        assert feed.findtext("a:title", namespaces=ns) == title
        links = [e.find("a:link", ns).get("href") for e in feed.findall("a:entry", ns)]
        assert len(links) == 5 and all(link.startswith("https://stats.example.org/r/") for link in links)
        assert links[0].endswith("bulletins/w1/")  # newest first


def test_sitemap_robots_canonical_hreflang_and_open_graph(site) -> None:
    out = site[0]
    locs = re.findall(r"<loc>([^<]+)</loc>", read(out, "sitemap.xml"))
    assert "https://stats.example.org/r/bulletins/e1/" in locs and "https://stats.example.org/r/en/" in locs
    assert all((out / loc.removeprefix("https://stats.example.org/r/")).exists() for loc in locs)
    assert "Sitemap: https://stats.example.org/r/sitemap.xml" in read(out, "robots.txt")
    page = read(out, "bulletins/e1/index.html")
    assert '<link rel="canonical" href="https://stats.example.org/r/bulletins/e1/">' in page
    assert '<link rel="alternate" hreflang="en" href="https://stats.example.org/r/en/bulletins/e1/">' in page
    assert '<meta property="og:type" content="article">' in page and 'name="twitter:card"' in page
    assert 'href="/r/bulletins/e0/"' in page  # page links stay root-relative: the site works on any host


def test_without_an_absolute_base_url_the_build_warns_and_still_works(make_site, tmp_path: Path) -> None:
    root = make_site({"content/a.md": bulletin_text()})
    config, _ = load_config(root, output_dir=tmp_path / "out", jobs=1)
    result = build(config)
    assert [d.code for d in result.diagnostics if d.code == "I606"] == ["I606"]
    paths = {f.path for f in result.files}
    assert "index.html" in paths and "robots.txt" in paths and "feed.xml" not in paths
    assert "sitemap.xml" not in paths


# --- downloads -------------------------------------------------------------------------------------


def test_every_row_explains_itself_and_the_package_describes_every_column(site) -> None:
    out = site[0]
    rows = list(csv.DictReader(io.StringIO(read(out, "data/indicators.csv").lstrip("\ufeff"))))
    assert tuple(rows[0]) == PUBLISHED_COLUMNS
    gdp = next(r for r in rows if r["bulletin"] == "e1" and r["indicator"] == "地区生产总值")
    assert (gdp["indicator_id"], gdp["growth_basis"], gdp["bulletin_title"], gdp["bulletin_date"]) == (
        "gdp", "comparable", "东区2023年上半年", "2023-08-01")  # fmt: skip
    assert gdp["bulletin_url"] == "https://stats.example.org/r/bulletins/e1/" and gdp["category"]
    document = json.loads(read(out, "data/indicators.json"))
    assert document["license"] == "CC-BY-4.0" and len(document["rows"]) == len(rows)
    assert {b["bulletin"] for b in document["generated_from"]} == {"e0", "e1", "e2", "w0", "w1"}
    assert json.loads(read(out, "data/indicators-rows.json")) == document["rows"]
    package = json.loads(read(out, "data/datapackage.json"))
    fields = package["resources"][0]["schema"]["fields"]
    assert [f["name"] for f in fields] == list(PUBLISHED_COLUMNS) == [f.name for f in FIELDS]
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    west = list(csv.DictReader(io.StringIO(read(out, "data/regions/西区.csv").lstrip("\ufeff"))))
    assert west and {r["region"] for r in west} == {"西区"}
    assert "bulletin_title" in read(out, "data/index.html") and "公报标题" in read(out, "data/index.html")


# --- charts ----------------------------------------------------------------------------------------


def _point(code: str, value: float, yoy: float) -> Point:
    return Point("东区", parse_period(code), code, 1, "prose", measure_of(quantity(value, "亿元"), yoy))


def test_trend_series_never_mix_span_kinds(site) -> None:
    from bulletin.charts.plan import indicator_charts

    points = tuple(_point(c, v, g) for c, v, g in
                   [("2022-H1", 95, 4), ("2022", 200, 4.5), ("2023-Q1", 50, 5), ("2023-H1", 100, 5.1),
                    ("2023-Q1-Q3", 150, 5.2), ("2023", 210, 5.3), ("2023-M09", 17, 6.0)])  # fmt: skip
    history = History("地区生产总值", "GDP", "gdp", "economy", 1, True, True, points)
    specs = indicator_charts(history, "zh-CN", "t")
    trend = next(s for s in specs if s.id.startswith("trend"))
    assert trend.labels == ("2022年", "2023年")
    assert [s.name for s in trend.series] == ["一季度", "上半年", "前三季度", "全年"]
    assert trend.series[1].values == (95, 100) and trend.series[1].growth == (4, 5.1)  # H1 with H1
    months = next(s for s in specs if s.id.startswith("months"))
    assert months.labels == ("2023年9月",)
    assert all("M0" not in label for s in specs for label in (*s.labels, *(x.name for x in s.series)))
    assert span_label("M09", "zh-CN") == "9月" and span_label("M01-M08", "en") == "Jan–Aug"
    assert [span_kind(parse_period(c)) for c in ("2023-Q1", "2023-Q3", "2023-M09", "2023-M01-M09")] == [
        "cumulative", "quarter", "month", "cumulative"]  # fmt: skip


def test_sparkline_says_what_it_shows_and_keeps_one_kind() -> None:
    points = (
        _point("2022", 1, 3.0),
        _point("2023-M09", 1, 9.0),
        _point("2023-H1", 1, 5.0),
        _point("2023", 1, 6.0),
    )
    history = History("地区生产总值", "GDP", "gdp", "economy", 1, True, True, points)
    spec = sparkline(history, "东区", "zh-CN", parse_period("2023"))
    assert spec is not None and spec.series[0].name == "累计同比增速(%)"
    assert spec.series[0].values == (3.0, 5.0, 6.0)  # the single month is not in the line
    english = sparkline(history, "东区", "en", parse_period("2023"))
    assert english is not None and english.series[0].name == "Year-to-date YoY growth (%)"


def test_rank_chart_with_one_point_and_a_long_name_reads(tmp_path: Path) -> None:
    from bulletin.charts.render import render_charts

    name = "全国国家级经济技术开发区综合发展水平考核评价"
    specs = [ChartSpec(f"r{narrow}", "ranks", "zh-CN", "排名", (name,), (Series("排名", (23.0,)),),
                       totals=(230,), narrow=narrow) for narrow in (False, True)]  # fmt: skip
    result = render_charts(specs, tmp_path, 1)
    for spec in specs:
        svg = result.svgs[spec.id]
        texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
        name_lines = [t for t in texts if t and t in name]
        # the whole name, in a few lines of several characters: never one character to a line
        assert "".join(name_lines) == name and min(len(t) for t in name_lines) >= 4, texts
        assert "第23位/230" in texts and "靠前" in texts
        sizes = [float(s) for s in re.findall(r"font-size: ([0-9.]+)px", svg)]
        width = float(re.search(r'viewBox="0 0 ([0-9.]+)', svg).group(1))
        # natural size, or the narrowest column it is shown in: a 360 px phone's (narrow chart) or,
        # from the 46rem breakpoint up, a 736 px window's less its side padding (wide chart)
        shown = min(width * 4 / 3, 328 if spec.narrow else 704)
        assert min(sizes) * shown / width >= 12 and max(sizes) * 4 / 3 <= 16


def test_search_failure_is_a_warning_that_says_why(monkeypatch, make_site, tmp_path: Path) -> None:
    import bulletin.site.search as search

    async def broken(*args: object) -> list:
        raise OSError("pagefind binary could not start")

    monkeypatch.setattr(search, "_index_bundle", broken)
    root = make_site({"content/a.md": bulletin_text(), "bulletin.yaml": "base_url: https://x.example/\n"})
    config, _ = load_config(root, output_dir=tmp_path / "out", jobs=1)
    result = build(config)
    found = [d for d in result.diagnostics if d.code == "W605"]
    assert len(found) == 1 and "pagefind binary could not start" in found[0].message and found[0].hint
    assert result.files and not any(f.path.startswith("pagefind/") for f in result.files)


def test_search_index_is_written_per_language(site) -> None:
    names = {p.name for p in (site[0] / "pagefind").iterdir()}
    assert "pagefind.js" in names and any(n.startswith("pagefind.zh-cn_") for n in names)
    assert any(n.startswith("pagefind.en_") for n in names)
    search = read(site[0], "search/index.html")
    assert search.count("<script") == 1 and "assets/search.js" in search
    assert "<script" not in read(site[0], "index.html")


def _pagefind_children() -> list[int]:
    """Pagefind processes whose parent is this test process (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(text.rsplit(")", 1)[1].split()[1])
        if ppid == os.getpid() and b"pagefind" in cmdline:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="counts processes through Linux /proc")
def test_building_the_index_leaves_no_pagefind_process_behind(make_site, tmp_path: Path) -> None:
    # serve rebuilds on every save: one stray process per build would pile up for hours
    root = make_site({"content/a.md": bulletin_text(), "bulletin.yaml": "base_url: https://x.example/\n"})
    config, _ = load_config(root, output_dir=tmp_path / "out", jobs=1)
    for _ in range(2):
        result = build(config)
        assert any(f.path.startswith("pagefind/") for f in result.files)
    assert _pagefind_children() == []
