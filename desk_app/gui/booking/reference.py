"""What the booking view needs to put answers into words: who, which table, what time.

Read once (and again when participants or tables change), so that showing an answer
never waits on the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Participant, Slot, VenueTable
from desk_app.gui.booking.picker import Directory, load_directory


@dataclass(frozen=True)
class BookingReference:
    directory: Directory = field(default_factory=lambda: Directory((), "", ""))
    tables: dict[int, str] = field(default_factory=dict)  # id -> label
    slots: dict[int, dt.datetime] = field(default_factory=dict)  # id -> start
    names: dict[int, str] = field(default_factory=dict)  # participant id -> company

    def name(self, participant_id: int | None) -> str:
        return self.names.get(participant_id or 0, "?")

    def where(self, slot_id: int | None, table_id: int | None) -> tuple[str, str]:
        """("14:40", "12") for a slot and table."""
        when = self.slots.get(slot_id or 0)
        return (f"{when:%H:%M}" if when else "?", self.tables.get(table_id or 0, "?"))


def load_reference(session: Session, event_id: int) -> BookingReference:
    return BookingReference(
        directory=load_directory(session, event_id),
        tables={key: value for key, value in session.execute(
            select(VenueTable.id, VenueTable.label).where(VenueTable.event_id == event_id))},
        slots={key: value for key, value in session.execute(
            select(Slot.id, Slot.starts_at).where(Slot.event_id == event_id))},
        names={key: value for key, value in session.execute(
            select(Participant.id, Participant.company)
            .where(Participant.event_id == event_id))},
    )
