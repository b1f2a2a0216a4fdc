"""A whole-site fuzzer: hypothesis builds random sites from hostile pieces and runs the real CLI.

Each example starts from a good site already built, adds a random handful of hostile pieces
(bulletins, config, catalogue, templates, static files, links, odd names) and builds again. It
asserts: exit 0 or 1, never 3 or a traceback; nothing outside the output folder is written; on
failure the previous site is byte-identical; on success the site is complete (index and marker).

Budget: BULLETIN_FUZZ_EXAMPLES examples (default 15 in the ordinary test run; .ci/run gives more).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletin.cli import main
from bulletin.site.output import MARKER
from test_hostile import GOOD_TEXT, snapshot

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("BULLETIN_FUZZ_EXAMPLES", "15"))


def _md(front: str, body: str = "上半年,全区经济运行总体平稳。") -> str:
    return f"---\ntitle: 公报\ndate: 2023-08-19\nperiod: 2023-H1\nregion: 示例区\n{front}---\n\n{body}\n"


FRONT = st.sampled_from(
    [
        "tags: [.nan, .inf]\n",
        "title: .nan\n",
        "slug: con\n",
        "slug: ../../x\n",
        "tags: ['\\u202e', 'a\\u200bb', 'Ａ', 'a']\n",
        "indicators:\n  - {name: 地区生产总值, value: .inf, unit: 亿元}\n",
        "indicators:\n  - {name: 地区生产总值, value: " + "9" * 5000 + ", unit: 亿元}\n",
        "indicators:\n  - {name: '', value: 1}\n",
        "indicators:\n  - {name: 地区生产总值, rank: 1e400}\n",
        "period: 1900\n",
        "period: 1901-H1\n",
        "period: " + "1" * 600 + "\n",
        "region: '\\x1b]52;c;eA==\\x07'\n",
        "lol: &a [1,1,1,1,1,1,1,1]\nlol2: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nlol3: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n",
        "tags: [" + ", ".join(f"t{i}" for i in range(300)) + "]\n",
        "",
    ]
)
BODY = st.sampled_from(
    [
        "上半年,全区经济运行总体平稳。",
        "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%,增速比上年同期回落0.5个百分点。",
        "<script>alert(1)</script> [x](javascript:alert(1))",
        "![" * 200,
        ("[" * 90 + "\n") * 700,
        "\x1b[2J\x1b]52;c;eA==\x07",
        "第" * 3000,
    ]
)
NAME = st.sampled_from(
    ["a.md", "b.md", "new\nline.md", "bidi\u202e.md", "con.md", "sub/c.md", "_d.md", ".e.md"]
)
OTHER = st.sampled_from(
    [
        ("bulletin.yaml", "title: .nan\nbase_url: javascript:alert(1)\n"),
        ("bulletin.yaml", "title: x\nlanguage: xx\n"),
        ("bulletin.yaml", b"\xff\xfe\x00t"),
        ("content/indicators.yaml", "indicators:\n  - {name: a, slug: gdp}\n"),
        ("content/indicators.yaml", "indicators:\n  - {name: a}\n  - {name: a}\n"),
        ("content/indicators.yaml", "indicators:\n  - {name: a, aliases: ['']}\n"),
        ("content/indicators.yaml", "indicators:\n  - {name: a, order: .inf}\n"),
        ("templates/base.html", "{% block content %}{{ page.nope.nope }}{% endblock %}"),
        ("templates/base.html", "{% if %}"),
        ("static/a:b.css", "x"),
        ("static/ok.css", "body{}"),
        ("static/new\nline.css", "x"),
        ("content/x.md", b"\x00\x01binary"),
        ("content/gbk.md", "---\ntitle: 公报\n---\n".encode("gb18030")),
    ]
)
LINK = st.sampled_from(
    [
        ("content/out", "/etc"),
        ("content/loop.md", "loop.md"),
        ("content/self", "."),
        ("static", "/etc"),
        ("templates", "/etc"),
        ("bulletin.yaml", "/etc/passwd"),
        ("content/inside", "../extra"),
        ("content/dangling.md", "nowhere.md"),
    ]
)


def _write(root: Path, rel: str, data: str | bytes) -> None:
    path = root / rel
    if os.path.lexists(path) or any(p.is_symlink() for p in path.parents if p != root and root in p.parents):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.parent.resolve().is_relative_to(root.resolve()):
        return
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=os.environ.get("CI") is not None,
)
@given(
    bulletins=st.lists(st.tuples(NAME, FRONT, BODY), min_size=1, max_size=4),
    others=st.lists(OTHER, max_size=3),
    links=st.lists(LINK, max_size=2),
)
def test_any_site_builds_or_fails_cleanly(
    tmp_path_factory: pytest.TempPathFactory,
    bulletins: list[tuple[str, str, str]],
    others: list[tuple[str, str | bytes]],
    links: list[tuple[str, str]],
) -> None:
    base = tmp_path_factory.mktemp("fuzz")
    root, out = base / "site", base / "out" / "site"
    (root / "content").mkdir(parents=True)
    (root / "extra").mkdir()
    (root / "extra" / "in.md").write_text(GOOD_TEXT.replace("slug: good", "slug: linked"), encoding="utf-8")
    (root / "content" / "0000-good.md").write_text(GOOD_TEXT, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(root), "-o", str(out), "-j", "1"])
    assert first.exit_code == 0, first.output
    before_site = snapshot(out)

    for rel, target in links:
        if not os.path.lexists(root / rel):
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(target, root / rel)
    for rel, data in others:
        _write(root, rel, data)
    for name, front, body in bulletins:
        _write(root, f"content/{name}", _md(front, body))
    before_base = {k: v for k, v in snapshot(base).items() if not k.startswith("out/")}

    for args in (["check", str(root)], ["build", str(root), "-o", str(out), "-j", "1"]):
        result = runner.invoke(main, args)
        assert result.exit_code in (0, 1), result.output
        assert "internal error" not in result.output and "Traceback" not in result.output, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    after_base = {k: v for k, v in snapshot(base).items() if not k.startswith("out/")}
    assert after_base == before_base  # nothing written outside the output folder
    if result.exit_code == 1:
        assert snapshot(out) == before_site
    else:
        assert (out / "index.html").is_file() and (out / MARKER).is_file()
        for page in out.rglob("*.html"):
            assert "<script>alert" not in page.read_text(encoding="utf-8")
    shutil.rmtree(base, ignore_errors=True)
