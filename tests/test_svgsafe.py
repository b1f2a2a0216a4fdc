"""The allow-list every chart SVG passes before it reaches a page (charts/svgsafe.py)."""

from __future__ import annotations

import pytest

from bulletin.charts.svgsafe import is_safe_svg

NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def svg(inner: str, root: str = "") -> str:
    return f'<svg {NS} viewBox="0 0 10 10"{root}>{inner}</svg>'


@pytest.mark.parametrize(
    "inner",
    [
        '<g id="a"><path d="M0 0L1 1" style="fill: #ffffff; stroke: var(--chart-ink, #222222)"/></g>',
        '<defs><clipPath id="c"><rect x="0" y="0" width="1" height="1"/></clipPath></defs>'
        '<g clip-path="url(#c)"><use xlink:href="#glyph-1" x="1"/></g>',
        '<style type="text/css">#chart-a *{stroke-linejoin: round}</style><text x="1">增长8.4% &gt; 0</text>',
        '<path d="M0 0" fill="url(#pattern-1)" stroke="none"/>',
    ],
)
def test_what_matplotlib_draws_passes(inner: str) -> None:
    assert is_safe_svg(svg(inner))


@pytest.mark.parametrize(
    "inner",
    [
        "<script>alert(1)</script>",
        '<g onload="alert(1)"/>',
        '<use xlink:href="https://evil.example/x.svg#a"/>',
        '<use href="javascript:alert(1)"/>',
        '<a xlink:href="#x"><text>x</text></a>',
        '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
        '<path d="M0 0" style="fill: url(https://evil.example/a)"/>',
        '<path d="M0 0" fill="url(//evil.example/a)"/>',
        '<path d="M0 0" clip-path="url( #x)"/>',
        '<path d="M0 0" stroke="expression(alert(1))"/>',
        '<path d="M0 0" style="background: \\75 rl(x)"/>',
        "<style>@import 'https://evil.example/a.css';</style>",
        '<style>*{fill: url("https://evil.example/a")}</style>',
        '<path d="M0 0" data-x="1"/>',
        "<!-- a comment -->",
        '<g xmlns="http://example.org/other"><path d="M0 0"/></g>',
    ],
)
def test_anything_else_fails(inner: str) -> None:
    assert not is_safe_svg(svg(inner))


def test_a_repeated_style_is_judged_the_same_each_time() -> None:
    # Style values are remembered once judged: the same value in a later chart gets the same answer.
    bad = '<path d="M0 0" style="fill: url(https://evil.example/a)"/>'
    good = '<path d="M0 0" style="fill: #ffffff"/>'
    assert [is_safe_svg(svg(x)) for x in (good, bad, good, bad)] == [True, False, True, False]
    assert not is_safe_svg(svg("", root=' onclick="x()"')) and is_safe_svg(svg("", root=' role="img"'))
