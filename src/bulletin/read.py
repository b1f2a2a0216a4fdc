"""One source file -> one Report: front-matter, rendered body, indicator table.

Stage contract: ``read_report(source, catalog, options)`` -> ``(Report | None,
diagnostics)``. A pure function of the file's text, the frozen catalogue and the
``ReadOptions``: no I/O, no clock, no state kept between calls, so the same file gives
the same Report whatever was read before it, in whichever process. That is what makes a
per-file cache, parallel reading and ``serve`` safe. Every problem is a diagnostic.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from bulletin.content.catalog import Catalog, load_catalog
from bulletin.content.frontmatter import parse_meta
from bulletin.content.markup import render_markdown
from bulletin.content.sources import decode_text
from bulletin.core.errors import Diagnostic, Location, error
from bulletin.core.model import Mention, ReadOptions, Report, SiteConfig, SourceFile
from bulletin.extract.crosscheck import cross_check, front_matter_lines
from bulletin.extract.merge import merge_indicators
from bulletin.extract.prose import extract_mentions
from bulletin.extract.review import held_notes, review
from bulletin.extract.typos import near_miss

__all__ = ["parse_file", "parse_report", "read_for_site", "read_report"]


def read_report(
    source: SourceFile, catalog: Catalog, options: ReadOptions | None = None
) -> tuple[Report | None, tuple[Diagnostic, ...]]:
    """Read and check one bulletin file: a pure function of its arguments."""
    options = options or ReadOptions()
    meta, found = parse_meta(source, options)
    if meta is None:
        return None, found
    document = render_markdown(source.text, options.allow_html, source.path, options.base_path)
    mentions = extract_mentions(document, meta.period, catalog, meta.region)
    published, held = review(mentions, catalog, meta.ignore)
    published, typos = _prose_typos(meta.path, published, catalog)
    published, clashing, clashes = cross_check(meta, published, catalog, front_matter_lines(source.text))
    indicators, conflicts = merge_indicators(meta, published, catalog)
    diagnostics = (*found, *typos, *clashes, *conflicts, *held_notes(meta, (*held, *clashing)))
    return Report(meta, document, indicators, published), diagnostics


def read_for_site(
    source: SourceFile, catalog: Catalog, options: ReadOptions | None = None
) -> tuple[Report | None, tuple[Diagnostic, ...]]:
    """``read_report`` without what only reading needs: the body's text blocks the extractor read
    and the mentions it found. No page, download or check of the site looks at them, and they are
    two thirds of a report's memory: an archive's client holds every report, and the read cache
    stores what this returns."""
    report, found = read_report(source, catalog, options)
    if report is None:
        return None, found
    return replace(report, document=replace(report.document, blocks=()), mentions=()), found


def _prose_typos(
    path: str, mentions: tuple[Mention, ...], catalog: Catalog
) -> tuple[tuple[Mention, ...], list[Diagnostic]]:
    """A name in the text one or two characters from a catalogue name is a typo (E308), as in
    front-matter: published, 地区生产总直 would get an indicator page of its own. A name declared in
    content/indicators.yaml is known, so it is never taken for a typo."""
    kept, found = [], []
    for m in mentions:
        typo = near_miss(m.written, catalog.names()) if not m.known else None
        if typo is None:
            kept.append(m)
            continue
        found.append(
            error(
                "E308",
                f"indicator '{m.written}' is not in the catalogue but is close to '{typo}'",
                Location(path, m.line),
                f"did you mean '{typo}'? If '{m.written}' is a new indicator, declare it in "
                "content/indicators.yaml",
            )
        )
    return tuple(kept), found


def parse_report(
    source: SourceFile, config: SiteConfig, catalog: Catalog
) -> tuple[Report | None, tuple[Diagnostic, ...]]:
    """``read_report`` with the read options of a site config."""
    return read_report(source, catalog, config.read_options)


def parse_file(path: Path, config: SiteConfig) -> tuple[Report | None, tuple[Diagnostic, ...]]:
    """Read and parse one file (for ``bulletin extract``), with the site's catalogue."""
    catalog, found = load_catalog(config.root)
    rel = path.relative_to(config.root).as_posix() if path.is_relative_to(config.root) else path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, (*found, error("E101", f"cannot read file: {exc.strerror}", Location(rel)))
    text, problems = decode_text(data, rel)
    if text is None:
        return None, (*found, *problems)
    report, diagnostics = read_report(
        SourceFile(rel, text, hashlib.sha256(data).hexdigest()), catalog, config.read_options
    )
    return report, (*found, *diagnostics)
