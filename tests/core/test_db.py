"""The database enforces integrity itself: migrations, unique indexes, foreign keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text, update
from sqlalchemy.exc import IntegrityError

from desk_app.db.base import Base
from desk_app.db.engine import Database, open_database, resolve_db_url
from desk_app.db.models import (
    Meeting,
    MeetingRequest,
    MeetingSeat,
    MeetingStatus,
    Participant,
    Slot,
    VenueTable,
)
from desk_app.services.meetings import add_meeting
from tests.conftest import make_tiny_event


def _ids(db: Database, event_id: int) -> tuple[list[int], list[int], list[MeetingRequest]]:
    with db.session() as s:
        slots = list(s.scalars(select(Slot.id).where(Slot.event_id == event_id)
                               .order_by(Slot.position)))
        tables = list(s.scalars(select(VenueTable.id).where(VenueTable.event_id == event_id)
                                .order_by(VenueTable.position)))
        reqs = list(s.scalars(select(MeetingRequest).order_by(MeetingRequest.id)))
        return slots, tables, reqs


def test_migrations_build_the_model_schema_from_empty(tmp_path: Path) -> None:
    db = open_database(tmp_path / "empty.sqlite")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert (conn.execute(text("PRAGMA busy_timeout")).scalar() or 0) >= 1000
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version is not None
    assert "meeting_seat" in inspect(db.engine).get_table_names()
    db.dispose()
    # Opening again is a no-op upgrade, not an error.
    open_database(tmp_path / "empty.sqlite").dispose()


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    from desk_app.db.migrate import downgrade, upgrade

    db = open_database(tmp_path / "d.sqlite")
    downgrade(db.engine, "base")
    assert "meeting" not in inspect(db.engine).get_table_names()
    upgrade(db.engine)
    assert "meeting" in inspect(db.engine).get_table_names()
    db.dispose()


def test_participant_cannot_have_two_live_meetings_in_one_slot(db: Database) -> None:
    event_id = make_tiny_event(db, participants=4)
    slots, tables, reqs = _ids(db, event_id)
    with db.session() as s:
        r1 = s.merge(reqs[0])
        add_meeting(s, r1, slot_id=slots[0], table_id=tables[0])
    # A second request involving P1 in the same slot, at another table.
    with db.session() as s:
        p1, p3 = reqs[0].participant_a_id, reqs[1].participant_a_id
        extra = MeetingRequest(event_id=event_id, ext_id="RX", participant_a_id=p1,
                               participant_b_id=p3)
        s.add(extra)
    with db.session() as s:
        extra_id = s.scalar(select(MeetingRequest.id).where(MeetingRequest.ext_id == "RX"))
    with pytest.raises(IntegrityError), db.session() as s:
        add_meeting(s, s.get_one(MeetingRequest, extra_id), slot_id=slots[0],
                    table_id=tables[1])
    # Same thing written in raw SQL, bypassing the ORM entirely: still refused.
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO meeting (id, event_id, request_id, slot_id, table_id, status, locked,"
            " version, created_at, updated_at) VALUES (99, :e, 2, :s, :t, 'scheduled', 0, 1,"
            " '2026-12-03', '2026-12-03')"), {"e": event_id, "s": slots[0], "t": tables[1]})
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO meeting_seat (meeting_id, participant_id, slot_id, status)"
            " VALUES (99, :p, :s, 'scheduled')"), {"p": p1, "s": slots[0]})


def test_table_cannot_hold_two_live_meetings_in_one_slot(db: Database) -> None:
    event_id = make_tiny_event(db, participants=4)
    slots, tables, reqs = _ids(db, event_id)
    with db.session() as s:
        add_meeting(s, s.merge(reqs[0]), slot_id=slots[0], table_id=tables[0])
    with pytest.raises(IntegrityError), db.session() as s:
        add_meeting(s, s.merge(reqs[1]), slot_id=slots[0], table_id=tables[0])


def test_cancelling_frees_the_seat_and_table_through_the_cascade(db: Database) -> None:
    event_id = make_tiny_event(db, participants=4)
    slots, tables, reqs = _ids(db, event_id)
    with db.session() as s:
        m = add_meeting(s, s.merge(reqs[0]), slot_id=slots[0], table_id=tables[0])
        s.flush()
        meeting_id = m.id
    with db.session() as s:
        s.execute(update(Meeting).where(Meeting.id == meeting_id)
                  .values(status=MeetingStatus.CANCELLED))
    with db.session() as s:
        seats = s.scalars(select(MeetingSeat).where(MeetingSeat.meeting_id == meeting_id)).all()
        assert {seat.status for seat in seats} == {"cancelled"}
        # The same request can be booked again in the freed slot and table.
        add_meeting(s, s.merge(reqs[0]), slot_id=slots[0], table_id=tables[0])


def test_moving_a_meeting_moves_its_seats(db: Database) -> None:
    event_id = make_tiny_event(db, participants=4)
    slots, tables, reqs = _ids(db, event_id)
    with db.session() as s:
        m = add_meeting(s, s.merge(reqs[0]), slot_id=slots[0], table_id=tables[0])
        s.flush()
        meeting_id = m.id
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.slot_id = slots[2]
    with db.session() as s:
        assert set(s.scalars(select(MeetingSeat.slot_id)
                             .where(MeetingSeat.meeting_id == meeting_id))) == {slots[2]}


def test_foreign_keys_are_enforced(db: Database) -> None:
    event_id = make_tiny_event(db)
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(MeetingRequest(event_id=event_id, ext_id="BAD", participant_a_id=10_000,
                             participant_b_id=10_001))


def test_request_needs_two_distinct_participants(db: Database) -> None:
    event_id = make_tiny_event(db)
    with db.session() as s:
        pid = s.scalars(select(Participant.id)).first()
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(MeetingRequest(event_id=event_id, ext_id="SELF", participant_a_id=pid,
                             participant_b_id=pid))


def test_db_location_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_APP_DB", str(tmp_path / "env.sqlite"))
    assert resolve_db_url(None).endswith("env.sqlite")
    assert resolve_db_url(tmp_path / "arg.sqlite").endswith("arg.sqlite")
    url = "postgresql+psycopg://desk@venue-laptop/event"
    assert resolve_db_url(url) == url
    monkeypatch.delenv("DESK_APP_DB")
    assert resolve_db_url(None).endswith("desk.sqlite")
