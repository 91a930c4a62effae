"""Storing a solver's schedule: a diff that keeps meeting ids, locks and the past."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, ChangeLog, Meeting, MeetingRequest, MeetingSeat
from desk_app.errors import Conflict, InvalidInput
from desk_app.exchange import event_to_instance_dict, store_schedule
from desk_app.scheduling import greedy, instance_from_dict
from tests.conftest import make_tiny_event


def _schedule(*meetings: tuple[str, str, str]) -> dict[str, Any]:
    return {"format": "b2b-schedule/1",
            "meetings": [{"request": r, "slot": s, "table": t} for r, s, t in meetings]}


def _live(db: Database) -> dict[str, tuple[int, str, str, bool]]:
    """request ext id -> (meeting id, slot code, table label, locked) of live meetings."""
    with db.session() as session:
        rows = session.scalars(select(Meeting).where(Meeting.status == "scheduled")).all()
        return {m.request.ext_id: (m.id, m.slot.code, m.table.label, m.locked) for m in rows}


def _store(db: Database, event_id: int, schedule: Any, **kwargs: Any) -> Any:
    with db.session() as session:
        return store_schedule(session, event_id, schedule, desk="Desk 1", **kwargs)


def test_a_schedule_is_stored_with_seats_audit_and_change_log(db: Database) -> None:
    event_id = make_tiny_event(db)
    summary = _store(db, event_id, _schedule(("R1", "S01", "T1"), ("R2", "S01", "T2"),
                                             ("R3", "S02", "T1")))
    assert summary.everything
    assert len(summary.meetings) == 3
    live = _live(db)
    assert {k: v[1:3] for k, v in live.items()} == {
        "R1": ("S01", "T1"), "R2": ("S01", "T2"), "R3": ("S02", "T1")}
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(MeetingSeat)) == 6
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "store_schedule")).one()
        assert audit.desk == "Desk 1"
        assert audit.after["added"] == 3
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == 1


def test_moves_keep_meeting_ids_and_dropped_meetings_are_cancelled(db: Database) -> None:
    event_id = make_tiny_event(db)
    _store(db, event_id, _schedule(("R1", "S01", "T1"), ("R2", "S01", "T2"),
                                   ("R3", "S02", "T1")))
    before = _live(db)
    # A swap of two tables in one round: must not trip the unique indexes half-way.
    summary = _store(db, event_id, _schedule(("R1", "S01", "T2"), ("R2", "S01", "T1")))
    after = _live(db)
    assert after["R1"] == (before["R1"][0], "S01", "T2", False)
    assert after["R2"] == (before["R2"][0], "S01", "T1", False)
    assert "R3" not in after
    assert summary.meetings == {before["R1"][0], before["R2"][0], before["R3"][0]}
    with db.session() as session:
        cancelled = session.get(Meeting, before["R3"][0])
        assert cancelled is not None
        assert cancelled.status == "cancelled"


def test_locked_and_past_meetings_are_never_touched(db: Database) -> None:
    event_id = make_tiny_event(db)
    _store(db, event_id, _schedule(("R1", "S01", "T1"), ("R2", "S02", "T1")))
    with db.session() as session:
        locked = session.scalars(select(Meeting).join(MeetingRequest).where(
            MeetingRequest.ext_id == "R2")).one()
        locked.locked = True
    # R1 sits in a past round (before S02) and R2 is locked: the new schedule moves both
    # and places R3 in the past; only R3's future placement is taken.
    _store(db, event_id, _schedule(("R1", "S03", "T1"), ("R2", "S04", "T2"),
                                   ("R3", "S01", "T2")), now_slot="S02")
    live = _live(db)
    assert live["R1"][1:3] == ("S01", "T1")
    assert live["R2"][1:] == ("S02", "T1", True)
    assert "R3" not in live


def test_unknown_ids_are_refused_and_nothing_changes(db: Database) -> None:
    event_id = make_tiny_event(db)
    _store(db, event_id, _schedule(("R1", "S01", "T1")))
    with pytest.raises(InvalidInput, match="R9"):
        _store(db, event_id, _schedule(("R9", "S01", "T1")))
    with pytest.raises(InvalidInput, match="b2b-schedule/1"):
        _store(db, event_id, {"format": "nonsense"})
    assert {k: v[1:3] for k, v in _live(db).items()} == {"R1": ("S01", "T1")}


def test_a_clash_with_a_kept_meeting_rolls_everything_back(db: Database) -> None:
    event_id = make_tiny_event(db)
    _store(db, event_id, _schedule(("R1", "S01", "T1")))
    with db.session() as session:
        session.scalars(select(Meeting)).one().locked = True
    with pytest.raises(Conflict):
        _store(db, event_id, _schedule(("R2", "S01", "T1"), ("R3", "S02", "T1")))
    assert set(_live(db)) == {"R1"}


def test_a_solver_schedule_object_is_stored(db: Database) -> None:
    event_id = make_tiny_event(db, participants=8, slots=3, tables=2)
    with db.session() as session:
        instance = instance_from_dict(event_to_instance_dict(session, event_id))
    schedule = greedy(instance)
    _store(db, event_id, schedule)
    assert len(_live(db)) == len(schedule.meetings) == 4
