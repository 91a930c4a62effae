"""One palette, one set of fonts and one stylesheet for the whole desk window.

Both the reception side and the floor grid import from here so that "no-show" is the
same red everywhere and a temp worker learns the colours once. Every state also has an
icon and a word (see :data:`STATE_STYLES`): colour is never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app.resources import resource_path

FONT_DIR = resource_path("fonts")
FONT_FAMILY = "DejaVu Sans"

# -- base palette (calm navy + neutral greys; state colours carry the meaning) ----------
INK = "#1f2933"  # body text
INK_MUTED = "#52606d"  # secondary text
SURFACE = "#f5f7fa"  # window background
PANEL = "#ffffff"  # cards, tables
BORDER = "#d9e2ec"
ACCENT = "#1d4e89"  # header band, primary buttons, selection
ACCENT_DARK = "#163c6a"
ACCENT_TEXT = "#ffffff"
FOCUS = "#f0b429"  # focus ring of the scan field: visible from a step back

# -- result cards at reception ---------------------------------------------------------
OK_BG, OK_FG, OK_BORDER = "#e3f9e5", "#0e5814", "#31a24c"  # welcome
WARN_BG, WARN_FG, WARN_BORDER = "#fff8e1", "#7a4d00", "#f0b429"  # already checked in
ERROR_BG, ERROR_FG, ERROR_BORDER = "#ffe3e3", "#8a1c1c", "#d64545"  # unknown / refused
INFO_BG, INFO_FG, INFO_BORDER = "#e6f0ff", "#1d4e89", "#5a8dd6"  # neutral messages


@dataclass(frozen=True)
class StateStyle:
    """How one meeting / cell state looks: fill, text colour, icon, and its word."""

    background: str
    foreground: str
    icon: str
    label: str  # English source string; translate with state_label()


# Keys are the state names the floor grid uses for cells.
STATE_STYLES: dict[str, StateStyle] = {
    "scheduled": StateStyle("#e6f0ff", "#1d4e89", "●", "Scheduled"),
    "both_present": StateStyle("#e3f9e5", "#0e5814", "✔", "Both present"),
    "one_missing": StateStyle("#fff3c4", "#7a4d00", "⚠", "One missing"),
    "no_show": StateStyle("#ffe3e3", "#8a1c1c", "✖", "No-show"),
    "held": StateStyle("#d9f2ef", "#0b5a52", "✔", "Held"),
    "cancelled": StateStyle("#eceff1", "#7b8794", "⊘", "Cancelled"),
    "free": StateStyle("#ffffff", "#9aa5b1", "○", "Free"),
    "out_of_service": StateStyle("#cbd2d9", "#3e4c59", "⊗", "Out of service"),
}

# The current round's column: a warm band behind the cells and a strong header.
CURRENT_ROUND_BG = "#fff4d6"
CURRENT_ROUND_HEADER_BG = FOCUS
CURRENT_ROUND_HEADER_FG = INK
PAST_ROUND_FG = "#9aa5b1"


def state_style(state: str) -> StateStyle:
    return STATE_STYLES.get(state, STATE_STYLES["scheduled"])


def state_label(state: str) -> str:
    """The state's word in the interface language."""
    return QCoreApplication.translate("theme", state_style(state).label)


def qcolor(hex_colour: str) -> QColor:
    return QColor(hex_colour)


# -- fonts -----------------------------------------------------------------------------
BASE_POINT_SIZE = 11
SCAN_FIELD_POINT_SIZE = 26
CARD_TITLE_POINT_SIZE = 28
CARD_BODY_POINT_SIZE = 15
HEADER_TITLE_POINT_SIZE = 17
HEADER_FIGURE_POINT_SIZE = 20


