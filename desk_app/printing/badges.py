"""Badges for participants of an event, from the database."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Event, Participant, VenueTable
from desk_app.printing.i18n import document_language, tr
from desk_app.printing.layout import badge_layout
from desk_app.printing.placeholders import BadgeContext
from desk_app.printing.render import render_layout


def participants_with_host_table(
    session: Session, event: Event, participant_ids: Sequence[int] | None = None
) -> dict[int, tuple[Participant, str]]:
    """The event's participants (or those of ``participant_ids`` found in it) by id, with
    their host table's label ("" for visitors). One query for badges and agendas."""
    query = (
        select(Participant, VenueTable.label)
        .outerjoin(VenueTable, Participant.host_table_id == VenueTable.id)
        .where(Participant.event_id == event.id)
    )
    if participant_ids is not None:
        query = query.where(Participant.id.in_(participant_ids))
    return {p.id: (p, label or "") for p, label in session.execute(query).all()}


def badge_context(event: Event, participant: Participant, host_table: str = "", *,
                  lang: str | None = None) -> BadgeContext:
    """``lang``: the badge's words (default: the event's, see
    :func:`desk_app.printing.i18n.document_language`)."""
    return BadgeContext(
        badge_code=participant.badge_code, name=participant.contact_name,
        company=participant.company, country=participant.country, role=participant.role,
        host_table=host_table, ext_id=participant.ext_id, event_name=event.name,
        event_date=event.date, venue=event.venue,
        lang=document_language(event.timezone, lang),
    )


def badge_contexts(session: Session, event: Event,
                   participant_ids: Sequence[int] | None = None, *,
                   lang: str | None = None) -> list[BadgeContext]:
    """Contexts in the given order, or for everybody sorted by company then name."""
    language = document_language(event.timezone, lang)
    found = participants_with_host_table(session, event, participant_ids)
    contexts = {pid: badge_context(event, p, label, lang=language)
                for pid, (p, label) in found.items()}
    if participant_ids is not None:
        return [contexts[pid] for pid in participant_ids if pid in contexts]
    return sorted(contexts.values(), key=lambda c: (c.company.casefold(), c.name.casefold()))


def render_badges(session: Session, event: Event, participant_ids: Sequence[int] | None = None,
                  *, layout: str = "cr80", lang: str | None = None) -> bytes:
    """The badges as one PDF (``layout``: cr80, a6, label62 or a4x8)."""
    chosen = badge_layout(layout)
    language = document_language(event.timezone, lang)
    return render_layout(chosen, badge_contexts(session, event, participant_ids, lang=language),
                         title=tr("badges_title", language, event=event.name))
