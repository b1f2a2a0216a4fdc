"""A rendered Markdown body as plain data: HTML, the text blocks the extractor reads, headings.

Made by ``content.markup.render_markdown``; read by ``extract`` and the site. Pure data, no logic
beyond mapping an offset in a block back to its source line.
"""

from __future__ import annotations

from dataclasses import dataclass

from bulletin.core.slotstate import plain_state

__all__ = ["Document", "TextBlock"]


@plain_state
@dataclass(frozen=True, slots=True)
class TextBlock:
    """One paragraph, list item, heading or table, as plain text with its source lines.

    ``breaks[i]`` is the offset in ``text`` where source line ``line + i`` begins.
    For tables, ``rows`` holds the cell texts (header row first) and
    ``row_lines`` each row's source line; ``text`` is empty.
    """

    kind: str
    line: int
    text: str
    breaks: tuple[int, ...] = (0,)
    rows: tuple[tuple[str, ...], ...] = ()
    row_lines: tuple[int, ...] = ()
    level: int = 0

    def line_at(self, offset: int) -> int:
        """The source line of the character at ``offset``."""
        index = 0
        for i, start in enumerate(self.breaks):
            if start <= offset:
                index = i
        return self.line + index


@plain_state
@dataclass(frozen=True, slots=True)
class Document:
    """A rendered body: HTML, plain-text blocks, and the outline of its headings."""

    html: str
    blocks: tuple[TextBlock, ...]
    headings: tuple[tuple[int, str, str], ...]  # (level, id, text)
    # Files the body links to or shows, beside it in content/: (path from the site root, line).
    # Their links are already rewritten to where the build publishes them (content.localrefs).
    refs: tuple[tuple[str, int], ...] = ()
    # Other bulletins and pages the body links to by their .md file: (path from the site root,
    # line). A file cannot know another's address, so each href holds ``mark`` and the index of
    # its target here until the site fills in the address (site/pagelinks.py).
    links: tuple[tuple[str, int], ...] = ()
    mark: str = ""
