"""Tests for bulletin.markup and bulletin.cjk: HTML, CJK-friendly rules, safe HTML, text blocks."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from bulletin.content.cjk import cjk_friendly, is_cjk
from bulletin.content.markup import plain_text, render_markdown


def html(source: str, allow_html: bool = False) -> str:
    return render_markdown(source, allow_html=allow_html).html


def inner(source: str) -> str:
    """The HTML of a one-paragraph document without the <p> wrapper."""
    out = html(source).strip()
    assert out.startswith("<p>") and out.endswith("</p>"), out
    return out[3:-4]


# --- CJK-friendly emphasis -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("**工业增加值增长11.3%。**全年…", "<strong>工业增加值增长11.3%。</strong>全年…"),
        ("同比增长**8.4%**的", "同比增长<strong>8.4%</strong>的"),
        ("**增长11.3%。**全年", "<strong>增长11.3%。</strong>全年"),
        (
            "完成**682.3亿元**,同比增长**8.4%**。",
            "完成<strong>682.3亿元</strong>,同比增长<strong>8.4%</strong>。",
        ),
        ("**抓运行监测。**完善重点指标", "<strong>抓运行监测。</strong>完善重点指标"),
        ("*增长11.3%。*全年", "<em>增长11.3%。</em>全年"),
        ("**“工业”**增长", "<strong>“工业”</strong>增长"),
        ("增长**“工业”**", "增长<strong>“工业”</strong>"),
        ("居第**23**位", "居第<strong>23</strong>位"),
        ("下降**4.3%**,降幅收窄", "下降<strong>4.3%</strong>,降幅收窄"),
    ],
)
def test_cjk_emphasis(source: str, expected: str) -> None:
    assert inner(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a **b** c", "a <strong>b</strong> c"),
        ("a *b* c", "a <em>b</em> c"),
        ("snake_case_word", "snake_case_word"),
        ("foo*bar*", "foo<em>bar</em>"),
        ("a * b * c", "a * b * c"),
        ("**foo bar **", "**foo bar **"),
        ("__init__ file", "<strong>init</strong> file"),
        ("2*3*4", "2<em>3</em>4"),
        ("`**code**`", "<code>**code**</code>"),
        (r"\*not emphasis\*", "*not emphasis*"),
        ("**bold**.", "<strong>bold</strong>."),
    ],
)
def test_commonmark_cases_still_behave(source: str, expected: str) -> None:
    assert inner(source) == expected


# --- CJK line breaks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("第一行\n第二行", "第一行第二行"),
        ("增长8.4%。\n全年", "增长8.4%。全年"),
        ("完成**682.3亿元**\n同比增长", "完成<strong>682.3亿元</strong>同比增长"),
        ("第一行\n**加粗**后", "第一行<strong>加粗</strong>后"),
        ("段落一\n第二行\n第三行", "段落一第二行第三行"),
        ("hello\nworld", "hello\nworld"),
        ("GDP grew\nstrongly", "GDP grew\nstrongly"),
        ("**bold**\nword", "<strong>bold</strong>\nword"),
        ("한국어\n한국어", "한국어\n한국어"),
    ],
)
def test_line_breaks(source: str, expected: str) -> None:
    assert inner(source) == expected


def test_line_break_between_english_words_keeps_a_space_when_rendered() -> None:
    # A soft break renders as "\n", which a browser shows as a space; it must not vanish.
    assert re.search(r"grew\s+strongly", html("GDP grew\nstrongly"))
    assert "第一行第二行" in html("第一行\n第二行")


def test_hard_break_between_cjk_is_kept() -> None:
    assert "第一行<br />\n第二行" in html("第一行  \n第二行")


def test_a_link_after_a_joined_cjk_line_break_keeps_its_line() -> None:
    # The break between 见 and 附 renders as nothing, but the link is still on line 4.
    doc = render_markdown("第一段。\n\n详见\n[附表](table.xlsx)。", path="content/a.md")
    assert "详见<a" in doc.html
    assert doc.refs == (("content/table.xlsx", 4),)


@pytest.mark.parametrize(
    ("char", "expected"),
    [
        ("中", True),
        ("。", True),
        ("“", False),
        ("％", True),
        ("한", True),
        ("a", False),
        ("1", False),
        ("😀", False),
    ],
)
def test_is_cjk(char: str, expected: bool) -> None:
    assert is_cjk(char) is expected


# --- the plugin changes only its own parser --------------------------------------------------


def test_plain_markdown_it_is_not_patched() -> None:
    assert "<strong>" in html("**增长11.3%。**全年")  # bulletin's parser is built and used first
    plain = MarkdownIt("commonmark")
    assert "<strong>" not in plain.render("**增长11.3%。**全年")
    assert plain.render("第一行\n第二行") == "<p>第一行\n第二行</p>\n"


def test_plugin_applies_to_the_parser_it_is_used_on() -> None:
    md = MarkdownIt("commonmark").use(cjk_friendly)
    assert md.render("**增长11.3%。**全年") == "<p><strong>增长11.3%。</strong>全年</p>\n"
    assert "<strong>" not in MarkdownIt("commonmark").render("**增长11.3%。**全年")


# --- tables, footnotes, anchors --------------------------------------------------------------


def test_table() -> None:
    out = html("| 指标 | 数值 |\n| --- | ---: |\n| 地区生产总值 | 682.3 |\n")
    assert "<table>" in out
    assert "<th>指标</th>" in out
    assert re.search(r'<td style="text-align:right">682.3</td>', out)


def test_footnote() -> None:
    out = html("会议认为[^1]。\n\n[^1]: 按可比价格计算。\n")
    assert 'class="footnote-ref"' in out
    assert 'href="#fn1"' in out
    assert re.search(r'<li id="fn1"[^>]*>\s*<p>按可比价格计算。', out)


@pytest.mark.parametrize(
    ("source", "level", "anchor"),
    [
        ("## Heading Two", 2, "heading-two"),
        ("### 下半年 聚焦重点", 3, "下半年-聚焦重点"),
        ("## 2023年 经济运行", 2, "2023年-经济运行"),
    ],
)
def test_heading_anchors(source: str, level: int, anchor: str) -> None:
    document = render_markdown(source)
    assert f'<h{level} id="{anchor}">' in document.html
    assert document.headings == ((level, anchor, source.lstrip("# ")),)


def test_duplicate_headings_get_distinct_anchors() -> None:
    document = render_markdown("## 概况\n\n## 概况\n")
    ids = [h[1] for h in document.headings]
    assert len(set(ids)) == 2


# --- raw HTML and unsafe links ---------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        "正文<script>alert(1)</script>正文",
        "<img src=x onerror=alert(1)>",
        '<a href="https://example.org">x</a>',
        "<b>粗体</b>",
        "<iframe src='https://example.org'></iframe>",
    ],
)
def test_raw_html_is_escaped_by_default(source: str) -> None:
    out = html(source)
    assert "<script" not in out
    assert "<img" not in out
    assert "<b>" not in out
    assert "<iframe" not in out
    assert "<a href" not in out
    assert "&lt;" in out


def test_script_appears_as_text_by_default() -> None:
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html("<script>alert(1)</script>\n\n正文")


@pytest.mark.parametrize(
    ("source", "kept", "removed"),
    [
        ("<script>alert(1)</script>\n\n正文<b>粗体</b>", "<b>粗体</b>", "<script"),
        ("正文<b>粗体</b><script>alert(1)</script>", "<b>粗体</b>", "alert(1)"),
        ('<img src="x.png" onerror="alert(1)">', "<img", "onerror"),
        ('<a href="javascript:alert(1)">x</a>', ">x</a>", "javascript:"),
        ('<a href="data:text/html,x">x</a>', ">x</a>", "data:"),
        ('<p style="color:red">x</p>', "x", "color:red"),
        ("<iframe src='https://example.org'></iframe>正文", "正文", "<iframe"),
        ("<details><summary>说明</summary>内容</details>", "<summary>说明</summary>", "&lt;"),
    ],
)
def test_allow_html_is_sanitised(source: str, kept: str, removed: str) -> None:
    out = html(source, allow_html=True)
    assert kept in out
    assert removed not in out


def test_allow_html_still_renders_markdown() -> None:
    out = html(
        "## 标题\n\n同比增长**8.4%**的\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n注[^1]\n\n[^1]: 脚注\n", True
    )
    assert '<h2 id="标题">' in out
    assert "<strong>8.4%</strong>" in out
    assert "<table>" in out
    assert 'href="#fn1"' in out


@pytest.mark.parametrize(
    "source",
    [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](java&#x73;cript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2Zz4=)",
    ],
)
@pytest.mark.parametrize("allow_html", [False, True])
def test_dangerous_links_are_not_links(source: str, allow_html: bool) -> None:
    out = html(source, allow_html)
    assert "<a " not in out
    assert "<img" not in out
    assert not re.search(r"(href|src)=\"\s*(javascript|data|vbscript|file)", out, re.IGNORECASE)


@pytest.mark.parametrize(
    ("source", "href"),
    [
        ("[x](https://example.org/a)", "https://example.org/a"),
        ("[x](mailto:office@example.org)", "mailto:office@example.org"),
        ("[x](../2023-h1/)", "../2023-h1/"),
        ("[x](#fn1)", "#fn1"),
        ("<https://example.org>", "https://example.org"),
    ],
)
@pytest.mark.parametrize("allow_html", [False, True])
def test_safe_links_are_links(source: str, href: str, allow_html: bool) -> None:
    assert f'href="{href}"' in html(source, allow_html)


# --- text blocks with source lines -----------------------------------------------------------

DOCUMENT = """---
title: x
period: 2023-H1
---

