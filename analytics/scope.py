"""What the sidebar and a page pick, as one typed value: the period, the network types, the
departments and the day that counts as today. Analytics functions take a `Scope` instead of
repeating `(start, end, types, department_ids, *, today)`; `params()` gives the named SQL
parameters every scoped query uses ($start, $end, $today, $types, $deps).

The readings (DESIGN.md §6): a network is in the scope when it is of one of `types` and, if
`departments` is not empty, at least one of its members (network leader, co-driver,
participant: `ns_is_member`) works in one of them: the SQL macro
`ns_in_scope(n.id, n.type, $types, $deps)`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from data.schema import NETWORK_TYPES

FIRST_DAY = dt.date(2013, 1, 1)  # NS1 started 2013 (seeds/README.md): the earliest period shown


@dataclass(frozen=True)
class Scope:
    """The period [start, end], the network types (all by default), the departments (empty =
    every department) and `today` (None = the current date)."""

    start: dt.date = FIRST_DAY
    end: dt.date | None = None  # None = today
    types: tuple[str, ...] = NETWORK_TYPES
    departments: tuple[str, ...] = ()
    today: dt.date | None = None

    @property
    def day(self) -> dt.date:
        """The day that counts as today."""
        return self.today or dt.date.today()

    @property
    def last(self) -> dt.date:
        """The period's last day (today when `end` is not given)."""
        return self.end or self.day

    def params(self) -> dict:
        """The named parameters of a query over the scope's period: $start, $end, $today and
        those of `ns_in_scope` ($types, $deps)."""
        return {"start": self.start, "end": self.last, "today": self.day, **self.filter_params()}

    def filter_params(self) -> dict:
        """The named parameters of `ns_in_scope` alone: $types, and $deps (NULL = all)."""
        return {"types": list(self.types), "deps": list(self.departments) or None}

    def but(self, **changes) -> Scope:
        """The same scope with some fields changed (`scope.but(start=..., end=...)`)."""
        return replace(self, **changes)

    @classmethod
    def of(
        cls,
        start: dt.date | None = None,
        end: dt.date | None = None,
        types=None,
        department_ids=None,
        *,
        today: dt.date | None = None,
    ) -> Scope:
        """A scope from the plain parameters of DESIGN.md §5 (None = everything)."""
        return cls(
            start=start or FIRST_DAY,
            end=end,
            types=tuple(types) if types is not None else NETWORK_TYPES,
            departments=tuple(department_ids or ()),
            today=today,
        )
