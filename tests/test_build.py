"""Whole builds: the pages of a site, links under base_url, and the example site figure by figure."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from click.testing import CliRunner

from bulletin.cli import main
from bulletin.content.catalog import load_catalog
from bulletin.content.config import load_config
from bulletin.content.markup import render_markdown
from bulletin.core.periods import parse_period
from bulletin.pipeline import build as build_site

try:
    from .conftest import EXAMPLE, bulletin_text
except ImportError:
    from conftest import EXAMPLE, bulletin_text

# Bodies without figures, so these sites need no charts.
BODY = (
    "## 会议部署\n\n**抓运行监测。**完善重点指标监测机制\n和预警机制。\n\n"
    "会议要求[^1]。\n\n[^1]: 按可比口径。"
)

SMALL_SITE = {
    "bulletin.yaml": "title: 示例区经济运行公报\ndefault_region: 示例区\n",
    "content/2022/annual.md": bulletin_text(
        body=BODY, title="2022年经济运行公报", date="2023-02-10", period="2022", region=None,
        extra="tags: [年报, 经济运行]",
    ),
    "content/2023/h1.md": bulletin_text(
        body=BODY, title="2023年上半年经济运行", date="2023-08-19", period="2023-H1", region=None,
        extra="tags: [经济运行]",
    ),
    "content/2023/q1.md": bulletin_text(
        body=BODY, title="2023年一季度经济运行", date="2023-04-20", period="2023-Q1", region=None
    ),
}  # fmt: skip
SLUGS_NEWEST_FIRST = ["h1", "q1", "annual"]
TITLES = {"h1": "2023年上半年经济运行", "q1": "2023年一季度经济运行", "annual": "2022年经济运行公报"}


# --- HTML helpers ----------------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []
        self.scripts = 0
        self.html_lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, name, value))


def parse_links(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    parser.close()
    return parser


def is_internal(url: str) -> bool:
    return not (url.startswith(("#", "mailto:", "tel:")) or urlsplit(url).scheme or url.startswith("//"))


class _IndicatorTable(HTMLParser):
    """Header and rows of <table id="indicator-table">; a row's name is the first <a> of its header."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # >0 inside the table
        self.header: list[str] = []
        self.rows: list[dict[str, str]] = []
        self._cells: list[str] | None = None
        self._cell: list[str] | None = None
        self._name: list[str] | None = None
        self._row_name = ""
        self._in_note = False
        self._in_thead = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "table" and (self.depth or attributes.get("id") == "indicator-table"):
            self.depth += 1
        if not self.depth:
            return
        if tag == "thead":
            self._in_thead = True
        elif tag == "tr":
            self._cells, self._row_name = [], ""
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "a" and self._cell is not None and not self._row_name and self._cells == []:
            self._name = []
        elif tag == "span" and "note" in (attributes.get("class") or ""):
            self._in_note = True

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        if tag == "table":
            self.depth -= 1
        elif tag == "thead":
            self._in_thead = False
        elif tag == "a" and self._name is not None:
            self._row_name, self._name = "".join(self._name).strip(), None
        elif tag == "span":
            self._in_note = False
        elif tag in ("td", "th") and self._cell is not None and self._cells is not None:
            self._cells.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._cells is not None:
            if self._in_thead:
                self.header = self._cells
            else:
                row = dict(zip(self.header, self._cells, strict=True))
                row["name"] = self._row_name
                self.rows.append(row)
            self._cells = None

    def handle_data(self, data: str) -> None:
        if self._name is not None:
            self._name.append(data)
        if self._cell is not None and not self._in_note:
            self._cell.append(data)


def indicator_table(html: str) -> tuple[list[str], list[dict[str, str]]]:
    parser = _IndicatorTable()
    parser.feed(html)
    parser.close()
    return parser.header, parser.rows


