"""Hostile input: every bad file gives a clear error and nothing worse.

Each folder under ``tests/hostile/`` is a small site (``content/…``, optionally
``bulletin.yaml``) with an ``expect.yaml`` saying what the CLI must report:

    exit: 1                       # 0 for inputs that must be accepted
    errors:                       # every error the CLI prints must be one of these
      - code: E207                # or a list of acceptable codes
        path: content/x.md        # or a list of acceptable paths
        line: 3                   # null: the error is about the whole file; absent: not checked
        text: [does not exist]    # fragments of the message or the hint
        quote: "date: 2023-02-30" # the source line printed under the error
    marker: bulletin-hostile-pwned  # a file a code-execution payload would create
    combined: false               # leave out of the all-at-once build
    generate: [...]               # files made at test time: {path, text, encoding, bom, newline},
                                  # {path, hex}, {path, repeat: {head, unit, count, tail}}, {path, symlink}
    pages: [{path, contains, absent, h1}]      # accepted cases: checks on built pages
    data: [{column: value, csv_column: cell}]  # accepted cases: rows of data/indicators.{json,csv}

Binary, non-UTF-8, CRLF and big files are generated from their recipe, so the
repository holds only small UTF-8 text. The tests go through the real CLI
(``bulletin check`` and ``bulletin build``) with click's CliRunner.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import json
import os
import pathlib
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

import bulletin.site.output
from bulletin.cli import main
from bulletin.content.config import load_config
from bulletin.content.yamlsafe import load_yaml
from bulletin.core.errors import CODES
from bulletin.pipeline import check as check_site

HOSTILE = Path(__file__).resolve().parent / "hostile"
GOOD_FILE = "content/0000-good.md"
GOOD_TEXT = (
    "---\ntitle: 一份正常的公报\ndate: 2023-08-19\nperiod: 2023-H1\nregion: 示例区\nslug: good\n"
    "tags: [经济运行]\n---\n\n上半年,全区经济运行总体平稳,重点项目有序推进。\n"
)


# --- cases -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One folder of tests/hostile/ and its expectations."""

    name: str
    folder: Path
    expect: dict[str, Any]

    @property
    def exit(self) -> int:
        return int(self.expect["exit"])

    @property
    def errors(self) -> list[dict[str, Any]]:
        return list(self.expect.get("errors") or [])

    @property
    def needs_charts(self) -> bool:
        """Cases whose bulletins state figures: building them renders charts."""
        return bool(self.expect.get("data"))


def _load_cases() -> list[Case]:
    cases = []
    for folder in sorted(HOSTILE.iterdir()):
        if (folder / "expect.yaml").is_file():
            expect = yaml.safe_load((folder / "expect.yaml").read_text(encoding="utf-8"))
            cases.append(Case(folder.name, folder, expect))
    return cases


CASES = _load_cases()
FAILING = [c for c in CASES if c.exit != 0]
ACCEPTED = [c for c in CASES if c.exit == 0]
CHART_FREE = [c for c in ACCEPTED if not c.needs_charts]


def _ids(cases: list[Case]) -> list[str]:
    return [c.name for c in cases]


def _generated(spec: dict[str, Any]) -> bytes:
    if "hex" in spec:
        return bytes.fromhex(spec["hex"])
    if "repeat" in spec:
        rep = spec["repeat"]
        text = rep.get("head", "") + rep["unit"] * int(rep["count"]) + rep.get("tail", "")
    else:
        text = spec["text"]
    data = text.replace("\n", spec.get("newline", "\n")).encode(spec.get("encoding", "utf-8"))
    return codecs.BOM_UTF8 + data if spec.get("bom") else data


def _place(rel: str, prefix: str | None) -> str:
    """content/x.md -> content/<prefix>/x.md when several cases share one site."""
    if prefix and rel.startswith("content/"):
        return f"content/{prefix}/{rel.removeprefix('content/')}"
    return rel


