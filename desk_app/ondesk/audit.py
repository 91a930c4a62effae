"""Helpers for on-day actions that move meetings; the audit and change records of every
action are written by the one operation primitive (:mod:`desk_app.services.operation`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from desk_app.db.models import Meeting, MeetingStatus


def apply_meeting_states(
    session: Session, changes: Sequence[tuple[Meeting, dict[str, Any]]]
) -> None:
    """Set meetings' fields to the given values, in an order the database accepts.

    Seats and tables are unique per slot among live meetings, and the database checks
    that row by row: moving A into B's place while B moves away would trip the check
    halfway. So every meeting that changes place first leaves the floor (cancelled),
    then all land on their new places with their final status.
    """
    changes = [(m, {"status": m.status, **state}) for m, state in changes]
    relocating = [
        (m, state) for m, state in changes
        if (state.get("slot_id", m.slot_id), state.get("table_id", m.table_id))
        != (m.slot_id, m.table_id)
    ]
    if len(relocating) > 1 or (relocating and len(changes) > 1):
        for m, _state in relocating:
            if m.status != MeetingStatus.CANCELLED:
                m.status = MeetingStatus.CANCELLED
        session.flush()
    for m, state in changes:
        for key, value in state.items():
            setattr(m, key, value)
    session.flush()


def meetings_by_id(session: Session, ids: Iterable[int]) -> dict[int, Meeting]:
    out = {}
    for mid in ids:
        m = session.get(Meeting, mid)
        if m is not None:
            out[mid] = m
    return out
