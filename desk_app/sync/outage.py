"""Check-in that survives a PostgreSQL outage.

While the server answers, every scan goes to it (one short transaction, acknowledged
after commit) and the desk's :class:`~desk_app.sync.local_queue.LocalQueue` remembers the
result. When the server cannot be reached, the desk answers from that cache with the
same green / amber / red rules and commits the check-in to the local queue. When the
server is back, :func:`sync_queue` sends the queue: a participant scanned at two desks
meanwhile gets one counted check-in and one flagged duplicate (``duplicate_of_id``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, aliased, sessionmaker

from desk_app.badges.codes import BadgeCodeError, ScanProblem, parse_scan
from desk_app.clock import event_now
from desk_app.db.engine import Database, make_engine, upgrade_to_head
from desk_app.db.models import AuditEntry, CheckIn, Event, Participant
from desk_app.errors import DeskError
from desk_app.i18n import t
from desk_app.services.changes import ChangeSummary, record_change
from desk_app.services.checkin import (
    CheckInOutcome,
    CheckInResult,
    check_in_by_code,
    counted_check_in,
)
from desk_app.services.events import get_event
from desk_app.sync.concurrency import run_with_lock_retry
from desk_app.sync.local_queue import EventInfo, LocalQueue, QueuedCheckIn

# A desk must not freeze on a dead server: give up connecting after 2 s, and let the
# kernel drop a connection whose packets go unanswered for 5 s (cable pulled).
SERVER_CONNECT_ARGS = {"connect_timeout": 2, "tcp_user_timeout": 5000,
                       "keepalives": 1, "keepalives_idle": 5}


def open_server(url: str) -> Database:
    """A database handle for a desk: migrated when the server answers now, usable later
    when it does not (the desk then starts offline from its local cache)."""
    kwargs = {"connect_args": SERVER_CONNECT_ARGS} if url.startswith("postgresql") else {}
    engine = make_engine(url, **kwargs)
    with contextlib.suppress(OperationalError):
        upgrade_to_head(engine)
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def is_unreachable(exc: BaseException) -> bool:
    """The server is gone (down, restarting, network cut), as opposed to a refusal."""
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


@dataclass(frozen=True)
class ConnectionState:
    """What the window header shows."""

    online: bool
    queued: int
    last_error: str = ""

    @property
    def label(self) -> str:
        if self.online:
            if not self.queued:
                return t("online")
            if self.queued == 1:
                return t("online — 1 check-in to send")
            return t("online — {count} check-ins to send", count=self.queued)
        if self.queued == 1:
            return t("offline — 1 check-in queued")
        return t("offline — {count} check-ins queued", count=self.queued)


@dataclass(frozen=True)
class DeskCheckIn:
    """A check-in answer plus whether it only lives on this desk for now."""

    result: CheckInResult
    queued: bool = False


@dataclass(frozen=True)
class SyncReport:
    sent: int = 0
    flagged: int = 0  # scanned at another desk meanwhile: kept as a flagged duplicate
    already_there: int = 0  # the server had it (commit answered late, or a re-sync)
    dropped: int = 0  # participant removed on the server meanwhile

    @property
    def total(self) -> int:
        return self.sent + self.flagged + self.already_there + self.dropped


def snapshot_to_queue(session: Session, event: Event, queue: LocalQueue) -> None:
    """Copy the server's participant list and counted check-ins into the local cache."""
    people = session.execute(
        select(Participant.id, Participant.badge_code, Participant.contact_name,
               Participant.company).where(Participant.event_id == event.id)
    ).all()
    counted = session.execute(
        select(CheckIn.participant_id, CheckIn.checked_in_at, CheckIn.desk).where(
            CheckIn.event_id == event.id, CheckIn.undone_at.is_(None),
            CheckIn.duplicate_of_id.is_(None))
    ).all()
    queue.store_snapshot(
        EventInfo(event.id, event.code, event.timezone, event.simulated_now),
        [tuple(row) for row in people],  # type: ignore[misc]
        [tuple(row) for row in counted],  # type: ignore[misc]
    )