def materialise(case: Case, root: Path, prefix: str | None = None, config: bool = True) -> list[str]:
    """Write a case's files into the site at root; returns their site-relative paths."""
    written = []
    for path in sorted(case.folder.rglob("*")):
        rel = path.relative_to(case.folder).as_posix()
        if not path.is_file() or rel == "expect.yaml" or (rel == "bulletin.yaml" and not config):
            continue
        target = root / _place(rel, prefix)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        written.append(_place(rel, prefix))
    for spec in case.expect.get("generate") or []:
        rel = _place(spec["path"], prefix)
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if "symlink" in spec:
            os.symlink(spec["symlink"], target)
        else:
            target.write_bytes(_generated(spec))
        written.append(rel)
    (root / "content").mkdir(parents=True, exist_ok=True)
    return written


# --- running the CLI and reading its diagnostics ---------------------------------------------

_DIAG = re.compile(
    r"^(?P<path>\S.*?)(?::(?P<line>\d+))?(?::(?P<col>\d+))?: "
    r"(?P<severity>error|warning|info) (?P<code>[EWI]\d{3}): (?P<message>.*)$"
)
_QUOTE = re.compile(r"^\s+(?P<line>\d+) \| (?P<text>.*)$")


def parse_diagnostics(output: str) -> list[dict[str, Any]]:
    """The diagnostics of the CLI's text output: location, code, message, quoted line, hint."""
    found: list[dict[str, Any]] = []
    for raw in output.splitlines():
        if m := _DIAG.match(raw):
            found.append(
                {
                    "path": m["path"],
                    "line": int(m["line"]) if m["line"] else None,
                    "severity": m["severity"],
                    "code": m["code"],
                    "message": m["message"],
                    "hint": "",
                    "quote": None,
                }
            )
        elif found and (q := _QUOTE.match(raw)):
            found[-1]["quote"] = q["text"]
        elif found and raw.strip().startswith("hint:"):
            found[-1]["hint"] = raw.strip().removeprefix("hint:").strip()
    return found


def run(*args: object) -> Result:
    """Run the CLI in-process; a clean exit only, never a traceback."""
    result = CliRunner(env={"BULLETIN_LANG": "en"}).invoke(main, [str(a) for a in args])
    output = result.output
    assert "Traceback" not in output, output
    assert "internal error" not in output, output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _matches(expected: dict[str, Any], found: dict[str, Any], prefix: str | None = None) -> bool:
    if found["code"] not in _as_list(expected["code"]):
        return False
    if found["path"] not in [_place(p, prefix) for p in _as_list(expected["path"])]:
        return False
    if "line" in expected and found["line"] != expected["line"]:
        return False
    if "quote" in expected and "quote" in found and found["quote"] != expected["quote"]:
        return False
    said = f"{found['message']} {found.get('hint') or ''}"
    fragments = [_place_in_text(f, prefix) for f in _as_list(expected.get("text") or [])]
    return all(fragment in said for fragment in fragments)


def _place_in_text(fragment: str, prefix: str | None) -> str:
    return fragment.replace("content/", f"content/{prefix}/") if prefix else fragment


def assert_diagnostics(
    case: Case, found: list[dict[str, Any]], output: str, prefix: str | None = None
) -> None:
    """Each expected error is reported, and every error reported is an expected one."""
    errors = [d for d in found if d["severity"] == "error"]
    for expected in case.errors:
        assert any(_matches(expected, d, prefix) for d in errors), (
            f"missing {expected}\n--- output:\n{output}"
        )
    allowed = {code for e in case.errors for code in _as_list(e["code"])}
    assert {d["code"] for d in errors} <= allowed, f"unexpected errors\n--- output:\n{output}"
    for d in found:
        assert d["code"] in CODES, d


def assert_no_marker(case: Case, *folders: Path) -> None:
    """A code-execution payload never ran: the file it would create does not exist."""
    marker = case.expect.get("marker")
    if marker:
        for folder in folders:
            assert not (folder / marker).exists(), f"payload ran: {folder / marker} exists"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in tmp_path, so a payload writing to the working folder would write there."""
    monkeypatch.chdir(tmp_path)


# --- snapshots ---------------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under folder (without following links): file bytes, None for folders."""
    shot: dict[str, bytes | None] = {}
    if not folder.exists():
        return shot
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames:
            shot[(Path(dirpath) / name).relative_to(folder).as_posix() + "/"] = None
        for name in filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(folder).as_posix()
            shot[rel] = b"->" + os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
    return shot


def write_good_site(root: Path) -> None:
    """A site with one clean bulletin that states no figures (builds without charts)."""
    (root / "content").mkdir(parents=True, exist_ok=True)
    (root / GOOD_FILE).write_text(GOOD_TEXT, encoding="utf-8")


