"""Start-up (event choice, desk name, F-keys, header) and ``desk-app screenshot``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.cli.context import CliContext, default_desk_name
from desk_app.cli.main import main
from desk_app.db.engine import Database
from desk_app.gui import app as gui_app
from desk_app.gui.main_window import MainWindow
from desk_app.gui.settings_dialog import DESK_NAME_KEY
from tests.gui.conftest import GuiEvent


def test_no_event_offers_a_demo_and_declining_opens_nothing(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def decline(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    assert gui_app._pick_event(db, None) is None
    assert "no event in this database" in asked[0]


def test_unknown_event_is_a_clear_message(
        qtbot: QtBot, db: Database, gui_event: GuiEvent,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda *args, **kwargs: shown.append(str(args[2])))
    assert gui_app._pick_event(db, "Salon inexistant") is None
    assert shown == ["No event 'Salon inexistant' in this database."]
    assert gui_app._pick_event(db, None) == gui_event.event_id


def test_desk_name_from_option_then_settings(qtbot: QtBot) -> None:
    from PySide6.QtCore import QSettings

    assert gui_app.desk_name(CliContext(None, "Accueil 2", None)) == "Accueil 2"
    fallback = CliContext(None, default_desk_name(), None)
    assert gui_app.desk_name(fallback) == default_desk_name()
    QSettings().setValue(DESK_NAME_KEY, "Accueil Nord")
    assert gui_app.desk_name(fallback) == "Accueil Nord"


def test_function_keys_switch_views_and_header_shows_the_round(
        qtbot: QtBot, main_window: MainWindow) -> None:
    header = main_window.header
    assert header.clock.text() == "14:25"
    assert header.round_label.text() == "Round S02 · 14:20–14:40 · 15 min left"
    assert header.meetings_now.value.text() == "2"
    assert header.free_tables.value.text() == "1 / 3"
    qtbot.keyClick(main_window.reception.scan_field, Qt.Key.Key_F4)
    assert main_window.tabs.currentIndex() == 3
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert main_window.tabs.currentIndex() == 0
    assert main_window.reception.scan_field.hasFocus()


def test_screenshot_command_writes_the_four_views(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    code = main(["--db", str(tmp_path / "demo.sqlite"), "--desk", "Desk 1", "screenshot",
                 str(out), "--time-limit", "1"])
    assert code == 0
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["booking.png", "floor.png", "participants.png", "reception.png"]
    for name in names:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1440, 900), name


def test_desk_app_without_command_opens_the_window_on_the_current_event(
        qtbot: QtBot, tmp_path: Path, gui_event: GuiEvent, db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    shown: list[MainWindow] = []

    def fake_exec() -> int:  # instead of the event loop: look at what is open
        shown.extend(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible())
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert main(["--db", str(db.url), "--desk", "Accueil 1"]) == 0
    assert len(shown) == 1
    assert shown[0].state.event_id == gui_event.event_id
    assert shown[0].state.desk == "Accueil 1"
    assert shown[0].windowTitle() == "Rencontres Artois 2026 — desk Accueil 1"


def test_header_says_when_the_database_cannot_be_read(main_window: MainWindow) -> None:
    from desk_app.sync.outage import ConnectionState

    label = main_window.header.connection
    assert not label.isVisible()  # one desk on its own file: nothing to say
    main_window.state.set_connection(ConnectionState(online=False, queued=0))
    assert label.isVisible()
    assert "cannot be read" in label.text()
    main_window.state.poll_changes()  # the file answers again
    assert not label.isVisible()


def test_errors_appear_as_a_sentence_in_the_message_bar(main_window: MainWindow) -> None:
    assert not main_window.message_bar.isVisible()
    main_window.state.error.emit("This participant is not checked in.")
    assert main_window.message_bar.isVisible()
    assert main_window.message_bar.text.text() == "✖  This participant is not checked in."
    assert main_window.reception.scan_field.hasFocus()


def test_accepting_the_demo_offer_creates_an_event_in_the_middle_of_its_day(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import func, select

    from desk_app.db.models import CheckIn, Meeting

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    original = gui_app.create_demo
    monkeypatch.setattr(gui_app, "create_demo",
                        lambda database: original(database, time_limit=1))
    event_id = gui_app._pick_event(db, None)
    assert event_id is not None
    with db.session() as s:
        assert (s.scalar(select(func.count()).select_from(Meeting)) or 0) > 100
        assert (s.scalar(select(func.count()).select_from(CheckIn)) or 0) > 50


def test_long_event_names_shrink_before_they_are_cut(
        qtbot: QtBot, main_window: MainWindow) -> None:
    title = main_window.header.title
    main_window.resize(1440, 900)
    main_window.show()
    qtbot.waitExposed(main_window)
    styled = title.font().pointSizeF()
    title.full_text = "Rencontres d'affaires de l'Artois 2026"
    title.fit()
    assert title.text() == title.full_text  # fits whole, perhaps a little smaller
    title.full_text = "Rencontres internationales d'affaires " * 4
    title.fit()
    assert title.text().endswith("…")
    assert title.font().pointSizeF() < styled
    assert title.toolTip()  # the whole name stays one hover away
