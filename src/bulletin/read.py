"""One source file -> one Report: front-matter, rendered body, indicator table.

Stage contract: ``read_report(source, catalog, options)`` -> ``(Report | None,
diagnostics)``. A pure function of the file's text, the frozen catalogue and the
``ReadOptions``: no I/O, no clock, no state kept between calls, so the same file gives
the same Report whatever was read before it, in whichever process. That is what makes a
per-file cache, parallel reading and ``serve`` safe. Every problem is a diagnostic.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bulletin.content.catalog import Catalog, load_catalog
from bulletin.content.frontmatter import parse_meta
from bulletin.content.markup import render_markdown
from bulletin.content.sources import decode_text
from bulletin.core.errors import Diagnostic, Location, error
from bulletin.core.model import ReadOptions, Report, SiteConfig, SourceFile
from bulletin.extract.merge import merge_indicators
from bulletin.extract.prose import extract_mentions
from bulletin.extract.review import held_notes, review

__all__ = ["parse_file", "parse_report", "read_report"]


def read_report(
    source: SourceFile, catalog: Catalog, options: ReadOptions | None = None
) -> tuple[Report | None, tuple[Diagnostic, ...]]:
    """Read and check one bulletin file: a pure function of its arguments."""
    options = options or ReadOptions()
    meta, found = parse_meta(source, options)
    if meta is None:
        return None, found
    document = render_markdown(source.text, allow_html=options.allow_html)
    mentions = extract_mentions(document, meta.period, catalog, meta.region)
    published, held = review(mentions, catalog, meta.ignore)
    indicators, conflicts = merge_indicators(meta, published, catalog)
    return Report(meta, document, indicators, published), (*found, *conflicts, *held_notes(meta, held))


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