def build_good_site(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes | None]]:
    """Site root, output folder and the snapshot of a successful first build."""
    root, out = tmp_path / "src", tmp_path / "out" / "site"
    write_good_site(root)
    result = run("build", root, "-o", out)
    assert result.exit_code == 0, result.output
    shot = snapshot(out)
    assert "index.html" in shot and bulletin.site.output.MARKER in shot
    return root, out, shot


# --- one test per case: check, check --format json, build --------------------------------------


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_check_reports_case(case: Case, tmp_path: Path) -> None:
    """`bulletin check` prints each expected error with its file, line and a useful message."""
    root = tmp_path / "site-src"
    materialise(case, root)
    result = run("check", root)
    assert result.exit_code == case.exit, result.output
    assert_diagnostics(case, parse_diagnostics(result.output), result.output)
    assert_no_marker(case, tmp_path, root)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_check_json_reports_case(case: Case, tmp_path: Path) -> None:
    """`bulletin check --format json` gives the same errors as JSON on stdout (for CI)."""
    root = tmp_path / "site-src"
    materialise(case, root)
    result = run("check", root, "--format", "json")
    assert result.exit_code == case.exit, result.output
    try:
        found = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"--format json printed no JSON on stdout:\n{result.output}")
    assert_diagnostics(case, found, result.output)
    assert_no_marker(case, tmp_path, root)


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_build_reports_case(case: Case, tmp_path: Path) -> None:
    """`bulletin build` fails with the same errors and writes nothing, or builds an accepted case."""
    root, out = tmp_path / "site-src", tmp_path / "out" / "site"
    materialise(case, root)
    result = run("build", root, "-o", out)
    assert result.exit_code == case.exit, result.output
    assert_diagnostics(case, parse_diagnostics(result.output), result.output)
    assert_no_marker(case, tmp_path, root)
    if case.exit:
        assert not out.exists()
        return
    check_pages(case, out)
    check_data_files(case, {p: d for p, d in snapshot(out).items() if d is not None})
    assert_no_injected_markup(out)


def check_pages(case: Case, out: Path) -> None:
    """An accepted case's pages hold the escaped text it expects."""
    for spec in case.expect.get("pages") or []:
        for lang_prefix in ("", "en/"):
            page = (out / lang_prefix / spec["path"]).read_text(encoding="utf-8")
            for fragment in spec.get("contains") or []:
                assert fragment in page, f"{fragment!r} not in {lang_prefix}{spec['path']}"
            for fragment in spec.get("absent") or []:
                assert fragment not in page, f"{fragment!r} in {lang_prefix}{spec['path']}"
            if "h1" in spec:
                assert _h1_text(page) == spec["h1"]


def check_data_files(case: Case, files: dict[str, bytes]) -> None:
    """The rows an accepted case states are in data/indicators.json and .csv, exactly and safely."""
    wanted = case.expect.get("data") or []
    if not wanted:
        return
    rows = json.loads(files["data/indicators.json"].decode("utf-8"))["rows"]
    raw_csv = files["data/indicators.csv"].decode("utf-8")
    assert raw_csv.startswith("\ufeff")
    cells = list(csv.DictReader(io.StringIO(raw_csv.removeprefix("\ufeff"), newline="")))
    for want in wanted:
        plain = {k: v for k, v in want.items() if not k.startswith("csv_")}
        assert any(all(row.get(k) == v for k, v in plain.items()) for row in rows), f"{plain} not in {rows}"
        in_csv = {k.removeprefix("csv_"): v for k, v in want.items() if k.startswith("csv_")}
        matching = [c for c in cells if all(c[k] == v for k, v in in_csv.items())]
        assert matching, f"no CSV row with {in_csv}:\n{raw_csv}"
    for path, data in files.items():
        if path.endswith(".csv"):
            assert_no_formula_cells(path, data)
        elif path.endswith(".json"):
            json.loads(data.decode("utf-8"))


_NUMERIC_COLUMNS = {"value", "yoy_pct", "rank", "rank_of", "line"}


