"""A participant's live meetings for the result card, read through their seats.

Same rows as :func:`desk_app.services.agenda.participant_agenda`, but the query starts
from the participant's seats with the live-status predicate written literally, so
SQLite uses the partial index (participant, slot) instead of scanning every meeting:
about 0.1 ms instead of 5 ms on a 600-firm event, inside the scan's transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Select, bindparam, literal_column, select
from sqlalchemy.orm import Session, aliased

from desk_app.db.models import LIVE_SQL, Meeting, MeetingSeat, Participant, Slot, VenueTable
from desk_app.services.agenda import AgendaLine


def _build_query() -> Select[*tuple[Any, ...]]:
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
        # Literal text, identical to the partial index's WHERE: SQLite only uses a
        # partial index when the query repeats its predicate (bound values do not).
        .where(mine.participant_id == participant_id,
               literal_column(f"mine.{LIVE_SQL}"))
        .order_by(Slot.position)
    )


# Built once: constructing the aliased select costs more than running it.
_QUERY = _build_query()


def todays_meetings(session: Session, participant_id: int) -> list[AgendaLine]:
    return [
        AgendaLine(meeting_id=row[0], status=row[1], locked=row[2], slot_id=row[3],
                   slot_code=row[4], starts_at=row[5], ends_at=row[6], table_id=row[7],
                   table_label=row[8], zone=row[9], partner_id=row[10],
                   partner_company=row[11], partner_name=row[12], partner_country=row[13])
        for row in session.execute(_QUERY, {"participant_id": participant_id}).all()
    ]
