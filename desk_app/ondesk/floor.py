"""Loading the event's future floor from the database into a :class:`Board`, with the
names the desk needs to explain a decision in words.

Reads go through plain column selects (no ORM objects): the fast path of a walk-in
loads the whole floor of a 600-firm event in a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, literal, select
from sqlalchemy.orm import Session

from desk_app.clock import event_now, first_open_slot_index
from desk_app.db.models import (
    LIVE_STATUSES,
    Event,
    Meeting,
    MeetingRequest,
    MeetingSeat,
    MeetingStatus,
    Participant,
    ParticipantUnavailability,
    Slot,
    VenueTable,
)
from desk_app.i18n import t
from desk_app.ondesk.board import Board, BoardMeeting

LIVE = [s.value for s in LIVE_STATUSES]


def live_only(column: Any) -> ColumnElement[bool]:
    """``column IN ('scheduled', 'held')`` with the values written into the SQL: SQLite
    uses a partial index (``WHERE status IN ('scheduled', 'held')``) only when it can
    prove the query implies it, which it cannot with bound parameters (it scans)."""
    return column.in_([literal(s.value, literal_execute=True) for s in LIVE_STATUSES])


@dataclass
class SlotInfo:  # not frozen: clock.py's protocol wants plain attributes
    id: int
    code: str
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass(frozen=True)
class Floor:
    """A board plus the translation between its indices and database rows."""

    event_id: int
    board: Board
    slots: tuple[SlotInfo, ...]
    table_labels: dict[int, str]
    companies: dict[int, str]  # participant id -> company (for sentences)
    host_owner: dict[int, int]  # table id -> a participant hosting there
    versions: dict[int, int]  # future meeting id -> version (optimistic re-checks)
    meeting_request: dict[int, int]  # future meeting id -> request id

    def slot_index(self, slot_id: int) -> int:
        return next(i for i, s in enumerate(self.slots) if s.id == slot_id)

    def at(self, slot: int) -> str:
        return f"{self.slots[slot].starts_at:%H:%M}"

    def table(self, table_id: int, *, title: bool = False) -> str:
        label = self.table_labels.get(table_id, table_id)
        return t("Table {label}", label=label) if title else t("table {label}", label=label)

    def who(self, participant_id: int) -> str:
        return self.companies.get(participant_id) or t("participant {id}", id=participant_id)


def load_slots(session: Session, event_id: int) -> tuple[SlotInfo, ...]:
    rows = session.execute(
        select(Slot.id, Slot.code, Slot.starts_at, Slot.ends_at)
        .where(Slot.event_id == event_id).order_by(Slot.position)
    ).all()
    return tuple(SlotInfo(*row) for row in rows)


def open_slot_index(event: Event, slots: tuple[SlotInfo, ...]) -> int:
    return first_open_slot_index(slots, event_now(event))


def load_floor(
    session: Session, event: Event, *, focus: Collection[int] | None = None
) -> Floor:
    """The board of ``event`` as it stands. With ``focus`` (participant ids), only those
    participants' meetings are detailed; the others just occupy their tables (enough for
    the fast path, much less to read)."""
    # Plain Core rows through the session's connection: the ORM's row processing costs
    # more than the SQL here, and the fast path has 50 ms for everything.
    conn = session.connection()
    slots = load_slots(session, event.id)
    index = {s.id: i for i, s in enumerate(slots)}
    open_slot = open_slot_index(event, slots)

    table_rows = conn.execute(
        select(VenueTable.id, VenueTable.label, VenueTable.active)
        .where(VenueTable.event_id == event.id).order_by(VenueTable.position, VenueTable.id)
    ).all()
    part_query = select(Participant.id, Participant.company, Participant.host_table_id,
                        Participant.max_meetings, Participant.absent).where(
        Participant.event_id == event.id)
    if focus is not None:
        part_query = part_query.where(
            Participant.id.in_(focus) | Participant.host_table_id.is_not(None))
    people = conn.execute(part_query).all()
    host_owner: dict[int, int] = {}
    hosts: dict[int, tuple[int, ...]] = {}
    for pid, _company, host_table, _cap, absent in people:
        if host_table is not None:
            hosts[pid] = (host_table,)
            if not absent:
                host_owner.setdefault(host_table, pid)
    # New meetings use tables nobody hosts at first, so hosts keep theirs.
    tables = tuple(sorted((tid for tid, _l, on in table_rows if on),
                          key=lambda t: t in host_owner))

    unavailable: dict[int, set[int]] = defaultdict(set)
    unav_query = (select(ParticipantUnavailability.participant_id,
                         ParticipantUnavailability.slot_id)
                  .join(Participant, Participant.id == ParticipantUnavailability.participant_id)
                  .where(Participant.event_id == event.id))
    if focus is not None:
        unav_query = unav_query.where(ParticipantUnavailability.participant_id.in_(focus))
    for pid, sid in conn.execute(unav_query):
        unavailable[pid].add(index[sid])

    detail = (select(Meeting.id, MeetingRequest.participant_a_id,
                     MeetingRequest.participant_b_id, Meeting.slot_id, Meeting.table_id,
                     Meeting.locked, Meeting.status, Meeting.version, Meeting.request_id)
              .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
              .where(Meeting.event_id == event.id, Meeting.status.in_(LIVE)))
    if focus is not None:
        detail = detail.where(Meeting.id.in_(
            select(MeetingSeat.meeting_id).where(MeetingSeat.participant_id.in_(focus),
                                                 live_only(MeetingSeat.status))))
    used: Counter[int] = Counter()
    meetings: list[BoardMeeting] = []
    versions: dict[int, int] = {}
    meeting_request: dict[int, int] = {}
    for mid, a, b, sid, tid, locked, status, version, rid in conn.execute(detail).all():
        used[a] += 1
        used[b] += 1
        s = index[sid]
        if s < open_slot:
            continue
        movable = status == MeetingStatus.SCHEDULED and not locked
        meetings.append(BoardMeeting(mid, a, b, s, tid, movable))
        versions[mid] = version
        meeting_request[mid] = rid
    other: set[tuple[int, int]] = set()
    if focus is not None:
        # Only the rounds where every focus participant is free matter to them.
        blocked = {m.slot for m in meetings} | {
            s for p in focus for s in unavailable.get(p, set())}
        open_ids = [x.id for i, x in enumerate(slots) if i >= open_slot and i not in blocked]
        mine = {(m.table, m.slot) for m in meetings}
        for tid, sid in conn.execute(
                select(Meeting.table_id, Meeting.slot_id)
                .where(Meeting.event_id == event.id, Meeting.status.in_(LIVE),
                       Meeting.slot_id.in_(open_ids))).all():
            if (tid, index[sid]) not in mine:
                other.add((tid, index[sid]))
    remaining = {pid: max(0, cap - used[pid]) for pid, _c, _h, cap, _a in people
                 if cap is not None and (focus is None or pid in focus)}
    board = Board(
        n_slots=len(slots), open_slot=open_slot, tables=tables, hosts=hosts,
        unavailable={p: frozenset(v) for p, v in unavailable.items()},
        remaining=remaining,
        absent=frozenset(pid for pid, _c, _h, _cap, absent in people if absent),
        meetings=tuple(meetings), other_taken=frozenset(other),
    )
    return Floor(
        event_id=event.id, board=board, slots=slots,
        table_labels={tid: label for tid, label, _on in table_rows},
        companies={pid: company for pid, company, _h, _c, _a in people},
        host_owner=host_owner, versions=versions, meeting_request=meeting_request,
    )