def assert_no_formula_cells(path: str, data: bytes) -> None:
    """No text cell of an exported CSV starts like a spreadsheet formula."""
    text = data.decode("utf-8").removeprefix("\ufeff")
    for row in csv.DictReader(io.StringIO(text, newline="")):
        for column, value in row.items():
            if column not in _NUMERIC_COLUMNS:
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), f"{path}: {column}={value!r}"


@pytest.mark.parametrize(
    "case",
    [c for c in ACCEPTED if c.expect.get("data")],
    ids=_ids([c for c in ACCEPTED if c.expect.get("data")]),
)
def test_data_files_of_accepted_case(case: Case, tmp_path: Path) -> None:
    """The exported data is right even before charts can render: checked on the in-memory build."""
    root = tmp_path / "site-src"
    materialise(case, root)
    config, _ = load_config(root)
    result = check_site(config)
    assert not [d for d in result.diagnostics if d.severity.label == "error"], result.diagnostics
    files = {f.path: f.data for f in result.files}
    check_data_files(case, files)
    for spec in case.expect.get("pages") or []:
        page = files[spec["path"]].decode("utf-8")
        for fragment in spec.get("contains") or []:
            assert fragment in page
        for fragment in spec.get("absent") or []:
            assert fragment not in page
        if "h1" in spec:
            assert _h1_text(page) == spec["h1"]


def test_too_large_file_reports_its_real_size(tmp_path: Path) -> None:
    """The size limit error names the limit and the file's real size, not the size read so far."""
    case = next(c for c in CASES if c.name == "too-large")
    root = tmp_path / "site-src"
    materialise(case, root)
    size_mb = (root / "content/too-large.md").stat().st_size / 1024 / 1024
    result = run("check", root)
    [found] = [d for d in parse_diagnostics(result.output) if d["code"] == "E103"]
    assert "2 MB limit" in found["message"]
    assert f"{size_mb:.1f} MB" in found["message"], f"file is {size_mb:.1f} MB: {found['message']}"


# --- a failing build leaves the previous site exactly as it was ---------------------------------


@pytest.mark.parametrize("case", FAILING, ids=_ids(FAILING))
def test_failed_build_keeps_previous_site(case: Case, tmp_path: Path) -> None:
    """Good site built; the hostile file added; the rebuild fails and the old site is byte-identical."""
    root, out, before = build_good_site(tmp_path)
    materialise(case, root)
    result = run("build", root, "-o", out)
    assert result.exit_code == 1, result.output
    assert snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == [".site.lock", "site"]
    assert_no_marker(case, tmp_path, root)


def _fail_on_nth_write(monkeypatch: pytest.MonkeyPatch, n: int, exc: BaseException) -> None:
    real = pathlib.Path.write_bytes
    calls = 0

    def write_bytes(self: pathlib.Path, data: Any) -> int:
        nonlocal calls
        calls += 1
        if calls == n:
            raise exc
        return real(self, data)

    monkeypatch.setattr(pathlib.Path, "write_bytes", write_bytes)


