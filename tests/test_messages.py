"""Every code, message and hint an editor can see exists in zh-CN and English."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bulletin.core.errors import CODES, Diagnostic, Location, Severity, error
from bulletin.core.messages import TITLES, has_entry, has_hint, translate, translate_hint
from bulletin.reporting import format_github, localize

SRC = Path(__file__).resolve().parent.parent / "src" / "bulletin"


def test_every_code_has_a_title_in_both_languages() -> None:
    assert set(TITLES) == set(CODES)
    for code, (zh, en) in TITLES.items():
        assert zh and en and zh != en, code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), code


def _sample(node: ast.expr) -> list[str]:
    """The texts a message argument can produce, with every {…} value replaced by 'X'."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)]  # type: ignore[misc]
    if isinstance(node, ast.IfExp):
        return _sample(node.body) + _sample(node.orelse)
    return []  # a variable: checked where it is built


def _source_messages() -> list[tuple[str, str, str, list[str], list[str]]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            code = node.args[0]
            if not (isinstance(code, ast.Constant) and isinstance(code.value, str) and code.value in CODES):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            hints = _sample(node.args[3]) if len(node.args) > 3 else []  # error(…) and check.fail(…)
            where = f"{path.relative_to(SRC)}:{node.lineno}"
            found.append((where, code.value, name, _sample(node.args[1]), hints))
    return found


MESSAGES = _source_messages()


def test_the_source_scan_finds_the_messages() -> None:
    assert len(MESSAGES) > 60


@pytest.mark.parametrize(("where", "code", "func", "texts", "hints"), MESSAGES, ids=[m[0] for m in MESSAGES])
def test_every_message_and_hint_in_the_source_is_translated(
    where: str, code: str, func: str, texts: list[str], hints: list[str]
) -> None:
    for text in texts:
        assert has_entry(code, text), f"{where}: no zh-CN entry for {code} {text!r}"
    for hint in hints:
        assert has_hint(hint), f"{where}: no zh-CN entry for hint {hint!r}"


def test_arguments_are_carried_over_and_english_stays_available() -> None:
    d = error(
        "E205", "required field 'period' is missing", Location("content/a.md", 2), "add a line 'period: ...'"
    )
    assert localize(d, "zh-CN") == ("缺少必填字段“period”", "加一行“period: ...”")
    assert localize(d, "en") == (d.message, d.hint)


def test_unknown_wording_keeps_the_detail_under_the_codes_title() -> None:
    assert (
        translate("E203", "something PyYAML said", "zh-CN")
        == "front-matter 不是有效的 YAML：something PyYAML said"
    )
    assert translate_hint("an upstream hint", "zh-CN") == "an upstream hint"


def test_github_annotations_in_the_chosen_language() -> None:
    d = Diagnostic(
        Severity.ERROR, "E104", "file is empty", Location("content/a.md", 1), "save the file as UTF-8"
    )
    assert "文件是空的" in format_github([d], "zh-CN")
    assert format_github([d], "en").startswith("::error file=content/a.md,line=1,title=E104::file is empty")
