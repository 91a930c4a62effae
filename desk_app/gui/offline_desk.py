"""Check-in that keeps going when the PostgreSQL server goes away (several desks).

The window's scans go through :class:`~desk_app.sync.outage.ResilientCheckIn`: the
server while it answers, the desk's local queue file when it does not (same green /
amber / red rules, committed locally before the card turns green). A timer sends the
queue and refreshes the local copy every few seconds from a worker thread, so neither
a scan nor the window ever waits on a dead server; the change poll of
:class:`~desk_app.gui.state.DeskState` notices an outage within a second and a return
at once. The header shows :attr:`DeskState.connection`; check-ins that another desk had
already counted during the outage are announced once on the notice bar.

On a single SQLite file none of this exists: the window checks in directly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from sqlalchemy.engine import make_url

from desk_app.errors import DeskError
from desk_app.gui.state import DeskState
from desk_app.gui.workers import Job, JobControl
from desk_app.services.participants import fold
from desk_app.sync.outage import (
    DeskCheckIn,
    FlaggedDuplicate,
    ResilientCheckIn,
    SyncReport,
    flagged_duplicates,
)

SYNC_INTERVAL_MS = 5000
# Closing the window waits this long for a sync stuck on a dead server.
SYNC_STOP_WAIT_MS = 5000


def default_queue_path(db_url: str, desk: str) -> Path:
    """The desk's queue file in the user data dir: one per desk name and server, so
    two events' servers or two desks on one laptop never share a queue."""
    from platformdirs import user_data_dir

    url = make_url(db_url)
    server = f"{url.host or ''}:{url.port or ''}/{url.database or ''}"
    tag = hashlib.sha256(server.encode()).hexdigest()[:8]
    slug = re.sub(r"[^a-z0-9]+", "-", fold(desk)).strip("-") or "desk"
    return Path(user_data_dir("desk_app", appauthor=False)) / f"queue-{slug}-{tag}.sqlite"


@dataclass(frozen=True)
class SyncAnswer:
    """One sync attempt, as the worker saw it."""

    report: SyncReport | None  # None: the server still does not answer
    flagged: tuple[FlaggedDuplicate, ...] = ()  # this sync's check-ins counted elsewhere


def sync_desk(resilient: ResilientCheckIn, event_id: int) -> SyncAnswer:
    """Send the queue and refresh the cache (worker thread)."""
    waiting = {(q.participant_id, q.desk, q.checked_in_at) for q in resilient.queue.pending()}
    report = resilient.try_sync()
    if report is None or not report.flagged:
        return SyncAnswer(report)
    with resilient.server.session() as session:
        everyone = flagged_duplicates(session, event_id)
    return SyncAnswer(report, tuple(f for f in everyone
                                    if (f.participant_id, f.desk, f.at) in waiting))


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfflineDesk", text)


def flagged_sentence(flagged: tuple[FlaggedDuplicate, ...]) -> str:
    """What the desk is told once after a sync flagged double scans."""
    if len(flagged) == 1:
        f = flagged[0]
        return _tr("{name} ({company}), checked in here while the server was unreachable, "
                   "had already been checked in at {desk} at {time}: counted once, "
                   "flagged for the organiser.").format(
            name=f.name, company=f.company, desk=f.first_desk, time=f"{f.first_at:%H:%M}")
    return _tr("{count} people checked in here while the server was unreachable had "
               "already been checked in at another desk: counted once each, flagged for "
               "the organiser ({companies}).").format(
        count=len(flagged), companies=", ".join(f.company for f in flagged))


class OfflineDesk(QObject):
    """The window's side of :class:`ResilientCheckIn`; see the module doc."""

    # A SyncAnswer after every sync attempt (tests and the header wait on it).
    synced = Signal(object)

    def __init__(self, state: DeskState, resilient: ResilientCheckIn,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else state)
        self.state = state
        self.resilient = resilient
        self.last_sync: dt.datetime | None = None  # wall clock of the last good sync
        self._job: Job | None = None
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(SYNC_INTERVAL_MS)
        self._timer.timeout.connect(self.sync_soon)
        state.offline_desk = self
        state.server_checked.connect(self._server_checked)

    def start(self) -> None:
        """The first sync now, on this thread: the server has just answered the
        window, and the local copy must be filled before the first scan. Then every
        few seconds from a worker."""
        try:
            self._sync_answered(sync_desk(self.resilient, self.state.event_id))
        except DeskError as exc:  # e.g. a queue file still holding another event
            self.publish()
            self.state.error.emit(exc.message)
        self._timer.start()

    def stop(self) -> None:
        """Window closing: let a running sync end, then close the queue file (answers
        arriving later are ignored)."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        if self._job is not None:
            self._job.wait(SYNC_STOP_WAIT_MS)
        self.resilient.close()

    def is_syncing(self) -> bool:
        return self._job is not None and self._job.is_running()

    # -- check-in (GUI thread) --------------------------------------------------------
    def check_in(self, raw_code: str) -> DeskCheckIn | None:
        """One scan; None when it could not be answered at all (the sentence is on
        the error bar)."""
        self.resilient.desk = self.state.desk  # renamed in the settings meanwhile
        try:
            answer: DeskCheckIn | None = self.resilient.check_in(raw_code)
        except DeskError as exc:
            self.state.error.emit(exc.message)
            answer = None
        self.publish()
        return answer

    def publish(self) -> None:
        if not self._stopped:
            self.state.set_connection(self.resilient.state)

    # -- syncing (worker thread) ------------------------------------------------------
    def sync_soon(self) -> None:
        if self.is_syncing() or self._stopped:
            return
        resilient, event_id = self.resilient, self.state.event_id

        def work(control: JobControl) -> SyncAnswer:
            return sync_desk(resilient, event_id)

        # The previous (finished) job is dropped here, never inside its own signal.
        self._job = Job(work)
        self._job.finished.connect(self._sync_answered)
        self._job.failed.connect(self._sync_failed)
        self._job.start()

    def _sync_answered(self, answer: SyncAnswer) -> None:
        if self._stopped:
            return
        if answer.report is not None:
            self.last_sync = dt.datetime.now()
        self.publish()
        if answer.flagged:
            self.state.notice.emit(flagged_sentence(answer.flagged))
        self.synced.emit(answer)

    def _sync_failed(self, message: str) -> None:
        # Not an outage (those are answered above) but a refusal, e.g. a queue file
        # that still holds another event's check-ins: the desk must read it.
        if self._stopped:
            return
        self.publish()
        self.state.error.emit(message)

    def _server_checked(self, error: object) -> None:
        if self._stopped:
            return
        if isinstance(error, BaseException):
            self.resilient.mark_unreachable(error)
            self.publish()
        elif not self.resilient.online:
            self.sync_soon()  # the server is back: do not wait for the timer