@pytest.mark.parametrize(
    ("exc", "exit_code", "said"),
    [
        (OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), 1, "E604"),
        (KeyboardInterrupt(), 130, "interrupted"),
    ],
    ids=["disk-full", "ctrl-c"],
)
def test_crash_mid_write_keeps_previous_site(
    exc: BaseException, exit_code: int, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 5th file write fails: the old site stays, no temporary folder is left beside it."""
    root, out, before = build_good_site(tmp_path)
    (root / GOOD_FILE).write_text(GOOD_TEXT.replace("一份正常的公报", "修订后的公报"), encoding="utf-8")
    _fail_on_nth_write(monkeypatch, 5, exc)
    result = run("build", root, "-o", out)
    assert result.exit_code == exit_code, result.output
    assert said in result.output
    assert snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == [".site.lock", "site"]


@pytest.mark.parametrize("which", ["first", "second"])
@pytest.mark.parametrize(
    "exc", [OSError(errno.EBUSY, "busy"), KeyboardInterrupt()], ids=["oserror", "ctrl-c"]
)
def test_crash_during_swap_keeps_previous_site(
    which: str, exc: BaseException, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure at either rename of the swap puts the old site back and cleans up."""
    root, out, before = build_good_site(tmp_path)
    (root / GOOD_FILE).write_text(GOOD_TEXT.replace("一份正常的公报", "修订后的公报"), encoding="utf-8")
    real = os.replace
    source = f".{out.name}.tmp-" if which == "second" else out.name

    def replace(src: Any, dst: Any) -> None:
        if Path(src).name.startswith(source) and Path(src).parent == out.parent:
            raise exc
        real(src, dst)

    monkeypatch.setattr(bulletin.site.output.os, "replace", replace)
    result = run("build", root, "-o", out)
    assert result.exit_code in (1, 130), result.output
    assert snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == [".site.lock", "site"]


# --- nothing escapes the output folder ---------------------------------------------------------


def _union_site(root: Path, cases: list[Case], reverse: bool = False) -> None:
    """One site holding several cases, each under content/<case>/; raw HTML on when a case needs it."""
    for case in reversed(cases) if reverse else cases:
        materialise(case, root, prefix=case.name, config=False)
    if any((c.folder / "bulletin.yaml").is_file() for c in cases):
        (root / "bulletin.yaml").write_text("title: 公报\nallow_html: true\n", encoding="utf-8")


_ACCEPTED_SETS = {"chart-free": CHART_FREE, "all-accepted": ACCEPTED}


def assert_all_inside(
    out: Path, before: dict[str, bytes | None], after: dict[str, bytes | None], base: str
) -> None:
    """Every new or changed path is inside out (or the documented chart cache); no '..', no links."""
    changed = {p for p in after if p not in before or after[p] != before[p]} | (set(before) - set(after))
    cache = "src/.bulletin-cache/"
    outside = sorted(p for p in changed if not p.startswith(base) and not p.startswith(cache))
    assert not outside, f"written outside the output folder: {outside}"
    for dirpath, dirnames, filenames in os.walk(out):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(out)
            assert not path.is_symlink(), rel
            assert ".." not in rel.parts and not rel.is_absolute()
            assert path.resolve().is_relative_to(out.resolve())


@pytest.mark.parametrize("which", list(_ACCEPTED_SETS))
def test_nothing_escapes_output(which: str, tmp_path: Path) -> None:
    """Building all accepted hostile names writes only inside the output folder."""
    root, out = tmp_path / "src", tmp_path / "out" / "site"
    _union_site(root, _ACCEPTED_SETS[which])
    before = snapshot(tmp_path)
    result = run("build", root, "-o", out)
    assert result.exit_code == 0, result.output
    assert_all_inside(out, before, snapshot(tmp_path), "out/")
    assert_no_injected_markup(out)
    config, _ = load_config(root)
    for item in check_site(config).files:
        parts = item.path.split("/")
        assert (
            item.path and not item.path.startswith("/") and "\\" not in item.path and "\x00" not in item.path
        )
        assert not {"", ".", ".."} & set(parts), item.path


@pytest.mark.parametrize("case", FAILING, ids=_ids(FAILING))
def test_failing_case_writes_nothing_anywhere(case: Case, tmp_path: Path) -> None:
    """A failing build changes no file anywhere under tmp_path."""
    root = tmp_path / "src"
    materialise(case, root)
    before = snapshot(tmp_path)
    run("build", root, "-o", tmp_path / "out" / "site")
    assert snapshot(tmp_path) == before


# --- no injected markup ------------------------------------------------------------------------

_BAD_SCHEME = re.compile(r"^(javascript|vbscript|data|file):", re.IGNORECASE)
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset"}
_BAD_TAGS = {"script", "iframe", "object", "embed", "base", "frame", "frameset", "applet"}


def _is_search_script(attrs: list[tuple[str, str | None]]) -> bool:
    """Exactly the theme's search script: an external module from assets/, nothing else."""
    values = dict(attrs)
    return (
        set(values) == {"type", "src"}
        and values["type"] == "module"
        and bool(re.fullmatch(r"(?:\.\./)*(?:/[\w./-]*)?assets/search\.js", values["src"] or ""))
    )


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.h1: list[str] | None = None
        self.h1_text: list[str] = []
        self.in_search_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and _is_search_script(attrs):
            self.in_search_script = True  # the theme's one script: Pagefind's search on search/
        elif tag in _BAD_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and any(k == "http-equiv" and (v or "").lower() == "refresh" for k, v in attrs):
            self.problems.append("<meta http-equiv=refresh>")
        for key, value in attrs:
            if key.startswith("on"):
                self.problems.append(f"<{tag} {key}=…>")
            if key in _URL_ATTRS and value is not None:
                # Browsers ignore tabs and newlines in a URL and leading spaces or control characters.
                cleaned = re.sub(r"[\t\n\r]", "", value).lstrip(
                    "\x00\x01\x02\x03\x04\x05\x06\x07\x08 \x0b\x0c"
                )
                if _BAD_SCHEME.match(cleaned) and not (tag == "img" and cleaned.startswith("data:image/")):
                    self.problems.append(f"<{tag} {key}={value!r}>")
            if key == "style" and value and re.search(r"url\s*\(|expression\s*\(", value, re.IGNORECASE):
                self.problems.append(f"<{tag} style={value!r}>")
        if tag == "h1" and self.h1 is None:
            self.h1 = self.h1_text

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_search_script = False
        if tag == "h1" and self.h1 is self.h1_text:
            self.h1 = []

    def handle_data(self, data: str) -> None:
        if self.in_search_script and data.strip():
            self.problems.append("<script> with inline code")
        if self.h1 is self.h1_text:
            self.h1_text.append(data)


def _h1_text(page: str) -> str:
    scanner = _Scanner()
    scanner.feed(page)
    return " ".join("".join(scanner.h1_text).split())


def assert_no_injected_markup(out: Path) -> None:
    """No script element, event handler or script URL in any built page."""
    pages = sorted(out.rglob("*.html"))
    assert pages
    for page in pages:
        scanner = _Scanner()
        scanner.feed(page.read_text(encoding="utf-8"))
        scanner.close()
        assert not scanner.problems, f"{page.relative_to(out)}: {scanner.problems}"


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href=" JaVa\tScRiPt:alert(1)">x</a>',
        '<a href="data:text/html,x">x</a>',
        '<a href="vbscript:msgbox">x</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<div style="background:url(javascript:alert(1))">x</div>',
    ],
)
def test_scanner_flags_injected_markup(markup: str) -> None:
    """The page scanner itself finds each kind of injection (so a clean scan means something)."""
    scanner = _Scanner()
    scanner.feed(f"<html><body><p>{markup}</p></body></html>")
    assert scanner.problems


