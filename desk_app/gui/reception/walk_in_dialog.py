"""Registering someone who is not on the list (a walk-in)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import theme
from desk_app.services.registration import looks_like_email


@dataclass(frozen=True)
class WalkInForm:
    company: str
    contact_name: str
    email: str
    phone: str
    country: str
    check_in: bool


class WalkInDialog(QDialog):
    """Company is required (it is printed on the badge); the rest is optional. Checks
    the form before closing so a typo is fixed here, not after a refusal."""

    def __init__(self, parent: QWidget | None = None, *, company: str = "") -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.company = QLineEdit(company, self)
        self.contact_name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.country = QLineEdit(self)
        self.check_in = QCheckBox(self)
        self.check_in.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {theme.ERROR_FG}; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")

        self.form = QFormLayout()
        self.form.setSpacing(10)
        self._labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self._labels, (self.company, self.contact_name, self.email,
                                               self.phone, self.country), strict=True):
            self.form.addRow(label, field)
        self.form.addRow("", self.check_in)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setProperty("role", "primary")

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.company.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register a walk-in participant"))
        self.intro.setText(self.tr("For someone who is not on the participant list. They "
                                   "get a badge code at once; print the badge afterwards."))
        for label, text in zip(self._labels, (self.tr("Company *"), self.tr("Contact name"),
                                              self.tr("E-mail"), self.tr("Phone"),
                                              self.tr("Country")), strict=True):
            label.setText(text)
        self.check_in.setText(self.tr("Check them in now"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def form_values(self) -> WalkInForm:
        return WalkInForm(
            company=self.company.text().strip(), contact_name=self.contact_name.text().strip(),
            email=self.email.text().strip(), phone=self.phone.text().strip(),
            country=self.country.text().strip(), check_in=self.check_in.isChecked())

    def accept(self) -> None:
        values = self.form_values()
        if not values.company:
            self._complain(self.tr("Type the company name: it is printed on the badge."),
                           self.company)
            return
        if values.email and not looks_like_email(values.email):
            self._complain(self.tr("This e-mail address looks wrong. Correct it or leave "
                                   "it empty."), self.email)
            return
        super().accept()

    def _complain(self, sentence: str, field: QLineEdit) -> None:
        self.problem.setText("✖ " + sentence)
        self.problem.show()
        field.setFocus()
