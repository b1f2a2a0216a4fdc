"""Local files in raw HTML: real checks of throw-away sites, and the raw-HTML relinker on its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bulletin import check
from bulletin.content.config import load_config
from bulletin.content.rawhtml import relink_html
from bulletin.core.errors import Diagnostic
from bulletin.core.model import BuildResult
from conftest import bulletin_text

CONFIG = "title: {zh-CN: 示例区经济运行公报, en: Example District Bulletins}\nbase_url: /stats/\n"
HTML_CONFIG = CONFIG + "allow_html: true\n"
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


# --- raw HTML -----------------------------------------------------------------------------------


def test_raw_html_images_and_attachments_are_published_like_markdown_ones(
    make_site: Callable[..., Path],
) -> None:
    body = (
        '正文。\n\n<figure>\n<img src="img/chart.png" alt="图1">\n'
        '<figcaption><a href="附表.xlsx">附表</a></figcaption>\n'
        '</figure>\n\n行内 <img src="small.png" width="20"> 图。'
    )
    files = {
        "content/2023/img/chart.png": b"\x89PNG-chart",
        "content/2023/small.png": b"\x89PNG-small",
        "content/2023/附表.xlsx": b"PK",
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
    assert '<img src="/stats/files/2023/small.png" width="20">' in html


@pytest.mark.parametrize(
    ("raw", "code", "line"),
    [
        ('<div>\n<p>图</p>\n<img src="missing.png">\n</div>', "E112", 12),
        ('<p>附件</p>\n\n行内 <a href="../../../x.pdf">x</a>', "E113", 12),
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
