"""Cancel, move, swap tables, take a table out of service, lock."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Event, Meeting, Participant, VenueTable
from desk_app.errors import InvalidInput
from desk_app.ondesk.moves import (
    cancel_meeting,
    lock_meetings_for_agenda,
    move_meeting,
    set_locked,
    swap_tables,
    take_table_out_of_service,
)
from desk_app.ondesk.undo import undo_last
from tests.ondesk.conftest import dump, live_places, make_day


def _meeting_id(db: Database, request_id: int) -> int:
    with db.session() as s:
        mid = s.scalar(select(Meeting.id).where(Meeting.request_id == request_id))
        assert mid is not None
        return mid


def test_cancel_offers_the_freed_cell_and_refuses_a_running_round(db: Database) -> None:
    t = make_day(db, slots=3, tables=1, placed={"R1": (0, 0), "R2": (1, 0)}, now_slot=0)
    m1, m2 = _meeting_id(db, t.requests["R1"]), _meeting_id(db, t.requests["R2"])
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        with pytest.raises(InvalidInput, match="already started"):
            cancel_meeting(s, event, m1)
        result = cancel_meeting(s, event, m2)
        assert result.freed == {(t.tables[0], t.slots[1])}
        assert {o.request_id for o in result.offers} == {t.requests["R2"], t.requests["R3"]}


def test_move_checks_the_rules_and_undo_puts_it_back(db: Database) -> None:
    t = make_day(db, placed={"R1": (1, 0), "R2": (2, 0)})
    start = dump(db, t.event_id)
    mid = _meeting_id(db, t.requests["R1"])
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        with pytest.raises(InvalidInput, match="table is already taken"):
            move_meeting(s, event, mid, slot_id=t.slots[2], table_id=t.tables[0])
        move_meeting(s, event, mid, slot_id=t.slots[2], table_id=t.tables[1])
    assert live_places(db, t.event_id)[t.requests["R1"]] == (t.slots[2], t.tables[1])
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        undo_last(s, event)
    assert dump(db, t.event_id) == start


def test_swap_tables_exchanges_two_meetings_of_a_round(db: Database) -> None:
    t = make_day(db, placed={"R1": (1, 0), "R2": (1, 1)})
    m1, m2 = _meeting_id(db, t.requests["R1"]), _meeting_id(db, t.requests["R2"])
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        swap_tables(s, event, m1, m2)
    places = live_places(db, t.event_id)
    assert places[t.requests["R1"]] == (t.slots[1], t.tables[1])
    assert places[t.requests["R2"]] == (t.slots[1], t.tables[0])


def test_swap_refuses_to_take_a_host_from_their_table(db: Database) -> None:
    t = make_day(db, placed={"R1": (1, 0), "R2": (1, 1)})
    m1, m2 = _meeting_id(db, t.requests["R1"]), _meeting_id(db, t.requests["R2"])
    with db.session() as s:
        host = s.get(Participant, t.people["P1"])
        assert host is not None
        host.host_table_id = t.tables[0]
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        with pytest.raises(InvalidInput, match="host table"):
            swap_tables(s, event, m1, m2)


def test_table_out_of_service_moves_its_future_meetings_when_possible(db: Database) -> None:
    t = make_day(db, placed={"R1": (0, 0), "R2": (1, 0), "R3": (1, 1), "X1": (2, 0)},
                 extra=[("P1", "P6")], now_slot=0)
    start = dump(db, t.event_id)
    x1, r2 = _meeting_id(db, t.requests["X1"]), _meeting_id(db, t.requests["R2"])
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        result = take_table_out_of_service(s, event, t.tables[0])
        assert result.meetings == (x1,)
        assert result.left_alone == (r2,)
        table = s.get(VenueTable, t.tables[0])
        assert table is not None
        assert not table.active
    places = live_places(db, t.event_id)
    assert places[t.requests["R1"]] == (t.slots[0], t.tables[0])  # running round: frozen
    assert places[t.requests["X1"]] == (t.slots[2], t.tables[1])
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        undo_last(s, event)
    assert dump(db, t.event_id) == start


def test_locks_by_hand_and_for_a_printed_agenda(db: Database) -> None:
    t = make_day(db, placed={"R1": (0, 0), "R2": (1, 0), "X1": (2, 0)},
                 extra=[("P1", "P3")], now_slot=0)
    x1, mid = _meeting_id(db, t.requests["X1"]), _meeting_id(db, t.requests["R2"])
    with db.session() as s:
        locked = lock_meetings_for_agenda(s, t.people["P1"], desk="Print")
        assert locked == [x1]  # not the running round
        event = s.get(Event, t.event_id)
        assert event is not None
        set_locked(s, event, [mid], True)
        with pytest.raises(InvalidInput, match="locked"):
            move_meeting(s, event, mid, slot_id=t.slots[3], table_id=t.tables[0])
        undo_last(s, event)
        move_meeting(s, event, mid, slot_id=t.slots[3], table_id=t.tables[0])
