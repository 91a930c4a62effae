"""The wait list: same-day wishes waiting for a freed slot.

A wait-listed wish is a ``MeetingRequest`` with status ``waitlisted`` and origin
``same_day``. Whenever something frees up, :func:`waitlist_candidates` lists the wishes
that now fit without moving anyone, best first (heaviest, then earliest).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk_app.db.models import (
    LIVE_STATUSES,
    Event,
    Meeting,
    MeetingRequest,
    Participant,
    RequestAllowedSlot,
    RequestOrigin,
    RequestStatus,
)
from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.ondesk.board import Fit
from desk_app.ondesk.booking import (
    WALK_IN_WEIGHT,
    BookingProposal,
    ProposalKind,
    find_request,
    get_participant,
    live_meeting_of,
    next_same_day_ext_id,
)
from desk_app.ondesk.floor import Floor, load_floor
from desk_app.services.changes import ChangeSummary
from desk_app.services.meetings import add_meeting
from desk_app.services.operation import Operation


@dataclass(frozen=True)
class WaitlistEntry:
    request_id: int
    message: str
    summary: ChangeSummary


@dataclass(frozen=True)
class FillResult:
    booked: tuple[BookingProposal, ...]  # what was booked (slot, table per request)
    message: str
    summary: ChangeSummary = field(default_factory=lambda: ChangeSummary(kind="none"))


def add_to_waitlist(
    session: Session, event: Event, a_id: int, b_id: int, *, weight: int = WALK_IN_WEIGHT,
    desk: str = "",
) -> WaitlistEntry:
    """Put the pair's wish on the wait list (reusing their request if they have one)."""
    if a_id == b_id:
        raise InvalidInput(t("A participant cannot meet themselves."),
                           code="same_participant")
    a, b = get_participant(session, event, a_id), get_participant(session, event, b_id)
    log = Operation(session, event.id, "waitlist_add", desk=desk)
    request = find_request(session, event, a_id, b_id)
    if request is not None:
        if live_meeting_of(session, request.id) is not None:
            raise InvalidInput(t("{a} and {b} already have a meeting.", a=a.company,
                                 b=b.company),
                               code="already_booked")
        if request.status == RequestStatus.WAITLISTED:
            raise InvalidInput(t("{a} – {b} is already on the wait list.", a=a.company,
                                 b=b.company),
                               code="already_waitlisted")
        log.touch(request)
        request.status = RequestStatus.WAITLISTED
    else:
        request = MeetingRequest(
            event_id=event.id, ext_id=next_same_day_ext_id(session, event),
            participant_a_id=a_id, participant_b_id=b_id, weight=weight,
            origin=RequestOrigin.SAME_DAY, status=RequestStatus.WAITLISTED)
        session.add(request)
        session.flush()
        log.created(request)
    log.involve(a_id, b_id)
    log.label = t("{a} – {b} put on the wait list", a=a.company, b=b.company)
    log.flag(requests=True)
    summary = log.finish()
    return WaitlistEntry(request.id, log.label + ".", summary)


class OpenRequest(NamedTuple):
    id: int
    participant_a_id: int
    participant_b_id: int
    weight: int
    status: str


def _open_requests(
    session: Session, event: Event, include_unscheduled: bool
) -> list[OpenRequest]:
    """Requests without a live meeting that the desk could book now (plain rows: on a
    large event there are thousands of unscheduled pre-event wishes)."""
    statuses = [RequestStatus.WAITLISTED.value]
    if include_unscheduled:
        statuses.append(RequestStatus.ACTIVE.value)
    live = select(Meeting.request_id).where(
        Meeting.event_id == event.id, Meeting.status.in_([s.value for s in LIVE_STATUSES]))
    rows = session.connection().execute(select(
        MeetingRequest.id, MeetingRequest.participant_a_id, MeetingRequest.participant_b_id,
        MeetingRequest.weight, MeetingRequest.status).where(
        MeetingRequest.event_id == event.id, MeetingRequest.status.in_(statuses),
        MeetingRequest.id.not_in(live))).all()
    return [OpenRequest(*row) for row in rows]


