"""The panel beside the grid: what is at this table in this round, and what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import theme
from desk_app.gui.floor.actions import FloorActions
from desk_app.gui.floor.model import FloorModel
from desk_app.gui.floor.painting import OUT_OF_SERVICE_ICON
from desk_app.services.floor import CellKind, CellState, FloorSlot


class _PartyBox(QFrame):
    """One side of the meeting: company, contact, here or not, and its two actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = QLabel()
        self.company.setFont(theme.font(13, bold=True))
        self.company.setWordWrap(True)
        self.contact = QLabel()
        self.contact.setProperty("role", "muted")
        self.presence = QLabel()
        self.did_not_come = QPushButton()
        self.no_show = QPushButton()
        self.no_show.setProperty("role", "danger")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        layout.addWidget(self.company)
        layout.addWidget(self.contact)
        layout.addWidget(self.presence)
        buttons = QHBoxLayout()
        buttons.addWidget(self.did_not_come)
        buttons.addWidget(self.no_show)
        layout.addLayout(buttons)

    def show_party(self, company: str, contact: str, present: bool, missing: bool) -> None:
        self.company.setText(company)
        self.contact.setText(contact)
        if missing:
            text, colour = self.tr("✖ Did not come to this meeting"), theme.ERROR_FG
        elif present:
            text, colour = self.tr("✔ Checked in"), theme.OK_FG
        else:
            text, colour = self.tr("○ Not checked in yet"), theme.WARN_FG
        self.presence.setText(text)
        self.presence.setStyleSheet(f"color: {colour}; font-weight: bold;")


OVERVIEW_LIMIT = 40
CELL_DATA = Qt.ItemDataRole.UserRole + 1


