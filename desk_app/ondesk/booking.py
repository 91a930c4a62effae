"""Walk-in bookings: "can these two meet today?" answered in two steps.

:func:`propose_walk_in` only reads: the fast path (earliest slot where both are free and
a table is free), else a repair that moves a few unlocked future meetings, else the
reasons in words. :func:`apply_proposal` re-checks the proposal against the database
(another desk may have booked meanwhile) and writes it as one undoable action.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.db.models import (
    Event,
    Meeting,
    MeetingRequest,
    Participant,
    RequestAllowedSlot,
    RequestOrigin,
    RequestStatus,
)
from desk_app.errors import Conflict, InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.ondesk.audit import apply_meeting_states, meetings_by_id
from desk_app.ondesk.board import Board, Fit, plan_problems
from desk_app.ondesk.explain import diagnose
from desk_app.ondesk.fastpath import load_pair, quick_fit, still_fits
from desk_app.ondesk.floor import Floor, live_only, load_floor
from desk_app.ondesk.repair import Wanted, repair
from desk_app.services.changes import ChangeSummary
from desk_app.services.meetings import add_meeting
from desk_app.services.operation import Operation

WALK_IN_WEIGHT = 2  # a wish voiced at the desk: as strong as a one-way pre-event wish


class ProposalKind(StrEnum):
    FAST = "fast"  # free slot and table, nothing moves
    RESOLVE = "resolve"  # possible if the listed meetings move
    IMPOSSIBLE = "impossible"


@dataclass(frozen=True)
class MeetingMove:
    meeting_id: int
    participant_ids: tuple[int, int]
    from_slot_id: int
    from_table_id: int
    to_slot_id: int
    to_table_id: int
    version: int  # the meeting's version when proposed (optimistic re-check)
    description: str  # "Osmose – Durand SA: 14:40 table 3 → 15:20 table 7"


@dataclass(frozen=True)
class BookingProposal:
    kind: ProposalKind
    a_id: int
    b_id: int
    request_id: int | None  # existing request to book; None = a new same-day request
    weight: int
    slot_id: int | None = None
    table_id: int | None = None
    starts_at: dt.datetime | None = None
    moves: tuple[MeetingMove, ...] = ()
    affected_participants: frozenset[int] = frozenset()  # whose agendas change
    reasons: tuple[str, ...] = ()
    can_waitlist: bool = False
    # Not searched (allow_moves=False), but moving other meetings might make room.
    could_move: bool = False
    message: str = ""


@dataclass(frozen=True)
class BookingResult:
    booked: bool
    message: str
    meeting_id: int | None = None
    request_id: int | None = None
    slot_id: int | None = None
    table_id: int | None = None
    moved: tuple[MeetingMove, ...] = ()
    reasons: tuple[str, ...] = ()
    can_waitlist: bool = False
    could_move: bool = False  # as in BookingProposal
    summary: ChangeSummary = field(default_factory=lambda: ChangeSummary(kind="none"))


def get_participant(session: Session, event: Event, participant_id: int) -> Participant:
    p = session.get(Participant, participant_id)
    if p is None or p.event_id != event.id:
        raise NotFound(t("No participant {id} in this event.", id=participant_id),
                       code="participant_not_found")
    return p


# By the participant indexes: "a IN (x, y) AND b IN (x, y)", and the event checked in
# Python (with it in the WHERE clause SQLite walks the (event, ext_id) index instead:
# every request of the event).
_PAIR_REQUESTS = select(MeetingRequest.id, MeetingRequest.event_id,
                        MeetingRequest.participant_a_id, MeetingRequest.participant_b_id,
                        MeetingRequest.status).where(
    MeetingRequest.participant_a_id.in_(bindparam("ids", expanding=True)),
    MeetingRequest.participant_b_id.in_(bindparam("ids", expanding=True)),
).order_by(MeetingRequest.id)
_LIVE_MEETING = select(Meeting.id).where(
    Meeting.request_id == bindparam("request_id"), live_only(Meeting.status))


def find_request_id(session: Session, event: Event, a: int, b: int) -> int | None:
    """The pair's request (either direction), preferring one that is not withdrawn."""
    rows = [row for row in session.connection().execute(_PAIR_REQUESTS, {"ids": [a, b]})
            if row.event_id == event.id
            and {row.participant_a_id, row.participant_b_id} == {a, b}]
    rows.sort(key=lambda r: r.status == RequestStatus.WITHDRAWN)
    return rows[0].id if rows else None


