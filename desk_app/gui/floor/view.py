"""The floor manager's view: tables x rounds, following the clock.

"Which tables are free now, who is missing, who is late": the current round leads the
view (highlighted, scrolled into sight as the day goes on), free tables per round sit
in the footer, and a click on a cell opens its details and actions on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.floor.actions import ONDESK_MODULES, FloorActions
from desk_app.gui.floor.details import CellDetailsPanel
from desk_app.gui.floor.model import CELL_ROLE, FloorModel
from desk_app.gui.floor.notice import ActionNotice
from desk_app.gui.floor.painting import (
    CELL_HEIGHT,
    CELL_WIDTH,
    ZONE_ROW_HEIGHT,
    CellDelegate,
    FreeTablesFooter,
    RoundsHeader,
)
from desk_app.gui.state import DeskState
from desk_app.gui.workers import preload
from desk_app.services.changes import ChangeSummary
from desk_app.services.floor import Cell, CellState, load_cells, load_floor

CLOCK_CHECK_MS = 15_000
FILTER_DELAY_MS = 200
PRELOAD_DELAY_MS = 3000


class FloorGrid(QTableView):
    """The grid widget itself (drag a meeting onto a free table of the same round)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(RoundsHeader(self))
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(CELL_HEIGHT)
        vertical.setMinimumWidth(64)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setDefaultSectionSize(CELL_WIDTH)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape: back to the round overview in the side panel.
        if event.key() == Qt.Key.Key_Escape:
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
            return
        super().keyPressEvent(event)

    @property
    def delegate(self) -> CellDelegate:
        delegate = self.itemDelegate()
        assert isinstance(delegate, CellDelegate)
        return delegate


