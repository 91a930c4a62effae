"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 on CPython 3.11 (where None and the booleans are not immortal) drops a
reference to None on every call of a void Qt method: a desk window aborts with
"Fatal Python error: none_dealloc" after some thousands of repaints. pyproject.toml
excludes that release; this test catches a binding with the same fault.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

CALLS = 2000


def test_void_qt_calls_do_not_consume_references_to_none(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    app = QApplication.instance()
    assert app is not None
    for _ in range(10):  # warm-up: caches, lazily created objects
        label.setText("y")
        app.processEvents()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("y")
        app.processEvents()
    gc.collect()
    lost = before - sys.getrefcount(None)
    # A faulty binding loses exactly one per call (2 * CALLS here).
    assert lost < CALLS // 10
