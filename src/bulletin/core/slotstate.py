"""Fast pickling for frozen slotted dataclasses.

``dataclass(slots=True)`` pickles through dataclasses' generic ``__getstate__``/``__setstate__``,
which call ``fields()`` on every object. Reports come back from the read cache and page keys are
digests of pickled views, so a rebuild of 1,000 bulletins pickles or unpickles ~400,000 such
objects, and ``fields()`` alone took about a second. ``plain_state`` gives a class the same state
(its field values, in field order) from a tuple of names worked out once.
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import Any, TypeVar

__all__ = ["plain_state"]

T = TypeVar("T", bound=type)


def plain_state(cls: T) -> T:
    """Decorate a frozen ``dataclass(slots=True)`` (above its ``@dataclass``) so it pickles fast."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    if len(names) < 2:  # attrgetter of one name returns the value, not a tuple
        return cls
    state = attrgetter(*names)
    put = object.__setattr__  # the class is frozen

    def __getstate__(self: Any) -> tuple[Any, ...]:
        return state(self)

    def __setstate__(self: Any, values: tuple[Any, ...]) -> None:
        for name, value in zip(names, values, strict=True):
            put(self, name, value)

    setattr(cls, "__getstate__", __getstate__)  # noqa: B010 (mypy forbids assigning methods)
    setattr(cls, "__setstate__", __setstate__)  # noqa: B010
    return cls
