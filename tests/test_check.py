"""Tests for ``bulletin check [SITE_DIR] [--format text|json|github] [--strict]``."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from bulletin.cli import main
from bulletin.core.errors import Diagnostic, Location, Severity, error, warning
from bulletin.reporting import format_github, format_json
from conftest import REPO, bulletin_text

CLEAN = bulletin_text(
    "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。",
    extra="indicators:\n  - {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
)
CONFLICT = bulletin_text(
    "上半年,全区地区生产总值完成628.3亿元,同比增长8.4%。",
    extra="indicators:\n  - {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}",
)
UNKNOWN = bulletin_text(
    "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。",
    title="下半年",
    period="2023-H2",
    date="2024-01-20",
    extra="indicators:\n  - {name: 新签约亿元以上项目, value: 12, unit: 个}",
)


def snapshot(root: Path) -> dict[str, bytes | None]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None) for p in root.rglob("*")
    }


def copy_example(tmp_path: Path) -> Path:
    root = tmp_path / "example"
    root.mkdir()
    shutil.copy(REPO / "bulletin.yaml", root / "bulletin.yaml")
    shutil.copytree(REPO / "content", root / "content")
    return root


# --- exit codes ------------------------------------------------------------------------------------


def test_clean_site_exits_0(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": CLEAN})
    result = runner.invoke(main, ["check", str(root)])
    assert result.exit_code == 0, result.output
    assert "checked 1 bulletin:" in result.stderr
    assert "no problems" in result.stderr
    assert result.stdout == ""


def test_example_site_is_clean(tmp_path: Path, runner) -> None:
    root = copy_example(tmp_path)
    result = runner.invoke(main, ["check", str(root), "--strict", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_site_dir_defaults_to_the_current_folder(make_site, runner, monkeypatch) -> None:
    root = make_site({"content/2023/h1.md": CONFLICT})
    monkeypatch.chdir(root)
    result = runner.invoke(main, ["check", "--format", "json"])
    assert result.exit_code == 1
    assert [d["code"] for d in json.loads(result.stdout)] == ["E303"]


@pytest.mark.parametrize(
    ("files", "strict", "code"),
    [
        ({"content/2023/h1.md": CLEAN}, False, 0),
        ({"content/2023/h1.md": CLEAN}, True, 0),
        ({"content/2023/h2.md": UNKNOWN}, False, 0),
        ({"content/2023/h2.md": UNKNOWN}, True, 1),
        ({"content/2023/h1.md": CONFLICT}, False, 1),
        ({"content/2023/h1.md": CONFLICT, "content/2023/h2.md": UNKNOWN}, False, 1),
    ],
    ids=["clean", "clean-strict", "warning", "warning-strict", "error", "error-and-warning"],
)
def test_exit_codes(make_site, runner, files: dict[str, str], strict: bool, code: int) -> None:
    root = make_site(files)
    args = ["check", str(root), *(["--strict"] if strict else [])]
    result = runner.invoke(main, args)
    assert result.exit_code == code, result.output


def test_missing_site_dir_is_a_usage_error(tmp_path: Path, runner) -> None:
    result = runner.invoke(main, ["check", str(tmp_path / "nowhere")])
    assert result.exit_code == 2


# --- --format json ---------------------------------------------------------------------------------

JSON_KEYS = {"severity", "code", "message", "path", "line", "hint"}


def test_json_format(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": CONFLICT, "content/2023/h2.md": UNKNOWN})
    result = runner.invoke(main, ["check", str(root), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 2
    for item in data:
        assert set(item) >= JSON_KEYS
        assert item["severity"] in ("error", "warning", "info")
        assert isinstance(item["message"], str) and isinstance(item["line"], int)
    assert [(d["severity"], d["code"], d["path"], d["line"]) for d in data] == [
        ("error", "E303", "content/2023/h1.md", 7),
        ("warning", "W304", "content/2023/h2.md", 7),
    ]
    assert "correct" in data[0]["hint"]
    assert data[0]["related"] == {"path": "content/2023/h1.md", "line": 10}


def test_json_format_when_clean_is_an_empty_array(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": CLEAN})
    result = runner.invoke(main, ["check", str(root), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_format_json_keeps_chinese_and_round_trips() -> None:
    d = error("E303", "'地区生产总值' \"quoted\" <b> & 50%\nnext", Location("content/a.md", 7, 3), "改正")
    (item,) = json.loads(format_json([d]))
    assert item["message"] == d.message and item["hint"] == "改正" and item["col"] == 3
    assert "地区生产总值" in format_json([d])


# --- --format github ---------------------------------------------------------------------------------

GITHUB_LINE = re.compile(r"^::(error|warning|notice) (file=[^,:]*(?:,[a-z]+=[^,:]*)*)::(.*)$")


def test_github_format(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": CONFLICT, "content/2023/h2.md": UNKNOWN})
    result = runner.invoke(main, ["check", str(root), "--format", "github"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert GITHUB_LINE.match(line), line
    assert lines[0].startswith("::error file=content/2023/h1.md,line=7")
    assert "E303" in lines[0] and "地区生产总值" in lines[0]
    assert lines[1].startswith("::warning file=content/2023/h2.md,line=7")
    assert "W304" in lines[1]
    # '%' in the message is escaped as %25 (GitHub's rule for data)
    assert "+8.4%25" in lines[0] and "+8.4% " not in lines[0]


def test_github_format_when_clean_prints_nothing(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": CLEAN})
    result = runner.invoke(main, ["check", str(root), "--format", "github"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_github_format_escapes_commas_and_colons_in_the_file_name(make_site, runner) -> None:
    root = make_site({"content/2023/h1,v2:final.md": CONFLICT})
    result = runner.invoke(main, ["check", str(root), "--format", "github"])
    assert result.exit_code == 1
    (line,) = [ln for ln in result.stdout.splitlines() if "E303" in ln]
    assert line.startswith("::error file=content/2023/h1%2Cv2%3Afinal.md,line=7,")
    assert GITHUB_LINE.match(line), line


@pytest.mark.parametrize(
    ("diagnostic", "expected"),
    [
        (
            error("E303", "a: b, c", Location("content/a.md", 7)),
            "::error file=content/a.md,line=7,title=E303::a: b, c",
        ),
        (
            warning("W304", "50% done", Location("content/a,b:c.md", 3, 5), "fix: it"),
            "::warning file=content/a%2Cb%3Ac.md,line=3,col=5,title=W304::50%25 done (hint: fix: it)",
        ),
        (
            error("E101", "line one\r\nline two", Location("content/100%.md")),
            "::error file=content/100%25.md,title=E101::line one%0D%0Aline two",
        ),
        (
            Diagnostic(Severity.INFO, "I402", "revised", Location("content/a.md", 1)),
            "::notice file=content/a.md,line=1,title=I402::revised",
        ),
    ],
    ids=["colon-comma-in-message-kept", "property-escapes", "newlines-and-percent", "info-is-notice"],
)
def test_format_github_escaping(diagnostic: Diagnostic, expected: str) -> None:
    assert format_github([diagnostic]) == expected


# --- text format -------------------------------------------------------------------------------------


def test_text_format_quotes_the_source_line(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": CONFLICT})
    result = runner.invoke(main, ["check", str(root)])
    assert result.exit_code == 1
    err = result.stderr
    assert "content/2023/h1.md:7: error E303:" in err
    assert "{name: 地区生产总值, value: 682.3" in err  # the front-matter line quoted under it
    assert "see also content/2023/h1.md:10" in err
    assert "10 | 上半年,全区地区生产总值完成628.3亿元" in err  # and the sentence it contradicts
    assert "hint:" in err
    assert "checked 1 bulletin: 1 error" in err


# --- E212: two bulletins share a slug ---------------------------------------------------------------


def test_duplicate_slugs_are_e212_naming_both_files(make_site, runner) -> None:
    root = make_site(
        {
            "content/2023/a.md": bulletin_text(extra="slug: h1-2023"),
            "content/2023/b.md": bulletin_text(title="另一份", extra="slug: h1-2023"),
        }
    )
    result = runner.invoke(main, ["check", str(root), "--format", "json"])
    assert result.exit_code == 1
    (d,) = [d for d in json.loads(result.stdout) if d["code"] == "E212"]
    named = {d["path"], d["related"]["path"]} | set(re.findall(r"content/\S+\.md", d["message"]))
    assert named == {"content/2023/a.md", "content/2023/b.md"}
    assert "h1-2023" in d["message"]

    text = runner.invoke(main, ["check", str(root)])
    assert text.exit_code == 1
    assert "E212" in text.stderr
    assert "content/2023/a.md" in text.stderr and "content/2023/b.md" in text.stderr


def test_duplicate_slugs_from_file_names_in_two_folders(make_site, runner) -> None:
    """The slug comes from the file name, so the same name in two folders clashes."""
    root = make_site({"content/2023/h1.md": bulletin_text(), "content/archive/h1.md": bulletin_text()})
    result = runner.invoke(main, ["check", str(root), "--format", "json"])
    assert result.exit_code == 1
    (d,) = json.loads(result.stdout)
    assert d["code"] == "E212"
    assert {d["path"], d["related"]["path"]} == {"content/2023/h1.md", "content/archive/h1.md"}


# --- check writes nothing ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_check_writes_nothing(tmp_path: Path, runner, fmt: str) -> None:
    root = copy_example(tmp_path)
    before = snapshot(root)
    result = runner.invoke(main, ["check", str(root), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert not (root / "site").exists()
    assert not (root / ".bulletin-cache").exists()
    assert snapshot(root) == before


def test_check_with_errors_writes_nothing(make_site, runner) -> None:
    root = make_site({"content/2023/h1.md": CONFLICT, "content/2023/h2.md": UNKNOWN})
    before = snapshot(root)
    result = runner.invoke(main, ["check", str(root), "--strict"])
    assert result.exit_code == 1
    assert snapshot(root) == before
