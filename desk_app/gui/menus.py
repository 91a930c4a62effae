"""The window's menu bar: File, Event, Print, View, Help, in that order.

Each feature adds its own QActions to the menu it belongs to (``window.menus["file"]``)
from its own module, so features never edit each other's code; titles follow the
language (``retranslate``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

MENU_KEYS = ("file", "event", "print", "view", "help")


def _titles() -> dict[str, str]:
    return {
        "file": QCoreApplication.translate("WindowMenus", "&File"),
        "event": QCoreApplication.translate("WindowMenus", "&Event"),
        "print": QCoreApplication.translate("WindowMenus", "&Print"),
        "view": QCoreApplication.translate("WindowMenus", "&View"),
        "help": QCoreApplication.translate("WindowMenus", "&Help"),
    }


class WindowMenus:
    """The menus of one main window, by key."""

    def __init__(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        self._menus: dict[str, QMenu] = {key: bar.addMenu("") for key in MENU_KEYS}
        self.retranslate()

    def __getitem__(self, key: str) -> QMenu:
        return self._menus[key]

    def add(self, key: str, action: QAction) -> QAction:
        self._menus[key].addAction(action)
        return action

    def retranslate(self) -> None:
        for key, title in _titles().items():
            self._menus[key].setTitle(title)
