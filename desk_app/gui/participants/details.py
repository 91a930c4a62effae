"""The selected participant: who, status, today's agenda, contact form, actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import theme
from desk_app.gui.participants.model import STATUS_COLOURS, ParticipantRow
from desk_app.gui.reception.messages import agenda_lines
from desk_app.services.agenda import AgendaLine

FORM_FIELDS = ("company", "contact_name", "email", "phone", "country")


class ParticipantDetails(QFrame):
    save_requested = Signal(dict)  # {field: value} of the contact form
    check_in_requested = Signal()
    absent_requested = Signal()
    print_agenda_requested = Signal(int)
    print_badge_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.row: ParticipantRow | None = None
        self._agenda: list[AgendaLine] = []
        self.title = QLabel(self)
        self.title.setFont(theme.font(18, bold=True))
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "muted")
        self.status = QLabel(self)
        self.status.setFont(theme.font(13, bold=True))
        self.agenda_title = QLabel(self)
        self.agenda_title.setProperty("role", "section")
        self.agenda = QLabel(self)
        self.agenda.setTextFormat(Qt.TextFormat.PlainText)
        self.agenda.setWordWrap(True)
        self.agenda.setFont(theme.font(11))
        self.contact_title = QLabel(self)
        self.contact_title.setProperty("role", "section")
        self.fields = {name: QLineEdit(self) for name in FORM_FIELDS}
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.field_labels = {name: QLabel(self) for name in (*FORM_FIELDS, "notes")}
        form = QFormLayout()
        form.setSpacing(6)
        for name in FORM_FIELDS:
            form.addRow(self.field_labels[name], self.fields[name])
        form.addRow(self.field_labels["notes"], self.notes)
        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self._save)
        self.check_in_button = QPushButton(self)
        self.check_in_button.clicked.connect(self.check_in_requested)
        self.absent_button = QPushButton(self)
        self.absent_button.setProperty("role", "danger")
        self.absent_button.clicked.connect(self.absent_requested)
        self.print_agenda_button = QPushButton(self)
        self.print_agenda_button.clicked.connect(
            lambda: self.row and self.print_agenda_requested.emit(self.row.id))
        self.print_badge_button = QPushButton(self)
        self.print_badge_button.clicked.connect(
            lambda: self.row and self.print_badge_requested.emit(self.row.id))
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet(f"color: {theme.INFO_FG};")

        actions = QHBoxLayout()
        for button in (self.check_in_button, self.absent_button):
            actions.addWidget(button)
        printing = QHBoxLayout()
        for button in (self.print_agenda_button, self.print_badge_button):
            printing.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addSpacing(6)
        layout.addWidget(self.agenda_title)
        layout.addWidget(self.agenda)
        layout.addLayout(printing)
        layout.addSpacing(6)
        layout.addWidget(self.contact_title)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self.retranslate()
        self.show_row(None, [])

    def set_printing(self, agenda: bool, badge: bool) -> None:
        self.print_agenda_button.setVisible(agenda)
        self.print_badge_button.setVisible(badge)

    def show_row(self, row: ParticipantRow | None, agenda: Sequence[AgendaLine], *,
                 keep_form: bool = False) -> None:
        same_person = row is not None and self.row is not None and row.id == self.row.id
        self.row = row
        self._agenda = list(agenda)
        enabled = row is not None
        for widget in (*self.fields.values(), self.notes, self.save_button,
                       self.check_in_button, self.absent_button,
                       self.print_agenda_button, self.print_badge_button):
            widget.setEnabled(enabled)
        if not (keep_form and same_person):
            self.feedback.clear()
            for name, field in self.fields.items():
                field.setText(getattr(row, name) if row else "")
            self.notes.setPlainText(row.notes if row else "")
        if row is not None:
            self.check_in_button.setEnabled(not row.checked_in)
            self.absent_button.setEnabled(not row.absent and not row.checked_in)
        self._show_texts()

    def _show_texts(self) -> None:
        row = self.row
        if row is None:
            self.title.setText(self.tr("Select a participant"))
            self.subtitle.setText(self.tr("Their agenda and contact details appear here."))
            self.status.clear()
            self.agenda.clear()
            return
        self.title.setText(row.company)
        self.subtitle.setText(" · ".join(part for part in (
            row.contact_name, row.ext_id, row.country,
            self.tr("walk-in") if row.walk_in else "") if part))
        if row.checked_in_at is not None:
            text = "✔ " + self.tr("Here since {time} ({desk})").format(
                time=f"{row.checked_in_at:%H:%M}", desk=row.checked_in_desk or "–")
        elif row.absent:
            text = "✖ " + self.tr("Absent: future meetings cancelled")
        else:
            text = "○ " + self.tr("Expected, not checked in yet")
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {STATUS_COLOURS[row.status][0]};")
        lines = agenda_lines(self._agenda)
        self.agenda.setText("\n".join(lines) if lines else self.tr("No meetings today."))

    def _save(self) -> None:
        values = {name: field.text() for name, field in self.fields.items()}
        values["notes"] = self.notes.toPlainText()
        self.save_requested.emit(values)

    def say(self, text: str) -> None:
        self.feedback.setText(text)

    def retranslate(self) -> None:
        labels = {"company": self.tr("Company"), "contact_name": self.tr("Contact"),
                  "email": self.tr("E-mail"), "phone": self.tr("Phone"),
                  "country": self.tr("Country"), "notes": self.tr("Notes")}
        for name, label in self.field_labels.items():
            label.setText(labels[name])
        self.agenda_title.setText(self.tr("TODAY'S MEETINGS"))
        self.contact_title.setText(self.tr("CONTACT DETAILS"))
        self.save_button.setText(self.tr("Save changes"))
        self.check_in_button.setText(self.tr("✔ Check in"))
        self.absent_button.setText(self.tr("✖ Mark absent"))
        self.print_agenda_button.setText(self.tr("Print agenda"))
        self.print_badge_button.setText(self.tr("Print badge"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