def html_pages(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.html"))}


def target_file(out: Path, url_path: str) -> Path:
    path = out / unquote(url_path).lstrip("/")
    return path / "index.html" if url_path.endswith("/") else path


# --- a small site, built once per test ---------------------------------------------------------


@pytest.fixture
def small_site(make_site, runner: CliRunner, tmp_path: Path):
    root = make_site(SMALL_SITE)

    def build(*options: str, name: str = "out") -> Path:
        out = tmp_path / name
        result = runner.invoke(main, ["build", str(root), "-o", str(out), *options])
        assert result.exit_code == 0, result.output
        return out

    return build


def test_pages_exist(small_site) -> None:
    out = small_site()
    expected = {
        "index.html",
        "archive/index.html",
        "tags/index.html",
        "tags/年报/index.html",
        "tags/经济运行/index.html",
    }
    expected |= {f"bulletins/{slug}/index.html" for slug in SLUGS_NEWEST_FIRST}
    built = set(html_pages(out))
    assert expected <= built
    assert {f"en/{path}" for path in expected} <= built


def test_home_lists_the_latest_bulletins_newest_first(small_site) -> None:
    home = (small_site() / "index.html").read_text(encoding="utf-8")
    positions = [home.index(f'href="/bulletins/{slug}/"') for slug in SLUGS_NEWEST_FIRST]
    assert positions == sorted(positions)
    for title in TITLES.values():
        assert title in home


def test_bulletin_page_shows_the_rendered_body(small_site) -> None:
    page = (small_site() / "bulletins" / "h1" / "index.html").read_text(encoding="utf-8")
    assert "<h1>2023年上半年经济运行</h1>" in page
    assert '<h2 id="会议部署">会议部署</h2>' in page
    assert "<strong>抓运行监测。</strong>完善重点指标监测机制和预警机制。" in page
    assert 'class="footnote-ref"' in page
    assert '<time datetime="2023-08-19">' in page
    assert page.index('class="prose"') < page.index('class="indicator-section"')


def test_archive_groups_bulletins_by_year(small_site) -> None:
    archive = (small_site() / "archive" / "index.html").read_text(encoding="utf-8")
    sections = dict(re.findall(r'<section id="y(\d{4})"(.*?)</section>', archive, re.DOTALL))
    assert list(sections) == ["2023", "2022"]
    assert TITLES["h1"] in sections["2023"] and TITLES["q1"] in sections["2023"]
    assert TITLES["annual"] not in sections["2023"]
    assert TITLES["annual"] in sections["2022"]
    assert TITLES["h1"] not in sections["2022"]


def test_tag_pages(small_site) -> None:
    out = small_site()
    index = (out / "tags" / "index.html").read_text(encoding="utf-8")
    assert 'href="/tags/经济运行/"' in index and 'href="/tags/年报/"' in index
    tagged = (out / "tags" / "经济运行" / "index.html").read_text(encoding="utf-8")
    assert TITLES["h1"] in tagged and TITLES["annual"] in tagged
    assert TITLES["q1"] not in tagged
    yearly = (out / "tags" / "年报" / "index.html").read_text(encoding="utf-8")
    assert TITLES["annual"] in yearly and TITLES["h1"] not in yearly


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("index.html", ["Latest bulletins", "Archive", "Tags", "Home"]),
        ("archive/index.html", ["Archive", "3 bulletins"]),
        ("tags/index.html", ["Tags"]),
        ("bulletins/h1/index.html", ["Published", "Indicator table", "August 19, 2023"]),
    ],
)
def test_english_pages(small_site, path: str, words: list[str]) -> None:
    out = small_site()
    english = (out / "en" / path).read_text(encoding="utf-8")
    assert parse_links(english).html_lang == "en"
    for word in words:
        assert word in english
    assert "归档" not in english
    chinese = (out / path).read_text(encoding="utf-8")
    assert parse_links(chinese).html_lang == "zh-CN"
    assert "归档" in chinese
    assert "Archive" not in chinese


def test_every_page_declares_its_language(small_site) -> None:
    for path, html in html_pages(small_site()).items():
        expected = "en" if path.startswith("en/") else "zh-CN"
        assert parse_links(html).html_lang == expected, path


def test_english_default_language_puts_chinese_under_zh(make_site, runner: CliRunner, tmp_path: Path) -> None:
    root = make_site({**SMALL_SITE, "bulletin.yaml": "language: en\ndefault_region: 示例区\n"})
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert parse_links((out / "index.html").read_text(encoding="utf-8")).html_lang == "en"
    assert parse_links((out / "zh" / "index.html").read_text(encoding="utf-8")).html_lang == "zh-CN"
    assert not (out / "en").exists()


def test_pages_need_no_script(small_site) -> None:
    for path, html in html_pages(small_site()).items():
        # Reading never needs JavaScript: the search page's script is the only one.
        assert parse_links(html).scripts == (1 if path.endswith("search/index.html") else 0), path


