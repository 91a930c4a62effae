"""The print centre: badges, agendas and table sheets for everyone, a selection, or
only the agendas that changed, with a page preview before the printer dialog.

Documents are prepared (queried and rendered) in a worker with a progress bar and
Cancel; printing or saving then goes through the one print flow
(:mod:`desk_app.printing.flow`), which records agendas in the transaction that commits
once the pages are out. The count of changed agendas is always visible: a button in the
header and the Print menu's "Print changed agendas (N)", which prints them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.gui.printing import PrintSettings, choose_printer, paint_pdf, remember_printer
from desk_app.gui.state import DeskState
from desk_app.gui.workers import Job, JobControl
from desk_app.printing.flow import PreparedDocuments, hand_out_documents, prepare_documents
from desk_app.printing.pdfinfo import write_pdf
from desk_app.queries.print_centre import PrintablePerson, changed_agenda_ids, printable_people
from desk_app.services.changes import ChangeSummary

if TYPE_CHECKING:
    from desk_app.gui.main_window import MainWindow

PREVIEW_PAGES = 2
PREVIEW_WIDTH = 360
WHO_EVERYONE, WHO_SELECTION, WHO_CHANGED = 0, 1, 2
AGENDA_KINDS = {"agenda_printed", "lock_meetings"}


def _tr(text: str, n: int = -1) -> str:
    # "%n" filled here: the catalogue build (fr_*.tsv) writes plain messages, which
    # Qt's numerus lookup (translate(..., n)) would not find.
    translated = QCoreApplication.translate("PrintCentre", text)
    return translated.replace("%n", str(n)) if n >= 0 else translated


def _changes_agendas(summary: ChangeSummary) -> bool:
    return bool(summary.meetings or summary.everything or summary.kind in AGENDA_KINDS)


class ChangedAgendas(QObject):
    """The count of agendas to reprint, kept current from the change bus; shown on a
    header button and in the Print menu action that prints them all."""

    def __init__(self, state: DeskState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.count = 0
        self.action = QAction(self)
        self.button = QPushButton()
        self.button.setObjectName("ChangedAgendasButton")
        state.operation_did_execute.connect(self._on_change)
        self.refresh()

    def _on_change(self, summary: ChangeSummary, _origin: object) -> None:
        if _changes_agendas(summary):
            self.refresh()

    def refresh(self) -> None:
        event_id = self.state.event_id
        self.count = len(self.state.read(lambda s: changed_agenda_ids(s, event_id)))
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(_tr("Print changed agendas (%n)", self.count))
        self.action.setEnabled(self.count > 0)
        # Tiny: the header band also carries the event's name, the clock and the
        # connection state, all of which must fit 1366 px in French.
        self.button.setText(f"\N{CLOCKWISE OPEN CIRCLE ARROW} {self.count}")
        self.button.setToolTip(_tr("%n agenda(s) to reprint: print them all", self.count))
        self.button.setVisible(self.count > 0)


class PrintCentre(QDialog):
    """See the module doc. ``printer_factory`` and ``show_printer_dialog`` let a desk
    (or a test) print to a chosen QPrinter without the dialog."""

    def __init__(self, state: DeskState, changed: ChangedAgendas,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.changed = changed
        self.prepared: PreparedDocuments | None = None
        self.printer_factory: Callable[[], QPrinter] | None = None
        self.show_printer_dialog = True
        self.last_printed = 0
        self._job: Job | None = None
        self._then: Callable[[], None] | None = None
        self._build()
        self.load_people()
        self.retranslate()
        state.operation_did_execute.connect(self._on_change)

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox(self)
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.who_group = QButtonGroup(self)
        self.who_buttons = [QRadioButton(self) for _ in range(3)]
        for index, button in enumerate(self.who_buttons):
            self.who_group.addButton(button, index)
        self.who_buttons[WHO_EVERYONE].setChecked(True)
        self.who_group.idToggled.connect(lambda *_: self._choice_changed())
        self.people = QListWidget(self)
        self.people.itemChanged.connect(lambda _item: self._choice_changed())
        self.changed_label = QLabel(self)
        self.changed_label.setObjectName("ChangedAgendasLabel")
        self.preview_button, self.print_button = QPushButton(self), QPushButton(self)
        self.save_button, self.print_changed_button = QPushButton(self), QPushButton(self)
        self.close_button = QPushButton(self)
        self.preview_button.clicked.connect(lambda: self.prepare())
        self.print_button.clicked.connect(lambda: self.prepare(then=self.print_prepared))
        self.save_button.clicked.connect(lambda: self.prepare(then=self.save_prepared))
        self.print_changed_button.clicked.connect(self.print_changed)
        self.close_button.clicked.connect(self.reject)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: rendering is one reportlab pass
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 30)

        left = QVBoxLayout()
        self.kind_label, self.who_label = QLabel(self), QLabel(self)
        for widget in (self.kind_label, self.kind, self.who_label, *self.who_buttons):
            left.addWidget(widget)
        left.addWidget(self.people, 1)
        left.addWidget(self.changed_label)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        left.addLayout(busy)
        left.addWidget(self.status)
        buttons = QHBoxLayout()
        for action_button in (self.preview_button, self.print_button, self.save_button,
                              self.print_changed_button):
            buttons.addWidget(action_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(scroll, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(buttons)
        self._set_busy(False)
        self.resize(1000, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Print centre"))
        current = max(self.kind.currentIndex(), 0)
        self.kind.blockSignals(True)
        self.kind.clear()
        for key, text in (("agenda", _tr("Agendas")), ("badge", _tr("Badges")),
                          ("table", _tr("Table sheets"))):
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(current)
        self.kind.blockSignals(False)
        self.kind_label.setText(_tr("Documents"))
        self.who_label.setText(_tr("For"))
        self.who_buttons[WHO_EVERYONE].setText(_tr("Everyone"))
        self.who_buttons[WHO_SELECTION].setText(_tr("The people ticked below"))
        self.who_buttons[WHO_CHANGED].setText(_tr("Only the agendas that changed"))
        self.preview_button.setText(_tr("Preview"))
        self.print_button.setText(_tr("Print..."))
        self.save_button.setText(_tr("Save as PDF..."))
        self.close_button.setText(_tr("Close"))
        self.cancel_button.setText(_tr("Cancel"))
        self._show_count()

    def _show_count(self) -> None:
        count = self.changed.count
        self.changed_label.setText(_tr("%n agenda(s) changed since last printed", count))
        self.print_changed_button.setText(_tr("Print changed agendas (%n)", count))
        self.print_changed_button.setEnabled(count > 0)

    # -- choices ----------------------------------------------------------------------
    def load_people(self) -> None:
        event_id = self.state.event_id
        people: list[PrintablePerson] = self.state.read(
            lambda s: printable_people(s, event_id))
        ticked = set(self.selected_ids())
        self.people.blockSignals(True)
        self.people.clear()
        for person in people:
            mark = " •" if person.agenda_changed else ""
            item = QListWidgetItem(f"{person.company} — {person.contact_name} "
                                   f"({person.ext_id}){mark}", self.people)
            item.setData(Qt.ItemDataRole.UserRole, person.participant_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.participant_id in ticked
                               else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)

    def selected_ids(self) -> list[int]:
        return [int(self.people.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def set_selection(self, participant_ids: list[int]) -> None:
        wanted = set(participant_ids)
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.who_buttons[WHO_SELECTION].setChecked(True)

    def choose(self, kind: str, who: int = WHO_EVERYONE) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.who_buttons[who].setChecked(True)

    def _choice_changed(self) -> None:
        is_agenda = self.kind.currentData() == "agenda"
        self.who_buttons[WHO_CHANGED].setEnabled(is_agenda)
        if not is_agenda and self.who_group.checkedId() == WHO_CHANGED:
            self.who_buttons[WHO_EVERYONE].setChecked(True)
        self.people.setEnabled(self.who_group.checkedId() == WHO_SELECTION)
        self.prepared = None  # what was previewed is not what is chosen any more

    def _on_change(self, summary: ChangeSummary, _origin: object) -> None:
        self._show_count()
        if _changes_agendas(summary):
            self.prepared = None
            self.load_people()

    # -- preparing (worker) -----------------------------------------------------------
    def prepare(self, then: Callable[[], None] | None = None) -> None:
        """Render the chosen documents in a worker, show the preview, then ``then``."""
        if self._job is not None and self._job.is_running():
            return
        kind = str(self.kind.currentData())
        who = self.who_group.checkedId()
        ids = self.selected_ids() if who == WHO_SELECTION else None
        db, event_id = self.state.db, self.state.event_id

        def work(_control: JobControl) -> PreparedDocuments:
            return prepare_documents(db, event_id, kind, ids,
                                     changed_only=who == WHO_CHANGED)

        self._then = then
        self.status.setText(_tr("Preparing the documents..."))
        self._set_busy(True)
        self._job = Job(work, self)
        self._job.finished.connect(self._prepared)
        self._job.failed.connect(self._failed)
        self._job.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._then = None
        self._set_busy(False)
        self.status.setText(_tr("Cancelled: nothing was printed."))

    def is_busy(self) -> bool:
        return self._job is not None and self._job.is_running()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in (self.preview_button, self.print_button, self.save_button,
                       self.print_changed_button):
            button.setEnabled(not busy)
        if not busy:
            self._show_count()

    def _prepared(self, prepared: object) -> None:
        if self._job is not None and self._job.was_cancelled():
            return
        assert isinstance(prepared, PreparedDocuments)
        self._set_busy(False)
        self.prepared = prepared
        self.status.setText(_tr("%n document(s) ready: check the preview.",
                                prepared.count))
        self._show_preview(prepared.pdf)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._then = None
        self.status.setText(message)

    def _show_preview(self, pdf: bytes) -> None:
        from desk_app.gui.printing import preview_pages

        try:
            images = preview_pages(pdf, PREVIEW_PAGES, PREVIEW_WIDTH)
        except DeskError as exc:
            self.preview.setText(exc.message)
            return
        if not images:
            self.preview.setText("")
            return
        height = sum(image.height() + 8 for image in images)
        sheet = QPixmap(PREVIEW_WIDTH, height)
        sheet.fill(Qt.GlobalColor.lightGray)
        painter = QPainter(sheet)
        top = 0
        for image in images:
            painter.drawImage(0, top, image)
            top += image.height() + 8
        painter.end()
        self.preview.setPixmap(sheet)

    # -- output (GUI thread: QPrinter) --------------------------------------------------
    def print_prepared(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        printer = choose_printer(self, prepared.kind, prepared.title,
                                 show_dialog=self.show_printer_dialog,
                                 printer=self.printer_factory() if self.printer_factory
                                 else None)
        if printer is None:
            self.status.setText(_tr("Printing cancelled: nothing was recorded."))
            return
        chosen = printer
        self._output(prepared, lambda pdf: paint_pdf(chosen, pdf))
        remember_printer(chosen, prepared.kind, PrintSettings())

    def save_prepared(self, path: Path | None = None) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        if path is None:
            settings = PrintSettings()
            chosen, _filter = QFileDialog.getSaveFileName(
                self, _tr("Save as PDF"), str(settings.last_save_dir() / "documents.pdf"),
                _tr("PDF documents (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        self._output(prepared, lambda pdf: write_pdf(pdf, target))

    def _output(self, prepared: PreparedDocuments,
                output: Callable[[bytes], object]) -> None:
        try:
            outcome = hand_out_documents(self.state.db, prepared, output,
                                         desk=self.state.desk)
        except (DeskError, OSError) as exc:
            from desk_app.logs import unexpected_sentence

            self.status.setText(exc.message if isinstance(exc, DeskError)
                                else unexpected_sentence(exc))
            return
        self.prepared = None
        self.last_printed = outcome.count
        self.status.setText(_tr("%n document(s) printed.", outcome.count))
        self.state.announce(outcome.summary, origin=self)
        self.changed.refresh()
        self._show_count()

    def print_changed(self) -> None:
        """Every agenda that changed since it was last printed, in one go."""
        self.choose("agenda", WHO_CHANGED)
        self.prepare(then=self.print_prepared)


class _LanguageWatcher(QObject):
    def __init__(self, retranslate: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._retranslate = retranslate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def install_print_centre(window: MainWindow) -> None:
    """The Print menu's actions and the header's changed-agendas button (called once
    from ``MainWindow._build_menus``)."""
    changed = ChangedAgendas(window.state, window)
    window.changed_agendas = changed  # type: ignore[attr-defined]
    centre_action = QAction(window)
    # Not StandardKey.Print: Ctrl+P prints the agenda on the reception card.
    centre_action.setShortcut(QKeySequence("Ctrl+Shift+P"))

    def centre() -> PrintCentre:
        existing = getattr(window, "print_centre", None)
        if not isinstance(existing, PrintCentre):
            existing = PrintCentre(window.state, changed, window)
            window.print_centre = existing  # type: ignore[attr-defined]
        existing.retranslate()
        return existing

    def open_centre() -> None:
        centre().show()
        centre().raise_()

    def print_changed() -> None:
        dialog = centre()
        dialog.show()
        dialog.print_changed()

    centre_action.triggered.connect(open_centre)
    changed.action.triggered.connect(print_changed)
    changed.button.clicked.connect(print_changed)
    window.menus.add("print", centre_action)
    window.menus.add("print", changed.action)
    window.header.add_button(changed.button)

    def retranslate() -> None:
        centre_action.setText(_tr("Print centre..."))
        changed.retranslate()

    retranslate()
    window.installEventFilter(_LanguageWatcher(retranslate, window))
    window.print_centre_action = centre_action  # type: ignore[attr-defined]
    window.retranslate_print_centre = retranslate  # type: ignore[attr-defined]


def screenshot_print_centre(window: MainWindow, path: Path, *,
                            timeout_ms: int = 20_000) -> Path:
    """``print.png`` for ``desk-app screenshot``: the print centre over the window, with
    the changed agendas chosen and their preview shown (rendered in its worker)."""
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    window.print_centre_action.trigger()  # type: ignore[attr-defined]
    centre: PrintCentre = window.print_centre  # type: ignore[attr-defined]
    centre.resize(min(window.width() - 40, 1100), min(window.height() - 60, 640))
    changed = window.changed_agendas.count  # type: ignore[attr-defined]
    centre.choose("agenda", WHO_CHANGED if changed else WHO_EVERYONE)
    centre.prepare()
    clock = QElapsedTimer()
    clock.start()
    while centre.is_busy() and clock.elapsed() < timeout_ms:
        QApplication.processEvents()
        if centre._job is not None:
            centre._job.wait(50)
    for _ in range(5):
        QApplication.processEvents()
    if not centre.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path
