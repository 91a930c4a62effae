"""The embedded Unicode font (DejaVu Sans, shipped in ``resources/fonts`` with its
licence, found through :func:`desk_app.resources.resource_path`): names in Polish, Greek
or Cyrillic must print, and the PDF must not depend on the fonts of the machine that
opens it."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.errors import DeskError
from desk_app.i18n import t
from desk_app.resources import resource_path

FONT_REGULAR = "DeskSans"
FONT_BOLD = "DeskSans-Bold"
_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
ENV_FONTS_DIR = "DESK_APP_FONTS_DIR"


def fonts_dir() -> Path:
    """Where the TTF files are: $DESK_APP_FONTS_DIR, else the application's resources
    (a frozen bundle, the source tree or the installed wheel)."""
    candidates = []
    if os.environ.get(ENV_FONTS_DIR):
        candidates.append(Path(os.environ[ENV_FONTS_DIR]))
    candidates.append(resource_path("fonts"))
    for folder in candidates:
        if (folder / _FILES[FONT_REGULAR]).is_file():
            return folder
    raise DeskError(
        t("The printing font (DejaVuSans.ttf) is missing from the installation; "
          "reinstall the application."),
        code="font_missing",
    )


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab once per process; returns (regular, bold)."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD)
    return FONT_REGULAR, FONT_BOLD


def font_name(bold: bool) -> str:
    register_fonts()
    return FONT_BOLD if bold else FONT_REGULAR


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` set in a registered font."""
    return float(pdfmetrics.stringWidth(text, font, size))