@pytest.mark.parametrize(
    ("options", "prefix"),
    [((), "/"), (("--base-url", "/sub/"), "/sub/"), (("--base-url", "/a/b"), "/a/b/")],
)
def test_internal_links_honour_base_url(small_site, options: tuple[str, ...], prefix: str) -> None:
    out = small_site(*options)
    internal = 0
    for path, html in html_pages(out).items():
        for tag, attr, url in parse_links(html).links:
            if is_internal(url):
                internal += 1
                assert url.startswith(prefix) and not url.startswith("//"), f"{path}: <{tag} {attr}={url!r}>"
                assert target_file(out, "/" + url[len(prefix) :]).is_file(), f"{path}: broken link {url}"
    assert internal > 50


def test_absolute_base_url(small_site) -> None:
    """Page links use base_url's path (a site then works on any host and in a preview); canonical
    and alternate links, feeds and the sitemap carry the full URL."""
    out = small_site("--base-url", "https://example.org/reports")
    for path, html in html_pages(out).items():
        for tag, attr, url in parse_links(html).links:
            if url.startswith("#"):
                continue
            prefixes = ("/reports/", "https://example.org/reports/") if tag == "link" else ("/reports/",)
            assert url.startswith(prefixes), f"{path}: <{tag} {attr}={url!r}>"
    page = (out / "bulletins/h1/index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/reports/bulletins/h1/">' in page
    assert (out / "feed.xml").read_text(encoding="utf-8").count("https://example.org/reports/bulletins/") >= 3


def test_build_api_returns_files_and_writes_nothing_on_errors(make_site, tmp_path: Path) -> None:
    root = make_site({**SMALL_SITE, "content/bad.md": bulletin_text(date="2023-02-30")})
    config, _ = load_config(root, output_dir=tmp_path / "out")
    result = build_site(config)
    assert result.files == ()
    assert [(d.location.path, d.location.line, d.code) for d in result.diagnostics] == [
        ("content/bad.md", 3, "E207")
    ]
    assert not (tmp_path / "out").exists()


def test_two_bulletins_with_one_slug_fail(make_site, runner: CliRunner, tmp_path: Path) -> None:
    root = make_site(
        {
            "content/2023/h1.md": bulletin_text(body=BODY),
            "content/2024/h1.md": bulletin_text(body=BODY, date="2024-08-19", period="2024-H1"),
        }
    )
    result = runner.invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "E212" in result.output
    assert "content/2024/h1.md" in result.output and "content/2023/h1.md" in result.output


def test_builds_are_deterministic(small_site) -> None:
    first, second = small_site(name="one"), small_site(name="two")
    files = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


# --- the repository's example site -----------------------------------------------------------


def _front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, path
    return yaml.load(match.group(1), Loader=yaml.BaseLoader)  # every scalar as written


EXAMPLE_FILES = sorted((EXAMPLE / "content").rglob("*.md"))


def _slug(path: Path) -> str:
    return _front_matter(path).get("slug") or path.stem


def _decimals(written: str) -> int:
    return len(written.split(".", 1)[1]) if "." in written else 0


def _number(written: str) -> str:
    """682.3 -> '682.3', 1318.5 -> '1,318.5', 47760 -> '47,760': decimals as written."""
    return f"{float(written):,.{_decimals(written)}f}"


def _growth(written: str) -> str:
    """8.4 -> '+8.4', -4.3 -> '−4.3' (minus sign), 8 -> '+8.0'."""
    value = float(written)
    text = f"{abs(value):,.{max(1, _decimals(written))}f}"
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def _build_example(tmp_path_factory: pytest.TempPathFactory, *options: str) -> Path:
    out = tmp_path_factory.mktemp("example") / "out"
    result = CliRunner(env={"BULLETIN_LANG": "en"}).invoke(
        main, ["build", str(EXAMPLE), "-o", str(out), *options]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def example_out_sub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_example(tmp_path_factory, "--base-url", "/sub/")


def test_example_site_has_bulletins() -> None:
    assert len(EXAMPLE_FILES) >= 2
    assert any(_front_matter(p).get("indicators") for p in EXAMPLE_FILES)


@pytest.mark.slow
@pytest.mark.parametrize("source", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_every_bulletin_has_its_page(example_out: Path, source: Path) -> None:
    slug = _slug(source)
    page = (example_out / "bulletins" / slug / "index.html").read_text(encoding="utf-8")
    assert (example_out / "en" / "bulletins" / slug / "index.html").is_file()
    assert _front_matter(source)["title"] in page
    body = render_markdown(source.read_text(encoding="utf-8")).html.strip()
    assert body in page
    assert page.index(body) < page.index('id="indicator-table"'), "the body comes before the indicator table"


@pytest.mark.slow
@pytest.mark.parametrize("source", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_page_shows_its_figures(example_out: Path, source: Path) -> None:
    catalog, _ = load_catalog(EXAMPLE)
    front_matter = _front_matter(source)
    period = parse_period(front_matter["period"]).label("zh")
    page = (example_out / "bulletins" / _slug(source) / "index.html").read_text(encoding="utf-8")
    header, rows = indicator_table(page)
    assert {"指标", "数值", "单位", "同比增长(%)", "排名"} <= set(header)
    assert rows, "every example bulletin states figures"
    for declared in front_matter.get("indicators", []):
        name = catalog.entry_for(declared["name"]).name
        found = [row for row in rows if row["name"] == name and row.get("时期", period) == period]
        assert len(found) == 1, f"{declared['name']} ({name}) in {[(r['name'], r.get('时期')) for r in rows]}"
        row = found[0]
        expected = {}
        if "value" in declared:
            expected["数值"] = _number(declared["value"])
            expected["单位"] = declared.get("unit", "")
        if "yoy" in declared:
            expected["同比增长(%)"] = _growth(declared["yoy"])
        rank = ""
        if "rank" in declared:
            of = f"/共{declared['rank_of']}" if "rank_of" in declared else ""
            rank = f"第{declared['rank']}位{of}"
        assert expected or rank
        assert {key: row[key] for key in expected} == expected, name
        # the prose may add what the rank ranks and among whom (增速…, /全国230家国家级经开区)
        assert rank in row["排名"], name


@pytest.mark.slow
def test_example_thousands_separator(example_out: Path) -> None:
    _, rows = indicator_table(
        (example_out / "bulletins" / "2022-annual" / "index.html").read_text(encoding="utf-8")
    )
    values = {row["name"]: row["数值"] for row in rows}
    assert values["地区生产总值"] == "1,318.5"
    assert values["城镇居民人均可支配收入"] == "45,180"


@pytest.mark.slow
def test_example_home_shows_key_figures_of_the_latest_bulletin(example_out: Path) -> None:
    catalog, _ = load_catalog(EXAMPLE)
    latest = max(EXAMPLE_FILES, key=lambda p: _front_matter(p)["date"])
    declared = {catalog.entry_for(i["name"]).name: i for i in _front_matter(latest).get("indicators", [])}
    home = (example_out / "index.html").read_text(encoding="utf-8")
    assert f'href="/bulletins/{_slug(latest)}/"' in home
    cards = re.findall(
        r'<span class="card-name">(.*?)</span>\s*<span class="card-value"><span class="num">(.*?)</span>',
        home,
    )
    shown = {name: value for name, value in cards if name in declared}
    assert shown, f"the home page shows key figures of {latest.name}: {cards}"
    for name, value in shown.items():
        assert value == _number(declared[name]["value"]), name
    for source in EXAMPLE_FILES:
        assert f'href="/bulletins/{_slug(source)}/"' in home


@pytest.mark.slow
def test_example_archive_lists_every_bulletin(example_out: Path) -> None:
    archive = (example_out / "archive" / "index.html").read_text(encoding="utf-8")
    for source in EXAMPLE_FILES:
        assert f'href="/bulletins/{_slug(source)}/"' in archive


@pytest.mark.slow
@pytest.mark.parametrize(("fixture", "prefix"), [("example_out", "/"), ("example_out_sub", "/sub/")])
def test_example_links_honour_base_url(request: pytest.FixtureRequest, fixture: str, prefix: str) -> None:
    out: Path = request.getfixturevalue(fixture)
    for path, html in html_pages(out).items():
        links = parse_links(html)
        assert links.scripts == (1 if path.endswith("search/index.html") else 0), path
        for tag, attr, url in links.links:
            if is_internal(url):
                assert url.startswith(prefix) and not url.startswith("//"), f"{path}: <{tag} {attr}={url!r}>"
                assert target_file(out, "/" + url[len(prefix) :]).is_file(), f"{path}: broken link {url}"
