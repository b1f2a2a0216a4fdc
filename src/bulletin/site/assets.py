"""Theme assets and the site's static/ files, found under the link policy and copied by streaming.

Contract: ``collect_assets(config)`` -> ``(files, diagnostics)``. Theme assets (a site's
templates/assets/ overrides by file name) and every regular file under static/ become
OutputFiles that name their source: write_site copies them in chunks, so a 600 MB file
costs no memory. Links, odd files, unreadable folders and names that cannot be published
(control, bidi or invisible characters, ':' or '\\', non-UTF-8 bytes) are diagnostics that
name the file with its static/ or templates/ prefix.
"""

from __future__ import annotations

from bulletin.core.errors import Diagnostic, Location, error
from bulletin.core.model import OutputFile, SiteConfig
from bulletin.core.safefs import display_name, walk_tree
from bulletin.site.render import theme_dir

__all__ = ["collect_assets"]


def _bad_name(rel: str) -> bool:
    return ":" in rel or "\\" in rel or display_name(rel) != rel


def collect_assets(config: SiteConfig) -> tuple[list[OutputFile], list[Diagnostic]]:
    files: dict[str, OutputFile] = {}
    diagnostics: list[Diagnostic] = []
    theme = theme_dir() / "assets"
    if theme.is_dir():
        for path in sorted(theme.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                files[f"assets/{path.name}"] = OutputFile(f"assets/{path.name}", b"", path)
    for folder, prefix, flat in (
        (config.templates_dir / "assets", "assets/", True),
        (config.static_dir, "", False),
    ):
        tree = walk_tree(folder, config.root)
        diagnostics.extend(tree.diagnostics)
        top = folder.relative_to(config.root).as_posix() + "/"
        for path, rel in tree.files:
            inner = rel.removeprefix(top)
            if flat and "/" in inner:
                continue  # the theme's assets are one flat folder
            if _bad_name(inner):
                diagnostics.append(
                    error(
                        "E110",
                        f"'{display_name(rel)}' cannot be published under this name "
                        "(':', '\\\\', control, bidi or invisible characters)",
                        Location(display_name(rel)),
                        "rename the file with letters, digits, '-', '_' and '.'",
                    )
                )
                continue
            files[prefix + inner] = OutputFile(prefix + inner, b"", path)
    return [files[p] for p in sorted(files)], diagnostics
