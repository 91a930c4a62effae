"""French <-> English while the window is open, and the translation build."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.gui import i18n
from desk_app.gui.i18n_build import merge_translations, read_tsv
from desk_app.gui.main_window import MainWindow
from desk_app.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import GuiEvent

SHELL_CONTEXTS = {"App", "DeskHeader", "MainWindow", "ParticipantDetails",
                  "ParticipantTableModel", "ParticipantsView", "PrintActions",
                  "ReceptionView", "SettingsDialog", "WalkInDialog", "FindPanel",
                  "CameraScanDialog", "OfflineDesk", "ReceptionMessages"}


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    i18n.install_language("en")


def _visible_texts(window: MainWindow) -> dict[str, str]:
    reception = window.reception
    return {
        "tab": window.tabs.tabText(0),
        "scan": reception.scan_field.placeholderText(),
        "header": window.header.checked_in.caption.text(),
        "card": reception.card.title.text(),
        "settings": window.settings_button.text(),
    }


def test_switching_language_changes_visible_strings(
        qtbot: QtBot, main_window: MainWindow, gui_event: GuiEvent,
        back_to_english: None) -> None:
    reception = main_window.reception
    qtbot.keyClicks(reception.scan_field, gui_event.badge_codes["P3"])
    qtbot.keyClick(reception.scan_field, Qt.Key.Key_Return)
    english = _visible_texts(main_window)
    assert english["tab"] == "Reception  F1"
    assert english["card"] == "Welcome!"

    main_window.set_language("fr")
    french = _visible_texts(main_window)
    assert french == {
        "tab": "Accueil  F1",
        "scan": "Scannez ou tapez un code, puis Entrée",
        "header": "ARRIVÉS",
        "card": "Bienvenue !",
        "settings": "⚙ Réglages",
    }
    assert "encore" in main_window.header.round_label.text()
    assert QSettings().value(i18n.SETTINGS_KEY) == "fr"

    main_window.set_language("en")
    assert _visible_texts(main_window) == english


def test_language_chosen_in_settings_dialog(
        qtbot: QtBot, main_window: MainWindow, back_to_english: None) -> None:
    def choose_french() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.desk.setText("Accueil 3")
        dialog.accept()
    QTimer.singleShot(0, choose_french)
    qtbot.mouseClick(main_window.settings_button, Qt.MouseButton.LeftButton)
    assert main_window.tabs.tabText(3) == "Participants  F4"
    assert main_window.tabs.tabText(1) == "Salle  F2"
    assert main_window.header.desk_label.text() == "Poste : Accueil 3"
    assert main_window.state.desk == "Accueil 3"
    assert i18n.preferred_language() == "fr"


def test_every_shell_string_has_french() -> None:
    """The French catalogue covers every string of the shell's views."""
    ts = ET.parse(i18n.TRANSLATIONS_DIR / "desk_app_fr.ts").getroot()
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in ts.iter("context") if context.findtext("name") in SHELL_CONTEXTS
        for message in context.iter("message")
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert missing == []


def test_merge_fills_translations_and_adds_helper_strings(tmp_path: Path) -> None:
    ts = tmp_path / "x_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        'language="fr_FR"><context><name>View</name><message><source>Hello</source>'
        '<translation type="unfinished"></translation></message><message><source>Bye'
        '</source><translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8")
    tsv = tmp_path / "fr_x.tsv"
    tsv.write_text("# comment\nView\tHello\tBonjour\nHelper\tLine one\\nLine two\tUn\\nDeux\n",
                   encoding="utf-8")
    table = read_tsv([tsv])
    assert table[("Helper", "Line one\nLine two")] == "Un\nDeux"
    assert merge_translations(ts, table) == 1  # "Bye" is still untranslated
    root = ET.parse(ts).getroot()
    found = {(c.findtext("name"), m.findtext("source")): m.find("translation")
             for c in root.iter("context") for m in c.iter("message")}
    hello = found[("View", "Hello")]
    assert hello is not None
    assert hello.text == "Bonjour"
    assert "type" not in hello.attrib
    helper = found[("Helper", "Line one\nLine two")]
    assert helper is not None
    assert helper.text == "Un\nDeux"


def test_tsv_with_a_broken_line_is_refused(tmp_path: Path) -> None:
    tsv = tmp_path / "fr_bad.tsv"
    tsv.write_text("View\tonly two fields\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"fr_bad\.tsv:1"):
        read_tsv([tsv])


def test_a_card_shown_before_the_switch_is_translated_too(
        qtbot: QtBot, main_window: MainWindow, gui_event: GuiEvent,
        back_to_english: None) -> None:
    reception = main_window.reception
    qtbot.keyClicks(reception.scan_field, gui_event.badge_codes["P5"])
    qtbot.keyClick(reception.scan_field, Qt.Key.Key_Return)
    qtbot.mouseClick(reception.undo_button, Qt.MouseButton.LeftButton)
    assert reception.card.title.text() == "Check-in taken back"
    main_window.set_language("fr")
    assert reception.card.title.text() == "Arrivée annulée"
    assert reception.card.message.text() == (
        "Décathlon n’est plus compté comme arrivé. Son badge peut être scanné à nouveau.")


def test_missing_french_catalogue_keeps_english_and_says_so(
        qtbot: QtBot, main_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, back_to_english: None) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)  # no .ts, no .qm
    main_window.set_language("fr")
    assert i18n.current_language() == "en"
    assert main_window.tabs.tabText(0) == "Reception  F1"
    assert main_window.message_bar.isVisible()
    assert "make translations" in main_window.message_bar.text.text()
