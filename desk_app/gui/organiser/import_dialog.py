"""File > Import participants… / Import wishes…: choose or drop a file, check the preview
and the column mapping, then import.

A worker reads the file and plans the import (desk_app.queries.importing); the dialog
shows the first rows under one drop-down per column (the field it feeds, or ignored),
the ignored columns, how a priority column is read, row-numbered errors and the
new / changed / unchanged counts. Changing a drop-down re-plans; the mapping is
remembered (QSettings) for the next file with the same headers. Import runs the core
import in a worker through DeskState.perform (one transaction, one operation).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import theme
from desk_app.gui.state import DeskState
from desk_app.gui.workers import Job, JobControl
from desk_app.importing import import_participants, import_requests
from desk_app.importing.reader import Sheet
from desk_app.queries.importing import (
    ImportPreview,
    field_label,
    fields_for,
    preview_import,
    read_import_file,
    result_sentence,
    sample_participant_list,
)

MAPPINGS_KEY = "import/mappings"
DIALOG_SIZE = (1120, 660)  # fits 1366x768 with the window frame and a task bar
MAX_COLUMN_WIDTH = 160  # so that six columns show at once


def remembered_mappings(kind: str) -> dict[str, dict[str, str]]:
    """header signature -> {column: field} chosen by hand for files like it."""
    raw = QSettings().value(f"{MAPPINGS_KEY}/{kind}", "")
    try:
        data = json.loads(str(raw or "{}"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def remember_mapping(kind: str, signature: str, overrides: dict[str, str]) -> None:
    saved = remembered_mappings(kind)
    saved[signature] = overrides
    QSettings().setValue(f"{MAPPINGS_KEY}/{kind}", json.dumps(saved, ensure_ascii=False))


class ImportDialog(QDialog):
    """One import of one list (``kind``: "participants" or "requests")."""

    def __init__(self, state: DeskState, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.kind = kind
        self.sheet: Sheet | None = None
        self.file_name = ""
        self.preview: ImportPreview | None = None
        self.overrides: dict[str, str] | None = None
        self.mapped_by_hand = False
        self.job: Job | None = None
        self.imported = False
        self.setAcceptDrops(True)
        self.resize(*DIALOG_SIZE)

        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_file)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.choose_button)

        self.encoding_label = QLabel(self)
        self.encoding_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {theme.ERROR_FG}; font-weight: bold;")
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reading_label = QLabel(self)
        self.reading_label.setWordWrap(True)
        self.ignored_label = QLabel(self)
        self.ignored_label.setWordWrap(True)
        self.errors_list = QListWidget(self)
        self.errors_list.setMaximumHeight(110)
        self.errors_list.setWordWrap(True)
        self.errors_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.counts_label = QLabel(self)
        self.counts_label.setStyleSheet("font-weight: bold;")
        self.counts_label.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(f"color: {theme.INFO_FG}; font-weight: bold;")
        self.import_button = QPushButton(self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.encoding_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reading_label)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.errors_list)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        self.retranslate()
        self._show_preview()

    # -- text ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import participants") if self.kind == "participants"
                            else self.tr("Import wishes"))
        if self.sheet is None:
            self.file_label.setText(self.tr(
                "Choose the list (.xlsx or .csv), or drop it here."))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing a file ----------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the list"), "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.load_file(urls[0].toLocalFile())

    def load_file(self, path: str) -> None:
        """Read and plan the file in a worker (the window never waits on it)."""
        state, kind, event_id = self.state, self.kind, self.state.event_id
        remembered = remembered_mappings(kind)
        self.file_label.setText(self.tr("Reading {file}…").format(file=Path(path).name))
        self.result_label.clear()
        self.imported = False

        def read(control: JobControl) -> tuple[Sheet, str, ImportPreview, dict[str, str] | None]:
            sheet, name = read_import_file(path)
            preview = state.read(lambda s: preview_import(s, event_id, kind, sheet,
                                                          file_name=name))
            chosen = remembered.get(preview.signature)
            if chosen and not control.cancelled():
                preview = state.read(lambda s: preview_import(
                    s, event_id, kind, sheet, file_name=name, overrides=chosen))
            return sheet, name, preview, chosen

        self._run(read, self._file_read)

    def _file_read(self, answer: tuple[Sheet, str, ImportPreview, dict[str, str] | None]
                   ) -> None:
        self.sheet, self.file_name, self.preview, self.overrides = answer
        self.mapped_by_hand = False
        self.file_label.setText(self.file_name)
        self._show_preview()

    # -- mapping ------------------------------------------------------------------------
    def set_field(self, column: int, field: str | None) -> None:
        """Map a column to a field (None: ignore it) and plan again."""
        preview, sheet = self.preview, self.sheet
        if preview is None or sheet is None:
            return
        # What the preview reads, then what was chosen by hand (kept while no header is
        # recognised yet and the preview maps nothing).
        chosen = {name: (f or "") for name, f in zip(preview.columns, preview.fields,
                                                     strict=True)
                  if name.strip() and preview.header_found}
        chosen.update(self.overrides or {})
        chosen[preview.columns[column]] = field or ""
        if field:  # one column per field: the previous one is now ignored
            for other, f in list(chosen.items()):
                if f == field and other != preview.columns[column]:
                    chosen[other] = ""
        self.overrides = chosen
        self.mapped_by_hand = True
        state, kind, event_id, name = self.state, self.kind, self.state.event_id, self.file_name

        def plan(control: JobControl) -> ImportPreview:
            return state.read(lambda s: preview_import(s, event_id, kind, sheet,
                                                       file_name=name, overrides=chosen))

        self._run(plan, self._replanned)

    def _replanned(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_preview()

    def _combo(self, column: int, current: str | None) -> QComboBox:
        combo = QComboBox(self.table)
        combo.addItem(self.tr("(ignored)"), "")
        for field in fields_for(self.kind):
            combo.addItem(field_label(field), field)
        combo.setCurrentIndex(max(0, combo.findData(current or "")))
        combo.setToolTip(combo.currentText())
        combo.currentIndexChanged.connect(
            lambda _i, c=column, box=combo: self.set_field(c, box.currentData() or None))
        return combo

    def _show_preview(self) -> None:
        preview = self.preview
        self.table.clear()
        self.errors_list.clear()
        if preview is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            for label in (self.encoding_label, self.message_label, self.reading_label,
                          self.ignored_label, self.counts_label):
                label.clear()
            self.errors_list.hide()
            self.import_button.setEnabled(False)
            return
        self.table.setColumnCount(len(preview.columns))
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels(list(preview.columns))
        self.table.setVerticalHeaderLabels(
            [self.tr("Reads as")] + [str(preview.first_row_number + i)
                                     for i in range(len(preview.rows))])
        for column, field in enumerate(preview.fields):
            self.table.setCellWidget(0, column, self._combo(column, field))
            for row, cells in enumerate(preview.rows, 1):
                item = QTableWidgetItem(cells[column])
                if field is None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):  # more columns in view at once
            self.table.setColumnWidth(column, min(self.table.columnWidth(column),
                                                  MAX_COLUMN_WIDTH))
        encoding = self.tr("Encoding: {encoding}").format(encoding=preview.encoding) \
            if preview.encoding else ""
        if preview.uncertain_words:
            encoding += "  " + self.tr("Check these names, the encoding is uncertain: "
                                       "{words}").format(words=", ".join(
                                           preview.uncertain_words))
        self.encoding_label.setText(encoding)
        self.encoding_label.setStyleSheet(
            f"color: {theme.ERROR_FG}; font-weight: bold;" if preview.uncertain_words else "")
        self.message_label.setText(preview.message)
        self.message_label.setVisible(bool(preview.message))
        self.reading_label.setText(preview.reading)
        self.ignored_label.setText(preview.ignored_sentence())
        self.errors_list.addItems(list(preview.errors))
        self.errors_list.setVisible(bool(preview.errors))
        if preview.header_found:
            counts = preview.counts_sentence()
            if preview.errors:
                counts = self.tr("Rows to correct in the file: {count}").format(
                    count=len(preview.errors)) + " — " + counts
            self.counts_label.setText(counts)
        else:
            self.counts_label.setText(self.tr("Map at least the required columns."))
        self.import_button.setEnabled(preview.can_import and not self.imported)

    # -- importing ----------------------------------------------------------------------
    def start_import(self) -> None:
        sheet, preview = self.sheet, self.preview
        if sheet is None or preview is None or not preview.can_import:
            return
        state, name, overrides = self.state, self.file_name, self.overrides
        importer = import_participants if self.kind == "participants" else import_requests
        if self.mapped_by_hand and overrides is not None:
            remember_mapping(self.kind, preview.signature, overrides)

        def run(control: JobControl) -> Any:
            return state.perform(lambda s, e: importer(
                s, e.id, sheet, filename=name, desk=state.desk, overrides=overrides))

        self.import_button.setEnabled(False)
        self._run(run, self._imported)

    def _imported(self, result: Any) -> None:
        if result is None:  # the desk's message bar already says why
            self.import_button.setEnabled(True)
            return
        self.imported = True
        self.result_label.setText(self.tr("Imported: {what}").format(
            what=result_sentence(self.kind, result)))
        self.counts_label.setText(result.counts_sentence())
        self.import_button.setEnabled(False)

    # -- worker -------------------------------------------------------------------------
    def _run(self, fn: Callable[[JobControl], Any], done: Callable[[Any], None]) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
        job = Job(fn, self)
        self.job = job

        def finished(result: Any) -> None:
            if self.job is job and not job.was_cancelled():
                done(result)

        def failed(message: str) -> None:
            if self.job is job:
                self.message_label.setText(message)
                self.message_label.show()
                if self.sheet is None:
                    self.file_label.setText(self.tr(
                        "Choose the list (.xlsx or .csv), or drop it here."))

        def stopped() -> None:
            if self.job is job:
                self.progress.hide()
                self.cancel_button.hide()

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.done.connect(stopped)
        self.progress.show()
        self.cancel_button.show()
        self.message_label.hide()
        job.start()

    def is_busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self.progress.hide()
        self.cancel_button.hide()


class ImportActions(QObject):
    """The two File menu actions and the dialog they open."""

    def __init__(self, window: QMainWindow, state: DeskState, menu_add: Callable[[QAction],
                 object], after_close: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.after_close = after_close
        self.dialog: ImportDialog | None = None
        self.participants_action = QAction(window)
        self.participants_action.triggered.connect(lambda: self.open("participants"))
        self.requests_action = QAction(window)
        self.requests_action.triggered.connect(lambda: self.open("requests"))
        for action in (self.participants_action, self.requests_action):
            menu_add(action)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.participants_action.setText(
            QCoreApplication.translate("ImportActions", "Import &participants…"))
        self.requests_action.setText(
            QCoreApplication.translate("ImportActions", "Import &wishes…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open(self, kind: str) -> ImportDialog:
        dialog = ImportDialog(self.state, kind, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: ImportDialog) -> None:
        dialog.cancel_job()
        if self.dialog is dialog:
            self.dialog = None
        self.after_close()


def install_import_actions(window: Any) -> ImportActions:
    """File > Import participants… / Import wishes… on the desk window; the scan field of
    Reception gets the focus back when the dialog closes."""
    def refocus() -> None:
        if window.tabs.currentIndex() == 0:
            window.reception.refocus_scan()

    actions = ImportActions(window, window.state,
                            lambda action: window.menus["file"].insertAction(
                                window.menus["file"].actions()[0]
                                if window.menus["file"].actions() else None, action),
                            refocus)
    window.import_actions = actions
    return actions


def render_import_screenshot(path: str | Path, state: DeskState,
                             sheet_path: str | Path | None = None,
                             parent: QWidget | None = None) -> Path:
    """Grab the dialog previewing a list (``import.png`` of ``desk-app screenshot``).

    Without ``sheet_path``, an updated list of the event is written to a temporary
    folder (desk_app.queries.importing.sample_participant_list) and its unknown
    "Créneaux libres" column is mapped to the availability by its drop-down, so the
    picture shows a mapping chosen by hand and an ignored column ("Stand").
    """
    with tempfile.TemporaryDirectory(prefix="desk-import-") as folder:
        source = Path(sheet_path) if sheet_path is not None else Path(folder) / "liste.csv"
        if sheet_path is None:
            source.write_text(state.read(lambda s: sample_participant_list(
                s, state.event_id)), encoding="utf-8")
        dialog = ImportDialog(state, "participants", parent)
        dialog.load_file(str(source))
        _wait(dialog)
        preview = dialog.preview
        if sheet_path is None and preview is not None and "Créneaux libres" in preview.columns:
            dialog.set_field(preview.columns.index("Créneaux libres"), "availability")
            _wait(dialog)
    dialog.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    target = Path(path)
    if not dialog.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    dialog.close()
    dialog.deleteLater()
    return target


def _wait(dialog: ImportDialog) -> None:
    """Let the dialog's worker finish and its answer arrive (screenshots only)."""
    job = dialog.job
    if job is not None:
        job.wait()
    for _ in range(50):
        QCoreApplication.processEvents()
        if not dialog.is_busy():
            break
    QCoreApplication.processEvents()
