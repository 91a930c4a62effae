"""Change summaries (after Anki's ``OpChanges``) and the cross-process change counter.

A service returns a :class:`ChangeSummary` naming exactly what it touched; it also
appends it to ``change_log`` in the same transaction, so that another desk (another
process, even another machine on PostgreSQL) polling :func:`changes_since` repaints
the same cells.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import ChangeLog


@dataclass(frozen=True)
class ChangeSummary:
    kind: str
    participants: frozenset[int] = field(default_factory=frozenset)
    meetings: frozenset[int] = field(default_factory=frozenset)
    # Grid cells (table_id, slot_id) whose content changed.
    cells: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    check_ins: bool = False
    tables: bool = False
    requests: bool = False
    # Bulk change (import, full schedule): views reload everything.
    everything: bool = False

    def merge(self, other: ChangeSummary) -> ChangeSummary:
        return ChangeSummary(
            kind=self.kind if self.kind == other.kind else f"{self.kind}+{other.kind}",
            participants=self.participants | other.participants,
            meetings=self.meetings | other.meetings,
            cells=self.cells | other.cells,
            check_ins=self.check_ins or other.check_ins,
            tables=self.tables or other.tables,
            requests=self.requests or other.requests,
            everything=self.everything or other.everything,
        )

    @property
    def is_empty(self) -> bool:
        return not (
            self.participants or self.meetings or self.cells or self.check_ins
            or self.tables or self.requests or self.everything
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "participants": sorted(self.participants),
            "meetings": sorted(self.meetings),
            "cells": sorted([list(c) for c in self.cells]),
            "check_ins": self.check_ins,
            "tables": self.tables,
            "requests": self.requests,
            "everything": self.everything,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChangeSummary:
        return cls(
            kind=str(data.get("kind", "")),
            participants=frozenset(int(x) for x in data.get("participants", [])),
            meetings=frozenset(int(x) for x in data.get("meetings", [])),
            cells=frozenset((int(t), int(s)) for t, s in data.get("cells", [])),
            check_ins=bool(data.get("check_ins")),
            tables=bool(data.get("tables")),
            requests=bool(data.get("requests")),
            everything=bool(data.get("everything")),
        )


def merge_all(kind: str, summaries: Iterable[ChangeSummary]) -> ChangeSummary:
    total = ChangeSummary(kind=kind)
    for summary in summaries:
        total = total.merge(summary)
    return ChangeSummary(**{**total.__dict__, "kind": kind})


def record_change(
    session: Session, event_id: int, summary: ChangeSummary, *, desk: str = ""
) -> ChangeSummary:
    """Append the summary to the change log (same transaction) and return it."""
    session.add(ChangeLog(event_id=event_id, desk=desk, kind=summary.kind,
                          payload=summary.to_json()))
    return summary


def last_change_id(session: Session, event_id: int) -> int:
    value = session.scalar(
        select(func.max(ChangeLog.id)).where(ChangeLog.event_id == event_id)
    )
    return int(value or 0)


def changes_since(
    session: Session, event_id: int, after_id: int, *, limit: int = 500
) -> list[tuple[int, ChangeSummary]]:
    """Changes committed after ``after_id``, oldest first. More than ``limit`` at once
    collapses into one "everything" summary (cheaper to reload than to replay)."""
    rows = session.execute(
        select(ChangeLog.id, ChangeLog.payload)
        .where(ChangeLog.event_id == event_id, ChangeLog.id > after_id)
        .order_by(ChangeLog.id)
        .limit(limit + 1)
    ).all()
    if len(rows) > limit:
        newest = last_change_id(session, event_id)
        return [(newest, ChangeSummary(kind="many", everything=True))]
    return [(row_id, ChangeSummary.from_json(payload or {})) for row_id, payload in rows]
