"""Taking back the last on-day action, exactly.

The latest action that is not undone yet is replayed backwards from its audit rows:
touched rows get their "before" snapshot back, created meetings and requests are
deleted. If anything has changed those rows since (a later check-in un-marked a
no-show, an agenda was printed and locked the meetings, another desk moved one), undo
refuses with a sentence instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.db.models import AuditEntry, Event, Meeting, MeetingRequest
from desk_app.errors import Conflict, NotFound
from desk_app.i18n import t
from desk_app.ondesk.audit import apply_meeting_states
from desk_app.services.changes import ChangeSummary, record_change
from desk_app.services.operation import (
    ENTITY_CLASSES,
    UNDOABLE_ACTIONS,
    snapshot,
    strip_meta,
)


@dataclass(frozen=True)
class UndoResult:
    action: str  # the action taken back, e.g. "walk_in"
    label: str  # its description, e.g. "Osmose meets Durand SA at 14:40, table 12"
    message: str
    summary: ChangeSummary


@dataclass(frozen=True)
class UndoableAction:
    action: str
    label: str
    at: dt.datetime
    desk: str


def undoable_actions(session: Session, event: Event, *, limit: int = 10) -> list[UndoableAction]:
    """The latest actions undo_last would take back, newest first (its "Undo" menu)."""
    seen: dict[str, UndoableAction] = {}
    for entry in session.scalars(
            select(AuditEntry)
            .where(AuditEntry.event_id == event.id, AuditEntry.undone.is_(False),
                   AuditEntry.action.in_(UNDOABLE_ACTIONS))
            .order_by(AuditEntry.id.desc()).limit(limit * 20)):
        after = entry.after or {}
        key = str(after.get("action_id", entry.id))
        if key not in seen:
            seen[key] = UndoableAction(entry.action, str(after.get("label", "")), entry.at,
                                       entry.desk)
    return list(seen.values())[:limit]


def last_undoable(session: Session, event: Event) -> AuditEntry | None:
    return session.scalar(
        select(AuditEntry)
        .where(AuditEntry.event_id == event.id, AuditEntry.undone.is_(False),
               AuditEntry.action.in_(UNDOABLE_ACTIONS))
        .order_by(AuditEntry.id.desc()).limit(1)
    )


def _entries_of(session: Session, event: Event, action_id: str) -> list[AuditEntry]:
    return list(session.scalars(
        select(AuditEntry)
        .where(AuditEntry.event_id == event.id, AuditEntry.undone.is_(False),
               AuditEntry.after["action_id"].as_string() == action_id)
        .order_by(AuditEntry.id)
    ))


def _what(entity: str, obj: Any) -> str:
    if entity == "meeting":
        return t("meeting {id}", id=obj.id)
    if entity == "participant":
        return str(obj.company)
    if entity == "table":
        return t("table {label}", label=obj.label)
    return t("request {id}", id=obj.ext_id)


def undo_last(session: Session, event: Event, *, desk: str = "") -> UndoResult:
    """Undo the most recent on-day action not undone yet (call again for the one
    before). Raises NotFound when there is nothing to undo, Conflict when a later
    change depends on it."""
    latest = last_undoable(session, event)
    if latest is None:
        raise NotFound(t("There is nothing to undo."), code="nothing_to_undo")
    action_id = str((latest.after or {}).get("action_id", ""))
    entries = _entries_of(session, event, action_id) if action_id else [latest]
    label = str((latest.after or {}).get("label", ""))
    rows: list[tuple[AuditEntry, Any]] = []
    for entry in entries:
        obj = session.get(ENTITY_CLASSES[entry.entity], entry.entity_id)
        if obj is None:
            raise Conflict(
                t("Cannot undo \u201c{label}\u201d: something it changed has since been "
                  "deleted.", label=label or latest.action), code="undo_blocked")
        if snapshot(obj) != strip_meta(entry.after):
            raise Conflict(
                t("Cannot undo \u201c{label}\u201d: {what} was changed after it (printed "
                  "agenda, another desk, or a check-in). Make the change by hand instead.",
                  label=label or latest.action, what=_what(entry.entity, obj)),
                code="undo_blocked")
        rows.append((entry, obj))

    meetings: set[int] = set()
    cells: set[tuple[int, int]] = set()
    participants: set[int] = set()
    restore: list[tuple[Meeting, dict[str, Any]]] = []
    created_meetings: list[Meeting] = []
    created_requests: list[MeetingRequest] = []
    for entry, obj in rows:
        if entry.entity == "meeting":
            meetings.add(obj.id)
            cells.add((obj.table_id, obj.slot_id))
            request = session.get(MeetingRequest, obj.request_id)
            if request is not None:
                participants.update((request.participant_a_id, request.participant_b_id))
        if entry.before is None:
            (created_meetings if entry.entity == "meeting" else created_requests).append(obj)
        elif entry.entity == "meeting":
            cells.add((entry.before["table_id"], entry.before["slot_id"]))
            restore.append((obj, dict(entry.before)))
        else:
            if entry.entity == "participant":
                participants.add(obj.id)
            for key, value in entry.before.items():
                setattr(obj, key, value)
    try:
        for m in created_meetings:
            session.delete(m)
        session.flush()
        apply_meeting_states(session, restore)
    except IntegrityError:
        # A freed seat or table was booked since by something outside these actions
        # (e.g. a full re-schedule). The caller's transaction rolls back.
        raise Conflict(
            t("Cannot undo \u201c{label}\u201d: a table or a participant it would need "
              "again has been booked since.", label=label or latest.action),
            code="undo_blocked") from None
    for r in created_requests:
        session.delete(r)
    for entry, _obj in rows:
        entry.undone = True
    session.add(AuditEntry(event_id=event.id, desk=desk, actor=desk, action="undo",
                           entity="action", before=None,
                           after={"undid": action_id, "action": latest.action,
                                  "label": label}))
    summary = record_change(session, event.id, ChangeSummary(
        kind="undo", participants=frozenset(participants), meetings=frozenset(meetings),
        cells=frozenset(cells), requests=any(e.entity == "request" for e, _ in rows),
        tables=any(e.entity == "table" for e, _ in rows),
    ), desk=desk)
    return UndoResult(action=latest.action, label=label,
                      message=t("Undone: {label}.", label=label or latest.action),
                      summary=summary)
