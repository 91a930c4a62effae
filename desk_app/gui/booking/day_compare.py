"""The two participants' remaining rounds side by side, so the desk can see at a glance
why the answer is what it is (and offer another time if the person asks)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Slot
from desk_app.gui import theme
from desk_app.services.agenda import AgendaLine, participant_agenda
from desk_app.services.floor import FloorSlot, first_open_index


@dataclass(frozen=True)
class PairDay:
    rounds: tuple[FloorSlot, ...]  # rounds not started yet, in order
    a: dict[int, AgendaLine]  # slot id -> A's meeting
    b: dict[int, AgendaLine]


def load_pair_day(session: Session, event_id: int, a_id: int, b_id: int,
                  now: dt.datetime) -> PairDay:
    slots = tuple(
        FloorSlot(r.id, r.position, r.code, r.starts_at, r.ends_at)
        for r in session.execute(select(Slot.id, Slot.position, Slot.code, Slot.starts_at,
                                        Slot.ends_at)
                                 .where(Slot.event_id == event_id).order_by(Slot.position)))
    remaining = slots[first_open_index(slots, now):]
    return PairDay(
        remaining,
        {line.slot_id: line for line in participant_agenda(session, a_id)},
        {line.slot_id: line for line in participant_agenda(session, b_id)},
    )


class DayCompare(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def show_pair(self, day: PairDay, name_a: str, name_b: str,
                  highlight_slot_id: int | None) -> None:
        self.heading.setText(self.tr("Their remaining rounds"))
        self.table.setHorizontalHeaderLabels([self.tr("Round"), name_a, name_b])
        self.table.setRowCount(len(day.rounds))
        for row, slot in enumerate(day.rounds):
            highlight = slot.id == highlight_slot_id
            when = QTableWidgetItem(f"{slot.starts_at:%H:%M}")
            when.setFont(theme.font(11, bold=True))
            self.table.setItem(row, 0, when)
            for column, agenda in ((1, day.a), (2, day.b)):
                line = agenda.get(slot.id)
                if line is None:
                    item = QTableWidgetItem(self.tr("○ free"))
                    item.setForeground(QBrush(QColor(theme.OK_FG)))
                else:
                    item = QTableWidgetItem(self.tr("● Table {table} · {partner}").format(
                        table=line.table_label, partner=line.partner_company))
                    item.setForeground(QBrush(QColor(theme.INK_MUTED)))
                self.table.setItem(row, column, item)
            if highlight:
                for column in range(3):
                    cell = self.table.item(row, column)
                    if cell is not None:
                        cell.setBackground(QBrush(QColor(theme.OK_BG)))
                        cell.setFont(theme.font(11, bold=True))
        self.setVisible(bool(day.rounds))
