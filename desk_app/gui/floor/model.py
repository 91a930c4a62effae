"""The floor grid as a Qt table model: rows are tables grouped under zone rows,
columns are rounds. The model holds plain frozen snapshots from
:mod:`desk_app.services.floor`; a partial refresh replaces some cells and emits
``dataChanged`` for exactly those."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desk_app.services.floor import (
    Cell,
    CellState,
    FloorSlot,
    FloorSnapshot,
    FloorTable,
    count_free_tables,
    first_open_index,
    running_slot_index,
)
from desk_app.services.participants import fold

MEETING_MIME = "application/x-desk-app-meeting"

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # CellState (table rows only)
ZONE_ROLE = Qt.ItemDataRole.UserRole + 2  # zone name on zone rows, None on table rows
TABLE_ROLE = Qt.ItemDataRole.UserRole + 3  # FloorTable on table rows
MATCH_ROLE = Qt.ItemDataRole.UserRole + 4  # True when the participant filter matches
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 5  # True in the current round's column
PAST_ROLE = Qt.ItemDataRole.UserRole + 6  # True in rounds already over
FROZEN_ROLE = Qt.ItemDataRole.UserRole + 7  # True in rounds started (past or running)

AnyIndex = QModelIndex | QPersistentModelIndex
# (meeting_id, slot_id, target_table_id) -> True when the move was made.
MoveHandler = Callable[[int, int, int], bool]


@dataclass(frozen=True)
class GridRow:
    """A zone heading (table is None) or one table."""

    zone: str
    table: FloorTable | None = None


class FloorModel(QAbstractTableModel):
    # Emitted after cells change: the footer recounts free tables.
    free_counts_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tables: tuple[FloorTable, ...] = ()
        self._slots: tuple[FloorSlot, ...] = ()
        self._cells: dict[Cell, CellState] = {}
        self._rows: list[GridRow] = []
        self._row_of_table: dict[int, int] = {}
        self._column_of_slot: dict[int, int] = {}
        self._current: int | None = None
        self._open = 0  # first round not started: only from here can meetings move
        self._zone_filter: str | None = None
        self._text_filter = ""
        self._matches: set[Cell] = set()
        self._folded: dict[Cell, str] = {}
        self._free: dict[int, int] = {}
        self.move_handler: MoveHandler | None = None

    # -- loading ------------------------------------------------------------------------
    def load(self, snapshot: FloorSnapshot) -> None:
        self.beginResetModel()
        self._tables = snapshot.tables
        self._slots = snapshot.slots
        self._cells = dict(snapshot.cells)
        self._folded = {}
        self._current = snapshot.current_slot_index
        self._open = first_open_index(snapshot.slots, snapshot.now)
        self._column_of_slot = {s.id: i for i, s in enumerate(self._slots)}
        self._rebuild_rows()
        self._recount(slot.id for slot in self._slots)
        self.endResetModel()
        self.free_counts_changed.emit()

    def apply_cells(self, fresh: dict[Cell, CellState]) -> list[Cell]:
        """Replace these cells; emit dataChanged for the ones that differ. Returns them."""
        changed: list[Cell] = []
        for key, state in fresh.items():
            old = self._cells.get(key)
            if old == state or (old is None and state.meeting_id is None):
                continue
            self._folded.pop(key, None)
            if state.meeting_id is None:
                self._cells.pop(key, None)
            else:
                self._cells[key] = state
            changed.append(key)
        if self._text_filter:
            self._rematch(changed)
        for table_id, slot_id in changed:
            index = self.index_of(table_id, slot_id)
            if index.isValid():
                self.dataChanged.emit(index, index)
        if changed:
            self._recount({slot_id for _, slot_id in changed})
            self.free_counts_changed.emit()
        return changed

    def set_clock(self, now: dt.datetime) -> bool:
        """Follow the clock; True when the running round changed."""
        self._open = first_open_index(self._slots, now)
        current = running_slot_index(self._slots, now)
        if current == self._current:
            return False
        old = self._current
        self._current = current
        for column in (old, current):
            if column is not None and self.rowCount():
                self.dataChanged.emit(self.index(0, column),
                                      self.index(self.rowCount() - 1, column))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
        return True

    # -- filters ------------------------------------------------------------------------
    def set_filters(self, zone: str | None, text: str) -> None:
        """Show one zone (None = all) and, when ``text`` is given, only the tables
        where a matching company or contact meets (accent- and case-blind)."""
        self.beginResetModel()
        self._zone_filter = zone
        self._text_filter = fold(text.strip())
        self._matches = set()
        if self._text_filter:
            self._rematch(self._cells)
        self._rebuild_rows()
        self.endResetModel()

    def _rematch(self, keys: Iterable[Cell]) -> None:
        for key in keys:
            haystack = self._haystack(key)
            if haystack and self._text_filter in haystack:
                self._matches.add(key)
            else:
                self._matches.discard(key)

    def _haystack(self, key: Cell) -> str:
        """Folded names of a cell, cached: folding 12,000 cells on every keystroke of
        the search box would make typing lag on the largest events."""
        found = self._folded.get(key)
        if found is None:
            cell = self._cells.get(key)
            found = "" if cell is None else fold(
                f"{cell.company_a} {cell.contact_a} {cell.company_b} {cell.contact_b}")
            self._folded[key] = found
        return found

    def _rebuild_rows(self) -> None:
        tables = [t for t in self._tables
                  if self._zone_filter is None or t.zone == self._zone_filter]
        if self._text_filter:
            wanted = {table_id for table_id, _ in self._matches}
            tables = [t for t in tables if t.id in wanted]
        rows: list[GridRow] = []
        zone: str | None = None
        for table in tables:
            if table.zone != zone:
                zone = table.zone
                rows.append(GridRow(zone))
            rows.append(GridRow(table.zone, table))
        self._rows = rows
        self._row_of_table = {r.table.id: i for i, r in enumerate(rows) if r.table}

    def _recount(self, slot_ids: Iterable[int]) -> None:
        for slot_id in slot_ids:
            self._free[slot_id] = count_free_tables(self._tables, self._cells, slot_id)

    # -- lookups ------------------------------------------------------------------------
    @property
    def slots(self) -> tuple[FloorSlot, ...]:
        return self._slots

    @property
    def tables(self) -> tuple[FloorTable, ...]:
        return self._tables

    @property
    def current_slot_index(self) -> int | None:
        return self._current

    @property
    def open_slot_index(self) -> int:
        return self._open

    def is_past(self, column: int) -> bool:
        """Over: started before the running round (or before the next one between
        rounds)."""
        return column < (self._current if self._current is not None else self._open)

    def zones(self) -> list[str]:
        return list(dict.fromkeys(t.zone for t in self._tables))

    def free_tables(self, slot_id: int) -> int:
        return self._free.get(slot_id, 0)

    def cell(self, table_id: int, slot_id: int) -> CellState:
        found = self._cells.get((table_id, slot_id))
        return found if found is not None else CellState(table_id, slot_id)

    def cells_of(self, participant_ids: Iterable[int]) -> set[Cell]:
        people = set(participant_ids)
        return {key for key, c in self._cells.items()
                if c.participant_a_id in people or c.participant_b_id in people}

    def cells_of_meetings(self, meeting_ids: Iterable[int]) -> set[Cell]:
        wanted = set(meeting_ids)
        return {key for key, c in self._cells.items() if c.meeting_id in wanted}

    def row_of(self, row: int) -> GridRow:
        return self._rows[row]

    def zone_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.table is None]

    def index_of(self, table_id: int, slot_id: int) -> QModelIndex:
        row = self._row_of_table.get(table_id)
        column = self._column_of_slot.get(slot_id)
        if row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    def table_label(self, table_id: int) -> str:
        return next((t.label for t in self._tables if t.id == table_id), "?")

    def free_tables_in(self, slot_id: int) -> list[FloorTable]:
        return [t for t in self._tables
                if t.active and self.cell(t.id, slot_id).is_free]

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slots)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        slot = self._slots[index.column()]
        if role == ZONE_ROLE:
            return row.zone if row.table is None else None
        if role == CURRENT_ROLE:
            return index.column() == self._current
        if role == PAST_ROLE:
            return self.is_past(index.column())
        if role == FROZEN_ROLE:
            return index.column() < self._open
        if row.table is None:
            return row.zone if role == Qt.ItemDataRole.DisplayRole else None
        if role == TABLE_ROLE:
            return row.table
        cell = self.cell(row.table.id, slot.id)
        if role == CELL_ROLE:
            return cell
        if role == MATCH_ROLE:
            return (row.table.id, slot.id) in self._matches
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if cell.meeting_id is None:
                return ""
            return f"{cell.company_a} / {cell.company_b}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._slots):
            slot = self._slots[section]
            return f"{slot.starts_at:%H:%M}–{slot.ends_at:%H:%M}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            row = self._rows[section]
            return row.table.label if row.table else ""
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        row = self._rows[index.row()]
        if row.table is None:
            return Qt.ItemFlag.ItemIsEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        cell = self.cell(row.table.id, self._slots[index.column()].id)
        if index.column() < self._open:
            return base  # past and running rounds are frozen
        if cell.is_live:
            if not cell.locked:  # promised to people: unlock it first
                base |= Qt.ItemFlag.ItemIsDragEnabled
        elif row.table.active:
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    # -- drag and drop: a meeting to a free table in the same round ---------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MEETING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            cell = self.data(index, CELL_ROLE)
            if isinstance(cell, CellState) and cell.is_live and cell.meeting_id is not None:
                payload = {"meeting": cell.meeting_id, "slot": cell.slot_id,
                           "table": cell.table_id}
                mime.setData(MEETING_MIME, QByteArray(json.dumps(payload).encode()))
                break
        return mime

    def _drop_target(self, data: QMimeData, row: int, column: int,
                     parent: AnyIndex) -> tuple[int, int, int] | None:
        """(meeting_id, slot_id, target_table_id) when the drop is a legal move."""
        if not data.hasFormat(MEETING_MIME):
            return None
        # Dropping onto an item gives parent = that item and row = column = -1.
        if parent.isValid():
            row, column = parent.row(), parent.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._slots)):
            return None
        target = self._rows[row].table
        if target is None or not target.active:
            return None
        try:
            payload = json.loads(bytes(data.data(MEETING_MIME).data()).decode())
        except ValueError:
            return None
        slot_id = self._slots[column].id
        if column < self._open or payload.get("slot") != slot_id:
            return None
        if not self.cell(target.id, slot_id).is_free:
            return None
        return int(payload["meeting"]), slot_id, target.id

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
        parent: AnyIndex,
    ) -> bool:
        return self._drop_target(data, row, column, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
        parent: AnyIndex,
    ) -> bool:
        target = self._drop_target(data, row, column, parent)
        if target is None or self.move_handler is None:
            return False
        # The model itself changes only through the ChangeSummary the move announces
        # (removeRows/setData are not implemented, so the view's "remove the dragged
        # source" step after a move is a no-op).
        return self.move_handler(*target)
