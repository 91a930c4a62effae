"""A tiny scheduled event in the middle of its day, and a full dump of what undo restores."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import (
    Event,
    Meeting,
    MeetingRequest,
    Participant,
    Slot,
    VenueTable,
)
from desk_app.services.meetings import add_meeting
from tests.conftest import make_tiny_event


@dataclass
class Tiny:
    event_id: int
    people: dict[str, int]  # "P1" -> id
    slots: list[int]
    tables: list[int]
    requests: dict[str, int]  # "R1" -> id


def make_day(
    db: Database, *, participants: int = 6, slots: int = 4, tables: int = 2,
    extra: Sequence[tuple[str, str]] = (),
    placed: dict[str, tuple[int, int]] | None = None,
    now_slot: int | None = None,
) -> Tiny:
    """make_tiny_event + extra requests ("P1", "P3") named X1.., meetings placed as
    {request ext: (slot index, table index)}, and the clock inside round ``now_slot``
    (None: before the day starts)."""
    event_id = make_tiny_event(db, participants=participants, slots=slots, tables=tables)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        people = {p.ext_id: p.id for p in s.scalars(
            select(Participant).where(Participant.event_id == event_id))}
        for i, (a, b) in enumerate(extra):
            s.add(MeetingRequest(event_id=event_id, ext_id=f"X{i + 1}",
                                 participant_a_id=people[a], participant_b_id=people[b]))
        s.flush()
        slot_rows = list(s.scalars(select(Slot).where(Slot.event_id == event_id)
                                   .order_by(Slot.position)))
        table_rows = list(s.scalars(select(VenueTable).where(VenueTable.event_id == event_id)
                                    .order_by(VenueTable.position)))
        requests = {r.ext_id: r for r in s.scalars(
            select(MeetingRequest).where(MeetingRequest.event_id == event_id))}
        for ext, (si, ti) in (placed or {}).items():
            add_meeting(s, requests[ext], slot_id=slot_rows[si].id, table_id=table_rows[ti].id)
        if now_slot is None:
            event.simulated_now = slot_rows[0].starts_at - dt.timedelta(hours=1)
        else:
            event.simulated_now = slot_rows[now_slot].starts_at + dt.timedelta(minutes=5)
        return Tiny(event_id, people, [x.id for x in slot_rows], [t.id for t in table_rows],
                    {k: r.id for k, r in requests.items()})


def dump(db: Database, event_id: int) -> dict[str, Any]:
    """Every domain column of meetings, participants, requests and tables (not the
    version counters and timestamps, which an undo legitimately advances)."""
    with db.session() as s:
        meetings = sorted(
            (m.id, m.request_id, m.slot_id, m.table_id, m.status, m.locked,
             m.missing_participant_id)
            for m in s.scalars(select(Meeting).where(Meeting.event_id == event_id)))
        people = sorted((p.id, p.absent, p.host_table_id) for p in s.scalars(
            select(Participant).where(Participant.event_id == event_id)))
        requests = sorted(
            (r.id, r.ext_id, r.participant_a_id, r.participant_b_id, r.weight, r.origin,
             r.status) for r in s.scalars(
                select(MeetingRequest).where(MeetingRequest.event_id == event_id)))
        tables = sorted((t.id, t.active) for t in s.scalars(
            select(VenueTable).where(VenueTable.event_id == event_id)))
    return {"meetings": meetings, "participants": people, "requests": requests,
            "tables": tables}


def live_places(db: Database, event_id: int) -> dict[int, tuple[int, int]]:
    """request id -> (slot id, table id) of its live meeting."""
    with db.session() as s:
        return {m.request_id: (m.slot_id, m.table_id) for m in s.scalars(
            select(Meeting).where(Meeting.event_id == event_id,
                                  Meeting.status.in_(["scheduled", "held"])))}
