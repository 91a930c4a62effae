"""A participant's day as the desk shows and prints it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from desk_app.db.models import (
    LIVE_STATUSES,
    Meeting,
    MeetingRequest,
    Participant,
    Slot,
    VenueTable,
)


@dataclass(frozen=True)
class AgendaLine:
    meeting_id: int
    slot_id: int
    slot_code: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    table_id: int
    table_label: str
    zone: str
    status: str
    locked: bool
    partner_id: int
    partner_company: str
    partner_name: str
    partner_country: str


def participant_agenda(
    session: Session, participant_id: int, *, include_inactive: bool = False
) -> list[AgendaLine]:
    """The participant's meetings in time order (live ones only unless asked)."""
    partner = aliased(Participant)
    query = (
        select(Meeting, Slot, VenueTable, MeetingRequest, partner)
        .join(Slot, Meeting.slot_id == Slot.id)
        .join(VenueTable, Meeting.table_id == VenueTable.id)
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .join(
            partner,
            or_(
                (MeetingRequest.participant_a_id == participant_id)
                & (partner.id == MeetingRequest.participant_b_id),
                (MeetingRequest.participant_b_id == participant_id)
                & (partner.id == MeetingRequest.participant_a_id),
            ),
        )
        .order_by(Slot.position)
    )
    if not include_inactive:
        query = query.where(Meeting.status.in_([s.value for s in LIVE_STATUSES]))
    lines = []
    for meeting, slot, table, _request, other in session.execute(query).all():
        lines.append(AgendaLine(
            meeting_id=meeting.id, slot_id=slot.id, slot_code=slot.code,
            starts_at=slot.starts_at, ends_at=slot.ends_at, table_id=table.id,
            table_label=table.label, zone=table.zone, status=meeting.status,
            locked=meeting.locked, partner_id=other.id, partner_company=other.company,
            partner_name=other.contact_name, partner_country=other.country,
        ))
    return lines
