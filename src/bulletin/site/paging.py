"""Lists split over numbered pages: the archive and an indicator's table of every period.

Both grow with the archive: a national portal's 300,000 bulletins would make one archive page of
tens of megabytes, and an indicator's table one row per period and region. A reader cannot use
such a page, and the build's client would hold its whole view at once. So a page shows at most
``per_page`` items (``bulletin.yaml``, 100 by default); page 1 keeps the list's address
(``archive/``) and page N is ``archive/N/``.
A list that fits on one page has no pager, and its page is exactly what it was.
"""

from __future__ import annotations

from typing import Any

__all__ = ["numbered", "pager", "ranges"]

_AROUND = 2  # page numbers shown on each side of the current one


def ranges(count: int, per_page: int) -> list[tuple[int, int]]:
    """(start, end) of each page's items; one empty page for an empty list."""
    return [(start, min(start + per_page, count)) for start in range(0, count, per_page)] or [(0, 0)]


def numbered(base: str, number: int) -> str:
    """The address of page ``number`` of the list at ``base`` ('archive/' -> 'archive/2/')."""
    return base if number == 1 else f"{base}{number}/"


def pager(base: str, number: int, total: int) -> dict[str, Any] | None:
    """What the pager partial shows: previous and next, the first and last pages and those around
    this one (None between numbers stands for the pages left out); None for a single page."""
    if total <= 1:
        return None
    shown = sorted({1, total, *range(max(1, number - _AROUND), min(total, number + _AROUND) + 1)})
    items: list[dict[str, Any] | None] = []
    for n in shown:
        if items and items[-1] is not None and n > items[-1]["number"] + 1:
            items.append(None)
        items.append({"number": n, "url": numbered(base, n), "current": n == number})
    return {
        "number": number,
        "total": total,
        "previous": numbered(base, number - 1) if number > 1 else None,
        "next": numbered(base, number + 1) if number < total else None,
        "pages": items,
    }
