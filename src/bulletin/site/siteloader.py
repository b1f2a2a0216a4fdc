"""The site's own templates/, read under the link policy (core.safefs).

Contract: ``SiteLoader(config)`` is a Jinja loader over the regular files found by
``walk_tree`` in templates/; ``problems`` lists the links, odd files and unreadable
folders found there (the build reports them before rendering). A template that cannot
be read when it is needed raises ContentError (E108), never a bare OSError.
"""

from __future__ import annotations

from collections.abc import Callable

import jinja2

from bulletin.content.sources import MAX_FILE_BYTES
from bulletin.core.errors import ContentError, Diagnostic, Location, error
from bulletin.core.model import SiteConfig
from bulletin.core.safefs import read_regular, walk_tree

__all__ = ["SiteLoader"]


class SiteLoader(jinja2.BaseLoader):
    """Templates by name ('partials/head.html') from the site's templates/ folder."""

    def __init__(self, config: SiteConfig) -> None:
        tree = walk_tree(config.templates_dir, config.root)
        self.problems: tuple[Diagnostic, ...] = tuple(tree.diagnostics)
        prefix = "templates/"
        self.files = {rel.removeprefix(prefix): (path, rel) for path, rel in tree.files}

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template not in self.files:
            raise jinja2.TemplateNotFound(template)
        path, rel = self.files[template]
        data, _, problem = read_regular(path, rel, MAX_FILE_BYTES)
        if data is None or len(data) > MAX_FILE_BYTES:
            raise ContentError(
                [problem or error("E103", "template is larger than 2 MB", Location(rel), "make it smaller")]
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ContentError(
                [error("E101", "template is not valid UTF-8 text", Location(rel), "save it as UTF-8")]
            ) from None
        return text, None, lambda: False

    def list_templates(self) -> list[str]:
        return sorted(self.files)
