"""Plain data model of the scheduling contract (`b2b-instance/1` in, `b2b-schedule/1` out).

Everything here is immutable so that an instance can be shared between the GUI thread and a
solver thread without copies or locks.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Slot:
    id: str
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    zone: str = ""


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    company: str = ""
    name: str = ""
    available: frozenset[str] | None = None  # None = every slot
    table: str | None = None  # fixed host table
    max_meetings: int | None = None  # None = no cap beyond the slots
    absent: bool = False
    min_meetings: int | None = None  # fairness floor; None = the instance's default


@dataclass(frozen=True, slots=True)
class Request:
    id: str
    a: str
    b: str
    weight: int = 1
    slots: frozenset[str] | None = None  # None = any slot


@dataclass(frozen=True, slots=True)
class PlacedMeeting:
    request: str
    slot: str
    table: str
    locked: bool = False


@dataclass(frozen=True, slots=True)
class Instance:
    name: str
    slots: tuple[Slot, ...]
    tables: tuple[Table, ...]
    participants: tuple[Participant, ...]
    requests: tuple[Request, ...]
    now: str | None = None
    meetings: tuple[PlacedMeeting, ...] = ()
    min_meetings: int = 0  # default fairness floor of every participant (0 = none)


@dataclass(frozen=True, slots=True)
class SolveStats:
    weight: int
    upper_bound: int | None
    status: str  # 'optimal' | 'feasible' | 'greedy' | 'infeasible'
    seconds: float
    changed: int
    holes: int
    holes_lower_bound: int | None = None
    shortfall: int = 0  # meetings missing below the floors, summed (contract quality 0)
    fewest_meetings: int | None = None  # the fewest meetings a present participant got


@dataclass(frozen=True, slots=True)
class Schedule:
    instance: str
    meetings: tuple[PlacedMeeting, ...]
    unscheduled: tuple[str, ...]
    stats: SolveStats = field(
        default_factory=lambda: SolveStats(0, None, "feasible", 0.0, 0, 0, None)
    )
