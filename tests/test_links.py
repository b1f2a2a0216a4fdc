"""Links between bulletins and pages written as .md paths, and local files in raw HTML: real checks
and builds of throw-away sites, and the raw-HTML relinker on its own."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin import build, check
from bulletin.content.config import load_config
from bulletin.content.markup import render_markdown
from bulletin.content.rawhtml import relink_html
from bulletin.core.errors import Diagnostic, Location
from bulletin.core.model import BuildResult
from bulletin.reporting import localize
from conftest import bulletin_text

CONFIG = "title: {zh-CN: 示例区经济运行公报, en: Example District Bulletins}\nbase_url: /stats/\n"
HTML_CONFIG = CONFIG + "allow_html: true\n"
ABOUT = "---\ntitle: 关于本站\n---\n\n最新一期见[上半年公报](../2023/2023-h1.md)。\n"
LAST_YEAR = bulletin_text(
    "2022年上半年,全区地区生产总值完成630.0亿元,同比增长6.0%。\n\n## 主要指标 {#gdp}\n\n略。",
    title="2022年上半年经济运行情况",
    date="2022-08-19",
    period="2022-H1",
)
A = "content/2023/2023-h1.md"  # the bulletin every test writes; its body starts on line 8


def _files(result: BuildResult) -> dict[str, bytes]:
    return {f.path: f.data if f.source is None else f.source.read_bytes() for f in result.files}


def _check(root: Path) -> BuildResult:
    config, _ = load_config(root, jobs=1)
    return check(config)


def _errors(result: BuildResult) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.code.startswith("E")]


def _site(make_site: Callable[..., Path], body: str, config: str = CONFIG, **files: str | bytes) -> Path:
    return make_site({"bulletin.yaml": config, A: bulletin_text(body), **files})


# --- links to pages by their .md file -----------------------------------------------------------


def test_a_link_to_a_md_file_points_at_its_page_under_the_base_path(make_site: Callable[..., Path]) -> None:
    body = (
        "正文见[上年同期](../2022/2022-h1.md#gdp)、[本期](2023-h1.md)和[关于](../pages/about.md)。\n\n"
        "[官网](https://example.org/a.md) [信箱](mailto:tj@example.org) [节](#top) [目录](../pages/)"
    )
    root = _site(make_site, body, **{"content/2022/2022-h1.md": LAST_YEAR, "content/pages/about.md": ABOUT})
    result = _check(root)
    assert not _errors(result), result.diagnostics
    files = _files(result)
    zh = files["bulletins/2023-h1/index.html"].decode()
    assert 'href="/stats/bulletins/2022-h1/#gdp"' in zh
    assert 'href="/stats/bulletins/2023-h1/"' in zh and 'href="/stats/about/"' in zh
    for kept in ("https://example.org/a.md", "mailto:tj@example.org", "#top", "../pages/"):
        assert f'href="{kept}"' in zh
    en = files["en/bulletins/2023-h1/index.html"].decode()
    assert 'href="/stats/en/bulletins/2022-h1/#gdp"' in en and 'href="/stats/en/about/"' in en
    assert 'href="/stats/bulletins/2023-h1/">上半年公报' in files["about/index.html"].decode()
    assert 'href="/stats/en/bulletins/2023-h1/">上半年公报' in files["en/about/index.html"].decode()
    assert not any("md-" in html.decode() for path, html in files.items() if path.endswith(".html"))


def test_a_link_to_a_language_version_of_a_page_goes_to_that_language(make_site: Callable[..., Path]) -> None:
    about_en = "---\ntitle: About\n---\n\nSee [the Chinese version](about.md).\n"
    body = "见[关于](../pages/about.md)与[About](../pages/about.en.md)。"
    root = _site(make_site, body, **{"content/pages/about.md": ABOUT, "content/pages/about.en.md": about_en})
    result = _check(root)
    assert not _errors(result), result.diagnostics
    files = _files(result)
    zh, en = files["bulletins/2023-h1/index.html"].decode(), files["en/bulletins/2023-h1/index.html"].decode()
    # The file named is the page shown, from either language's bulletin page.
    for html in (zh, en):
        assert 'href="/stats/about/">关于' in html and 'href="/stats/en/about/">About' in html
    assert 'href="/stats/about/">the Chinese version' in files["en/about/index.html"].decode()


def test_a_link_follows_the_slug_in_the_front_matter(make_site: Callable[..., Path]) -> None:
    renamed = LAST_YEAR.replace("period: 2022-H1", "period: 2022-H1\nslug: last-year")
    root = _site(make_site, "见[上年同期](../2022/2022-h1.md)。", **{"content/2022/2022-h1.md": renamed})
    html = _files(_check(root))["bulletins/2023-h1/index.html"].decode()
    assert 'href="/stats/bulletins/last-year/"' in html


def test_a_link_to_a_missing_page_is_an_error_at_its_line(make_site: Callable[..., Path]) -> None:
    root = _site(make_site, "第一段。\n\n第二段见\n[上年同期](../2022/h1.md#gdp)。")
    (error,) = _errors(_check(root))
    assert error.code == "E115"
    assert (error.location.path, error.location.line) == (A, 11)
    message, hint = localize(error, "zh-CN")
    assert message == "没有“content/2022/h1.md”这篇公报或页面"
    assert hint and "文件名" in hint
    assert localize(error, "en") == (error.message, error.hint)
    assert error.message == "there is no bulletin or page 'content/2022/h1.md'"


@pytest.mark.parametrize(
    ("link", "words"),
    [("../../../notes.md", "content/ 以外"), ("../2022/2022-h1.md", "不会发布"), ("../2022/_x.md", "没有")],
)
def test_a_link_outside_content_or_to_a_draft_is_an_error(
    make_site: Callable[..., Path], link: str, words: str
) -> None:
    draft = LAST_YEAR.replace("period: 2022-H1", "period: 2022-H1\ndraft: true")
    files = {"content/2022/2022-h1.md": draft, "content/2022/_x.md": LAST_YEAR, "notes.md": "# x\n"}
    root = _site(make_site, f"正文。\n\n[链接]({link})", **files)
    (error,) = _errors(_check(root))
    assert error.code == "E115" and error.location == Location(A, 10)
    message, hint = localize(error, "zh-CN")
    assert words in message and hint and hint != error.hint


def test_a_draft_is_a_page_when_drafts_are_built(make_site: Callable[..., Path]) -> None:
    draft = LAST_YEAR.replace("period: 2022-H1", "period: 2022-H1\ndraft: true")
    root = _site(make_site, "见[上年](../2022/2022-h1.md)。", **{"content/2022/2022-h1.md": draft})
    config, _ = load_config(root, jobs=1, drafts=True)
    result = check(config)
    assert not _errors(result), result.diagnostics
    assert 'href="/stats/bulletins/2022-h1/"' in _files(result)["bulletins/2023-h1/index.html"].decode()


# --- raw HTML -----------------------------------------------------------------------------------


def test_raw_html_images_and_attachments_are_published_like_markdown_ones(
    make_site: Callable[..., Path],
) -> None:
    body = (
        '正文。\n\n<figure>\n<img src="img/chart.png" alt="图1">\n'
        '<figcaption><a href="附表.xlsx">附表</a> 与 <a href="../2022/2022-h1.md#gdp">上年</a></figcaption>\n'
        '</figure>\n\n行内 <img src="small.png" width="20"> 图。'
    )
    files = {
        "content/2023/img/chart.png": b"\x89PNG-chart",
        "content/2023/small.png": b"\x89PNG-small",
        "content/2023/附表.xlsx": b"PK",
        "content/2022/2022-h1.md": LAST_YEAR,
    }
    root = _site(make_site, body, HTML_CONFIG, **files)
    result = _check(root)
    assert not _errors(result), result.diagnostics
    out = _files(result)
    assert (
        out["files/2023/img/chart.png"] == b"\x89PNG-chart"
        and out["files/2023/small.png"] == b"\x89PNG-small"
    )
    assert out["files/2023/附表.xlsx"] == b"PK"
    html = out["bulletins/2023-h1/index.html"].decode()
    assert '<img src="/stats/files/2023/img/chart.png" alt="图1">' in html
    assert 'href="/stats/files/2023/%E9%99%84%E8%A1%A8.xlsx"' in html
    assert 'href="/stats/bulletins/2022-h1/#gdp"' in html
    assert '<img src="/stats/files/2023/small.png" width="20">' in html


@pytest.mark.parametrize(
    ("raw", "code", "line"),
    [
        ('<div>\n<p>图</p>\n<img src="missing.png">\n</div>', "E112", 12),
        ('<p>附件</p>\n\n行内 <a href="../../../x.pdf">x</a>', "E113", 12),
        ('<div>\n<a href="../2022/gone.md">上年</a>\n</div>', "E115", 11),
        ('<div>\n\n<img\n  src="evil.svg">\n</div>', "E114", 12),
    ],
)
def test_raw_html_problems_are_reported_at_their_line(
    make_site: Callable[..., Path], raw: str, code: str, line: int
) -> None:
    evil = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    root = _site(make_site, "正文。\n\n" + raw, HTML_CONFIG, **{"content/2023/evil.svg": evil})
    (error,) = _errors(_check(root))
    assert (error.code, error.location.path, error.location.line) == (code, A, line)


def test_raw_html_is_escaped_and_left_alone_without_allow_html(make_site: Callable[..., Path]) -> None:
    root = _site(make_site, '正文。\n\n<img src="missing.png">')
    result = _check(root)
    assert not _errors(result)
    assert (
        "&lt;img src=&quot;missing.png&quot;&gt;" in _files(result)["bulletins/2023-h1/index.html"].decode()
    )


def test_the_relinker_rewrites_only_the_tags_it_changes() -> None:
    seen: list[tuple[str, bool, int]] = []

    def relink(url: str, image: bool, line: int) -> str | None:
        seen.append((url, image, line))
        return None if url.startswith("http") else f"/new/{url}?a=1&b=2"

    raw = (
        '<p class=x>\n<IMG SRC="a b.png" alt=\'"q"\'/>\n<a\nhref="https://x.org/">x</a><a title=t href=c.pdf>'
    )
    out = relink_html(raw, 20, relink)
    assert seen == [("a b.png", True, 21), ("https://x.org/", False, 22), ("c.pdf", False, 23)]
    assert out == (
        '<p class=x>\n<img src="/new/a b.png?a=1&amp;b=2" alt="&quot;q&quot;" />\n'
        '<a\nhref="https://x.org/">x</a><a title="t" href="/new/c.pdf?a=1&amp;b=2">'
    )
    assert relink_html("no tags", 1, relink) == "no tags"


def test_text_that_looks_like_a_mark_is_never_a_link() -> None:
    # The mark is a digest of the file's own text: copying one from another file does not make a link.
    first = render_markdown("[a](b.md)\n", True, "content/a.md")
    forged = f'[x]({first.mark}0) <a href="{first.mark}0">y</a>\n\n[a](b.md)\n'
    second = render_markdown(forged, True, "content/c.md")
    assert second.mark != first.mark and second.links == (("content/b.md", 3),)
    assert second.html.count(second.mark) == 1


# --- incremental builds -------------------------------------------------------------------------


@pytest.mark.slow
def test_an_incremental_build_follows_the_linked_page(make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = _site(
        make_site, "见[上年同期](../2022/2022-h1.md#gdp)。", **{"content/2022/2022-h1.md": LAST_YEAR}
    )
    out = tmp_path / "out"
    config, _ = load_config(root, jobs=1, output_dir=out)
    first = build(config)
    assert first.files, first.diagnostics
    page = out / "bulletins/2023-h1/index.html"
    assert 'href="/stats/bulletins/2022-h1/#gdp"' in page.read_text(encoding="utf-8")

    # Only the linked bulletin's front-matter changes: the linking page is rendered again.
    target = root / "content/2022/2022-h1.md"
    target.write_text(
        LAST_YEAR.replace("period: 2022-H1", "period: 2022-H1\nslug: h1-2022"), encoding="utf-8"
    )
    second = build(config)
    assert second.files, second.diagnostics
    html = page.read_text(encoding="utf-8")
    assert 'href="/stats/bulletins/h1-2022/#gdp"' in html and "bulletins/2022-h1/" not in html
    assert (out / "bulletins/h1-2022/index.html").is_file()
    clean = tmp_path / "clean"
    shutil.copytree(root, tmp_path / "copy")
    fresh, _ = load_config(tmp_path / "copy", jobs=1, output_dir=clean)
    assert build(replace(fresh, force=True)).files
    assert page.read_bytes() == (clean / "bulletins/2023-h1/index.html").read_bytes()

    # The linked bulletin goes: an error at the link, and the site on disk is left as it was.
    target.unlink()
    third = build(config)
    assert not third.files
    assert [(d.code, d.location.path, d.location.line) for d in _errors(third)] == [("E115", A, 8)]
    assert page.read_text(encoding="utf-8") == html
