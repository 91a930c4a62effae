"""Without Qt Multimedia or zxing-cpp the reception says how to get camera scanning."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desk_app.gui.main_window import MainWindow
from desk_app.gui.reception import camera


def test_the_scan_field_says_how_to_install_the_camera_extra(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = camera._import
    monkeypatch.setattr(camera, "_import",
                        lambda name: None if name == "zxingcpp" else real(name))
    assert "pip install 'desk-app[camera]'" in camera.camera_missing_reason()
    assert not camera.camera_available()


def test_the_reception_shows_the_hint(qtbot: QtBot, main_window: MainWindow,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    if camera.camera_available():
        pytest.skip("this machine has a camera")
    tip = main_window.reception.scan_field.toolTip()
    assert tip == camera.camera_missing_reason()
    assert tip
