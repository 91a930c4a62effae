"""The desk window on a PostgreSQL server that goes away: scans answered from the
desk's queue file, the header saying so, the queue sent when the server is back, a
badge scanned at two desks meanwhile counted once and announced once.

A private cluster (tests/multidesk/pg_server.py) is stopped and restarted, so the
shared test server stays up for the rest of the suite.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.db.engine import Database, open_database
from desk_app.db.models import CheckIn, Event
from desk_app.gui import theme
from desk_app.gui.app import build_window
from desk_app.gui.i18n import install_language
from desk_app.gui.main_window import MainWindow
from desk_app.gui.offline_desk import OfflineDesk, default_queue_path
from desk_app.gui.state import DeskState
from desk_app.services.checkin import CheckInOutcome, check_in_by_code, check_in_counters
from desk_app.sync.outage import ResilientCheckIn, open_server
from tests.gui.conftest import DESK, GuiEvent, build_gui_event
from tests.multidesk.pg_server import PrivatePgServer, pg_base_url

WAIT_MS = 20_000  # generous: a loaded CI machine; nothing here measures time
# Nothing listens on port 1: connecting fails at once, like a server that is down.
UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/desk"


@pytest.fixture
def server() -> Iterator[PrivatePgServer]:
    pg_base_url()  # skipped without the test server, failed under CI (same rule)
    private = PrivatePgServer()
    try:
        private.start()
        yield private
    finally:
        private.destroy()


@pytest.fixture
def server_db(server: PrivatePgServer) -> Iterator[Database]:
    database = open_database(server.url)
    yield database
    database.dispose()


@pytest.fixture
def server_window(qtbot: QtBot, server_db: Database, tmp_path: Path
                  ) -> Iterator[tuple[MainWindow, GuiEvent]]:
    gui = build_gui_event(server_db)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)
    install_language("en")
    window = build_window(server_db, gui.event_id, DESK,
                          queue_path=tmp_path / "queue-desk-1.sqlite")
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    offline_desk = window.state.offline_desk
    assert offline_desk is not None
    qtbot.waitUntil(lambda: offline_desk.last_sync is not None, timeout=WAIT_MS)
    yield window, gui
    window.close()


def _scan(window: MainWindow, code: str) -> None:
    field = window.reception.scan_field
    field.setText(code)
    field.returnPressed.emit()


def _quiet(window: MainWindow, offline_desk: OfflineDesk) -> bool:
    return not window.state.is_polling() and not offline_desk.is_syncing()


@pytest.mark.postgres
def test_window_checks_in_through_an_outage_and_syncs_when_the_server_is_back(
        qtbot: QtBot, server: PrivatePgServer, server_db: Database,
        server_window: tuple[MainWindow, GuiEvent]) -> None:
    window, gui = server_window
    offline_desk = window.state.offline_desk
    assert offline_desk is not None
    header = window.header.connection
    assert header.isVisible()
    assert header.text() == "● Online"
    assert not window.backup_status.isVisible()  # the server has its own backups

    server.stop()
    qtbot.waitUntil(lambda: not window.state.online, timeout=WAIT_MS)
    assert header.text() == "▲ Offline — 0 check-ins queued"

    _scan(window, gui.badge_codes["P3"])
    card = window.reception.card.content
    assert (card.kind, card.title) == ("ok", "Welcome!")
    assert card.headline == "Contact 3 — Bonduelle"
    assert "sent to the server as soon as the server is back" in card.message
    assert header.text() == "▲ Offline — 1 check-in queued"
    shots = os.environ.get("DESK_APP_SHOTS_DIR")  # a picture of it, to look at
    if shots:
        window.grab().save(str(Path(shots) / "reception-offline.png"))
    # Same rules offline: amber for someone already here, red for a forged code.
    _scan(window, gui.badge_codes["P1"])
    assert window.reception.card.content.kind == "warn"
    forged = gui.badge_codes["P5"][:-1] + ("A" if gui.badge_codes["P5"][-1] != "A" else "B")
    _scan(window, forged)
    assert window.reception.card.content.kind == "error"
    _scan(window, gui.badge_codes["P4"])
    assert window.reception.card.content.kind == "ok"
    assert header.text() == "▲ Offline — 2 check-ins queued"
    assert not window.reception.undo_button.isEnabled()  # nothing on the server to undo

    # No worker is mid-way (and none starts while this code runs): when the server is
    # back, another desk checks P4 in before this window's queue gets there.
    qtbot.waitUntil(lambda: _quiet(window, offline_desk), timeout=WAIT_MS)
    server.start()
    with server_db.session() as s:
        other = check_in_by_code(s, s.get_one(Event, gui.event_id), gui.badge_codes["P4"],
                                 desk="Desk 2")
    assert other.outcome is CheckInOutcome.CHECKED_IN

    qtbot.waitUntil(lambda: window.state.online and window.state.connection.queued == 0,
                    timeout=WAIT_MS)
    assert header.text() == "● Online"
    with server_db.session() as s:
        rows = s.execute(select(CheckIn.participant_id, CheckIn.desk, CheckIn.duplicate_of_id)
                         .order_by(CheckIn.id)).all()
        assert check_in_counters(s, gui.event_id).checked_in == 4  # P1 P2 P3 P4
    p3, p4 = gui.participant_ids["P3"], gui.participant_ids["P4"]
    assert [r for r in rows if r[0] == p3] == [(p3, DESK, None)]
    flagged = [r for r in rows if r[0] == p4 and r[2] is not None]
    assert [r[1] for r in flagged] == [DESK]
    # The counters catch up, and the double scan is announced once.
    qtbot.waitUntil(lambda: window.header.checked_in.value.text() == "4 / 8",
                    timeout=WAIT_MS)
    bar = window.message_bar
    assert bar.kind == "notice"
    assert bar.text.text().startswith("ℹ  Contact 4 (Château Lafite), checked in here while")
    assert "had already been checked in at Desk 2" in bar.text.text()
    bar.hide()
    answers: list[object] = []
    offline_desk.synced.connect(answers.append)
    offline_desk.sync_soon()
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    assert not bar.isVisible()

    # Online again: scans go to the server and show the day's meetings.
    _scan(window, gui.badge_codes["P5"])
    card = window.reception.card.content
    assert card.kind == "ok"
    assert card.section == "Today's meetings (1)"


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_language("en")


@pytest.mark.usefixtures("back_to_english")
def test_offline_desk_in_french_with_the_server_swapped_out(
        qtbot: QtBot, db: Database, gui_event: GuiEvent, desk_state: DeskState,
        tmp_path: Path) -> None:
    """The same path without a PostgreSQL install: the "server" is the test's SQLite
    file, replaced by an address where nothing answers, then put back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)
    resilient = ResilientCheckIn(db, tmp_path / "queue.sqlite", desk=DESK,
                                 event_ref=gui_event.event_id)
    offline_desk = OfflineDesk(desk_state, resilient)
    window = MainWindow(desk_state)
    qtbot.addWidget(window)
    window.show()
    offline_desk.start()
    assert install_language("fr")
    header = window.header.connection
    assert header.text() == "● En ligne"

    down = open_server(UNREACHABLE)
    resilient.server = down
    window.reception.check_in_code(gui_event.badge_codes["P7"])
    card = window.reception.card.content
    assert card.kind == "ok"
    assert card.message == "Enregistré sur ce poste ; envoyé au serveur dès son retour."
    assert header.text() == "▲ Hors ligne — 1 enregistrement en attente"
    window.resize(1440, 900)
    qtbot.wait(50)  # let the layouts settle
    assert window.width() == 1440  # the long French tag does not widen the window
    assert header.width() >= header.sizeHint().width()  # and is not clipped
    shots = os.environ.get("DESK_APP_SHOTS_DIR")
    if shots:
        window.grab().save(str(Path(shots) / "reception-offline-fr.png"))
    answers: list[object] = []
    offline_desk.synced.connect(answers.append)
    desk_state.poll_changes()  # the window's own file answers: try the server again
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT_MS)
    assert header.text() == "▲ Hors ligne — 1 enregistrement en attente"

    resilient.server = db
    offline_desk.sync_soon()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=WAIT_MS)
    assert header.text() == "● En ligne"
    with db.session() as s:
        rows = s.execute(select(CheckIn.desk, CheckIn.source)
                         .where(CheckIn.participant_id == gui_event.participant_ids["P7"])
                         ).all()
    assert [tuple(r) for r in rows] == [(DESK, "sync")]
    window.close()
    down.dispose()


def test_queue_files_are_per_desk_and_server(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.setattr("platformdirs.user_data_dir",
                        lambda *args, **kwargs: str(tmp_path))
    one = default_queue_path("postgresql+psycopg://desk:pw@192.168.1.10/salon", "Accueil 1")
    assert one.parent == tmp_path
    assert one.name.startswith("queue-accueil-1-")
    assert one == default_queue_path("postgresql+psycopg://desk:other@192.168.1.10/salon",
                                     "Accueil 1")
    assert one != default_queue_path("postgresql+psycopg://desk:pw@192.168.1.10/salon",
                                     "Accueil 2")
    assert one != default_queue_path("postgresql+psycopg://desk:pw@192.168.1.11/salon",
                                     "Accueil 1")
    assert default_queue_path("postgresql://h/db", "Réception Nord").name.startswith(
        "queue-reception-nord-")

