"""What the print centre shows: who can be chosen, and how many agendas changed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import Participant, VenueTable
from desk_app.printing.agenda_data import participants_with_stale_agendas


@dataclass(frozen=True)
class PrintablePerson:
    participant_id: int
    ext_id: str
    company: str
    contact_name: str
    agenda_changed: bool


@dataclass(frozen=True)
class PrintCentreCounts:
    participants: int
    tables: int
    changed_agendas: int


def changed_agenda_ids(session: Session, event_id: int) -> list[int]:
    return participants_with_stale_agendas(session, event_id)


def print_centre_counts(session: Session, event_id: int) -> PrintCentreCounts:
    return PrintCentreCounts(
        participants=int(session.scalar(select(func.count()).select_from(Participant)
                                        .where(Participant.event_id == event_id)) or 0),
        tables=int(session.scalar(select(func.count()).select_from(VenueTable)
                                  .where(VenueTable.event_id == event_id,
                                         VenueTable.active.is_(True))) or 0),
        changed_agendas=len(changed_agenda_ids(session, event_id)),
    )


def printable_people(session: Session, event_id: int) -> list[PrintablePerson]:
    """Everybody, by company then name, with whether their agenda must be reprinted."""
    changed = set(changed_agenda_ids(session, event_id))
    rows = session.scalars(select(Participant).where(Participant.event_id == event_id))
    people = [PrintablePerson(p.id, p.ext_id, p.company, p.contact_name, p.id in changed)
              for p in rows]
    return sorted(people, key=lambda p: (p.company.casefold(), p.contact_name.casefold()))
