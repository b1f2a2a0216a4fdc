"""Where the default theme lives. A module of its own so the build graph can digest the theme
without importing Jinja and the page modules (a no-op rebuild needs neither)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["theme_dir"]


def theme_dir() -> Path:
    """The default theme: bundled in the wheel, or the repository's templates/ in a checkout."""
    bundled = Path(__file__).parents[1] / "theme"
    if (bundled / "base.html").is_file():
        return bundled
    return Path(__file__).resolve().parents[3] / "templates"
