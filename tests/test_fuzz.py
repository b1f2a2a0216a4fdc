"""Property tests on hostile text: parsers return a result or raise bulletin's own errors, nothing else.

The strategies mix what bulletins are pasted from: CJK prose, full-width forms,
control characters, ``---`` fences, YAML syntax (anchors, tags, flow
collections), Markdown syntax and numbers with units. Every test is
derandomised so a run is reproducible.
"""

from __future__ import annotations

import contextlib
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from bulletin.content.catalog import Catalog, load_catalog
from bulletin.content.frontmatter import KNOWN_KEYS, parse_meta, split_front_matter
from bulletin.content.markup import render_markdown
from bulletin.content.sources import decode_text
from bulletin.content.yamlsafe import load_yaml
from bulletin.core.errors import ContentError, Diagnostic, Severity
from bulletin.core.model import ReportMeta, SiteConfig, SourceFile
from bulletin.core.period_text import find_periods, parse_period_text
from bulletin.core.periods import Period, PeriodError, parse_period
from bulletin.core.slugs import path_segment, slugify
from bulletin.core.units import UnitError, parse_number, parse_unit, scan_quantities
from bulletin.extract.prose import extract_mentions

FAST = settings(max_examples=200, derandomize=True, deadline=None)
SLOW = settings(
    max_examples=100, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# --- strategies --------------------------------------------------------------------------------

CJK = "上下半年全季度月份前三一二四五六七八九十百千万亿元同比增长下降个百分点地区生产总值第位区〇零两今去本"
FULL_WIDTH = "０１２３４５６７８９．，％＋－：；（）［］｛｝！＃＆＊／＼＝＜＞？＠　"
CONTROL = "\x00\x01\x07\x08\t\x0b\x0c\x1b\x7f\u200b\u200e\u202e\u2028\u2029\ufeff\ufffd"
SYNTAX = "-:#&*!|>'\"[]{},%@`?=<>~\\/._ \n"
ALPHABET = string.ascii_letters + string.digits + CJK + FULL_WIDTH + CONTROL + SYNTAX

FRAGMENTS = [
    "---",
    "---\n",
    "\n",
    "\r\n",
    "title: ",
    "date: 2023-08-19",
    "period: 2023-H1",
    "region: ",
    "tags: [",
    "]",
    "{",
    "}",
    "- ",
    "  ",
    "\t",
    "&a ",
    "*a",
    "<<: *a",
    "!!python/object/apply:os.system ",
    "!!binary ",
    "!custom ",
    "? ",
    "|\n",
    ">-\n",
    "'",
    '"',
    "\\u0000",
    "# ",
    "## ",
    "**",
    "[x](javascript:alert(1))",
    "<script>",
    "| a | b |\n|---|---|\n",
    "[^1]",
    "682.3亿元",
    "１２３.４",
    "8.4%",
    "−3.2个百分点",
    "1,234.5万人",
    "２０２３年上半年",
    "前三季度",
    "1-9月",
    "第23位",
    "Q1-Q3 2023",
    "H1",
    "2023-Q1-Q3",
    "2023-M09",
    "同比增长",
    "亿美元",
    "billion yuan",
    "1e309",
    "NaN",
    "∞",
    "9" * 400,
]
pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=ALPHABET, max_size=12))
hostile_text = st.lists(pieces, max_size=40).map("".join)

_value = st.one_of(
    st.sampled_from(
        ["", "~", "null", "true", "no", "2023-02-30", "2023-H3", "[a, b]", "{a: 1}", "*a", "&a x"]
    ),
    st.sampled_from(
        ["'quoted: text'", '"nul\\0byte"', "../../x", "/etc/passwd", "a\\b", ".", "１２３.４", "abc"]
    ),
    st.text(alphabet=ALPHABET.replace("\n", ""), max_size=20),
)
_key = st.one_of(
    st.sampled_from([*KNOWN_KEYS, "x", "indicators"]), st.text(alphabet=CJK + "abc_", max_size=4)
)
_indicator = st.fixed_dictionaries(
    {},
    optional={
        "name": st.sampled_from(["地区生产总值", "GDP", "<b>", "../x", "", "=1+2"]),
        "value": _value,
        "unit": st.sampled_from(["亿元", "%", "个", "亿美", "", "万人", "billion yuan"]),
        "yoy": _value,
        "rank": _value,
        "rank_of": _value,
        "period": _value,
        "bogus": _value,
    },
).map(lambda d: "  - {" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}")
_field = st.one_of(
    st.tuples(_key, _value).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    st.lists(_indicator, max_size=3).map(lambda items: "\n".join(["indicators:", *items])),
    hostile_text.map(lambda t: t.replace("\n", " ")),
)
front_matter_files = st.tuples(
    st.lists(_field, max_size=10), st.sampled_from(["---", "--- ", "----", ""]), hostile_text
).map(lambda t: "---\n" + "\n".join(t[0]) + f"\n{t[1]}\n\n" + t[2])
bulletin_like = st.one_of(hostile_text, front_matter_files)

