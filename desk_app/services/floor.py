"""The floor grid's data: tables x rounds, one cell per (table, slot).

Read in a handful of set-based queries (tables, slots, meetings with their requests,
participants, counted check-ins) so that a 900-table x 23-round event loads without
one query per cell. :func:`load_cells` re-reads only some cells, for the partial
repaint that follows a :class:`~desk_app.services.changes.ChangeSummary`.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, tuple_
from sqlalchemy.orm import Session

from desk_app.clock import event_now
from desk_app.db.models import (
    LIVE_STATUSES,
    CheckIn,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participant,
    Slot,
    VenueTable,
)

Cell = tuple[int, int]  # (table_id, slot_id)

# SQLite caps bound parameters; partial reloads chunk their IN lists below this.
_CHUNK = 400


class CellKind(StrEnum):
    FREE = "free"
    SCHEDULED = "scheduled"  # nobody of the two checked in yet
    BOTH_PRESENT = "both_present"
    ONE_MISSING = "one_missing"  # one checked in (the other late), or marked missing
    NO_SHOW = "no_show"
    HELD = "held"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class FloorTable:
    id: int
    label: str
    zone: str
    position: int
    active: bool


@dataclass(frozen=True)
class FloorSlot:
    id: int
    position: int
    code: str
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass(frozen=True)
class CellState:
    """What one table shows in one round.

    A cell whose meeting was cancelled or ended in a no-show keeps that meeting's state
    (the floor manager wants to see what happened there) but ``is_free`` is True: the
    table can take a walk-in booking or a moved meeting.
    """

    table_id: int
    slot_id: int
    state: CellKind = CellKind.FREE
    meeting_id: int | None = None
    participant_a_id: int | None = None
    participant_b_id: int | None = None
    company_a: str = ""
    company_b: str = ""
    contact_a: str = ""
    contact_b: str = ""
    present_a: bool = False  # checked in
    present_b: bool = False
    locked: bool = False
    missing_participant_id: int | None = None
    # True when staff recorded the absence ("did not come", no-show); False when the
    # one missing has simply not checked in yet (late).
    marked_missing: bool = False
    missing_name: str = ""  # company of the one who is not here (one_missing)

    @classmethod
    def fast(cls, **fields: Any) -> CellState:
        """Build from every field at once, skipping the frozen dataclass's per-field
        ``object.__setattr__`` (about half of opening a 900 x 23 grid). The caller
        passes all fields; equality, hashing and immutability are unchanged."""
        cell = object.__new__(cls)
        cell.__dict__.update(fields)
        return cell

    @property
    def is_free(self) -> bool:
        """No live meeting at this table in this round."""
        return self.state in (CellKind.FREE, CellKind.NO_SHOW, CellKind.CANCELLED)

    @property
    def is_live(self) -> bool:
        return not self.is_free

    def involves(self, participant_id: int) -> bool:
        return participant_id in (self.participant_a_id, self.participant_b_id)


@dataclass(frozen=True)
class FloorSnapshot:
    event_id: int
    now: dt.datetime
    tables: tuple[FloorTable, ...]  # zone, then position order
    slots: tuple[FloorSlot, ...]  # round order
    cells: dict[Cell, CellState]  # only cells that have (or had) a meeting
    current_slot_index: int | None  # the round running now, None between rounds

    def cell(self, table_id: int, slot_id: int) -> CellState:
        found = self.cells.get((table_id, slot_id))
        return found if found is not None else CellState(table_id, slot_id)

    def free_tables(self, slot_id: int) -> int:
        """Active tables with no live meeting in this round."""
        return count_free_tables(self.tables, self.cells, slot_id)

    @property
    def zones(self) -> list[str]:
        seen: dict[str, None] = {}
        for table in self.tables:
            seen.setdefault(table.zone, None)
        return list(seen)


def running_slot_index(slots: Iterable[FloorSlot], now: dt.datetime) -> int | None:
    """Index of the round running at ``now`` (same rule as desk_app.clock)."""
    for i, slot in enumerate(slots):
        if slot.starts_at <= now < slot.ends_at:
            return i
    return None


def first_open_index(slots: Iterable[FloorSlot], now: dt.datetime) -> int:
    """Index of the first round not started yet: earlier ones can no longer change."""
    count = 0
    for i, slot in enumerate(slots):
        if slot.starts_at > now:
            return i
        count = i + 1
    return count


def count_free_tables(
    tables: Iterable[FloorTable], cells: dict[Cell, CellState], slot_id: int
) -> int:
    free = 0
    for table in tables:
        cell = cells.get((table.id, slot_id))
        if table.active and (cell is None or cell.is_free):
            free += 1
    return free


def load_floor(session: Session, event_id: int) -> FloorSnapshot:
    """The whole grid in five queries."""
    event = session.get_one(Event, event_id)
    now = event_now(event)
    tables = tuple(
        FloorTable(row.id, row.label, row.zone, row.position, row.active)
        for row in session.connection().execute(
            select(VenueTable.id, VenueTable.label, VenueTable.zone, VenueTable.position,
                   VenueTable.active)
            .where(VenueTable.event_id == event_id)
            .order_by(VenueTable.zone, VenueTable.position, VenueTable.id)
        )
    )
    slots = tuple(
        FloorSlot(row.id, row.position, row.code, row.starts_at, row.ends_at)
        for row in session.connection().execute(
            select(Slot.id, Slot.position, Slot.code, Slot.starts_at, Slot.ends_at)
            .where(Slot.event_id == event_id)
            .order_by(Slot.position)
        )
    )
    # Building 10,000+ small objects triggers the cyclic GC over and over, and in a
    # GUI process (many live objects) each pass is costly: pause it for the bulk load.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        cells = _cells_where(session, event_id, None)
    finally:
        if gc_was_enabled:
            gc.enable()
    return FloorSnapshot(
        event_id=event_id,
        now=now,
        tables=tables,
        slots=slots,
        cells=cells,
        current_slot_index=running_slot_index(slots, now),
    )


def load_cells(
    session: Session,
    event_id: int,
    cells: Iterable[Cell] = (),
    *,
    participant_ids: Iterable[int] = (),
    meeting_ids: Iterable[int] = (),
) -> dict[Cell, CellState]:
    """Fresh states of the given cells plus every cell where the given participants or
    meetings are now. Asked cells that hold no meeting come back as free cells."""
    wanted = set(cells)
    people = sorted(set(participant_ids))
    meetings = sorted(set(meeting_ids))
    result: dict[Cell, CellState] = {}
    wanted_list = sorted(wanted)
    for i in range(0, len(wanted_list), _CHUNK):
        chunk = wanted_list[i:i + _CHUNK]
        result.update(_cells_where(
            session, event_id,
            tuple_(Meeting.table_id, Meeting.slot_id).in_(chunk),
        ))
    for i in range(0, len(people), _CHUNK):
        people_chunk = people[i:i + _CHUNK]
        result.update(_cells_where(session, event_id, or_(
            MeetingRequest.participant_a_id.in_(people_chunk),
            MeetingRequest.participant_b_id.in_(people_chunk),
        )))
    for i in range(0, len(meetings), _CHUNK):
        meeting_chunk = meetings[i:i + _CHUNK]
        # The meeting's own cell, and whatever else now shares it.
        touched = {
            (row.table_id, row.slot_id)
            for row in session.connection().execute(
                select(Meeting.table_id, Meeting.slot_id).where(Meeting.id.in_(meeting_chunk))
            )
        }
        result.update(load_cells(session, event_id, touched - result.keys()))
    for table_id, slot_id in wanted:
        result.setdefault((table_id, slot_id), CellState(table_id, slot_id))
    return result


def _cells_where(
    session: Session, event_id: int, condition: ColumnElement[bool] | None
) -> dict[Cell, CellState]:
    """Cells holding the meetings that match ``condition`` (all of the event's when
    None). Whole cells: every meeting of a matching cell is considered, so a live one
    always wins over a cancelled one."""
    query = (
        select(
            Meeting.id, Meeting.table_id, Meeting.slot_id, Meeting.status, Meeting.locked,
            Meeting.missing_participant_id,
            MeetingRequest.participant_a_id, MeetingRequest.participant_b_id,
        )
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .where(Meeting.event_id == event_id)
        .order_by(Meeting.id)
    )
    if condition is not None:
        cell_keys = select(Meeting.table_id, Meeting.slot_id).join(
            MeetingRequest, Meeting.request_id == MeetingRequest.id
        ).where(Meeting.event_id == event_id, condition)
        query = query.where(tuple_(Meeting.table_id, Meeting.slot_id).in_(cell_keys))
    # Core execution on the session's connection: plain rows, no ORM row processing.
    rows = session.connection().execute(query).all()
    if not rows:
        return {}
    people_ids = {r.participant_a_id for r in rows} | {r.participant_b_id for r in rows}
    people = _people(session, event_id, people_ids)
    present = _checked_in(session, event_id, people_ids)
    best: dict[Cell, CellState] = {}
    live = {str(status) for status in LIVE_STATUSES}
    no_one = ("", "")
    # Plain tuples (not Row objects) and the fast constructor: the xl floor has 12,000+
    # meetings and this loop is most of the grid's opening time.
    for meeting_id, table_id, slot_id, status, locked, marked, a_id, b_id in rows:
        key = (table_id, slot_id)
        previous = best.get(key)
        # A live meeting wins; among ended ones the newest explains the cell best.
        if previous is not None and previous.is_live and status not in live:
            continue
        a_company, a_contact = people.get(a_id, no_one)
        b_company, b_contact = people.get(b_id, no_one)
        kind, missing_id = _kind_of(status, marked, a_id, b_id, present)
        best[key] = CellState.fast(
            table_id=table_id,
            slot_id=slot_id,
            state=kind,
            meeting_id=meeting_id,
            participant_a_id=a_id,
            participant_b_id=b_id,
            company_a=a_company,
            company_b=b_company,
            contact_a=a_contact,
            contact_b=b_contact,
            present_a=a_id in present,
            present_b=b_id in present,
            locked=bool(locked),
            missing_participant_id=missing_id,
            marked_missing=marked is not None,
            missing_name=people.get(missing_id, no_one)[0] if missing_id else "",
        )
    return best


def _kind_of(
    status: str,
    marked_missing: int | None,
    a_id: int,
    b_id: int,
    present: set[int],
) -> tuple[CellKind, int | None]:
    if status == MeetingStatus.HELD:
        return CellKind.HELD, None
    if status == MeetingStatus.NO_SHOW:
        return CellKind.NO_SHOW, marked_missing
    if status == MeetingStatus.CANCELLED:
        return CellKind.CANCELLED, marked_missing  # set when cancelled by a no-show
    if marked_missing is not None:
        return CellKind.ONE_MISSING, marked_missing
    a_here, b_here = a_id in present, b_id in present
    if a_here and b_here:
        return CellKind.BOTH_PRESENT, None
    if a_here:
        return CellKind.ONE_MISSING, b_id
    if b_here:
        return CellKind.ONE_MISSING, a_id
    return CellKind.SCHEDULED, None


def _people(
    session: Session, event_id: int, ids: set[int]
) -> dict[int, tuple[str, str]]:
    if len(ids) > _CHUNK:
        # Big reads (the whole floor): one scan of the event beats many IN lists.
        query = select(Participant.id, Participant.company, Participant.contact_name).where(
            Participant.event_id == event_id
        )
        rows = session.connection().execute(query)
        return {row.id: (row.company, row.contact_name) for row in rows}
    query = select(Participant.id, Participant.company, Participant.contact_name).where(
        Participant.id.in_(ids)
    )
    return {row.id: (row.company, row.contact_name) for row in session.connection().execute(query)}


def _checked_in(session: Session, event_id: int, ids: set[int]) -> set[int]:
    counted = and_(
        CheckIn.event_id == event_id,
        CheckIn.undone_at.is_(None),
        CheckIn.duplicate_of_id.is_(None),
    )
    if len(ids) <= _CHUNK:
        counted = and_(counted, CheckIn.participant_id.in_(ids))
    return set(session.connection().scalars(select(CheckIn.participant_id).where(counted)))
