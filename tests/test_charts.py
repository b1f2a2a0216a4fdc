"""Chart rendering: valid accessible SVG, fonts, determinism, the cache, ids, house style."""

from __future__ import annotations

import concurrent.futures
import logging
import os
import re
import subprocess
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletin.charts import draw as plots
from bulletin.charts import fonts, style
from bulletin.charts import render as chartrender
from bulletin.charts.render import chart_key, render_charts
from bulletin.charts.spec import KINDS, ChartSpec, Series, plain
from bulletin.core import executors

SVG = "{http://www.w3.org/2000/svg}"
PERIODS = ("2022年一季度", "2022年上半年", "2022年前三季度", "2022年全年", "2023年一季度", "2023年上半年")
INDICATORS = ("地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "固定资产投资")

TREND = ChartSpec(
    "gdp-trend", "trend", "zh-CN", "地区生产总值", PERIODS,
    (Series("累计", (1318.5, 2800.2, 4300.0, None, 1400.1, 3000.3), (False,) * 5 + (True,)),),
    unit="亿元", yoy=(4.1, 5.0, -2.1, None, 6.0, 8.4), source="国家统计局",
)  # fmt: skip
REGIONS = ChartSpec(
    "regions", "regions", "zh-CN", "各区同比增速", PERIODS[:4],
    (Series("甲区", (1.0, 2.5, None, 4.0)), Series("乙区", (5.0, -1.0, -2.0, -0.5))), unit="%",
)  # fmt: skip
GROWTH = ChartSpec(
    "growth", "growth", "en", "Main indicators", ("GDP", "Industry", "Retail sales", "Exports"),
    (Series("YoY", (8.4, -2.1, 3.0, -0.5)),), unit="%", source="NBS",
)  # fmt: skip
RANKS = ChartSpec(
    "ranks",
    "ranks",
    "zh-CN",
    "全国排名",
    INDICATORS[:3],
    (Series("排名", (23.0, 5.0, 3.0)),),
    totals=(230, None, 31),
)
SPARK = ChartSpec(
    "spark", "sparkline", "zh-CN", "GDP走势", PERIODS, (Series("v", (1.0, 2.0, None, 3.0, 2.5, 4.0)),)
)
ALL = (TREND, REGIONS, GROWTH, RANKS, SPARK)


def texts(svg: str) -> str:
    """All drawn text (each line of a label is its own <text>) joined, without whitespace."""
    root = ET.fromstring(svg)
    return "".join("".join(t.itertext()) for t in root.iter(f"{SVG}text")).replace(" ", "")


def render(specs: tuple[ChartSpec, ...] | list[ChartSpec], tmp_path: Path, jobs: int = 1) -> dict[str, str]:
    return render_charts(specs, tmp_path, jobs).svgs


@pytest.mark.parametrize("spec", ALL, ids=lambda s: s.kind)
def test_every_kind_renders_valid_accessible_svg(spec: ChartSpec, tmp_path: Path) -> None:
    svg = render([spec], tmp_path)[spec.id]
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img" and root.get("class") == f"chart chart-{spec.kind}"
    assert root.get("width") == "100%" and root.get("height") is None and root.get("viewBox")
    assert re.fullmatch(r"max-width:\d+px;height:auto", root.get("style", ""))
    title_id, desc_id = root.get("aria-labelledby", "").split()
    by_id = {el.get("id"): el for el in root.iter()}
    assert by_id[title_id].tag == f"{SVG}title" and by_id[title_id].text == spec.title
    assert by_id[desc_id].tag == f"{SVG}desc" and by_id[desc_id].text
    assert not svg.startswith("<?xml") and "<!DOCTYPE" not in svg and "<!--" not in svg
    if spec.kind != "sparkline":  # a sparkline draws no text at all
        drawn = texts(svg)
        assert spec.title.replace(" ", "") in drawn
        for label in spec.labels:
            assert label.replace(" ", "") in drawn, label


def test_text_stays_text_with_units_separators_and_source(tmp_path: Path) -> None:
    svgs = render(ALL, tmp_path)
    assert not re.search(r'id="[^"]*(NotoSans|DejaVuSans)', svgs[TREND.id])  # no glyph outlines
    trend = texts(svgs[TREND.id])
    assert "亿元" in trend and "4,000" in trend and "来源：国家统计局" in trend and "推算值" in trend
    assert "−2.1" in trend  # a real minus sign
    growth = texts(svgs[GROWTH.id])
    assert "+8.4" in growth and "−2.1" in growth and "YoYgrowth(%)" in growth and "Source:NBS" in growth
    assert "第23位/230" in texts(svgs[RANKS.id]) and "第5位" in texts(svgs[RANKS.id])
    en = replace(RANKS, id="ranks-en", lang="en", labels=("GDP", "Industry", "Retail"))
    assert "23of230" in texts(render([en], tmp_path)[en.id])


def test_growth_bars_sorted_and_negatives_distinct(tmp_path: Path) -> None:
    svg = render([GROWTH], tmp_path)[GROWTH.id]
    root = ET.fromstring(svg)
    ticks = [t for t in root.iter(f"{SVG}g") if re.search(r"-ytick_\d+$", t.get("id", ""))]
    order = ["".join(g.itertext()).strip() for g in ticks]
    assert order == ["GDP", "Retail sales", "Exports", "Industry"]  # by value, descending
    fills = {}
    for g in root.iter(f"{SVG}g"):
        if m := re.search(r"growth-(pos|neg)-\d+$", g.get("id", "")):
            fills.setdefault(m.group(1), set()).add(g.find(f"{SVG}path").get("style"))
    (pos,), (neg,) = fills["pos"], fills["neg"]
    assert "fill: #0072b2" in pos
    pattern_id = re.search(r"url\(#([^)]+)\)", neg).group(1)
    pattern = next(el for el in root.iter(f"{SVG}pattern") if el.get("id") == pattern_id)
    assert "#d55e00" in ET.tostring(pattern, encoding="unicode")  # another colour, plus the hatch lines


def test_bundled_font_wins_and_chinese_renders_without_warnings(monkeypatch, caplog, tmp_path) -> None:
    from matplotlib import font_manager

    # Pretend the machine has no CJK fonts at all: only matplotlib's own DejaVu.
    bare = [f for f in font_manager.fontManager.ttflist if f.name.startswith("DejaVu")]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", bare)
    try:
        fonts.register_fonts()
        import matplotlib

        with matplotlib.rc_context(), warnings.catch_warnings():
            warnings.simplefilter("error")
            style.apply_style(matplotlib.rcParams)
            found = font_manager.fontManager.findfont(font_manager.FontProperties(family=["sans-serif"]))
            assert Path(found) == fonts.font_path()
            with caplog.at_level(logging.WARNING, logger="matplotlib"):
                svgs = render(ALL, tmp_path)
        assert not [r for r in caplog.records if r.name.startswith("matplotlib")]
        assert "地区生产总值" in texts(svgs[TREND.id])
    finally:
        monkeypatch.undo()
        font_manager.fontManager._findfont_cached.cache_clear()


def test_same_spec_same_bytes_in_process_and_in_pool(tmp_path: Path) -> None:
    first = render(ALL, tmp_path / "a")
    again = render(ALL, tmp_path / "b")
    pooled = render(ALL, tmp_path / "c", jobs=2)
    assert first == again == pooled
    raw = [(tmp_path / "a" / "charts" / f"{chart_key(s)}.svg").read_bytes() for s in ALL]
    assert raw == [(tmp_path / "c" / "charts" / f"{chart_key(s)}.svg").read_bytes() for s in ALL]


def test_warm_cache_draws_nothing(monkeypatch, tmp_path: Path) -> None:
    cold = render_charts(ALL, tmp_path, 1)
    assert (cold.hits, cold.misses) == (0, len(ALL))

    def refuse(*args, **kwargs):
        raise AssertionError("drew a cached chart")

    monkeypatch.setattr(plots, "draw", refuse)
    # the pool is imported when one starts (core/executors.py): no pool may start at all
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    for jobs in (1, 2):
        warm = render_charts(ALL, tmp_path, jobs)
        assert (warm.hits, warm.misses) == (len(ALL), 0)
        assert warm.svgs == cold.svgs


def test_changed_or_corrupt_cache_entries_are_drawn_again(tmp_path: Path) -> None:
    cold = render_charts(ALL, tmp_path, 1)
    changed = replace(TREND, title="地区生产总值（修订）")
    result = render_charts((changed, *ALL[1:]), tmp_path, 1)
    assert (result.hits, result.misses) == (len(ALL) - 1, 1)
    cached = tmp_path / "charts" / f"{chart_key(GROWTH)}.svg"
    good = cached.read_bytes()
    for bad in (b"\xff\xfe garbage", good[: len(good) // 2], b""):
        cached.write_bytes(bad)
        again = render_charts(ALL, tmp_path, 1)
        assert (again.hits, again.misses) == (len(ALL) - 1, 1)
        assert again.svgs == cold.svgs and cached.read_bytes() == good
    assert not list((tmp_path / "charts").glob(".tmp-*"))  # atomic writes leave no temp files


def test_a_long_lived_process_remembers_checked_entries_but_sees_any_rewrite(
    monkeypatch, tmp_path: Path
) -> None:
    # serve renders every chart of the archive on every save: entries this process already read
    # and checked are not read again while their file is untouched, and any rewrite is seen.
    monkeypatch.setattr(chartrender, "_SETTLED_NS", 0)
    cold = render_charts(ALL, tmp_path, 1)
    render_charts(ALL, tmp_path, 1)  # reads and remembers the entries
    reads: list[str] = []
    read = chartrender._read_cache
    monkeypatch.setattr(chartrender, "_read_cache", lambda path, key: reads.append(key) or read(path, key))
    warm = render_charts(ALL, tmp_path, 1)
    assert reads == [] and warm.svgs == cold.svgs and warm.hits == len(ALL)
    cached = tmp_path / "charts" / f"{chart_key(GROWTH)}.svg"
    good, before = cached.read_bytes(), cached.stat()
    time.sleep(0.05)  # past the file system clock's tick, so the ctime moves
    cached.write_bytes(good.replace(b"<svg", b"<svG", 1))  # same size, digest now wrong
    os.utime(cached, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = render_charts(ALL, tmp_path, 1)
    assert reads == [chart_key(GROWTH)] and (again.hits, again.misses) == (len(ALL) - 1, 1)
    assert again.svgs == cold.svgs and cached.read_bytes() == good


def test_cached_entries_checked_on_a_pool_equal_the_inline_check_and_bad_ones_are_drawn_again(
    monkeypatch, tmp_path: Path
) -> None:
    import hashlib

    cold = render_charts(ALL, tmp_path, 1)
    monkeypatch.setattr(chartrender, "_CHECK_SLICE", 2)  # slices of at least a batch go to the pool
    monkeypatch.setattr(chartrender, "_CHECK_BATCH", 1)  # one chart per task: two tasks, so the pool starts
    monkeypatch.setattr(chartrender, "_CHECK_POOL", 1)  # and any number of charts is worth the pool
    # A re-digested entry that fails the allow-list, and one that is no matplotlib SVG at all.
    for spec, body in ((GROWTH, b'<g onload="alert(1)"/></svg>'), (TREND, b"")):
        entry = tmp_path / "charts" / f"{chart_key(spec)}.svg"
        header, svg = entry.read_bytes().split(b"\n", 1)
        svg = svg.replace(b"</svg>", body) if body else b'<?xml version="1.0"?><svg></svg>\n'
        digest = hashlib.sha256(svg).hexdigest().encode()
        entry.write_bytes(re.sub(rb"sha256=[0-9a-f]{64}", b"sha256=" + digest, header) + b"\n" + svg)
    with executors.open_executor("local", jobs=2) as pool:
        tasks: list[str] = []
        pool_map = pool.map
        pool.map = lambda fn, items, **kw: tasks.append(fn.__name__) or pool_map(fn, items, **kw)  # type: ignore[method-assign]
        again = render_charts(ALL, tmp_path, pool)
    assert tasks.count("checked_svg") == -(-len(ALL) // 2)  # every slice went to the pool
    assert again.svgs == cold.svgs and (again.hits, again.misses) == (len(ALL) - 2, 2)
    with executors.open_executor("local", jobs=2) as pool:
        warm = render_charts(ALL, tmp_path, pool)
    assert warm.svgs == cold.svgs and warm.hits == len(ALL)


def test_a_few_cached_charts_are_checked_here_without_starting_the_pool(tmp_path: Path) -> None:
    # An edit renders a few pages: their charts are checked in this process (a pool costs more
    # than half a second to start), and the result is the inline check's.
    cold = render_charts(ALL, tmp_path, 1)
    with executors.open_executor("local", jobs=2) as pool:
        tasks: list[str] = []
        pool_map = pool.map
        pool.map = lambda fn, items, **kw: tasks.append(fn.__name__) or pool_map(fn, items, **kw)  # type: ignore[method-assign]
        again = render_charts(ALL, tmp_path, pool)
        assert pool._pool is None  # type: ignore[attr-defined]
    assert "checked_svg" not in tasks
    assert again.svgs == cold.svgs and again.hits == len(ALL)


def test_entries_written_just_now_are_read_again(monkeypatch, tmp_path: Path) -> None:
    render_charts(ALL, tmp_path, 1)
    reads: list[str] = []
    read = chartrender._read_cache
    monkeypatch.setattr(chartrender, "_read_cache", lambda path, key: reads.append(key) or read(path, key))
    render_charts(ALL, tmp_path, 1)
    assert len(reads) == len(ALL)  # written within the clock's tick: not trusted from memory


def test_ids_are_unique_across_charts_on_one_page(tmp_path: Path) -> None:
    twin = replace(GROWTH, id="growth 2/<b>")  # same drawing, another id that needs sanitising
    svgs = render((*ALL, twin), tmp_path)
    page = ET.fromstring("<div>" + "".join(svgs.values()) + "</div>")
    ids = [el.get("id") for el in page.iter() if el.get("id")]
    assert len(ids) == len(set(ids))
    for chart in page:
        prefix = chart.get("id")
        own = {el.get("id") for el in chart.iter() if el.get("id")}
        assert all(i == prefix or i.startswith(prefix + "-") for i in own)
        text = ET.tostring(chart, encoding="unicode")
        refs = re.findall(r'url\(#([^)]+)\)|href="#([^"]+)"', text)
        assert refs or chart.get("class") == "chart chart-sparkline"
        assert all((a or b) in own for a, b in refs)
        assert f"#{prefix} *{{" in text  # matplotlib's global CSS rule is scoped to the chart


def test_titles_are_xml_escaped(tmp_path: Path) -> None:
    spec = replace(GROWTH, id="esc", title='GDP <b> & "quotes" \'id="x"\'')
    svg = render([spec], tmp_path)["esc"]
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == spec.title
    assert 'id="x"' in texts(svg)  # drawn text is never rewritten as if it were an id


S = Series
MANY = tuple(f"{y}年第{q}季度" for y in range(2010, 2024) for q in range(1, 5))
TWENTY = tuple(S(f"R{i}", (1, None, i)) for i in range(20))
STEPS = (S("a", tuple(map(float, range(56)))), S("b", (2.0,) * 56))
LONG = "规模以上工业企业利润总额中的国有控股企业利润总额同比增速"
EDGE_CASES = [
    ChartSpec("empty", "trend", "zh-CN", "空", (), ()),
    ChartSpec("none", "trend", "zh-CN", "无", PERIODS[:3], (S("a", (None, None, None)),), yoy=(None,) * 3),
    ChartSpec("one", "trend", "en", "One point", ("2023",), (S("a", (5.0,)),), yoy=(1.0,)),
    ChartSpec("neg", "trend", "zh-CN", "亏损", PERIODS[:3], (S("a", (-5.0, 3.0, -1.0)),), yoy=(-9.0, 0, 2.0)),
    ChartSpec("short", "trend", "zh-CN", "长度不符", PERIODS, (S("a", (1.0,)),), yoy=(1.0, 2.0)),
    ChartSpec("many", "trend", "zh-CN", "多期", MANY, STEPS, yoy=(3.0,) * 56),
    ChartSpec("r-none", "regions", "zh-CN", "无", PERIODS[:2], (S("甲", (None, None)),)),
    ChartSpec("r-many", "regions", "en", "Many", PERIODS[:3], TWENTY),
    ChartSpec("g-none", "growth", "zh-CN", "无", INDICATORS, (S("y", (None,) * 4),)),
    ChartSpec("g-empty", "growth", "en", "Nothing", (), ()),
    ChartSpec("g-long", "growth", "zh-CN", "长标签", (LONG, "x"), (S("y", (-3.0, float("nan"))),)),
    ChartSpec("g-zero", "growth", "en", "Zeros", ("a", "b"), (S("y", (0.0, 0.0)),)),
    ChartSpec("k-none", "ranks", "zh-CN", "无", INDICATORS[:2], (S("r", (None, None)),), totals=(31, 31)),
    ChartSpec("k-odd", "ranks", "en", "Odd", ("a", "b"), (S("r", (40.0, 1.0)),), totals=(31, 0)),
    ChartSpec("s-none", "sparkline", "en", "None", ("a",), (S("v", (None,)),)),
    ChartSpec("s-one", "sparkline", "zh-CN", "单点", ("a",), (S("v", (3.0,)),)),
    ChartSpec("s-flat", "sparkline", "zh-CN", "持平", ("a", "b"), (S("v", (3.0, 3.0)),)),
]  # fmt: skip


@pytest.mark.parametrize("spec", EDGE_CASES, ids=lambda s: s.id)
def test_gaps_and_empty_data_draw_without_warnings(spec: ChartSpec, tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        svg = render([spec], tmp_path)[spec.id]
    ET.fromstring(svg)
    if spec.id.endswith(("none", "empty")):
        assert ("暂无数据" if spec.lang == "zh-CN" else "Nodata") in texts(svg)


def test_bad_input_fails_before_drawing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        render_charts([replace(GROWTH, kind="pie")], tmp_path, 1)
    with pytest.raises(ValueError, match="duplicate chart id"):
        render_charts([GROWTH, GROWTH], tmp_path, 1)
    with pytest.raises(ValueError, match="unknown chart kind"):
        plots.draw(replace(GROWTH, kind="pie"))


values = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True, width=32))


@st.composite
def specs(draw: st.DrawFn) -> ChartSpec:
    labels = tuple(draw(st.lists(st.text(min_size=0, max_size=30), max_size=8)))
    series = tuple(
        Series(
            draw(st.text(max_size=12)),
            tuple(draw(st.lists(values, max_size=10))),
            tuple(draw(st.lists(st.booleans()))),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    totals = tuple(draw(st.lists(st.one_of(st.none(), st.integers(-5, 500)), max_size=10)))
    return ChartSpec("h", draw(st.sampled_from(KINDS)), draw(st.sampled_from(("zh-CN", "en"))),
                     draw(st.text(max_size=40)), labels, series, draw(st.sampled_from(("", "%", "亿元"))),
                     tuple(draw(st.lists(values, max_size=10))), totals)  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=specs())
def test_arbitrary_specs_render_valid_xml(spec: ChartSpec, tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings(
            "ignore", message="Glyph .* missing", category=UserWarning
        )  # random code points
        svg = render([spec], tmp_path)[spec.id]
    assert ET.fromstring(svg).find(f"{SVG}title") is not None


def test_chart_key_is_stable_and_covers_the_style(monkeypatch) -> None:
    key = chart_key(TREND)
    assert re.fullmatch(r"[0-9a-f]{64}", key) and key == chart_key(replace(TREND))
    assert chart_key(replace(TREND, yoy=(4.1,))) != key
    monkeypatch.setattr(style, "STYLE_VERSION", "test")
    chartrender._environment.cache_clear()
    try:
        assert chart_key(TREND) != key
    finally:
        monkeypatch.undo()
        chartrender._environment.cache_clear()


@given(spec=specs())
@settings(max_examples=50, deadline=None)
def test_the_key_digests_the_same_dict_as_asdict(spec: ChartSpec) -> None:
    """spec.plain is a fast asdict: keys of charts cached before it stay the same."""
    import dataclasses

    assert plain(spec) == dataclasses.asdict(spec)


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [(1318.5, None, "1,318.5"), (1234567, None, "1,234,567"), (-2.1, None, "−2.1"), (-0.0001, 1, "0.0"),
     (0.25, None, "0.25"), (5000, 1, "5,000.0"), (float("inf"), None, "—")],
)  # fmt: skip
def test_number_format(value: float, decimals: int | None, text: str) -> None:
    assert style.format_number(value, decimals) == text


def test_signed_labels_wrapping_and_contrast() -> None:
    assert [style.format_signed(v) for v in (8.4, -2.1, 0.0)] == ["+8.4", "−2.1", "0.0"]
    assert style.wrap_label("2023年前三季度", 5) == "2023年\n前三季度"
    assert style.wrap_label("很" * 40, 5).endswith("…") and style.wrap_label("很" * 40, 5).count("\n") == 1
    for colour in (style.TEXT, style.MUTED):
        assert style.contrast_ratio(colour) >= 4.5
    assert style.tick_decimals([0, 0.5, 1.0]) == 1 and style.tick_decimals([0, 1000, 2000]) == 0


def test_renderer_imports_stay_light() -> None:
    code = (
        "import sys\n"
        "import bulletin.charts.render, bulletin.charts.alttext\n"
        "import bulletin.charts.style, bulletin.charts.fonts\n"
        "heavy = [m for m in ('matplotlib', 'pandas') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "from bulletin.charts.render import _render_batch\n"
        "from bulletin.charts.spec import ChartSpec, Series\n"
        "_render_batch([ChartSpec('a', 'growth', 'en', 't', ('x',), (Series('s', (1.0,)),))])\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _inline_per_tag(raw: str, spec: ChartSpec) -> str:
    """The reference: ids and colours rewritten tag by tag (what inline_svg did before its whole-text
    passes); everything else as inline_svg does it."""
    prefix = chartrender.id_prefix(spec.id)
    id_ref = re.compile(r'((?<![\w:-])id="|\bhref="#|url\(#)')
    colour = re.compile(r"(fill|stroke): (#[0-9a-f]{6})")

    def swap(m: re.Match[str]) -> str:
        var = chartrender._THEMED.get(m.group(2))
        return f"{m.group(1)}: var({var}, {m.group(2)})" if var else m.group(0)

    def tag(m: re.Match[str]) -> str:
        return colour.sub(swap, id_ref.sub(lambda r: f"{r.group(1)}{prefix}-", m.group(0)))

    body = chartrender._NOT_XML.sub("", chartrender._PROLOGUE.sub("", raw)).strip()
    body = re.sub(r"<[^>]+>", tag, body)
    body = body.replace('<style type="text/css">*{', f'<style type="text/css">#{prefix} *{{', 1)
    root = chartrender._ROOT.search(body)
    assert root is not None
    return body[root.end() :]


_TRICKY = st.sampled_from(
    ['id="x"', 'href="#a"', "url(#b)", "fill: #ffffff", "stroke: #000000", "a > b", "<g>"]
)


@settings(max_examples=25, deadline=None)
@given(spec=specs(), tricky=st.lists(_TRICKY, max_size=3), chart_id=st.text(max_size=12))
def test_inlining_rewrites_ids_and_colours_only_inside_tags(
    spec: ChartSpec, tricky: list[str], chart_id: str
) -> None:
    # Labels and titles that read like attributes stay as written: the whole-text passes equal the
    # per-tag rewrite.
    spec = replace(
        spec, id=chart_id or "c", title=spec.title + " ".join(tricky), labels=(*spec.labels, *tricky)
    )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing", category=UserWarning)
        raw = chartrender.render_task(spec)
    assert chartrender.inline_svg(raw, spec).endswith(_inline_per_tag(raw, spec))
