"""Tests for bulletin.render: template lookup (site first, theme second), escaping, template errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bulletin.cli import main
from bulletin.core.errors import ContentError
from bulletin.core.model import SiteConfig
from bulletin.site.pages import Page, SiteView
from bulletin.site.render import Renderer, theme_dir

try:
    from .conftest import bulletin_text
except ImportError:
    from conftest import bulletin_text

PLAIN_BODY = "## 会议\n\n会议召开,研究部署下半年工作。"  # no figures: the build needs no charts

BULLETIN_OVERRIDE = """{% extends "base.html" %}
{% block content %}
<p class="custom">MARKER-BULLETIN-7f3a</p>
{{ safe(page.body_html) }}
{% endblock %}
"""

BASE_OVERRIDE = """<!doctype html>
<html lang="{{ lang }}">
<head><title>{% block title %}{{ site.title }}{% endblock %}</title></head>
<body>
<p>MARKER-BASE-91c2</p>
{% block content %}{% endblock %}
</body>
</html>
"""


def build(make_site, runner, tmp_path: Path, files: dict[str, str]) -> tuple[int, str, Path]:
    root = make_site(
        {"content/2023/h1.md": bulletin_text(body=PLAIN_BODY, extra="tags: [经济运行]"), **files}
    )
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(root), "-o", str(out)])
    return result.exit_code, result.output, out


def pages(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.html"))}


# --- lookup: the site's templates/ first, by file name ----------------------------------------


def test_default_theme_without_site_templates(make_site, runner, tmp_path: Path) -> None:
    code, output, out = build(make_site, runner, tmp_path, {})
    assert code == 0, output
    page = (out / "bulletins" / "h1" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="generator" content="bulletin">' in page
    assert 'class="site-header"' in page
    assert "MARKER" not in page
    assert (out / "assets" / "style.css").read_bytes() == (theme_dir() / "assets" / "style.css").read_bytes()


def test_site_bulletin_template_overrides_the_default(make_site, runner, tmp_path: Path) -> None:
    code, output, out = build(make_site, runner, tmp_path, {"templates/bulletin.html": BULLETIN_OVERRIDE})
    assert code == 0, output
    built = pages(out)
    for path in ("bulletins/h1/index.html", "en/bulletins/h1/index.html"):
        assert "MARKER-BULLETIN-7f3a" in built[path]
        assert "会议召开" in built[path]
        assert 'class="site-header"' in built[path]  # base.html still comes from the theme
    others = [path for path in built if "/bulletins/" not in f"/{path}"]
    assert others
    assert all("MARKER-BULLETIN-7f3a" not in built[path] for path in others)


def test_site_base_template_overrides_the_default(make_site, runner, tmp_path: Path) -> None:
    code, output, out = build(make_site, runner, tmp_path, {"templates/base.html": BASE_OVERRIDE})
    assert code == 0, output
    built = pages(out)
    assert {"index.html", "bulletins/h1/index.html", "archive/index.html", "tags/index.html"} <= set(built)
    for path, html in built.items():
        assert "MARKER-BASE-91c2" in html, path
        assert 'class="site-header"' not in html, path
    assert "会议召开" in built["bulletins/h1/index.html"]


def test_site_asset_overrides_the_theme_asset(make_site, runner, tmp_path: Path) -> None:
    css = "body { color: #123456; }\n"
    code, output, out = build(make_site, runner, tmp_path, {"templates/assets/style.css": css})
    assert code == 0, output
    assert (out / "assets" / "style.css").read_text(encoding="utf-8") == css


def test_theme_has_the_default_templates() -> None:
    names = {p.name for p in theme_dir().glob("*.html")}
    assert {
        "base.html",
        "bulletin.html",
        "index.html",
        "archive.html",
        "tags.html",
        "tag.html",
        "404.html",
    } <= names


# --- template errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "line"),
    [
        ('{% extends "base.html" %}\n{% block content %}\n{% if %}\n{% endblock %}\n', 3),
        ('{% extends "base.html" %}\n{% block content %}\n<p>{{ page.title }</p>\n{% endblock %}\n', 3),
    ],
)
def test_template_syntax_error_is_e701_with_file_and_line(
    make_site, runner, tmp_path: Path, template: str, line: int
) -> None:
    code, output, out = build(make_site, runner, tmp_path, {"templates/bulletin.html": template})
    assert code == 1, output
    assert f"templates/bulletin.html:{line}" in output
    assert "E701" in output
    assert "Traceback" not in output
    assert not out.exists()


def test_undefined_value_in_template_is_e701(make_site, runner, tmp_path: Path) -> None:
    template = (
        '{% extends "base.html" %}\n{% block content %}\n<p>{{ page.no_such_field }}</p>\n{% endblock %}\n'
    )
    code, output, out = build(make_site, runner, tmp_path, {"templates/bulletin.html": template})
    assert code == 1, output
    assert "templates/bulletin.html" in output
    assert "E701" in output
    assert "Traceback" not in output
    assert not out.exists()


# --- escaping --------------------------------------------------------------------------------


def test_front_matter_text_is_escaped_in_pages(make_site, runner, tmp_path: Path) -> None:
    root = make_site(
        {
            "content/h1.md": bulletin_text(
                body=PLAIN_BODY,
                title="'<script>alert(1)</script>'",
                extra="summary: '<img src=x onerror=alert(1)>'\ntags: ['<em>标签']",
            )
        }
    )
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    for path, html in pages(out).items():
        # the search page's one script is the theme's own (assets/search.js); nothing else runs
        assert "<script" not in html.replace('<script type="module" src="', "", 1 if "search/" in path else 0)
        assert "<script>" not in html and "alert(1)</script>" not in html, path
        assert "<img" not in html, path
        assert "<em>标签" not in html, path
    page = (out / "bulletins" / "h1" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_body_script_is_escaped_in_the_built_page(make_site, runner, tmp_path: Path) -> None:
    root = make_site({"content/h1.md": bulletin_text(body="正文<script>alert(1)</script>结束")})
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "bulletins" / "h1" / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_allow_html_passes_sanitised_html_to_the_page(make_site, runner, tmp_path: Path) -> None:
    root = make_site(
        {
            "bulletin.yaml": "allow_html: true\n",
            "content/h1.md": bulletin_text(body="正文<b>加粗</b><script>alert(1)</script>结束"),
        }
    )
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "bulletins" / "h1" / "index.html").read_text(encoding="utf-8")
    assert "<b>加粗</b>" in page
    assert "<script" not in page
    assert "alert(1)" not in page


# --- Renderer --------------------------------------------------------------------------------


def _renderer(tmp_path: Path, base_url: str, language: str = "zh-CN") -> Renderer:
    config = SiteConfig(root=tmp_path, output_dir=tmp_path / "site", base_url=base_url, language=language)
    view = SiteView("标题", "", base_url, language, config.languages)
    return Renderer(config, view)


@pytest.mark.parametrize(
    ("base_url", "language", "path", "lang", "expected"),
    [
        ("/", "zh-CN", "", "zh-CN", "/"),
        ("/", "zh-CN", "bulletins/2023-h1/", "zh-CN", "/bulletins/2023-h1/"),
        ("/", "zh-CN", "bulletins/2023-h1/", "en", "/en/bulletins/2023-h1/"),
        ("/sub/", "zh-CN", "archive/", "zh-CN", "/sub/archive/"),
        ("/sub/", "zh-CN", "archive/", "en", "/sub/en/archive/"),
        # page links are root-relative (base_url's path); feeds and canonical links carry the host
        ("https://example.org/r/", "zh-CN", "tags/", "en", "/r/en/tags/"),
        ("/", "en", "archive/", "en", "/archive/"),
        ("/", "en", "archive/", "zh-CN", "/zh/archive/"),
    ],
)
def test_url_for(tmp_path: Path, base_url: str, language: str, path: str, lang: str, expected: str) -> None:
    assert _renderer(tmp_path, base_url, language).url_for(path, lang) == expected


def test_render_404_page(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path, "/sub/")
    page = Page("404.html", "404.html", "zh-CN", {}, "404.html", (("zh-CN", "404.html"),))
    output = renderer.render(page)
    assert output.path == "404.html"
    html = output.data.decode("utf-8")
    assert '<html lang="zh-CN">' in html
    assert 'href="/sub/"' in html


def test_render_missing_template_is_e701(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path, "/")
    with pytest.raises(ContentError) as caught:
        renderer.render(Page("x/", "no-such-template.html", "zh-CN", {}, "x/index.html"))
    assert [d.code for d in caught.value.diagnostics] == ["E701"]


def test_the_theme_stylesheet_has_balanced_braces() -> None:
    """A stray '}' makes browsers drop the next rule: the home page's cards lost their grid that way."""
    css = re.sub(
        r"/\*.*?\*/", "", (theme_dir() / "assets" / "style.css").read_text(encoding="utf-8"), flags=re.S
    )
    depth = 0
    for number, line in enumerate(css.splitlines(), 1):
        for ch in line:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            assert depth >= 0, f"style.css line {number}: '}}' without an open block"
    assert depth == 0
