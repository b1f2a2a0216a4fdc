"""Link previews: the bulletins' headline-chart PNGs as site files, and the Open Graph view of each.

``preview_files(site)`` is a file generator: ``social/<chart id>.png`` for every drawn preview (the
chart id names the bulletin and the language, so the path is language-neutral). ``og_image(site,
slug, lang)`` is what a page's template needs for ``og:image``: the file's site-relative path, its
size and its text alternative, or None when that bulletin has no picture (no growth figure, or a
``check`` that draws nothing), so a page never points at a file the site lacks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

from bulletin.charts.alttext import describe
from bulletin.charts.kinds import SOCIAL_PIXELS
from bulletin.charts.preview import PreviewImages
from bulletin.core.model import OutputFile
from bulletin.site.state import Page, SiteData

__all__ = ["og_image", "preview_files", "preview_path"]


def preview_path(chart_id: str) -> str:
    """Where a preview is written, relative to the site root."""
    return f"social/{chart_id}.png"


def preview_files(site: SiteData, pages: Sequence[Page] = ()) -> Iterator[OutputFile]:
    """Every drawn preview, in (slug, lang) order."""
    images = site.images
    for key in sorted(site.previews):
        spec = site.previews[key]
        if spec.id not in images:
            continue
        if isinstance(images, PreviewImages):  # read only when written, never all at once
            load = partial(images.__getitem__, spec.id)
            yield OutputFile(preview_path(spec.id), b"", digest=images.digest(spec.id), load=load)
        else:
            yield OutputFile(preview_path(spec.id), images[spec.id])


def og_image(site: SiteData, slug: str, lang: str) -> dict[str, Any] | None:
    """The bulletin's preview for Open Graph and Twitter meta tags, or None."""
    spec = site.previews.get((slug, lang))
    if spec is None or spec.id not in site.images:
        return None
    width, height = SOCIAL_PIXELS
    return {"path": preview_path(spec.id), "width": width, "height": height, "alt": describe(spec)}
