"""Diagnostics: everything an editor must fix, as data.

Stage contract: plain value types only. Every stage reports content problems
as :class:`Diagnostic` values (or raises :class:`ContentError` carrying them);
nothing here prints or exits. Formatting for terminals and CI lives in
``report.py``. The error codes are documented once, in :data:`CODES`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from bulletin.core.slotstate import plain_state


class Severity(enum.IntEnum):
    """How bad a diagnostic is; errors stop a build, warnings only under --strict."""

    INFO = 10
    WARNING = 20
    ERROR = 30

    @property
    def label(self) -> str:
        return self.name.lower()


@plain_state
@dataclass(frozen=True, slots=True)
class Location:
    """A place in a source file: path relative to the site root, 1-based line and column."""

    path: str
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)


@plain_state
@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in the content, with where it is and how to fix it."""

    severity: Severity
    code: str
    message: str
    location: Location
    hint: str | None = None
    # A second place the message refers to (the other side of a conflict).
    related: Location | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.path, loc.line or 0, loc.col or 0, self.code, self.message)


class ContentError(Exception):
    """Raised by a stage that cannot go on with one input; carries its diagnostics."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__("; ".join(f"{d.location}: {d.message}" for d in self.diagnostics))


def error(
    code: str, message: str, location: Location, hint: str | None = None, related: Location | None = None
) -> Diagnostic:
    """Build an error diagnostic."""
    return Diagnostic(Severity.ERROR, code, message, location, hint, related)


def warning(
    code: str, message: str, location: Location, hint: str | None = None, related: Location | None = None
) -> Diagnostic:
    """Build a warning diagnostic."""
    return Diagnostic(Severity.WARNING, code, message, location, hint, related)


def info(
    code: str, message: str, location: Location, hint: str | None = None, related: Location | None = None
) -> Diagnostic:
    """Build an informational diagnostic."""
    return Diagnostic(Severity.INFO, code, message, location, hint, related)


def sorted_diagnostics(diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Diagnostics in a stable order: by file, line, column, code."""
    return tuple(sorted(set(diagnostics), key=Diagnostic.sort_key))


def has_errors(diagnostics: Iterable[Diagnostic], strict: bool = False) -> bool:
    """True when the diagnostics should fail a build (warnings count under strict)."""
    floor = Severity.WARNING if strict else Severity.ERROR
    return any(d.severity >= floor for d in diagnostics)


# Every code a user can see, with what it means. README links here; a test
# checks that each code used in the source is listed.
CODES: dict[str, str] = {
    # sources
    "E101": "file is not valid UTF-8 text",
    "E102": "file is binary, or a link that leads outside the site, dangles or loops",
    "E103": "file is larger than the size limit",
    "E104": "file is empty",
    "E105": "a line is longer than the line limit",
    "E107": "not a regular file (a pipe, socket or device)",
    "E108": "a file or folder cannot be read",
    "E109": "a documented limit is exceeded (the limit is named)",
    "E110": "a file name with control, bidi or invisible characters, bytes that are not UTF-8, or ':'",
    "E106": "no content/ folder",
    "E111": "no bulletin in content/",
    "E112": "an image or attachment a bulletin links to does not exist",
    "E113": "an image or attachment link leads outside content/",
    "E114": "an SVG in content/ is not safe to publish (scripts, links)",
    "E115": "a link to another bulletin or page (.md) leads to no published page",
    # front-matter
    "E201": "no front-matter at the top of the file",
    "E202": "front-matter is not closed",
    "E203": "front-matter is not valid YAML",
    "E204": "front-matter is not a mapping",
    "E205": "required field missing",
    "E206": "field has the wrong type",
    "E207": "invalid date",
    "E208": "invalid period",
    "E209": "invalid slug",
    "E210": "YAML tag not allowed",
    "E211": "YAML too complex (aliases or nesting)",
    "E212": "two bulletins share a slug",
    "W213": "unknown front-matter key",
    "E214": "invalid tag, region or name",
    "E215": "full-width punctuation in front-matter",
    "E216": "bad indentation in front-matter (tab or list)",
    "E217": "a plain page's address is one the site uses itself",
    # indicators
    "E301": "invalid indicator value",
    "E302": "unknown or mismatched unit",
    "E303": "front-matter and prose disagree",
    "W304": "indicator not in the catalogue",
    "E305": "indicator declared twice in front-matter",
    "E306": "invalid indicator catalogue file",
    "E307": "two catalogue entries share a slug or a name",
    "E308": "indicator name within two characters of a catalogue name",
    "E309": "one figure stated differently in two places (prose, table, summary or title)",
    "I307": "a prose reading held back: not clearly the area's own statistic",
    # dataset
    "W401": "stated growth differs from the growth implied by last year's value",
    "I402": "a later bulletin revises a figure",
    # config
    "E501": "invalid site configuration",
    "W502": "unknown configuration key",
    # output
    "E601": "output folder not allowed",
    "E602": "output path escapes the output folder",
    "E603": "output path written twice",
    "E604": "could not write the site",
    "W605": "search index not built (the reason, and how to install Pagefind)",
    "I606": "base_url is not absolute: no feed, sitemap or canonical links",
    # templates
    "E701": "template error",
    # executors
    "E801": "the executor cannot run (Dask extra missing, scheduler unreachable)",
    "E802": "a build task failed (a bug in bulletin), reported with its file",
}
