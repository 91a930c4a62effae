"""Automatic backups of the desk's SQLite file while the window is open.

:class:`~desk_app.backup.AutoBackup` copies the file with SQLite's online backup API
into ``backups/`` beside it. A timer asks it every half minute whether a backup is due
(every 5 minutes) and runs it in a worker thread, so scanning never waits on a copy;
closing the window takes one last backup. The status bar shows "Last backup 14:05" (the
laptop's clock: it is about the file, not the event's day).

On PostgreSQL the server is backed up with its own tools, and this does nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.backup import AutoBackup
from desk_app.gui.workers import Job, JobControl

CHECK_INTERVAL_MS = 30_000
# Closing the window lets a running copy finish before taking the last one.
STOP_WAIT_MS = 30_000


@dataclass(frozen=True)
class BackupOutcome:
    path: Path | None  # None: not due, or it failed (then ``error`` says why)
    error: str = ""
    at: dt.datetime | None = None


class BackupKeeper(QObject):
    """Drives an :class:`AutoBackup` from the window; see the module doc."""

    # A BackupOutcome after each backup that was written or failed.
    backed_up = Signal(object)

    def __init__(self, auto: AutoBackup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.auto = auto
        self.last: BackupOutcome | None = None
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.backup_if_due)

    @property
    def enabled(self) -> bool:
        return self.auto.enabled

    def start(self) -> None:
        if self.enabled:
            self._timer.start()

    def backup_if_due(self) -> None:
        if not self.auto.due() or (self._job is not None and self._job.is_running()):
            return
        auto = self.auto

        def work(control: JobControl) -> BackupOutcome:
            if not auto.due():
                return BackupOutcome(None)
            return _outcome(auto, auto.maybe_backup())

        # The previous (finished) job is dropped here, never inside its own signal.
        self._job = Job(work)
        self._job.finished.connect(self._record)
        self._job.start()

    def backup_on_close(self) -> BackupOutcome | None:
        """The last backup, on the GUI thread: the window is closing anyway."""
        self._timer.stop()
        if not self.enabled:
            return None
        if self._job is not None:
            self._job.wait(STOP_WAIT_MS)
        outcome = _outcome(self.auto, self.auto.backup_now())
        self._record(outcome)
        return outcome

    def _record(self, outcome: BackupOutcome) -> None:
        if outcome.path is None and not outcome.error:
            return  # not due after all
        self.last = outcome
        self.backed_up.emit(outcome)


def _outcome(auto: AutoBackup, path: Path | None) -> BackupOutcome:
    if path is not None:
        return BackupOutcome(path, at=dt.datetime.now())
    return BackupOutcome(None, error=auto.last_error)
