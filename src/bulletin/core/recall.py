"""Whether this process keeps what its last build read and made, for its next build.

``serve`` builds again on every save, so it keeps the last build's file texts, reads, dataset and
downloads (``content/sources.py``, ``cache.Recent``, ``core/lastcall.py``): a save then costs
what it changed. A one-shot command (``build``, ``check``) never builds again, and at archive scale
what it would keep past the stage that needed it (every file's text, every download's bytes) is a
large part of the client's memory, so it turns keeping off first.
"""

from __future__ import annotations

__all__ = ["keep_last_build", "keeping"]

_KEEP = True


def keeping() -> bool:
    """True when this process keeps its last build's work for the next one (the default)."""
    return _KEEP


def keep_last_build(keep: bool) -> None:
    """Keep (serve, tests) or let go (one-shot commands) of each build's work once it is used."""
    global _KEEP
    _KEEP = keep
