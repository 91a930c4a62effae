"""The result every floor action returns (no-show, cancel, move, swap, tables, locks)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desk_app.db.models import Event
from desk_app.ondesk.booking import BookingProposal
from desk_app.ondesk.floor import load_slots, open_slot_index
from desk_app.ondesk.waitlist import waitlist_candidates
from desk_app.services.changes import ChangeSummary

MAX_OFFERS = 10


@dataclass(frozen=True)
class ActionResult:
    message: str
    meetings: tuple[int, ...] = ()  # meetings changed
    # Future (table_id, slot_id) cells this action freed: offered to the wait list.
    freed: frozenset[tuple[int, int]] = frozenset()
    # Wait-list (then unscheduled) wishes that now fit, best first; book one with
    # booking.apply_proposal(..., action="waitlist_fill").
    offers: tuple[BookingProposal, ...] = ()
    # Meetings the action could not deal with (e.g. no free table to move them to).
    left_alone: tuple[int, ...] = ()
    summary: ChangeSummary = field(default_factory=lambda: ChangeSummary(kind="none"))


def offers_for(
    session: Session, event: Event, freed: Collection[tuple[int, int]]
) -> tuple[BookingProposal, ...]:
    """Wishes that fit in the rounds where cells were freed (future rounds only)."""
    slots = load_slots(session, event.id)
    open_ids = {s.id for s in slots[open_slot_index(event, slots):]}
    slot_ids = {sid for _table, sid in freed if sid in open_ids}
    if not slot_ids:
        return ()
    return tuple(waitlist_candidates(session, event, slot_ids=slot_ids,
                                     include_unscheduled=True, limit=MAX_OFFERS))
