"""The right-hand panel at reception: Find by name or company (accents and case
ignored), check the highlighted person in, register a walk-in, undo.

The search box is the only reception widget besides the scan field that takes focus:
Enter checks in the highlighted row, Up/Down move the highlight, Esc goes back to
scanning. Buttons never take focus.

Find reads the server; while it is unreachable (several desks, outage) the panel says
so instead of waiting on it, and badges are still checked in from the desk's copy.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from desk_app.gui.participants.model import (
    ParticipantDirectory,
    ParticipantRow,
    ParticipantTableModel,
)
from desk_app.gui.state import DeskState
from desk_app.services.changes import ChangeSummary
from desk_app.sync.outage import is_unreachable

RESULT_LIMIT = 40
PRIME_DELAY_MS = 1500


class FindPanel(QFrame):
    check_in_requested = Signal(int)  # participant id
    leave_requested = Signal()  # Esc: back to the scan field

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.directory = ParticipantDirectory(state.event_id)
        self.setProperty("role", "panel")
        self.find_title = QLabel(self)
        self.find_title.setProperty("role", "section")
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("SearchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.run_search)
        self.search_field.returnPressed.connect(self.request_check_in)
        self.search_field.installEventFilter(self)
        self.results_model = ParticipantTableModel(["status", "company", "name"], self)
        self.results = QTableView(self)
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.verticalHeader().hide()
        self.results.setAlternatingRowColors(True)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.doubleClicked.connect(lambda _index: self.request_check_in())
        self.check_in_button = QPushButton(self)
        self.check_in_button.setProperty("role", "primary")
        self.check_in_button.clicked.connect(self.request_check_in)
        self.more_title = QLabel(self)
        self.more_title.setProperty("role", "section")
        self.walk_in_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.undo_button.setProperty("role", "danger")
        for button in (self.check_in_button, self.walk_in_button, self.undo_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(38)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.find_title)
        layout.addWidget(self.search_field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.check_in_button)
        layout.addSpacing(8)
        layout.addWidget(self.more_title)
        row = QHBoxLayout()
        row.addWidget(self.walk_in_button)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        state.operation_did_execute.connect(self._on_change)
        # Read the names once the window is up, so the first typed letter is instant
        # and start-up is not delayed.
        # (A child timer: it dies with the panel, never firing on a closed database.)
        self._prime_timer = QTimer(self)
        self._prime_timer.setSingleShot(True)
        self._prime_timer.timeout.connect(self._prime_directory)
        self._prime_timer.start(PRIME_DELAY_MS)
        self.retranslate()
        self._update_check_in_button()

    def _prime_directory(self) -> None:
        if not self.state.online:
            return
        try:
            self.state.read(self.directory.ensure_loaded)
        except OperationalError as exc:
            if not is_unreachable(exc):
                raise
            self.state.unreachable(exc)

    # -- searching --------------------------------------------------------------------
    def run_search(self, text: str | None = None) -> None:
        query = self.search_field.text() if text is None else text
        rows = []
        if self.state.online:
            try:
                rows = self.state.read(lambda s: self.directory.rows(s, query, RESULT_LIMIT))
            except OperationalError as exc:
                if not is_unreachable(exc):
                    raise
                self.state.unreachable(exc)
        if not self.state.online and query.strip():
            self.state.error.emit(self.tr(
                "Find needs the server, which cannot be reached right now. Badges are "
                "still checked in by scanning; try Find again when the header says "
                "Online."))
        self.results_model.set_rows(rows)
        if rows:
            self.results.selectRow(0)
        self._update_check_in_button()

    def selected_row(self) -> ParticipantRow | None:
        index = self.results.currentIndex()
        row = self.results_model.row_at(index) if index.isValid() else None
        if row is None and self.results_model.rows:
            row = self.results_model.rows[0]
        return row

    def request_check_in(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.check_in_requested.emit(row.id)

    def shown_results(self) -> list[str]:
        """Companies in the result list, in order."""
        return [row.company for row in self.results_model.rows]

    def _move_selection(self, step: int) -> None:
        count = self.results_model.rowCount()
        if count:
            current = self.results.currentIndex().row()
            self.results.selectRow(max(0, min(count - 1, current + step)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.search_field.clear()
                self.leave_requested.emit()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _on_change(self, summary: ChangeSummary, origin: object) -> None:
        if summary.everything or summary.participants:
            self.directory.invalidate()  # a walk-in, a corrected name
        # Someone shown in the list was checked in (here or at another desk): re-read
        # so their status is right before anyone checks them in by hand.
        if not self.search_field.text().strip():
            return
        shown = {row.id for row in self.results_model.rows}
        if summary.everything or summary.participants & shown:
            selected = self.results.currentIndex().row()
            self.run_search()
            if 0 <= selected < self.results_model.rowCount():
                self.results.selectRow(selected)

    def _update_check_in_button(self) -> None:
        self.check_in_button.setEnabled(bool(self.results_model.rows))

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.find_title.setText(self.tr("NO BADGE? FIND BY NAME OR COMPANY (CTRL+F)"))
        self.search_field.setPlaceholderText(self.tr("e.g. societe generale"))
        self.check_in_button.setText(self.tr("✔ Check in (Enter)"))
        self.more_title.setText(self.tr("NOT ON THE LIST, OR A MISTAKE?"))
        self.walk_in_button.setText(self.tr("+ Register walk-in (Ctrl+N)"))
        self.undo_button.setText(self.tr("↶ Undo last check-in (Ctrl+Z)"))
        self.results_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
