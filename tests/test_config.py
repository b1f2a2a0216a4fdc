"""Tests for bulletin.config: bulletin.yaml is optional, every bad key is reported, base_url normalised."""

from __future__ import annotations

from pathlib import Path

import pytest

from bulletin.cli import main
from bulletin.content.config import load_config, normalize_base_url
from bulletin.core.errors import ContentError, Severity

try:
    from .conftest import bulletin_text
except ImportError:
    from conftest import bulletin_text

PLAIN_BODY = "会议召开,研究部署下半年工作。"  # no figures: the build needs no charts


def load(make_site, yaml_text: str | None, **overrides):
    files = {} if yaml_text is None else {"bulletin.yaml": yaml_text}
    root = make_site(files)
    return root, *load_config(root, **overrides)


def refused(make_site, yaml_text: str) -> list[tuple[str, int | None]]:
    with pytest.raises(ContentError) as caught:
        load(make_site, yaml_text)
    assert all(d.location.path == "bulletin.yaml" for d in caught.value.diagnostics)
    return sorted((d.code, d.location.line) for d in caught.value.diagnostics)


# --- defaults --------------------------------------------------------------------------------


def test_no_bulletin_yaml_gives_defaults(make_site) -> None:
    root, config, diagnostics = load(make_site, None)
    assert diagnostics == ()
    assert config.root == root.resolve()
    assert config.output_dir == (root / "site").resolve()
    assert (config.language, config.base_url, config.default_region, config.allow_html) == (
        "zh-CN",
        "/",
        None,
        False,
    )
    assert config.title
    assert config.description == ""
    assert config.config_path is None


@pytest.mark.parametrize("yaml_text", ["# settings come later\n", "title:\n", "---\n"])
def test_bulletin_yaml_without_settings_gives_defaults(make_site, yaml_text: str) -> None:
    _, config, diagnostics = load(make_site, yaml_text)
    assert diagnostics == ()
    assert (config.language, config.base_url) == ("zh-CN", "/")


def test_empty_bulletin_yaml_gives_defaults(make_site) -> None:
    """An empty bulletin.yaml means "no settings", like a missing one."""
    _, config, diagnostics = load(make_site, "")
    assert diagnostics == ()
    assert (config.language, config.base_url) == ("zh-CN", "/")


def test_values_are_read(make_site) -> None:
    text = (
        "title: 滨河经开区经济运行公报\n"
        "description: 历期经济运行分析\n"
        "language: en\n"
        "default_region: 滨河经开区\n"
        "base_url: https://example.org/reports\n"
        "allow_html: true\n"
        "show_updated: true\n"
    )
    root, config, diagnostics = load(make_site, text)
    assert diagnostics == ()
    assert config.title == "滨河经开区经济运行公报"
    assert config.description == "历期经济运行分析"
    assert config.language == "en"
    assert config.languages == ("en", "zh-CN")
    assert config.default_region == "滨河经开区"
    assert config.base_url == "https://example.org/reports/"
    assert config.allow_html is True
    assert config.show_updated is True
    assert config.config_path == root.resolve() / "bulletin.yaml"


@pytest.mark.parametrize(
    ("value", "language"),
    [("zh-CN", "zh-CN"), ("zh", "zh-CN"), ("zh-cn", "zh-CN"), ("en", "en"), ("EN-us", "en")],
)
def test_language_spellings(make_site, value: str, language: str) -> None:
    _, config, _ = load(make_site, f"language: {value}\n")
    assert config.language == language
    assert config.languages[0] == language
    assert set(config.languages) == {"zh-CN", "en"}


# --- base_url --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/reports", "/reports/"),
        ("/reports/", "/reports/"),
        ("reports", "/reports/"),
        ("/a/b", "/a/b/"),
        ("", "/"),
        ("/", "/"),
        ("  /reports  ", "/reports/"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org/reports", "https://example.org/reports/"),
        ("http://localhost:8000/x/", "http://localhost:8000/x/"),
    ],
)
def test_normalize_base_url(value: str, expected: str) -> None:
    assert normalize_base_url(value) == expected


@pytest.mark.parametrize(
    "value", ["/a b/", "https://example.org/r?q=1", "/r#top", "http://", "https:// x.org/"]
)
def test_normalize_base_url_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        normalize_base_url(value)


def test_base_url_from_file_is_normalised(make_site) -> None:
    _, config, _ = load(make_site, "base_url: /reports\n")
    assert config.base_url == "/reports/"


def test_base_url_override_wins(make_site) -> None:
    _, config, _ = load(make_site, "base_url: /reports/\n", base_url="/sub")
    assert config.base_url == "/sub/"


@pytest.mark.parametrize(
    ("yaml_text", "line"),
    [
        ("title: T\nbase_url: /a b/\n", 2),
        ("base_url: https://example.org/r?page=2\n", 1),
        ("title: T\ndescription: d\nbase_url: 'ftp://example.org/reports/'\n", 3),
    ],
)
def test_bad_base_url_is_e501(make_site, yaml_text: str, line: int) -> None:
    assert refused(make_site, yaml_text) == [("E501", line)]