def _push_one(session: Session, event_id: int, item: QueuedCheckIn) -> tuple[str, int | None]:
    participant = session.get(Participant, item.participant_id)
    if participant is None or participant.event_id != event_id:
        return "dropped", None
    # Idempotent: a sync interrupted after the server commit must not add it twice.
    same = session.scalar(select(CheckIn.id).where(
        CheckIn.participant_id == item.participant_id, CheckIn.desk == item.desk,
        CheckIn.checked_in_at == item.checked_in_at, CheckIn.source == "sync"))
    if same is not None:
        return "already_there", same
    counted = counted_check_in(session, item.participant_id)
    if counted is not None and counted.desk == item.desk:
        # This desk's own online check-in whose commit answer was lost with the server.
        return "already_there", counted.id
    row = CheckIn(event_id=event_id, participant_id=item.participant_id,
                  checked_in_at=item.checked_in_at, desk=item.desk, source="sync",
                  duplicate_of_id=counted.id if counted else None)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        # Another desk counted them between our read and our insert.
        counted = counted_check_in(session, item.participant_id)
        row = CheckIn(event_id=event_id, participant_id=item.participant_id,
                      checked_in_at=item.checked_in_at, desk=item.desk, source="sync",
                      duplicate_of_id=counted.id if counted else None)
        session.add(row)
        session.flush()
    flagged = row.duplicate_of_id is not None
    if not flagged and participant.absent:
        participant.absent = False
    session.add(AuditEntry(
        event_id=event_id, desk=item.desk, action="sync_check_in", entity="participant",
        entity_id=item.participant_id, before=None,
        after={"check_in_id": row.id, "duplicate_of_id": row.duplicate_of_id,
               "queued_at": item.checked_in_at.isoformat()}))
    record_change(session, event_id, ChangeSummary(
        kind="check_in", participants=frozenset({item.participant_id}), check_ins=True),
        desk=item.desk)
    return ("flagged" if flagged else "sent"), row.id


def sync_queue(db: Database, queue: LocalQueue) -> SyncReport:
    """Send the queued check-ins, oldest first, one transaction each (an outage in the
    middle leaves the rest queued). Raises the connection error if the server is gone."""
    info = queue.event
    counts = {"sent": 0, "flagged": 0, "already_there": 0, "dropped": 0}
    if info is None:
        return SyncReport()
    for item in queue.pending():
        outcome, server_id = run_with_lock_retry(
            db, lambda s, item=item: _push_one(s, info.event_id, item))  # type: ignore[misc]
        queue.mark_synced(item.queue_id, outcome, server_id)
        counts[outcome] += 1
    return SyncReport(**counts)


@dataclass(frozen=True)
class FlaggedDuplicate:
    """A participant scanned at another desk while the server was unreachable."""

    participant_id: int
    company: str
    name: str
    desk: str
    at: dt.datetime
    first_desk: str
    first_at: dt.datetime


def flagged_duplicates(session: Session, event_id: int) -> list[FlaggedDuplicate]:
    """The duplicates a sync flagged, newest first, with the check-in that counts (for
    the organiser: a badge lent to a colleague shows up here)."""
    first = aliased(CheckIn)
    rows = session.execute(
        select(CheckIn.participant_id, Participant.company, Participant.contact_name,
               CheckIn.desk, CheckIn.checked_in_at, first.desk, first.checked_in_at)
        .join(Participant, Participant.id == CheckIn.participant_id)
        .join(first, first.id == CheckIn.duplicate_of_id)
        .where(CheckIn.event_id == event_id)
        .order_by(CheckIn.checked_in_at.desc(), CheckIn.id.desc())
    ).all()
    return [FlaggedDuplicate(*row) for row in rows]