def find_request(session: Session, event: Event, a: int, b: int) -> MeetingRequest | None:
    request_id = find_request_id(session, event, a, b)
    return None if request_id is None else session.get(MeetingRequest, request_id)


def live_meeting_of(session: Session, request_id: int) -> Meeting | None:
    meeting_id = session.connection().scalar(_LIVE_MEETING, {"request_id": request_id})
    return None if meeting_id is None else session.get(Meeting, meeting_id)


def allowed_slots(session: Session, floor: Floor, request_id: int | None) -> frozenset[int] | None:
    if request_id is None:
        return None
    ids = session.scalars(select(RequestAllowedSlot.slot_id)
                          .where(RequestAllowedSlot.request_id == request_id)).all()
    return frozenset(floor.slot_index(i) for i in ids) if ids else None


def describe_move(floor: Floor, meeting_id: int, a: int, b: int, old: Fit, new: Fit,
                  version: int) -> MeetingMove:
    where = (f"{floor.at(old.slot)} {floor.table(old.table)} → "
             f"{floor.at(new.slot)} {floor.table(new.table)}")
    return MeetingMove(
        meeting_id=meeting_id, participant_ids=(a, b),
        from_slot_id=floor.slots[old.slot].id, from_table_id=old.table,
        to_slot_id=floor.slots[new.slot].id, to_table_id=new.table, version=version,
        description=f"{floor.who(a)} – {floor.who(b)}: {where}",
    )


def propose_walk_in(
    session: Session, event: Event, a_id: int, b_id: int, *, weight: int = WALK_IN_WEIGHT,
    allow_moves: bool = True, time_limit: float = 0.5,
) -> BookingProposal:
    """How ``a`` and ``b`` could meet today (reads only)."""
    if a_id == b_id:
        raise InvalidInput(t("A participant cannot meet themselves."),
                           code="same_participant")
    conn = session.connection()
    pair = load_pair(conn, event, a_id, b_id)
    for p in (a_id, b_id):
        if p not in pair.companies:
            raise NotFound(t("No participant {id} in this event.", id=p),
                           code="participant_not_found")
    request_id = find_request_id(session, event, a_id, b_id)
    if request_id is not None:
        request = session.get_one(MeetingRequest, request_id)
        weight = request.weight
        current = live_meeting_of(session, request_id)
        if current is not None:
            a, b = pair.who(a_id), pair.who(b_id)
            floor = load_floor(session, event, focus=(a_id, b_id))
            when = floor.at(floor.slot_index(current.slot_id))
            return BookingProposal(
                ProposalKind.IMPOSSIBLE, a_id, b_id, request_id, weight,
                reasons=(t("{a} and {b} already meet at {time}, {table}.", a=a, b=b,
                           time=when, table=floor.table(current.table_id)),),
                message=t("{a} and {b} already meet at {time}.", a=a, b=b, time=when))
    quick = quick_fit(conn, event, pair, a_id, b_id, request_id)
    if quick is not None:
        return BookingProposal(
            ProposalKind.FAST, a_id, b_id, request_id, weight, slot_id=quick.slot.id,
            table_id=quick.table_id, starts_at=quick.slot.starts_at,
            affected_participants=frozenset({a_id, b_id}),
            message=t("Both free at {time}, table {table}.",
                      time=f"{quick.slot.starts_at:%H:%M}", table=quick.table_label))
    # Not possible as things stand: the whole picture, to explain why or move meetings.
    floor = load_floor(session, event, focus=(a_id, b_id))
    allowed = allowed_slots(session, floor, request_id)
    diagnosis = diagnose(floor, a_id, b_id, allowed)
    reasons = diagnosis.reasons
    if diagnosis.movable and allow_moves:
        full = load_floor(session, event)
        wanted = [Wanted(0, a_id, b_id, weight, allowed)]
        for depth in (1, 2):
            found = repair(full.board, wanted, depth=depth, time_limit=time_limit)
            if 0 in found.placed:
                return _resolve_proposal(full, a_id, b_id, request_id, weight,
                                         found.placed[0], found.moves)
        reasons = (*reasons, t("Moving other unlocked meetings does not make room either."))
    day_over = not list(floor.board.future_slots())
    return BookingProposal(
        ProposalKind.IMPOSSIBLE, a_id, b_id, request_id, weight, reasons=reasons,
        can_waitlist=not day_over, could_move=diagnosis.movable and not allow_moves,
        message=" ".join(reasons))


