"""A page's view made only when a page is rendered, keyed beforehand by what it is made from.

Most pages of an incremental build are unchanged: the build graph finds their key equal to the
last build's and keeps the file. A key made from the finished view needs the view made first, and
for a bulletin's page that is the costly part (every indicator row formatted, every link in its
body resolved). A ``LazyView`` carries ``inputs``, a digest of everything its view is made from,
and makes the view on first use: the graph keys the page by ``inputs`` (``graph.page_key``) and a
kept page's view is never made.

Contract: ``LazyView(make, *parts)`` is a read-only mapping equal to ``make()``; ``inputs`` digests
``parts`` (pickled: plain frozen values give the same bytes in any process). It pickles as the
plain dict it stands for, so a worker renders exactly what the client would.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Callable, Iterator, Mapping
from typing import Any

__all__ = ["LazyView", "inputs_digest"]


def inputs_digest(*parts: Any) -> str:
    """A digest of ``parts`` by value: equal values give equal digests whatever objects they share."""
    blob = io.BytesIO()
    pickler = pickle.Pickler(blob, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: a value shared or copied pickles the same (graph.page_key)
    pickler.dump(parts)
    return hashlib.sha256(blob.getbuffer()).hexdigest()


class LazyView(Mapping[str, Any]):
    """The view ``make()`` returns, made on first read; ``inputs`` says what it is made from."""

    __slots__ = ("_make", "_view", "inputs")

    def __init__(self, make: Callable[[], Mapping[str, Any]], *parts: Any) -> None:
        self._make: Callable[[], Mapping[str, Any]] | None = make
        self._view: Mapping[str, Any] | None = None
        self.inputs = inputs_digest(*parts)

    def _made(self) -> Mapping[str, Any]:
        if self._view is None:
            assert self._make is not None
            self._view, self._make = self._make(), None
        return self._view

    def __getitem__(self, key: str) -> Any:
        return self._made()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._made())

    def __len__(self) -> int:
        return len(self._made())

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self._made()),))
