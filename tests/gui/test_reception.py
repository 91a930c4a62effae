"""Reception driven through the real window offscreen: scan, duplicate, refusal,
focus, Find + manual check-in, undo, walk-in registration."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.badges.codes import make_badge_code
from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, ChangeLog, CheckIn, Participant
from desk_app.gui.main_window import MainWindow
from desk_app.gui.reception.view import ReceptionView
from desk_app.gui.reception.walk_in_dialog import WalkInDialog
from tests.gui.conftest import DESK, GuiEvent


def _counted(db: Database, participant_id: int | None = None) -> int:
    with db.session() as s:
        query = select(func.count()).select_from(CheckIn).where(
            CheckIn.undone_at.is_(None), CheckIn.duplicate_of_id.is_(None))
        if participant_id is not None:
            query = query.where(CheckIn.participant_id == participant_id)
        return int(s.scalar(query) or 0)


def _rows(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _scan(qtbot: QtBot, reception: ReceptionView, code: str) -> None:
    qtbot.keyClicks(reception.scan_field, code)
    qtbot.keyClick(reception.scan_field, Qt.Key.Key_Return)


def test_scan_welcomes_then_reports_duplicate_with_time_and_desk(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent) -> None:
    reception = main_window.reception
    p3 = gui_event.participant_ids["P3"]
    assert reception.scan_field.hasFocus()

    _scan(qtbot, reception, gui_event.badge_codes["P3"])
    assert reception.card.kind == "ok"
    assert "Bonduelle" in reception.card.headline.text()
    # Today's meetings with time, table and partner.
    assert "14:00–14:20" in reception.card.lines.text()
    assert "Table T2" in reception.card.lines.text()
    assert "Château Lafite" in reception.card.lines.text()
    assert _counted(db, p3) == 1
    with db.session() as s:
        row = s.scalar(select(CheckIn).where(CheckIn.participant_id == p3))
        assert row is not None
        assert (row.desk, row.source) == (DESK, "scan")
    assert reception.scan_field.text() == ""
    assert reception.scan_field.hasFocus()
    # The header re-reads its counters just after the burst of changes.
    qtbot.waitUntil(lambda: main_window.header.checked_in.value.text() == "3 / 8")

    _scan(qtbot, reception, gui_event.badge_codes["P3"])
    assert reception.card.kind == "warn"
    assert "14:25" in reception.card.message.text()
    assert DESK in reception.card.message.text()
    assert _counted(db, p3) == 1
    assert reception.scan_field.hasFocus()
    # The desk's recent list, newest first.
    recent = reception.recent.texts()
    assert len(recent) == 2
    assert recent[0].startswith("⚠")
    assert "Bonduelle" in recent[0]
    assert "already here" in recent[0]
    assert recent[1].startswith("✔")


def test_duplicate_from_another_desk_names_that_desk(
        qtbot: QtBot, main_window: MainWindow, gui_event: GuiEvent) -> None:
    reception = main_window.reception
    _scan(qtbot, reception, gui_event.badge_codes["P1"])  # checked in at Desk 2, 13:55
    assert reception.card.kind == "warn"
    assert reception.card.title.text() == "Already checked in"
    assert "13:55 at Desk 2" in reception.card.message.text()


def test_refused_codes_show_red_and_write_nothing(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent) -> None:
    reception = main_window.reception
    before = (_rows(db, CheckIn), _rows(db, AuditEntry), _rows(db, ChangeLog))
    other_event = make_badge_code("another secret", "ZZZZ9", "P3")
    tampered = gui_event.badge_codes["P3"].replace("-P3-", "-P4-")
    for code, words in (("garbage", "not a badge"), (other_event, "another event"),
                        (tampered, "not valid")):
        _scan(qtbot, reception, code)
        assert reception.card.kind == "error", code
        assert words in reception.card.message.text()
        assert "Nothing was recorded" in reception.card.message.text()
        assert reception.scan_field.hasFocus()
    assert (_rows(db, CheckIn), _rows(db, AuditEntry), _rows(db, ChangeLog)) == before


def test_accent_blind_search_and_manual_check_in(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent) -> None:
    reception = main_window.reception
    qtbot.keyClick(reception.scan_field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reception.search_field.hasFocus()
    qtbot.keyClicks(reception.search_field, "chateau LAF")
    assert reception.shown_results() == ["Château Lafite"]
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Return)
    p4 = gui_event.participant_ids["P4"]
    assert _counted(db, p4) == 1
    with db.session() as s:
        source = s.scalar(select(CheckIn.source).where(CheckIn.participant_id == p4))
    assert source == "manual"
    assert reception.card.kind == "ok"
    assert "Château Lafite" in reception.card.headline.text()
    assert reception.search_field.text() == ""
    assert reception.scan_field.hasFocus()


def test_search_keys_move_selection_and_escape_returns_to_scan(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent) -> None:
    reception = main_window.reception
    reception.focus_search()
    qtbot.keyClicks(reception.search_field, "contact")
    assert len(reception.shown_results()) == 8
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Down)
    assert reception.results.currentIndex().row() == 1
    qtbot.keyClick(reception.search_field, Qt.Key.Key_Escape)
    assert reception.search_field.text() == ""
    assert reception.scan_field.hasFocus()
    assert _counted(db) == 2  # nothing checked in by browsing


def test_undo_last_check_in(qtbot: QtBot, main_window: MainWindow, db: Database,
                            gui_event: GuiEvent) -> None:
    reception = main_window.reception
    assert not reception.undo_button.isEnabled()
    _scan(qtbot, reception, gui_event.badge_codes["P5"])
    p5 = gui_event.participant_ids["P5"]
    assert _counted(db, p5) == 1
    assert reception.undo_button.isEnabled()
    qtbot.mouseClick(reception.undo_button, Qt.MouseButton.LeftButton)
    assert _counted(db, p5) == 0
    assert reception.card.kind == "info"
    assert "Décathlon" in reception.card.message.text()
    assert not reception.undo_button.isEnabled()
    assert reception.scan_field.hasFocus()
    with db.session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "undo_check_in"))
        assert entry is not None
        assert entry.desk == DESK
    # Counted again on the next scan.
    _scan(qtbot, reception, gui_event.badge_codes["P5"])
    assert reception.card.kind == "ok"
    assert _counted(db, p5) == 1


def _fill_walk_in(company: str, email: str = "") -> None:
    """Fills the walk-in dialog once it is open (exec() blocks the test)."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        dialog.company.setText(company)
        dialog.contact_name.setText("Jeanne Martin")
        dialog.email.setText(email)
        dialog.accept()
        if dialog.result() != QDialog.DialogCode.Accepted:  # invalid form: give up
            dialog.reject()
    QTimer.singleShot(0, fill)


