"""Images and attachments beside bulletins, plain pages, the menu, logo and footer, typos in prose:
real builds (or checks, which render every page but draw no chart) of throw-away sites."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bulletin import build, check
from bulletin.content.config import load_config
from bulletin.core.errors import ContentError, Diagnostic
from bulletin.core.model import BuildResult
from bulletin.editor.scaffold import init_site
from bulletin.reporting import localize
from conftest import bulletin_text

CONFIG = "title: {zh-CN: 示例区经济运行公报, en: Example District Bulletins}\nbase_url: /stats/\n"
SAFE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    '<rect x="0" y="0" width="10" height="10" fill="#336699"/></svg>'
)
ABOUT = "---\ntitle: 关于本站\nsummary: 本站说明\n---\n\n本站发布示例区的经济运行公报。\n"


def _files(result: BuildResult) -> dict[str, bytes]:
    return {f.path: f.data if f.source is None else f.source.read_bytes() for f in result.files}


def _check(root: Path) -> BuildResult:
    config, _ = load_config(root, jobs=1)
    return check(config)


def _errors(result: BuildResult) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.code.startswith("E")]


def _site(make_site: Callable[..., Path], body: str, **files: str | bytes) -> Path:
    return make_site(
        {"bulletin.yaml": CONFIG, "content/2023/2023-h1.md": bulletin_text(body), **files},
    )


# --- images and attachments ------------------------------------------------------------------


def test_files_beside_a_bulletin_are_published_and_links_follow_base_url(
    make_site: Callable[..., Path],
) -> None:
    body = "上半年,全区地区生产总值完成682.3亿元。\n\n![图1 产值](img/chart.png)\n\n[下载附表](附表.xlsx)"
    root = _site(
        make_site,
        body,
        **{
            "content/2023/img/chart.png": b"\x89PNG-bytes",
            "content/2023/附表.xlsx": b"PK-xlsx",
            "static/robots-extra.txt": "kept",
        },
    )
    result = _check(root)
    assert not _errors(result), result.diagnostics
    files = _files(result)
    assert files["files/2023/img/chart.png"] == b"\x89PNG-bytes"
    assert files["files/2023/附表.xlsx"] == b"PK-xlsx"
    assert files["robots-extra.txt"] == b"kept"  # static/ is still copied as it was
    for page in ("bulletins/2023-h1/index.html", "en/bulletins/2023-h1/index.html"):
        html = files[page].decode()
        assert 'src="/stats/files/2023/img/chart.png"' in html
        assert 'href="/stats/files/2023/%E9%99%84%E8%A1%A8.xlsx"' in html


def test_a_written_site_holds_the_files_where_its_pages_link(make_site: Callable[..., Path]) -> None:
    root = _site(make_site, "正文。\n\n![](chart.png)", **{"content/2023/chart.png": b"png"})
    config, _ = load_config(root, jobs=1, base_url="/")
    result = build(config)
    assert result.files, result.diagnostics
    site = root / "site"
    assert (site / "files/2023/chart.png").read_bytes() == b"png"
    assert 'src="/files/2023/chart.png"' in (site / "bulletins/2023-h1/index.html").read_text()


def test_a_missing_image_is_an_error_at_its_line_in_chinese(make_site: Callable[..., Path]) -> None:
    root = _site(make_site, "第一段。\n\n第二段\n![图](missing.png)")
    (error,) = _errors(_check(root))
    assert error.code == "E112"
    assert (error.location.path, error.location.line) == ("content/2023/2023-h1.md", 11)
    message, hint = localize(error, "zh-CN")
    assert "missing.png" in message and "不存在" in message
    assert hint and "公报旁边" in hint


@pytest.mark.parametrize("link", ["../../../etc/passwd.png", "../../bulletin.yaml.png"])
def test_a_link_out_of_content_is_refused(make_site: Callable[..., Path], link: str) -> None:
    root = _site(make_site, f"正文。\n\n[附件]({link})", **{"bulletin.yaml.png": b"x"})
    (error,) = _errors(_check(root))
    assert error.code == "E113" and error.location.line == 10
    assert error.hint and "content/" in error.hint


def test_a_symlink_out_of_the_site_is_refused(make_site: Callable[..., Path], tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"secret")
    root = _site(make_site, "正文。\n\n![](leak.png)")
    os.symlink(secret, root / "content/2023/leak.png")
    result = _check(root)
    (error,) = _errors(result)
    assert error.code == "E102" and error.location.path == "content/2023/2023-h1.md"
    assert not any(b"secret" in data for data in _files(result).values())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused(make_site: Callable[..., Path]) -> None:
    root = _site(make_site, "正文。\n\n[表](data.csv)")
    os.mkfifo(root / "content/2023/data.csv")
    (error,) = _errors(_check(root))
    assert error.code == "E107" and error.location.line == 10


def test_svg_from_content_goes_through_the_chart_allow_list(make_site: Callable[..., Path]) -> None:
    evil = SAFE_SVG.replace("</svg>", "<script>alert(document.cookie)</script></svg>")
    root = _site(
        make_site,
        "正文。\n\n![](safe.svg)\n\n![](evil.svg)",
        **{"content/2023/safe.svg": SAFE_SVG, "content/2023/evil.svg": evil},
    )
    result = _check(root)
    (error,) = _errors(result)
    assert error.code == "E114" and error.location.line == 12 and "evil.svg" in error.message
    (root / "content/2023/evil.svg").write_text(SAFE_SVG, encoding="utf-8")
    files = _files(_check(root))
    assert files["files/2023/evil.svg"] == SAFE_SVG.encode()
    html = files["bulletins/2023-h1/index.html"].decode()
    assert "<script>" not in html and '<img src="/stats/files/2023/safe.svg"' in html


def test_links_to_pages_and_other_sites_are_left_alone(make_site: Callable[..., Path]) -> None:
    body = "正文。\n\n[关于](../pages/about/) [官网](https://example.org/a.pdf) [节](#top)"
    root = _site(make_site, body)
    result = _check(root)
    assert not _errors(result)
    html = _files(result)["bulletins/2023-h1/index.html"].decode()
    assert 'href="../pages/about/"' in html and 'href="https://example.org/a.pdf"' in html
    assert not any(p.startswith("files/") for p in _files(result))


# --- plain pages ------------------------------------------------------------------------------


def test_plain_pages_have_no_date_and_are_in_the_menu_not_in_listings(
    make_site: Callable[..., Path],
) -> None:
    root = _site(
        make_site,
        "上半年,全区地区生产总值完成682.3亿元。",
        **{
            "content/pages/about.md": ABOUT,
            "content/pages/about.en.md": "---\ntitle: About\n---\n\nThis site publishes bulletins.\n",
            "content/notes.md": "---\ntitle: 数据说明\ntype: page\n---\n\n地区生产总值按现价计算。\n",
        },
    )
    config, _ = load_config(root, jobs=1, base_url="https://example.org/stats/")
    result = check(config)
    assert not _errors(result), result.diagnostics
    files = _files(result)
    about = files["about/index.html"].decode()
    assert "本站发布示例区的经济运行公报" in about and "data-pagefind-body" in about
    assert "This site publishes bulletins." in files["en/about/index.html"].decode()
    notes = files["notes/index.html"].decode()
    assert "地区生产总值按现价计算" in notes
    assert "数据说明" in files["en/notes/index.html"].decode()  # no English version: shown as written
    home = files["index.html"].decode()
    assert '<a href="/stats/about/">关于本站</a>' in home and '<a href="/stats/notes/">数据说明</a>' in home
    assert '<a href="/stats/en/about/">About</a>' in files["en/index.html"].decode()
    assert [r.meta.path for r in result.reports] == ["content/2023/2023-h1.md"]
    archive = files["archive/index.html"].decode()
    listed = archive[archive.index("<main") : archive.index("</main>")]  # the menu is in the header
    for text in (listed, files["feed.xml"].decode(), files["data/indicators.csv"].decode()):
        assert "2023-h1" in text or "上半年" in text  # the bulletin is listed …
        assert "关于本站" not in text and "数据说明" not in text and "about/" not in text  # … no page
    sitemap = files["sitemap.xml"].decode()
    assert "https://example.org/stats/about/" in sitemap and "https://example.org/stats/en/notes/" in sitemap


def test_a_plain_page_can_show_files_beside_it_and_be_overridden(make_site: Callable[..., Path]) -> None:
    custom = (
        '{% extends "base.html" %}{% block content %}<div class="mine">{{ page.title }}</div>{% endblock %}'
    )
    root = _site(
        make_site,
        "正文。",
        **{
            "content/pages/about.md": ABOUT + "\n![](team.jpg)\n",
            "content/pages/team.jpg": b"jpeg",
            "templates/page.html": custom,
        },
    )
    files = _files(_check(root))
    assert files["files/pages/team.jpg"] == b"jpeg"
    assert '<div class="mine">关于本站</div>' in files["about/index.html"].decode()


def test_plain_page_errors(make_site: Callable[..., Path]) -> None:
    root = _site(
        make_site,
        "正文。",
        **{
            "content/pages/archive.md": "---\ntitle: 归档\n---\n正文\n",
            "content/pages/untitled.md": "---\nsummary: 没有标题\n---\n正文\n",
        },
    )
    codes = sorted((d.code, d.location.path) for d in _errors(_check(root)))
    assert codes == [("E205", "content/pages/untitled.md"), ("E217", "content/pages/archive.md")]


def test_only_plain_pages_is_still_no_bulletin(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/pages/about.md": ABOUT})
    assert [d.code for d in _errors(_check(root))] == ["E111"]


# --- menu, logo, footer -----------------------------------------------------------------------


def test_menu_logo_and_footer_from_bulletin_yaml(make_site: Callable[..., Path]) -> None:
    config_text = CONFIG + (
        "menu:\n"
        "  - {title: {zh-CN: 统计局, en: Statistics Bureau}, url: 'https://stats.example.org/'}\n"
        "  - {title: 关于, url: about/}\n"
        "logo: logo.svg\n"
        "footer: {zh-CN: 数据来源：区统计局, en: 'Source: district statistics bureau'}\n"
    )
    root = _site(
        make_site,
        "正文。",
        **{"bulletin.yaml": config_text, "static/logo.svg": SAFE_SVG, "content/pages/about.md": ABOUT},
    )
    files = _files(_check(root))
    zh, en = files["index.html"].decode(), files["en/index.html"].decode()
    assert '<a href="https://stats.example.org/" rel="noopener">统计局</a>' in zh
    assert '<a href="https://stats.example.org/" rel="noopener">Statistics Bureau</a>' in en
    assert zh.count('href="/stats/about/"') == 1  # listed once: the configured entry names it
    assert '<img class="logo" src="/stats/logo.svg"' in zh and files["logo.svg"] == SAFE_SVG.encode()
    assert "数据来源：区统计局" in zh and "Source: district statistics bureau" in en
    assert "<title>Example District Bulletins</title>" in en and "<title>示例区经济运行公报</title>" in zh


@pytest.mark.parametrize(
    ("setting", "line", "words"),
    [
        ("menu:\n  - {title: 关于}\n", 4, "菜单项"),
        ("menu:\n  - {title: 关于, url: 'javascript:alert(1)'}\n", 4, "菜单项"),
        ("menu: about/\n", 3, "menu"),
        ("logo: nothere.png\n", 3, "static/nothere.png"),
        ("logo: ../secret.png\n", 3, "logo"),
        ("footer: [a, b]\n", 3, "footer"),
    ],
)
def test_bad_menu_logo_or_footer_is_an_error_at_its_line(
    make_site: Callable[..., Path], setting: str, line: int, words: str
) -> None:
    root = _site(make_site, "正文。", **{"bulletin.yaml": CONFIG + setting})
    with pytest.raises(ContentError) as caught:
        load_config(root)
    (error,) = caught.value.diagnostics
    assert error.code == "E501" and error.location == replace(error.location, path="bulletin.yaml", line=line)
    message, hint = localize(error, "zh-CN")
    assert words in message and hint and hint != error.hint  # the hint is translated too


# --- typos in prose ---------------------------------------------------------------------------


def test_a_typo_of_an_indicator_in_prose_is_an_error_not_a_new_indicator(
    make_site: Callable[..., Path],
) -> None:
    root = _site(make_site, "上半年,全区地区生产总直完成682.3亿元,同比增长8.4%。")
    result = _check(root)
    (error,) = _errors(result)
    assert error.code == "E308" and error.location.line == 8
    message, hint = localize(error, "zh-CN")
    assert "地区生产总直" in message and hint and "地区生产总值" in hint
    declared = "indicators:\n  - {name: 地区生产总直, en: Regional output, unit: 亿元}\n"
    (root / "content/indicators.yaml").write_text(declared, encoding="utf-8")
    result = _check(root)
    assert not _errors(result), result.diagnostics
    assert [i.name for i in result.reports[0].indicators] == ["地区生产总直"]


# --- init -------------------------------------------------------------------------------------


def test_init_writes_an_about_page_that_builds(tmp_path: Path) -> None:
    init_site(tmp_path / "new-site")
    assert "关于本站" in (tmp_path / "new-site/content/pages/about.md").read_text(encoding="utf-8")
    result = _check(tmp_path / "new-site")
    assert not _errors(result), result.diagnostics
    files = _files(result)
    assert "about/index.html" in files and 'href="/about/">关于本站</a>' in files["index.html"].decode()


def test_a_page_is_told_by_its_front_matter_however_its_lines_end() -> None:
    # Most files are told apart without parsing their front-matter (no 'type: page' line at all);
    # a file with one, whatever its line ends, is parsed as before.
    from bulletin.content.plainpage import split_pages
    from bulletin.core.model import SourceFile

    def source(path: str, text: str) -> SourceFile:
        return SourceFile(path, text, path)

    files = (
        source("content/a.md", "---\ntitle: 数据说明\ntype: page\n---\n\n正文。\n"),
        source("content/b.md", "---\r\ntitle: 说明\r\ntype: 'page'  # 单页\r\n---\r\n\r\n正文。\r\n"),
        source("content/c.md", "---\rtitle: 说明\rtype: page\r---\r\r正文。\r"),
        source("content/d.md", "---\ntitle: 上半年\nperiod: 2023-H1\n---\n\ntype: page\n"),  # in the body
        source(
            "content/e.md", "---\ntitle: 上半年\nperiod: 2023-H1\n---\n\n全区地区生产总值完成682.3亿元。\n"
        ),
    )
    pages, bulletins = split_pages(files)
    assert [p.path for p in pages] == ["content/a.md", "content/b.md", "content/c.md"]
    assert [b.path for b in bulletins] == ["content/d.md", "content/e.md"]
