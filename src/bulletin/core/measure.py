"""One measurement of one indicator: the value type the records and the data contract share.

Contract: a :class:`Measure` is a quantity (value, unit and the decimals as stated), a year-on-year
rate with its stated decimals, a rank that says what it ranks (the value or its growth) and among
what field, and a change in percentage points. Prose figures, front-matter entries, the merged
table and dataset points expose one through ``.measure``; the data contract's measurement columns
are :data:`COLUMNS`, derived from these fields, so a new kind of measurement is added here once.
Stated precision is kept: 175.0 is written 175.0 and a growth of 8.0 stays 8.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bulletin.core.periods import Period
from bulletin.core.slotstate import plain_state
from bulletin.core.units import Quantity

__all__ = ["COLUMNS", "NUMBER_COLUMNS", "RANK_BY", "Change", "Measure", "Measured", "Rank", "Rate", "stated"]

RANK_BY = ("value", "growth")


@plain_state
@dataclass(frozen=True, slots=True)
class Change:
    """A change in percentage points since ``base``: of the rate itself ('level', 失业率比上年下降0.3个
    百分点) or of its growth rate ('growth', 增速比一季度回落0.5个百分点)."""

    points: float
    base: Period
    of: str  # 'level' or 'growth'


@plain_state
@dataclass(frozen=True, slots=True)
class Rate:
    """A rate in per cent as stated: 8.0 has one decimal, 8 none."""

    value: float
    decimals: int = 1


@plain_state
@dataclass(frozen=True, slots=True)
class Rank:
    """A position among a field: what is ranked (``by``: the value or its growth, '' when the text
    does not say), how many were ranked (``of``) and the field as written (全市, 中西部118家…)."""

    position: int
    of: int | None = None
    by: str = ""
    field: str = ""


@plain_state
@dataclass(frozen=True, slots=True)
class Measure:
    """Everything one statement says about one indicator in one period."""

    quantity: Quantity | None = None
    yoy: Rate | None = None
    rank: Rank | None = None
    change: Change | None = None

    def fill(self, other: Measure) -> Measure:
        """This measure with the gaps ``other`` fills: each part keeps its own precision and
        semantics (a rate its decimals); a rank's position, field size, what it ranks and its
        field are filled one by one. The change stays this measure's."""
        rank = self.rank or other.rank
        if self.rank is not None and other.rank is not None:
            mine, theirs = self.rank, other.rank
            # ('居全省第4位、在山区五市中排名第1位': another position is another rank, whose field is its own)
            same = mine.position == theirs.position
            rank = Rank(
                mine.position,
                mine.of if mine.of is not None or not same else theirs.of,
                mine.by or theirs.by,
                mine.field or (theirs.field if same else ""),
            )
        return Measure(self.quantity or other.quantity, self.yoy or other.yoy, rank, self.change)

    def record(self) -> dict[str, Any]:
        """The measurement columns of the data contract (see :data:`COLUMNS`)."""
        q, y, r, c = self.quantity, self.yoy, self.rank, self.change
        return {
            "value": q.value if q else None,
            "unit": q.unit if q else "",
            "value_decimals": q.decimals if q else None,
            "yoy_pct": y.value if y else None,
            "yoy_decimals": y.decimals if y else None,
            "rank": r.position if r else None,
            "rank_of": r.of if r else None,
            "rank_by": r.by if r else "",
            "rank_field": r.field if r else "",
            "change_pp": c.points if c else None,
            "change_of": c.of if c else "",
            "change_base": c.base.code if c else "",
        }


class Measured:
    """The parts of a record's ``measure`` read as plain attributes (``row.yoy_pct``, ``row.rank``),
    for the records that carry one: templates, checks and tests read them, no record copies them."""

    __slots__ = ()
    measure: Measure

    @property
    def quantity(self) -> Quantity | None:
        return self.measure.quantity

    @property
    def yoy_pct(self) -> float | None:
        return self.measure.yoy.value if self.measure.yoy else None

    @property
    def yoy_decimals(self) -> int | None:
        return self.measure.yoy.decimals if self.measure.yoy else None

    @property
    def rank(self) -> int | None:
        return self.measure.rank.position if self.measure.rank else None

    @property
    def rank_of(self) -> int | None:
        return self.measure.rank.of if self.measure.rank else None

    @property
    def rank_by(self) -> str:
        return self.measure.rank.by if self.measure.rank else ""

    @property
    def rank_field(self) -> str:
        return self.measure.rank.field if self.measure.rank else ""

    @property
    def change(self) -> Change | None:
        return self.measure.change


COLUMNS = tuple(Measure().record())
NUMBER_COLUMNS = frozenset(k for k, v in Measure().record().items() if v is None)


def stated(value: float | None, decimals: int | None) -> str:
    """A number written with its stated decimals (175.0 stays '175.0'); '' for none."""
    if value is None:
        return ""
    if decimals is None:
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    return f"{value:.{max(0, decimals)}f}"
