"""Pages carry chart references; a page's charts are loaded beside its view and printed in place.

The built-in page generators declare which charts each view refers to, so a slice of pages needs
no walk through its views; a generator that declares nothing still gets its charts (the view is
searched), and a reference prints as its SVG only while its page is rendered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from markupsafe import Markup

from bulletin import stream
from bulletin.charts.store import ChartRef, refs_in, showing
from bulletin.content.config import load_config
from bulletin.pipeline import build
from bulletin.site import generators, listings
from bulletin.site.generators import PageGenerator
from bulletin.site.state import Page
from conftest import bulletin_text

_SVG = re.compile(r"<svg\b.*?</svg>", re.S)


def _archive(make_site: Callable[..., Path], count: int = 4) -> Path:
    files = {}
    for i in range(count):
        year = 2001 + i
        body = f"上半年,全区地区生产总值完成{600 + i}.3亿元,同比增长{i % 9}.4%。"
        files[f"content/{year}/h{year}.md"] = bulletin_text(body, period=f"{year}-H1", date=f"{year}-08-19")
    return make_site(files)


def _build(root: Path, out: Path) -> None:
    config, _ = load_config(root, output_dir=out)
    result = build(replace(config, cache_path=out.parent / f"cache-{out.name}"))
    assert result.files, [str(d) for d in result.diagnostics][:3]


def test_built_in_pages_declare_exactly_the_charts_their_view_refers_to(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Page] = []
    real = stream.with_charts

    def spy(pages: list[Page], store: object) -> list[Page]:
        seen.extend(pages)
        return real(pages, store)  # type: ignore[arg-type]

    monkeypatch.setattr(stream, "with_charts", spy)
    _build(_archive(make_site), tmp_path / "site")
    assert seen
    for page in seen:
        found: set[str] = set()
        refs_in(page.view, found)
        assert page.charts is not None, page.path
        assert set(page.charts) == found, page.path
    with_charts = {p.template for p in seen if p.charts}
    assert {"bulletin.html", "indicator.html", "index.html"} <= with_charts


def test_a_generator_that_declares_no_charts_still_shows_them(
    make_site: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def copies(site: generators.SiteData, lang: str) -> object:
        for spec in listings.bulletin_pages(site, lang):
            yield replace(spec, url="copy/" + spec.url, charts=None)

    extra = PageGenerator("copies", copies)  # type: ignore[arg-type]
    monkeypatch.setattr(generators, "GENERATORS", (*generators.GENERATORS, extra))
    out = tmp_path / "site"
    _build(_archive(make_site), out)
    originals = sorted((out / "bulletins").glob("*/index.html"))
    assert originals
    for original in originals:
        copy = out / "copy" / original.relative_to(out)
        charts = _SVG.findall(original.read_text(encoding="utf-8"))
        assert charts and _SVG.findall(copy.read_text(encoding="utf-8")) == charts


def test_a_reference_prints_as_its_svg_only_while_its_page_is_shown() -> None:
    ref = ChartRef("c-1", "k" * 64)
    with showing({"c-1": "<svg>one</svg>"}):
        assert str(ref) == "<svg>one</svg>"
        assert Markup(ref) == Markup("<svg>one</svg>")  # safe(chart.svg) and chart.svg|safe alike
        with showing({}), pytest.raises(LookupError):
            str(ref)
    with pytest.raises(LookupError):  # never an empty figure on a page rendered without its charts
        str(ref)
