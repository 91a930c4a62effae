"""Random sequences of on-day actions never break a hard rule nor touch a frozen meeting.

After every sequence the event is exported as `b2b-instance/1` and its live meetings
are validated by the independent checker (shared/tools/check_schedule.py).
"""

from __future__ import annotations

import functools
import importlib.util
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.db.engine import Database, open_database
from desk_app.db.models import Event, Meeting, Participant, ParticipantUnavailability
from desk_app.errors import DeskError
from desk_app.exchange.instance import event_to_instance_dict
from desk_app.ondesk.booking import ProposalKind, apply_proposal, propose_walk_in
from desk_app.ondesk.floor import load_slots, open_slot_index
from desk_app.ondesk.moves import (
    cancel_meeting,
    move_meeting,
    set_locked,
    swap_tables,
    take_table_out_of_service,
)
from desk_app.ondesk.noshow import mark_no_show
from desk_app.ondesk.undo import undo_last
from desk_app.ondesk.waitlist import add_to_waitlist, fill_from_waitlist
from tests.conftest import CHECKER
from tests.ondesk.conftest import Tiny, make_day

ACTIONS = ("book", "book", "noshow", "cancel", "move", "swap", "table_out", "lock",
           "waitlist", "fill", "undo", "undo")


@functools.cache
def _checker() -> ModuleType:
    if not CHECKER.exists():
        pytest.skip("shared/tools/check_schedule.py not found beside the repository")
    spec = importlib.util.spec_from_file_location("check_schedule", CHECKER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module



def _setup(db: Database) -> Tiny:
    t = make_day(
        db, participants=8, slots=5, tables=3, now_slot=1,
        extra=[("P1", "P3"), ("P1", "P5"), ("P2", "P7"), ("P4", "P8"), ("P6", "P3")],
        placed={"R1": (0, 0), "R2": (1, 0), "R3": (2, 1), "R4": (3, 2), "X1": (2, 0),
                "X3": (4, 0)},
    )
    with db.session() as s:
        host = s.get(Participant, t.people["P4"])
        capped = s.get(Participant, t.people["P5"])
        assert host is not None
        assert capped is not None
        host.host_table_id = t.tables[2]
        capped.max_meetings = 1
        s.add(ParticipantUnavailability(participant_id=t.people["P6"], slot_id=t.slots[3]))
    return t


def _frozen(db: Database, event_id: int) -> set[tuple[Any, ...]]:
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        slots = load_slots(s, event_id)
        past = {x.id for x in slots[:open_slot_index(event, slots)]}
        return {(m.id, m.slot_id, m.table_id, m.status) for m in s.scalars(
            select(Meeting).where(Meeting.event_id == event_id, Meeting.slot_id.in_(past)))}


def _act(s: Any, event: Event, t: Tiny, kind: str, i: int, j: int) -> None:
    people = list(t.people.values())
    future = list(s.scalars(select(Meeting).where(
        Meeting.event_id == event.id, Meeting.status == "scheduled",
        Meeting.slot_id.in_(t.slots[2:])).order_by(Meeting.id)))
    pick = future[i % len(future)] if future else None
    a, b = people[i % len(people)], people[j % len(people)]
    if kind == "book" and a != b:
        proposal = propose_walk_in(s, event, a, b, time_limit=0.2)
        if proposal.kind != ProposalKind.IMPOSSIBLE:
            apply_proposal(s, event, proposal)
    elif kind == "noshow":
        mark_no_show(s, event, a)
    elif kind == "cancel" and pick is not None:
        cancel_meeting(s, event, pick.id)
    elif kind == "move" and pick is not None:
        move_meeting(s, event, pick.id, slot_id=t.slots[2 + j % 3],
                     table_id=t.tables[j % len(t.tables)])
    elif kind == "swap" and pick is not None:
        other = [m for m in future if m.slot_id == pick.slot_id and m.id != pick.id]
        if other:
            swap_tables(s, event, pick.id, other[0].id)
    elif kind == "table_out":
        take_table_out_of_service(s, event, t.tables[i % len(t.tables)])
    elif kind == "lock" and pick is not None:
        set_locked(s, event, [pick.id], not pick.locked)
    elif kind == "waitlist" and a != b:
        add_to_waitlist(s, event, a, b)
    elif kind == "fill":
        fill_from_waitlist(s, event)
    elif kind == "undo":
        undo_last(s, event)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 50), st.integers(0, 50)),
                min_size=1, max_size=12))
def test_random_action_sequences_keep_every_hard_rule(
    steps: list[tuple[str, int, int]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "desk.sqlite")
        try:
            t = _setup(db)
            frozen = _frozen(db, t.event_id)
            for kind, i, j in steps:
                try:
                    with db.session() as s:
                        event = s.get(Event, t.event_id)
                        assert event is not None
                        _act(s, event, t, kind, i, j)
                except DeskError:
                    pass  # a refusal in words is a correct answer; nothing was written
                assert _frozen(db, t.event_id) == frozen
            with db.session() as s:
                event = s.get(Event, t.event_id)
                assert event is not None
                slots = load_slots(s, t.event_id)
                data = event_to_instance_dict(s, t.event_id,
                                              now_slot=open_slot_index(event, slots))
            schedule = {"format": "b2b-schedule/1", "meetings": data.get("meetings", [])}
            verdict = _checker().check(data, schedule)
            assert verdict["valid"], verdict["errors"]
        finally:
            db.dispose()