def offline_check_in(queue: LocalQueue, raw_code: str, *, desk: str) -> DeskCheckIn:
    """Answer a scan from the local cache and, when green, commit it to the queue."""
    info = queue.event
    if info is None:
        raise DeskError(t("The server cannot be reached and this desk has no offline copy "
                          "of the participant list yet."), code="no_offline_cache")
    try:
        parsed = parse_scan(raw_code)
    except BadgeCodeError as exc:
        return DeskCheckIn(CheckInResult(CheckInOutcome.REFUSED, problem=exc.problem.value,
                                         message=str(exc)))
    if parsed.event_code != info.code:
        return DeskCheckIn(CheckInResult(
            CheckInOutcome.REFUSED, problem=ScanProblem.OTHER_EVENT.value,
            message=t("This badge belongs to another event.")))
    person = queue.lookup(parsed.text)
    if person is None:
        return DeskCheckIn(CheckInResult(
            CheckInOutcome.REFUSED, problem=ScanProblem.TAMPERED.value,
            message=t("This badge code is not valid (mistyped or altered).")))
    if person.checked_in_at is not None:
        return DeskCheckIn(CheckInResult(
            CheckInOutcome.ALREADY, participant_id=person.id, company=person.company,
            name=person.name, at=person.checked_in_at, desk=person.checked_in_desk,
            message=t("Already checked in at {time} at {desk}.",
                      time=f"{person.checked_in_at:%H:%M}", desk=person.checked_in_desk)
            if person.checked_in_desk
            else t("Already checked in at {time}.", time=f"{person.checked_in_at:%H:%M}")))
    now = event_now(info)
    queue.enqueue(person.id, now, desk)
    return DeskCheckIn(CheckInResult(
        CheckInOutcome.CHECKED_IN, participant_id=person.id, company=person.company,
        name=person.name, at=now, desk=desk,
        message=t("Welcome! (saved on this desk; sent to the server when it is back)")),
        queued=True)


class ResilientCheckIn:
    """One desk's check-in: the server when it answers, the local queue when not.

    ``auto_retry_seconds``: while offline, a scan first retries the server when that
    long has passed since the last try (CLI, scripts). The GUI leaves it None and calls
    :meth:`try_sync` from a timer in a worker thread, so a scan never waits on a dead
    server.
    """

    def __init__(self, server: Database, queue_path: str | Path, *, desk: str,
                 event_ref: str | int | None = None,
                 auto_retry_seconds: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.server = server
        self.queue = LocalQueue(queue_path)
        self.desk = desk
        self.event_ref = event_ref
        self.auto_retry_seconds = auto_retry_seconds
        self._clock = clock
        self._online = False
        self._schema_ready = False
        self._last_try = float("-inf")
        self._last_error = ""

    @property
    def state(self) -> ConnectionState:
        return ConnectionState(self._online, self.queue.pending_count(), self._last_error)

    @property
    def online(self) -> bool:
        return self._online

    def mark_unreachable(self, exc: BaseException) -> None:
        """Another part of the desk (the window's change poll) found the server gone:
        answer the next scans from the cache at once instead of waiting on it."""
        self._go_offline(exc)
        self._last_try = self._clock()

    def _go_offline(self, exc: BaseException) -> None:
        self._online = False
        self._last_error = (str(getattr(exc, "orig", None) or exc).splitlines() or [""])[0][:200]

    def _event(self, session: Session) -> Event:
        info = self.queue.event
        if info is not None and self.event_ref is None:
            return get_event(session, info.event_id)
        return get_event(session, self.event_ref)

    def try_sync(self) -> SyncReport | None:
        """Reach the server: send the queue, refresh the cache, go online. None (and
        offline) when the server still does not answer."""
        self._last_try = self._clock()
        try:
            if not self._schema_ready:  # the desk started while the server was down
                upgrade_to_head(self.server.engine)
                self._schema_ready = True
            report = sync_queue(self.server, self.queue)
            with self.server.session() as session:
                snapshot_to_queue(session, self._event(session), self.queue)
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            self._go_offline(exc)
            return None
        self._online, self._last_error = True, ""
        return report

    def check_in(self, raw_code: str) -> DeskCheckIn:
        if not self._online and self.auto_retry_seconds is not None \
                and self._clock() - self._last_try >= self.auto_retry_seconds:
            self.try_sync()
        if self._online:
            try:
                result = run_with_lock_retry(self.server, lambda s: check_in_by_code(
                    s, self._event(s), raw_code, desk=self.desk))
            except Exception as exc:
                if not is_unreachable(exc):
                    raise
                self._go_offline(exc)
                self._last_try = self._clock()
            else:
                if result.participant_id is not None and result.at is not None:
                    self.queue.mark_checked_in(result.participant_id, result.at, result.desk)
                return DeskCheckIn(result)
        return offline_check_in(self.queue, raw_code, desk=self.desk)

    def close(self) -> None:
        self.queue.close()
