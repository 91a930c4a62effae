"""`desk-app walkin / noshow / undo / waitlist`, and the mid-day demo scene."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.cli.main import main
from desk_app.db.engine import Database
from desk_app.db.models import Event, Meeting, MeetingRequest, Participant
from desk_app.demo import create_demo_event
from desk_app.demo.midday import make_midday
from desk_app.exchange.solving import schedule_event
from desk_app.services.checkin import check_in_counters
from tests.ondesk.conftest import make_day


def test_cli_walkin_noshow_undo(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    t = make_day(db, slots=2, tables=1, placed={"R1": (0, 0)})
    path = db.url.removeprefix("sqlite:///")
    with db.session() as s:
        badge = s.scalar(select(Participant.badge_code)
                         .where(Participant.id == t.people["P3"]))
    assert main(["--db", path, "--desk", "D1", "walkin", "P5", str(badge)]) == 0
    assert capsys.readouterr().out.startswith("BOOKED: Société 5 meets Société 3 at 14:20")
    assert main(["--db", path, "walkin", "p1", "P6", "--waitlist"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("WAITLISTED: ")
    assert "Every table is taken" in out or "no free round in common" in out
    assert main(["--db", path, "noshow", "P2"]) == 0
    assert "Société 2 marked absent; 1 meeting cancelled" in capsys.readouterr().out
    assert main(["--db", path, "waitlist"]) == 0
    assert "Société 1 – Société 6 fits at 14:00" in capsys.readouterr().out
    for _ in range(3):
        assert main(["--db", path, "undo"]) == 0
    assert main(["--db", path, "undo"]) == 1
    assert "nothing to undo" in capsys.readouterr().out
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(MeetingRequest)
                        .where(MeetingRequest.origin == "same_day")) == 0


def test_midday_demo_is_in_the_middle_of_round_five(db: Database) -> None:
    with db.session() as s:
        event_id = create_demo_event(s, "artois", seed=3).id
    schedule_event(db, event_id, use_greedy=True, from_slot=0)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        make_midday(s, event, seed=3)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        round_five = sorted(event.slots, key=lambda x: x.position)[4]
        assert event.simulated_now is not None
        assert round_five.starts_at < event.simulated_now < round_five.ends_at
        counters = check_in_counters(s, event_id)
        assert 0.7 < counters.checked_in / counters.expected < 0.9
        assert s.scalar(select(func.count()).select_from(Participant).where(
            Participant.event_id == event_id, Participant.absent.is_(True))) == 4
        statuses = dict(s.execute(select(Meeting.status, func.count())
                                  .where(Meeting.event_id == event_id)
                                  .group_by(Meeting.status)).all())
        assert statuses["held"] > 0
        assert statuses["cancelled"] > 0
        same_day = set(s.scalars(select(MeetingRequest.status).where(
            MeetingRequest.event_id == event_id, MeetingRequest.origin == "same_day")))
        assert same_day == {"active", "waitlisted"}
