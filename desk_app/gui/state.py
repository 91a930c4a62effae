"""The desk's shared state: database, event, desk name, and the change bus.

Every view gets the same :class:`DeskState`. Actions go through :meth:`DeskState.perform`,
which runs a core service in one short transaction and emits
``operation_did_execute(summary, origin)`` (after Anki's hook of that name); each view
looks at the :class:`ChangeSummary` and repaints only what it shows. A timer polls the
database's change counter, so changes made by another desk (another process, another
laptop on PostgreSQL) arrive through the same signal within ~1 s.

The poll runs in a worker thread: a server that stopped answering costs the worker a
connect timeout (2 s), never the window a frozen second. Each poll reports whether the
server answered (``server_checked``); the header shows ``connection_state``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app.clock import event_now
from desk_app.db.engine import Database
from desk_app.db.models import Event
from desk_app.errors import DeskError
from desk_app.gui.workers import Job, JobControl
from desk_app.services.changes import ChangeSummary, changes_since, last_change_id
from desk_app.sync.outage import ConnectionState, is_unreachable

if TYPE_CHECKING:
    from desk_app.gui.offline_desk import OfflineDesk

log = logging.getLogger(__name__)

T = TypeVar("T")

POLL_INTERVAL_MS = 1000
# How long closing the window waits for a poll stuck on a dead server (connect timeout).
POLL_STOP_WAIT_MS = 3000


@dataclass
class _EventClock:
    """What :func:`event_now` needs, so telling the time never needs the server."""

    timezone: str
    simulated_now: dt.datetime | None


@dataclass(frozen=True)
class PollAnswer:
    """What one look at the change counter found (built in the worker thread)."""

    changes: list[tuple[int, ChangeSummary]]
    error: BaseException | None = None  # the server could not be reached


def read_changes(db: Database, event_id: int, since: int) -> PollAnswer:
    try:
        with db.session() as session:
            return PollAnswer(changes_since(session, event_id, since))
    except Exception as exc:
        if not is_unreachable(exc):
            raise
        return PollAnswer([], exc)


class DeskState(QObject):
    """Shared by all views of one window."""

    # (ChangeSummary, origin) where origin is the view object that caused it, or None
    # for changes from another desk / process.
    operation_did_execute = Signal(object, object)
    # A sentence for the person at the desk (already in their language when possible).
    error = Signal(str)
    # A sentence that is news rather than a failure (a sync flagged a double scan).
    notice = Signal(str)
    # A ConnectionState for the header; emitted when it changes.
    connection_state = Signal(object)
    # After each poll (and failed action): None when the server answered, else the
    # connection error. The offline desk (multi-desk check-in) listens to it.
    server_checked = Signal(object)

    def __init__(self, db: Database, event_id: int, desk: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.desk = desk
        self._seen_change_id = 0
        self.connection = ConnectionState(online=True, queued=0)
        # Multi-desk check-in with an outage queue (PostgreSQL); it then decides what
        # "online" means (see desk_app.gui.offline_desk).
        self.offline_desk: OfflineDesk | None = None
        self._poll_job: Job | None = None
        # Summaries this window already announced; the poll skips them once.
        self._announced: list[ChangeSummary] = []
        with db.session() as session:
            self._seen_change_id = last_change_id(session, event_id)
            event = session.get_one(Event, event_id)
            self.event_name = event.name
            self._clock = _EventClock(event.timezone, event.simulated_now)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self._poll_in_background)

    # -- time -------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """The venue's local time (or the event's simulated time in a demo). While the
        server is unreachable, from the clock read last (views call this from timers
        and must not wait on a dead server)."""
        if self.online:
            try:
                with self.db.session() as session:
                    event = session.get_one(Event, self.event_id)
                    self._clock = _EventClock(event.timezone, event.simulated_now)
            except OperationalError as exc:
                if not is_unreachable(exc):
                    raise
                self.unreachable(exc)
        return event_now(self._clock)

    # -- connection -------------------------------------------------------------------
    @property
    def online(self) -> bool:
        return self.connection.online

    def set_connection(self, connection: ConnectionState) -> None:
        if connection != self.connection:
            self.connection = connection
            self.connection_state.emit(connection)

    def unreachable(self, exc: BaseException) -> None:
        """Something on the GUI thread met a dead server: say so everywhere."""
        self.server_checked.emit(exc)
        if self.offline_desk is None:
            self.set_connection(ConnectionState(online=False, queued=0))

    # -- reading ----------------------------------------------------------------------
    def read(self, fn: Callable[[Session], T]) -> T:
        """Run a read-only query in a short session."""
        with self.db.session() as session:
            return fn(session)

    # -- acting -----------------------------------------------------------------------
    def perform(self, fn: Callable[[Session, Event], T], *, origin: object = None) -> T | None:
        """Run one service call in its own transaction and announce what changed.

        ``fn`` returns either a ChangeSummary or an object with a ``summary`` attribute.
        Errors become one sentence on ``error`` and ``None`` is returned; nothing is
        half-written because the transaction rolls back.
        """
        try:
            with self.db.session() as session:
                result = fn(session, session.get_one(Event, self.event_id))
        except DeskError as exc:
            self.error.emit(exc.message)
            return None
        except StaleDataError:
            self.error.emit(
                self.tr("Another desk changed this a moment ago; the view is refreshed. "
                        "Please try again.")
            )
            self.operation_did_execute.emit(ChangeSummary(kind="reload", everything=True),
                                            None)
            return None
        except IntegrityError:
            self.error.emit(
                self.tr("That place was just taken (perhaps by another desk). "
                        "The view is refreshed; please choose again.")
            )
            self.operation_did_execute.emit(ChangeSummary(kind="reload", everything=True),
                                            None)
            return None
        except OperationalError as exc:
            self.error.emit(self.tr("The database cannot be reached. Nothing was saved; "
                                    "check the network cable and try again."))
            if is_unreachable(exc):
                self.unreachable(exc)
            return None
        self.announce(_summary_of(result), origin)
        return result

    def announce(self, summary: ChangeSummary | None, origin: object = None) -> None:
        """Tell the views about a change this window made (the poll skips it once)."""
        if summary is not None and not summary.is_empty:
            self._announced.append(summary)
            self.operation_did_execute.emit(summary, origin)

    # -- other desks ------------------------------------------------------------------
    def start_polling(self) -> None:
        self._poll_timer.start()

    def stop_polling(self) -> None:
        self._poll_timer.stop()
        if self._poll_job is not None:
            # Let a poll stuck on a dead server end before the database is closed.
            self._poll_job.wait(POLL_STOP_WAIT_MS)

    def is_polling(self) -> bool:
        """A look at the change counter is under way in the worker."""
        return self._poll_job is not None and self._poll_job.is_running()

    def _poll_in_background(self) -> None:
        if self.is_polling():
            return  # the previous look is still waiting on the server
        db, event_id, since = self.db, self.event_id, self._seen_change_id

        def look(control: JobControl) -> PollAnswer:
            return read_changes(db, event_id, since)

        # Replacing the previous (finished) job here, not in its own signal, is what
        # lets it be deleted safely.
        self._poll_job = Job(look)
        self._poll_job.finished.connect(self._apply_background_poll)
        self._poll_job.failed.connect(lambda message: log.error("change poll: %s", message))
        self._poll_job.start()

    def _apply_background_poll(self, answer: PollAnswer) -> None:
        if self._poll_timer.isActive():  # not when it arrives after the window closed
            self._apply_poll(answer)

    def poll_changes(self) -> None:
        """Look now, on this thread (tests; the timer looks from a worker)."""
        self._apply_poll(read_changes(self.db, self.event_id, self._seen_change_id))

    def _apply_poll(self, answer: PollAnswer) -> None:
        """Emit changes committed since the last look, except those this window
        already announced when it made them."""
        self.server_checked.emit(answer.error)
        if self.offline_desk is None:
            self.set_connection(ConnectionState(online=answer.error is None, queued=0))
        for change_id, summary in answer.changes:
            if change_id <= self._seen_change_id:
                continue  # a reload marked it seen while this poll was running
            self._seen_change_id = change_id
            if summary in self._announced:
                self._announced.remove(summary)
                continue
            self.operation_did_execute.emit(summary, None)

    def mark_seen(self) -> None:
        """Skip the change log up to now (after a full reload)."""
        with self.db.session() as session:
            self._seen_change_id = last_change_id(session, self.event_id)


def _summary_of(result: Any) -> ChangeSummary | None:
    if isinstance(result, ChangeSummary):
        return result
    summary = getattr(result, "summary", None)
    return summary if isinstance(summary, ChangeSummary) else None
