"""The reader-facing settings of bulletin.yaml: ``menu``, ``logo`` and ``footer``.

Contract: ``site_ui(root, data, loc)`` -> ``(values for SiteConfig, diagnostics)``. Every bad
value is reported at its own line with a hint; nothing raises. Texts may be one string or
one per language ({zh-CN: …, en: …}), as ``title`` and ``description`` may.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bulletin.core.errors import Diagnostic, Location, error
from bulletin.core.safefs import link_problem

__all__ = ["MAX_MENU", "site_ui"]

MAX_MENU = 20  # menu entries; a header holds a handful
_LANGUAGES = {"zh-cn": "zh-CN", "zh": "zh-CN", "zh-hans": "zh-CN", "en": "en", "en-us": "en", "en-gb": "en"}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_MENU_HINT = "write menu: [{title: 关于本站, url: about/}]"  # a url: a page (about/) or https://…

Texts = tuple[tuple[str, str], ...]


def texts(value: Any) -> Texts | None:
    """'text' -> (('', 'text'),); {zh-CN: …, en: …} -> sorted (lang, text) pairs; None if neither."""
    if isinstance(value, str) and value.strip():
        return (("", value.strip()),)
    if isinstance(value, dict) and value:
        out = []
        for lang, text in value.items():
            code = _LANGUAGES.get(str(lang).lower())
            if code is None or not isinstance(text, str) or not text.strip():
                return None
            out.append((code, text.strip()))
        return tuple(sorted(out))
    return None


def menu_url(url: str) -> str | None:
    """A menu target: an http(s) or mailto URL as written, or a site path ('about/'); None if unsafe."""
    url = url.strip()
    if not url or re.search(r"[\s\\<>\"]", url) or url.startswith("//"):
        return None
    if _SCHEME.match(url):
        return url if url.startswith(("http://", "https://", "mailto:")) else None
    path = url.lstrip("/")
    if any(part in (".", "..") for part in path.split("/")):
        return None
    return path


def _menu(raw: Any, loc: Callable[..., Location], found: list[Diagnostic]) -> tuple[tuple[Texts, str], ...]:
    if not isinstance(raw, list) or len(raw) > MAX_MENU:
        found.append(error("E501", "'menu' must be a list of {title, url}", loc("menu"), _MENU_HINT))
        return ()
    entries = []
    for i, item in enumerate(raw):
        title = texts(item.get("title")) if isinstance(item, dict) else None
        url = item.get("url") if isinstance(item, dict) else None
        target = menu_url(url) if isinstance(url, str) else None
        if title is None or target is None or set(map(str, item)) - {"title", "url"}:
            found.append(
                error(
                    "E501",
                    f"menu entry {i + 1} needs a title and a url",
                    loc("menu", i),
                    _MENU_HINT,
                )
            )
            continue
        entries.append((title, target))
    return tuple(entries)


def _logo(root: Path, raw: Any, loc: Callable[..., Location], found: list[Diagnostic]) -> str:
    """The logo's path under static/ (as published at the site root), after the link policy."""
    rel = raw.strip().removeprefix("static/").lstrip("/") if isinstance(raw, str) else ""
    hint = "put the image in static/ and write logo: logo.svg"
    if not rel or any(part in ("", ".", "..") for part in rel.split("/")):
        found.append(error("E501", "'logo' must be the path of an image in static/", loc("logo"), hint))
        return ""
    path = root / "static" / rel
    problem = link_problem(path, root, f"static/{rel}")
    if problem is not None:
        found.append(problem)
        return ""
    if not path.is_file():
        found.append(error("E501", f"'logo': there is no file static/{rel}", loc("logo"), hint))
        return ""
    return rel


def site_ui(
    root: Path, data: dict[str, Any], loc: Callable[..., Location]
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """menu, logo and footer from bulletin.yaml's ``data`` (``loc(key, …)``: a key's line)."""
    found: list[Diagnostic] = []
    values: dict[str, Any] = {}
    if data.get("menu") is not None:
        values["menu"] = _menu(data["menu"], loc, found)
    if data.get("logo") is not None:
        values["logo"] = _logo(root, data["logo"], loc, found)
    if data.get("footer") is not None:
        footer = texts(data["footer"])
        if footer is None:
            hint = "write footer: 本站数据来自区统计局 or footer: {zh-CN: …, en: …}"
            found.append(error("E501", "'footer' must be text or {zh-CN: …, en: …}", loc("footer"), hint))
        else:
            values["footer"] = footer
    return values, found