class CellDetailsPanel(QFrame):
    """Details and actions of the selected cell; actions go through FloorActions.

    With no cell selected it answers the floor's standing question for the running
    (or next) round: which tables are free, who is missing; a click selects the cell.
    """

    # (table_id, slot_id) picked in the overview list
    cell_requested = Signal(int, int)

    def __init__(self, model: FloorModel, actions: FloorActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.setMinimumWidth(320)
        self.model = model
        self.actions_ = actions
        self.cell: CellState | None = None

        self.title = QLabel()
        self.title.setFont(theme.font(15, bold=True))
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        self.overview = QListWidget()
        self.overview.setFrameShape(QFrame.Shape.NoFrame)
        self.overview.setWordWrap(True)
        self.overview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overview.itemClicked.connect(self._overview_clicked)
        self.state_chip = QLabel()
        self.state_chip.setFont(theme.font(12, bold=True))
        self.state_chip.setContentsMargins(10, 6, 10, 6)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.party_a = _PartyBox()
        self.party_b = _PartyBox()

        self.cancel_button = QPushButton()
        self.cancel_button.setProperty("role", "danger")
        self.lock_button = QPushButton()
        self.move_combo = QComboBox()
        self.move_button = QPushButton()
        self.swap_combo = QComboBox()
        self.swap_button = QPushButton()
        self.service_button = QPushButton()
        self.undo_button = QPushButton()

        moves = QGridLayout()
        moves.addWidget(self.move_combo, 0, 0)
        moves.addWidget(self.move_button, 0, 1)
        moves.addWidget(self.swap_combo, 1, 0)
        moves.addWidget(self.swap_button, 1, 1)
        moves.setColumnStretch(0, 1)
        meeting_buttons = QHBoxLayout()
        meeting_buttons.addWidget(self.cancel_button)
        meeting_buttons.addWidget(self.lock_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.state_chip, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addWidget(self.party_a)
        layout.addWidget(self.party_b)
        layout.addLayout(meeting_buttons)
        layout.addLayout(moves)
        layout.addWidget(self.overview, 1)
        self._stretch = QWidget()
        layout.addWidget(self._stretch, 1)
        layout.addWidget(self.service_button)
        layout.addWidget(self.undo_button)

        self.party_a.did_not_come.clicked.connect(lambda: self._did_not_come(side=0))
        self.party_b.did_not_come.clicked.connect(lambda: self._did_not_come(side=1))
        self.party_a.no_show.clicked.connect(lambda: self._no_show(side=0))
        self.party_b.no_show.clicked.connect(lambda: self._no_show(side=1))
        self.cancel_button.clicked.connect(self._cancel)
        self.lock_button.clicked.connect(self._toggle_lock)
        self.move_button.clicked.connect(self._move)
        self.swap_button.clicked.connect(self._swap)
        self.service_button.clicked.connect(self._toggle_service)
        self.undo_button.clicked.connect(self.actions_.undo_last)
        self.retranslate()
        self.show_cell(None)

    def retranslate(self) -> None:
        for box in (self.party_a, self.party_b):
            box.did_not_come.setText(self.tr("Did not come"))
            box.did_not_come.setToolTip(self.tr(
                "Only this meeting: the other one is free for someone waiting"))
            box.no_show.setText(self.tr("No-show today"))
            box.no_show.setToolTip(self.tr(
                "Absent for the whole day: all their meetings are dropped and their "
                "partners freed"))
        self.cancel_button.setText(self.tr("Cancel meeting"))
        self.move_button.setText(self.tr("Move"))
        self.swap_button.setText(self.tr("Swap"))
        self.undo_button.setText(self.tr("↶ Undo last action"))
        self.show_cell(self.cell)

    # -- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the selected cell's fresh state (or a fresh overview) after a change."""
        if self.cell is not None:
            self.show_cell(self.model.cell(self.cell.table_id, self.cell.slot_id))
        else:
            self.show_cell(None)

    def show_cell(self, cell: CellState | None) -> None:
        self.cell = cell
        slot = self._slot(cell.slot_id) if cell else None
        table = next((t for t in self.model.tables if cell and t.id == cell.table_id), None)
        meeting_widgets = (self.party_a, self.party_b, self.cancel_button, self.lock_button,
                           self.move_combo, self.move_button, self.swap_combo,
                           self.swap_button)
        overview = cell is None or slot is None or table is None
        self.overview.setVisible(overview)
        self._stretch.setVisible(not overview)
        if cell is None or slot is None or table is None:
            for widget in (*meeting_widgets, self.service_button):
                widget.hide()
            self.state_chip.hide()
            self._show_overview()
            return
        round_no = self.model.slots.index(slot) + 1
        zone = f" · {table.zone}" if table.zone else ""
        self.title.setText(self.tr("Table {table}").format(table=table.label) + zone)
        self.subtitle.setText(self.tr("Round {n}, {start}–{end}").format(
            n=round_no, start=f"{slot.starts_at:%H:%M}", end=f"{slot.ends_at:%H:%M}"))
        self._show_state(cell, table.active)
        live = cell.is_live
        for widget in meeting_widgets:
            widget.setVisible(live)
        self.service_button.show()
        self.service_button.setText(self.tr("Take table {table} out of service").format(
            table=table.label) if table.active else
            self.tr("Put table {table} back in service").format(table=table.label))
        self.service_button.setProperty("role", "danger" if table.active else "primary")
        self.service_button.style().polish(self.service_button)
        if not live:
            self.hint.setText(self._free_hint(cell, table.active))
            return
        self.hint.setText(self.tr("⚑ Locked: re-solves will not move it.") if cell.locked
                          else "")
        self.party_a.show_party(cell.company_a, cell.contact_a, cell.present_a,
                                cell.missing_participant_id == cell.participant_a_id)
        self.party_b.show_party(cell.company_b, cell.contact_b, cell.present_b,
                                cell.missing_participant_id == cell.participant_b_id)
        self.lock_button.setText(self.tr("Unlock") if cell.locked else self.tr("Lock"))
        self._fill_targets(cell)

    def _show_overview(self) -> None:
        model = self.model
        self.overview.clear()
        self.hint.setText(self.tr("Click a cell for its details and actions; drag a "
                                  "meeting onto a free table of the same round to move "
                                  "it."))
        column = model.current_slot_index
        if column is None:
            column = model.open_slot_index if model.open_slot_index < len(model.slots) \
                else None
        if column is None:
            self.title.setText(self.tr("No more rounds today"))
            self.subtitle.setText("")
            return
        slot = model.slots[column]
        if column == model.current_slot_index:
            self.title.setText(self.tr("Round {n} · now").format(n=column + 1))
        else:
            self.title.setText(self.tr("Next: round {n} at {time}").format(
                n=column + 1, time=f"{slot.starts_at:%H:%M}"))
        free = model.free_tables_in(slot.id)
        missing = [(t, model.cell(t.id, slot.id)) for t in model.tables
                   if model.cell(t.id, slot.id).state is CellKind.ONE_MISSING]
        self.subtitle.setText(self.tr("Free tables: {free} · waiting for someone: "
                                      "{missing}").format(free=len(free),
                                                          missing=len(missing)))
        self._heading(self.tr("Missing now ({n})").format(n=len(missing)))
        for table, cell in missing[:OVERVIEW_LIMIT]:
            here = cell.company_b if cell.missing_participant_id == cell.participant_a_id \
                else cell.company_a
            entry = self._entry(self.tr("⚠ Table {table} — {missing}").format(
                table=table.label, missing=cell.missing_name),
                table.id, slot.id, theme.WARN_FG)
            entry.setToolTip(self.tr("{here} is waiting at table {table}").format(
                here=here, table=table.label))
        self._heading(self.tr("Free tables ({n})").format(n=len(free)))
        for table in free[:OVERVIEW_LIMIT]:
            zone = f" · {table.zone}" if table.zone else ""
            self._entry(self.tr("○ Table {table}").format(table=table.label) + zone,
                        table.id, slot.id, theme.OK_FG)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFont(theme.font(10, bold=True))
        item.setForeground(QColor(theme.INK_MUTED))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.overview.addItem(item)

    def _entry(self, text: str, table_id: int, slot_id: int,
               colour: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setForeground(QColor(colour))
        item.setData(CELL_DATA, (table_id, slot_id))
        self.overview.addItem(item)
        return item

    def _overview_clicked(self, item: QListWidgetItem) -> None:
        target = item.data(CELL_DATA)
        if target:
            self.cell_requested.emit(int(target[0]), int(target[1]))

    def _show_state(self, cell: CellState, active: bool) -> None:
        key = "out_of_service" if (not active and cell.is_free) else cell.state.value
        style = theme.state_style(key)
        word = (self.tr("Out of service") if key == "out_of_service"
                else theme.state_label(key))
        icon = OUT_OF_SERVICE_ICON if key == "out_of_service" else style.icon
        self.state_chip.setText(f"{icon}  {word}")
        self.state_chip.setStyleSheet(
            f"background: {style.background}; color: {style.foreground}; "
            f"border: 1px solid {style.foreground}; border-radius: 6px;")
        self.state_chip.show()

    def _free_hint(self, cell: CellState, active: bool) -> str:
        if not active:
            return self.tr("This table is out of service: nothing is booked here.")
        if cell.state is CellKind.NO_SHOW:
            return self.tr("{a} and {b} did not meet (no-show). The table is free.").format(
                a=cell.company_a, b=cell.company_b)
        if cell.state is CellKind.CANCELLED:
            return self.tr("The meeting {a} / {b} was cancelled. The table is free.").format(
                a=cell.company_a, b=cell.company_b)
        return self.tr("Free table: book a walk-in here from the Walk-in tab.")

    def _fill_targets(self, cell: CellState) -> None:
        self.move_combo.clear()
        for table in self.model.free_tables_in(cell.slot_id):
            self.move_combo.addItem(self.tr("to free table {table}").format(
                table=table.label), table.id)
        self.move_button.setEnabled(self.move_combo.count() > 0)
        if self.move_combo.count() == 0:
            self.move_combo.addItem(self.tr("no free table in this round"), None)
        self.swap_combo.clear()
        for table in self.model.tables:
            other = self.model.cell(table.id, cell.slot_id)
            if table.id != cell.table_id and other.is_live and other.meeting_id:
                self.swap_combo.addItem(self.tr("with table {table}: {a} / {b}").format(
                    table=table.label, a=other.company_a, b=other.company_b),
                    other.meeting_id)
        self.swap_button.setEnabled(self.swap_combo.count() > 0)

    def _slot(self, slot_id: int) -> FloorSlot | None:
        return next((s for s in self.model.slots if s.id == slot_id), None)

    # -- actions ------------------------------------------------------------------------
    def _side(self, side: int) -> int | None:
        if self.cell is None:
            return None
        return self.cell.participant_a_id if side == 0 else self.cell.participant_b_id

    def _did_not_come(self, side: int) -> None:
        person = self._side(side)
        if self.cell and self.cell.meeting_id and person:
            self.actions_.partner_did_not_come(self.cell.meeting_id, person)

    def _no_show(self, side: int) -> None:
        person = self._side(side)
        if person:
            self.actions_.participant_no_show(person)

    def _cancel(self) -> None:
        if self.cell and self.cell.meeting_id:
            self.actions_.cancel_meeting(self.cell.meeting_id)

    def _toggle_lock(self) -> None:
        if self.cell and self.cell.meeting_id:
            self.actions_.set_locked(self.cell.meeting_id, not self.cell.locked)

    def _move(self) -> None:
        target = self.move_combo.currentData()
        if self.cell and self.cell.meeting_id and target is not None:
            self.actions_.move_meeting(self.cell.meeting_id, self.cell.slot_id, int(target))

    def _swap(self) -> None:
        other = self.swap_combo.currentData()
        if self.cell and self.cell.meeting_id and other is not None:
            self.actions_.swap_meetings(self.cell.meeting_id, int(other))

    def _toggle_service(self) -> None:
        if self.cell is None:
            return
        table = next((t for t in self.model.tables if t.id == self.cell.table_id), None)
        if table is not None:
            self.actions_.set_table_in_service(table.id, not table.active)