## 上半年 **稳中向好**

全区地区生产总值完成**682.3亿元**，
同比增长**8.4%**。

- **抓运行监测。**完善重点指标
- 项目二
  续行

| 指标 | 数值 |
| --- | ---: |
| **地区生产总值** | 682.3 |
| 税收收入 | *35.6* |

1. 有序项
"""


def test_blocks_carry_file_lines() -> None:
    blocks = render_markdown(DOCUMENT).blocks
    summary = [(b.kind, b.line, b.text) for b in blocks]
    assert summary == [
        ("heading", 6, "上半年 稳中向好"),
        ("paragraph", 8, "全区地区生产总值完成682.3亿元，同比增长8.4%。"),
        ("item", 11, "抓运行监测。完善重点指标"),
        ("item", 12, "项目二续行"),
        ("table", 15, ""),
        ("item", 20, "有序项"),
    ]
    assert blocks[0].level == 2


def test_table_rows_and_their_lines() -> None:
    (table,) = [b for b in render_markdown(DOCUMENT).blocks if b.kind == "table"]
    assert table.rows == (("指标", "数值"), ("地区生产总值", "682.3"), ("税收收入", "35.6"))
    assert table.row_lines == (15, 17, 18)


def test_line_at_maps_offsets_to_source_lines() -> None:
    (paragraph,) = [b for b in render_markdown(DOCUMENT).blocks if b.kind == "paragraph"]
    assert paragraph.line_at(0) == 8
    assert paragraph.line_at(paragraph.text.index("682.3")) == 8
    assert paragraph.line_at(paragraph.text.index("8.4%")) == 9


def test_english_lines_join_with_a_space_in_blocks() -> None:
    (block,) = render_markdown("GDP grew\n**8.4%** in H1\n").blocks
    assert block.text == "GDP grew 8.4% in H1"
    assert block.breaks == (0, 9)


def test_blocks_in_quotes_and_footnotes() -> None:
    blocks = render_markdown("> 引用**文字**\n\n正文[^1]\n\n[^1]: 注释**粗**\n").blocks
    assert [(b.kind, b.line, b.text) for b in blocks] == [
        ("paragraph", 1, "引用文字"),
        ("paragraph", 3, "正文"),
        ("paragraph", 5, "注释粗"),
    ]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("增长**8.4%**的", "增长8.4%的"),
        ("*斜体*与~~删除~~", "斜体与删除"),
        ("[GDP](https://example.org) `code`", "GDP code"),
        ("![图](a.png)说明", "图说明"),
        ("注释[^1]。", "注释。"),
        ("<b>粗</b>体", "粗体"),
        ("a &amp; b", "a & b"),
        ("snake_case_word", "snake_case_word"),
        (r"增长8\*2", "增长8*2"),
        (r"\[注\]", "[注]"),
    ],
)
def test_plain_text(source: str, text: str) -> None:
    assert plain_text(source) == text


def test_escaped_markers_stay_in_block_text() -> None:
    (block,) = render_markdown(r"增长**8.4%**，合计\*号" + "\n").blocks
    assert block.text == "增长8.4%，合计*号"


def test_document_is_immutable() -> None:
    document = render_markdown("正文")
    with pytest.raises(AttributeError):
        document.html = "x"  # type: ignore[misc]
