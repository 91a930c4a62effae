"""Reception check-in: by scanned badge code or by hand, undo, counters.

A check-in is acknowledged only once committed. Counting twice is impossible in the
database (partial unique index on the counted check-in of a participant), so two desks
scanning the same badge at once both get a correct answer: one "welcome", one
"already checked in at 09:12 at Desk 2".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.badges.codes import BadgeCodeError, verify_scan
from desk_app.clock import event_now
from desk_app.db.models import AuditEntry, CheckIn, Event, Participant
from desk_app.errors import DeskError, NotFound
from desk_app.i18n import t
from desk_app.services.changes import ChangeSummary, record_change


class CheckInOutcome(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY = "already"
    REFUSED = "refused"


@dataclass(frozen=True)
class CheckInResult:
    outcome: CheckInOutcome
    participant_id: int | None = None
    company: str = ""
    name: str = ""
    check_in_id: int | None = None
    at: dt.datetime | None = None  # this check-in, or the first one when ALREADY
    desk: str = ""  # where the first check-in happened when ALREADY
    problem: str | None = None  # ScanProblem / "unknown" / "absent" when REFUSED
    message: str = ""
    summary: ChangeSummary = field(default_factory=lambda: ChangeSummary(kind="none"))


def counted_check_in(session: Session, participant_id: int) -> CheckIn | None:
    return session.scalar(
        select(CheckIn).where(
            CheckIn.participant_id == participant_id,
            CheckIn.undone_at.is_(None),
            CheckIn.duplicate_of_id.is_(None),
        )
    )


def _refused(problem: str, message: str) -> CheckInResult:
    return CheckInResult(CheckInOutcome.REFUSED, problem=problem, message=message)


def check_in_by_code(
    session: Session, event: Event, raw_code: str, *, desk: str = ""
) -> CheckInResult:
    """Check in the holder of a scanned badge. A refused code writes nothing."""
    try:
        parsed = verify_scan(raw_code, event_code=event.code, secret=event.badge_secret)
    except BadgeCodeError as exc:
        return _refused(exc.problem.value, str(exc))
    participant = session.scalar(
        select(Participant).where(
            Participant.event_id == event.id, Participant.badge_code == parsed.text
        )
    )
    if participant is None:
        return _refused(
            "unknown",
            t("This badge is signed for this event but nobody holds it any more "
              "(participant removed). Check the name at the desk."),
        )
    return check_in_participant(session, event, participant, desk=desk, source="scan")


def check_in_participant(
    session: Session, event: Event, participant: Participant, *, desk: str = "",
    source: str = "manual",
) -> CheckInResult:
    """Check in one participant (scan or by hand after a name search)."""
    def who(outcome: CheckInOutcome, first: CheckIn | None, message: str) -> CheckInResult:
        return CheckInResult(
            outcome, participant_id=participant.id, company=participant.company,
            name=participant.contact_name, check_in_id=first.id if first else None,
            at=first.checked_in_at if first else None, desk=first.desk if first else "",
            message=message,
        )

    existing = counted_check_in(session, participant.id)
    if existing is not None:
        return who(
            CheckInOutcome.ALREADY, existing,
            t("Already checked in at {time} at {desk}.",
              time=f"{existing.checked_in_at:%H:%M}", desk=existing.desk)
            if existing.desk
            else t("Already checked in at {time}.", time=f"{existing.checked_in_at:%H:%M}"),
        )
    now = event_now(event)
    row = CheckIn(event_id=event.id, participant_id=participant.id, checked_in_at=now,
                  desk=desk, source=source)
    try:
        # Savepoint: losing a race against another desk must not spoil the transaction.
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        first = counted_check_in(session, participant.id)
        return who(CheckInOutcome.ALREADY, first,
                   t("Already checked in (at another desk, a moment ago)."))
    was_absent = participant.absent
    if was_absent:
        # Marked no-show but here after all: they count as present again (their
        # cancelled meetings stay cancelled; the desk can book new ones).
        participant.absent = False
    session.add(AuditEntry(event_id=event.id, desk=desk, action="check_in",
                           entity="participant", entity_id=participant.id,
                           before={"checked_in": False, "absent": was_absent},
                           after={"checked_in": True, "check_in_id": row.id,
                                  "source": source}))
    summary = record_change(
        session, event.id,
        ChangeSummary(kind="check_in", participants=frozenset({participant.id}),
                      check_ins=True),
        desk=desk,
    )
    return replace(who(CheckInOutcome.CHECKED_IN, row, t("Welcome!")), summary=summary)


def undo_check_in(session: Session, event: Event, participant_id: int, *,
                  desk: str = "") -> ChangeSummary:
    """Take back a participant's check-in (a mistake at the desk); the row is kept,
    marked undone, and the undo is in the audit log with the desk that did it."""
    row = counted_check_in(session, participant_id)
    if row is None:
        raise NotFound(t("This participant is not checked in."), code="not_checked_in")
    row.undone_at = event_now(event)
    session.add(AuditEntry(event_id=event.id, desk=desk, action="undo_check_in",
                           entity="participant", entity_id=participant_id,
                           before={"checked_in": True, "check_in_id": row.id},
                           after={"checked_in": False}))
    return record_change(
        session, event.id,
        ChangeSummary(kind="undo_check_in", participants=frozenset({participant_id}),
                      check_ins=True),
        desk=desk,
    )


@dataclass(frozen=True)
class CheckInCounters:
    checked_in: int
    expected: int
    by_desk: dict[str, int]


def check_in_counters(session: Session, event_id: int) -> CheckInCounters:
    counted = (CheckIn.event_id == event_id, CheckIn.undone_at.is_(None),
               CheckIn.duplicate_of_id.is_(None))
    by_desk = dict(
        session.execute(
            select(CheckIn.desk, func.count()).where(*counted).group_by(CheckIn.desk)
        ).all()
    )
    expected = session.scalar(
        select(func.count()).select_from(Participant).where(Participant.event_id == event_id)
    ) or 0
    return CheckInCounters(checked_in=sum(by_desk.values()), expected=int(expected),
                           by_desk={str(k): int(v) for k, v in by_desk.items()})


def checked_in_ids(session: Session, event_id: int) -> set[int]:
    return set(session.scalars(
        select(CheckIn.participant_id).where(
            CheckIn.event_id == event_id, CheckIn.undone_at.is_(None),
            CheckIn.duplicate_of_id.is_(None))
    ))


__all__ = [
    "CheckInCounters", "CheckInOutcome", "CheckInResult", "DeskError", "check_in_by_code",
    "check_in_counters", "check_in_participant", "checked_in_ids", "counted_check_in",
    "undo_check_in",
]
