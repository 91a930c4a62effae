"""A participant's day as the desk shows and prints it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, bindparam, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from desk_app.db.models import (
    LIVE_SQL,
    Meeting,
    MeetingRequest,
    MeetingSeat,
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


def _live_agenda_query() -> Select[*tuple[Any, ...]]:
    """Live meetings of one participant, starting from their seats.

    The live-status predicate is written literally, identical to the partial index's
    WHERE: SQLite only uses a partial index when the query repeats its predicate (bound
    values do not), so this reads a handful of index entries instead of scanning every
    meeting (0.1 ms instead of 5 ms on a 600-firm event, inside a scan's transaction).
    """
    mine = aliased(MeetingSeat, name="mine")
    theirs = aliased(MeetingSeat, name="theirs")
    partner = aliased(Participant, name="partner")
    participant_id = bindparam("participant_id", type_=Integer)
    return (
        select(Meeting.id, Meeting.status, Meeting.locked, Slot.id, Slot.code,
               Slot.starts_at, Slot.ends_at, VenueTable.id, VenueTable.label,
               VenueTable.zone, partner.id, partner.company, partner.contact_name,
               partner.country)
        .select_from(mine)
        .join(Meeting, Meeting.id == mine.meeting_id)
        .join(theirs, (theirs.meeting_id == Meeting.id)
              & (theirs.participant_id != participant_id))
        .join(partner, partner.id == theirs.participant_id)
        .join(Slot, Slot.id == Meeting.slot_id)
        .join(VenueTable, VenueTable.id == Meeting.table_id)
        .where(mine.participant_id == participant_id, literal_column(f"mine.{LIVE_SQL}"))
        .order_by(Slot.position)
    )


# Built once: constructing the aliased select costs more than running it.
_LIVE_AGENDA = _live_agenda_query()


def participant_agenda(
    session: Session, participant_id: int, *, include_inactive: bool = False
) -> list[AgendaLine]:
    """The participant's meetings in time order (live ones only unless asked)."""
    if not include_inactive:
        return [
            AgendaLine(meeting_id=row[0], status=row[1], locked=row[2], slot_id=row[3],
                       slot_code=row[4], starts_at=row[5], ends_at=row[6], table_id=row[7],
                       table_label=row[8], zone=row[9], partner_id=row[10],
                       partner_company=row[11], partner_name=row[12],
                       partner_country=row[13])
            for row in session.execute(_LIVE_AGENDA, {"participant_id": participant_id})
        ]
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
