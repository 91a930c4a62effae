"""Optional badge scanning with a camera (a laptop's webcam when no USB scanner).

Needs Qt Multimedia (the ``pyside6-addons`` wheel) and a camera; without either the
reception shows no camera button at all. Frames are decoded with zxing-cpp a few times
a second; the first badge code found is handed to the normal scan path, so the result
card and the database write are exactly those of a USB scan.
"""

from __future__ import annotations

import importlib
import time
from typing import Any

from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

DECODE_INTERVAL_S = 0.25  # decoding every frame would load a laptop for nothing


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def camera_available() -> bool:
    """Qt Multimedia, zxing-cpp and at least one camera."""
    multimedia = _import("PySide6.QtMultimedia")
    if multimedia is None or _import("PySide6.QtMultimediaWidgets") is None:
        return False
    if _import("zxingcpp") is None:
        return False
    return bool(multimedia.QMediaDevices.videoInputs())


def camera_missing_reason() -> str:
    """Why there is no camera button, and how to get one ("" when there is one)."""
    if (_import("PySide6.QtMultimedia") is None or _import("PySide6.QtMultimediaWidgets")
            is None or _import("zxingcpp") is None):
        return QCoreApplication.translate(
            "Camera", "Scanning with the camera needs two packages: install them "
            "with pip install 'desk-app[camera]', then restart the desk.")
    if not camera_available():
        return QCoreApplication.translate(
            "Camera", "No camera was found: plug one in and restart the desk, or "
            "use a USB scanner.")
    return ""


def decode_image(image: QImage) -> str | None:
    """The text of the first barcode or QR code in ``image``, if any."""
    zxingcpp = _import("zxingcpp")
    if zxingcpp is None or image.isNull():
        return None
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    raw = bytes(grey.constBits())[: stride * height]
    picture = Image.frombuffer("L", (width, height), raw, "raw", "L", stride, 1)
    found = zxingcpp.read_barcodes(picture)
    for barcode in found:
        if barcode.text:
            return str(barcode.text)
    return None


class CameraScanDialog(QDialog):
    """Live preview; closes itself with the first code read (``code``)."""

    code_found = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        multimedia = importlib.import_module("PySide6.QtMultimedia")
        widgets = importlib.import_module("PySide6.QtMultimediaWidgets")
        self.code = ""
        self._last_decode = 0.0
        self.setMinimumSize(640, 520)
        self.hint = QLabel(self)
        self.preview = widgets.QVideoWidget(self)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.cancel)
        self.camera = multimedia.QCamera(self)
        self.session = multimedia.QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.preview)
        self.preview.videoSink().videoFrameChanged.connect(self._frame)
        self.camera.errorOccurred.connect(lambda *_args: self._camera_failed())
        self.retranslate()
        self.camera.start()

    def _frame(self, frame: Any) -> None:
        now = time.monotonic()
        if self.code or now - self._last_decode < DECODE_INTERVAL_S:
            return
        self._last_decode = now
        text = decode_image(frame.toImage())
        if text:
            self.code = text
            self.code_found.emit(text)
            self.accept()

    def _camera_failed(self) -> None:
        self.hint.setText(self.tr("The camera cannot be used (busy or unplugged). Use the "
                                  "USB scanner or Find."))

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scan with the camera"))
        self.hint.setText(self.tr("Hold the badge's QR code in front of the camera."))
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