def _allowed(session: Session, floor: Floor, ids: Sequence[int]) -> dict[int, frozenset[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    if not ids:
        return {}
    for rid, sid in session.execute(
            select(RequestAllowedSlot.request_id, RequestAllowedSlot.slot_id)
            .where(RequestAllowedSlot.request_id.in_(ids))):
        out[rid].add(floor.slot_index(sid))
    return {k: frozenset(v) for k, v in out.items()}


def _offer(floor: Floor, r: OpenRequest, fit: Fit) -> BookingProposal:
    at = floor.slots[fit.slot]
    a, b = r.participant_a_id, r.participant_b_id
    fits = {"a": floor.who(a), "b": floor.who(b), "time": floor.at(fit.slot),
            "table": floor.table(fit.table)}
    return BookingProposal(
        ProposalKind.FAST, a, b, r.id, r.weight, slot_id=at.id, table_id=fit.table,
        starts_at=at.starts_at, affected_participants=frozenset({a, b}),
        message=(t("Wait list: {a} – {b} fits at {time}, {table}.", **fits)
                 if r.status == RequestStatus.WAITLISTED
                 else t("Unscheduled wish: {a} – {b} fits at {time}, {table}.", **fits)))


def plan_fill(
    session: Session, event: Event, *, slot_ids: Collection[int] | None = None,
    include_unscheduled: bool = False, request_ids: Collection[int] | None = None,
    together: bool = False, limit: int | None = None,
) -> list[BookingProposal]:
    """Requests that fit without moving anyone, best first. ``together``: each offer
    also leaves room for the ones before it (what filling all of them would book)."""
    floor = load_floor(session, event)
    board = floor.board
    requests = _open_requests(session, event, include_unscheduled)
    if request_ids is not None:
        wanted = set(request_ids)
        requests = [r for r in requests if r.id in wanted]
    allowed = _allowed(session, floor, [r.id for r in requests])
    slot_filter = (frozenset(floor.slot_index(s) for s in slot_ids)
                   if slot_ids is not None else None)
    fits: list[tuple[OpenRequest, Fit]] = []
    for r in requests:
        only = allowed.get(r.id)
        if slot_filter is not None:
            only = slot_filter if only is None else only & slot_filter
        fit = board.fast_fit(r.participant_a_id, r.participant_b_id, only)
        if fit is not None:
            fits.append((r, fit))
    fits.sort(key=lambda rf: (-rf[0].weight, rf[1].slot,
                              rf[0].status != RequestStatus.WAITLISTED, rf[0].id))
    if not together:
        return [_offer(floor, r, fit) for r, fit in fits[:limit]]
    taken: set[tuple[int, int]] = set()
    busy: set[tuple[int, int]] = set()
    used: dict[int, int] = defaultdict(int)
    out: list[BookingProposal] = []
    for r, _first in fits:
        a, b = r.participant_a_id, r.participant_b_id
        if any(p in board.remaining and used[p] >= board.remaining[p] for p in (a, b)):
            continue
        only = allowed.get(r.id)
        if slot_filter is not None:
            only = slot_filter if only is None else only & slot_filter
        fit = board.fast_fit(a, b, only, extra_taken=taken, extra_busy=busy)
        if fit is None:
            continue
        taken.add((fit.table, fit.slot))
        busy.update({(a, fit.slot), (b, fit.slot)})
        used[a] += 1
        used[b] += 1
        out.append(_offer(floor, r, fit))
        if limit is not None and len(out) >= limit:
            break
    return out


def waitlist_candidates(
    session: Session, event: Event, *, slot_ids: Collection[int] | None = None,
    include_unscheduled: bool = False, limit: int | None = 20,
) -> list[BookingProposal]:
    """Wait-list wishes (and, if asked, unscheduled pre-event wishes) that fit now,
    each on its own, best first; apply one with ``apply_proposal``."""
    return plan_fill(session, event, slot_ids=slot_ids,
                     include_unscheduled=include_unscheduled, limit=limit)


class WaitingPair(NamedTuple):
    request_id: int
    company_a: str
    company_b: str
    created_at: dt.datetime  # when the wish joined the wait list: the panel's order


def waiting_pairs(session: Session, event: Event) -> list[WaitingPair]:
    """Every wish on the wait list, fitting or not, heaviest first, then oldest."""
    a, b = aliased(Participant), aliased(Participant)
    rows = session.execute(
        select(MeetingRequest.id, a.company, b.company, MeetingRequest.created_at)
        .join(a, a.id == MeetingRequest.participant_a_id)
        .join(b, b.id == MeetingRequest.participant_b_id)
        .where(MeetingRequest.event_id == event.id,
               MeetingRequest.status == RequestStatus.WAITLISTED)
        .order_by(MeetingRequest.weight.desc(), MeetingRequest.id)).all()
    return [WaitingPair(*row) for row in rows]


def fill_from_waitlist(
    session: Session, event: Event, *, request_ids: Collection[int] | None = None,
    slot_ids: Collection[int] | None = None, include_unscheduled: bool = False,
    desk: str = "",
) -> FillResult:
    """Book every wait-list wish that fits (or only ``request_ids``; with
    ``include_unscheduled``, unscheduled pre-event wishes too), best first, as one
    undoable action."""
    offers = plan_fill(session, event, slot_ids=slot_ids, request_ids=request_ids,
                       include_unscheduled=include_unscheduled, together=True)
    if not offers:
        return FillResult((), t("No wait-list wish fits right now."))
    log = Operation(session, event.id, "waitlist_fill", desk=desk)
    for offer in offers:
        assert offer.request_id is not None
        request = session.get(MeetingRequest, offer.request_id)
        assert request is not None
        log.touch(request)
        request.status = RequestStatus.ACTIVE
        assert offer.slot_id is not None
        assert offer.table_id is not None
        meeting = add_meeting(session, request, slot_id=offer.slot_id, table_id=offer.table_id)
        session.flush()
        log.created(meeting)
    log.label = t("{count} wait-list wish(es) booked", count=len(offers))
    log.flag(requests=True)
    summary = log.finish()
    return FillResult(tuple(offers), log.label + ": " + " ".join(o.message for o in offers),
                      summary)
