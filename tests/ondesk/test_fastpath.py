"""The targeted fast path gives the same answer as the whole-board rule, and its
lookups go through the indexes."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.sql import Executable

from desk_app.db.engine import Database
from desk_app.db.models import (
    Event,
    MeetingRequest,
    MeetingSeat,
    Participant,
    ParticipantUnavailability,
    RequestAllowedSlot,
    VenueTable,
)
from desk_app.ondesk import fastpath
from desk_app.ondesk.booking import (
    _PAIR_REQUESTS,
    ProposalKind,
    allowed_slots,
    find_request,
    live_meeting_of,
    next_same_day_ext_id,
    propose_walk_in,
)
from desk_app.ondesk.floor import load_floor
from desk_app.services.meetings import add_meeting
from tests.ondesk.conftest import make_day

PEOPLE = [f"P{i}" for i in range(1, 11)]


def _busy_day(db: Database, seed: int) -> tuple[int, dict[str, int]]:
    """10 firms, 5 rounds (now in round 1), 3 tables (one out of service), meetings
    placed at random, a host, a cap, an absentee, unavailability, allowed slots."""
    rng = random.Random(seed)
    pairs = rng.sample(list(itertools.combinations(PEOPLE, 2)), 14)
    t = make_day(db, participants=10, slots=5, tables=3, extra=pairs, now_slot=1)
    with db.session() as s:
        requests = list(s.scalars(select(MeetingRequest).where(
            MeetingRequest.event_id == t.event_id).order_by(MeetingRequest.id)))
        busy: set[tuple[int, int]] = set()
        cells: set[tuple[int, int]] = set()
        for r in rng.sample(requests, 10):
            free = [(si, ti) for si in range(5) for ti in range(3)
                    if (si, ti) not in cells and (r.participant_a_id, si) not in busy
                    and (r.participant_b_id, si) not in busy]
            if not free:
                continue
            si, ti = rng.choice(free)
            cells.add((si, ti))
            busy |= {(r.participant_a_id, si), (r.participant_b_id, si)}
            add_meeting(s, r, slot_id=t.slots[si], table_id=t.tables[ti])
        people = {p.ext_id: p for p in s.scalars(
            select(Participant).where(Participant.event_id == t.event_id))}
        people[rng.choice(PEOPLE)].host_table_id = t.tables[rng.randrange(3)]
        people[rng.choice(PEOPLE)].max_meetings = 1
        people[rng.choice(PEOPLE)].absent = True
        for ext in rng.sample(PEOPLE, 2):
            s.add(ParticipantUnavailability(participant_id=people[ext].id,
                                            slot_id=t.slots[rng.randrange(1, 5)]))
        s.add(RequestAllowedSlot(request_id=rng.choice(requests).id,
                                 slot_id=t.slots[rng.randrange(1, 5)]))
        table = s.get(VenueTable, t.tables[rng.randrange(3)])
        assert table is not None
        table.active = False
    return t.event_id, t.people


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_fast_path_agrees_with_the_whole_board_rule(db: Database, seed: int) -> None:
    event_id, people = _busy_day(db, seed)
    fast = 0
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        floor = load_floor(s, event)
        for x, y in itertools.combinations(PEOPLE, 2):
            a, b = people[x], people[y]
            request = find_request(s, event, a, b)
            if request is not None and live_meeting_of(s, request.id) is not None:
                continue  # "already meet": not a question for the fast path
            allowed = allowed_slots(s, floor, request.id if request else None)
            expected = floor.board.fast_fit(a, b, allowed)
            proposal = propose_walk_in(s, event, a, b, allow_moves=False)
            if expected is None:
                assert proposal.kind != ProposalKind.FAST, (x, y)
                continue
            fast += 1
            assert proposal.kind == ProposalKind.FAST, (x, y, proposal.message)
            assert proposal.slot_id == floor.slots[expected.slot].id, (x, y)
            assert proposal.table_id == expected.table, (x, y)
    assert fast > 0


def _plan(db: Database, statement: Executable, params: dict[str, Any]) -> str:
    """SQLite's query plan for ``statement`` exactly as SQLAlchemy sends it (bound
    parameters stay parameters: that is what decides whether a partial index applies)."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_args: Any) -> None:
        sent.append((sql, parameters))

    sa_event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.session() as s:
            conn = s.connection()
            conn.execute(statement, params).all()
            sql, parameters = sent[-1]
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters).all()
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", capture)
    return " ".join(str(r[-1]) for r in rows)


def test_pair_lookups_use_the_indexes(db: Database) -> None:
    make_day(db)
    ids = {"ids": [1, 2]}
    assert "uq_meeting_seat_participant_slot_live" in _plan(db, fastpath._PAIR_SEATS, ids)
    cell = {"table_id": 1, "slot_id": 1}
    assert "uq_meeting_table_slot_live" in _plan(db, fastpath._CELL_TAKEN, cell)
    assert "ix_meeting_request" in _plan(db, _PAIR_REQUESTS, ids)
    # What the literals are for: with the statuses bound, SQLite scans the seats.
    bound = select(MeetingSeat.meeting_id).where(
        MeetingSeat.participant_id.in_([1, 2]),
        MeetingSeat.status.in_(["scheduled", "held"]))
    assert "SCAN" in _plan(db, bound, {})


def test_same_day_ids_skip_the_ones_taken(db: Database) -> None:
    t = make_day(db)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        assert next_same_day_ext_id(s, event) == "SD0001"
        s.add(MeetingRequest(event_id=event.id, ext_id="SD0002",
                             participant_a_id=t.people["P1"],
                             participant_b_id=t.people["P4"]))
        s.flush()
        assert next_same_day_ext_id(s, event) == "SD0003"
