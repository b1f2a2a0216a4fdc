"""Link previews: each bulletin's headline chart as a 1200×630 PNG behind og:image and twitter:image."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from bulletin.charts import draw as plots
from bulletin.charts import kinds
from bulletin.charts.preview import PNG_SIGNATURE, image_task, preview_chart
from bulletin.content.catalog import load_catalog
from bulletin.content.config import load_config
from bulletin.core.model import Report, SourceFile
from bulletin.pipeline import build
from bulletin.read import read_report
from conftest import bulletin_text

pytestmark = pytest.mark.slow

BODY = (
    "全区地区生产总值完成{v}亿元,同比增长{g}%。规模以上工业增加值同比增长11.3%。固定资产投资同比增长7.3%。"
    "社会消费品零售总额同比增长8.6%。一般公共预算收入同比增长-2.1%。进出口总额同比增长4.4%。"
)
SITE = {
    "bulletin.yaml": "title: {zh-CN: 示例区公报, en: Example District}\ndefault_region: 示例区\n"
    "base_url: https://stats.example.org/r/\n",
    "content/a.md": bulletin_text(BODY.format(v=682.3, g=8.4), title="上半年", date="2023-08-01"),
    "content/b.md": bulletin_text(
        BODY.format(v=1400.1, g=7.9), title="全年", date="2024-02-01", period="2023"
    ),
}


def _site(make_site, files: dict[str, str] = SITE) -> Path:
    return make_site(files)


def _build(root: Path, out: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    monkeypatch.setenv("BULLETIN_CACHE_DIR", str(cache))
    config, problems = load_config(root, output_dir=out, jobs=1)
    assert problems == ()
    result = build(config)
    assert result.files, [str(d) for d in result.diagnostics]
    return result.stats


def _meta(page: str, attr: str, name: str) -> str | None:
    found = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)">', page)
    return found.group(1) if found else None


def _site_file(out: Path, url: str) -> Path:
    assert url.startswith("https://stats.example.org/r/"), url
    return out / url.removeprefix("https://stats.example.org/r/")


def test_bulletin_pages_point_og_and_twitter_at_a_1200x630_png_in_the_site(
    make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    _build(_site(make_site), out, tmp_path / "cache", monkeypatch)
    seen = set()
    for rel in ("bulletins/a/index.html", "en/bulletins/a/index.html", "bulletins/b/index.html"):
        page = (out / rel).read_text(encoding="utf-8")
        url = _meta(page, "property", "og:image")
        assert url is not None and url.endswith(".png"), rel
        assert _meta(page, "name", "twitter:image") == url
        assert _meta(page, "name", "twitter:card") == "summary_large_image"
        assert (_meta(page, "property", "og:image:width"), _meta(page, "property", "og:image:height")) == (
            "1200",
            "630",
        )
        png = _site_file(out, url)
        with Image.open(png) as image:
            assert image.format == "PNG" and image.size == (1200, 630)
        seen.add(url)
    assert len(seen) == 3  # one picture per bulletin and language
    zh = (out / "bulletins/a/index.html").read_text(encoding="utf-8")
    en = (out / "en/bulletins/a/index.html").read_text(encoding="utf-8")
    assert "同比增速" in (_meta(zh, "property", "og:image:alt") or "")
    assert "growth" in (_meta(en, "property", "og:image:alt") or "").lower()
    # The home page shows the headline chart of the newest bulletin of the region shown first.
    home = (out / "index.html").read_text(encoding="utf-8")
    assert _meta(home, "property", "og:image") == _meta(
        (out / "bulletins/b/index.html").read_text(encoding="utf-8"), "property", "og:image"
    )
    # Pages without a headline chart keep the small card and name no picture.
    search = (out / "search/index.html").read_text(encoding="utf-8")
    assert _meta(search, "name", "twitter:card") == "summary" and "og:image" not in search


def test_two_builds_draw_identical_png_bytes_and_a_third_reuses_the_cache(
    make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _site(make_site)
    first = _build(root, tmp_path / "one", tmp_path / "cache-one", monkeypatch)
    second = _build(root, tmp_path / "two", tmp_path / "cache-two", monkeypatch)
    assert first["preview_misses"] == second["preview_misses"] == first["previews"] == 4  # drawn, not cached
    one = sorted((tmp_path / "one" / "social").glob("*.png"))
    two = sorted((tmp_path / "two" / "social").glob("*.png"))
    assert [p.name for p in one] == [p.name for p in two] and len(one) == 4
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(one, two, strict=True))
    assert all(p.read_bytes().startswith(PNG_SIGNATURE) and b"matplotlib" not in p.read_bytes() for p in one)
    third = _build(root, tmp_path / "three", tmp_path / "cache-one", monkeypatch)
    assert third["preview_misses"] == 0.0 and third["previews"] == 4.0


def test_without_an_absolute_base_url_no_og_image_is_claimed(
    make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {**SITE, "bulletin.yaml": "title: 示例区公报\ndefault_region: 示例区\n"}
    out = tmp_path / "out"
    _build(_site(make_site, files), out, tmp_path / "cache", monkeypatch)
    page = (out / "bulletins/a/index.html").read_text(encoding="utf-8")
    assert "og:image" not in page and "twitter:image" not in page
    assert _meta(page, "name", "twitter:card") == "summary"


def _report(body: str, period: str = "2023-H1") -> Report:
    source = SourceFile("content/a.md", bulletin_text(body, period=period), "digest")
    report, _ = read_report(source, load_catalog()[0])
    assert report is not None
    return report


def test_the_headline_chart_keeps_the_main_indicators_and_fits_the_picture() -> None:
    report = _report(BODY.format(v=682.3, g=8.4))
    spec = preview_chart(report, "zh-CN", "示例区公报", frozenset({"地区生产总值", "固定资产投资"}))
    assert spec is not None and spec.social and spec.kind == "growth"
    assert (
        len(spec.labels) == kinds.SOCIAL_ROWS < len([r for r in report.indicators if r.yoy_pct is not None])
    )
    assert {"地区生产总值", "固定资产投资"} <= set(spec.labels)  # key indicators always make the cut
    fig = plots.draw(spec)
    assert tuple(fig.get_size_inches()) == kinds.SOCIAL_SIZE
    # Readable: the smallest text is at least 24 px in the picture (about 10 px in a 500 px card).
    sizes = [t.get_fontsize() for t in fig.findobj(lambda a: hasattr(a, "get_text") and a.get_text())]
    assert sizes and min(sizes) * kinds.SOCIAL_DPI / 72 >= 24
    with Image.open(io.BytesIO(image_task(spec))) as image:
        assert image.size == kinds.SOCIAL_PIXELS == (1200, 630)
    assert (
        preview_chart(_report("全区地区生产总值完成682.3亿元。"), "en", "X") is None
    )  # no growth: no picture


def test_a_long_lived_process_reads_a_png_entry_once_but_sees_any_rewrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # serve builds every link preview on every save: an entry this process read and checked is
    # not read again while its file is untouched (inode, size, mtime, ctime), and a rewrite is seen.
    import os
    import time
    from dataclasses import replace

    from bulletin.charts import preview as previews
    from bulletin.charts import render as chartrender
    from bulletin.charts.preview import render_images
    from bulletin.charts.render import chart_key
    from bulletin.core.executors import InlineExecutor
    from test_charts import GROWTH

    monkeypatch.setattr(chartrender, "_SETTLED_NS", 0)
    spec = replace(GROWTH, id="preview-a", social=True)
    cold = render_images([spec], tmp_path, InlineExecutor())
    render_images([spec], tmp_path, InlineExecutor())  # read and remembered
    reads: list[str] = []
    read = previews.read_entry
    monkeypatch.setattr(previews, "read_entry", lambda path, key: reads.append(key) or read(path, key))
    warm = render_images([spec], tmp_path, InlineExecutor())
    assert reads == [] and (warm.hits, warm.misses) == (1, 0)
    assert warm.images.digest(spec.id) == cold.images.digest(spec.id)
    entry = tmp_path / "charts" / f"{chart_key(spec)}.png"
    good, before = entry.read_bytes(), entry.stat()
    time.sleep(0.05)  # past the file system clock's tick, so the ctime moves
    entry.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))  # same size, digest now wrong
    os.utime(entry, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = render_images([spec], tmp_path, InlineExecutor())
    assert reads == [chart_key(spec)] and (again.hits, again.misses) == (0, 1)
    assert again.images[spec.id] == cold.images[spec.id] and entry.read_bytes() == good


def test_the_pictures_are_read_when_written_not_held_by_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An archive has two pictures per bulletin (~75 kB each): 10,000 bulletins held ~1.5 GB of them
    # on the client. What render_images returns (and remembers for serve) is digests, not bytes.
    import hashlib
    import tracemalloc
    from dataclasses import replace

    from bulletin.charts import render as chartrender
    from bulletin.charts.preview import render_images
    from bulletin.core.executors import InlineExecutor
    from test_charts import GROWTH

    monkeypatch.setattr(chartrender, "_SETTLED_NS", 0)  # every entry remembered, as in serve
    specs = [replace(GROWTH, id=f"preview-{i}", social=True) for i in range(24)]
    cold = render_images(specs, tmp_path, InlineExecutor())
    total = sum(len(cold.images[s.id]) for s in specs)
    assert total > 24 * 10_000
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        warm = render_images(specs, tmp_path, InlineExecutor())
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < total / 8, (held, total)
    for spec in specs:  # and each reads back as the very picture drawn
        png = warm.images[spec.id]
        assert png.startswith(PNG_SIGNATURE) and hashlib.sha256(png).hexdigest() == warm.images.digest(
            spec.id
        )
