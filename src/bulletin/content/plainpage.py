"""Plain pages: Markdown under content/pages/, or with ``type: page``, that is not a bulletin.

Contract: ``split_pages(sources)`` -> ``(pages, bulletins)`` sorts the content files without
parsing YAML; ``read_page(source, options)`` -> ``(PlainPage | None, diagnostics)`` is pure like
reading a bulletin. A page needs only a title: no date, period or region, and its prose is
never read for figures. ``about.en.md`` (or ``lang: en``) is the English version of ``about``.
"""

from __future__ import annotations

import difflib
import re
from pathlib import PurePosixPath

from bulletin.content.frontlint import lint_front_matter
from bulletin.content.yamlsafe import load_yaml
from bulletin.core.errors import ContentError, Diagnostic, Location, error, warning
from bulletin.core.model import PlainPage, ReadOptions, SourceFile
from bulletin.core.slugs import is_valid_slug, path_segment, slugify

__all__ = ["PAGES_DIR", "PAGE_KEYS", "RESERVED", "check_pages", "read_page", "read_pages", "split_pages"]

PAGES_DIR = "content/pages/"
PAGE_KEYS = ("title", "slug", "lang", "summary", "type", "menu", "weight", "draft")
# First segments the site's own pages, downloads and assets use: a plain page cannot take them.
RESERVED = frozenset(
    {
        *("archive", "bulletins", "tags", "indicators", "regions", "search", "data"),
        *("assets", "files", "pagefind", "en", "zh-cn", "404.html"),
    }
)
_TYPE_PAGE = re.compile(r"^type\s*:\s*['\"]?page['\"]?\s*(?:#.*)?$", re.MULTILINE)
_LANG_SUFFIX = re.compile(r"\.(en|zh-CN|zh)$", re.IGNORECASE)


def is_page(source: SourceFile) -> bool:
    if source.path.startswith(PAGES_DIR):
        return True
    if "\r" not in source.text and not _TYPE_PAGE.search(source.text):
        # The front-matter is lines of the file (markdown-it changes only line ends, hence the
        # \r test): no such line anywhere, none in it. Parsing every file cost ~0.1 s a no-op
        # rebuild at 1,000 bulletins.
        return False
    try:
        from bulletin.content.fmsplit import split_front_matter  # markdown-it: only when needed

        yaml_text, _ = split_front_matter(source.text, source.path)
    except ContentError:
        return False  # read as a bulletin, which reports what is wrong
    return bool(_TYPE_PAGE.search(yaml_text))


# Whether each file of the last split_pages call was a page, by (path, digest): a long-lived
# process (serve) splits only the front-matter of files that changed.
_last_split: dict[tuple[str, str], bool] = {}


def split_pages(sources: tuple[SourceFile, ...]) -> tuple[tuple[SourceFile, ...], tuple[SourceFile, ...]]:
    """(plain pages, bulletins), each in the sources' order."""
    global _last_split
    marked = {}
    for s in sources:
        key = (s.path, s.digest)
        marked[key] = _last_split[key] if key in _last_split else is_page(s)
    _last_split = marked
    return (
        tuple(s for s in sources if marked[s.path, s.digest]),
        tuple(s for s in sources if not marked[s.path, s.digest]),
    )


def _slug_and_lang(path: str, default: str) -> tuple[str, str]:
    stem = PurePosixPath(path).stem
    lang = default
    if m := _LANG_SUFFIX.search(stem):
        lang = "en" if m.group(1).lower() == "en" else "zh-CN"
        stem = stem[: m.start()]
    return slugify(stem) or path_segment(stem), lang


