"""Camera scanning: frames decode to the badge code; no camera, no button."""

from __future__ import annotations

import io

import qrcode
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desk_app.gui.main_window import MainWindow
from desk_app.gui.reception.camera import camera_available, decode_image
from tests.gui.conftest import GuiEvent


def _qr_image(text: str) -> QImage:
    buffer = io.BytesIO()
    qrcode.make(text).save(buffer, format="PNG")
    image = QImage()
    assert image.loadFromData(buffer.getvalue())
    return image


def test_a_frame_with_a_badge_decodes_to_its_code(gui_event: GuiEvent) -> None:
    code = gui_event.badge_codes["P3"]
    assert decode_image(_qr_image(code)) == code
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    assert decode_image(blank) is None


def test_a_decoded_frame_checks_in_like_a_scan(
        qtbot: QtBot, main_window: MainWindow, gui_event: GuiEvent) -> None:
    reception = main_window.reception
    code = decode_image(_qr_image(gui_event.badge_codes["P6"]))
    assert code is not None
    reception.check_in_code(code)
    assert reception.card.kind == "ok"
    assert "Lesaffre" in reception.card.headline.text()


def test_camera_button_only_with_a_camera(main_window: MainWindow) -> None:
    button = main_window.reception.camera_button
    assert (button is not None) == camera_available()
