"""The walk-in fast path in a handful of indexed lookups.

Nearly every walk-in at the desk is answered "both are free at 14:40, table 12". That
answer needs the two participants' own seats and the free tables of the first round
where both are free, not the whole floor of a 600-firm event (which
:func:`desk_app.ondesk.floor.load_floor` reads for the slower repair path).

The statements are built once, at import: on this path building SQLAlchemy statements
costs more Python time than SQLite takes to run them. Live statuses are written into
the SQL as literals so that SQLite can use the partial indexes (``WHERE status IN
('scheduled', 'held')``); with bound parameters it cannot prove the index applies and
scans the whole table.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import bindparam, false, select
from sqlalchemy.engine import Connection

from desk_app.db.models import (
    Event,
    Meeting,
    MeetingSeat,
    Participant,
    ParticipantUnavailability,
    RequestAllowedSlot,
    Slot,
    VenueTable,
)
from desk_app.ondesk.board import Board
from desk_app.ondesk.floor import SlotInfo, live_only, open_slot_index

_SLOTS = (select(Slot.id, Slot.code, Slot.starts_at, Slot.ends_at)
          .where(Slot.event_id == bindparam("event_id")).order_by(Slot.position))
_PAIR = select(Participant.id, Participant.company, Participant.host_table_id,
               Participant.max_meetings, Participant.absent).where(
    Participant.event_id == bindparam("event_id"),
    Participant.id.in_(bindparam("ids", expanding=True)))
_PAIR_SEATS = select(MeetingSeat.participant_id, MeetingSeat.slot_id).where(
    MeetingSeat.participant_id.in_(bindparam("ids", expanding=True)),
    live_only(MeetingSeat.status))
_PAIR_AWAY = select(ParticipantUnavailability.participant_id,
                    ParticipantUnavailability.slot_id).where(
    ParticipantUnavailability.participant_id.in_(bindparam("ids", expanding=True)))
_TABLES = (select(VenueTable.id, VenueTable.label, VenueTable.active)
           .where(VenueTable.event_id == bindparam("event_id"))
           .order_by(VenueTable.position, VenueTable.id))
_HOSTED = select(Participant.host_table_id).where(
    Participant.event_id == bindparam("event_id"), Participant.host_table_id.is_not(None),
    Participant.absent == false()).distinct()
_TAKEN_IN_SLOTS = select(Meeting.slot_id, Meeting.table_id).where(
    Meeting.event_id == bindparam("event_id"),
    Meeting.slot_id.in_(bindparam("slot_ids", expanding=True)), live_only(Meeting.status))
_CELL_TAKEN = select(Meeting.id).where(
    Meeting.table_id == bindparam("table_id"), Meeting.slot_id == bindparam("slot_id"),
    live_only(Meeting.status)).limit(1)
_TABLE = select(VenueTable.label, VenueTable.active).where(
    VenueTable.id == bindparam("table_id"), VenueTable.event_id == bindparam("event_id"))
_ALLOWED = select(RequestAllowedSlot.slot_id).where(
    RequestAllowedSlot.request_id == bindparam("request_id"))


@dataclass(frozen=True)
class PairState:
    """What the fast path needs to know about two participants (plain data)."""

    slots: tuple[SlotInfo, ...]
    open_slot: int
    companies: dict[int, str]
    hosts: dict[int, tuple[int, ...]]  # participant -> their host table
    absent: frozenset[int]
    remaining: dict[int, int]  # participants with a cap -> meetings still allowed
    busy: frozenset[tuple[int, int]]  # (participant, slot index) with a live meeting
    away: frozenset[tuple[int, int]]  # (participant, slot index) declared unavailable

    def slot_index(self, slot_id: int) -> int:
        return next((i for i, s in enumerate(self.slots) if s.id == slot_id), -1)

    def free_in(self, p: int, s: int) -> bool:
        return (p, s) not in self.busy and (p, s) not in self.away

    def can_book(self, a: int, b: int) -> bool:
        """Present, known, and under their maximum of meetings."""
        return (len(self.companies) == 2 and not (self.absent & {a, b})
                and self.remaining.get(a, 1) > 0 and self.remaining.get(b, 1) > 0)

    def who(self, p: int) -> str:
        return self.companies.get(p, f"participant {p}")


@dataclass(frozen=True)
class QuickFit:
    slot: SlotInfo
    slot_index: int
    table_id: int
    table_label: str


def load_pair(conn: Connection, event: Event, a: int, b: int) -> PairState:
    slots = tuple(SlotInfo(*row) for row in conn.execute(_SLOTS, {"event_id": event.id}))
    index = {s.id: i for i, s in enumerate(slots)}
    ids = {"ids": [a, b]}
    people = conn.execute(_PAIR, {"event_id": event.id, **ids}).all()
    seats = conn.execute(_PAIR_SEATS, ids).all()
    used = Counter(p for p, _s in seats)
    return PairState(
        slots=slots, open_slot=open_slot_index(event, slots),
        companies={pid: company for pid, company, _h, _c, _a in people},
        hosts={pid: (host,) for pid, _c, host, _m, _a in people if host is not None},
        absent=frozenset(pid for pid, _c, _h, _m, absent in people if absent),
        remaining={pid: max(0, cap - used[pid]) for pid, _c, _h, cap, _a in people
                   if cap is not None},
        busy=frozenset((p, index[s]) for p, s in seats),
        away=frozenset((p, index[s]) for p, s in conn.execute(_PAIR_AWAY, ids)),
    )


def table_order(conn: Connection, event: Event) -> tuple[tuple[int, ...], dict[int, str]]:
    """Tables in service in the order new meetings use them (tables of present hosts
    last, so hosts keep theirs), and every table's label."""
    rows = conn.execute(_TABLES, {"event_id": event.id}).all()
    hosted = set(conn.scalars(_HOSTED, {"event_id": event.id}))
    return (tuple(sorted((tid for tid, _l, on in rows if on), key=lambda t: t in hosted)),
            {tid: label for tid, label, _on in rows})


