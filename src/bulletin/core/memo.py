"""Results of small pure functions kept by the identity of their inputs, for a long-lived process.

``serve`` rebuilds on every save and most saves change one bulletin's prose: the reports, the
indicator rows, the series points and the chart specs of every other bulletin are the very same
objects as in the last build (cache.py hands them over again). Formatting a row for a page costs
tens of microseconds and a site of 1,000 bulletins has ~60,000 of them, so the page views of an
unchanged site took seconds to make again. ``by_identity`` keeps such a function's results keyed
by the identity of its object arguments (frozen values: the same object means the same value) and
the value of its plain ones (str, int, bool, None). Each entry holds its arguments, so their ids
cannot be reused by new objects while the entry lives. The memory is bounded: when full, it
starts again empty.

Most of these results are worth keeping only for a next build. A one-shot build (``bulletin build``,
``check``: core/recall.py) makes each point's row, each indicator row and each chart's alt text and
key once, so there a memo declared ``one_shot=0`` remembers nothing: at 1,000 bulletins the memos
had come to hold ~80 KB a bulletin that no call asked for again (and up to ``limit`` entries each).

A result is shared by every caller that gets it: callers must not change it.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from bulletin.core.recall import keeping

__all__ = ["by_identity", "value_digest"]

P = ParamSpec("P")
T = TypeVar("T")

_PLAIN = (str, int, bool, type(None))  # compared by value; float is not (0.0 == -0.0, 1 == 1.0)


def by_identity(
    limit: int = 1 << 17, one_shot: int | None = None
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Remember ``fn``'s results for the same objects and equal plain values (positional only);
    at most ``one_shot`` of them (default ``limit``) while the process keeps nothing for a next build."""

    def wrap(fn: Callable[P, T]) -> Callable[P, T]:
        entries: dict[tuple[Any, ...], tuple[tuple[Any, ...], T]] = {}

        @wraps(fn)
        def remembered(*args: P.args, **kwargs: P.kwargs) -> T:
            most = limit if one_shot is None or keeping() else one_shot
            if most == 0:
                entries.clear()  # what earlier builds left, if keeping was turned off since
            if kwargs or most == 0:
                return fn(*args, **kwargs)
            # type(a): True and 1 are equal values of different types
            key = tuple([(type(a), a) if type(a) in _PLAIN else id(a) for a in args])
            hit = entries.get(key)
            if hit is not None:  # its held arguments keep the ids in the key theirs
                return hit[1]
            if len(entries) >= most:
                entries.clear()
            result = fn(*args, **kwargs)
            entries[key] = (args, result)
            return result

        remembered.cache_clear = entries.clear  # type: ignore[attr-defined]
        remembered.cache_len = entries.__len__  # type: ignore[attr-defined]
        return remembered

    return wrap


@by_identity()
def value_digest(*values: Any) -> bytes:
    """A digest of frozen plain values (pickled: the same bytes in any process), kept by their
    identity: the dataset's key and the bulletin pages' keys digest the same reports."""
    blob = io.BytesIO()
    pickler = pickle.Pickler(blob, protocol=5)
    pickler.fast = True  # no memo: equal values give equal bytes whichever strings they share
    pickler.dump(values)
    return hashlib.sha256(blob.getbuffer()).digest()
