"""The foundation on PostgreSQL: the same migration builds the model schema, and the
database itself refuses double-booking and double counting between desks."""

from __future__ import annotations

import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from desk_app.db.base import Base
from desk_app.db.engine import Database
from desk_app.db.models import (
    CheckIn,
    Event,
    Meeting,
    MeetingRequest,
    MeetingSeat,
    MeetingStatus,
    Participant,
    Slot,
    VenueTable,
)
from desk_app.services.checkin import CheckInOutcome, check_in_by_code
from desk_app.services.meetings import add_meeting
from tests.conftest import make_tiny_event

pytestmark = pytest.mark.postgres


def _layout(db: Database, event_id: int) -> tuple[list[int], list[int], list[int]]:
    with db.session() as s:
        slots = list(s.scalars(select(Slot.id).where(Slot.event_id == event_id)
                               .order_by(Slot.position)))
        tables = list(s.scalars(select(VenueTable.id).where(VenueTable.event_id == event_id)
                                .order_by(VenueTable.position)))
        requests = list(s.scalars(select(MeetingRequest.id).order_by(MeetingRequest.id)))
    return slots, tables, requests


def test_migration_builds_the_model_schema_on_postgresql(pg_db: Database) -> None:
    with pg_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        partial = conn.execute(text(
            "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%WHERE%'")).scalars()
        assert set(partial) >= {"uq_meeting_table_slot_live", "uq_meeting_request_live",
                                "uq_meeting_seat_participant_slot_live",
                                "uq_check_in_participant_counted"}


def test_seats_follow_their_meeting_and_a_person_cannot_be_double_booked(
        pg_db: Database) -> None:
    event_id = make_tiny_event(pg_db, participants=4)
    slots, tables, requests = _layout(pg_db, event_id)
    with pg_db.session() as s:
        meeting = add_meeting(s, s.get_one(MeetingRequest, requests[0]),
                              slot_id=slots[0], table_id=tables[0])
    with pg_db.session() as s:  # ON UPDATE CASCADE through the composite foreign key
        s.get_one(Meeting, meeting.id).slot_id = slots[1]
    with pg_db.session() as s:
        assert set(s.scalars(select(MeetingSeat.slot_id))) == {slots[1]}
        a = s.get_one(MeetingRequest, requests[0]).participant_a_id
        b = s.get_one(MeetingRequest, requests[1]).participant_a_id
        s.add(MeetingRequest(event_id=event_id, ext_id="RX", participant_a_id=a,
                             participant_b_id=b))
    with pg_db.session() as s:
        extra = s.scalars(select(MeetingRequest).where(MeetingRequest.ext_id == "RX")).one()
    with pytest.raises(IntegrityError), pg_db.session() as s:
        add_meeting(s, s.merge(extra), slot_id=slots[1], table_id=tables[1])
    with pg_db.session() as s:  # cancelling frees the seats
        s.get_one(Meeting, meeting.id).status = MeetingStatus.CANCELLED
    with pg_db.session() as s:
        add_meeting(s, s.merge(extra), slot_id=slots[1], table_id=tables[1])


def test_two_desks_booking_one_table_at_once_one_wins(pg_db: Database) -> None:
    event_id = make_tiny_event(pg_db, participants=4)
    slots, tables, requests = _layout(pg_db, event_id)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desk(request_id: int) -> None:
        try:
            with pg_db.session() as s:
                add_meeting(s, s.get_one(MeetingRequest, request_id), slot_id=slots[0],
                            table_id=tables[0])
                barrier.wait(timeout=10)  # both hold an uncommitted booking
                s.flush()
            outcomes.append("booked")
        except IntegrityError:
            outcomes.append("refused")

    threads = [threading.Thread(target=desk, args=(r,)) for r in requests[:2]]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(outcomes) == ["booked", "refused"]
    with pg_db.session() as s:
        assert len(list(s.scalars(select(Meeting.id)))) == 1


def test_same_badge_at_two_desks_at_once_counts_once(pg_db: Database) -> None:
    event_id = make_tiny_event(pg_db, participants=2)
    with pg_db.session() as s:
        code = s.scalars(select(Participant.badge_code)).first()
    assert code is not None
    barrier = threading.Barrier(2)
    results = []

    def desk(name: str) -> None:
        with pg_db.session() as s:
            event = s.get_one(Event, event_id)
            barrier.wait(timeout=10)
            results.append(check_in_by_code(s, event, code, desk=name).outcome)

    threads = [threading.Thread(target=desk, args=(f"Desk {n}",)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(results) == [CheckInOutcome.ALREADY, CheckInOutcome.CHECKED_IN]
    with pg_db.session() as s:
        assert len(list(s.scalars(select(CheckIn.id)))) == 1