def test_register_walk_in_checks_in_and_focus_returns(
        qtbot: QtBot, main_window: MainWindow, db: Database) -> None:
    reception = main_window.reception
    _fill_walk_in("Brasserie Goudale", "jeanne@goudale.fr")
    qtbot.mouseClick(reception.walk_in_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        person = s.scalar(select(Participant).where(Participant.walk_in.is_(True)))
        assert person is not None
        assert (person.ext_id, person.company, person.contact_name) == (
            "W001", "Brasserie Goudale", "Jeanne Martin")
        assert person.badge_code.startswith("ARTS1-W001-")
        person_id = person.id
    assert _counted(db, person_id) == 1
    assert reception.card.kind == "ok"
    assert "W001" in reception.card.message.text()
    # The window is re-activated when the dialog closes; focus follows.
    qtbot.waitUntil(reception.scan_field.hasFocus)
    # The header re-reads its counters just after the burst of changes.
    qtbot.waitUntil(lambda: main_window.header.checked_in.value.text() == "3 / 9")
    # Their new badge scans as already checked in.
    _scan(qtbot, reception, person.badge_code)
    assert reception.card.kind == "warn"


def test_walk_in_dialog_refuses_bad_email_and_cancel_writes_nothing(
        qtbot: QtBot, main_window: MainWindow, db: Database) -> None:
    reception = main_window.reception
    _fill_walk_in("Brasserie Goudale", "not-an-email")
    qtbot.mouseClick(reception.walk_in_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.scalar(select(Participant).where(Participant.walk_in.is_(True))) is None
    qtbot.waitUntil(reception.scan_field.hasFocus)


def test_focus_returns_to_scan_field_after_settings_dialog(
        qtbot: QtBot, main_window: MainWindow) -> None:
    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.reject()
    QTimer.singleShot(0, close_dialog)
    qtbot.mouseClick(main_window.settings_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(main_window.reception.scan_field.hasFocus)
