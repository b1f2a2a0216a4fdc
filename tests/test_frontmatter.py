"""Tests for bulletin.frontmatter: splitting, type-checking every field, one diagnostic per problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bulletin.content.frontmatter import KNOWN_KEYS, parse_meta, split_front_matter
from bulletin.core.errors import Diagnostic, Severity
from bulletin.core.model import ReportMeta, SiteConfig, SourceFile

try:
    from .conftest import bulletin_text
except ImportError:
    from conftest import bulletin_text

PATH = "content/2023/2023-h1.md"
CONFIG = SiteConfig(root=Path("/site"), output_dir=Path("/site/site"))

# bulletin_text() puts the fields on these file lines.
LINE = {"title": 2, "date": 3, "period": 4, "region": 5, "extra": 6}


def parse(
    text: str, path: str = PATH, config: SiteConfig = CONFIG
) -> tuple[ReportMeta | None, list[Diagnostic]]:
    meta, diagnostics = parse_meta(SourceFile(path, text, "digest"), config.read_options)
    return meta, list(diagnostics)


def only(diagnostics: list[Diagnostic]) -> Diagnostic:
    assert len(diagnostics) == 1, [f"{d.location}: {d.code} {d.message}" for d in diagnostics]
    return diagnostics[0]


def without(text: str, key: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.startswith(f"{key}:"))


# --- valid front-matter ------------------------------------------------------------------------


def test_valid_front_matter() -> None:
    text = bulletin_text(
        extra="""
        slug: 2023-h1
        summary: 上半年全区地区生产总值完成682.3亿元
        tags: [经济运行, 半年报]
        author: 经济发展局
        source: 管委会
        lang: zh-CN
        draft: false
        indicators:
          - {name: 地区生产总值, value: 682.3, unit: 亿元, yoy: 8.4}
          - {name: 综合考评, rank: 23, rank_of: 230, note: 全国}
        """
    )
    meta, diagnostics = parse(text)
    assert diagnostics == []
    assert meta is not None
    assert (meta.path, meta.slug, meta.title, meta.region) == (
        PATH,
        "2023-h1",
        "上半年经济运行情况",
        "示例区",
    )
    assert meta.date == dt.date(2023, 8, 19)
    assert meta.period.code == "2023-H1"
    assert meta.summary == "上半年全区地区生产总值完成682.3亿元"
    assert meta.tags == ("经济运行", "半年报")
    assert (meta.author, meta.source, meta.lang, meta.draft) == ("经济发展局", "管委会", "zh-CN", False)
    gdp, rank = meta.indicators
    assert (gdp.name, gdp.value, gdp.decimals, gdp.unit, gdp.yoy_pct) == (
        "地区生产总值",
        682.3,
        1,
        "亿元",
        8.4,
    )
    assert gdp.line == 14
    assert (rank.name, rank.rank, rank.rank_of, rank.note, rank.value) == ("综合考评", 23, 230, "全国", None)
    assert rank.line == 15


def test_minimal_front_matter_defaults() -> None:
    meta, diagnostics = parse(bulletin_text())
    assert diagnostics == []
    assert meta is not None
    assert (meta.tags, meta.summary, meta.author, meta.source, meta.draft) == ((), "", "", "", False)
    assert meta.indicators == ()
    assert meta.lang == "zh-CN"


@pytest.mark.parametrize(
    ("period", "code"),
    [
        ('"2023"', "2023"),
        ("2023", "2023"),
        ("2023-H1", "2023-H1"),
        ("2023-H2", "2023-H2"),
        ("2023-Q1", "2023-Q1"),
        ("2023-Q4", "2023-Q4"),
        ("2023-M05", "2023-M05"),
        ("2023-M12", "2023-M12"),
    ],
)
def test_period_grammar(period: str, code: str) -> None:
    meta, diagnostics = parse(bulletin_text(period=period))
    assert diagnostics == []
    assert meta is not None and meta.period.code == code


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        ("summary: 2023-08-19", "summary", "2023-08-19"),
        ("author: no", "author", "no"),
        ("source: yes", "source", "yes"),
        ("summary: off", "summary", "off"),
    ],
)
def test_yaml_1_1_surprises_stay_text(extra: str, field: str, expected: str) -> None:
    meta, diagnostics = parse(bulletin_text(extra=extra))
    assert diagnostics == []
    assert getattr(meta, field) == expected


@pytest.mark.parametrize("title", ["no", "yes", "2023-08-19"])
def test_title_that_yaml_1_1_would_convert(title: str) -> None:
    meta, _ = parse(bulletin_text(title=title))
    assert meta is not None and meta.title == title


def test_date_is_read_from_text_not_from_yaml() -> None:
    meta, _ = parse(bulletin_text(date="2024-02-29"))
    assert meta is not None and meta.date == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("path", "extra", "slug"),
    [
        ("content/2023/2023-h1.md", "", "2023-h1"),
        ("content/2023/H1 Report.md", "", "h1-report"),
        ("content/2023/上半年.md", "", "2023-h1"),
        ("content/2023/上半年.md", "slug: first-half", "first-half"),
        ("content/a.md", "slug: 2023-q1-q3", "2023-q1-q3"),
    ],
)
def test_slug_default_and_explicit(path: str, extra: str, slug: str) -> None:
    meta, diagnostics = parse(bulletin_text(extra=extra), path=path)
    assert diagnostics == []
    assert meta is not None and meta.slug == slug


def test_region_defaults_from_config() -> None:
    config = SiteConfig(root=Path("/site"), output_dir=Path("/site/site"), default_region="滨河经开区")
    meta, diagnostics = parse(bulletin_text(region=None), config=config)
    assert diagnostics == []
    assert meta is not None and meta.region == "滨河经开区"


def test_explicit_region_wins_over_default() -> None:
    config = SiteConfig(root=Path("/site"), output_dir=Path("/site/site"), default_region="滨河经开区")
    meta, _ = parse(bulletin_text(region="示例区"), config=config)
    assert meta is not None and meta.region == "示例区"


@pytest.mark.parametrize(("extra", "draft"), [("draft: true", True), ("draft: false", False), ("", False)])
def test_draft_flag(extra: str, draft: bool) -> None:
    meta, _ = parse(bulletin_text(extra=extra))
    assert meta is not None and meta.draft is draft


@pytest.mark.parametrize(("lang", "expected"), [("en", "en"), ("zh", "zh-CN"), ("zh-CN", "zh-CN")])
def test_lang(lang: str, expected: str) -> None:
    meta, _ = parse(bulletin_text(extra=f"lang: {lang}"))
    assert meta is not None and meta.lang == expected


# --- required fields, one test each ---------------------------------------------------------


def test_missing_title() -> None:
    meta, diagnostics = parse(without(bulletin_text(), "title"))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.path, d.location.line) == ("E205", PATH, 2)
    assert "title" in d.message


def test_missing_date() -> None:
    meta, diagnostics = parse(without(bulletin_text(), "date"))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.path, d.location.line) == ("E205", PATH, 2)
    assert "date" in d.message


def test_missing_period() -> None:
    meta, diagnostics = parse(without(bulletin_text(), "period"))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.path, d.location.line) == ("E205", PATH, 2)
    assert "period" in d.message


def test_missing_region_without_default() -> None:
    meta, diagnostics = parse(bulletin_text(region=None))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.path, d.location.line) == ("E205", PATH, 2)
    assert "region" in d.message
    assert "default_region" in (d.hint or "")


@pytest.mark.parametrize("field", ["title", "date"])
def test_empty_required_field_points_at_its_line(field: str) -> None:
    text = bulletin_text().replace(f"\n{field}: ", f"\n{field}: ''\n_was: ", 1)
    text = without(text, "_was")
    meta, diagnostics = parse(text)
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E205", LINE[field])


# --- bad YAML -------------------------------------------------------------------------------


def test_a_list_item_out_of_line_is_named_at_its_line() -> None:
    meta, diagnostics = parse(bulletin_text(extra="tags:\n  - a\n - b"))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.path, d.location.line) == ("E216", PATH, 8)
    assert d.hint == "indent every item of the list by 2 spaces, like the first"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (bulletin_text(title="a: b"), 2),
        (bulletin_text(extra="summary: x: y"), 6),
        (bulletin_text(extra="summary: ok\nauthor: a: b"), 7),
        ("---\ntitle: x\n\n\n\nregion: 'a' b\n---\nbody\n", 6),
    ],
)
def test_bad_yaml_reports_file_and_file_line(text: str, line: int) -> None:
    meta, diagnostics = parse(text)
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.path, d.location.line) == ("E203", PATH, line)
    assert d.hint


@pytest.mark.parametrize(
    "extra",
    ["tags: [经济运行, 半年报", 'summary: "未闭合的引号\nauthor: x'],
)
def test_unclosed_bracket_or_quote_points_at_its_opening_line(extra: str) -> None:
    """Not at the closing --- or past the YAML: the editor must fix line 6, where it opens."""
    meta, diagnostics = parse(bulletin_text(extra=extra))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E203", 6)


def test_duplicate_keys_name_both_lines() -> None:
    meta, diagnostics = parse(bulletin_text(extra="summary: x\ntitle: 另一个标题"))
    d = only(diagnostics)
    assert meta is None
    assert d.code == "E203"
    assert d.location.line == 7
    assert "title" in d.message
    assert "2" in d.message and "7" in d.message


@pytest.mark.parametrize("text", ["---\n- a\n- b\n---\n", "---\njust text\n---\n", "---\n42\n---\n"])
def test_front_matter_must_be_a_mapping(text: str) -> None:
    meta, diagnostics = parse(text)
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E204", 2)


# --- wrong types ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "title", "code", "line"),
    [
        ("", "[a]", "E206", 2),
        ("", "{a: 1}", "E206", 2),
        ('draft: "yes"', "t", "E206", 6),
        ("draft: yes", "t", "E206", 6),
        ("draft: 1", "t", "E206", 6),
        ("tags: {a: 1}", "t", "E206", 6),
        ("tags: 3", "t", "E206", 6),
        ("summary: [a, b]", "t", "E206", 6),
        ("author: {name: x}", "t", "E206", 6),
        ("indicators: {name: x}", "t", "E206", 6),
        ("indicators:\n  - 地区生产总值", "t", "E206", 7),
        ("indicators:\n  - {name: 地区生产总值, value: 1, yoy: abc}", "t", "E301", 7),
        ("indicators:\n  - {name: 地区生产总值, value: 1, yoy: true}", "t", "E301", 7),
        ("indicators:\n  - {name: 综合考评, value: 1, rank: 1.5}", "t", "E301", 7),
        ("indicators:\n  - {name: 综合考评, rank: 30, rank_of: 20}", "t", "E301", 7),
        ("indicators:\n  - {name: 地区生产总值}", "t", "E301", 7),
        ("indicators:\n  - {value: 1}", "t", "E205", 7),
        ("tags: [a/b]", "t", "E214", 6),
    ],
)
def test_wrong_types(extra: str, title: str, code: str, line: int) -> None:
    text = bulletin_text(title=title, extra=extra)
    meta, diagnostics = parse(text)
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.path, d.location.line) == (code, PATH, line)
    assert d.severity is Severity.ERROR


@pytest.mark.parametrize("region", ["[a]", "'a/b'", "'..'"])
def test_bad_region(region: str) -> None:
    meta, diagnostics = parse(bulletin_text(region=region))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E214", 5)


@pytest.mark.parametrize(
    "item",
    [
        "{name: 地区生产总值, value: abc, unit: 亿元}",
        "{name: 地区生产总值, value: true, unit: 亿元}",
        "{name: 综合考评, rank: 1.5, rank_of: 230}",
    ],
)
def test_bad_indicator_value_is_reported_once(item: str) -> None:
    """One bad value is one problem: no second diagnostic claiming the indicator has no value."""
    meta, diagnostics = parse(bulletin_text(extra=f"indicators:\n  - {item}"))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E301", 7)


def test_impossible_date() -> None:
    meta, diagnostics = parse(bulletin_text(date="2023-02-30"))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E207", 3)
    assert "2023-02-30" in d.message


@pytest.mark.parametrize(
    "date", ["2023/08/19", "19-08-2023", "2023-13-01", "2023-08", "yesterday", "2023-00-10"]
)
def test_bad_dates(date: str) -> None:
    meta, diagnostics = parse(bulletin_text(date=date))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E207", 3)


def test_bad_period_has_a_hint() -> None:
    meta, diagnostics = parse(bulletin_text(period="2023-H3"))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E208", 4)
    assert "2023-H3" in d.message
    assert d.hint and "H1" in d.hint and "H2" in d.hint


@pytest.mark.parametrize("period", ["2023-Q5", "2023-M13", "H1", "[2023]", "true"])
def test_bad_periods(period: str) -> None:
    meta, diagnostics = parse(bulletin_text(period=period))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E208", 4)


@pytest.mark.parametrize("slug", ["Bad Slug", "2023_h1", "a/b", "../x", "上半年", "-x", "x--y", "UPPER"])
def test_bad_slug(slug: str) -> None:
    meta, diagnostics = parse(bulletin_text(extra=f"slug: '{slug}'"))
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E209", 6)
    assert d.hint


# --- unknown keys ---------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "suggestion"), [("summery", "summary"), ("tag", "tags"), ("titel", "title")])
def test_unknown_key_is_a_warning_with_did_you_mean(key: str, suggestion: str) -> None:
    meta, diagnostics = parse(bulletin_text(extra=f"{key}: x"))
    d = only(diagnostics)
    assert meta is not None
    assert (d.severity, d.code, d.location.line) == (Severity.WARNING, "W213", 6)
    assert key in d.message
    assert f"did you mean '{suggestion}'" in (d.hint or "")


def test_unknown_key_without_a_close_match_lists_the_known_keys() -> None:
    _, diagnostics = parse(bulletin_text(extra="zzzzzz: 1"))
    d = only(diagnostics)
    assert d.code == "W213"
    assert all(key in (d.hint or "") for key in KNOWN_KEYS)


def test_unknown_indicator_key_is_a_warning() -> None:
    meta, diagnostics = parse(
        bulletin_text(extra="indicators:\n  - name: 地区生产总值\n    vaule: 1\n    yoy: 8.4")
    )
    d = only(diagnostics)
    assert meta is not None
    assert (d.code, d.location.line) == ("W213", 8)
    assert "did you mean 'value'" in (d.hint or "")


# --- missing or broken front-matter ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hint_word"),
    [
        ("上半年,全区经济运行稳中向好。\n", "---"),
        ("title: x\ndate: 2023-08-19\n", "missing"),
        ("\n\n---\ntitle: x\n---\n", "blank"),
        ("# 标题\n\n---\ntitle: x\n---\n", "---"),
    ],
)
def test_no_front_matter(text: str, hint_word: str) -> None:
    meta, diagnostics = parse(text)
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.path, d.location.line) == ("E201", PATH, 1)
    assert d.hint and hint_word in d.hint


@pytest.mark.parametrize("text", ["---\ntitle: x\ndate: 2023-08-19\n\n正文\n", "---\n", "----\ntitle: x\n"])
def test_unclosed_front_matter(text: str) -> None:
    meta, diagnostics = parse(text)
    d = only(diagnostics)
    assert meta is None
    assert (d.code, d.location.line) == ("E202", 1)
    assert d.hint and "---" in d.hint


def test_split_front_matter_returns_yaml_and_its_first_line() -> None:
    yaml_text, first_line = split_front_matter("---\ntitle: x\nperiod: 2023\n---\n\nbody\n", PATH)
    assert first_line == 2
    assert yaml_text.splitlines() == ["title: x", "period: 2023"]


# --- all problems of a file at once ---------------------------------------------------------


def test_three_bad_fields_give_three_diagnostics() -> None:
    meta, diagnostics = parse(bulletin_text(title="[a]", date="2023-02-30", period="2023-H3"))
    assert meta is None
    assert sorted((d.code, d.location.line) for d in diagnostics) == [("E206", 2), ("E207", 3), ("E208", 4)]


def test_every_problem_is_reported_with_warnings() -> None:
    text = bulletin_text(
        date="2023-02-30",
        region=None,
        extra="summery: x\nslug: Bad Slug\ndraft: yes\nindicators:\n  - {name: GDP, value: 1, yoy: abc}",
    )
    _, diagnostics = parse(text)
    assert sorted((d.code, d.location.line) for d in diagnostics) == [
        ("E205", 2),
        ("E206", 7),
        ("E207", 3),
        ("E209", 6),
        ("E301", 9),
        ("W213", 5),
    ]
