"""Shared fixtures: the example site, throw-away sites, the catalogue, a CLI runner."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bulletin.content.catalog import Catalog, load_catalog
from bulletin.content.markup import render_markdown
from bulletin.core.model import Indicator, Mention, ReportMeta
from bulletin.core.periods import parse_period
from bulletin.core.recall import keep_last_build
from bulletin.extract.merge import merge_indicators
from bulletin.extract.prose import extract_mentions
from bulletin.extract.review import review

# A published reading as (name, period code, value, yoy %): a value and its rate are two readings.
Read = tuple[str, str, float | None, float | None]

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO  # the repository root is the example site: bulletin.yaml + content/


def bulletin_text(
    body: str = "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。",
    *,
    title: str = "上半年经济运行情况",
    date: str = "2023-08-19",
    period: str = "2023-H1",
    region: str | None = "示例区",
    extra: str = "",
) -> str:
    """A valid bulletin file; pieces can be replaced to make it invalid."""
    lines = ["---", f"title: {title}", f"date: {date}", f"period: {period}"]
    if region is not None:
        lines.append(f"region: {region}")
    if extra:
        lines.append(textwrap.dedent(extra).strip("\n"))
    lines += ["---", "", textwrap.dedent(body).strip("\n"), ""]
    return "\n".join(lines)


def read_table(text: str, period: str, catalog: Catalog) -> tuple[Indicator, ...]:
    """The indicator table a bulletin of ``period`` whose body is ``text`` gets (no front-matter
    indicators): extraction, then the merge, as a build does it. Fails on any merge problem."""
    meta = ReportMeta(
        path="content/t.md",
        slug="t",
        title="t",
        date=dt.date(2023, 8, 19),
        period=parse_period(period),
        region="示例区",
    )
    mentions = extract_mentions(render_markdown(text), parse_period(period), catalog)
    rows, problems = merge_indicators(meta, mentions, catalog)
    assert problems == ()
    return rows


def published_mentions(catalog: Catalog, text: str, region: str, period: str) -> tuple[Mention, ...]:
    """What extraction reads from ``text`` in a bulletin of ``region`` and ``period`` and the review
    lets through: the readings a build would publish."""
    found = extract_mentions(render_markdown(text), parse_period(period), catalog, region)
    published, _ = review(found, catalog)
    return published


def published_reads(catalog: Catalog, text: str, region: str, period: str) -> set[Read]:
    """The published readings of ``text`` as (name, period code, value, yoy %)."""
    return {
        (m.name, m.period.code, m.quantity.value if m.quantity else None, m.yoy_pct)
        for m in published_mentions(catalog, text, region, period)
    }


def published_ranks(
    catalog: Catalog, text: str, region: str, period: str
) -> set[tuple[str, int, int | None]]:
    """The published ranks of ``text`` as (name, rank, rank_of)."""
    return {(m.name, m.rank, m.rank_of) for m in published_mentions(catalog, text, region, period) if m.rank}


def published_rows(catalog: Catalog, text: str, region: str, period: str) -> set[Read]:
    """The published readings merged per (name, period) as a build merges them: value and growth
    together, as (name, period code, value, yoy %)."""
    rows: dict[tuple[str, str], list] = {}
    for name, code, value, yoy in sorted(published_reads(catalog, text, region, period), key=str):
        row = rows.setdefault((name, code), [None, None])
        row[0] = value if value is not None else row[0]
        row[1] = yoy if yoy is not None else row[1]
    return {(name, code, value, yoy) for (name, code), (value, yoy) in rows.items()}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/site/ from the fixture site instead of comparing with it",
    )


@pytest.fixture(scope="session")
def example_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site, built once per test session (and per xdist worker) and shared."""
    from bulletin.cli import main

    out = tmp_path_factory.mktemp("example") / "out"
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(autouse=True, scope="session")
def _chart_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Builds in tests keep their chart cache in a temporary folder, not in the repository."""
    previous = os.environ.get("BULLETIN_CACHE_DIR")
    os.environ["BULLETIN_CACHE_DIR"] = str(tmp_path_factory.mktemp("chart-cache"))
    yield
    if previous is None:
        os.environ.pop("BULLETIN_CACHE_DIR", None)
    else:
        os.environ["BULLETIN_CACHE_DIR"] = previous


@pytest.fixture(autouse=True)
def _keeping_last_build() -> Iterator[None]:
    """`bulletin build` and `check` turn off what a process keeps for its next build; a test that
    ran them in this process must not leave the tests after it without it."""
    yield
    keep_last_build(True)


@pytest.fixture
def example_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example site with its own cache folder."""
    root = tmp_path / "src"
    shutil.copytree(EXAMPLE / "content", root / "content")
    shutil.copy(EXAMPLE / "bulletin.yaml", root / "bulletin.yaml")
    monkeypatch.setenv("BULLETIN_CACHE_DIR", str(tmp_path / "cache"))
    return root


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[..., Path]:
    """Create a site folder from {relative path: text or bytes}; returns its root."""

    def make(files: dict[str, str | bytes], name: str = "site-src") -> Path:
        root = tmp_path / name
        for rel, data in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        (root / "content").mkdir(parents=True, exist_ok=True)
        return root

    return make


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The built-in catalogue (no site extension)."""
    loaded, problems = load_catalog(None)
    assert not problems
    return loaded


@pytest.fixture
def runner() -> CliRunner:
    """click's test runner, with messages in English: these tests check the English wording; the
    zh-CN default (a site's language) is tested in test_messages.py and test_editor.py."""
    return CliRunner(env={"BULLETIN_LANG": "en"})
