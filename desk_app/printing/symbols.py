"""QR codes and Code128 barcodes drawn as vector rectangles.

The module patterns come from ``qrcode`` and ``python-barcode``; drawing them as a
handful of filled rectangles is much faster than those libraries' image writers and
stays sharp at any printer resolution. Patterns are cached: a batch reprint draws the
same codes again.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from barcode import Code128
from reportlab.pdfgen.canvas import Canvas

QR_QUIET_MODULES = 2  # scanners cope with 2; the card's white margin adds the rest
BARCODE_QUIET_MODULES = 10  # Code128 asks for 10 modules of white on each side


@lru_cache(maxsize=8192)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR module matrix (error correction M, smallest version), with quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M,
                         border=QR_QUIET_MODULES)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


@lru_cache(maxsize=8192)
def code128_pattern(payload: str) -> str:
    """Bars and spaces as '1'/'0' modules (start, data, checksum, stop)."""
    return str(Code128(payload).build()[0])


def _runs(cells: str | tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules in a row."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, cell in enumerate(cells):
        dark = cell is True or cell == "1"
        if dark and start < 0:
            start = i
        elif not dark and start >= 0:
            runs.append((start, i - start))
            start = -1
    if start >= 0:
        runs.append((start, len(cells) - start))
    return runs


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A square QR code of side ``size`` points with its bottom-left corner at (x, y)."""
    matrix = qr_matrix(payload)
    module = size / len(matrix)
    path = canvas.beginPath()
    top = y + size
    for row_index, row in enumerate(matrix):
        row_y = top - (row_index + 1) * module
        for start, length in _runs(row):
            path.rect(x + start * module, row_y, length * module, module)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_code128(canvas: Canvas, payload: str, x: float, y: float, width: float,
                 height: float) -> None:
    """A Code128 barcode filling the box (quiet zones included in ``width``)."""
    pattern = code128_pattern(payload)
    module = width / (len(pattern) + 2 * BARCODE_QUIET_MODULES)
    left = x + BARCODE_QUIET_MODULES * module
    path = canvas.beginPath()
    for start, length in _runs(pattern):
        path.rect(left + start * module, y, length * module, height)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