class FloorView(QWidget):
    """Tables (grouped by zone) x rounds for the event of ``state``."""

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FloorView")
        self.state = state
        self._shown_once = False
        self.model = FloorModel(self)
        self.actions_ = FloorActions(state, origin=self, parent=self)
        self.model.move_handler = self.actions_.move_meeting

        self.zone_combo = QComboBox()
        self.zone_combo.setMinimumWidth(160)
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(280)
        self.now_button = QPushButton()
        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "muted")
        self.grid = FloorGrid()
        self.grid.setModel(self.model)
        self.footer = FreeTablesFooter(self.grid, self.model)
        self.details = CellDetailsPanel(self.model, self.actions_)
        self.notice = ActionNotice(state)

        bar = QHBoxLayout()
        bar.addWidget(self.zone_combo)
        bar.addWidget(self.search_field, 1)
        bar.addWidget(self.now_button)
        bar.addSpacing(12)
        bar.addWidget(self.summary_label)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(0)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.footer)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(grid_box)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([1080, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        self.zone_combo.currentIndexChanged.connect(self._apply_filters)
        # Filter when typing pauses, not on every keystroke (large events).
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filters)
        self.search_field.textChanged.connect(self._filter_timer.start)
        self.search_field.returnPressed.connect(self._apply_filters)
        self.now_button.clicked.connect(self.scroll_to_current)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.free_counts_changed.connect(self._update_summary)
        self.model.modelReset.connect(self._after_reset)
        self.details.cell_requested.connect(self.select_cell)
        self.actions_.done.connect(self.notice.show_result)
        self.notice.book_requested.connect(self.actions_.book_offer)
        state.operation_did_execute.connect(self.on_change)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_CHECK_MS)
        self._clock.timeout.connect(self.follow_clock)
        self._clock.start()
        self.retranslate()
        self.reload(scroll=True)
        # Import the on-day services once the grid is painted and the first looks are
        # over (their import competes with painting for the interpreter).
        QTimer.singleShot(PRELOAD_DELAY_MS, lambda: preload(*ONDESK_MODULES))

    # -- texts --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Find a company or person…"))
        self.now_button.setText(self.tr("▶ Now"))
        self.now_button.setToolTip(self.tr("Scroll to the round running now"))
        self._fill_zones()
        self.details.retranslate()
        self.notice.retranslate()
        self._update_summary()
        # Cells, round headers and the footer translate when painted.
        self.grid.viewport().update()
        self.grid.horizontalHeader().viewport().update()
        self.footer.update()

    def _fill_zones(self) -> None:
        current = self.zone_combo.currentData()
        self.zone_combo.blockSignals(True)
        self.zone_combo.clear()
        self.zone_combo.addItem(self.tr("All zones"), None)
        for zone in self.model.zones():
            self.zone_combo.addItem(zone or self.tr("No zone"), zone)
        found = self.zone_combo.findData(current)
        self.zone_combo.setCurrentIndex(max(found, 0))
        self.zone_combo.blockSignals(False)

    # -- loading and refreshing ---------------------------------------------------------
    def reload(self, *, scroll: bool = False) -> None:
        """Read the whole floor again (start, bulk changes, tables changed); the view
        stays where the manager scrolled it unless ``scroll``."""
        bar = self.grid.horizontalScrollBar()
        position = (bar.value(), self.grid.verticalScrollBar().value())
        snapshot = self.state.read(lambda s: load_floor(s, self.state.event_id))
        self.model.load(snapshot)
        self._fill_zones()
        if self.zone_combo.currentData() is not None or self.search_field.text():
            self._apply_filters()
        if scroll:
            self.scroll_to_current()
        else:
            bar.setValue(position[0])
            self.grid.verticalScrollBar().setValue(position[1])

    def on_change(self, summary: ChangeSummary, origin: object) -> None:
        """Repaint only what the summary names (a full reload for bulk changes)."""
        if summary.everything or summary.tables:
            self.reload()
            return
        if not (summary.cells or summary.participants or summary.meetings):
            return
        wanted: set[Cell] = set(summary.cells)
        wanted |= self.model.cells_of(summary.participants)
        wanted |= self.model.cells_of_meetings(summary.meetings)
        fresh = self.state.read(lambda s: load_cells(
            s, self.state.event_id, wanted,
            participant_ids=summary.participants, meeting_ids=summary.meetings))
        self.model.apply_cells(fresh)
        self.details.refresh()

    def follow_clock(self) -> None:
        """Move the highlight (and the view) when a new round starts."""
        if self.model.set_clock(self.state.now()):
            self.grid.horizontalHeader().viewport().update()
            self.footer.update()
            self.scroll_to_current()
            self._update_summary()
            self.details.refresh()

    def scroll_to_current(self) -> None:
        column = self.model.current_slot_index
        if column is None:
            column = self._next_round_column()
        if column is None or self.model.rowCount() == 0:
            return
        # Horizontal only (the manager's place in the table list stays), with one
        # past round visible on the left for context.
        bar = self.grid.horizontalScrollBar()
        bar.setValue(self.grid.horizontalHeader().sectionPosition(max(column - 1, 0)))

    def _next_round_column(self) -> int | None:
        now = self.state.now()
        for i, slot in enumerate(self.model.slots):
            if slot.starts_at > now:
                return i
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Arrow keys move through the grid as soon as the tab opens.
        if not self.search_field.hasFocus():
            self.grid.setFocus()
        if not self._shown_once:
            # Sizes are known only now: bring the running round into view.
            self._shown_once = True
            QTimer.singleShot(0, self.scroll_to_current)

    def _after_reset(self) -> None:
        self.grid.clearSpans()
        columns = self.model.columnCount()
        vertical = self.grid.verticalHeader()
        for row in self.model.zone_rows():
            if columns > 1:
                self.grid.setSpan(row, 0, 1, columns)
            vertical.resizeSection(row, ZONE_ROW_HEIGHT)
        self.grid.delegate.filtering = bool(self.search_field.text().strip())
        self.footer.update()
        self.details.show_cell(None)

    # -- filters and selection ----------------------------------------------------------
    def _apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.set_filters(self.zone_combo.currentData(), self.search_field.text())

    def set_zone(self, zone: str | None) -> None:
        self.zone_combo.setCurrentIndex(max(self.zone_combo.findData(zone), 0))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        cell = indexes[0].data(CELL_ROLE) if indexes else None
        self.details.show_cell(cell if isinstance(cell, CellState) else None)

    def select_cell(self, table_id: int, slot_id: int) -> QModelIndex:
        """Select a cell as a click would (opens its details)."""
        index = self.model.index_of(table_id, slot_id)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
        return index

    def _update_summary(self) -> None:
        current = self.model.current_slot_index
        if current is None:
            self.summary_label.setText(self.tr("No round running now"))
            return
        slot = self.model.slots[current]
        self.summary_label.setText(
            self.tr("Round {n} until {end} · free tables now: {free}").format(
                n=current + 1, end=f"{slot.ends_at:%H:%M}",
                free=self.model.free_tables(slot.id)))
