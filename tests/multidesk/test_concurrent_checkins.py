"""Four desk processes scanning the same badges at once, on SQLite and PostgreSQL:
every participant counted exactly once, by the desk that said "OK"."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from desk_app.db.engine import open_database
from desk_app.db.models import CheckIn, Participant
from desk_app.services.changes import changes_since, last_change_id
from tests.conftest import make_tiny_event
from tests.multidesk.desks import badge_codes, contact_of, run_desk

DESKS = 4
PARTICIPANTS = 50


def test_four_desks_scanning_the_same_badges_count_each_once(desk_url: str) -> None:
    db = open_database(desk_url)
    event_id = make_tiny_event(db, participants=PARTICIPANTS, slots=1, tables=1)
    codes = badge_codes(db, event_id)
    with db.session() as s:
        seen = last_change_id(s, event_id)
    rng = random.Random(7)
    procs = {}
    for n in range(DESKS):
        order = list(codes.values())
        rng.shuffle(order)
        procs[f"Desk {n + 1}"] = run_desk(desk_url, f"Desk {n + 1}", order)

    ok_by_desk: dict[str, list[str]] = {}
    already = 0
    for desk, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        # 3 when some were already checked in; 0 only for a desk that started first.
        assert proc.returncode in (0, 3), err
        lines = out.splitlines()
        assert len(lines) == PARTICIPANTS
        ok_by_desk[desk] = [c for line in lines if line.startswith("OK:")
                            if (c := contact_of(line))]
        already += sum(line.startswith("ALREADY:") for line in lines)

    acknowledged = [c for contacts in ok_by_desk.values() for c in contacts]
    assert sorted(acknowledged) == sorted(codes)  # each once: none lost, none twice
    assert already == PARTICIPANTS * (DESKS - 1)
    with db.session() as s:
        rows = s.execute(select(CheckIn.participant_id, CheckIn.desk, Participant.contact_name)
                         .join(CheckIn.participant)).all()
        counted = s.scalar(select(func.count()).select_from(CheckIn)
                           .where(CheckIn.duplicate_of_id.is_(None),
                                  CheckIn.undone_at.is_(None)))
    assert counted == PARTICIPANTS == len(rows)
    # The desk stored with each check-in is the one whose screen said "OK".
    assert {(name, desk) for _, desk, name in rows} == {
        (c, desk) for desk, contacts in ok_by_desk.items() for c in contacts}
    # What another desk's window polls to repaint: every check-in, named.
    with db.session() as s:
        changes = [summary for _, summary in changes_since(s, event_id, seen)]
    assert all(c.check_ins for c in changes)
    assert set().union(*(c.participants for c in changes)) == {pid for pid, _, _ in rows}
    db.dispose()
