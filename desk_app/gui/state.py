"""The desk's shared state: database, event, desk name, and the change bus.

Every view gets the same :class:`DeskState`. Actions go through :meth:`DeskState.perform`,
which runs a core service in one short transaction and emits
``operation_did_execute(summary, origin)`` (after Anki's hook of that name); each view
looks at the :class:`ChangeSummary` and repaints only what it shows. A timer polls the
database's change counter, so changes made by another desk (another process, another
laptop on PostgreSQL) arrive through the same signal within ~1 s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app.clock import event_now
from desk_app.db.engine import Database
from desk_app.db.models import Event
from desk_app.errors import DeskError
from desk_app.services.changes import ChangeSummary, changes_since, last_change_id

T = TypeVar("T")

POLL_INTERVAL_MS = 1000


class DeskState(QObject):
    """Shared by all views of one window."""

    # (ChangeSummary, origin) where origin is the view object that caused it, or None
    # for changes from another desk / process.
    operation_did_execute = Signal(object, object)
    # A sentence for the person at the desk (already in their language when possible).
    error = Signal(str)
    # "online" / "offline ..." for the header; emitted when it changes.
    connection_state = Signal(str)

    def __init__(self, db: Database, event_id: int, desk: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.desk = desk
        self._seen_change_id = 0
        self._online = True
        # Summaries this window already announced; the poll skips them once.
        self._announced: list[ChangeSummary] = []
        with db.session() as session:
            self._seen_change_id = last_change_id(session, event_id)
            event = session.get_one(Event, event_id)
            self.event_name = event.name
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self.poll_changes)

    # -- time -------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """The venue's local time (or the event's simulated time in a demo)."""
        with self.db.session() as session:
            return event_now(session.get_one(Event, self.event_id))

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
        except OperationalError:
            self.error.emit(self.tr("The database cannot be reached. Nothing was saved; "
                                    "check the network cable and try again."))
            return None
        summary = _summary_of(result)
        if summary is not None and not summary.is_empty:
            self._announced.append(summary)
            self.operation_did_execute.emit(summary, origin)
        return result

    # -- other desks ------------------------------------------------------------------
    def start_polling(self) -> None:
        self._poll_timer.start()

    def stop_polling(self) -> None:
        self._poll_timer.stop()

    def poll_changes(self) -> None:
        """Emit changes committed since the last look, except those this window
        already announced when it made them."""
        try:
            with self.db.session() as session:
                changes = changes_since(session, self.event_id, self._seen_change_id)
        except OperationalError:
            if self._online:
                self._online = False
                self.connection_state.emit("offline")
            return
        if not self._online:
            self._online = True
            self.connection_state.emit("online")
        for change_id, summary in changes:
            self._seen_change_id = max(self._seen_change_id, change_id)
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
