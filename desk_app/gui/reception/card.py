"""The result card under the scan field: colour + icon + words, readable from a step
back. One card object is reused; :meth:`ResultCard.show_content` swaps its content."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import theme

# kind -> (background, text, border, icon)
CARD_LOOKS: dict[str, tuple[str, str, str, str]] = {
    "ok": (theme.OK_BG, theme.OK_FG, theme.OK_BORDER, "✔"),
    "warn": (theme.WARN_BG, theme.WARN_FG, theme.WARN_BORDER, "⚠"),
    "error": (theme.ERROR_BG, theme.ERROR_FG, theme.ERROR_BORDER, "✖"),
    "info": (theme.INFO_BG, theme.INFO_FG, theme.INFO_BORDER, "ℹ"),
    "idle": (theme.PANEL, theme.INK_MUTED, theme.BORDER, "▣"),
}


@dataclass(frozen=True)
class CardContent:
    """Already-translated texts for one card."""

    kind: str  # ok, warn, error, info, idle
    title: str
    headline: str = ""  # the person: "Contact 1 — Société Générale"
    message: str = ""  # the sentence (when, where, what to do next)
    section: str = ""  # heading above ``lines``
    lines: tuple[str, ...] = field(default_factory=tuple)
    participant_id: int | None = None


class ResultCard(QFrame):
    """Big icon and title, the person, a sentence, today's meetings, action buttons.

    Buttons never take keyboard focus (``NoFocus``): clicking one must not pull focus
    away from the scan field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultCard")
        self.content = CardContent(kind="idle", title="")
        self.icon = QLabel(self)
        self.icon.setFont(theme.font(44, bold=True))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.icon.setFixedWidth(72)
        self.title = QLabel(self)
        self.title.setFont(theme.font(theme.CARD_TITLE_POINT_SIZE, bold=True))
        self.title.setWordWrap(True)
        self.headline = QLabel(self)
        self.headline.setFont(theme.font(20, bold=True))
        self.headline.setWordWrap(True)
        self.headline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message = QLabel(self)
        self.message.setFont(theme.font(theme.CARD_BODY_POINT_SIZE))
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.section = QLabel(self)
        self.section.setFont(theme.font(11, bold=True))
        self.section.setWordWrap(True)  # a long sentence offline must not widen the window
        self.section.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.lines = QLabel(self)
        self.lines.setFont(theme.font(14))
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines.setWordWrap(True)
        # Ignored: a long partner name must wrap, never widen the window.
        self.lines.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(10)
        self.actions_row.addStretch(1)

        text = QVBoxLayout()
        text.setSpacing(6)
        for widget in (self.title, self.headline, self.message, self.section, self.lines):
            text.addWidget(widget)
        text.addStretch(1)  # texts stay together at the top, actions at the bottom
        text.addLayout(self.actions_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.icon)
        layout.addLayout(text, 1)
        self.show_content(self.content)

    @property
    def kind(self) -> str:
        return self.content.kind

    def add_action(self, button: QPushButton) -> None:
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(40)
        self.actions_row.insertWidget(self.actions_row.count() - 1, button)

    def show_content(self, content: CardContent) -> None:
        self.content = content
        background, text, border, icon = CARD_LOOKS.get(content.kind, CARD_LOOKS["idle"])
        self.setStyleSheet(
            f"#ResultCard {{ background: {background}; border: 3px solid {border};"
            f" border-radius: 12px; }}"
            f"#ResultCard QLabel {{ color: {text}; background: transparent; }}")
        self.icon.setText(icon)
        self.title.setText(content.title)
        for label, value in ((self.headline, content.headline),
                             (self.message, content.message),
                             (self.section, content.section)):
            label.setText(value)
            label.setVisible(bool(value))
        self.lines.setText("\n".join(content.lines))
        self.lines.setVisible(bool(content.lines))


class RecentScans(QListWidget):
    """This window's last results, newest first: what the person at the desk just did
    (and what Undo would take back), readable at a glance."""

    LIMIT = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMinimumHeight(120)

    def add(self, kind: str, text: str) -> None:
        icon = CARD_LOOKS.get(kind, CARD_LOOKS["info"])
        item = QListWidgetItem(f"{icon[3]}  {text}")
        item.setForeground(QColor(icon[1]))
        self.insertItem(0, item)
        while self.count() > self.LIMIT:
            self.takeItem(self.count() - 1)

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
