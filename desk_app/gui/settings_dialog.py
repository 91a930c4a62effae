"""Settings: interface language, this desk's name, default printer per document
(the same QSettings keys :mod:`desk_app.gui.printing` reads and updates)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.i18n import LANGUAGES

DESK_NAME_KEY = "desk/name"
DOCUMENT_KINDS = ("badge", "agenda", "table")


@dataclass(frozen=True)
class DeskSettings:
    language: str
    desk: str
    printers: dict[str, str]  # document kind -> printer name ("" = ask each time)


def saved_desk_name() -> str:
    return str(QSettings().value(DESK_NAME_KEY, "") or "")


# desk_app.gui.printing is imported in the functions: it loads the print and PDF
# libraries, which the window does not need to start.


def saved_printer(kind: str) -> str:
    from desk_app.gui.printing import PrintSettings

    return PrintSettings().default_printer(kind)


def save_settings(values: DeskSettings) -> None:
    from desk_app.gui.printing import PrintSettings

    QSettings().setValue(DESK_NAME_KEY, values.desk)
    printing = PrintSettings()
    for kind, printer in values.printers.items():
        printing.set_default_printer(kind, printer)


class SettingsDialog(QDialog):
    def __init__(self, current: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        self.desk = QLineEdit(current.desk, self)
        from desk_app.gui.printing import available_printers

        self.printers: dict[str, QComboBox] = {}
        names = available_printers()
        for kind in DOCUMENT_KINDS:
            box = QComboBox(self)
            box.addItem("", "")  # "ask each time", text set in retranslate()
            for name in names:
                box.addItem(name, name)
            box.setCurrentIndex(max(box.findData(current.printers.get(kind, "")), 0))
            self.printers[kind] = box
        self.labels = {key: QLabel(self) for key in ("language", "desk", *DOCUMENT_KINDS)}
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.labels["desk"], self.desk)
        for kind in DOCUMENT_KINDS:
            form.addRow(self.labels[kind], self.printers[kind])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.labels["language"].setText(self.tr("Language"))
        self.labels["desk"].setText(self.tr("This desk's name"))
        self.labels["badge"].setText(self.tr("Badge printer"))
        self.labels["agenda"].setText(self.tr("Agenda printer"))
        self.labels["table"].setText(self.tr("Table sheet printer"))
        for box in self.printers.values():
            box.setItemText(0, self.tr("Ask each time"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def values(self) -> DeskSettings:
        return DeskSettings(
            language=str(self.language.currentData()),
            desk=" ".join(self.desk.text().split()) or "Desk",
            printers={kind: str(box.currentData()) for kind, box in self.printers.items()})
