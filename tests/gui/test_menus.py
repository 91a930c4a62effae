"""The menu bar: File, Event, Print, View, Help; View switches pages by Ctrl+n."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.gui.main_window import MainWindow


def test_menu_bar_has_the_five_menus_in_order(main_window: MainWindow) -> None:
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles == ["&File", "&Event", "&Print", "&View", "&Help"]


def test_view_menu_switches_pages_with_ctrl_numbers(qtbot: QtBot,
                                                     main_window: MainWindow) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    view_actions = main_window.menus["view"].actions()
    assert [a.shortcut().toString() for a in view_actions][:2] == ["Ctrl+1", "Ctrl+2"]
    view_actions[1].trigger()
    assert main_window.tabs.currentIndex() == 1
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 0


def test_menu_titles_follow_the_language(main_window: MainWindow) -> None:
    try:
        main_window.set_language("fr")
        titles = [a.text() for a in main_window.menuBar().actions()]
        assert titles == ["&Fichier", "&Événement", "&Impression", "&Affichage", "Ai&de"]
    finally:
        main_window.set_language("en")
    assert main_window.menuBar().actions()[0].text() == "&File"