def load_fonts() -> None:
    """Register the bundled DejaVu fonts so the window looks the same on every laptop
    (and offscreen, where there may be no system fonts at all)."""
    for path in sorted(FONT_DIR.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def font(point_size: int = BASE_POINT_SIZE, *, bold: bool = False) -> QFont:
    result = QFont(FONT_FAMILY, point_size)
    result.setBold(bold)
    return result


def stylesheet() -> str:
    """The application-wide style sheet. Widgets opt into roles with object names or
    the ``role`` dynamic property (e.g. ``button.setProperty("role", "primary")``).

    No font rules on QWidget: they would beat the fonts widgets set for themselves
    (the big scan field, the result card); the application font is set instead."""
    return f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog {{ background: {SURFACE}; }}
QToolTip {{ background: {PANEL}; color: {INK}; border: 1px solid {BORDER}; }}

#DeskHeader {{ background: {ACCENT}; }}
#DeskHeader QLabel {{ color: {ACCENT_TEXT}; }}
#DeskHeader QLabel[role="caption"] {{ color: #bcccdc; font-size: 9pt; }}
#DeskHeader QLabel[role="figure"] {{ font-size: {HEADER_FIGURE_POINT_SIZE}pt;
    font-weight: bold; }}
#DeskHeader QPushButton#HeaderButton {{ background: transparent; color: {ACCENT_TEXT};
    border: 1px solid #5a7fb0; border-radius: 5px; padding: 6px 12px; }}
#DeskHeader QPushButton#HeaderButton:hover {{ background: {ACCENT_DARK}; }}
#DeskHeader QLabel[role="title"] {{ font-size: {HEADER_TITLE_POINT_SIZE}pt;
    font-weight: bold; }}

QTabWidget::pane {{ border: none; background: {SURFACE}; }}
QTabBar::tab {{ background: transparent; color: {INK_MUTED}; padding: 10px 22px;
    font-size: 12pt; border-bottom: 3px solid transparent; }}
QTabBar::tab:selected {{ color: {ACCENT}; font-weight: bold;
    border-bottom: 3px solid {ACCENT}; }}
QTabBar::tab:hover {{ color: {INK}; }}

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox {{ background: {PANEL};
    border: 1px solid {BORDER}; border-radius: 4px; padding: 5px 8px; }}
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit#ScanField {{ font-size: {SCAN_FIELD_POINT_SIZE}pt; padding: 12px 16px;
    border: 3px solid {BORDER}; border-radius: 8px; }}
QLineEdit#ScanField:focus {{ border: 3px solid {FOCUS}; }}

QPushButton {{ background: {PANEL}; border: 1px solid {BORDER}; border-radius: 5px;
    padding: 7px 16px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #9aa5b1; background: #f0f4f8; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: {ACCENT_TEXT};
    border: 1px solid {ACCENT_DARK}; font-weight: bold; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9fb3c8; border-color: #9fb3c8; }}
QPushButton[role="danger"] {{ color: {ERROR_FG}; border-color: {ERROR_BORDER}; }}
QPushButton[role="danger"]:disabled {{ color: #9aa5b1; border-color: {BORDER}; }}

QTableView, QListView, QTreeView {{ background: {PANEL}; border: 1px solid {BORDER};
    gridline-color: {BORDER}; selection-background-color: #d0e2ff;
    selection-color: {INK}; alternate-background-color: #f8fafc; }}
QHeaderView::section {{ background: #eef2f7; color: {INK_MUTED}; border: none;
    border-right: 1px solid {BORDER}; border-bottom: 1px solid {BORDER};
    padding: 5px 8px; font-weight: bold; }}

QFrame[role="panel"] {{ background: {PANEL}; border: 1px solid {BORDER};
    border-radius: 8px; }}
QLabel[role="section"] {{ color: {INK_MUTED}; font-size: 10pt; font-weight: bold;
    text-transform: uppercase; }}
QLabel[role="muted"] {{ color: {INK_MUTED}; }}

QStatusBar {{ background: #eef2f7; color: {INK_MUTED}; border-top: 1px solid {BORDER}; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fonts, Fusion style (same look on every OS) and the style sheet."""
    load_fonts()
    app.setStyle("Fusion")
    app.setFont(font())
    app.setStyleSheet(stylesheet())
