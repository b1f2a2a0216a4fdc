"""Split a bulletin's front-matter from its body, with the line the body starts on."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from bulletin.core.errors import ContentError, Location, error

_SPLITTER = MarkdownIt("zero").use(front_matter_plugin)
# Every line the plugin could take for the closing one (a superset: it may still refuse one).
_CLOSER = re.compile(r"^(?:[ \t]*-{3,}[ \t]*|\.\.\.[ \t]*)$", re.MULTILINE)


def _head(text: str) -> str | None:
    """The text up to the first line that may close the front-matter, or None when there is none.

    The plugin reads line after line from the top and stops at the first closing line it accepts,
    so when it accepts this one, parsing the head gives the very token parsing the whole file
    gives, without tokenizing the body (every build splits every file: the archive's whole text).
    """
    if "\r" in text or "\0" in text:
        return None  # markdown-it normalises these: let it see the whole file
    start = text.find("\n") + 1
    closer = _CLOSER.search(text, start) if start else None
    if closer is None:
        return None
    return text[: closer.end() + 1]


def split_front_matter(text: str, path: str) -> tuple[str, int]:
    """The YAML text and the file line it starts on; ContentError if there is none."""
    first = text.split("\n", 1)[0].strip()
    head = _head(text)
    tokens = _SPLITTER.parse(head) if head is not None else []
    if not (tokens and tokens[0].type == "front_matter"):
        tokens = _SPLITTER.parse(text)  # the first candidate was refused: the plugin decides
    if tokens and tokens[0].type == "front_matter":
        return tokens[0].content, 2
    if re.fullmatch(r"-{3,}", first):
        raise ContentError(
            [
                error(
                    "E202",
                    "front-matter is not closed",
                    Location(path, 1),
                    "add a line with --- after the last field (title, date, period, ...)",
                )
            ]
        )
    hint = "start the file with a line ---, the fields (title:, date:, period:), then another ---"
    if not first and text.strip().startswith("---"):
        hint = "the opening --- must be on the first line: remove the blank lines above it"
    elif re.match(r"^[A-Za-z_]+\s*:", first):
        hint = "the fields are there but the opening --- line is missing: add --- as the first line"
    raise ContentError([error("E201", "no front-matter at the top of the file", Location(path, 1), hint)])
