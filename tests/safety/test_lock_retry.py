"""A short transaction that meets a locked SQLite file is retried, nothing else is."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry
from desk_app.sync.concurrency import run_with_lock_retry


def _locked() -> OperationalError:
    return OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError(
        "database is locked"))


def test_locked_attempts_are_rolled_back_and_retried(db: Database) -> None:
    attempts: list[int] = []
    pauses: list[float] = []

    def work(session: Session) -> int:
        attempts.append(1)
        session.add(AuditEntry(action=f"try {len(attempts)}"))
        session.flush()
        if len(attempts) < 3:
            raise _locked()
        return len(attempts)

    assert run_with_lock_retry(db, work, sleep=pauses.append) == 3
    assert len(pauses) == 2
    assert pauses[0] < pauses[1]  # backing off (the jitter never reverses it)
    with db.session() as s:  # only the attempt that committed left a row
        assert s.scalars(select(AuditEntry.action)).all() == ["try 3"]


def test_other_errors_and_endless_locks_are_raised(db: Database) -> None:
    def broken(session: Session) -> None:
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x"))

    pauses: list[float] = []
    with pytest.raises(OperationalError, match="no such table"):
        run_with_lock_retry(db, broken, sleep=pauses.append)
    assert pauses == []

    def always_locked(session: Session) -> None:
        raise _locked()

    with pytest.raises(OperationalError, match="locked"):
        run_with_lock_retry(db, always_locked, attempts=4, sleep=pauses.append)
    assert len(pauses) == 3
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0
