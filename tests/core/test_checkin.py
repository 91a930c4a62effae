"""Check-in by signed badge code: welcome, already, refused (nothing written)."""

from __future__ import annotations

from sqlalchemy import func, select

from desk_app.badges.codes import make_badge_code
from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, CheckIn, Participant
from desk_app.services.checkin import (
    CheckInOutcome,
    check_in_by_code,
    check_in_counters,
    undo_check_in,
)
from desk_app.services.events import get_event
from desk_app.services.participants import search_participants
from tests.conftest import make_tiny_event


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(CheckIn)) or 0)


def test_scan_checks_in_then_reports_already(db: Database) -> None:
    make_tiny_event(db)
    with db.session() as s:
        event = get_event(s)
        code = s.scalars(select(Participant.badge_code)).first()
        assert code is not None
        first = check_in_by_code(s, event, code + "\r\n", desk="Desk 1")
        assert first.outcome is CheckInOutcome.CHECKED_IN
        assert first.summary.check_ins
    with db.session() as s:
        again = check_in_by_code(s, get_event(s), code, desk="Desk 2")
        assert again.outcome is CheckInOutcome.ALREADY
        assert again.desk == "Desk 1"
        assert "Desk 1" in again.message
        assert check_in_counters(s, again_event_id(s)).checked_in == 1


def again_event_id(s: object) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    return get_event(s).id


def test_refused_codes_write_nothing(db: Database) -> None:
    make_tiny_event(db)
    with db.session() as s:
        event = get_event(s)
        good = s.scalars(select(Participant.badge_code)).first()
        assert good is not None
        other_event = make_badge_code("another secret", "ZZZZZ", "P1")
        tampered = good.replace("-P1-", "-P2-")
        for raw in ["", "garbage", "x" * 10_000, "\x00\x1b[A", other_event, tampered]:
            result = check_in_by_code(s, event, raw, desk="D")
            assert result.outcome is CheckInOutcome.REFUSED, raw
            assert result.message
    assert _count(db) == 0
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_undo_check_in_keeps_the_row_and_logs_it(db: Database) -> None:
    make_tiny_event(db)
    with db.session() as s:
        event = get_event(s)
        p = s.scalars(select(Participant)).first()
        assert p is not None
        check_in_by_code(s, event, p.badge_code, desk="D1")
        undo_check_in(s, event, p.id, desk="D1")
        assert check_in_counters(s, event.id).checked_in == 0
        # Can be checked in again after the undo.
        assert check_in_by_code(s, event, p.badge_code).outcome is CheckInOutcome.CHECKED_IN
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions == ["check_in", "undo_check_in", "check_in"]


def test_search_ignores_case_and_accents(db: Database) -> None:
    event_id = make_tiny_event(db)
    with db.session() as s:
        hits = search_participants(s, event_id, "societe 3")
        assert [p.company for p in hits] == ["Société 3"]
        assert search_participants(s, event_id, "SOCIÉTÉ") != []
        assert search_participants(s, event_id, "   ") == []


def test_search_folds_ligatures(db: Database) -> None:
    from desk_app.db.models import Participant as P

    event_id = make_tiny_event(db)
    with db.session() as s:
        first = s.scalars(select(P).order_by(P.id)).first()
        assert first is not None
        first.company = "Œuvres Sociales Łódź"
        s.flush()
        assert [p.id for p in search_participants(s, event_id, "oeuvres lodz")] == [first.id]
