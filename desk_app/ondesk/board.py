"""The future part of the floor as plain data, and the fast path for one new meeting.

A :class:`Board` holds what placement decisions need and nothing else: slot indices
(0 = first round of the day), table ids, who is busy where. It is pure (no database), so
the same rules serve the desk (loaded from the database by :mod:`desk_app.ondesk.floor`),
the repair search and the file-based benchmarks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True, slots=True)
class BoardMeeting:
    """A live meeting (scheduled or held) in a slot that has not started yet."""

    id: int
    a: int
    b: int
    slot: int  # slot index
    table: int  # table id
    movable: bool  # scheduled, unlocked and in the future: a repair may move it


@dataclass(frozen=True, slots=True)
class Fit:
    slot: int
    table: int


@dataclass(frozen=True)
class Board:
    """Participants and tables are database ids; slots are indices in time order."""

    n_slots: int
    open_slot: int  # first slot that has not started: everything before is frozen
    tables: tuple[int, ...]  # tables in service, in the order new meetings should use them
    hosts: Mapping[int, tuple[int, ...]] = field(default_factory=dict)  # host -> its table(s)
    unavailable: Mapping[int, frozenset[int]] = field(default_factory=dict)
    remaining: Mapping[int, int] = field(default_factory=dict)  # capped: meetings still allowed
    absent: frozenset[int] = frozenset()
    meetings: tuple[BoardMeeting, ...] = ()  # future live meetings worth detailing
    # Cells taken by future meetings not listed in ``meetings`` (loaded for a focus only).
    other_taken: frozenset[tuple[int, int]] = frozenset()

    @cached_property
    def busy(self) -> dict[tuple[int, int], BoardMeeting]:
        """(participant, slot) -> the meeting they are in."""
        out: dict[tuple[int, int], BoardMeeting] = {}
        for m in self.meetings:
            out[(m.a, m.slot)] = m
            out[(m.b, m.slot)] = m
        return out

    @cached_property
    def taken(self) -> set[tuple[int, int]]:
        """(table, slot) cells holding a live meeting."""
        return {(m.table, m.slot) for m in self.meetings} | set(self.other_taken)

    @cached_property
    def active_tables(self) -> frozenset[int]:
        return frozenset(self.tables)

    def future_slots(self) -> range:
        return range(self.open_slot, self.n_slots)

    def table_options(self, a: int, b: int) -> tuple[int, ...]:
        """Tables the pair may meet at: their host table(s) still in service, else any."""
        own = [t for p in (a, b) for t in self.hosts.get(p, ()) if t in self.active_tables]
        return tuple(dict.fromkeys(own)) if own else self.tables

    def can_meet_in(self, p: int, s: int) -> bool:
        return s not in self.unavailable.get(p, frozenset()) and (p, s) not in self.busy

    def free_table(self, a: int, b: int, s: int) -> int | None:
        return next((t for t in self.table_options(a, b) if (t, s) not in self.taken), None)

    def fast_fit(
        self, a: int, b: int, allowed: frozenset[int] | None = None, *,
        extra_taken: Iterable[tuple[int, int]] = (),
        extra_busy: Iterable[tuple[int, int]] = (),
    ) -> Fit | None:
        """The earliest future slot where both are free and a table is free, without
        moving anything; ``extra_*`` are cells/people already promised in this batch."""
        if a in self.absent or b in self.absent:
            return None
        if self.remaining.get(a, 1) <= 0 or self.remaining.get(b, 1) <= 0:
            return None
        more_taken = set(extra_taken)
        more_busy = set(extra_busy)
        for s in self.future_slots():
            if allowed is not None and s not in allowed:
                continue
            if not (self.can_meet_in(a, s) and self.can_meet_in(b, s)):
                continue
            if (a, s) in more_busy or (b, s) in more_busy:
                continue
            for t in self.table_options(a, b):
                if (t, s) not in self.taken and (t, s) not in more_taken:
                    return Fit(s, t)
        return None


def plan_problems(
    board: Board, moves: Mapping[int, Fit], new: Iterable[tuple[int, int, Fit]]
) -> list[str]:
    """Hard-rule violations (technical wording) once ``moves`` (meeting id -> new place)
    and ``new`` meetings (a, b, place) are applied to the board; [] = valid."""
    problems: list[str] = []
    by_id = {m.id: m for m in board.meetings}
    people: dict[tuple[int, int], int] = {}
    cells: dict[tuple[int, int], int] = {cell: -1 for cell in board.other_taken}
    placed: list[tuple[int, int, int, Fit, bool]] = []
    for m in board.meetings:
        place = moves.get(m.id, Fit(m.slot, m.table))
        if m.id in moves and not m.movable:
            problems.append(f"meeting {m.id} is frozen but was moved")
        placed.append((m.id, m.a, m.b, place, m.id in moves))
    unknown = set(moves) - set(by_id)
    if unknown:
        problems.append(f"unknown meetings moved: {sorted(unknown)}")
    added: dict[int, int] = {}
    for i, (a, b, place) in enumerate(new):
        placed.append((-(i + 2), a, b, place, True))
        for p in (a, b):
            if p in board.absent:
                problems.append(f"participant {p} is absent")
            added[p] = added.get(p, 0) + 1
            if p in board.remaining and added[p] > board.remaining[p]:
                problems.append(f"participant {p} goes over their maximum of meetings")
    for key, a, b, place, changed in placed:
        if place.slot < board.open_slot and changed:
            problems.append(f"meeting {key} placed in a frozen slot")
        for p in (a, b):
            if (p, place.slot) in people:
                problems.append(f"participant {p} double-booked in slot {place.slot}")
            people[(p, place.slot)] = key
            if changed and place.slot in board.unavailable.get(p, frozenset()):
                problems.append(f"participant {p} unavailable in slot {place.slot}")
        cell = (place.table, place.slot)
        if cell in cells:
            problems.append(f"table {place.table} double-booked in slot {place.slot}")
        cells[cell] = key
        if changed:
            if place.table not in board.active_tables:
                problems.append(f"table {place.table} is out of service")
            elif place.table not in board.table_options(a, b):
                problems.append(f"meeting {key} is not at its host table")
    return problems
