"""Reception: the big scan field, the result card, Find + manual check-in, walk-ins,
undo the last check-in.

USB scanners are keyboards that type the code and press Enter, so the scan field gets
focus back after every result, click and dialog: buttons never take focus, and focus
that falls on nothing returns to the field. Only the Find box may hold focus (someone
is typing a name); Enter there checks in the highlighted person and Esc goes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.db.models import Event, Participant
from desk_app.gui import theme
from desk_app.gui.participants.model import ParticipantTableModel, search_participant_rows
from desk_app.gui.reception import messages
from desk_app.gui.reception.camera import CameraScanDialog, camera_available
from desk_app.gui.reception.card import CardContent, ResultCard
from desk_app.gui.reception.day import todays_meetings
from desk_app.gui.reception.printing_actions import PrintActions
from desk_app.gui.reception.walk_in_dialog import WalkInDialog, WalkInForm
from desk_app.gui.state import DeskState
from desk_app.services.agenda import AgendaLine
from desk_app.services.changes import ChangeSummary
from desk_app.services.checkin import (
    CheckInOutcome,
    CheckInResult,
    check_in_by_code,
    check_in_participant,
    undo_check_in,
)
from desk_app.services.registration import RegistrationResult, register_participant

RECENT_LIMIT = 8


@dataclass(frozen=True)
class CheckInWithAgenda:
    """A check-in and the person's day, read in the same transaction (one round trip
    between the Enter key and the card)."""

    result: CheckInResult
    agenda: tuple[AgendaLine, ...]

    @property
    def summary(self) -> ChangeSummary:
        return self.result.summary


def _with_agenda(session: Session, result: CheckInResult) -> CheckInWithAgenda:
    agenda: tuple[AgendaLine, ...] = ()
    if result.participant_id is not None:
        agenda = tuple(todays_meetings(session, result.participant_id))
    return CheckInWithAgenda(result, agenda)


class ReceptionView(QWidget):
    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        # (participant id, company) of this window's last successful check-in.
        self.last_check_in: tuple[int, str] | None = None
        self._shown: CheckInWithAgenda | None = None  # what the card shows, for language
        self._card_builder = messages.idle_card

        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("ScanField")
        self.scan_field.returnPressed.connect(self._scan_entered)
        self.card = ResultCard(self)
        self.printing = PrintActions(state, self)
        self.print_agenda_button = QPushButton(self)
        self.print_agenda_button.clicked.connect(self._print_card_agenda)
        self.print_badge_button = QPushButton(self)
        self.print_badge_button.clicked.connect(self._print_card_badge)
        self.card.add_action(self.print_agenda_button)
        self.card.add_action(self.print_badge_button)

        # This window's last results, newest first: what the person at the desk just
        # did (and what Undo would take back), readable at a glance.
        self.recent_title = QLabel(self)
        self.recent_title.setProperty("role", "section")
        self.recent = QListWidget(self)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setMinimumHeight(120)

        self.find_title = QLabel(self)
        self.find_title.setProperty("role", "section")
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("SearchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.run_search)
        self.search_field.returnPressed.connect(self.check_in_selected)
        self.search_field.installEventFilter(self)
        self.results_model = ParticipantTableModel(["status", "company", "name"], self)
        self.results = QTableView(self)
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.verticalHeader().hide()
        self.results.setAlternatingRowColors(True)
        self.results.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.results.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.check_in_button = QPushButton(self)
        self.check_in_button.setProperty("role", "primary")
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.walk_in_button = QPushButton(self)
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.undo_button = QPushButton(self)
        self.undo_button.setProperty("role", "danger")
        self.undo_button.clicked.connect(self.undo_last_check_in)
        # Only where Qt Multimedia and a camera exist; otherwise no button at all.
        self.camera_button: QPushButton | None = None
        if camera_available():
            self.camera_button = QPushButton(self)
            self.camera_button.clicked.connect(self.scan_with_camera)
        for button in (self.check_in_button, self.walk_in_button, self.undo_button,
                       self.camera_button):
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setMinimumHeight(38)

        self._build_layout()
        self._add_shortcuts()
        state.operation_did_execute.connect(self._on_change)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()
        self._update_buttons()

    # -- layout -----------------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.setSpacing(16)
        self.scan_hint = QLabel(self)
        self.scan_hint.setProperty("role", "section")
        left.addWidget(self.scan_hint)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        if self.camera_button is not None:
            scan_row.addWidget(self.camera_button)
        left.addLayout(scan_row)
        left.addWidget(self.card, 3)
        left.addWidget(self.recent_title)
        left.addWidget(self.recent, 1)

        side = QFrame(self)
        side.setProperty("role", "panel")
        right = QVBoxLayout(side)
        right.setContentsMargins(16, 16, 16, 16)
        right.setSpacing(10)
        right.addWidget(self.find_title)
        right.addWidget(self.search_field)
        right.addWidget(self.results, 1)
        right.addWidget(self.check_in_button)
        self.more_title = QLabel(self)
        self.more_title.setProperty("role", "section")
        right.addSpacing(8)
        right.addWidget(self.more_title)
        row = QHBoxLayout()
        row.addWidget(self.walk_in_button)
        row.addWidget(self.undo_button)
        right.addLayout(row)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(24)
        layout.addLayout(left, 3)
        layout.addWidget(side, 2)

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_search),
                           ("Ctrl+Z", self.undo_last_check_in),
                           ("Ctrl+N", self.register_walk_in),
                           ("Ctrl+P", self._print_card_agenda)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- focus ------------------------------------------------------------------------
    def refocus_scan(self) -> None:
        if not self.isVisible() or QApplication.activeModalWidget() is not None:
            return
        window = self.window()
        if not window.isActiveWindow():
            # After a dialog closes some platforms leave no window active, and a field
            # in an inactive window does not get the scanner's keystrokes.
            window.activateWindow()
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Focus that lands on nothing (a click on a label, a closed popup) goes back to
        # the scan field, so the next scan is never typed into nowhere.
        if new is None and self.isVisible() and self.window().isActiveWindow():
            QTimer.singleShot(0, self.refocus_scan)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.refocus_scan)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.search_field.clear()
                self.refocus_scan()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    # -- scanning and checking in -----------------------------------------------------
    def _scan_entered(self) -> None:
        raw = self.scan_field.text()
        self.scan_field.clear()
        self.check_in_code(raw)

    def check_in_code(self, raw: str) -> None:
        """The scan path (USB scanner, typed code, camera)."""
        if not raw.strip():
            return  # a stray Enter: keep the last card
        desk = self.state.desk
        outcome = self.state.perform(
            lambda s, e: _with_agenda(s, check_in_by_code(s, e, raw, desk=desk)),
            origin=self)
        if outcome is not None:
            self.show_check_in(outcome)
        self.refocus_scan()

    def check_in_selected(self) -> None:
        index = self.results.currentIndex()
        row = self.results_model.row_at(index) if index.isValid() else None
        if row is None:
            if self.results_model.rows:
                row = self.results_model.rows[0]
            else:
                return
        desk = self.state.desk

        def check_in(session: Session, event: Event) -> CheckInWithAgenda:
            person = session.get_one(Participant, row.id)
            return _with_agenda(session, check_in_participant(session, event, person,
                                                              desk=desk, source="manual"))

        outcome = self.state.perform(check_in, origin=self)
        if outcome is not None:
            self.show_check_in(outcome)
        self.search_field.clear()
        self.refocus_scan()

    def show_check_in(self, outcome: CheckInWithAgenda) -> None:
        result = outcome.result
        if result.outcome is CheckInOutcome.CHECKED_IN and result.participant_id is not None:
            self.last_check_in = (result.participant_id, result.company)
        self._add_recent(result)
        self._shown = outcome
        self._card_builder = lambda: messages.card_for_check_in(result, outcome.agenda)
        self._show_card()
        self._update_buttons()

    def _add_recent(self, result: CheckInResult) -> None:
        icon = {CheckInOutcome.CHECKED_IN: "✔", CheckInOutcome.ALREADY: "⚠",
                CheckInOutcome.REFUSED: "✖"}[result.outcome]
        who = " — ".join(p for p in (result.company, result.name) if p)
        if result.outcome is CheckInOutcome.REFUSED:
            who = self.tr("refused code (nothing recorded)")
        elif result.outcome is CheckInOutcome.ALREADY:
            who += "  " + self.tr("(already here)")
        item = QListWidgetItem(f"{self.state.now():%H:%M}   {icon}  {who}")
        colour = {CheckInOutcome.CHECKED_IN: theme.OK_FG,
                  CheckInOutcome.ALREADY: theme.WARN_FG,
                  CheckInOutcome.REFUSED: theme.ERROR_FG}[result.outcome]
        item.setForeground(QColor(colour))
        self.recent.insertItem(0, item)
        while self.recent.count() > RECENT_LIMIT:
            self.recent.takeItem(self.recent.count() - 1)

    def _show_card(self) -> None:
        content = self._card_builder()
        self.card.show_content(content)
        has_person = content.participant_id is not None
        self.print_agenda_button.setVisible(has_person and self.printing.can_print_agenda)
        self.print_badge_button.setVisible(has_person and self.printing.can_print_badge)

    def show_message(self, kind: str, title: str, message: str = "",
                     participant_id: int | None = None) -> None:
        self._card_builder = lambda: CardContent(kind=kind, title=title, message=message,
                                                 participant_id=participant_id)
        self._show_card()

    def undo_last_check_in(self) -> None:
        if self.last_check_in is None:
            return
        participant_id, company = self.last_check_in
        desk = self.state.desk
        done = self.state.perform(
            lambda s, e: undo_check_in(s, e, participant_id, desk=desk), origin=self)
        if done is not None:
            self.last_check_in = None
            self.show_message(
                "info", self.tr("Check-in taken back"),
                self.tr("{company} is no longer counted as here. Their badge can be "
                        "scanned again.").format(company=company))
        self._update_buttons()
        self.refocus_scan()

    def scan_with_camera(self) -> None:
        dialog = CameraScanDialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        code = dialog.code
        dialog.deleteLater()
        if accepted and code:
            self.check_in_code(code)
        self.refocus_scan()

    # -- walk-ins ---------------------------------------------------------------------
    def register_walk_in(self) -> None:
        dialog = WalkInDialog(self, company=self.search_field.text().strip())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        form = dialog.form_values()
        dialog.deleteLater()
        if accepted:
            self._register(form)
        self.refocus_scan()

    def _register(self, form: WalkInForm) -> None:
        desk = self.state.desk
        result: RegistrationResult | None = self.state.perform(
            lambda s, e: register_participant(
                s, e, form.company, form.contact_name, form.email, phone=form.phone,
                country=form.country, check_in=form.check_in, desk=desk),
            origin=self)
        if result is None:
            return
        if result.checked_in:
            self.last_check_in = (result.participant_id, result.company)
        title = (self.tr("Registered and checked in") if result.checked_in
                 else self.tr("Registered"))
        self.show_message(
            "ok", title,
            self.tr("{company} ({name}) has the participant number {ext_id}. Print the "
                    "badge now.").format(company=result.company, name=result.contact_name
                                         or "–", ext_id=result.ext_id),
            participant_id=result.participant_id)
        self.search_field.clear()
        self._update_buttons()

    # -- printing ---------------------------------------------------------------------
    def _print_card_agenda(self) -> None:
        participant_id = self.card.content.participant_id
        if participant_id is not None:
            self.printing.print_agenda(participant_id)
        self.refocus_scan()

    def _print_card_badge(self) -> None:
        participant_id = self.card.content.participant_id
        if participant_id is not None:
            self.printing.print_badge(participant_id)
        self.refocus_scan()

    # -- search -----------------------------------------------------------------------
    def run_search(self, text: str | None = None) -> None:
        query = self.search_field.text() if text is None else text
        rows = self.state.read(lambda s: search_participant_rows(s, self.state.event_id,
                                                                 query, limit=40))
        self.results_model.set_rows(rows)
        if rows:
            self.results.selectRow(0)
        self._update_buttons()

    def _move_selection(self, step: int) -> None:
        count = self.results_model.rowCount()
        if count == 0:
            return
        current = self.results.currentIndex().row()
        self.results.selectRow(max(0, min(count - 1, current + step)))

    def _on_change(self, summary: ChangeSummary, origin: object) -> None:
        if not self.search_field.text().strip():
            return
        shown = {row.id for row in self.results_model.rows}
        if summary.everything or summary.participants & shown:
            selected = self.results.currentIndex().row()
            self.run_search()
            if 0 <= selected < self.results_model.rowCount():
                self.results.selectRow(selected)

    def _update_buttons(self) -> None:
        self.check_in_button.setEnabled(bool(self.results_model.rows))
        self.undo_button.setEnabled(self.last_check_in is not None)
        self.undo_button.setToolTip(
            self.tr("Take back the check-in of {company}").format(
                company=self.last_check_in[1]) if self.last_check_in else "")

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.scan_hint.setText(self.tr("SCAN A BADGE"))
        self.recent_title.setText(self.tr("LAST SCANS AT THIS DESK"))
        self.scan_field.setPlaceholderText(self.tr("Scan a badge or type its code, then "
                                                   "Enter"))
        self.find_title.setText(self.tr("NO BADGE? FIND BY NAME OR COMPANY (CTRL+F)"))
        self.search_field.setPlaceholderText(self.tr("e.g. societe generale"))
        self.check_in_button.setText(self.tr("✔ Check in (Enter)"))
        self.more_title.setText(self.tr("NOT ON THE LIST, OR A MISTAKE?"))
        self.walk_in_button.setText(self.tr("+ Register walk-in (Ctrl+N)"))
        self.undo_button.setText(self.tr("↶ Undo last check-in (Ctrl+Z)"))
        self.print_agenda_button.setText(self.tr("Print agenda (Ctrl+P)"))
        self.print_badge_button.setText(self.tr("Print badge"))
        if self.camera_button is not None:
            self.camera_button.setText(self.tr("Camera"))
        self.results_model.retranslate()
        self._show_card()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shown_results(self) -> Sequence[str]:
        """Companies in the Find list (for tests and the screenshot)."""
        return [row.company for row in self.results_model.rows]