def taken_tables(conn: Connection, event: Event, slot_ids: list[int]) -> dict[int, set[int]]:
    """slot id -> tables holding a live meeting in it."""
    taken: dict[int, set[int]] = {sid: set() for sid in slot_ids}
    for sid, tid in conn.execute(_TAKEN_IN_SLOTS, {"event_id": event.id,
                                                   "slot_ids": slot_ids}):
        taken[sid].add(tid)
    return taken


def quick_fit(conn: Connection, event: Event, pair: PairState, a: int, b: int,
              request_id: int | None) -> QuickFit | None:
    """The earliest future round where both are free and a table is free (the same rule
    as :meth:`Board.fast_fit`), reading one round's tables at a time."""
    if not pair.can_book(a, b):
        return None
    allowed: set[int] | None = None
    if request_id is not None:
        allowed = {pair.slot_index(sid) for sid in conn.scalars(
            _ALLOWED, {"request_id": request_id})} or None
    rounds = [s for s in range(pair.open_slot, len(pair.slots))
              if (allowed is None or s in allowed)
              and pair.free_in(a, s) and pair.free_in(b, s)]
    if not rounds:
        return None
    tables, labels = table_order(conn, event)
    options = Board(len(pair.slots), pair.open_slot, tables,
                    hosts=pair.hosts).table_options(a, b)
    # The first round both are free nearly always has a table; if not, the others in
    # one query rather than one each.
    for batch in (rounds[:1], rounds[1:]):
        taken = taken_tables(conn, event, [pair.slots[s].id for s in batch]) if batch else {}
        for s in batch:
            busy = taken[pair.slots[s].id]
            table = next((t for t in options if t not in busy), None)
            if table is not None:
                return QuickFit(pair.slots[s], s, table, labels[table])
    return None


def still_fits(conn: Connection, event: Event, a: int, b: int, slot_id: int,
               table_id: int) -> tuple[PairState, str] | None:
    """Re-check a fast-path proposal against the database as it is now: the pair and
    the table's label, or None when it went stale."""
    pair = load_pair(conn, event, a, b)
    s = pair.slot_index(slot_id)
    if (s < pair.open_slot or not pair.can_book(a, b)
            or not (pair.free_in(a, s) and pair.free_in(b, s))):
        return None
    table = conn.execute(_TABLE, {"table_id": table_id, "event_id": event.id}).first()
    if table is None or not table.active or conn.scalar(
            _CELL_TAKEN, {"table_id": table_id, "slot_id": slot_id}) is not None:
        return None
    return pair, table.label
