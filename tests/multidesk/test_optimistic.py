"""Two desks editing the same meeting: the second save is refused with a sentence
(never a silent overwrite), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database, open_database
from desk_app.db.models import Meeting, MeetingRequest, Participant, Slot, VenueTable
from desk_app.errors import Conflict, NotFound
from desk_app.services.meetings import add_meeting
from desk_app.sync.concurrency import load_seen_version, translate_stale
from tests.conftest import make_tiny_event


def _one_meeting(db: Database) -> Meeting:
    event_id = make_tiny_event(db, participants=2, tables=2)
    with db.session() as s:
        slot = s.scalars(select(Slot.id).where(Slot.event_id == event_id)).first()
        table = s.scalars(select(VenueTable.id).order_by(VenueTable.position)).first()
        assert slot is not None
        assert table is not None
        return add_meeting(s, s.scalars(select(MeetingRequest)).one(), slot_id=slot,
                           table_id=table)


def test_the_second_desk_saving_a_meeting_gets_a_conflict(desk_url: str) -> None:
    db = open_database(desk_url)
    meeting = _one_meeting(db)
    with db.session() as s:  # both desks show the meeting (version 1)
        desk1_copy = s.get_one(Meeting, meeting.id)
    with db.session() as s:
        desk2_copy = s.get_one(Meeting, meeting.id)
    tables = [t for t in _tables(db) if t != meeting.table_id]
    with translate_stale("meeting"), db.session() as s:
        s.add(desk1_copy)
        desk1_copy.locked = True

    def desk2_moves_it() -> None:
        with translate_stale("meeting"), db.session() as s:
            s.add(desk2_copy)
            desk2_copy.table_id = tables[0]

    with pytest.raises(Conflict) as refused:
        desk2_moves_it()
    assert refused.value.code == "stale"
    assert "Another desk changed this meeting" in str(refused.value)
    with db.session() as s:  # desk 1's change stands, desk 2's was not applied
        fresh = s.get_one(Meeting, meeting.id)
        assert (fresh.locked, fresh.table_id, fresh.version) == (True, meeting.table_id, 2)
    db.dispose()


def test_an_edit_prepared_on_an_old_version_is_refused(desk_url: str) -> None:
    db = open_database(desk_url)
    meeting = _one_meeting(db)
    with db.session() as s:
        s.get_one(Meeting, meeting.id).locked = True  # another desk: version 2
    with pytest.raises(Conflict), db.session() as s:
        load_seen_version(s, Meeting, meeting.id, seen_version=1)
    with db.session() as s:
        assert load_seen_version(s, Meeting, meeting.id, seen_version=2).locked
        with pytest.raises(NotFound):
            load_seen_version(s, Participant, 10_000, seen_version=1, what="participant")
    db.dispose()


def _tables(db: Database) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(VenueTable.id).order_by(VenueTable.position)))


@pytest.mark.postgres
def test_concurrent_transactions_on_postgresql_lose_no_update(pg_db: Database) -> None:
    """Both desks read version 1 inside open transactions; the second UPDATE waits for
    the first commit, then matches no row: a Conflict, not a lost update."""
    meeting = _one_meeting(pg_db)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desk(change: str) -> None:
        try:
            with translate_stale("meeting"), pg_db.session() as s:
                row = s.get_one(Meeting, meeting.id)
                barrier.wait(timeout=10)
                if change == "lock":
                    row.locked = True
                else:
                    row.missing_participant_id = row.request.participant_a_id
            outcomes.append(change)
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=desk, args=(c,)) for c in ("lock", "missing")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert "conflict" in outcomes
    assert len(outcomes) == 2
    with pg_db.session() as s:
        fresh = s.get_one(Meeting, meeting.id)
        winner = next(o for o in outcomes if o != "conflict")
        assert fresh.version == 2
        assert fresh.locked == (winner == "lock")
        assert (fresh.missing_participant_id is not None) == (winner == "missing")
