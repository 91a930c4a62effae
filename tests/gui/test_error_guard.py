"""An exception nobody caught in a slot shows a sentence, not a traceback or a dead
window; the traceback goes to the log file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from desk_app.gui.error_guard import install_error_guard
from desk_app.gui.main_window import MainWindow


@pytest.fixture
def restore_excepthook() -> Iterator[None]:
    saved = sys.excepthook
    yield
    sys.excepthook = saved


@pytest.mark.usefixtures("restore_excepthook")
def test_uncaught_database_error_in_a_slot_becomes_a_sentence(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    log_path = tmp_path / "desk.log"
    install_error_guard(main_window.message_bar.show_error, log_path=log_path)
    button = QPushButton("boom", main_window)

    def fail() -> None:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    button.clicked.connect(fail)
    with qtbot.capture_exceptions() as raised:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # pytest-qt records the exception instead of calling the hook: call it as Qt would.
    assert raised, "the slot should have raised"
    sys.excepthook(*raised[0])
    assert main_window.message_bar.isVisible()
    shown = _bar_text(main_window)
    assert "database cannot be reached" in shown
    assert "Traceback" not in shown
    assert "server closed the connection" in log_path.read_text()
    assert main_window.isVisible()


def _bar_text(window: MainWindow) -> str:
    return " ".join(label.text() for label in window.message_bar.findChildren(QLabel))
