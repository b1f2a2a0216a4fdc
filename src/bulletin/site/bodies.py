"""Bulletin bodies kept in a temporary file instead of memory, for a one-shot build.

A report's rendered HTML is the one part of it that grows with the prose, not with the figures:
on a synthetic archive it is two thirds of what the client holds per report once the text blocks
and mentions are dropped (``read_for_site``). Only one page needs it, the bulletin's own, and
pages are made a slice at a time: so a build that will not be asked again (``bulletin build``,
``check``; see ``core/recall.py``) writes every body to an unlinked temporary file once the
reads are checked, and reads each back when its page's view is made. ``serve`` keeps the bodies
in memory: its next build hands over the very same report objects.
"""

from __future__ import annotations

import hashlib
import tempfile
import weakref
from collections.abc import Sequence
from dataclasses import replace

from bulletin.core.document import Document
from bulletin.core.model import Report

__all__ = ["Bodies", "body_digest", "shelve_bodies"]


class Bodies:
    """The HTML of each report's body by its file path, in an unlinked temporary file."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="bulletin-bodies-")  # noqa: SIM115 (lives as long as the build)
        self._at: dict[str, tuple[int, int]] = {}
        self._digests: dict[str, bytes] = {}
        self._end = 0
        # closed (and so gone: it has no name) when the build lets go of it, whichever way it ends
        self._closed = weakref.finalize(self, self._file.close)

    def put(self, path: str, html: str) -> None:
        data = html.encode("utf-8")
        self._file.seek(self._end)
        self._file.write(data)
        self._at[path] = (self._end, len(data))
        self._digests[path] = hashlib.sha256(data).digest()
        self._end += len(data)

    def digest(self, report: Report) -> bytes:
        """A digest of the report's body HTML, without reading it back."""
        found = self._digests.get(report.meta.path)
        return found if found is not None else body_digest(report.document.html)

    def document(self, report: Report) -> Document:
        """The report's body with its HTML read back (as it was when ``shelve_bodies`` put it)."""
        where = self._at.get(report.meta.path)
        if where is None:  # not shelved: the report kept its HTML
            return report.document
        offset, size = where
        self._file.seek(offset)
        return replace(report.document, html=self._file.read(size).decode("utf-8"))

    def close(self) -> None:
        self._closed()


def body_digest(html: str) -> bytes:
    return hashlib.sha256(html.encode("utf-8")).digest()


def shelve_bodies(reports: Sequence[Report]) -> tuple[tuple[Report, ...], Bodies]:
    """The reports without their body's HTML, and the bodies that hold it."""
    bodies = Bodies()
    light = []
    for report in reports:
        bodies.put(report.meta.path, report.document.html)
        light.append(replace(report, document=replace(report.document, html="")))
    return tuple(light), bodies
