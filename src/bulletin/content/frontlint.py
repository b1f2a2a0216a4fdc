"""Typing slips in front-matter that YAML misreports, each named at its own line and column.

A full-width colon (``title：…``) makes YAML complain about the *next* line; a
full-width comma inside ``{…}`` or ``[…]`` gives an error that never mentions
it; a tab or a list item one space off gives "mapping values are not allowed".
Chinese input methods produce all of these, so they are looked for first,
before YAML reads the text, and reported with what to type instead.
"""

from __future__ import annotations

import re

from bulletin.core.errors import Diagnostic, Location, error

__all__ = ["lint_front_matter"]

_FULL_COLON_KEY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)\s*：")
_ITEM = re.compile(r"^( *)- ")


def lint_front_matter(text: str, path: str, first_line: int) -> tuple[Diagnostic, ...]:
    """Problems in front-matter ``text`` whose first line is file line ``first_line``."""
    found: list[Diagnostic] = []
    list_indent: int | None = None
    for offset, line in enumerate(text.split("\n")):
        number = first_line + offset
        stripped = line.lstrip(" ")
        if stripped.startswith("\t") or ("\t" in line[: len(line) - len(line.lstrip())]):
            found.append(
                error(
                    "E216",
                    "tab used for indentation",
                    Location(path, number, line.index("\t") + 1),
                    "indent with spaces instead of the tab",
                )
            )
            continue
        key = _FULL_COLON_KEY.match(line)
        if key:
            found.append(
                error(
                    "E215",
                    f"full-width colon '：' after '{key.group(2)}'",
                    Location(path, number, line.index("：") + 1),
                    f"type a half-width colon and a space instead: {key.group(2)}: ...",
                )
            )
        if "，" in line and re.search(r"[\[{][^\]}]*，", line):
            found.append(
                error(
                    "E215",
                    "full-width comma '，' in a front-matter entry",
                    Location(path, number, line.index("，") + 1),
                    "type a half-width comma ', ' instead of '，'",
                )
            )
        item = _ITEM.match(line)
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" ") and not line.startswith("-"):
            list_indent = None  # a new top-level key starts a new list
        elif item:
            indent = len(item.group(1))
            if list_indent is None:
                list_indent = indent
            elif indent != list_indent and abs(indent - list_indent) < 2:
                found.append(
                    error(
                        "E216",
                        f"list item indented by {indent} spaces, the list above by {list_indent}",
                        Location(path, number, 1),
                        f"indent every item of the list by {list_indent} spaces, like the first",
                    )
                )
    return tuple(found)
