"""Who holds a printed agenda that an import changes (to be reprinted).

A participant's own agenda prints their availability and name; their partners' agendas
print their company and contact name. Staleness of the meetings themselves follows the
data (desk_app.printing.agenda_data); this names the people to reprint for a change of
the words on paper.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import (
    LIVE_STATUSES,
    AgendaPrint,
    Meeting,
    MeetingRequest,
    Participant,
)

ON_PARTNERS_PAPER = {"company", "contact_name"}


def holders_affected(session: Session, event_id: int,
                     changes: Iterable[tuple[int, set[str]]]) -> tuple[str, ...]:
    """'Company (P0007)' of each holder of a printed agenda that the changes make
    out of date, sorted."""
    changes = list(changes)
    if not changes:
        return ()
    holders = set(session.scalars(
        select(AgendaPrint.participant_id).join(Participant)
        .where(Participant.event_id == event_id)))
    if not holders:
        return ()
    affected = {pid for pid, _ in changes if pid in holders}
    on_paper = {pid for pid, attributes in changes if attributes & ON_PARTNERS_PAPER}
    if on_paper:
        pairs = session.execute(
            select(MeetingRequest.participant_a_id, MeetingRequest.participant_b_id)
            .join(Meeting, Meeting.request_id == MeetingRequest.id)
            .where(Meeting.event_id == event_id, Meeting.status.in_(LIVE_STATUSES)))
        for a, b in pairs:
            if a in on_paper and b in holders:
                affected.add(b)
            if b in on_paper and a in holders:
                affected.add(a)
    people = session.scalars(select(Participant).where(Participant.id.in_(affected)))
    return tuple(sorted(f"{p.company} ({p.ext_id})" for p in people))
