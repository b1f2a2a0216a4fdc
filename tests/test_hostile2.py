"""Hostile file systems, round 2: what a fixture folder cannot hold (pipes, permissions, odd names,
tampered caches, linked outputs), each class with three or more inputs, run through the real CLI.

Permission cases run the CLI as the unprivileged user ``nobody`` in a forked child (root reads
everything, so as root they would prove nothing). They are skipped only when the tests run as a
user who is neither root nor able to drop privileges; then they run as that user directly.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import bulletin.pipeline  # noqa: F401  (imported before a child drops privileges)
from bulletin.cli import main
from test_hostile import GOOD_TEXT, parse_diagnostics, run, snapshot

NOBODY = 65534
ESC = "\x1b"


def _site(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    (root / "content").mkdir(parents=True, exist_ok=True)
    return root


def _good(slug: str = "good") -> str:
    return GOOD_TEXT.replace("slug: good", f"slug: {slug}")


# --- links, pipes, loops -------------------------------------------------------------------------


def test_content_linked_to_the_root_of_the_disk_is_refused_not_walked(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    os.symlink("/", root / "content")
    result = run("check", root)
    assert result.exit_code == 1
    (found,) = [d for d in parse_diagnostics(result.output) if d["severity"] == "error"]
    assert (found["code"], found["path"]) == ("E102", "content")


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("bulletin.yaml", "secret.txt"),
        ("content/indicators.yaml", "secret.txt"),
        ("content/x.md", "secret.txt"),
    ],
)
def test_a_link_to_a_secret_is_named_but_never_quoted(tmp_path: Path, link: str, target: str) -> None:
    secret = tmp_path / target
    secret.write_text("token: ghp_SECRET_VALUE: [\n", encoding="utf-8")
    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT})
    os.symlink(secret, root / link)
    for fmt in ("text", "json", "github"):
        result = run("check", root, "--format", fmt)
        assert result.exit_code == 1
        assert "SECRET" not in result.output and str(secret) not in result.output
        assert link in result.output and "E102" in result.output


@pytest.mark.parametrize("where", ["content/pipe.md", "content/sub/pipe.md", "static/pipe.css"])
def test_named_pipes_are_refused_never_opened(tmp_path: Path, where: str) -> None:
    """A pipe would block the build forever; E107 names it (the test would hang if it were opened)."""
    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT})
    (root / where).parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(root / where)
    result = run("build", root, "-o", tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert any(d["code"] == "E107" and d["path"] == where for d in parse_diagnostics(result.output))


@pytest.mark.parametrize("loop", ["content/a/b/back", "templates/self", "content/me.md"])
def test_link_loops_are_diagnostics(tmp_path: Path, loop: str) -> None:
    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT, "content/a/b/x.txt": "x"})
    (root / loop).parent.mkdir(parents=True, exist_ok=True)
    target = {"content/a/b/back": "../..", "templates/self": ".", "content/me.md": "me.md"}[loop]
    os.symlink(target, root / loop)
    result = run("build", root, "-o", tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert any(d["code"] == "E102" for d in parse_diagnostics(result.output)), result.output


def test_an_output_that_is_a_link_loop_or_under_a_file_is_a_diagnostic(tmp_path: Path) -> None:
    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT})
    os.symlink("loop", tmp_path / "loop")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for out in (tmp_path / "loop", tmp_path / "file" / "site", tmp_path / "loop" / "site"):
        result = run("build", root, "-o", out)
        assert result.exit_code == 1, result.output
        assert {d["code"] for d in parse_diagnostics(result.output)} & {"E601", "E604"}, result.output


def test_very_deep_folders_are_refused_with_the_limit_named(tmp_path: Path) -> None:
    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT})
    deep = root / "content" / "/".join(["d"] * 40)
    deep.mkdir(parents=True)
    (deep / "x.md").write_text(_good("deep"), encoding="utf-8")
    result = run("check", root)
    assert result.exit_code == 1
    assert "MAX_DEPTH" in result.output and "E109" in result.output


# --- odd file names -------------------------------------------------------------------------------

ODD_NAMES = ["new\nline.md", "bidi\u202egpj.md", "zero\u200bwidth.md"]


@pytest.mark.parametrize("name", [*ODD_NAMES, b"gbk-\xce\xd2.md"])
@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_odd_file_names_are_escaped_diagnostics_in_every_format(
    tmp_path: Path, name: str | bytes, fmt: str
) -> None:
    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT})
    raw = os.fsencode(root / "content") + b"/" + (name if isinstance(name, bytes) else name.encode())
    with open(raw, "wb") as fh:
        fh.write(_good("odd").encode())
    result = run("check", root, "--format", fmt)
    assert result.exit_code == 1, result.output
    assert "E110" in result.output
    for bad in ("\u202e", "\u200b", ESC):
        assert bad not in result.output
    if fmt == "json":
        json.loads(result.stdout)
    else:
        assert "\nline" not in result.output.replace("\\x0a", "")


@pytest.mark.parametrize("name", ["a:b.css", "bidi\u202e.css", "new\nline.txt"])
def test_static_names_that_cannot_be_published_name_static(tmp_path: Path, name: str) -> None:
    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT, f"static/{name}": "x"})
    result = run("build", root, "-o", tmp_path / "out")
    assert result.exit_code == 1, result.output
    found = [d for d in parse_diagnostics(result.output) if d["code"] == "E110"]
    assert found and found[0]["path"].startswith("static/"), result.output


# --- terminal injection in quoted lines -------------------------------------------------------------


@pytest.mark.parametrize("payload", [f"{ESC}]52;c;cHduZWQ={chr(7)}", f"{ESC}[2J{ESC}[31m", "\u009b31m\u202e"])
def test_control_sequences_in_a_quoted_line_are_escaped(tmp_path: Path, payload: str) -> None:
    text = GOOD_TEXT.replace("date: 2023-08-19", "date: 2023-02-30").replace(
        "上半年,全区", f"上半年{payload},全区"
    )
    text = text.replace("title: 一份正常的公报", "title: 一份正常的公报\nsummary: 'x'")
    text = text.replace("---\n\n", f"---\n\n<!-- {payload} -->\n\n", 1)
    root = _site(tmp_path / "site", {"content/x.md": text})
    for fmt in ("text", "json", "github"):
        result = run("check", root, "--format", fmt)
        assert result.exit_code == 1
        assert not any(ch in result.output for ch in (ESC, "\u009b", "\u202e", chr(7))), repr(result.output)


# --- permissions, as an unprivileged user -------------------------------------------------------------


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder nobody may enter (pytest's own tmp folder is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="bulletin-perm-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder, ignore_errors=True)


def _as_unprivileged(*args: object) -> tuple[int, str]:
    """Run the CLI in a forked child that has dropped to nobody (when root), returning (exit, output)."""
    if os.geteuid() != 0:
        result = CliRunner().invoke(main, [str(a) for a in args])
        return result.exit_code, result.output
    with _traversable_for_others():
        return _fork_as_nobody(*args)


@contextlib.contextmanager
def _traversable_for_others() -> Iterator[None]:
    """Let 'nobody' reach the package, its data and the interpreter while the test runs.

    A checkout or virtualenv inside a private folder (mktemp -d, /root) would otherwise fail every
    unprivileged build on the built-in catalogue or the theme, before the input under test.
    Each folder on those paths gets o+x for the test and its own mode back afterwards.
    """
    import bulletin

    changed: list[tuple[Path, int]] = []
    roots = {Path(bulletin.__file__).resolve().parent.parent.parent, Path(sys.prefix), Path(sys.base_prefix)}
    for root in roots:
        for folder in (root, *root.parents):
            mode = folder.stat().st_mode
            if not mode & 0o001 and folder not in [c[0] for c in changed]:
                changed.append((folder, mode))
                folder.chmod(mode | 0o001)
    try:
        yield
    finally:
        for folder, mode in reversed(changed):
            folder.chmod(mode & 0o7777)


def _fork_as_nobody(*args: object) -> tuple[int, str]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = CliRunner().invoke(main, [str(a) for a in args])
            payload = json.dumps([result.exit_code, result.output, repr(result.exception)])
        except BaseException as exc:
            payload = json.dumps([99, repr(exc), repr(exc)])
        os.write(write, payload.encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    code, output, _ = json.loads(b"".join(chunks))
    return code, output


@pytest.mark.parametrize(
    "locked",
    ["content/2023", "content/2023/x.md", "bulletin.yaml", "content/indicators.yaml", "templates/base.html"],
)
def test_unreadable_inputs_are_errors_not_silence(shared_tmp: Path, locked: str) -> None:
    root = _site(
        shared_tmp / "site",
        {
            "content/good.md": GOOD_TEXT,
            "content/2023/x.md": _good("x"),
            "bulletin.yaml": "title: 站点\n",
            "content/indicators.yaml": "indicators: []\n",
            "templates/base.html": "{% block content %}{% endblock %}",
        },
    )
    os.chmod(root / locked, 0)
    out = shared_tmp / "out"
    out.mkdir()
    os.chown(out, NOBODY, NOBODY)
    code, output = _as_unprivileged("build", root, "-o", out / "site")
    assert code == 1, output
    assert "internal error" not in output and "Traceback" not in output
    assert "E108" in output and locked in output, output
    assert "no problems" not in output


def test_an_output_on_a_read_only_parent_is_a_diagnostic(shared_tmp: Path) -> None:
    root = _site(shared_tmp / "site", {"content/good.md": GOOD_TEXT})
    out = shared_tmp / "ro"
    out.mkdir()
    out.chmod(0o555)
    for target in (out / "site", out / "a" / "b"):
        code, output = _as_unprivileged("build", root, "-o", target)
        assert code == 1, output
        assert "E604" in output and "internal error" not in output


# --- the chart cache is untrusted ---------------------------------------------------------------

FIGURES = GOOD_TEXT.replace(
    "上半年,全区经济运行总体平稳,重点项目有序推进。",
    "上半年,全区地区生产总值完成682.3亿元,同比增长8.4%。",
)


def _cached_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    monkeypatch.delenv("BULLETIN_CACHE_DIR", raising=False)
    root = _site(tmp_path / "site", {"content/2023.md": FIGURES})
    out = tmp_path / "out"
    assert run("build", root, "-o", out, "-j", "1").exit_code == 0
    entries = sorted((root / ".bulletin-cache" / "charts").glob("*.svg"))
    assert entries
    return root, out, entries[0]


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<a xlink:href="javascript:alert(1)"><text>x</text></a>',
        '<g onload="alert(1)"/>',
        '<foreignObject><iframe src="https://evil.example"/></foreignObject>',
    ],
)
@pytest.mark.parametrize("fix_digest", [False, True])
def test_tampered_cache_entries_never_reach_a_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, payload: str, fix_digest: bool
) -> None:
    """Edited entries fail the digest; re-digested ones (a careful attacker) fail the allow-list."""
    import hashlib
    import re

    root, out, entry = _cached_site(tmp_path, monkeypatch)
    before = snapshot(out)
    text = entry.read_text(encoding="utf-8")
    header, svg = text.split("\n", 1)
    svg = svg.replace("</svg>", payload + "</svg>")
    if fix_digest:
        header = re.sub(r"sha256=[0-9a-f]{64}", "sha256=" + hashlib.sha256(svg.encode()).hexdigest(), header)
    entry.write_text(header + "\n" + svg, encoding="utf-8")
    # Without --force this build is a no-op that reads no cache entry (the site is unchanged either
    # way); --force makes it look the chart up, which is where a tampered entry must be caught.
    assert run("build", root, "-o", out, "-j", "1").exit_code == 0
    assert snapshot(out) == before
    assert run("build", root, "-o", out, "-j", "1", "--force").exit_code == 0
    assert snapshot(out) == before  # the chart was drawn again, byte for byte
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8").lower()
        assert "alert(1)" not in html and "evil.example" not in html, page
    assert "alert" not in entry.read_text(encoding="utf-8")  # the entry was rewritten


def test_cache_entries_are_neither_read_nor_written_through_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, out, entry = _cached_site(tmp_path, monkeypatch)
    elsewhere = tmp_path / "elsewhere.svg"
    elsewhere.write_bytes(entry.read_bytes().replace(b"</svg>", b"<script>alert(1)</script></svg>"))
    entry.unlink()
    os.symlink(elsewhere, entry)
    # --force: an unchanged site is a no-op that looks no chart up (see the test above).
    assert run("build", root, "-o", out, "-j", "1", "--force").exit_code == 0
    assert b"<script>" in elsewhere.read_bytes()  # not written through
    assert not entry.is_symlink()  # the link itself was replaced by a fresh entry
    assert all("alert(1)" not in p.read_text(encoding="utf-8") for p in out.rglob("*.html"))


def test_a_cache_folder_linked_inside_the_site_is_not_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BULLETIN_CACHE_DIR", raising=False)
    root = _site(tmp_path / "site", {"content/2023.md": FIGURES})
    (root / "real-cache").mkdir()
    os.symlink("real-cache", root / ".bulletin-cache")
    assert run("build", root, "-o", tmp_path / "out", "-j", "1").exit_code == 0
    assert list((root / "real-cache").rglob("*.svg")) == []


# --- an output folder that is a mount point ---------------------------------------------------------


def test_a_mount_point_output_is_built_in_place_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renaming a mount point fails (EBUSY): entries are swapped in place; a failure keeps the old ones."""
    import bulletin.site.output as output
    import bulletin.site.swap as swap

    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT})
    out = tmp_path / "volume"
    out.mkdir()
    real_ismount = os.path.ismount
    monkeypatch.setattr(swap.os.path, "ismount", lambda p: Path(p) == out or real_ismount(p))
    real_replace = os.replace

    def no_renaming_the_mount(src: object, dst: object, **fds: int) -> None:
        if Path(str(src)) == out:
            raise OSError(16, "Device or resource busy")
        real_replace(src, dst, **fds)  # type: ignore[arg-type]

    monkeypatch.setattr(swap.os, "replace", no_renaming_the_mount)
    assert run("build", root, "-o", out).exit_code == 0
    first = snapshot(out)
    assert "index.html" in first and output.MARKER in first
    (root / "content" / "two.md").write_text(_good("two"), encoding="utf-8")
    assert run("build", root, "-o", out).exit_code == 0
    assert "bulletins/two/index.html" in snapshot(out)
    second = snapshot(out)
    (root / "content" / "bad.md").write_text(
        _good("bad").replace("2023-08-19", "2023-02-30"), encoding="utf-8"
    )
    assert run("build", root, "-o", out).exit_code == 1
    assert snapshot(out) == second
    assert [
        p.name for p in out.iterdir() if p.name.startswith(".bulletin-") and p.name != output.MARKER
    ] == []


def test_an_interrupted_in_place_swap_is_rolled_forward_by_the_next_command(tmp_path: Path) -> None:
    from bulletin.site.swap import JOURNAL

    root = _site(tmp_path / "site", {"content/good.md": GOOD_TEXT})
    out = root / "site"  # the default output: the one `check` repairs
    assert run("build", root).exit_code == 0
    complete = snapshot(out)
    # A killed in-place swap: half the old entries moved out, the new site staged, journal in phase 'out'.
    staged = out / ".bulletin-tmp-0123456789ab"
    shutil.copytree(out, tmp_path / "copy")
    (out / ".bulletin-old-0123456789ab").mkdir()
    os.replace(out / "index.html", out / ".bulletin-old-0123456789ab" / "index.html")
    shutil.copytree(tmp_path / "copy", staged)
    (out / JOURNAL).write_text(f"out {staged.name}\n", encoding="utf-8")
    result = run("check", root)
    assert result.exit_code == 0, result.output
    assert snapshot(out) == complete
