"""Scheduling a whole event from the database: clock, progress, concurrent changes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desk_app.db.engine import Database
from desk_app.db.models import Event, Meeting
from desk_app.errors import Conflict
from desk_app.exchange.solving import progress_line, schedule_event
from desk_app.scheduling import Progress
from desk_app.services.changes import ChangeSummary, record_change
from tests.conftest import make_tiny_event


def _set_clock(db: Database, event_id: int, at: dt.datetime) -> None:
    with db.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        event.simulated_now = at


def _meetings(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Meeting)) or 0)


def test_the_event_clock_freezes_started_rounds(db: Database) -> None:
    event_id = make_tiny_event(db, participants=8, slots=4, tables=1)
    _set_clock(db, event_id, dt.datetime(2026, 12, 3, 14, 25))  # inside round S02
    outcome = schedule_event(db, event_id, use_greedy=True)
    assert outcome.now_slot == "S03"
    with db.session() as session:
        slots = {m.slot.code for m in session.scalars(select(Meeting))}
    assert slots == {"S03", "S04"}  # one table: two meetings, none in a started round
    assert len(outcome.summary.meetings) == 2


def test_progress_is_reported_as_weight_bound_and_gap(db: Database) -> None:
    event_id = make_tiny_event(db)
    lines: list[str] = []
    schedule_event(db, event_id, time_limit=2, from_slot=0,
                   progress=lambda p: lines.append(progress_line(p)))
    assert lines
    assert lines[-1] == "best weight 3, bound 3, gap 0.0%"
    assert progress_line(Progress(5, None, None, 0.1, "greedy")) == (
        "best weight 5, bound ?, gap ?%")


def test_a_change_made_during_the_solve_is_not_overwritten(db: Database) -> None:
    event_id = make_tiny_event(db)

    def another_desk_acts(_: Progress) -> None:
        with db.session() as session:
            record_change(session, event_id, ChangeSummary(kind="walk_in", everything=True))

    with pytest.raises(Conflict, match="Schedule again"):
        schedule_event(db, event_id, time_limit=2, from_slot=0, progress=another_desk_acts)
    assert _meetings(db) == 0
