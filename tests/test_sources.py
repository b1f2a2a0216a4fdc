"""Tests for bulletin.sources: decoding bulletin files and walking content/ in a stable order."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from bulletin.content.config import load_config
from bulletin.content.sources import MAX_FILE_BYTES, MAX_LINE_CHARS, decode_text, find_bulletins, load_sources
from bulletin.core.errors import Severity

# --- decode_text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("---\ntitle: 公报\n---\n".encode(), "---\ntitle: 公报\n---\n"),
        (b"\xef\xbb\xbf---\ntitle: x\n", "---\ntitle: x\n"),
        (b"a\r\nb\r\n", "a\nb\n"),
        (b"a\rb\r", "a\nb\n"),
        (b"a\r\nb\rc\n", "a\nb\nc\n"),
        ("\u4e0a\u534a\u5e74".encode(), "上半年"),
    ],
)
def test_decode_text_normalises(data: bytes, text: str) -> None:
    assert decode_text(data, "content/a.md") == (text, [])


@pytest.mark.parametrize(
    ("data", "code", "line"),
    [
        (b"", "E104", None),
        (b"  \n\n\t\n", "E104", None),
        (b"\xef\xbb\xbf", "E104", None),
        ("---\ntitle: x\n".encode("utf-16"), "E101", None),
        (b"\xfe\xff\x00-\x00-", "E101", None),
        (b"PNG\x00\x00\x01\x02", "E102", None),
        (b"---\ntitle: ok\nregion: \xff\xfe\xfd\n", "E101", 3),
        (b"a" * (MAX_FILE_BYTES + 1), "E103", None),
        (b"ok\n" + b"x" * (MAX_LINE_CHARS + 1) + b"\n", "E105", 2),
    ],
)
def test_decode_text_refuses(data: bytes, code: str, line: int | None) -> None:
    text, diagnostics = decode_text(data, "content/a.md")
    assert text is None
    (diagnostic,) = diagnostics
    assert (diagnostic.code, diagnostic.location.path, diagnostic.location.line) == (
        code,
        "content/a.md",
        line,
    )
    assert diagnostic.severity is Severity.ERROR
    assert diagnostic.hint


def test_gbk_file_gets_a_conversion_hint() -> None:
    data = "---\ntitle: 上半年经济运行情况\n---\n".encode("gb18030")
    text, (diagnostic,) = decode_text(data, "content/a.md")
    assert text is None
    assert diagnostic.code == "E101"
    assert diagnostic.location.line == 2
    assert "GB18030" in (diagnostic.hint or "")


def test_line_at_the_limit_is_accepted() -> None:
    text, diagnostics = decode_text(b"x" * MAX_LINE_CHARS, "content/a.md")
    assert diagnostics == []
    assert text is not None and len(text) == MAX_LINE_CHARS


# --- find_bulletins ----------------------------------------------------------------------------


def test_find_bulletins_sorted_and_filtered(make_site) -> None:
    root = make_site(
        {
            "content/2023/b.md": "b",
            "content/2023/a.md": "a",
            "content/2022/z.md": "z",
            "content/top.md": "t",
            "content/_drafts/hidden.md": "h",
            "content/.git/x.md": "x",
            "content/2023/_partial.md": "p",
            "content/2023/.hidden.md": "h",
            "content/2023/notes.txt": "n",
            "content/indicators.yaml": "indicators: []",
            "content/2023/readme.MD.bak": "r",
        }
    )
    found = [p.relative_to(root / "content").as_posix() for p in find_bulletins(root / "content")]
    assert found == ["2022/z.md", "2023/a.md", "2023/b.md", "top.md"]


def test_find_bulletins_missing_folder_is_empty(tmp_path: Path) -> None:
    assert find_bulletins(tmp_path / "nope") == []


# --- load_sources ------------------------------------------------------------------------------


def test_load_sources_paths_text_and_digest(make_site) -> None:
    raw = "---\r\ntitle: 公报\r\n---\r\n正文\r\n".encode()
    root = make_site({"content/2023/a.md": raw, "content/2022/b.md": "---\ntitle: b\n---\n"})
    config, _ = load_config(root)
    files, diagnostics = load_sources(config)
    assert diagnostics == ()
    assert [f.path for f in files] == ["content/2022/b.md", "content/2023/a.md"]
    assert files[1].text == "---\ntitle: 公报\n---\n正文\n"
    assert files[1].digest == hashlib.sha256(raw).hexdigest()


def test_load_sources_reports_bad_files_and_keeps_good_ones(make_site) -> None:
    root = make_site(
        {
            "content/good.md": "---\ntitle: x\n---\n",
            "content/empty.md": "",
            "content/utf16.md": "---\ntitle: x\n".encode("utf-16"),
        }
    )
    config, _ = load_config(root)
    files, diagnostics = load_sources(config)
    assert [f.path for f in files] == ["content/good.md"]
    assert sorted((d.location.path, d.code) for d in diagnostics) == [
        ("content/empty.md", "E104"),
        ("content/utf16.md", "E101"),
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_link_to_outside_the_site_is_refused(make_site, tmp_path: Path) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("---\ntitle: secret\n---\n", encoding="utf-8")
    root = make_site({"content/real.md": "---\ntitle: x\n---\n"})
    (root / "content" / "link.md").symlink_to(outside)
    config, _ = load_config(root)
    files, diagnostics = load_sources(config)
    assert [f.path for f in files] == ["content/real.md"]
    assert [(d.location.path, d.code) for d in diagnostics] == [("content/link.md", "E102")]
    assert all("secret" not in f.text for f in files)


# --- a long-lived process (serve) re-reads only what changed -----------------------------------


def _counting_reads(monkeypatch) -> list[str]:
    from bulletin.content import sources

    read, calls = sources._read, []

    def counted(path: Path, rel: str):
        calls.append(rel)
        return read(path, rel)

    monkeypatch.setattr(sources, "_read", counted)
    return calls


def test_unchanged_settled_files_are_not_read_again(make_site, monkeypatch) -> None:
    from bulletin.content import sources

    monkeypatch.setattr(sources, "_SETTLED_NS", 0)  # every file counts as settled
    root = make_site({"content/a.md": "---\ntitle: a\n---\n", "content/b.md": "---\ntitle: b\n---\n"})
    config, _ = load_config(root)
    first, _ = load_sources(config)
    calls = _counting_reads(monkeypatch)
    again, _ = load_sources(config)
    assert calls == [] and again == first
    (root / "content/b.md").write_text("---\ntitle: B\n---\n", encoding="utf-8")
    changed, _ = load_sources(config)
    assert calls == ["content/b.md"]
    assert changed[0] == first[0] and changed[1].text == "---\ntitle: B\n---\n"


def test_a_rewrite_that_keeps_size_and_mtime_is_still_seen(make_site, monkeypatch) -> None:
    import time

    from bulletin.content import sources

    monkeypatch.setattr(sources, "_SETTLED_NS", 0)
    root = make_site({"content/a.md": "---\ntitle: a\n---\n"})
    path = root / "content/a.md"
    config, _ = load_config(root)
    before = path.stat()
    assert load_sources(config)[0][0].text == "---\ntitle: a\n---\n"
    time.sleep(0.05)  # past the file system clock's tick, so the ctime moves
    path.write_text("---\ntitle: z\n---\n", encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # mtime put back, as tools do
    assert load_sources(config)[0][0].text == "---\ntitle: z\n---\n"


def test_a_file_changed_just_now_is_read_again_next_time(make_site, monkeypatch) -> None:
    # Within one tick a second write could leave the identity as it was: such files are not trusted.
    root = make_site({"content/a.md": "---\ntitle: a\n---\n"})
    config, _ = load_config(root)
    load_sources(config)
    calls = _counting_reads(monkeypatch)
    load_sources(config)
    assert calls == ["content/a.md"]


def test_a_deleted_file_is_gone_at_once(make_site, monkeypatch) -> None:
    from bulletin.content import sources

    monkeypatch.setattr(sources, "_SETTLED_NS", 0)
    root = make_site({"content/a.md": "---\ntitle: a\n---\n", "content/b.md": "---\ntitle: b\n---\n"})
    config, _ = load_config(root)
    load_sources(config)
    (root / "content/a.md").unlink()
    assert [f.path for f in load_sources(config)[0]] == ["content/b.md"]
