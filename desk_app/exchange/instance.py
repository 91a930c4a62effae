"""An event as a `b2b-instance/1` dict, and a `b2b-instance/1` dict as a new event.

The file's ids are the event's exchange ids (slot code, table label, participant and
request ``ext_id``), so a schedule computed outside the app maps straight back onto rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.badges.codes import (
    make_badge_code,
    new_event_code,
    new_event_secret,
    normalise_ext_id,
)
from desk_app.db.models import (
    LIVE_STATUSES,
    AuditEntry,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participant,
    ParticipantUnavailability,
    RequestAllowedSlot,
    RequestStatus,
    Slot,
    VenueTable,
)
from desk_app.errors import InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.scheduling.io import INSTANCE_FORMAT, InstanceError, instance_from_dict
from desk_app.scheduling.model import Instance
from desk_app.services.changes import ChangeSummary, record_change
from desk_app.services.meetings import add_meeting

TIME_FORMAT = "%Y-%m-%dT%H:%M"
MAX_ID_LENGTH = 32  # the exchange-id columns are String(32)


def _ordered_slots(session: Session, event_id: int) -> list[Slot]:
    return list(session.scalars(
        select(Slot).where(Slot.event_id == event_id).order_by(Slot.position)
    ))


def resolve_now_slot(slots: list[Slot], now_slot: str | int | None) -> str | None:
    """The slot code `now` names: a code as is, an index (e.g. from
    ``clock.first_open_slot_index``) as the code of that slot; None or 0 = nothing past."""
    if now_slot is None:
        return None
    if isinstance(now_slot, int):
        if now_slot <= 0:
            return None
        if now_slot >= len(slots):
            raise InvalidInput(
                t("Every round of this event is over: there is nothing left to schedule."),
                code="day_over",
            )
        return slots[now_slot].code
    if not any(slot.code == now_slot for slot in slots):
        raise InvalidInput(t("This event has no round {slot}.", slot=repr(now_slot)),
                           code="unknown_slot")
    return now_slot


def event_to_instance_dict(
    session: Session,
    event_id: int,
    *,
    now_slot: str | int | None = None,
    include_meetings: bool = True,
) -> dict[str, Any]:
    """The event as a `b2b-instance/1` dict (key order as in the contract).

    Only active tables are listed; a live meeting at a table taken out of service is left
    out, so a re-solve treats its request as free to place again. Held meetings go out
    as locked: they happened, whatever the clock says.
    """
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(t("No event with id {id}.", id=event_id), code="event_not_found")
    slots = _ordered_slots(session, event_id)
    slot_code = {slot.id: slot.code for slot in slots}
    tables = list(session.scalars(
        select(VenueTable)
        .where(VenueTable.event_id == event_id, VenueTable.active.is_(True))
        .order_by(VenueTable.position, VenueTable.id)
    ))
    table_label = {table.id: table.label for table in tables}
    participants = list(session.scalars(
        select(Participant).where(Participant.event_id == event_id).order_by(Participant.id)
    ))
    ext_of = {p.id: p.ext_id for p in participants}
    unavailable: dict[int, set[int]] = defaultdict(set)
    for participant_id, slot_id in session.execute(
        select(ParticipantUnavailability.participant_id, ParticipantUnavailability.slot_id)
        .join(Participant, Participant.id == ParticipantUnavailability.participant_id)
        .where(Participant.event_id == event_id)
    ):
        unavailable[participant_id].add(slot_id)

    meetings: list[Meeting] = []
    if include_meetings:
        meetings = [
            m for m in session.scalars(
                select(Meeting)
                .where(Meeting.event_id == event_id, Meeting.status.in_(LIVE_STATUSES))
                .order_by(Meeting.id)
            )
            if m.table_id in table_label
        ]
    met_requests = {m.request_id for m in meetings}
    requests = [
        r for r in session.scalars(
            select(MeetingRequest)
            .where(MeetingRequest.event_id == event_id)
            .order_by(MeetingRequest.id)
        )
        if r.status == RequestStatus.ACTIVE or r.id in met_requests
    ]
    allowed: dict[int, set[int]] = defaultdict(set)
    for request_id, slot_id in session.execute(
        select(RequestAllowedSlot.request_id, RequestAllowedSlot.slot_id)
        .join(MeetingRequest, MeetingRequest.id == RequestAllowedSlot.request_id)
        .where(MeetingRequest.event_id == event_id)
    ):
        allowed[request_id].add(slot_id)

    def codes(slot_ids: set[int]) -> list[str]:
        return [slot.code for slot in slots if slot.id in slot_ids]

    participant_dicts = []
    for p in participants:
        entry: dict[str, Any] = {"id": p.ext_id, "company": p.company, "name": p.contact_name}
        if unavailable.get(p.id):
            entry["available"] = codes({s.id for s in slots} - unavailable[p.id])
        if p.host_table_id in table_label:
            entry["table"] = table_label[p.host_table_id]
        if p.max_meetings is not None:
            entry["max_meetings"] = p.max_meetings
        if p.min_meetings is not None:
            entry["min_meetings"] = p.min_meetings
        if p.absent:
            entry["absent"] = True
        participant_dicts.append(entry)

    request_ext = {r.id: r.ext_id for r in requests}
    request_dicts = []
    for r in requests:
        entry = {"id": r.ext_id, "a": ext_of[r.participant_a_id],
                 "b": ext_of[r.participant_b_id], "weight": r.weight}
        if allowed.get(r.id):
            entry["slots"] = codes(allowed[r.id])
        request_dicts.append(entry)

    data: dict[str, Any] = {
        "format": INSTANCE_FORMAT,
        "name": event.name,
        "slots": [
            {"id": s.code, "start": s.starts_at.strftime(TIME_FORMAT),
             "end": s.ends_at.strftime(TIME_FORMAT)}
            for s in slots
        ],
        "tables": [{"id": t.label, "zone": t.zone} for t in tables],
        "participants": participant_dicts,
        "requests": request_dicts,
    }
    if event.min_meetings:
        data["min_meetings"] = event.min_meetings
    now_code = resolve_now_slot(slots, now_slot)
    if now_code is not None:
        data["now"] = now_code
    if meetings:
        data["meetings"] = [
            {"request": request_ext[m.request_id], "slot": slot_code[m.slot_id],
             "table": table_label[m.table_id],
             "locked": bool(m.locked or m.status == MeetingStatus.HELD)}
            for m in meetings
        ]
    return data


# --- import ---------------------------------------------------------------------------


def _bad(message: str) -> InvalidInput:
    return InvalidInput(t("This instance file cannot be imported: {reason}.", reason=message),
                        code="bad_instance")


def _slot_times(instance: Instance) -> list[tuple[dt.datetime, dt.datetime]]:
    times = []
    previous_end: dt.datetime | None = None
    for slot in instance.slots:
        try:
            start = dt.datetime.fromisoformat(slot.start).replace(tzinfo=None, second=0)
            end = dt.datetime.fromisoformat(slot.end).replace(tzinfo=None, second=0)
        except ValueError:
            raise _bad(t(
                "slot {slot} needs start and end times like 2026-12-03T14:00 "
                "(got {start} and {end})", slot=slot.id, start=repr(slot.start),
                end=repr(slot.end))) from None
        if end <= start:
            raise _bad(t("slot {slot} ends before it starts", slot=slot.id))
        if previous_end is not None and start < previous_end:
            raise _bad(t("slot {slot} starts before the previous slot ends "
                         "(slots must be listed in time order)", slot=slot.id))
        previous_end = end
        times.append((start, end))
    return times


def _check_ids(instance: Instance) -> None:
    groups = [
        (t("slot"), [s.id for s in instance.slots]),
        (t("table"), [table.id for table in instance.tables]),
        (t("participant"), [p.id for p in instance.participants]),
        (t("request"), [r.id for r in instance.requests]),
    ]
    for what, ids in groups:
        for ext_id in ids:
            if len(ext_id) > MAX_ID_LENGTH:
                raise _bad(t("{what} id {id} is longer than {limit} characters", what=what,
                             id=repr(ext_id[:40]), limit=MAX_ID_LENGTH))
    # Badge codes carry a normalised id: two ids that normalise alike would share a badge.
    seen: dict[str, str] = {}
    for p in instance.participants:
        try:
            key = normalise_ext_id(p.id)
        except ValueError:
            raise _bad(t("participant id {id} has no letters or digits",
                         id=repr(p.id))) from None
        if key in seen:
            raise _bad(t("participant ids {first} and {second} are too alike "
                         "(they differ only in case or punctuation)",
                         first=repr(seen[key]), second=repr(p.id)))
        seen[key] = p.id


def _check_meetings(instance: Instance) -> None:
    pair = {r.id: (r.a, r.b) for r in instance.requests}
    tables_taken: dict[tuple[str, str], str] = {}
    people_taken: dict[tuple[str, str], str] = {}
    for m in instance.meetings:
        other = tables_taken.setdefault((m.table, m.slot), m.request)
        if other != m.request:
            raise _bad(t("meetings {first} and {second} share table {table} in {slot}",
                         first=other, second=m.request, table=m.table, slot=m.slot))
        for who in pair[m.request]:
            other = people_taken.setdefault((who, m.slot), m.request)
            if other != m.request:
                raise _bad(t("participant {who} has two meetings in {slot} "
                             "({first} and {second})", who=who, slot=m.slot, first=other,
                             second=m.request))


def unused_event_code(session: Session) -> str:
    used = set(session.scalars(select(Event.code)))
    while True:
        code = new_event_code()
        if code not in used:
            return code


def unused_event_name(session: Session, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``... when an event already has it: commands
    pick an event by name (``--event``), so two of the same name would be ambiguous."""
    taken = set(session.scalars(select(Event.name).where(Event.name.startswith(name))))
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def import_instance_dict(
    session: Session, data: Mapping[str, Any], *, name: str | None = None, desk: str = ""
) -> Event:
    """Load a `b2b-instance/1` dict into a NEW event (flushed, not committed).

    Raises InvalidInput with one sentence when the file is inconsistent; the caller's
    transaction then rolls back and nothing is written.
    """
    try:
        instance = instance_from_dict(data)
    except InstanceError as exc:
        raise _bad(str(exc)) from None
    except (TypeError, AttributeError):  # e.g. a number where a list of slots belongs
        raise _bad(t("it does not follow the b2b-instance/1 layout")) from None
    times = _slot_times(instance)
    _check_ids(instance)
    _check_meetings(instance)

    event_name = unused_event_name(
        session, (name or instance.name or "Imported event").strip()[:190])
    event = Event(name=event_name, venue="", date=times[0][0].date(),
                  code=unused_event_code(session), badge_secret=new_event_secret(),
                  min_meetings=instance.min_meetings)
    session.add(event)
    session.flush()

    slot_rows = {}
    for position, (slot, (start, end)) in enumerate(zip(instance.slots, times, strict=True)):
        slot_rows[slot.id] = Slot(event_id=event.id, position=position, code=slot.id,
                                  starts_at=start, ends_at=end)
    table_rows = {
        t.id: VenueTable(event_id=event.id, label=t.id, zone=t.zone[:32], position=position)
        for position, t in enumerate(instance.tables)
    }
    session.add_all([*slot_rows.values(), *table_rows.values()])
    session.flush()

    people = {}
    for p in instance.participants:
        row = Participant(
            event_id=event.id, ext_id=p.id, company=p.company[:200],
            contact_name=p.name[:200], max_meetings=p.max_meetings, absent=p.absent,
            min_meetings=p.min_meetings,
            host_table_id=table_rows[p.table].id if p.table is not None else None,
            badge_code=make_badge_code(event.badge_secret, event.code, p.id),
        )
        if p.available is not None:
            row.unavailable_slots = [
                ParticipantUnavailability(slot_id=slot_rows[code].id)
                for code in slot_rows if code not in p.available
            ]
        people[p.id] = row
    session.add_all(people.values())
    session.flush()

    requests = {}
    for r in instance.requests:
        request = MeetingRequest(
            event_id=event.id, ext_id=r.id, participant_a_id=people[r.a].id,
            participant_b_id=people[r.b].id, weight=r.weight,
        )
        if r.slots is not None:
            request.allowed_slots = [
                RequestAllowedSlot(slot_id=slot_rows[code].id)
                for code in slot_rows if code in r.slots
            ]
        requests[r.id] = request
    session.add_all(requests.values())
    session.flush()

    for m in instance.meetings:
        add_meeting(session, requests[m.request], slot_id=slot_rows[m.slot].id,
                    table_id=table_rows[m.table].id, locked=m.locked)
    session.add(AuditEntry(
        event_id=event.id, desk=desk, action="import_instance", entity="event",
        entity_id=event.id, after={
            "name": event.name, "slots": len(slot_rows), "tables": len(table_rows),
            "participants": len(people), "requests": len(requests),
            "meetings": len(instance.meetings),
        },
    ))
    record_change(session, event.id, ChangeSummary(kind="import", everything=True), desk=desk)
    session.flush()
    return event
