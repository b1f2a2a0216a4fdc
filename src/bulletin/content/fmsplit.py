"""Split a bulletin's front-matter from its body, with the line the body starts on."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from bulletin.core.errors import ContentError, Location, error

_SPLITTER = MarkdownIt("zero").use(front_matter_plugin)


def split_front_matter(text: str, path: str) -> tuple[str, int]:
    """The YAML text and the file line it starts on; ContentError if there is none."""
    first = text.split("\n", 1)[0].strip()
    tokens = _SPLITTER.parse(text)
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
