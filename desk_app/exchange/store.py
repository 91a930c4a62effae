"""Writing a solver's schedule into the event, in one transaction.

Meetings keep their identity when they move (agenda versions and the audit log refer to
meeting ids), so the new schedule is applied as a diff: unchanged meetings are left
alone, moved ones are updated in place, dropped ones are cancelled and new ones added.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.db.models import (
    LIVE_STATUSES,
    AuditEntry,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Slot,
    VenueTable,
)
from desk_app.errors import Conflict, InvalidInput
from desk_app.exchange.instance import resolve_now_slot
from desk_app.i18n import t
from desk_app.scheduling.io import InstanceError, meetings_from_schedule_dict, schedule_to_dict
from desk_app.scheduling.model import PlacedMeeting, Schedule
from desk_app.services.changes import ChangeSummary, record_change
from desk_app.services.meetings import add_meeting


def _placed_meetings(
    schedule: Schedule | Mapping[str, Any],
) -> tuple[tuple[PlacedMeeting, ...], dict[str, Any] | None]:
    if isinstance(schedule, Schedule):
        return schedule.meetings, schedule_to_dict(schedule)["stats"]
    try:
        meetings = meetings_from_schedule_dict(schedule)
    except (InstanceError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(t("This is not a usable b2b-schedule/1 schedule ({reason}).",
                             reason=exc),
                           code="bad_schedule") from None
    stats = schedule.get("stats")
    return meetings, dict(stats) if isinstance(stats, Mapping) else None


def store_schedule(
    session: Session,
    event_id: int,
    schedule: Schedule | Mapping[str, Any],
    *,
    desk: str = "",
    now_slot: str | int | None = None,
) -> ChangeSummary:
    """Replace the event's future, unlocked, scheduled meetings with ``schedule``.

    Never touched: meetings before ``now_slot`` (past and running rounds), locked ones and
    held ones; a schedule entry that contradicts them is ignored. Raises InvalidInput for
    unknown ids and Conflict when the result would double-book a table or a person (the
    caller's transaction then rolls back: nothing is written).
    """
    placed, stats = _placed_meetings(schedule)
    slots = list(session.scalars(
        select(Slot).where(Slot.event_id == event_id).order_by(Slot.position)
    ))
    slot_by_code = {s.code: s for s in slots}
    now_code = resolve_now_slot(slots, now_slot)
    first_open = slot_by_code[now_code].position if now_code is not None else -1
    position_of = {s.id: s.position for s in slots}
    tables = {t.label: t for t in session.scalars(
        select(VenueTable).where(VenueTable.event_id == event_id, VenueTable.active.is_(True))
    )}
    requests = {r.ext_id: r for r in session.scalars(
        select(MeetingRequest).where(MeetingRequest.event_id == event_id)
    )}

    target: dict[int, tuple[int, int]] = {}
    for entry in placed:
        if (entry.request not in requests or entry.slot not in slot_by_code
                or entry.table not in tables):
            raise InvalidInput(
                t("The schedule names a request, round or table this event does not have "
                  "({request}, {slot}, {table}); nothing was changed.",
                  request=entry.request, slot=entry.slot, table=entry.table),
                code="bad_schedule",
            )
        slot = slot_by_code[entry.slot]
        if slot.position >= first_open:
            target[requests[entry.request].id] = (slot.id, tables[entry.table].id)

    live = list(session.scalars(
        select(Meeting).where(Meeting.event_id == event_id, Meeting.status.in_(LIVE_STATUSES))
    ))
    replaceable = [
        m for m in live
        if m.status == MeetingStatus.SCHEDULED and not m.locked
        and position_of[m.slot_id] >= first_open
    ]
    replaceable_ids = {m.id for m in replaceable}
    kept_requests = {m.request_id for m in live if m.id not in replaceable_ids}
    for request_id in kept_requests:
        target.pop(request_id, None)
    by_request = {m.request_id: m for m in replaceable}
    moving = [m for m in replaceable
              if m.request_id in target and (m.slot_id, m.table_id) != target[m.request_id]]
    dropping = [m for m in replaceable if m.request_id not in target]
    before = {m.id: (m.slot_id, m.table_id) for m in [*moving, *dropping]}
    request_by_id = {r.id: r for r in requests.values()}

    try:
        # Park the moving meetings first (a cancelled meeting holds no seat), so that
        # swaps between two meetings never trip the unique indexes half-way.
        for m in [*moving, *dropping]:
            m.status = MeetingStatus.CANCELLED
        session.flush()
        for m in moving:
            m.slot_id, m.table_id = target[m.request_id]
            m.status = MeetingStatus.SCHEDULED
        added = [
            add_meeting(session, request_by_id[request_id], slot_id=slot_id, table_id=table_id)
            for request_id, (slot_id, table_id) in target.items()
            if request_id not in by_request
        ]
        session.flush()
    except IntegrityError:
        raise Conflict(
            t("The new schedule clashes with meetings already in the event (a table or a "
              "person would be booked twice); nothing was changed. Schedule again."),
            code="schedule_clash",
        ) from None

    touched = [*moving, *dropping, *added]
    cells = {(t, s) for s, t in before.values()} | {(m.table_id, m.slot_id) for m in touched
                                                    if m.status != MeetingStatus.CANCELLED}
    session.add(AuditEntry(
        event_id=event_id, desk=desk, action="store_schedule", entity="event",
        entity_id=event_id,
        before={"moved_or_cancelled": [[mid, s, t] for mid, (s, t) in sorted(before.items())]},
        after={"added": len(added), "moved": len(moving), "cancelled": len(dropping),
               "now": now_code, "stats": stats},
    ))
    return record_change(session, event_id, ChangeSummary(
        kind="schedule", meetings=frozenset(m.id for m in touched), cells=frozenset(cells),
        everything=True,
    ), desk=desk)
