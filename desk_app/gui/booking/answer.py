"""The answer to "can these two meet today?", in large type: colour + icon + words.

One card, reused; the booking view calls one ``show_*`` method per situation and the
card shows the matching buttons (Book, Accept / Reject, Put on wait list, Cancel).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import theme

# kind -> (background, text, border, icon)
LOOKS: dict[str, tuple[str, str, str, str]] = {
    "idle": (theme.PANEL, theme.INK_MUTED, theme.BORDER, "⇄"),
    "thinking": (theme.INFO_BG, theme.INFO_FG, theme.INFO_BORDER, "…"),
    "fast": (theme.OK_BG, theme.OK_FG, theme.OK_BORDER, "✔"),
    "resolve": (theme.WARN_BG, theme.WARN_FG, theme.WARN_BORDER, "⚠"),
    "impossible": (theme.ERROR_BG, theme.ERROR_FG, theme.ERROR_BORDER, "✖"),
    "booked": (theme.OK_BG, theme.OK_FG, theme.OK_BORDER, "✔"),
    "info": (theme.INFO_BG, theme.INFO_FG, theme.INFO_BORDER, "ℹ"),
}


def service_sentence(sentence: str) -> str:
    """The on-day services answer in the desk's language already (desk_app.i18n, switched
    with the interface); the "DeskError" lookup only catches a sentence the core still
    writes in English only, when the .ts has its French."""
    return QCoreApplication.translate("DeskError", sentence)


class AnswerCard(QFrame):
    book_clicked = Signal()  # Book (fast path) or Accept (proposal)
    reject_clicked = Signal()
    waitlist_clicked = Signal()
    cancel_clicked = Signal()  # stop a running search

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnswerCard")
        self.kind = "idle"
        self.icon = QLabel()
        self.icon.setFont(theme.font(40, bold=True))
        self.icon.setFixedWidth(70)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel()
        self.title.setFont(theme.font(24, bold=True))
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setFont(theme.font(14))
        self.message.setWordWrap(True)
        self.details = QLabel()
        self.details.setFont(theme.font(12))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator: a repair has no known length
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.book_button = QPushButton()
        self.book_button.setProperty("role", "primary")
        self.reject_button = QPushButton()
        self.waitlist_button = QPushButton()
        self.cancel_button = QPushButton()
        for button in (self.book_button, self.reject_button, self.waitlist_button,
                       self.cancel_button):
            button.setFont(theme.font(13, bold=True))
            button.setMinimumHeight(42)
            # Keep the keyboard in the pickers: Enter there books.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.waitlist_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(self.title)
        text.addWidget(self.message)
        text.addWidget(self.details)
        text.addWidget(self.progress)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(self.icon)
        layout.addLayout(text, 1)
        self.book_button.clicked.connect(self.book_clicked)
        self.reject_button.clicked.connect(self.reject_clicked)
        self.waitlist_button.clicked.connect(self.waitlist_clicked)
        self.cancel_button.clicked.connect(self.cancel_clicked)

    def show_answer(self, kind: str, title: str, message: str = "", details: str = "",
                    *, book: str = "", reject: str = "", waitlist: str = "",
                    cancel: str = "") -> None:
        """Show one situation; a button appears only when its text is given."""
        self.kind = kind
        background, foreground, border, icon = LOOKS.get(kind, LOOKS["info"])
        self.setStyleSheet(
            f"#AnswerCard {{ background: {background}; border: 2px solid {border};"
            f" border-radius: 10px; }}"
            f"#AnswerCard QLabel {{ color: {foreground}; background: transparent; }}")
        self.icon.setText(icon)
        self.title.setText(title)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.progress.setVisible(kind == "thinking")
        for button, label in ((self.book_button, book), (self.reject_button, reject),
                              (self.waitlist_button, waitlist),
                              (self.cancel_button, cancel)):
            button.setText(label)
            button.setVisible(bool(label))