def _resolve_proposal(floor: Floor, a_id: int, b_id: int, request_id: int | None,
                      weight: int, place: Fit, moves: dict[int, Fit]) -> BookingProposal:
    by_id = {m.id: m for m in floor.board.meetings}
    described = tuple(
        describe_move(floor, mid, by_id[mid].a, by_id[mid].b,
                      Fit(by_id[mid].slot, by_id[mid].table), new, floor.versions[mid])
        for mid, new in sorted(moves.items(), key=lambda kv: (by_id[kv[0]].slot, kv[0])))
    affected = {a_id, b_id} | {p for mv in described for p in mv.participant_ids}
    at = floor.slots[place.slot]
    n = len(described)
    listed = "; ".join(mv.description for mv in described)
    return BookingProposal(
        ProposalKind.RESOLVE, a_id, b_id, request_id, weight, slot_id=at.id,
        table_id=place.table, starts_at=at.starts_at, moves=described,
        affected_participants=frozenset(affected),
        message=(t("Possible at {time}, {table} if 1 meeting moves: {moves}.",
                   time=floor.at(place.slot), table=floor.table(place.table), moves=listed)
                 if n == 1 else
                 t("Possible at {time}, {table} if {count} meetings move: {moves}.",
                   time=floor.at(place.slot), table=floor.table(place.table), count=n,
                   moves=listed)))


def _floor_changed() -> str:
    return t("The floor changed since this proposal (another desk booked or moved a "
             "meeting, or the round started). Look again.")


def _recheck(floor: Floor, proposal: BookingProposal) -> None:
    stale = [mv for mv in proposal.moves if floor.versions.get(mv.meeting_id) != mv.version]
    assert proposal.slot_id is not None
    assert proposal.table_id is not None
    place = Fit(floor.slot_index(proposal.slot_id), proposal.table_id)
    moves = {mv.meeting_id: Fit(floor.slot_index(mv.to_slot_id), mv.to_table_id)
             for mv in proposal.moves}
    problems = [] if stale else plan_problems(
        floor.board, moves, [(proposal.a_id, proposal.b_id, place)])
    if stale or problems:
        raise Conflict(_floor_changed(), code="stale_proposal")


def _recheck_fast(session: Session, event: Event, proposal: BookingProposal) -> Floor:
    """The fast path's re-check: a few indexed lookups instead of reloading the floor;
    returns a floor with just the names the action's label needs."""
    assert proposal.slot_id is not None
    assert proposal.table_id is not None
    fits = still_fits(session.connection(), event, proposal.a_id, proposal.b_id,
                      proposal.slot_id, proposal.table_id)
    if fits is None:
        raise Conflict(_floor_changed(), code="stale_proposal")
    pair, label = fits
    return Floor(
        event_id=event.id, board=Board(len(pair.slots), pair.open_slot, ()),
        slots=pair.slots, table_labels={proposal.table_id: label},
        companies=pair.companies, host_owner={}, versions={}, meeting_request={})


