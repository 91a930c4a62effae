"""One on-day action = one transaction, its audit rows, and what undo needs.

:class:`ActionLog` remembers the state of every row an action touches *before* it
touches it, and which rows it creates; :meth:`ActionLog.finish` writes one
``AuditEntry`` per row (before/after snapshots sharing an ``action_id``) and the change
summary. Undo replays the "before" side (:mod:`desk_app.ondesk.undo`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from desk_app.db.models import (
    AuditEntry,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participant,
    VenueTable,
)
from desk_app.services.changes import ChangeSummary, record_change

# What each entity's snapshot holds: enough to restore it exactly.
SNAPSHOT_FIELDS: dict[str, tuple[str, ...]] = {
    "meeting": ("slot_id", "table_id", "status", "locked", "missing_participant_id"),
    "participant": ("absent",),
    "request": ("status", "weight", "origin"),
    "table": ("active",),
}
ENTITY_CLASSES: dict[str, type[Any]] = {
    "meeting": Meeting,
    "participant": Participant,
    "request": MeetingRequest,
    "table": VenueTable,
}
# Actions undo_last may take back (their entries carry an action_id).
UNDOABLE_ACTIONS = (
    "walk_in", "waitlist_add", "waitlist_fill", "no_show", "partner_missing",
    "cancel_meeting", "move_meeting", "swap_tables", "table_out_of_service",
    "table_in_service", "set_locked",
)
META_KEYS = ("action_id", "label", "created")


def entity_name(obj: Any) -> str:
    for name, cls in ENTITY_CLASSES.items():
        if isinstance(obj, cls):
            return name
    raise TypeError(f"no snapshot for {type(obj).__name__}")


def snapshot(obj: Any) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in SNAPSHOT_FIELDS[entity_name(obj)]}


def strip_meta(state: dict[str, Any] | None) -> dict[str, Any] | None:
    if state is None:
        return None
    return {k: v for k, v in state.items() if k not in META_KEYS}


class ActionLog:
    """Collects one action's touched and created rows; call :meth:`touch` *before*
    changing a row."""

    def __init__(self, session: Session, event: Event, action: str, *, desk: str) -> None:
        assert action in UNDOABLE_ACTIONS, action
        self.session = session
        self.event = event
        self.action = action
        self.desk = desk
        self.action_id = uuid.uuid4().hex
        self.label = ""
        self._before: dict[tuple[str, int], tuple[Any, dict[str, Any]]] = {}
        self._created: list[Any] = []
        self._participants: set[int] = set()

    def touch(self, *objs: Any) -> None:
        for obj in objs:
            key = (entity_name(obj), obj.id)
            if key not in self._before:
                self._before[key] = (obj, snapshot(obj))

    def created(self, obj: Any) -> None:
        self._created.append(obj)

    def involve(self, *participant_ids: int) -> None:
        """Participants whose agenda or state this action changes (for repaints)."""
        self._participants.update(participant_ids)

    def finish(self, kind: str | None = None, *, requests: bool = False) -> ChangeSummary:
        """Write the audit rows and the change summary (same transaction)."""
        self.session.flush()
        meetings: set[int] = set()
        cells: set[tuple[int, int]] = set()
        tables = False
        rows: list[tuple[Any, dict[str, Any] | None]] = [
            (obj, before) for obj, before in self._before.values()
        ] + [(obj, None) for obj in self._created]
        for obj, before in rows:
            name = entity_name(obj)
            after = snapshot(obj)
            if name == "meeting":
                meetings.add(obj.id)
                for state in (before, after):
                    if state is not None:
                        cells.add((state["table_id"], state["slot_id"]))
                request = self.session.get(MeetingRequest, obj.request_id)
                if request is not None:
                    self._participants.update((request.participant_a_id,
                                               request.participant_b_id))
            elif name == "participant":
                self._participants.add(obj.id)
            elif name == "table":
                tables = True
            elif name == "request":
                requests = True
            meta: dict[str, Any] = {"action_id": self.action_id, "label": self.label}
            if before is None:
                meta["created"] = True
            self.session.add(AuditEntry(
                event_id=self.event.id, desk=self.desk, actor=self.desk, action=self.action,
                entity=name, entity_id=obj.id, before=before, after={**after, **meta},
            ))
        summary = ChangeSummary(
            kind=kind or self.action, participants=frozenset(self._participants),
            meetings=frozenset(meetings), cells=frozenset(cells), tables=tables,
            requests=requests,
        )
        return record_change(self.session, self.event.id, summary, desk=self.desk)


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
