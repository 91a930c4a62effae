"""Starting the desk window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from desk_app.cli.context import CliContext


def run_gui(ctx: CliContext) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("desk_app")
    window.resize(1440, 900)
    window.show()
    return int(app.exec())
