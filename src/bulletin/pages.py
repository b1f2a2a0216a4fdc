"""Which pages the site has, their URLs, and the plain view data each template gets.

Stage contract: ``assemble_pages(config, reports)`` ->
``tuple[Page, ...]``, one per (page, language). Views are plain dicts, lists,
strings and numbers: templates never see DataFrames or model objects, and
all formatting that depends on the language happens here or in filters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .i18n import format_number, format_signed, lang_prefix, translate, unit_label
from .model import Indicator, Report, SiteConfig
from .slugs import path_segment

__all__ = ["Page", "SiteView", "assemble_pages", "bulletin_url", "sorted_reports", "tag_url"]


@dataclass(frozen=True, slots=True)
class SiteView:
    """What every template knows about the site."""

    title: str
    description: str
    base_url: str
    language: str
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """One page in one language: its URL, output path, template and view data."""

    url: str  # site-relative, language-neutral: 'bulletins/2023-h1/'
    template: str
    lang: str
    view: Mapping[str, Any]
    path: str = ""  # output file, with the language prefix
    alternates: tuple[tuple[str, str], ...] = field(default=())


def bulletin_url(slug: str) -> str:
    """Site-relative URL of a bulletin page."""
    return f"bulletins/{slug}/"


def tag_url(tag: str) -> str:
    """Site-relative URL of a tag page."""
    return f"tags/{path_segment(tag)}/"


def sorted_reports(reports: Iterable[Report]) -> list[Report]:
    """Newest first: by date, then period, then slug, so ties never depend on input order."""
    return sorted(reports, key=lambda r: (r.meta.date, r.meta.period.sort_key(), r.slug), reverse=True)


def _rank_text(row: Indicator, lang: str) -> str:
    if row.rank is None:
        return ""
    if row.rank_of:
        return translate(lang, "rank_of", rank=row.rank, of=row.rank_of)
    return translate(lang, "rank_only", rank=row.rank)


def indicator_row(row: Indicator, lang: str) -> dict[str, Any]:
    """One indicator-table row, formatted for ``lang``."""
    decimals = row.quantity.decimals if row.quantity else None
    return {
        "name": row.name if lang.startswith("zh") else row.name_en,
        "name_zh": row.name,
        "slug": row.slug,
        "value": format_number(row.value, lang, decimals) if row.quantity else "",
        "raw_value": row.value,
        "unit": unit_label(row.unit, lang) if row.quantity else "",
        "yoy": format_signed(row.yoy_pct, lang, _yoy_decimals(row.yoy_pct))
        if row.yoy_pct is not None
        else "",
        "raw_yoy": row.yoy_pct,
        "rank": _rank_text(row, lang),
        "period": row.period.label("zh" if lang.startswith("zh") else "en"),
        "source": row.source,
        "source_label": translate(
            lang,
            {"front-matter": "from_front_matter", "prose": "from_prose", "both": "from_both"}[row.source],
        ),
        "line": row.line,
        "note": row.note,
        "known": row.known,
    }


def _yoy_decimals(value: float | None) -> int:
    if value is None:
        return 1
    text = repr(float(value))
    return max(1, len(text.split(".")[1])) if "." in text and "e" not in text else 1


def bulletin_card(report: Report, lang: str) -> dict[str, Any]:
    """A bulletin as it appears in lists."""
    meta = report.meta
    return {
        "title": meta.title,
        "slug": meta.slug,
        "url": bulletin_url(meta.slug),
        "date": meta.date,
        "period": meta.period.label("zh" if lang.startswith("zh") else "en"),
        "period_code": meta.period.code,
        "region": meta.region,
        "summary": meta.summary,
        "tags": [{"name": t, "url": tag_url(t)} for t in meta.tags],
        "lang": meta.lang,
    }


def _home(reports: list[Report], lang: str) -> dict[str, Any]:
    latest = reports[0] if reports else None
    return {
        "latest": [bulletin_card(r, lang) for r in reports[:10]],
        "featured": bulletin_card(latest, lang) if latest else None,
        "key_figures": [indicator_row(row, lang) for row in latest.indicators] if latest else [],
        "count": len(reports),
    }


def _bulletin(report: Report, lang: str, neighbours: tuple[Report | None, Report | None]) -> dict[str, Any]:
    older, newer = neighbours
    return {
        **bulletin_card(report, lang),
        "author": report.meta.author,
        "source": report.meta.source,
        "body_html": report.document.html,
        "headings": [{"level": lvl, "id": hid, "text": text} for lvl, hid, text in report.document.headings],
        "indicators": [indicator_row(row, lang) for row in report.indicators],
        "older": bulletin_card(older, lang) if older else None,
        "newer": bulletin_card(newer, lang) if newer else None,
    }


def _archive(reports: list[Report], lang: str) -> dict[str, Any]:
    years: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for report in reports:
        years[report.meta.period.year].append(bulletin_card(report, lang))
    return {
        "years": [{"year": y, "bulletins": years[y]} for y in sorted(years, reverse=True)],
        "count": len(reports),
    }


def _tags(reports: list[Report]) -> dict[str, list[Report]]:
    tagged: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        for tag in report.meta.tags:
            tagged[tag].append(report)
    return dict(sorted(tagged.items()))


def _pages_in(lang: str, reports: list[Report]) -> list[tuple[str, str, dict]]:
    pages: list[tuple[str, str, dict]] = [
        ("", "index.html", _home(reports, lang)),
        ("archive/", "archive.html", _archive(reports, lang)),
        ("404.html", "404.html", {}),
    ]
    for i, report in enumerate(reports):
        newer = reports[i - 1] if i > 0 else None
        older = reports[i + 1] if i + 1 < len(reports) else None
        pages.append((bulletin_url(report.slug), "bulletin.html", _bulletin(report, lang, (older, newer))))
    tagged = _tags(reports)
    pages.append(
        (
            "tags/",
            "tags.html",
            {"tags": [{"name": t, "url": tag_url(t), "count": len(rs)} for t, rs in tagged.items()]},
        )
    )
    for tag, tag_reports in tagged.items():
        pages.append(
            (
                tag_url(tag),
                "tag.html",
                {"name": tag, "bulletins": [bulletin_card(r, lang) for r in tag_reports]},
            )
        )
    return pages


def _file_path(url: str, lang: str, default: str) -> str:
    prefix = lang_prefix(lang, default)
    if url.endswith((".html", ".xml", ".json", ".csv")):
        return prefix + url
    return prefix + url + "index.html"


def assemble_pages(config: SiteConfig, reports: Iterable[Report]) -> tuple[Page, ...]:
    """Every page of the site in every site language, in a fixed order."""
    ordered = sorted_reports(reports)
    result = []
    for lang in config.languages:
        for url, template, view in _pages_in(lang, ordered):
            alternates = tuple((other, url) for other in config.languages)
            result.append(Page(url, template, lang, view, _file_path(url, lang, config.language), alternates))
    return tuple(result)
