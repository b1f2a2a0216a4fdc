"""The bundled CJK font for chart labels.

Contract: ``register_fonts()`` makes matplotlib's font manager resolve the family
``FONT_FAMILY`` to the Noto Sans SC file shipped by ``pylopdf-fonts-zh-cn`` (SIL OFL),
whatever CJK fonts the system has or lacks. It is idempotent and cheap after the first
call (it checks rather than remembers, so it also survives a replaced font list).
``font_identity()`` names the font file for cache keys. Importing this module does not
import matplotlib (``chartrender`` needs the identity without it).
"""

from __future__ import annotations

from pathlib import Path

import pylopdf_fonts_zh_cn

__all__ = ["FONT_FAMILY", "font_identity", "font_path", "register_fonts"]

# The family name stored in the bundled file's name table; ``style`` puts it first in font.sans-serif.
FONT_FAMILY = "Noto Sans SC"


def font_path() -> Path:
    """The bundled Noto Sans SC file."""
    return Path(pylopdf_fonts_zh_cn.sans_path())


def font_identity() -> str:
    """File name and size of the bundled font: a font upgrade changes text metrics, hence SVGs."""
    path = font_path()
    return f"{path.name}:{path.stat().st_size}"


def register_fonts() -> str:
    """Register the bundled font with matplotlib and make it win lookups; return its path."""
    from matplotlib import font_manager

    path = str(font_path())
    manager = font_manager.fontManager
    if manager.ttflist and manager.ttflist[0].fname == path:
        return path  # already done in this process: the usual case, one list lookup
    if not any(entry.fname == path for entry in manager.ttflist):
        manager.addfont(path)
    # findfont keeps the first of equally good matches and addfont appends, so a system copy of
    # "Noto Sans SC" (another version, other metrics) would win; move the bundled file first so
    # the output is the same on every machine. The sort is stable: other fonts keep their order.
    manager.ttflist.sort(key=lambda entry: entry.fname != path)
    # The sort bypasses addfont's own reset of findfont's cache (private, hence the getattr).
    clear = getattr(getattr(manager, "_findfont_cached", None), "cache_clear", None)
    if clear is not None:
        clear()
    return path
