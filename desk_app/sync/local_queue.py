"""The desk's own small SQLite file for server outages.

It holds what check-in needs when the PostgreSQL server cannot be reached: the event's
code and clock, the participant list (id, badge code, name, company, last known check-in)
and the queue of check-ins made while offline. A queued check-in is committed here
(WAL, ``synchronous=FULL``) before the desk shows it, so a crash loses nothing
acknowledged. The badge secret is never copied: an offline scan is accepted only when
it equals a badge code the server issued, which is as hard to forge as the signature.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desk_app.errors import Conflict
from desk_app.i18n import t
from desk_app.private_files import private_file

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS participant (
    id INTEGER PRIMARY KEY,
    badge_code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    company TEXT NOT NULL,
    checked_in_at TEXT,
    checked_in_desk TEXT
);
CREATE TABLE IF NOT EXISTS queued_check_in (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    participant_id INTEGER NOT NULL,
    desk TEXT NOT NULL,
    checked_in_at TEXT NOT NULL,
    synced_at TEXT,
    outcome TEXT,
    server_check_in_id INTEGER
);
CREATE INDEX IF NOT EXISTS ix_queue_pending ON queued_check_in (synced_at, id);
"""


@dataclass  # not frozen: desk_app.clock reads it through a protocol of plain attributes
class EventInfo:
    """What an offline desk needs to know about the event."""

    event_id: int
    code: str
    timezone: str
    simulated_now: dt.datetime | None


@dataclass(frozen=True)
class CachedParticipant:
    id: int
    badge_code: str
    name: str
    company: str
    checked_in_at: dt.datetime | None
    checked_in_desk: str


@dataclass(frozen=True)
class QueuedCheckIn:
    queue_id: int
    participant_id: int
    desk: str
    checked_in_at: dt.datetime


def _dt(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


class LocalQueue:
    """One desk's cache and outage queue (thread-safe: the GUI syncs from a worker)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # Names, companies and badge codes: owner-only (SQLite's -wal/-shm copy the mode).
        private_file(self.path)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10.0
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a queued check-in shown green is on disk even if the laptop dies.
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            cur.execute("COMMIT")

    # -- event and participants ---------------------------------------------------------

    @property
    def event(self) -> EventInfo | None:
        with self._lock:
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        if "event_id" not in meta:
            return None
        return EventInfo(int(meta["event_id"]), meta["code"], meta["timezone"],
                         _dt(meta.get("simulated_now") or None))

    def store_snapshot(
        self, event: EventInfo,
        participants: Iterable[tuple[int, str, str, str]],
        counted: Iterable[tuple[int, dt.datetime, str]],
    ) -> None:
        """Replace the cached event, participants (id, badge_code, name, company) and
        counted check-ins (participant_id, at, desk) with the server's current view.
        The queue is kept: unsent check-ins still count on this desk."""
        meta = {"event_id": str(event.event_id), "code": event.code,
                "timezone": event.timezone,
                "simulated_now": event.simulated_now.isoformat() if event.simulated_now
                else ""}
        with self._write() as cur:
            previous = self._conn.execute("SELECT value FROM meta WHERE key='event_id'")
            row = previous.fetchone()
            if row is not None and row[0] != meta["event_id"] and self._pending(cur):
                raise Conflict(
                    t("This desk's offline queue still holds check-ins of another event: "
                      "send them first (desk-app checkin --sync on that event) or use "
                      "another queue file."), code="queue_other_event")
            cur.execute("DELETE FROM meta")
            cur.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            cur.execute("DELETE FROM participant")
            cur.executemany(
                "INSERT INTO participant (id, badge_code, name, company) VALUES (?,?,?,?)",
                participants,
            )
            cur.executemany(
                "UPDATE participant SET checked_in_at=?, checked_in_desk=? WHERE id=?",
                [(at.isoformat(), desk, pid) for pid, at, desk in counted],
            )

    def lookup(self, badge_code: str) -> CachedParticipant | None:
        """The participant holding this exact badge code, with their check-in as this
        desk knows it: the server's last snapshot, else this desk's own unsent queue
        (a sent one is in the snapshot, unless the server has undone it since)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT p.id, p.badge_code, p.name, p.company,"
                " COALESCE(p.checked_in_at, q.checked_in_at),"
                " COALESCE(p.checked_in_desk, q.desk, '')"
                " FROM participant p LEFT JOIN queued_check_in q ON q.id = ("
                "   SELECT min(id) FROM queued_check_in"
                "   WHERE participant_id = p.id AND synced_at IS NULL)"
                " WHERE p.badge_code = ?",
                (badge_code,),
            ).fetchone()
        if row is None:
            return None
        return CachedParticipant(row[0], row[1], row[2], row[3], _dt(row[4]), row[5])

    def mark_checked_in(self, participant_id: int, at: dt.datetime, desk: str) -> None:
        """Remember a check-in the server acknowledged (answers offline scans later)."""
        with self._write() as cur:
            cur.execute(
                "UPDATE participant SET checked_in_at=?, checked_in_desk=?"
                " WHERE id=? AND checked_in_at IS NULL",
                (at.isoformat(), desk, participant_id),
            )

    # -- the queue ----------------------------------------------------------------------

    def enqueue(self, participant_id: int, at: dt.datetime, desk: str) -> int:
        """Commit an offline check-in; only then may the desk show it green."""
        with self._write() as cur:
            cur.execute(
                "INSERT INTO queued_check_in (participant_id, desk, checked_in_at)"
                " VALUES (?, ?, ?)",
                (participant_id, desk, at.isoformat()),
            )
            return int(cur.lastrowid or 0)

    @staticmethod
    def _pending(cur: sqlite3.Cursor) -> int:
        return int(cur.execute(
            "SELECT count(*) FROM queued_check_in WHERE synced_at IS NULL").fetchone()[0])

    def pending_count(self) -> int:
        with self._lock:
            return self._pending(self._conn.cursor())

    def pending(self) -> list[QueuedCheckIn]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, participant_id, desk, checked_in_at FROM queued_check_in"
                " WHERE synced_at IS NULL ORDER BY id"
            ).fetchall()
        return [QueuedCheckIn(r[0], r[1], r[2], dt.datetime.fromisoformat(r[3])) for r in rows]

    def mark_synced(self, queue_id: int, outcome: str, server_check_in_id: int | None) -> None:
        with self._write() as cur:
            cur.execute(
                "UPDATE queued_check_in SET synced_at=?, outcome=?, server_check_in_id=?"
                " WHERE id=?",
                (dt.datetime.now(dt.UTC).isoformat(), outcome, server_check_in_id, queue_id),
            )

    def outcomes(self) -> dict[str, int]:
        """How the synced check-ins ended (sent, flagged, already_there, dropped)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT outcome, count(*) FROM queued_check_in"
                " WHERE synced_at IS NOT NULL GROUP BY outcome"
            ).fetchall()
        return {str(k): int(v) for k, v in rows}
