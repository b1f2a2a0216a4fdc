"""Frozen slotted dataclasses pickle through plain_state: the same values come back, fast."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from bulletin.core.measure import Measure, Rank, Rate
from bulletin.core.periods import Period
from bulletin.core.slotstate import plain_state
from bulletin.core.units import quantity


@plain_state
@dataclass(frozen=True, slots=True)
class _Pair:
    left: object
    right: object


def test_state_is_the_field_values_in_order() -> None:
    assert _Pair(1, "x").__getstate__() == (1, "x")
    assert pickle.loads(pickle.dumps(_Pair(1, (2, 3)))) == _Pair(1, (2, 3))


def test_model_types_use_it() -> None:
    # dataclasses' own state function calls fields() per object; ours is a closure of this module
    assert Measure.__getstate__.__module__ == "bulletin.core.slotstate"
    assert Period.__setstate__.__module__ == "bulletin.core.slotstate"


@given(
    value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
    yoy=st.none() | st.floats(allow_nan=False, min_value=-100, max_value=1000),
    rank=st.none() | st.integers(min_value=1, max_value=40),
)
def test_measures_survive_a_round_trip(value: float, yoy: float | None, rank: int | None) -> None:
    measure = Measure(
        quantity(value, "亿元"),
        Rate(yoy, 1) if yoy is not None else None,
        Rank(rank, None, "value", "") if rank is not None else None,
    )
    again = pickle.loads(pickle.dumps(measure, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == measure and hash(again) == hash(measure)