def read_page(source: SourceFile, options: ReadOptions) -> tuple[PlainPage | None, tuple[Diagnostic, ...]]:
    """Check one plain page's front-matter and render its body."""
    try:
        from bulletin.content.fmsplit import split_front_matter

        yaml_text, first_line = split_front_matter(source.text, source.path)
        slips = lint_front_matter(yaml_text, source.path, first_line)
        if slips:
            return None, slips
        data, lines = load_yaml(yaml_text, source.path, first_line)
    except ContentError as exc:
        return None, exc.diagnostics
    data = data if data is not None else {}
    if not isinstance(data, dict):
        hint = "write title: 关于本站 (and optionally slug:, lang:, summary:)"
        message = f"front-matter must be fields (key: value), not {type(data).__name__}"
        return None, (error("E204", message, Location(source.path, first_line), hint),)
    found: list[Diagnostic] = []

    def loc(key: str) -> Location:
        return Location(source.path, lines.get((key,), first_line))

    for key in sorted(set(map(str, data)) - set(PAGE_KEYS)):
        close = difflib.get_close_matches(key, PAGE_KEYS, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(PAGE_KEYS)}"
        found.append(warning("W213", f"unknown front-matter key '{key}'", loc(key), hint))
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        found.append(
            error("E205", "required field 'title' is missing", loc("title"), "add a line 'title: ...'")
        )
    slug, lang = _slug_and_lang(source.path, options.language)
    if data.get("slug") is not None:
        slug = str(data["slug"]).strip()
        if not is_valid_slug(slug):
            hint = f"use lowercase ASCII letters, digits and hyphens, e.g. {slugify(slug) or 'about'}"
            found.append(error("E209", f"invalid slug '{slug[:80]}'", loc("slug"), hint))
    if slug.lower() in RESERVED:
        found.append(
            error(
                "E217",
                f"the page address '{slug}/' is used by the site itself",
                loc("slug") if "slug" in data else Location(source.path, 1),
                "give the page another slug: slug: about-us",
            )
        )
    if isinstance(data.get("lang"), str) and data["lang"].strip():
        lang = "en" if data["lang"].strip().lower().startswith("en") else "zh-CN"
    flags = {}
    for key in ("menu", "draft"):
        if key in data and not isinstance(data[key], bool):
            found.append(error("E206", f"'{key}' must be true or false, not {data[key]!r}", loc(key)))
        flags[key] = data.get(key, key == "menu") is True
    weight = data.get("weight", 0)
    if isinstance(weight, bool) or not isinstance(weight, int):
        found.append(error("E206", f"'weight' must be a whole number, not {weight!r}", loc("weight")))
        weight = 0
    if any(d.code.startswith("E") for d in found):
        return None, tuple(found)
    summary = data.get("summary")
    from bulletin.content.markup import render_markdown

    document = render_markdown(source.text, options.allow_html, source.path, options.base_path)
    page = PlainPage(
        source.path,
        slug,
        str(title).strip(),
        document,
        lang,
        summary.strip() if isinstance(summary, str) else "",
        flags["menu"],
        weight,
        flags["draft"],
    )
    return page, tuple(found)


def check_pages(pages: list[PlainPage]) -> list[Diagnostic]:
    """Two pages of one language must not share an address."""
    seen: dict[tuple[str, str], PlainPage] = {}
    found = []
    for page in pages:
        first = seen.setdefault((page.slug, page.lang), page)
        if first is not page:
            found.append(
                error(
                    "E212",
                    f"slug '{page.slug}' is already used by {first.path}",
                    Location(page.path, 1),
                    "give one of them a different slug: in its front-matter or by renaming the file",
                    related=Location(first.path, 1),
                )
            )
    return found


def read_pages(
    sources: tuple[SourceFile, ...], options: ReadOptions, drafts: bool = False
) -> tuple[tuple[PlainPage, ...], list[Diagnostic]]:
    """Every plain page (drafts only if asked), and every problem with them."""
    pages: list[PlainPage] = []
    found: list[Diagnostic] = []
    for source in sources:
        page, problems = read_page(source, options)
        found.extend(problems)
        if page is not None and (drafts or not page.draft):
            pages.append(page)
    found.extend(check_pages(pages))
    return tuple(pages), found
