"""The one operation primitive: audit entries and change summary in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, ChangeLog, Participant
from desk_app.services.operation import operation
from tests.conftest import make_tiny_event


def _counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
                s.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def test_operation_writes_audit_and_change_together(db: Database) -> None:
    event_id = make_tiny_event(db)
    before = _counts(db)
    with db.session() as s:
        p = s.scalars(select(Participant).where(Participant.event_id == event_id)).first()
        assert p is not None
        with operation(s, event_id, "no_show", desk="D1") as op:
            op.touch(p)
            p.absent = True
        summary = op.summary
    assert summary.kind == "no_show"
    assert p.id in summary.participants
    audits, changes = _counts(db)
    assert (audits - before[0], changes - before[1]) == (1, 1)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        assert entry.before == {"absent": False}
        assert entry.after["absent"] is True
        assert entry.after["action_id"]  # undoable: undo finds the action by its id
        assert entry.desk == "D1"


def test_operation_that_fails_writes_nothing(db: Database) -> None:
    event_id = make_tiny_event(db)
    before = _counts(db)

    def failing_change() -> None:
        with db.session() as s, operation(s, event_id, "update_contact", desk="D1") as op:
            op.record("participant", 1, before={"email": ""}, after={"email": "x@y.z"})
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        failing_change()
    assert _counts(db) == before


def test_free_form_records_and_flags(db: Database) -> None:
    event_id = make_tiny_event(db)
    with db.session() as s, operation(s, event_id, "import_participants") as op:
        op.record("event", event_id, after={"created": 3})
        op.flag(everything=True)
        op.involve(1, 2)
    assert op.summary.everything
    assert op.summary.participants == frozenset({1, 2})
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        assert entry.action == "import_participants"
        assert "action_id" not in (entry.after or {})  # not undoable