def test_bad_base_url_override_is_e501(make_site) -> None:
    with pytest.raises(ContentError) as caught:
        load(make_site, None, base_url="/with space/")
    assert [d.code for d in caught.value.diagnostics] == ["E501"]


# --- unknown and bad keys ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "suggestion"),
    [
        ("titel", "title"),
        ("baseurl", "base_url"),
        ("langauge", "language"),
        ("default_regoin", "default_region"),
    ],
)
def test_unknown_key_is_w502_with_did_you_mean(make_site, key: str, suggestion: str) -> None:
    _, config, diagnostics = load(make_site, f"title: T\n{key}: x\n")
    (d,) = diagnostics
    assert (d.severity, d.code, d.location.path, d.location.line) == (
        Severity.WARNING,
        "W502",
        "bulletin.yaml",
        2,
    )
    assert key in d.message
    assert f"did you mean '{suggestion}'" in (d.hint or "")
    assert config.title == "T"


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("title: [a]\n", [("E501", 1)]),
        ("description: {a: 1}\n", [("E501", 1)]),
        ("title: true\n", [("E501", 1)]),
        ("language: fr\n", [("E501", 1)]),
        ("allow_html: yes\n", [("E501", 1)]),
        ("show_updated: 1\n", [("E501", 1)]),
        ("- a\n- b\n", [("E501", 1)]),
        (
            "title: T\nlanguage: fr\nallow_html: 'yes'\nbase_url: /a b/\n",
            [("E501", 2), ("E501", 3), ("E501", 4)],
        ),
        ("titel: T\nlanguage: fr\n", [("E501", 2), ("W502", 1)]),
        ("title: a: b\n", [("E501", 1)]),
        ("title: a\ntitle: b\n", [("E203", 2)]),
    ],
)
def test_every_bad_key_is_reported_at_once(
    make_site, yaml_text: str, expected: list[tuple[str, int]]
) -> None:
    assert refused(make_site, yaml_text) == expected


# --- through the command line --------------------------------------------------------------


def test_a_misspelt_key_gets_a_did_you_mean(make_site) -> None:
    _, config, diagnostics = load(make_site, "show_update: true\n")
    assert [(d.code, d.location.line) for d in diagnostics] == [("W502", 1)]
    assert "did you mean 'show_updated'?" in (diagnostics[0].hint or "")
    assert config.show_updated is False


def test_footer_date_only_when_asked_and_taken_from_the_newest_bulletin(
    make_site, runner, tmp_path: Path
) -> None:
    files = {
        "content/h1.md": bulletin_text(body=PLAIN_BODY, date="2023-07-20"),
        "content/q3.md": bulletin_text(body=PLAIN_BODY, date="2023-10-20", period="2023-Q1-Q3"),
    }
    plain = make_site(files, name="plain")
    dated = make_site({**files, "bulletin.yaml": "show_updated: true\n"}, name="dated")
    for root in (plain, dated):
        result = runner.invoke(main, ["build", str(root), "-o", str(root / "out")])
        assert result.exit_code == 0, result.output
    assert "数据更新至" not in (plain / "out" / "index.html").read_text(encoding="utf-8")
    for page in ("index.html", "bulletins/h1/index.html"):
        assert "数据更新至 2023年10月20日" in (dated / "out" / page).read_text(encoding="utf-8")
    assert "Data as of October 20, 2023" in (dated / "out" / "en" / "index.html").read_text(encoding="utf-8")


def test_folder_with_only_content_builds(make_site, runner, tmp_path: Path) -> None:
    root = make_site({"content/2023/h1.md": bulletin_text(body=PLAIN_BODY)})
    assert not (root / "bulletin.yaml").exists()
    result = runner.invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "index.html").is_file()
    assert (tmp_path / "out" / "bulletins" / "h1" / "index.html").is_file()


def test_default_region_fills_missing_region(make_site, runner, tmp_path: Path) -> None:
    root = make_site(
        {
            "bulletin.yaml": "default_region: 滨河经开区\n",
            "content/h1.md": bulletin_text(body=PLAIN_BODY, region=None),
        }
    )
    result = runner.invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "bulletins" / "h1" / "index.html").read_text(encoding="utf-8")
    assert "滨河经开区" in page


def test_unknown_key_is_shown_but_the_build_succeeds(make_site, runner, tmp_path: Path) -> None:
    root = make_site({"bulletin.yaml": "titel: x\n", "content/h1.md": bulletin_text(body=PLAIN_BODY)})
    result = runner.invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "bulletin.yaml:1" in result.output
    assert "W502" in result.output
    assert "did you mean 'title'" in result.output


def test_bad_config_exits_1_without_traceback(make_site, runner, tmp_path: Path) -> None:
    root = make_site(
        {"bulletin.yaml": "title: T\nbase_url: /a b/\n", "content/h1.md": bulletin_text(body=PLAIN_BODY)}
    )
    result = runner.invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "bulletin.yaml:2" in result.output
    assert "E501" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
