"""Slugs and URL path segments that can never leave the output folder.

Contract: pure functions from text to one safe path segment. A segment never
contains a separator (``/`` or ``\\``), never is ``.`` or ``..``, never holds
control characters or NUL, and is never empty.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

__all__ = ["SLUG_RE", "is_valid_slug", "path_segment", "slugify"]

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SEGMENT = 80
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


def is_valid_slug(text: str) -> bool:
    """True for an ASCII slug: lowercase letters and digits joined by single hyphens."""
    # con, aux, lpt1 …: a folder of that name cannot be created or copied on Windows.
    return bool(SLUG_RE.match(text)) and len(text) <= MAX_SEGMENT and text not in _WINDOWS_RESERVED


def slugify(text: str) -> str:
    """ASCII slug of ``text`` ('2023 H1 Report' -> '2023-h1-report'); may be empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_SEGMENT].rstrip("-")


@functools.lru_cache(maxsize=8192)  # a few hundred names, asked for tens of thousands of times a build
def path_segment(text: str) -> str:
    """A readable, safe URL segment for a tag, region or indicator name (Unicode kept)."""
    norm = unicodedata.normalize("NFKC", text).strip().lower()
    segment = "".join(ch if (ch.isalnum() or ch in "-_") else "-" for ch in norm)
    segment = re.sub(r"-{2,}", "-", segment).strip("-_")[:MAX_SEGMENT].rstrip("-_")
    if not segment:
        # Names made only of punctuation still need a stable, distinct page.
        segment = "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    if segment in _WINDOWS_RESERVED:
        segment += "-"
    return segment
