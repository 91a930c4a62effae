"""Walk-in bookings: fast path, moving meetings to make room, impossible with reasons."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Event, Meeting, MeetingRequest, Participant
from desk_app.errors import Conflict
from desk_app.ondesk.booking import (
    ProposalKind,
    apply_proposal,
    book_walk_in,
    propose_walk_in,
)
from desk_app.ondesk.moves import set_locked
from desk_app.ondesk.undo import undo_last
from tests.ondesk.conftest import Tiny, dump, live_places, make_day


def test_fast_path_books_the_earliest_slot_both_are_free(db: Database) -> None:
    t = make_day(db, placed={"R1": (0, 0), "R2": (0, 1)})
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        result = book_walk_in(s, event, t.people["P1"], t.people["P3"], desk="D1")
        assert result.booked
        assert result.slot_id == t.slots[1]
        assert result.moved == ()
        assert "14:20" in result.message
        request = s.get(MeetingRequest, result.request_id)
        assert request is not None
        assert request.origin == "same_day"
        assert (result.table_id, t.slots[1]) in result.summary.cells


def test_fast_path_honours_the_host_table(db: Database) -> None:
    t = make_day(db, placed={"R1": (1, 0)})
    with db.session() as s:
        host = s.get(Participant, t.people["P3"])
        assert host is not None
        host.host_table_id = t.tables[0]
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        proposal = propose_walk_in(s, event, t.people["P3"], t.people["P5"])
        assert proposal.kind == ProposalKind.FAST
        assert proposal.table_id == t.tables[0]
        assert proposal.slot_id == t.slots[0]


def _crowded(db: Database, now_slot: int | None = None) -> Tiny:
    # P1 busy in rounds 0 and 2, P3 busy in round 1: no common free round.
    return make_day(db, slots=3, extra=[("P1", "P5")],
                    placed={"R1": (0, 0), "R2": (1, 0), "X1": (2, 0)}, now_slot=now_slot)


def test_resolve_moves_one_meeting_to_make_room_and_undo_restores_it(db: Database) -> None:
    t = _crowded(db)
    start = dump(db, t.event_id)
    before = live_places(db, t.event_id)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        proposal = propose_walk_in(s, event, t.people["P1"], t.people["P3"])
        assert proposal.kind == ProposalKind.RESOLVE
        assert len(proposal.moves) == 1
        assert "move" in proposal.message
        moved = proposal.moves[0]
        assert proposal.affected_participants >= set(moved.participant_ids)
        result = apply_proposal(s, event, proposal, desk="D1")
        assert result.booked
    after = live_places(db, t.event_id)
    changed = {r for r in before if before[r] != after[r]}
    assert len(changed) == 1
    assert len(after) == len(before) + 1
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        undone = undo_last(s, event)
        assert undone.action == "walk_in"
    assert dump(db, t.event_id) == start


def test_locked_meetings_never_move_so_it_is_impossible_with_reasons(db: Database) -> None:
    t = _crowded(db)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        ids = list(s.scalars(select(Meeting.id)))
        set_locked(s, event, ids, True, desk="D1")
    before = live_places(db, t.event_id)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        proposal = propose_walk_in(s, event, t.people["P1"], t.people["P3"])
        assert proposal.kind == ProposalKind.IMPOSSIBLE
        assert proposal.can_waitlist
        assert any("no free round in common" in r for r in proposal.reasons)
        assert "Société 1" in proposal.message
        result = book_walk_in(s, event, t.people["P1"], t.people["P3"], allow_moves=True)
        assert not result.booked
    assert live_places(db, t.event_id) == before


def test_someone_busy_in_every_remaining_slot_is_named(db: Database) -> None:
    t = make_day(db, slots=2, extra=[("P1", "P3")], placed={"R1": (0, 0), "X1": (1, 0)},
                 now_slot=None)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        set_locked(s, event, list(s.scalars(select(Meeting.id))),
                   True)
        proposal = propose_walk_in(s, event, t.people["P1"], t.people["P5"])
        assert proposal.kind == ProposalKind.IMPOSSIBLE
        assert "Société 1 has meetings in every remaining slot." in proposal.reasons


def test_frozen_rounds_are_never_touched(db: Database) -> None:
    # The clock is inside round 1: rounds 0 and 1 are frozen, only round 2 is open.
    t = _crowded(db, now_slot=1)
    before = live_places(db, t.event_id)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        proposal = propose_walk_in(s, event, t.people["P3"], t.people["P6"])
        assert proposal.kind == ProposalKind.FAST
        assert proposal.slot_id == t.slots[2]
        apply_proposal(s, event, proposal)
        blocked = propose_walk_in(s, event, t.people["P1"], t.people["P4"])
        assert blocked.kind == ProposalKind.IMPOSSIBLE
    after = live_places(db, t.event_id)
    assert all(after[r] == place for r, place in before.items())


def test_a_stale_proposal_is_refused_with_a_conflict(db: Database) -> None:
    t = make_day(db, placed={"R1": (0, 0), "R2": (0, 1)})
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        first = propose_walk_in(s, event, t.people["P1"], t.people["P3"])
        second = propose_walk_in(s, event, t.people["P2"], t.people["P4"])
        assert (first.slot_id, first.table_id) == (second.slot_id, second.table_id)
        apply_proposal(s, event, first)
        with pytest.raises(Conflict):
            apply_proposal(s, event, second)


def test_a_pair_that_already_meets_is_told_when(db: Database) -> None:
    t = make_day(db, placed={"R1": (2, 1)})
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        proposal = propose_walk_in(s, event, t.people["P2"], t.people["P1"])
        assert proposal.kind == ProposalKind.IMPOSSIBLE
        assert "already meet at 14:40" in proposal.message
        assert not proposal.can_waitlist


def test_a_taken_host_table_is_named_with_its_host(db: Database) -> None:
    t = make_day(db, slots=3, placed={"R1": (0, 0), "R3": (1, 0), "R2": (2, 0)})
    with db.session() as s:
        host = s.get(Participant, t.people["P3"])
        assert host is not None
        host.host_table_id = t.tables[0]
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        set_locked(s, event, list(s.scalars(select(Meeting.id))), True)
        proposal = propose_walk_in(s, event, t.people["P3"], t.people["P5"])
        assert proposal.kind == ProposalKind.IMPOSSIBLE
        assert proposal.reasons[0] == (
            "Table T1 (host table of Société 3) is taken in every round both are free "
            "(14:00).")
