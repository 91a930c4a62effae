"""GUI fixtures (pytest-qt, offscreen): a small event in the middle of its day in a
real SQLite file, the window's DeskState, and the real MainWindow.

The event (``GuiEvent``): 8 firms P1..P8 (P1 "Société Générale"), 4 rounds of 20 min
from 14:00 (S01..S04), 3 tables (T1, T2 in zone "A", T3 in zone "B"), requests P1-P2,
P3-P4, P5-P6, P7-P8 met at T1/T2 in S01 and S02 (P5-P6 at T1 in S02, P7-P8 at T2 in
S02), and a simulated clock at 14:25 (S02 running). P1 and P2 are checked in at
"Desk 2" at 13:55; everybody else is not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.badges.codes import make_badge_code
from desk_app.db.engine import Database
from desk_app.db.models import (
    CheckIn,
    Event,
    MeetingRequest,
    Participant,
    Slot,
    VenueTable,
)
from desk_app.gui import theme
from desk_app.gui.i18n import install_language
from desk_app.gui.main_window import MainWindow
from desk_app.gui.state import DeskState
from desk_app.services.meetings import add_meeting

EVENT_DAY = dt.date(2026, 12, 3)
SIMULATED_NOW = dt.datetime.combine(EVENT_DAY, dt.time(14, 25))
DESK = "Desk 1"


@dataclass(frozen=True)
class GuiEvent:
    event_id: int
    participant_ids: dict[str, int]  # by ext_id "P1".."P8"
    badge_codes: dict[str, str]  # by ext_id
    table_ids: dict[str, int]  # by label "T1".."T3"
    slot_ids: list[int]  # by position
    meeting_ids: dict[tuple[str, int], int]  # (table label, slot position) -> meeting id


COMPANIES = [
    "Société Générale", "Renault Trucks", "Bonduelle", "Château Lafite", "Décathlon",
    "Lesaffre", "Roquette Frères", "Éco-Pack",
]


def build_gui_event(db: Database) -> GuiEvent:
    with db.session() as s:
        event = Event(name="Rencontres Artois 2026", venue="Arras, Artois Expo",
                      date=EVENT_DAY, code="ARTS1", badge_secret="gui-test-secret" * 4,
                      simulated_now=SIMULATED_NOW)
        s.add(event)
        s.flush()
        start = dt.datetime.combine(EVENT_DAY, dt.time(14, 0))
        slots = [
            Slot(event_id=event.id, position=i, code=f"S{i + 1:02d}",
                 starts_at=start + dt.timedelta(minutes=20 * i),
                 ends_at=start + dt.timedelta(minutes=20 * i + 20))
            for i in range(4)
        ]
        tables = [
            VenueTable(event_id=event.id, label=label, zone=zone, position=i)
            for i, (label, zone) in enumerate([("T1", "A"), ("T2", "A"), ("T3", "B")])
        ]
        s.add_all([*slots, *tables])
        people: list[Participant] = []
        for i, company in enumerate(COMPANIES):
            ext = f"P{i + 1}"
            people.append(Participant(
                event_id=event.id, ext_id=ext, company=company,
                contact_name=f"Contact {i + 1}", email=f"p{i + 1}@example.org",
                role="buyer" if i % 2 == 0 else "supplier",
                badge_code=make_badge_code(event.badge_secret, event.code, ext)))
        s.add_all(people)
        s.flush()
        requests = [
            MeetingRequest(event_id=event.id, ext_id=f"R{k + 1}",
                           participant_a_id=people[2 * k].id,
                           participant_b_id=people[2 * k + 1].id)
            for k in range(4)
        ]
        s.add_all(requests)
        s.flush()
        placements = [(0, "T1", 0), (1, "T2", 0), (2, "T1", 1), (3, "T2", 1)]
        by_label = {t.label: t for t in tables}
        meetings = {}
        for request_index, label, position in placements:
            meetings[(label, position)] = add_meeting(
                s, requests[request_index], slot_id=slots[position].id,
                table_id=by_label[label].id)
        arrival = dt.datetime.combine(EVENT_DAY, dt.time(13, 55))
        for person in people[:2]:
            s.add(CheckIn(event_id=event.id, participant_id=person.id,
                          checked_in_at=arrival, desk="Desk 2", source="scan"))
        s.flush()
        return GuiEvent(
            event_id=event.id,
            participant_ids={p.ext_id: p.id for p in people},
            badge_codes={p.ext_id: p.badge_code for p in people},
            table_ids={t.label: t.id for t in tables},
            slot_ids=[slot.id for slot in slots],
            meeting_ids={key: m.id for key, m in meetings.items()},
        )


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    """QSettings (language, desk name, printers) go to a temporary INI file, never to
    the tester's own settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))


@pytest.fixture
def gui_event(db: Database) -> GuiEvent:
    return build_gui_event(db)


@pytest.fixture
def desk_state(qtbot: QtBot, db: Database, gui_event: GuiEvent) -> DeskState:
    return DeskState(db, gui_event.event_id, DESK)


@pytest.fixture
def main_window(qtbot: QtBot, desk_state: DeskState) -> Iterator[MainWindow]:
    """The real desk window, shown offscreen at 1440x900, English interface, themed
    as in production."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)
    install_language("en")
    window = MainWindow(desk_state)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    desk_state.stop_polling()
