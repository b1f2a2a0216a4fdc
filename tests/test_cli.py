"""Tests for bulletin.cli: commands, options, exit codes, diagnostics without tracebacks, drafts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin import __version__
from bulletin.cli import main

try:
    from .conftest import bulletin_text
except ImportError:
    from conftest import bulletin_text

PLAIN_BODY = "会议召开,研究部署下半年工作。"  # no figures: the build needs no charts
BULLETIN_SCRIPT = Path(sys.executable).parent / "bulletin"


@pytest.fixture
def good_site(make_site) -> Path:
    return make_site({"content/2023/h1.md": bulletin_text(body=PLAIN_BODY, extra="slug: h1")})


@pytest.fixture
def bad_site(make_site) -> Path:
    return make_site(
        {
            "content/2023/h1.md": bulletin_text(date="2023-02-30", period="2023-H3"),
            "content/2023/q1.md": "上半年,全区经济运行稳中向好。\n",
        }
    )


def assert_content_errors(output: str) -> None:
    assert "content/2023/h1.md:3" in output
    assert "E207" in output
    assert "content/2023/h1.md:4" in output
    assert "E208" in output
    assert "content/2023/q1.md:1" in output
    assert "E201" in output
    assert "Traceback" not in output


# --- version and help ------------------------------------------------------------------------


def test_version(runner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "bulletin" in result.output
    assert __version__ in result.output


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--help"], ["build", "check", "extract"]),
        (["-h"], ["build", "check", "extract"]),
        (["build", "--help"], ["SITE_DIR", "-o, --output", "--drafts", "--base-url"]),
        (["check", "--help"], ["SITE_DIR", "--format"]),
        (["extract", "--help"], ["FILE", "--format"]),
    ],
)
def test_help(runner, args: list[str], words: list[str]) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    for word in words:
        assert word in result.output


# --- build: folders and exit codes -----------------------------------------------------------


def test_build_defaults_to_the_current_folder(good_site: Path, runner, monkeypatch) -> None:
    monkeypatch.chdir(good_site)
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert (good_site / "site" / "index.html").is_file()
    assert (good_site / "site" / "bulletins" / "h1" / "index.html").is_file()


def test_build_output_defaults_to_site_dir_site(good_site: Path, runner, tmp_path: Path, monkeypatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = runner.invoke(main, ["build", str(good_site)])
    assert result.exit_code == 0, result.output
    assert (good_site / "site" / "index.html").is_file()
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("flag", ["-o", "--output"])
def test_build_output_option(good_site: Path, runner, tmp_path: Path, flag: str) -> None:
    out = tmp_path / "public" / "www"
    result = runner.invoke(main, ["build", str(good_site), flag, str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "bulletins" / "h1" / "index.html").is_file()
    assert not (good_site / "site").exists()


def test_relative_site_dir_and_output(good_site: Path, runner, monkeypatch) -> None:
    monkeypatch.chdir(good_site.parent)
    result = runner.invoke(main, ["build", good_site.name, "-o", "public"])
    assert result.exit_code == 0, result.output
    assert (good_site.parent / "public" / "index.html").is_file()


def test_content_errors_exit_1_with_path_line_and_code(bad_site: Path, runner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(bad_site), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert_content_errors(result.output)
    assert "hint" in result.output
    assert not (tmp_path / "out").exists()


def test_source_line_is_quoted_under_the_error(bad_site: Path, runner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(bad_site), "-o", str(tmp_path / "out")])
    assert "date: 2023-02-30" in result.output
    assert "period: 2023-H3" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["build", "--no-such-option"],
        ["build", "-x"],
        ["no-such-command"],
        ["build", "a", "b"],
        ["build", "--jobs", "0"],
        ["check", "--format", "xml"],
        ["extract"],
    ],
)
def test_usage_errors_exit_2(good_site: Path, runner, monkeypatch, args: list[str]) -> None:
    monkeypatch.chdir(good_site)
    result = runner.invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert not (good_site / "site").exists()


def test_site_dir_that_is_a_file_exits_2(good_site: Path, runner) -> None:
    result = runner.invoke(main, ["build", str(good_site / "content" / "2023" / "h1.md")])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_missing_site_dir_exits_2(tmp_path: Path, runner) -> None:
    result = runner.invoke(main, ["build", str(tmp_path / "no-such-folder")])
    assert result.exit_code == 2, result.output


# --- drafts ----------------------------------------------------------------------------------


@pytest.fixture
def drafts_site(make_site) -> Path:
    return make_site(
        {
            "content/published.md": bulletin_text(body=PLAIN_BODY, title="已发布公报", extra="tags: [公开]"),
            "content/wip.md": bulletin_text(
                body=PLAIN_BODY, title="草稿公报", date="2023-09-01", extra="draft: true\ntags: [草稿标签]"
            ),
        }
    )


def _all_html(out: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.html")))


def test_drafts_are_left_out_by_default(drafts_site: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(drafts_site), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "bulletins" / "published" / "index.html").is_file()
    assert not (out / "bulletins" / "wip").exists()
    assert not (out / "en" / "bulletins" / "wip").exists()
    assert not (out / "tags" / "草稿标签").exists()
    html = _all_html(out)
    assert "已发布公报" in html
    assert "草稿公报" not in html
    assert "bulletins/wip/" not in html


def test_drafts_are_included_with_the_flag(drafts_site: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(drafts_site), "-o", str(out), "--drafts"])
    assert result.exit_code == 0, result.output
    assert (out / "bulletins" / "wip" / "index.html").is_file()
    assert (out / "tags" / "草稿标签" / "index.html").is_file()
    assert "草稿公报" in (out / "index.html").read_text(encoding="utf-8")
    assert "草稿公报" in (out / "archive" / "index.html").read_text(encoding="utf-8")


def test_a_broken_draft_still_fails_the_build(make_site, runner, tmp_path: Path) -> None:
    root = make_site(
        {
            "content/ok.md": bulletin_text(body=PLAIN_BODY),
            "content/wip.md": bulletin_text(body=PLAIN_BODY, date="2023-02-30", extra="draft: true"),
        }
    )
    result = runner.invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "content/wip.md:3" in result.output


def test_base_url_option(good_site: Path, runner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(good_site), "-o", str(out), "--base-url", "/reports"])
    assert result.exit_code == 0, result.output
    page = (out / "bulletins" / "h1" / "index.html").read_text(encoding="utf-8")
    assert 'href="/reports/assets/style.css"' in page
    assert 'href="/reports/"' in page


def test_bad_base_url_option_exits_1(good_site: Path, runner, tmp_path: Path) -> None:
    result = runner.invoke(
        main, ["build", str(good_site), "-o", str(tmp_path / "out"), "--base-url", "/a b/"]
    )
    assert result.exit_code == 1, result.output
    assert "E501" in result.output
    assert "Traceback" not in result.output


# --- check and extract -----------------------------------------------------------------------


def test_check_good_site(good_site: Path, runner) -> None:
    result = runner.invoke(main, ["check", str(good_site)])
    assert result.exit_code == 0, result.output
    assert "checked 1 bulletin:" in result.output
    assert not (good_site / "site").exists()


def test_check_bad_site(bad_site: Path, runner) -> None:
    result = runner.invoke(main, ["check", str(bad_site)])
    assert result.exit_code == 1, result.output
    assert_content_errors(result.output)


def test_check_json(bad_site: Path, runner) -> None:
    result = runner.invoke(main, ["check", str(bad_site), "--format", "json"])
    assert result.exit_code == 1
    start = result.stdout.index("[")
    found = json.loads(result.stdout[start:])
    assert {(d["path"], d["line"], d["code"]) for d in found} == {
        ("content/2023/h1.md", 3, "E207"),
        ("content/2023/h1.md", 4, "E208"),
        ("content/2023/q1.md", 1, "E201"),
    }


def test_check_github(bad_site: Path, runner) -> None:
    result = runner.invoke(main, ["check", str(bad_site), "--format", "github"])
    assert result.exit_code == 1
    assert "::error file=content/2023/h1.md,line=3,title=E207::" in result.stdout


def test_check_strict_fails_on_warnings(make_site, runner) -> None:
    root = make_site({"content/h1.md": bulletin_text(body=PLAIN_BODY, extra="summery: x")})
    assert runner.invoke(main, ["check", str(root)]).exit_code == 0
    strict = runner.invoke(main, ["check", str(root), "--strict"])
    assert strict.exit_code == 1
    assert "W213" in strict.output


def test_extract_json(make_site, runner) -> None:
    root = make_site({"content/h1.md": bulletin_text()})
    result = runner.invoke(main, ["extract", str(root / "content" / "h1.md"), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["indicator"], r["value"], r["unit"], r["yoy_pct"], r["line"]) for r in rows] == [
        ("地区生产总值", 682.3, "亿元", 8.4, 8)
    ]


def test_extract_bad_file(make_site, runner) -> None:
    root = make_site({"content/h1.md": bulletin_text(date="2023-02-30")})
    result = runner.invoke(main, ["extract", str(root / "content" / "h1.md")])
    assert result.exit_code == 1
    assert "content/h1.md:3" in result.output
    assert "E207" in result.output
    assert "Traceback" not in result.output


# --- as a real process -----------------------------------------------------------------------


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("BULLETIN_DEBUG", None)
    return subprocess.run(
        [str(BULLETIN_SCRIPT), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def test_console_script_is_installed() -> None:
    assert BULLETIN_SCRIPT.is_file(), f"no console script at {BULLETIN_SCRIPT}"


def test_subprocess_version(tmp_path: Path) -> None:
    proc = run("--version", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert __version__ in proc.stdout


def test_subprocess_build_succeeds(good_site: Path) -> None:
    proc = run("build", cwd=good_site)
    assert proc.returncode == 0, proc.stderr
    assert (good_site / "site" / "bulletins" / "h1" / "index.html").is_file()
    assert "Traceback" not in proc.stdout + proc.stderr


def test_subprocess_content_errors(bad_site: Path, tmp_path: Path) -> None:
    proc = run("build", str(bad_site), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert_content_errors(proc.stdout + proc.stderr)
    assert not (tmp_path / "out").exists()


def test_subprocess_usage_error(good_site: Path) -> None:
    proc = run("build", "--no-such-option", cwd=good_site)
    assert proc.returncode == 2
    assert "No such option" in proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
