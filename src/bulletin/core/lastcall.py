"""The last result of a pure, costly stage, kept for a long-lived process (``serve``).

``serve`` rebuilds on every save, and most saves change prose, not figures: stages such as the
chart plan and the data downloads then get exactly the inputs they had. A ``LastCall`` keeps the
one previous call's inputs and result. Inputs are given in two parts: objects compared by
identity (large sequences of frozen values handed over again from cache.py's memory, whose
comparison by value would cost as much as the stage) and values compared by equality. Holding
the previous objects keeps their ids from being reused by new ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from bulletin.core.recall import keeping

__all__ = ["LastCall"]

T = TypeVar("T")


class LastCall(Generic[T]):
    def __init__(self) -> None:
        self._objects: tuple[Sequence[object], ...] = ()
        self._values: object = None
        self._result: T | None = None

    def get(self, objects: tuple[Sequence[object], ...], values: Any) -> T | None:
        """The last result when called on the very same objects and equal values, else None."""
        if self._result is None or len(objects) != len(self._objects):
            return None
        for new, old in zip(objects, self._objects, strict=True):
            if len(new) != len(old) or any(a is not b for a, b in zip(new, old, strict=True)):
                return None
        return self._result if values == self._values else None

    def forget(self) -> None:
        """Let go of the last call (one whose inputs cannot be known again, so nothing is kept)."""
        self._objects, self._values, self._result = (), None, None

    def keep(self, objects: tuple[Sequence[object], ...], values: Any, result: T) -> T:
        if not keeping():  # a one-shot build: nothing calls again
            self.forget()
            return result
        self._objects = tuple(tuple(o) for o in objects)
        self._values, self._result = values, result
        return result
