"""File > Import participants…: the real window, a file picked, a column mapped by its
drop-down, Import pressed, the counts read back; the mapping is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desk_app.db.engine import Database
from desk_app.db.models import Participant
from desk_app.gui.main_window import MainWindow
from desk_app.gui.organiser.import_dialog import ImportDialog, render_import_screenshot

LIST = ("Entreprise;Contact;Créneaux libres;Secteur\n"
        "Bonduelle;Contact 3;14:00-14:40;Agro\n"
        "Lesaffre;Contact 6;;Agro\n"
        "Nouvelle Forge;Anne Roux;S01, 2;Métal\n")


def _action(window: MainWindow, text: str) -> None:
    action = next(a for a in window.menus["file"].actions() if a.text() == text)
    action.trigger()


def _dialog(window: MainWindow) -> ImportDialog:
    dialog = window.import_actions.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ImportDialog)
    return dialog


def _wait_idle(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    QApplication.processEvents()


def _pick(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.load_file(str(path))
    _wait_idle(qtbot, dialog)
    assert dialog.preview is not None


def test_import_participants_from_the_file_menu(
    qtbot: QtBot, main_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_text(LIST, encoding="cp1252")
    _action(main_window, "Import &participants…")
    dialog = _dialog(main_window)
    _pick(qtbot, dialog, path)
    preview = dialog.preview
    assert preview is not None
    assert preview.encoding == "Windows-1252"
    assert dialog.ignored_label.text() == "ignored columns: Créneaux libres, Secteur"
    assert dialog.counts_label.text() == (
        "1 new, 0 changed, 2 unchanged, 6 no longer in the file (kept)")

    combo = dialog.table.cellWidget(0, 2)  # the "Créneaux libres" drop-down
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("availability"))
    _wait_idle(qtbot, dialog)
    assert dialog.ignored_label.text() == "ignored columns: Secteur"
    assert dialog.counts_label.text() == (
        "1 new, 1 changed, 1 unchanged, 6 no longer in the file (kept)")
    assert dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "import.png"))

    qtbot.mouseClick(dialog.import_button, qtbot_left())
    _wait_idle(qtbot, dialog)
    assert dialog.result_label.text().startswith("Imported: 1 new, 1 changed, 1 unchanged")
    assert not dialog.import_button.isEnabled()
    with db.session() as session:
        people = {p.company: p for p in session.scalars(select(Participant).options(
            selectinload(Participant.unavailable_slots)))}
        assert len(people["Bonduelle"].unavailable_slots) == 2  # S03, S04
        assert len(people["Nouvelle Forge"].unavailable_slots) == 2  # S03, S04

    dialog.close_button.click()
    qtbot.waitUntil(lambda: main_window.import_actions.dialog is None)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: main_window.reception.scan_field.hasFocus())

    # The next file with the same headers opens with the mapping chosen by hand.
    _action(main_window, "Import &participants…")
    again = _dialog(main_window)
    _pick(qtbot, again, path)
    assert again.preview is not None
    assert again.preview.fields[2] == "availability"
    assert again.counts_label.text() == (
        "0 new, 0 changed, 3 unchanged, 6 no longer in the file (kept)")
    again.close()


def test_a_file_without_a_known_header_shows_its_columns(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "souhaits.csv"
    path.write_text("Qui;Avec qui;Rang\nP1;P3;1\n", encoding="utf-8")
    _action(main_window, "Import &wishes…")
    dialog = _dialog(main_window)
    _pick(qtbot, dialog, path)
    assert dialog.preview is not None
    assert not dialog.preview.header_found
    assert "Columns found: 'Qui', 'Avec qui', 'Rang'" in dialog.message_label.text()
    assert not dialog.import_button.isEnabled()
    for column, field in ((0, "a"), (1, "b")):
        combo = dialog.table.cellWidget(0, column)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))
        _wait_idle(qtbot, dialog)
    assert dialog.preview.header_found
    assert dialog.preview.reading == "'Rang' read as a rank: 1 is the first choice and " \
        "weighs the most"
    assert dialog.import_button.isEnabled()
    dialog.close()


def test_an_unreadable_file_is_a_sentence_in_the_dialog(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"%PDF-1.4 not a list")
    _action(main_window, "Import &participants…")
    dialog = _dialog(main_window)
    dialog.load_file(str(path))
    _wait_idle(qtbot, dialog)
    assert "PDF document" in dialog.message_label.text()
    dialog.close()


def test_render_import_screenshot(main_window: MainWindow, tmp_path: Path) -> None:
    out = render_import_screenshot(tmp_path / "import.png", main_window.state,
                                   parent=main_window)
    assert out.stat().st_size > 1000


def qtbot_left() -> object:
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


def test_a_file_dropped_on_the_dialog_is_read(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "inscrits.csv"
    path.write_text(LIST, encoding="utf-8")
    _action(main_window, "Import &participants…")
    dialog = _dialog(main_window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    _wait_idle(qtbot, dialog)
    assert dialog.file_label.text() == "inscrits.csv"
    assert dialog.preview is not None
    assert dialog.preview.created == 1
    dialog.close()


def test_an_uncertain_encoding_names_the_words_to_check(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "old-mac-or-windows.csv"
    # 0x8C reads "Œ" in Windows-1252 and "å" in Mac Roman: nothing else tells them apart.
    path.write_bytes("Company;Name\nŒstlund AB;Berg\n".encode("cp1252"))
    _action(main_window, "Import &participants…")
    dialog = _dialog(main_window)
    _pick(qtbot, dialog, path)
    assert "Check these names, the encoding is uncertain: Œstlund (åstlund)" in \
        dialog.encoding_label.text()
    dialog.close()
