"""Finding the event a command or window works on."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Event
from desk_app.errors import NotFound
from desk_app.i18n import t


def get_event(session: Session, ref: int | str | None = None) -> Event:
    """The event by id or exact name; without a reference, the most recently created."""
    if ref is None or ref == "":
        event = session.scalar(select(Event).order_by(Event.created_at.desc(), Event.id.desc()))
        if event is None:
            raise NotFound(
                t("There is no event in this database yet: create one with "
                  "'desk-app demo' or 'desk-app import instance FILE.json'."),
                code="no_event",
            )
        return event
    if isinstance(ref, int) or str(ref).isdigit():
        event = session.get(Event, int(ref))
    else:
        event = session.scalar(select(Event).where(Event.name == ref))
    if event is None:
        raise NotFound(t("No event {ref} in this database.", ref=repr(ref)),
                       code="event_not_found")
    return event


def list_events(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).order_by(Event.created_at, Event.id)))