def apply_proposal(
    session: Session, event: Event, proposal: BookingProposal, *, desk: str = "",
    action: str = "walk_in",
) -> BookingResult:
    """Write a FAST or RESOLVE proposal as one undoable action, after re-checking it."""
    if proposal.kind == ProposalKind.IMPOSSIBLE:
        raise InvalidInput(proposal.message or t("This meeting cannot be booked."),
                           code="impossible")
    if proposal.request_id is not None and live_meeting_of(session, proposal.request_id):
        raise Conflict(t("These two were booked together meanwhile (another desk)."),
                       code="stale_proposal")
    if proposal.moves:
        floor = load_floor(session, event)
        _recheck(floor, proposal)
    else:
        floor = _recheck_fast(session, event, proposal)
    log = Operation(session, event.id, action, desk=desk)
    request = _request_for(session, event, log, proposal)
    if proposal.moves:
        meetings = meetings_by_id(session, [mv.meeting_id for mv in proposal.moves])
        log.touch(*meetings.values())
        apply_meeting_states(session, [
            (meetings[mv.meeting_id], {"slot_id": mv.to_slot_id, "table_id": mv.to_table_id})
            for mv in proposal.moves])
    assert proposal.slot_id is not None
    assert proposal.table_id is not None
    meeting = add_meeting(session, request, slot_id=proposal.slot_id,
                          table_id=proposal.table_id)
    if request.id is None:
        # A new same-day request, not flushed yet: the relationship fills request_id in
        # the same flush (one round of the unit of work instead of two).
        meeting.request = request
    try:
        session.flush()
    except IntegrityError:
        # Lost a race with another desk between the re-check and the write (possible on
        # PostgreSQL; SQLite's write lock is taken up front). The caller rolls back.
        raise Conflict(t("Another desk booked this table or one of these participants at "
                         "the same moment. Look again."), code="stale_proposal") from None
    log.created(meeting)
    slot = floor.slot_index(proposal.slot_id)
    meets = {"a": floor.who(proposal.a_id), "b": floor.who(proposal.b_id),
             "time": floor.at(slot), "table": floor.table(proposal.table_id)}
    log.label = (t("{a} meets {b} at {time}, {table} ({count} meeting(s) moved)",
                   count=len(proposal.moves), **meets) if proposal.moves
                 else t("{a} meets {b} at {time}, {table}", **meets))
    log.flag(requests=True)
    summary = log.finish()
    return BookingResult(
        booked=True, message=log.label + ".", meeting_id=meeting.id, request_id=request.id,
        slot_id=proposal.slot_id, table_id=proposal.table_id, moved=proposal.moves,
        summary=summary)


_SAME_DAY_COUNT = select(func.count()).select_from(MeetingRequest).where(
    # A range, not LIKE: it uses the (event, ext_id) unique index.
    MeetingRequest.event_id == bindparam("event_id"), MeetingRequest.ext_id >= "SD",
    MeetingRequest.ext_id < "SE")
_EXT_ID_TAKEN = select(MeetingRequest.id).where(
    MeetingRequest.event_id == bindparam("event_id"),
    MeetingRequest.ext_id == bindparam("ext_id"))


def next_same_day_ext_id(session: Session, event: Event) -> str:
    """SD0001, SD0002, ...: counted, then probed (two index lookups, not a list of every
    same-day request of the day)."""
    conn = session.connection()
    n = (conn.scalar(_SAME_DAY_COUNT, {"event_id": event.id}) or 0) + 1
    while conn.scalar(_EXT_ID_TAKEN, {"event_id": event.id, "ext_id": f"SD{n:04d}"}):
        n += 1
    return f"SD{n:04d}"


def _request_for(session: Session, event: Event, log: Operation,
                 proposal: BookingProposal) -> MeetingRequest:
    if proposal.request_id is not None:
        request = session.get(MeetingRequest, proposal.request_id)
        if request is None:
            raise Conflict(t("This request was deleted meanwhile."), code="stale_proposal")
        log.touch(request)
        request.status = RequestStatus.ACTIVE
        return request
    request = MeetingRequest(
        event_id=event.id, ext_id=next_same_day_ext_id(session, event),
        participant_a_id=proposal.a_id, participant_b_id=proposal.b_id,
        weight=proposal.weight, origin=RequestOrigin.SAME_DAY, status=RequestStatus.ACTIVE)
    session.add(request)  # flushed with its meeting
    log.created(request)
    return request


def book_walk_in(
    session: Session, event: Event, a_id: int, b_id: int, *, desk: str = "",
    allow_moves: bool = False, weight: int = WALK_IN_WEIGHT,
) -> BookingResult:
    """Propose and apply in one go (the CLI). Without ``allow_moves`` only the fast path
    books; otherwise the result carries the reasons."""
    proposal = propose_walk_in(session, event, a_id, b_id, weight=weight,
                               allow_moves=allow_moves)
    if proposal.kind == ProposalKind.IMPOSSIBLE or (
            proposal.kind == ProposalKind.RESOLVE and not allow_moves):
        return BookingResult(booked=False, message=proposal.message,
                             request_id=proposal.request_id, reasons=proposal.reasons,
                             can_waitlist=proposal.can_waitlist,
                             could_move=proposal.could_move)
    return apply_proposal(session, event, proposal, desk=desk)
