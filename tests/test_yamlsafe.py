"""Tests for bulletin.yamlsafe: plain scalars, file line numbers, refusals, no PyYAML exception escapes."""

from __future__ import annotations

import pytest

from bulletin.content.yamlsafe import MAX_NODES, load_yaml
from bulletin.core.errors import ContentError, Severity


def _error(text: str, first_line: int = 1):
    with pytest.raises(ContentError) as caught:
        load_yaml(text, "content/a.md", first_line)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.severity is Severity.ERROR
    assert diagnostic.location.path == "content/a.md"
    return diagnostic


# --- scalars: dates stay text, only true/false are booleans ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-08-19", "2023-08-19"),
        ("2023-08-19T10:00:00", "2023-08-19T10:00:00"),
        ("no", "no"),
        ("yes", "yes"),
        ("No", "No"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("n", "n"),
        ("true", True),
        ("True", True),
        ("false", False),
        ("FALSE", False),
        ("682.3", 682.3),
        ("8", 8),
        ("-4.3", -4.3),
        ("'2023'", "2023"),
        ("2023", 2023),
        ("2023-H1", "2023-H1"),
        ("null", None),
        ("~", None),
        ("示例区", "示例区"),
    ],
)
def test_scalar_values(text: str, expected: object) -> None:
    data, _ = load_yaml(f"key: {text}\n", "content/a.md")
    assert data == {"key": expected}
    assert type(data["key"]) is type(expected)


def test_dates_inside_lists_and_mappings_stay_text() -> None:
    data, _ = load_yaml("dates: [2023-08-19, 2024-02-02]\nitem: {date: 2023-01-31, ok: no}\n", "x.yaml")
    assert data == {"dates": ["2023-08-19", "2024-02-02"], "item": {"date": "2023-01-31", "ok": "no"}}


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n"])
def test_empty_document_is_none(text: str) -> None:
    assert load_yaml(text, "x.yaml") == (None, {})


# --- line numbers are file lines ---------------------------------------------------------------


@pytest.mark.parametrize("first_line", [1, 2, 10])
def test_key_lines_are_offset_to_file_lines(first_line: int) -> None:
    text = "title: x\nindicators:\n  - name: a\n    value: 1\n  - name: b\nregion: r\n"
    _, lines = load_yaml(text, "content/a.md", first_line)
    offset = first_line - 1
    assert lines[("title",)] == 1 + offset
    assert lines[("indicators",)] == 2 + offset
    assert lines[("indicators", 0)] == 3 + offset
    assert lines[("indicators", 0, "value")] == 4 + offset
    assert lines[("indicators", 1)] == 5 + offset
    assert lines[("region",)] == 6 + offset


@pytest.mark.parametrize(
    ("text", "first_line", "line"),
    [
        ("title: a: b\n", 2, 2),
        ("title: ok\nsummary: a: b\n", 2, 3),
        ("title: ok\ndate: 2023-08-19\nsummary: a: b\n", 5, 7),
        ("title: ok\n  bad: indent\n", 2, 3),
        ("title: 'unclosed\nregion: x\n'\nsummary: a: b\n", 2, 5),
    ],
)
def test_syntax_error_line_is_file_line(text: str, first_line: int, line: int) -> None:
    diagnostic = _error(text, first_line)
    assert diagnostic.code == "E203"
    assert diagnostic.location.line == line
    assert diagnostic.hint


def test_tab_indentation_gets_a_tab_hint() -> None:
    diagnostic = _error("title: x\nindicators:\n\t- name: a\n", 2)
    assert diagnostic.code == "E203"
    assert diagnostic.location.line == 4
    assert "tab" in (diagnostic.hint or "")


# --- duplicate keys --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first_line", "lines"),
    [
        ("title: a\ndate: 2023-08-19\ntitle: b\n", 2, (2, 4)),
        ("title: a\ntitle: b\n", 1, (1, 2)),
        ("indicators:\n  - name: a\n    value: 1\n    value: 2\n", 2, (4, 5)),
    ],
)
def test_duplicate_keys_name_both_lines(text: str, first_line: int, lines: tuple[int, int]) -> None:
    diagnostic = _error(text, first_line)
    assert diagnostic.code == "E203"
    assert f"{lines[0]} and {lines[1]}" in diagnostic.message
    assert diagnostic.location.line == lines[1]


def test_same_key_in_two_mappings_is_not_a_duplicate() -> None:
    data, _ = load_yaml("indicators:\n  - {name: a, value: 1}\n  - {name: b, value: 2}\n", "x.yaml")
    assert [item["name"] for item in data["indicators"]] == ["a", "b"]


# --- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "title: !!python/object/apply:os.system ['echo pwned']\n",
        "title: !!python/name:os.system\n",
        "title: !custom value\n",
        "title: !!binary aGVsbG8=\n!!set {a, b}: 1\n",
    ],
)
def test_object_tags_are_refused(text: str) -> None:
    diagnostic = _error(text, 2)
    assert diagnostic.code in {"E210", "E203"}
    assert diagnostic.location.line is not None and diagnostic.location.line >= 2


def test_python_tag_gives_e210() -> None:
    diagnostic = _error("title: ok\nrun: !!python/object/apply:os.system ['echo pwned']\n", 2)
    assert diagnostic.code == "E210"
    assert diagnostic.location.line == 3


def test_alias_bomb_is_refused() -> None:
    lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i, name in enumerate("bcdefgh"):
        prev = "abcdefgh"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    diagnostic = _error("\n".join(lines) + "\n")
    assert diagnostic.code == "E211"
    assert f"{MAX_NODES:,}" in diagnostic.message


def test_deep_nesting_is_refused() -> None:
    diagnostic = _error("a: " + "[" * 100 + "]" * 100 + "\n")
    assert diagnostic.code == "E211"


def test_small_aliases_are_allowed() -> None:
    data, _ = load_yaml("base: &b {unit: 亿元}\nother: *b\n", "x.yaml")
    assert data["other"] == {"unit": "亿元"}


@pytest.mark.parametrize(
    "text",
    [
        "{",
        "[",
        "a: 'x",
        'a: "x',
        "a: *missing",
        "- a\nb: c",
        ": :",
        "a: b\n- c",
        "%YAML 9.9\n---\na: 1",
        "\x00",
    ],
)
def test_no_pyyaml_exception_escapes(text: str) -> None:
    with pytest.raises(ContentError) as caught:
        load_yaml(text, "x.yaml", 3)
    assert caught.value.diagnostics
    assert all(d.code.startswith("E2") for d in caught.value.diagnostics)
    assert all(d.location.path == "x.yaml" for d in caught.value.diagnostics)