def test_injection_title_is_escaped_text(tmp_path: Path) -> None:
    """The script title shows as text in the page heading, the title element and the meta description."""
    case = next(c for c in CASES if c.name == "injection-escaped")
    root, out = tmp_path / "src", tmp_path / "out" / "site"
    materialise(case, root)
    assert run("build", root, "-o", out).exit_code == 0
    page = (out / "bulletins/injection-escaped/index.html").read_text(encoding="utf-8")
    assert _h1_text(page) == "<script>alert(1)</script>"
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for path in out.rglob("*.html"):
        assert "<script>alert" not in path.read_text(encoding="utf-8").lower(), path
    assert_no_injected_markup(out)


# --- everything at once ------------------------------------------------------------------------

COMBINED = [c for c in CASES if c.expect.get("combined", True)]


def test_all_hostile_content_at_once(tmp_path: Path) -> None:
    """One site with every hostile file: exit 1, one clear error per bad file, nothing else touched."""
    root, out, site_before = build_good_site(tmp_path)
    for case in COMBINED:
        materialise(case, root, prefix=case.name, config=False)
    before = snapshot(tmp_path)
    result = run("build", root, "-o", out)
    assert result.exit_code == 1, result.output
    found = parse_diagnostics(result.output)
    errors = [d for d in found if d["severity"] == "error"]
    for case in COMBINED:
        for expected in case.errors:
            assert any(_matches(expected, d, case.name) for d in errors), f"{case.name}: missing {expected}"
    bad_files = {_place(p, c.name) for c in COMBINED for e in c.errors for p in _as_list(e["path"])}
    assert {d["path"] for d in errors} == bad_files, result.output
    assert snapshot(tmp_path) == before
    assert snapshot(out) == site_before
    check = run("check", root, "--format", "json")
    assert check.exit_code == 1
    assert {d["path"] for d in json.loads(check.stdout) if d["severity"] == "error"} == bad_files


# --- dangerous output folders ------------------------------------------------------------------


