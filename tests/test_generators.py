"""The output registry: pages, files and finishers all come from site/generators.py, and a new kind
of output is one registration."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from bulletin.content.config import load_config
from bulletin.core.errors import Diagnostic, Location, Severity, info
from bulletin.core.model import OutputFile
from bulletin.pipeline import check
from bulletin.site.generators import (
    GENERATORS,
    FileGenerator,
    Finisher,
    PageGenerator,
    file_outputs,
    finish,
    page_generators,
)
from bulletin.site.pages import assemble_pages
from bulletin.site.state import Page, PageSpec, SiteData
from conftest import bulletin_text

EXAMPLE = Path(__file__).resolve().parent.parent


def _site(make_site, yaml: str = "title: 站\n") -> SiteData:
    root = make_site({"bulletin.yaml": yaml, "content/a.md": bulletin_text("正文。")})
    config, problems = load_config(root)
    assert not problems
    return SiteData(config, ())


def test_every_output_kind_is_registered_once() -> None:
    names = [gen.name for gen in GENERATORS]
    assert len(names) == len(set(names))
    assert {"home", "bulletins", "404", "downloads", "robots", "sitemap", "feeds", "search-index"} <= set(
        names
    )
    kinds = {gen.name: type(gen) for gen in GENERATORS}
    assert kinds["404"] is PageGenerator and kinds["feeds"] is FileGenerator
    assert kinds["search-index"] is Finisher


def test_a_page_generator_runs_per_language_or_only_in_the_default_one(make_site) -> None:
    site = _site(make_site)
    registry = (
        PageGenerator("everywhere", lambda s, lang: [PageSpec("about/", "page.html", {"lang": lang})]),
        PageGenerator("once", lambda s, lang: [PageSpec("gone.html", "404.html", {})], every_language=False),
    )
    pages = assemble_pages(site, registry)
    assert [(p.path, p.lang) for p in pages] == [
        ("about/index.html", "zh-CN"),
        ("gone.html", "zh-CN"),
        ("en/about/index.html", "en"),
    ]
    assert pages[0].alternates == (("zh-CN", "about/"), ("en", "about/"))
    assert pages[1].alternates == (("zh-CN", "gone.html"),)
    assert [p.view for p in pages if p.url == "about/"] == [{"lang": "zh-CN"}, {"lang": "en"}]


def test_the_404_page_is_a_registered_page_in_the_default_language_only(make_site) -> None:
    site = _site(make_site)
    only = assemble_pages(site, [g for g in page_generators() if g.name == "404"])
    assert [(p.path, p.template, p.lang, p.alternates) for p in only] == [
        ("404.html", "404.html", "zh-CN", (("zh-CN", "404.html"),))
    ]


def test_a_new_file_kind_is_one_registration_and_may_say_why_it_made_nothing(make_site) -> None:
    site = _site(make_site)

    def listing(s: SiteData, pages: Sequence[Page]) -> Iterator[OutputFile | Diagnostic]:
        yield OutputFile("pages.txt", "\n".join(p.path for p in pages).encode())
        yield info("I606", "a note", Location("bulletin.yaml"))

    registry = (
        PageGenerator("home", lambda s, lang: [PageSpec("", "index.html", {})]),
        FileGenerator("listing", listing),
    )
    files, found = file_outputs(site, assemble_pages(site, registry), registry=registry)
    assert [(f.path, f.data) for f in files] == [("pages.txt", b"index.html\nen/index.html")]
    assert [d.code for d in found] == ["I606"]


def test_a_sites_own_static_file_wins_only_where_the_registration_allows(make_site) -> None:
    site = _site(make_site)

    def robots(s: SiteData, pages: Sequence[Page]) -> Iterator[OutputFile]:
        yield OutputFile("robots.txt", b"generated")

    yielding = (FileGenerator("robots", robots, static_wins=True),)
    insisting = (FileGenerator("robots", robots),)
    assert file_outputs(site, (), {"robots.txt"}, yielding)[0] == []
    assert [f.path for f in file_outputs(site, (), {"robots.txt"}, insisting)[0]] == ["robots.txt"]


def test_finishers_run_over_the_rendered_pages(make_site) -> None:
    site = _site(make_site)
    rendered = [OutputFile("index.html", b"<html>"), OutputFile("a/index.html", b"<html>")]

    def count(s: SiteData, pages: Sequence[OutputFile], executor: object) -> Iterator[OutputFile]:
        yield OutputFile("count.txt", str(len(pages)).encode())

    files, found = finish(site, rendered, registry=(Finisher("count", count),))
    assert [(f.path, f.data) for f in files] == [("count.txt", b"2")] and found == []


def test_robots_sitemap_and_feeds_follow_base_url(make_site) -> None:
    relative = _site(make_site)
    files, found = file_outputs(relative, assemble_pages(relative))
    paths = {f.path for f in files}
    assert "robots.txt" in paths and "sitemap.xml" not in paths and "feed.xml" not in paths
    assert [(d.code, d.severity) for d in found] == [("I606", Severity.INFO)]
    absolute = _site(make_site, "title: 站\nbase_url: https://example.org/r/\n")
    files, found = file_outputs(absolute, assemble_pages(absolute))
    assert {"robots.txt", "sitemap.xml", "feed.xml", "en/feed.xml"} <= {f.path for f in files}
    assert found == []


def _example_site(config) -> SiteData:
    from bulletin.pipeline import load_reports

    reports, catalog, _ = load_reports(config)
    return SiteData(config, reports, catalog=catalog)


def test_every_file_of_a_checked_site_comes_from_a_page_a_generator_or_static(tmp_path: Path) -> None:
    config, _ = load_config(EXAMPLE, output_dir=tmp_path / "out", jobs=1)
    result = check(config)
    assert not [d for d in result.diagnostics if d.severity is Severity.ERROR]
    made = {f.path for f in result.files if f.source is None}
    static = {f.path for f in result.files if f.source is not None}
    pages = {p.path for p in assemble_pages(_example_site(config))}
    downloads = {"data/indicators.csv", "data/datapackage.json"}
    assert {"404.html", "robots.txt", "sitemap.xml", "feed.xml", "en/feed.xml", *downloads} <= made
    assert pages < made and not any(p.startswith("pagefind/") for p in made)  # a check indexes nothing
    assert static and not static & made


def test_a_build_writes_what_a_new_registration_makes(make_site, tmp_path: Path, monkeypatch) -> None:
    """One row in GENERATORS is all a new output needs: the build renders, makes and writes it."""
    from bulletin.pipeline import build
    from bulletin.site import generators

    def humans(s: SiteData, pages: Sequence[Page]) -> Iterator[OutputFile]:
        yield OutputFile("humans.txt", f"{len(s.reports)} bulletins, {len(pages)} pages\n".encode())

    def sizes(s: SiteData, rendered: Sequence[OutputFile], executor: object) -> Iterator[OutputFile]:
        yield OutputFile("sizes.txt", str(sum(1 for f in rendered if f.path.endswith(".html"))).encode())

    extra = (
        PageGenerator("gone", lambda s, lang: [PageSpec("gone/", "404.html", {})]),
        FileGenerator("humans", humans),
        Finisher("sizes", sizes),
    )
    monkeypatch.setattr(generators, "GENERATORS", generators.GENERATORS + extra)
    root = make_site({"content/a.md": bulletin_text("正文。")})
    config, _ = load_config(root, output_dir=tmp_path / "out", jobs=1)
    result = build(config)
    assert not [d for d in result.diagnostics if d.severity is Severity.ERROR], result.diagnostics
    out = tmp_path / "out"
    assert (out / "gone" / "index.html").is_file() and (out / "en" / "gone" / "index.html").is_file()
    pages = len(assemble_pages(SiteData(config, result.reports)))
    assert (out / "humans.txt").read_text() == f"1 bulletins, {pages} pages\n"
    html = sum(1 for f in result.files if f.path.endswith(".html") and f.path != "404.html")
    assert int((out / "sizes.txt").read_text()) == html + 1  # every rendered page, the 404 page too
