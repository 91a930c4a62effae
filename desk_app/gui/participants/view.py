"""Participants: the whole list with status and meetings today, an accent-blind
filter, and for the selected person their agenda, contact details (editable), check
in, mark absent, print agenda / badge."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.db.models import Event, Participant
from desk_app.gui.participants.details import ParticipantDetails
from desk_app.gui.participants.model import (
    ParticipantRow,
    ParticipantTableModel,
    read_meeting_counts,
    read_participant_rows,
)
from desk_app.gui.reception.printing_actions import PrintActions
from desk_app.gui.state import DeskState
from desk_app.services.agenda import participant_agenda
from desk_app.services.changes import ChangeSummary
from desk_app.services.checkin import check_in_participant
from desk_app.services.participants import fold
from desk_app.services.registration import update_contact

FILTERS = ("all", "checked_in", "expected", "absent", "walk_in")


class ParticipantFilter(QSortFilterProxyModel):
    """Every word of the query somewhere in company / name / e-mail / id (accents and
    case ignored), and the chosen status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.status = "all"
        self.setSortRole(ParticipantTableModel.SORT_ROLE)

    def set_query(self, text: str) -> None:
        self.words = fold(text).split()
        self.invalidate()

    def set_status(self, status: str) -> None:
        self.status = status
        self.invalidate()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ParticipantTableModel)
        row = model.rows[source_row]
        if self.status == "walk_in" and not row.walk_in:
            return False
        if self.status not in ("all", "walk_in") and row.status != self.status:
            return False
        haystack = row.folded
        return all(word in haystack for word in self.words)


class ParticipantsView(QWidget):
    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._loaded = False
        self.model = ParticipantTableModel(
            ["status", "company", "name", "meetings", "id"], self)
        self.proxy = ParticipantFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_field = QLineEdit(self)
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self.proxy.set_query)
        self.filter_field.textChanged.connect(lambda _text: self._update_count())
        self.status_filter = QComboBox(self)
        for key in FILTERS:
            self.status_filter.addItem("", key)
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 215), (2, 180), (3, 100), (4, 70)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_details(current))

        self.printing = PrintActions(state, self)
        self.details = ParticipantDetails(self)
        self.details.save_requested.connect(self.save_contact)
        self.details.check_in_requested.connect(self.check_in_selected)
        self.details.absent_requested.connect(self.mark_selected_absent)
        self.details.print_agenda_requested.connect(self.printing.print_agenda)
        self.details.print_badge_requested.connect(self.printing.print_badge)
        self.details.set_printing(self.printing.can_print_agenda,
                                  self.printing.can_print_badge)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_field, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.count_label)
        left = QVBoxLayout()
        left.addLayout(bar)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(20)
        layout.addLayout(left, 3)
        layout.addWidget(self.details, 2)
        state.operation_did_execute.connect(self._on_change)
        self.retranslate()

    # -- loading ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        selected = self.selected_row()
        self.model.set_rows(self.state.read(
            lambda s: read_participant_rows(s, self.state.event_id)))
        self._loaded = True
        self._update_count()
        if selected is None or not self.select_participant(selected.id):
            first = self.proxy.index(0, 0)
            if first.isValid():
                self.table.setCurrentIndex(first)
            else:
                self.details.show_row(None, [])

    def _on_change(self, summary: ChangeSummary, origin: object) -> None:
        if not self._loaded:
            return
        if summary.everything:
            self.reload()
            return
        if summary.participants:
            known = [pid for pid in summary.participants
                     if self.model.position_of(pid) is not None]
            if len(known) < len(summary.participants):
                self.reload()  # someone new (a walk-in registered at another desk)
                return
            self.model.update_rows(self.state.read(
                lambda s: read_participant_rows(s, self.state.event_id, known)))
        if summary.meetings or summary.cells:
            # Any booking, move, cancel or no-show changes meeting counts, of people the
            # summary may not name: recount all (one grouped query) and repaint the rows
            # whose count differs.
            counts = self.state.read(lambda s: read_meeting_counts(s, self.state.event_id))
            self.model.update_rows([
                replace(row, meetings=counts.get(row.id, 0)) for row in self.model.rows
                if row.meetings != counts.get(row.id, 0)])
        if not (summary.participants or summary.meetings or summary.cells):
            return
        self._update_count()
        current = self.selected_row()
        if current is not None:
            self._show_details(self.table.currentIndex(), keep_form=True)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total}").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def _status_filter_changed(self, index: int) -> None:
        self.proxy.set_status(str(self.status_filter.itemData(index)))
        self._update_count()

    # -- selection --------------------------------------------------------------------
    def selected_row(self) -> ParticipantRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def select_participant(self, participant_id: int) -> bool:
        position = self.model.position_of(participant_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _show_details(self, index: QModelIndex, *, keep_form: bool = False) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None
        if row is None:
            self.details.show_row(None, [])
            return
        agenda = self.state.read(lambda s: participant_agenda(s, row.id))
        self.details.show_row(row, agenda, keep_form=keep_form)

    # -- actions ----------------------------------------------------------------------
    def save_contact(self, fields: dict[str, str]) -> None:
        row = self.selected_row()
        if row is None:
            return
        desk = self.state.desk
        summary = self.state.perform(
            lambda s, e: update_contact(s, e, row.id, expected_version=row.version,
                                        desk=desk, **fields), origin=self)
        if summary is not None:
            self.details.say(self.tr("Saved."))

    def check_in_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        desk = self.state.desk

        def check_in(session: Session, event: Event) -> object:
            person = session.get_one(Participant, row.id)
            return check_in_participant(session, event, person, desk=desk, source="manual")

        result = self.state.perform(check_in, origin=self)
        message = getattr(result, "message", "")
        if message:
            self.details.say(message)

    def mark_selected_absent(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Mark absent"),
            self.tr("Mark {company} absent? Their meetings in rounds that have not started "
                    "are cancelled and their partners freed. Undo is possible from the "
                    "floor view.").format(company=row.company))
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Imported here: the on-day package pulls in the solver (OR-tools), which would
        # add about a second to the window's start-up.
        from desk_app.ondesk.noshow import mark_no_show

        desk = self.state.desk
        result = self.state.perform(
            lambda s, e: mark_no_show(s, e, row.id, desk=desk), origin=self)
        if result is not None:
            self.details.say(result.message)

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter_field.setPlaceholderText(
            self.tr("Filter by company, name, e-mail or id (accents ignored)"))
        names = {"all": self.tr("Everybody"), "checked_in": self.tr("✔ Here"),
                 "expected": self.tr("○ Expected"), "absent": self.tr("✖ Absent"),
                 "walk_in": self.tr("Walk-ins")}
        for i, key in enumerate(FILTERS):
            self.status_filter.setItemText(i, names[key])
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