numbers_with_units = st.tuples(
    st.sampled_from(["", "+", "-", "−", "＋", "约"]),
    st.one_of(st.integers(-(10**12), 10**12).map(str), st.decimals(allow_nan=False, places=3).map(str)),
    st.sampled_from(
        ["", "亿元", "%", "％", "个百分点", "万人", "亿美元", "元/人", "倍", "billion yuan", "x"]
    ),
).map("".join)


def _normalised(text: str) -> str:
    """What sources.decode_text hands on: no BOM, LF line ends."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


CONFIG = SiteConfig(root=Path("/nonexistent-site"), output_dir=Path("/nonexistent-site/site"))


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    loaded, problems = load_catalog(None)
    assert not problems
    return loaded


def _check_diagnostics(diagnostics: tuple[Diagnostic, ...], path: str) -> None:
    for d in diagnostics:
        assert isinstance(d, Diagnostic)
        assert d.location.path == path
        assert d.location.line is None or d.location.line >= 1
        assert d.message


# --- front-matter and YAML ---------------------------------------------------------------------


@SLOW
@given(text=bulletin_like)
def test_split_front_matter_returns_or_raises_content_error(text: str) -> None:
    text = _normalised(text)
    try:
        yaml_text, first_line = split_front_matter(text, "content/x.md")
    except ContentError as exc:
        _check_diagnostics(exc.diagnostics, "content/x.md")
        assert {d.code for d in exc.diagnostics} <= {"E201", "E202"}
        return
    assert isinstance(yaml_text, str) and first_line == 2


@SLOW
@given(text=bulletin_like)
@example(text="---\ntitle: x\n  ---\nbody\n---\n")
@example(text="---\n---\n")
@example(text="---\ntitle: x\n...\n")
def test_split_front_matter_reads_what_the_plugin_reads_of_the_whole_file(text: str) -> None:
    # split_front_matter parses only the head up to the first possible closing line: whatever
    # the file, that must give the YAML the plugin gives when it tokenizes the whole file.
    text = _normalised(text)
    tokens = MarkdownIt("zero").use(front_matter_plugin).parse(text)
    whole = tokens[0].content if tokens and tokens[0].type == "front_matter" else None
    try:
        yaml_text, _ = split_front_matter(text, "content/x.md")
    except ContentError:
        yaml_text = None
    assert yaml_text == whole


@SLOW
@given(text=bulletin_like)
def test_parse_meta_returns_meta_or_diagnostics(text: str) -> None:
    text = _normalised(text)
    meta, diagnostics = parse_meta(SourceFile("content/x.md", text, "0" * 64), CONFIG.read_options)
    _check_diagnostics(diagnostics, "content/x.md")
    has_error = any(d.severity is Severity.ERROR for d in diagnostics)
    assert (meta is None) == has_error
    if meta is not None:
        assert isinstance(meta, ReportMeta)
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", meta.slug)
        for name in (meta.region, *meta.tags):
            assert name and not re.search(r"[\x00-\x1f\x7f/\\]", name) and name not in (".", "..")


@SLOW
@given(text=st.one_of(hostile_text, front_matter_files.map(lambda t: t.split("\n---", 1)[0][4:])))
def test_load_yaml_returns_or_raises_content_error(text: str) -> None:
    try:
        load_yaml(_normalised(text), "content/x.md", 2)
    except ContentError as exc:
        _check_diagnostics(exc.diagnostics, "content/x.md")
        assert all(d.location.line >= 2 for d in exc.diagnostics if d.location.line is not None)


# --- periods and units -------------------------------------------------------------------------

period_codes = st.one_of(
    hostile_text,
    st.tuples(
        st.integers(1800, 2300).map(str),
        st.sampled_from(["", "-", "－", " ", "/", "—"]),
        st.sampled_from(
            ["H1", "H2", "H3", "Q1", "Q5", "Q1-Q3", "Q3-Q1", "M09", "M13", "M00", "Y", "h1", "", "x"]
        ),
    ).map("".join),
)


@FAST
@given(code=st.one_of(period_codes, st.integers(-(10**6), 10**6)))
def test_parse_period_returns_or_raises_period_error(code: str | int) -> None:
    try:
        period = parse_period(code)
    except PeriodError as exc:
        assert str(exc)
        return
    assert isinstance(period, Period)
    assert 1 <= period.first_month <= period.last_month <= 12


@FAST
@given(text=period_codes, year=st.one_of(st.none(), st.integers(1900, 2200)))
def test_parse_period_text_returns_or_raises_period_error(text: str, year: int | None) -> None:
    with contextlib.suppress(PeriodError):
        assert isinstance(parse_period_text(text, year), Period)


@FAST
@given(text=hostile_text, year=st.one_of(st.none(), st.integers(1900, 2200)))
def test_find_periods_never_raises(text: str, year: int | None) -> None:
    for match in find_periods(text, year):
        assert 0 <= match.start < match.end <= len(text)
        assert isinstance(match.period, Period)


@FAST
@given(text=st.one_of(hostile_text, numbers_with_units))
def test_parse_unit_returns_or_raises_unit_error(text: str) -> None:
    try:
        parse_unit(text)
    except UnitError as exc:
        assert exc.message


@FAST
@given(text=st.one_of(hostile_text, numbers_with_units))
def test_parse_number_returns_finite_or_raises_value_error(text: str) -> None:
    try:
        value, decimals = parse_number(text)
    except ValueError:
        return
    assert value == value and abs(value) != float("inf")
    assert decimals >= 0


@FAST
@given(text=st.one_of(hostile_text, st.lists(numbers_with_units | pieces, max_size=20).map("".join)))
def test_scan_quantities_never_raises(text: str) -> None:
    for match in scan_quantities(text):
        assert match is not None


# --- Markdown and figure extraction ------------------------------------------------------------


@SLOW
@given(text=bulletin_like, allow_html=st.booleans())
def test_render_and_extract_never_raise(text: str, allow_html: bool, catalog: Catalog) -> None:
    document = render_markdown(_normalised(text), allow_html=allow_html)
    assert "<script" not in document.html.lower()
    for mention in extract_mentions(document, parse_period("2023-H1"), catalog):
        assert mention.line >= 1


# --- slugs and path segments -------------------------------------------------------------------


@FAST
@given(text=st.one_of(hostile_text, st.text(max_size=100)))
def test_slugify_is_ascii_slug(text: str) -> None:
    slug = slugify(text)
    assert re.fullmatch(r"[a-z0-9-]*", slug)
    assert not slug.startswith("-") and not slug.endswith("-")


@FAST
@given(
    text=st.one_of(
        hostile_text,
        st.text(max_size=100),
        st.sampled_from(
            [".", "..", "...", "．．", "‥", "/", "\\", "\x00", "../..", "CON", "nul", " ", "\u200b"]
        ),
    )
)
def test_path_segment_is_one_safe_segment(text: str) -> None:
    segment = path_segment(text)
    assert segment not in ("", ".", "..")
    assert "/" not in segment and "\\" not in segment and "\x00" not in segment
    assert not any(ord(ch) < 0x20 or ch == "\x7f" for ch in segment)
    assert segment == path_segment(text)


# --- decoding bytes ----------------------------------------------------------------------------

encoded = st.one_of(
    st.binary(max_size=300),
    st.tuples(hostile_text, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "latin-1"])).map(
        lambda t: t[0].encode(t[1], errors="replace")
    ),
)


@FAST
@given(data=encoded)
@example(data=b"\xef\xbb\xbf\xef\xbb\xbf---\ntitle: x\n---\n")  # a BOM added twice by two Windows tools
@example(data=b"\xff\xfe\x00\x00")
@example(data=b"\xef\xbb\xbf\r\n\r\n")
def test_decode_text_never_raises(data: bytes) -> None:
    text, diagnostics = decode_text(data, "content/x.md")
    if text is None:
        assert len(diagnostics) == 1 and diagnostics[0].severity is Severity.ERROR
        assert diagnostics[0].code in {"E101", "E102", "E103", "E104", "E105"}
    else:
        assert not diagnostics
        assert "\r" not in text and not text.startswith("\ufeff") and text.strip()
