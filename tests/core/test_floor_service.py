"""The floor grid's data: states per cell, free tables, partial reloads."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event as sa_event
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import (
    CheckIn,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Slot,
    VenueTable,
)
from desk_app.services.floor import CellKind, FloorSnapshot, load_cells, load_floor
from desk_app.services.meetings import add_meeting
from tests.conftest import make_tiny_event


def _ids(db: Database, event_id: int) -> tuple[list[int], list[int], list[MeetingRequest]]:
    with db.session() as s:
        tables = list(s.scalars(select(VenueTable.id).where(VenueTable.event_id == event_id)
                                .order_by(VenueTable.position)))
        slots = list(s.scalars(select(Slot.id).where(Slot.event_id == event_id)
                               .order_by(Slot.position)))
        requests = list(s.scalars(select(MeetingRequest).order_by(MeetingRequest.id)))
        s.expunge_all()
        return tables, slots, requests


def _book(db: Database, request_id: int, slot_id: int, table_id: int) -> int:
    with db.session() as s:
        meeting = add_meeting(s, s.get_one(MeetingRequest, request_id), slot_id=slot_id,
                              table_id=table_id)
        s.flush()
        return meeting.id


def test_states_follow_check_ins_and_statuses(db: Database) -> None:
    event_id = make_tiny_event(db, participants=6, slots=4, tables=2)
    tables, slots, requests = _ids(db, event_id)
    m1 = _book(db, requests[0].id, slots[0], tables[0])
    m2 = _book(db, requests[1].id, slots[0], tables[1])
    m3 = _book(db, requests[2].id, slots[1], tables[0])
    with db.session() as s:
        for pid in (requests[0].participant_a_id, requests[0].participant_b_id,
                    requests[1].participant_a_id):
            s.add(CheckIn(event_id=event_id, participant_id=pid, desk="D1"))
        s.get_one(Meeting, m3).status = MeetingStatus.NO_SHOW
        event = s.get_one(Event, event_id)
        event.simulated_now = dt.datetime(2026, 12, 3, 14, 5)

    floor = load_floor_now(db, event_id)
    assert [t.label for t in floor.tables] == ["T1", "T2"]
    assert floor.current_slot_index == 0
    both = floor.cell(tables[0], slots[0])
    assert (both.state, both.meeting_id, both.company_a) == (
        CellKind.BOTH_PRESENT, m1, "Société 1")
    late = floor.cell(tables[1], slots[0])
    assert late.state is CellKind.ONE_MISSING
    assert late.missing_name == "Société 4"
    assert late.meeting_id == m2
    no_show = floor.cell(tables[0], slots[1])
    assert no_show.state is CellKind.NO_SHOW
    assert no_show.is_free
    assert floor.cell(tables[1], slots[3]).state is CellKind.FREE
    assert floor.free_tables(slots[0]) == 0
    assert floor.free_tables(slots[1]) == 2


def load_floor_now(db: Database, event_id: int) -> FloorSnapshot:
    with db.session() as s:
        return load_floor(s, event_id)


def test_live_meeting_wins_over_cancelled_one_in_same_cell(db: Database) -> None:
    event_id = make_tiny_event(db)
    tables, slots, requests = _ids(db, event_id)
    old = _book(db, requests[0].id, slots[2], tables[1])
    with db.session() as s:
        s.get_one(Meeting, old).status = MeetingStatus.CANCELLED
    new = _book(db, requests[1].id, slots[2], tables[1])
    cell = load_floor_now(db, event_id).cell(tables[1], slots[2])
    assert (cell.meeting_id, cell.state) == (new, CellKind.SCHEDULED)


def test_inactive_table_is_not_counted_free(db: Database) -> None:
    event_id = make_tiny_event(db, tables=3)
    tables, slots, _ = _ids(db, event_id)
    with db.session() as s:
        s.get_one(VenueTable, tables[2]).active = False
    floor = load_floor_now(db, event_id)
    assert floor.free_tables(slots[0]) == 2
    assert not floor.tables[2].active


def test_load_cells_follows_participants_and_meetings(db: Database) -> None:
    event_id = make_tiny_event(db)
    tables, slots, requests = _ids(db, event_id)
    meeting_id = _book(db, requests[0].id, slots[1], tables[0])
    with db.session() as s:
        by_person = load_cells(s, event_id, participant_ids=[requests[0].participant_b_id])
        by_meeting = load_cells(s, event_id, meeting_ids=[meeting_id])
        asked = load_cells(s, event_id, [(tables[1], slots[3])])
    assert set(by_person) == {(tables[0], slots[1])}
    assert by_meeting[(tables[0], slots[1])].meeting_id == meeting_id
    assert asked == {(tables[1], slots[3]): asked[(tables[1], slots[3])]}
    assert asked[(tables[1], slots[3])].state is CellKind.FREE


def test_whole_floor_loads_in_a_few_queries(db: Database) -> None:
    event_id = make_tiny_event(db, participants=12, slots=4, tables=4)
    tables, slots, requests = _ids(db, event_id)
    for i, request in enumerate(requests):
        _book(db, request.id, slots[i % 4], tables[i // 4])
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    sa_event.listen(db.engine, "before_cursor_execute", count)
    try:
        floor = load_floor_now(db, event_id)
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", count)
    assert len([c for c in floor.cells.values() if c.meeting_id]) == len(requests)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 6
