"""What a file offered for restore is, before anything is replaced.

A file is restored only when it is an SQLite database of this application at a
migration revision this version knows, intact (``PRAGMA integrity_check`` and
``foreign_key_check``) and with the indexes that enforce the desk's rules (no double
booking, one check-in per person) under their expected names: a file from another
program, or one whose unique indexes were dropped, would let the desk write what the
rules forbid. :func:`inspect_backup` then says what it holds, so the person restoring
sees which event and which moment they are going back to.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desk_app.errors import InvalidInput
from desk_app.i18n import t

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupContents:
    """What a restorable file holds (shown before asking)."""

    revision: str
    events: tuple[str, ...]
    participants: int
    check_ins: int
    last_change: str  # ISO time of the last recorded change, "" when none
    page_size: int

    def describe(self) -> str:
        return t("{events}: {participants} participants, {check_ins} check-ins, last "
                 "change {last}.", events=", ".join(self.events) or t("no event"),
                 participants=self.participants, check_ins=self.check_ins,
                 last=self.last_change or t("never"))


@cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    from desk_app.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


@cache
def expected_indexes() -> frozenset[str]:
    """Named indexes of the schema (unique ones included) that a restored file needs."""
    from desk_app.db import models  # noqa: F401  (registers the tables)
    from desk_app.db.base import Base

    return frozenset(str(index.name) for table in Base.metadata.tables.values()
                     for index in table.indexes if index.name)


def _refuse(problem: str) -> InvalidInput:
    return InvalidInput(t("This file cannot be restored: {problem}.", problem=problem),
                        code="backup_damaged", problem=problem)


def inspect_backup(path: Path) -> BackupContents:
    """The file's contents, or InvalidInput saying in a sentence why it is refused."""
    if not path.is_file():
        raise _refuse(t("there is no file at {path}", path=path))
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _refuse(t("it is not an SQLite database"))
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return _inspect(conn)
    except sqlite3.DatabaseError as exc:
        raise _refuse(str(exc)) from exc


def _inspect(conn: sqlite3.Connection) -> BackupContents:
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        raise _refuse(t("it is damaged ({detail})", detail=integrity))
    names = {row[0]: row[1] for row in conn.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'index')")}
    if "alembic_version" not in names or "event" not in names:
        raise _refuse(t("it is not a desk_app database"))
    revisions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    if len(revisions) != 1 or revisions[0] not in known_revisions():
        raise _refuse(t("it comes from another version of desk_app (revision {rev})",
                        rev=", ".join(revisions) or "?"))
    missing = sorted(expected_indexes() - set(names))
    if missing:
        raise _refuse(t("indexes that keep the rules are missing ({names})",
                        names=", ".join(missing)))
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise _refuse(t("rows of {table} point to rows that do not exist", table=broken[0]))
    events = tuple(str(row[0]) for row in conn.execute("SELECT name FROM event ORDER BY id"))
    last = conn.execute("SELECT max(at) FROM change_log").fetchone()[0]
    return BackupContents(
        revision=revisions[0], events=events,
        participants=int(conn.execute("SELECT count(*) FROM participant").fetchone()[0]),
        check_ins=int(conn.execute(
            "SELECT count(*) FROM check_in WHERE undone_at IS NULL").fetchone()[0]),
        last_change=str(last)[:16] if last else "",
        page_size=int(conn.execute("PRAGMA page_size").fetchone()[0]),
    )