def _site_with_templates(tmp_path: Path) -> Path:
    root = tmp_path / "src"
    write_good_site(root)
    (root / "templates").mkdir()
    (root / "templates" / "note.txt").write_text("keep me", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("src", "site folder"),
        ("src/content", "content/"),
        ("src/templates", "templates/"),
        (".", "holds it"),
        ("home", "home folder"),
        ("src/content/site", "inside content/"),
        ("src/templates/out", "inside templates/"),
        ("foreign", "not built by bulletin"),
        ("a-file", "is a file"),
        ("link-to-content", "content/"),
    ],
)
def test_refuses_dangerous_output_folder(
    target: str, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """-o at the site, its sources, a parent of them, home or a foreign folder: E601, nothing touched."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("# mine", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    _site_with_templates(tmp_path)
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "thesis.docx").write_bytes(b"years of work")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    (tmp_path / "link-to-content").symlink_to(tmp_path / "src" / "content", target_is_directory=True)
    before = snapshot(tmp_path)
    result = run("build", tmp_path / "src", "-o", tmp_path / target)
    assert result.exit_code == 1, result.output
    [error] = [d for d in parse_diagnostics(result.output) if d["severity"] == "error"]
    assert error["code"] == "E601" and said in error["message"], result.output
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "sibling",
    [
        "site.bak/index.html",
        ".site.bak/index.html",
        "site-old/keep.txt",
        "site2",
        "notes.txt",
        ".site.old-mine/keep.txt",
        ".site.tmp-notes/keep.txt",
    ],
)
def test_siblings_of_output_survive(sibling: str, tmp_path: Path) -> None:
    """Builds (good and failing) delete nothing but their own output and temporary folders."""
    root, out = tmp_path / "src", tmp_path / "out" / "site"
    write_good_site(root)
    path = out.parent / sibling
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("the editor's own file", encoding="utf-8")
    for _ in range(2):
        assert run("build", root, "-o", out).exit_code == 0
    (root / "content" / "bad.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    assert run("build", root, "-o", out).exit_code == 1
    assert path.read_text(encoding="utf-8") == "the editor's own file"


# --- determinism -------------------------------------------------------------------------------


def _files(folder: Path) -> Iterator[tuple[str, bytes]]:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            yield path.relative_to(folder).as_posix(), path.read_bytes()


@pytest.mark.parametrize("which", list(_ACCEPTED_SETS))
def test_hostile_builds_are_deterministic(which: str, tmp_path: Path) -> None:
    """Two copies of a hostile-but-valid site, files created in opposite orders: byte-identical sites."""
    cases = _ACCEPTED_SETS[which]
    _union_site(tmp_path / "a", cases)
    _union_site(tmp_path / "b", cases, reverse=True)
    for name in ("a", "b"):
        result = run("build", tmp_path / name, "-o", tmp_path / f"out-{name}")
        assert result.exit_code == 0, result.output
    first, second = dict(_files(tmp_path / "out-a")), dict(_files(tmp_path / "out-b"))
    assert sorted(first) == sorted(second)
    assert [p for p in first if first[p] != second[p]] == []


# --- the YAML loader never runs a payload ------------------------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/new:os.system",
        "!!python/object/apply:subprocess.check_output",
    ],
)
def test_yaml_python_tags_are_refused_not_run(tag: str, tmp_path: Path) -> None:
    """A python tag with an absolute marker path: E210, and the marker never appears."""
    marker = tmp_path / "pwned"
    text = f"title: ok\nsource: {tag} [{json.dumps('touch ' + str(marker))}]\n"
    with pytest.raises(Exception) as info:
        load_yaml(text, "content/x.md", 2)
    assert [d.code for d in info.value.diagnostics] == ["E210"]  # type: ignore[attr-defined]
    assert info.value.diagnostics[0].location.line == 3  # type: ignore[attr-defined]
    assert not marker.exists()


def test_cases_are_small_and_documented() -> None:
    """Fixture files stay under 200 kB; every case names codes that exist."""
    for path in HOSTILE.rglob("*"):
        if path.is_file():
            assert path.stat().st_size < 200_000, path
    for case in CASES:
        assert case.expect.get("description"), case.name
        assert case.exit in (0, 1)
        assert bool(case.errors) == bool(case.exit), case.name
        for expected in case.errors:
            assert set(_as_list(expected["code"])) <= set(CODES), case.name
