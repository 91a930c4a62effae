"""The one operation primitive: every state change records its audit entries, its change
summary and (for undoable actions) what undo needs, in the caller's transaction.

Usage::

    with operation(session, event, "update_contact", desk=desk) as op:
        op.touch(participant)              # snapshot *before* changing it (undoable)
        participant.email = "..."
        op.record("participant", participant.id, before={...}, after={...})
        op.involve(participant.id)         # who must repaint
    return op.summary

On leaving the ``with`` block without an exception, :meth:`Operation.finish` writes one
``AuditEntry`` per touched/created row (before/after snapshots sharing an ``action_id``,
which :mod:`desk_app.ondesk.undo` replays), one per :meth:`Operation.record` call, and
appends the :class:`ChangeSummary` to the change log. Nothing commits here: the unit of
work that opened the session commits or rolls back everything together, so an audit row
never exists without its change, nor a change without its audit row.

This module is the only place that builds ``AuditEntry`` rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from desk_app.db.models import (
    AuditEntry,
    Event,
    Meeting,
    MeetingRequest,
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
    "table_in_service", "set_locked", "set_outcome", "restore_meetings",
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


class Operation:
    """One state change in progress. Call :meth:`touch` *before* changing a row."""

    def __init__(self, session: Session, event_id: int | None, action: str, *,
                 desk: str = "", kind: str | None = None) -> None:
        self.session = session
        self.event_id = event_id
        self.action = action
        self.desk = desk
        self.kind = kind or action
        self.undoable = action in UNDOABLE_ACTIONS
        self.action_id = uuid.uuid4().hex
        self.label = ""
        self.summary = ChangeSummary(kind="none")
        self._before: dict[tuple[str, int], tuple[Any, dict[str, Any]]] = {}
        self._created: list[Any] = []
        self._records: list[tuple[str, int | None, Any, Any]] = []
        self._participants: set[int] = set()
        self._meetings: set[int] = set()
        self._cells: set[tuple[int, int]] = set()
        self._flags: dict[str, bool] = {}
        self._finished = False

    # -- what the action touches ------------------------------------------------------
    def touch(self, *objs: Any) -> None:
        """Snapshot rows before they change (what undo restores)."""
        for obj in objs:
            key = (entity_name(obj), obj.id)
            if key not in self._before:
                self._before[key] = (obj, snapshot(obj))

    def created(self, obj: Any) -> None:
        """A row this action creates (undo deletes it)."""
        self._created.append(obj)

    def record(self, entity: str, entity_id: int | None, *, before: Any = None,
               after: Any = None) -> None:
        """A free-form audit entry (for changes undo does not replay)."""
        self._records.append((entity, entity_id, before, after))

    def involve(self, *participant_ids: int) -> None:
        """Participants whose agenda or state this action changes (for repaints)."""
        self._participants.update(participant_ids)

    def meetings(self, *meetings: Meeting) -> None:
        """Meetings (and their grid cells) to repaint, without an undo snapshot."""
        for m in meetings:
            self._meetings.add(m.id)
            self._cells.add((m.table_id, m.slot_id))

    def flag(self, *, check_ins: bool = False, tables: bool = False,
             requests: bool = False, everything: bool = False) -> None:
        """Summary flags: what kind of view must reload."""
        for name, value in (("check_ins", check_ins), ("tables", tables),
                            ("requests", requests), ("everything", everything)):
            if value:
                self._flags[name] = True

    # -- closing ----------------------------------------------------------------------
    def finish(self) -> ChangeSummary:
        """Write the audit rows and the change summary (same transaction)."""
        if self._finished:
            return self.summary
        self._finished = True
        self.session.flush()
        rows: list[tuple[Any, dict[str, Any] | None]] = [
            (obj, before) for obj, before in self._before.values()
        ] + [(obj, None) for obj in self._created]
        for obj, before in rows:
            name = entity_name(obj)
            after = snapshot(obj)
            if name == "meeting":
                self._meetings.add(obj.id)
                for state in (before, after):
                    if state is not None:
                        self._cells.add((state["table_id"], state["slot_id"]))
                request = self.session.get(MeetingRequest, obj.request_id)
                if request is not None:
                    self._participants.update((request.participant_a_id,
                                               request.participant_b_id))
            elif name == "participant":
                self._participants.add(obj.id)
            elif name == "table":
                self._flags["tables"] = True
            elif name == "request":
                self._flags["requests"] = True
            meta: dict[str, Any] = {"label": self.label}
            if self.undoable:
                meta["action_id"] = self.action_id
            if before is None:
                meta["created"] = True
            self._add_entry(name, obj.id, before, {**after, **meta})
        for entity, entity_id, before, after in self._records:
            self._add_entry(entity, entity_id, before, after)
        summary = ChangeSummary(
            kind=self.kind, participants=frozenset(self._participants),
            meetings=frozenset(self._meetings), cells=frozenset(self._cells),
            check_ins=self._flags.get("check_ins", False),
            tables=self._flags.get("tables", False),
            requests=self._flags.get("requests", False),
            everything=self._flags.get("everything", False),
        )
        if self.event_id is not None:
            summary = record_change(self.session, self.event_id, summary, desk=self.desk)
        self.summary = summary
        return summary

    def _add_entry(self, entity: str, entity_id: int | None, before: Any,
                   after: Any) -> None:
        self.session.add(AuditEntry(
            event_id=self.event_id, desk=self.desk, actor=self.desk, action=self.action,
            entity=entity, entity_id=entity_id, before=before, after=after,
        ))


@contextmanager
def operation(session: Session, event: Event | int | None, action: str, *,
              desk: str = "", kind: str | None = None) -> Iterator[Operation]:
    """Run one state change; on success its audit entries and change summary are
    written (``op.summary`` then holds the recorded summary). On an exception nothing
    is written and the caller's transaction is rolled back by its unit of work."""
    event_id = event.id if isinstance(event, Event) else event
    op = Operation(session, event_id, action, desk=desk, kind=kind)
    yield op
    op.finish()


__all__ = [
    "ENTITY_CLASSES", "META_KEYS", "SNAPSHOT_FIELDS", "UNDOABLE_ACTIONS", "Operation",
    "entity_name", "operation", "snapshot", "strip_meta",
]
