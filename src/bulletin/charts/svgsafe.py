"""Inline SVG checked against a strict allow-list before it reaches a page.

Contract: ``is_safe_svg(svg)`` is True only for SVG made of drawing elements and
presentation attributes: no scripts, event handlers, foreign objects, external references
(href only to '#id', url() only to '#id'), comments, CDATA, doctypes or entities. Charts
come from matplotlib, but the chart cache is a folder anyone with the checkout (a restored
CI cache, a shared folder) can edit, so every SVG, cached or fresh, is checked on every build.
Checking instead of rewriting keeps a good chart's bytes exactly as drawn.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET

__all__ = ["is_safe_svg"]

_SVG_NS = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_ELEMENTS = frozenset(
    (
        "svg",
        "g",
        "path",
        "text",
        "tspan",
        "use",
        "defs",
        "rect",
        "clipPath",
        "style",
        "pattern",
        "title",
        "desc",
        "line",
        "circle",
        "ellipse",
        "polyline",
        "polygon",
    )
)
_ATTRIBUTES = frozenset(
    (
        "id",
        "class",
        "style",
        "x",
        "y",
        "x1",
        "y1",
        "x2",
        "y2",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "d",
        "points",
        "transform",
        "width",
        "height",
        "viewBox",
        "version",
        "clip-path",
        "fill",
        "stroke",
        "stroke-width",
        "opacity",
        "patternUnits",
        "type",
        "role",
        "aria-labelledby",
        "text-anchor",
        "font-size",
        "font-family",
        "font-weight",
        "dominant-baseline",
    )
)
# Values of style attributes and the style element: CSS declarations with no url() but url(#id),
# no @rules, no expression(), no escapes that could spell them.
_CSS = re.compile(r"^[A-Za-z0-9#%.,:;()\s'\"_{}*+/-]*$")
_URL = re.compile(r"url\s*\(", re.I)
_LOCAL_URL = re.compile(r"url\(#[A-Za-z0-9_.:-]+\)")
_DANGEROUS = re.compile(r"expression|javascript|behavior|-moz-binding|import", re.I)


# Attributes whose values are checked; any other allow-listed attribute may hold any value.
_CHECKED = frozenset(("style", "clip-path", "fill", "stroke"))
_LOCAL_HREF = re.compile(r"#[A-Za-z0-9_.:-]+")


# A chart repeats a few dozen style values thousands of times: each is checked once.
@functools.lru_cache(maxsize=4096)
def _safe_css(text: str) -> bool:
    if not _CSS.match(text) or _DANGEROUS.search(text):
        return False
    return not _URL.search(_LOCAL_URL.sub("", text))


def is_safe_svg(svg: str) -> bool:
    """True when ``svg`` holds nothing but the allow-listed elements and attributes."""
    if "<!" in svg or "<?" in svg:  # comments, CDATA, doctypes, entities, processing instructions
        return False
    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return False
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(_SVG_NS):
            return False
        name = element.tag.removeprefix(_SVG_NS)
        if name not in _ELEMENTS:
            return False
        if name == "style" and not _safe_css(element.text or ""):
            return False
        for attribute, value in element.attrib.items():
            if attribute in _ATTRIBUTES:
                if attribute in _CHECKED and not _safe_css(value):
                    return False
            elif attribute not in (_XLINK_HREF, "href") or not _LOCAL_HREF.fullmatch(value):
                return False
    return True
