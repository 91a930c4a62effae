"""Shared fixtures: a real SQLite file per test, a tiny event."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.badges.codes import make_badge_code
from desk_app.db.engine import Database, open_database
from desk_app.db.models import (
    Event,
    MeetingRequest,
    Participant,
    Slot,
    VenueTable,
)
from desk_app.i18n import set_language

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
CHECKER = SHARED / "tools" / "check_schedule.py"


@pytest.fixture(autouse=True)
def _core_sentences_in_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Tests assert English sentences whatever the machine's locale (the CLI picks its
    # language from the environment); a test that switches to French cannot leak it.
    monkeypatch.setenv("DESK_APP_LANG", "en")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "desk.sqlite")
    yield database
    database.dispose()


def make_tiny_event(db: Database, *, participants: int = 6, slots: int = 4,
                    tables: int = 2) -> int:
    """An event with ``participants`` firms P1.., ``slots`` 20-minute rounds from 14:00,
    ``tables`` tables T1.., and requests P1-P2, P3-P4, P5-P6 ... (weight 1)."""
    with db.session() as s:
        day = dt.date(2026, 12, 3)
        event = Event(name="Tiny", venue="Hall", date=day, code="TINY1",
                      badge_secret="s3cret" * 8)
        s.add(event)
        s.flush()
        start = dt.datetime.combine(day, dt.time(14, 0))
        for i in range(slots):
            s.add(Slot(event_id=event.id, position=i, code=f"S{i + 1:02d}",
                       starts_at=start + dt.timedelta(minutes=20 * i),
                       ends_at=start + dt.timedelta(minutes=20 * i + 20)))
        for i in range(tables):
            s.add(VenueTable(event_id=event.id, label=f"T{i + 1}", zone="A", position=i))
        people = []
        for i in range(participants):
            ext = f"P{i + 1}"
            p = Participant(event_id=event.id, ext_id=ext, company=f"Société {i + 1}",
                            contact_name=f"Contact {i + 1}",
                            badge_code=make_badge_code(event.badge_secret, event.code, ext))
            s.add(p)
            people.append(p)
        s.flush()
        for i in range(0, participants - 1, 2):
            s.add(MeetingRequest(event_id=event.id, ext_id=f"R{i // 2 + 1}",
                                 participant_a_id=people[i].id,
                                 participant_b_id=people[i + 1].id))
        return event.id
