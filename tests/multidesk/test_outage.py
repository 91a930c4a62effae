"""Check-in through a server outage: answers from the desk's cache, queued check-ins
sent when the server is back, a participant scanned at two desks meanwhile flagged
(stored as a duplicate, counted once)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.db.engine import Database, open_database
from desk_app.db.models import CheckIn, Event
from desk_app.errors import Conflict
from desk_app.services.checkin import CheckInOutcome, check_in_counters, undo_check_in
from desk_app.sync.local_queue import EventInfo, LocalQueue
from desk_app.sync.outage import (
    ConnectionState,
    ResilientCheckIn,
    flagged_duplicates,
    open_server,
)
from tests.conftest import make_tiny_event
from tests.multidesk.desks import ask, badge_codes, contact_of, start_desk
from tests.multidesk.pg_server import PrivatePgServer

# Nothing listens on port 1: connecting fails at once, like a server that is down.
UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/desk"


def _counted(db: Database) -> list[tuple[int, str, int | None]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(CheckIn.participant_id, CheckIn.desk, CheckIn.duplicate_of_id)
            .order_by(CheckIn.id)).all()]


def test_desks_keep_checking_in_offline_and_sync_flags_double_scans(
        db: Database, tmp_path: Path) -> None:
    event_id = make_tiny_event(db, participants=6)
    codes = list(badge_codes(db, event_id).values())
    desk1 = ResilientCheckIn(db, tmp_path / "q1.sqlite", desk="Desk 1")
    desk2 = ResilientCheckIn(db, tmp_path / "q2.sqlite", desk="Desk 2")
    assert desk1.try_sync() is not None
    assert desk2.try_sync() is not None
    assert desk1.check_in(codes[0]).result.outcome is CheckInOutcome.CHECKED_IN
    assert desk1.state == ConnectionState(online=True, queued=0)

    down = open_server(UNREACHABLE)
    desk1.server = desk2.server = down  # the server goes away
    first = desk1.check_in(codes[1])
    assert first.queued
    assert first.result.outcome is CheckInOutcome.CHECKED_IN
    assert desk1.state.label == "offline — 1 check-in queued"
    # Same rules offline: already (from the cache, and from this desk's queue), refused.
    assert desk1.check_in(codes[0]).result.outcome is CheckInOutcome.ALREADY
    assert desk1.check_in(codes[1]).result.outcome is CheckInOutcome.ALREADY
    forged = codes[2][:-1] + ("A" if codes[2][-1] != "A" else "B")
    assert desk1.check_in(forged).result.problem == "tampered"
    assert desk1.check_in("XXXXX-P1-ABCDEFGH").result.problem == "other_event"
    assert desk1.check_in("\x00\x1b[31m" + "9" * 5000).result.outcome is CheckInOutcome.REFUSED
    # Desk 2 only knows the cache from before: it lets P2 in too, and P3.
    assert desk2.check_in(codes[1]).result.outcome is CheckInOutcome.CHECKED_IN
    assert desk2.check_in(codes[2]).result.outcome is CheckInOutcome.CHECKED_IN
    assert desk2.try_sync() is None  # still down
    assert desk2.state.label == "offline — 2 check-ins queued"
    assert _counted(db) == [(1, "Desk 1", None)]  # nothing reached the server

    desk1.server = desk2.server = db  # the server is back
    report1, report2 = desk1.try_sync(), desk2.try_sync()
    assert report1 is not None
    assert report2 is not None
    assert (report1.sent, report1.flagged) == (1, 0)
    assert (report2.sent, report2.flagged) == (1, 1)
    with db.session() as s:
        assert check_in_counters(s, event_id).checked_in == 3
    rows = _counted(db)
    flagged = [r for r in rows if r[2] is not None]
    assert len(flagged) == 1
    assert flagged[0][:2] == (2, "Desk 2")
    assert desk2.state == ConnectionState(online=True, queued=0)
    with db.session() as s:
        [dup] = flagged_duplicates(s, event_id)
    assert (dup.name, dup.desk, dup.first_desk) == ("Contact 2", "Desk 2", "Desk 1")
    # A second sync sends nothing again.
    assert desk2.try_sync() == type(report2)()
    for desk in (desk1, desk2):
        desk.close()
    down.dispose()


def test_a_desk_restarted_during_the_outage_still_sends_its_queue(
        db: Database, tmp_path: Path) -> None:
    event_id = make_tiny_event(db, participants=4)
    codes = list(badge_codes(db, event_id).values())
    desk = ResilientCheckIn(db, tmp_path / "q.sqlite", desk="Desk 1")
    desk.try_sync()
    down = open_server(UNREACHABLE)
    desk.server = down
    assert desk.check_in(codes[0]).queued
    desk.close()  # the laptop is restarted; the server is still down
    again = ResilientCheckIn(down, tmp_path / "q.sqlite", desk="Desk 1")
    assert again.try_sync() is None
    assert again.check_in(codes[0]).result.outcome is CheckInOutcome.ALREADY
    again.server = db
    report = again.try_sync()
    assert report is not None
    assert report.sent == 1
    assert _counted(db) == [(1, "Desk 1", None)]
    again.close()
    down.dispose()


def test_a_check_in_undone_on_the_server_is_not_remembered_offline(
        db: Database, tmp_path: Path) -> None:
    event_id = make_tiny_event(db, participants=2)
    code = badge_codes(db, event_id)["Contact 1"]
    desk = ResilientCheckIn(db, tmp_path / "q.sqlite", desk="Desk 1")
    desk.try_sync()
    down = open_server(UNREACHABLE)
    desk.server = down
    assert desk.check_in(code).queued
    desk.server = db
    desk.try_sync()
    with db.session() as s:  # a mistake: the desk takes it back
        undo_check_in(s, s.get_one(Event, event_id), 1, desk="Desk 1")
    desk.try_sync()
    desk.server = down
    again = desk.check_in(code)
    assert again.result.outcome is CheckInOutcome.CHECKED_IN
    assert again.queued
    desk.close()
    down.dispose()


@pytest.mark.postgres
def test_postgresql_stopped_mid_burst_loses_nothing(
        private_pg: PrivatePgServer, tmp_path: Path) -> None:
    """Two real desk processes; the real server is stopped in the middle and restarted."""
    db = open_database(private_pg.url)
    event_id = make_tiny_event(db, participants=40, slots=1, tables=1)
    contacts = badge_codes(db, event_id)
    codes = list(contacts.values())
    db.dispose()
    desks = {name: start_desk(private_pg.url, name, queue=tmp_path / f"{name}.sqlite")
             for name in ("Desk 1", "Desk 2")}
    answers: dict[str, list[str]] = {name: [] for name in desks}

    def scan(name: str, code: str) -> None:
        answers[name].append(ask(desks[name], code))

    try:
        for i in range(10):  # online
            scan("Desk 1" if i % 2 else "Desk 2", codes[i])
        private_pg.stop()
        for i in range(10, 25):  # offline: both desks scan 20..24
            scan("Desk 1", codes[i])
            if i >= 20:
                scan("Desk 2", codes[i])
        assert all("queued" in a for a in answers["Desk 2"][-5:])
        private_pg.start()
        for i in range(25, 40):  # back online: the next scan sends the queue first
            scan("Desk 1" if i % 2 else "Desk 2", codes[i])
    finally:
        if not private_pg.is_running():
            private_pg.start()
        for proc in desks.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(timeout=60)

    acknowledged = {contact_of(line) for lines in answers.values() for line in lines
                    if line.startswith("OK:")}
    assert acknowledged == set(contacts)  # every participant got one green answer...
    db = open_database(private_pg.url)
    with db.session() as s:
        counted = s.scalar(select(func.count()).select_from(CheckIn).where(
            CheckIn.duplicate_of_id.is_(None), CheckIn.undone_at.is_(None)))
        flagged = s.scalar(select(func.count()).select_from(CheckIn).where(
            CheckIn.duplicate_of_id.is_not(None)))
    assert counted == 40  # ...and is counted once on the server
    assert flagged == 5  # scanned at both desks during the outage
    db.dispose()


def test_a_queue_of_another_event_is_not_overwritten(tmp_path: Path) -> None:
    queue = LocalQueue(tmp_path / "q.sqlite")
    queue.store_snapshot(EventInfo(1, "AAAAA", "Europe/Paris", None),
                         [(7, "AAAAA-P7-ABCDEFGH", "Jeanne", "Osmose")], [])
    queue.enqueue(7, dt.datetime(2026, 12, 3, 9, 12), "Desk 1")
    with pytest.raises(Conflict, match="another event"):
        queue.store_snapshot(EventInfo(2, "BBBBB", "Europe/Paris", None), [], [])
    assert queue.pending_count() == 1
    assert queue.event == EventInfo(1, "AAAAA", "Europe/Paris", None)
    queue.close()
