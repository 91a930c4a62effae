"""No-shows: a participant who is not coming, or a partner missing from one meeting."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.clock import event_now
from desk_app.db.models import (
    LIVE_STATUSES,
    Event,
    Meeting,
    MeetingSeat,
    MeetingStatus,
    Participant,
    Slot,
)
from desk_app.errors import InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.ondesk.booking import get_participant
from desk_app.ondesk.floor import load_slots, open_slot_index
from desk_app.ondesk.results import ActionResult, offers_for
from desk_app.services.checkin import checked_in_ids
from desk_app.services.operation import Operation

LIVE = [s.value for s in LIVE_STATUSES]


def mark_no_show(
    session: Session, event: Event, participant_id: int, *, desk: str = ""
) -> ActionResult:
    """Mark ``participant_id`` absent: their meetings in rounds not started yet are
    cancelled (locked ones too: nobody will sit there), partners are freed, and the
    freed cells are offered to the wait list. Running and past rounds stay as they are."""
    person = get_participant(session, event, participant_id)
    if person.absent:
        raise InvalidInput(t("{company} is already marked absent.", company=person.company),
                           code="already_absent")
    slots = load_slots(session, event.id)
    future = [s.id for s in slots[open_slot_index(event, slots):]]
    meetings = list(session.scalars(
        select(Meeting).join(MeetingSeat, MeetingSeat.meeting_id == Meeting.id)
        .where(MeetingSeat.participant_id == participant_id, Meeting.status.in_(LIVE),
               Meeting.slot_id.in_(future))))
    log = Operation(session, event.id, "no_show", desk=desk)
    log.touch(person, *meetings)
    person.absent = True
    freed = set()
    for m in meetings:
        freed.add((m.table_id, m.slot_id))
        m.status = MeetingStatus.CANCELLED
        m.missing_participant_id = participant_id
    n = len(meetings)
    log.label = (t("{company} marked absent; 1 meeting cancelled", company=person.company)
                 if n == 1 else t("{company} marked absent; {count} meetings cancelled",
                                  company=person.company, count=n))
    summary = log.finish()
    offers = offers_for(session, event, freed)
    return ActionResult(log.label + ".", tuple(m.id for m in meetings), frozenset(freed),
                        offers, summary=summary)


def partner_missing(
    session: Session, event: Event, meeting_id: int, missing_participant_id: int, *,
    desk: str = "",
) -> ActionResult:
    """"Partner did not come": the meeting becomes a no-show naming who was missing;
    its table is free again for the rest of the round."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.event_id != event.id:
        raise NotFound(t("No meeting {id} in this event.", id=meeting_id),
                       code="meeting_not_found")
    parties = {meeting.request.participant_a_id, meeting.request.participant_b_id}
    if missing_participant_id not in parties:
        raise InvalidInput(t("That participant is not in this meeting."),
                           code="not_in_meeting")
    if meeting.status not in LIVE:
        raise InvalidInput(t("This meeting is already cancelled or marked as a no-show."),
                           code="not_live")
    log = Operation(session, event.id, "partner_missing", desk=desk)
    log.touch(meeting)
    meeting.status = MeetingStatus.NO_SHOW
    meeting.missing_participant_id = missing_participant_id
    missing = get_participant(session, event, missing_participant_id)
    log.label = t("{company} did not come to meeting {id}", company=missing.company,
                  id=meeting.id)
    summary = log.finish()
    freed = frozenset({(meeting.table_id, meeting.slot_id)})
    return ActionResult(log.label + ".", (meeting.id,), freed,
                        offers_for(session, event, freed), summary=summary)


def suggest_no_shows(
    session: Session, event: Event, cutoff_minutes: int = 15
) -> list[Participant]:
    """Participants not checked in (nor already absent) whose first meeting starts
    within ``cutoff_minutes`` or has already started: candidates for "no-show"."""
    limit = event_now(event) + dt.timedelta(minutes=cutoff_minutes)
    first = (
        select(MeetingSeat.participant_id, func.min(Slot.starts_at).label("first"))
        .join(Meeting, Meeting.id == MeetingSeat.meeting_id)
        .join(Slot, Slot.id == MeetingSeat.slot_id)
        .where(Meeting.event_id == event.id, MeetingSeat.status.in_(LIVE))
        .group_by(MeetingSeat.participant_id).subquery()
    )
    here = checked_in_ids(session, event.id)
    rows = session.scalars(
        select(Participant).join(first, first.c.participant_id == Participant.id)
        .where(Participant.event_id == event.id, Participant.absent.is_(False),
               first.c.first <= limit)
        .order_by(first.c.first, Participant.company))
    return [p for p in rows if p.id not in here]
