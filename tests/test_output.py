"""Tests for bulletin.output: refusing dangerous output folders, atomic swaps, stale pages removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bulletin.cli import main
from bulletin.core.errors import ContentError
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.site.output import MARKER, check_output_dir, check_paths, write_site

try:
    from .conftest import bulletin_text
except ImportError:
    from conftest import bulletin_text

PLAIN_BODY = "会议召开,研究部署下半年工作。"  # no figures: the build needs no charts


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden ones too) with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def config_for(root: Path, out: Path) -> SiteConfig:
    return SiteConfig(root=root, output_dir=out)


def refused_code(config: SiteConfig) -> str:
    with pytest.raises(ContentError) as caught:
        check_output_dir(config)
    (diagnostic,) = caught.value.diagnostics
    return diagnostic.code


@pytest.fixture
def site(make_site) -> Path:
    return make_site(
        {
            "content/2023/h1.md": bulletin_text(body=PLAIN_BODY, extra="slug: h1\ntags: [半年报]"),
            "content/2023/q1.md": bulletin_text(
                body=PLAIN_BODY,
                title="一季度",
                date="2023-04-20",
                period="2023-Q1",
                extra="slug: q1\ntags: [季报]",
            ),
            "templates/assets/extra.css": "p {}\n",
            "static/robots.txt": "User-agent: *\n",
        }
    )


# --- check_output_dir ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [".", "content", "content/2023", "templates", "templates/partials", "static", "static/x", ".."],
)
def test_refuses_site_folders_and_their_parents(site: Path, target: str) -> None:
    (site / "templates" / "partials").mkdir(parents=True, exist_ok=True)
    assert refused_code(config_for(site, site / target)) == "E601"


def test_refuses_the_home_folder_and_its_parents(site: Path, tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home" / "editor"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    assert refused_code(config_for(site, home)) == "E601"
    assert refused_code(config_for(site, home.parent)) == "E601"


def test_refuses_a_non_empty_folder_it_did_not_build(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"precious")
    assert refused_code(config_for(site, out)) == "E601"


def test_refuses_a_file(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.html"
    out.write_text("x", encoding="utf-8")
    assert refused_code(config_for(site, out)) == "E601"


@pytest.mark.parametrize("state", ["missing", "empty", "built"])
def test_accepts_new_empty_or_built_folders(site: Path, tmp_path: Path, state: str) -> None:
    out = tmp_path / "out"
    if state != "missing":
        out.mkdir()
    if state == "built":
        (out / MARKER).write_text("built", encoding="utf-8")
        (out / "index.html").write_text("old", encoding="utf-8")
    check_output_dir(config_for(site, out))  # does not raise
    assert out.exists() is (state != "missing")


def test_default_output_inside_the_site_is_accepted(site: Path) -> None:
    assert check_output_dir(config_for(site, site / "site")) is None


# --- check_paths -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "",
        "/etc/passwd",
        "../x.html",
        "a/../../x.html",
        "a//b.html",
        "./a.html",
        "a/./b",
        "a\\b.html",
        "C:x",
        "a\x00b",
    ],
)
def test_unsafe_paths_are_e602(path: str) -> None:
    (diagnostic,) = check_paths([OutputFile(path, b"x")])
    assert diagnostic.code == "E602"


def test_path_written_twice_is_e603() -> None:
    files = [
        OutputFile("index.html", b"a"),
        OutputFile("tags/x/index.html", b"b"),
        OutputFile("index.html", b"c"),
    ]
    assert [d.code for d in check_paths(files)] == ["E603"]


def test_plain_paths_pass() -> None:
    files = [
        OutputFile("index.html", b""),
        OutputFile("tags/经济运行/index.html", b""),
        OutputFile(".nojekyll", b""),
    ]
    assert check_paths(files) == ()


# --- write_site ------------------------------------------------------------------------------


def test_write_site_writes_files_and_the_marker(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_site(
        (OutputFile("index.html", b"home"), OutputFile("a/b/index.html", b"page")), config_for(site, out)
    )
    assert snapshot(out) == {
        MARKER: (out / MARKER).read_bytes(),
        "a/b/index.html": b"page",
        "index.html": b"home",
    }
    # Only the lock file stays beside the output (it serialises builds; see site/swap.py).
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == [".out.lock"]


def test_write_site_replaces_the_whole_folder(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    config = config_for(site, out)
    write_site((OutputFile("index.html", b"v1"), OutputFile("old/index.html", b"stale")), config)
    write_site((OutputFile("index.html", b"v2"),), config)
    assert (out / "index.html").read_bytes() == b"v2"
    assert not (out / "old").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out") and p.name != ".out.lock"] == []


@pytest.mark.parametrize(
    "files",
    [
        (OutputFile("index.html", b"new"), OutputFile("index.html", b"again")),
        (OutputFile("index.html", b"new"), OutputFile("../escape.html", b"x")),
        (OutputFile("page", b"a file"), OutputFile("page/index.html", b"cannot go under a file")),
    ],
)
def test_failed_write_leaves_the_old_site(site: Path, tmp_path: Path, files: tuple[OutputFile, ...]) -> None:
    out = tmp_path / "out"
    config = config_for(site, out)
    write_site((OutputFile("index.html", b"old"), OutputFile("keep/index.html", b"kept")), config)
    before = snapshot(out)
    with pytest.raises(ContentError) as caught:
        write_site(files, config)
    assert caught.value.diagnostics[0].code in {"E602", "E603", "E604"}
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out") and p.name != ".out.lock"] == []
    assert not (tmp_path / "escape.html").exists()


def test_leftover_temporary_folders_are_removed(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (tmp_path / ".out.tmp-deadbeef").mkdir()
    (tmp_path / ".out.tmp-deadbeef" / "half.html").write_text("half", encoding="utf-8")
    write_site((OutputFile("index.html", b"new"),), config_for(site, out))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out") and p.name != ".out.lock"] == []
    assert (out / "index.html").read_bytes() == b"new"


def test_site_left_by_an_interrupted_swap_is_restored_first(site: Path, tmp_path: Path) -> None:
    # A build killed between its two renames leaves the published site under .out.old-* only.
    old = tmp_path / ".out.old-deadbeef"
    old.mkdir()
    (old / MARKER).write_text("built", encoding="utf-8")
    (old / "index.html").write_text("published", encoding="utf-8")
    config = config_for(site, tmp_path / "out")
    check_output_dir(config)
    write_site((OutputFile("index.html", b"new"),), config)
    assert (tmp_path / "out" / "index.html").read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out") and p.name != ".out.lock"] == []


# --- through the command line ----------------------------------------------------------------


def test_failed_build_leaves_the_previous_site_byte_identical(site: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = runner.invoke(main, ["build", str(site), "-o", str(out)])
    assert first.exit_code == 0, first.output
    before = snapshot(out)
    assert "bulletins/h1/index.html" in before and MARKER in before

    (site / "content" / "2023" / "h1.md").write_text(bulletin_text(date="2023-02-30"), encoding="utf-8")
    (site / "content" / "2023" / "new.md").write_text(
        bulletin_text(body=PLAIN_BODY, title="新公报"), encoding="utf-8"
    )
    second = runner.invoke(main, ["build", str(site), "-o", str(out)])
    assert second.exit_code == 1, second.output
    assert "content/2023/h1.md:3" in second.output
    assert "E207" in second.output
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".out.lock", "out", site.name])


def test_failed_template_leaves_the_previous_site(site: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(site), "-o", str(out)]).exit_code == 0
    before = snapshot(out)
    (site / "templates" / "archive.html").write_text("{% if %}\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(site), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "E701" in result.output
    assert snapshot(out) == before


def test_stale_pages_vanish_after_a_rebuild(site: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(site), "-o", str(out)]).exit_code == 0
    stale = [
        "bulletins/q1/index.html",
        "en/bulletins/q1/index.html",
        "tags/季报/index.html",
        "en/tags/季报/index.html",
        "assets/extra.css",
    ]
    assert all((out / path).is_file() for path in stale)
    assert (out / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\n"  # the site's own wins

    (site / "content" / "2023" / "q1.md").unlink()
    (site / "templates" / "assets" / "extra.css").unlink()
    (site / "static" / "robots.txt").unlink()
    result = runner.invoke(main, ["build", str(site), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [path for path in stale if (out / path).exists()] == []
    # without a static one, robots.txt is the generated one again
    assert (out / "robots.txt").read_text(encoding="utf-8") != "User-agent: *\n"
    assert (out / "bulletins" / "h1" / "index.html").is_file()
    assert "一季度" not in (out / "index.html").read_text(encoding="utf-8")


def test_rebuild_into_the_default_output_folder(site: Path, runner) -> None:
    for _ in range(2):
        result = runner.invoke(main, ["build", str(site)])
        assert result.exit_code == 0, result.output
    assert (site / "site" / "index.html").is_file()
    assert (site / "site" / MARKER).is_file()


@pytest.mark.parametrize("target", [".", "content", "content/2023", "templates", ".."])
def test_cli_refuses_dangerous_output_folders(site: Path, runner, target: str) -> None:
    before = snapshot(site)
    result = runner.invoke(main, ["build", str(site), "-o", str(site / target)])
    assert result.exit_code == 1, result.output
    assert "E601" in result.output
    assert "Traceback" not in result.output
    assert snapshot(site) == before


def test_cli_refuses_the_home_folder(site: Path, runner, tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    result = runner.invoke(main, ["build", str(site), "-o", str(home)])
    assert result.exit_code == 1, result.output
    assert "E601" in result.output
    assert (home / "notes").is_dir()
    assert not (home / "index.html").exists()


def test_cli_refuses_a_non_empty_folder_it_did_not_build(site: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"precious")
    result = runner.invoke(main, ["build", str(site), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "E601" in result.output
    assert snapshot(out) == {"thesis.docx": b"precious"}


def test_cli_builds_into_an_empty_existing_folder(site: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    result = runner.invoke(main, ["build", str(site), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "index.html").is_file()
    assert (out / MARKER).is_file()
