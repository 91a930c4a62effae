"""Reception: the big scan field, the result card, Find + manual check-in, walk-ins,
undo the last check-in.

USB scanners are keyboards that type the code and press Enter, so the scan field gets
focus back after every result, click and dialog: buttons never take focus, and focus
that falls on nothing returns to the field. Only the Find box may hold focus (someone
is typing a name); Enter there checks in the highlighted person and Esc goes back.

With several desks on a server, scans go through the window's
:class:`~desk_app.gui.offline_desk.OfflineDesk`, which answers from the desk's local
copy while the server is unreachable; on a single SQLite file they go straight to the
database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desk_app.clock import event_now
from desk_app.db.models import Event, Participant
from desk_app.gui.header import EventClock
from desk_app.gui.offline_desk import OfflineDesk
from desk_app.gui.reception import messages
from desk_app.gui.reception.camera import (
    CameraScanDialog,
    camera_available,
    camera_missing_reason,
)
from desk_app.gui.reception.card import CardContent, RecentScans, ResultCard
from desk_app.gui.reception.find_panel import FindPanel
from desk_app.gui.reception.printing_actions import PrintActions
from desk_app.gui.reception.walk_in_dialog import WalkInDialog, WalkInForm
from desk_app.gui.state import DeskState
from desk_app.services.agenda import AgendaLine, participant_agenda
from desk_app.services.changes import ChangeSummary
from desk_app.services.checkin import (
    CheckInOutcome,
    CheckInResult,
    check_in_by_code,
    check_in_participant,
    undo_check_in,
)
from desk_app.services.registration import RegistrationResult, register_participant
from desk_app.sync.outage import is_unreachable

RECENT_LIMIT = 8


@dataclass(frozen=True)
class CheckInWithAgenda:
    """A check-in and the person's day, read in the same transaction (one round trip
    between the Enter key and the card)."""

    result: CheckInResult
    agenda: tuple[AgendaLine, ...]
    # Answered from the desk's local copy (server unreachable): no agenda to show, and
    # a green one is queued on this desk until the server is back.
    offline: bool = False

    @property
    def summary(self) -> ChangeSummary:
        return self.result.summary


def _with_agenda(session: Session, result: CheckInResult) -> CheckInWithAgenda:
    agenda: tuple[AgendaLine, ...] = ()
    if result.participant_id is not None:
        agenda = tuple(participant_agenda(session, result.participant_id))
    return CheckInWithAgenda(result, agenda)


def _event_clock(session: Session, event_id: int) -> EventClock:
    event = session.get_one(Event, event_id)
    return EventClock(event.timezone, event.simulated_now)


class ReceptionView(QWidget):
    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        # (participant id, company) of this window's last successful check-in.
        self.last_check_in: tuple[int, str] | None = None
        self._card_builder = messages.idle_card
        # The event's clock without a query per scan (a scan is one transaction only).
        self._clock = state.read(lambda s: _event_clock(s, state.event_id))

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

        self.recent_title = QLabel(self)
        self.recent_title.setProperty("role", "section")
        self.recent = RecentScans(self)

        self.find_panel = FindPanel(state, self)
        self.find_panel.check_in_requested.connect(self.check_in_participant)
        self.find_panel.leave_requested.connect(self.refocus_scan)
        self.find_panel.walk_in_button.clicked.connect(self.register_walk_in)
        self.find_panel.undo_button.clicked.connect(self.undo_last_check_in)
        # Short names for what tests and the screenshot drive.
        self.search_field = self.find_panel.search_field
        self.results = self.find_panel.results
        self.undo_button = self.find_panel.undo_button
        self.walk_in_button = self.find_panel.walk_in_button
        # Only where Qt Multimedia and a camera exist; otherwise no button at all.
        self.camera_button: QPushButton | None = None
        if not camera_available():  # say how to get the camera button
            self.scan_field.setToolTip(camera_missing_reason())
        else:
            self.camera_button = QPushButton(self)
            self.camera_button.clicked.connect(self.scan_with_camera)
            self.camera_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.camera_button.setMinimumHeight(38)

        self._build_layout()
        self._add_shortcuts()
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

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(24)
        layout.addLayout(left, 3)
        layout.addWidget(self.find_panel, 2)

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
            QTimer.singleShot(0, self, self.refocus_scan)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.refocus_scan)

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
        offline_desk = self.state.offline_desk
        if offline_desk is not None:
            outcome = self._check_in_through(offline_desk, raw)
        else:
            outcome = self.state.perform(
                lambda s, e: _with_agenda(s, check_in_by_code(s, e, raw, desk=desk)),
                origin=self)
        if outcome is not None:
            self.show_check_in(outcome)
        self.refocus_scan()

    def _check_in_through(self, offline_desk: OfflineDesk,
                          raw: str) -> CheckInWithAgenda | None:
        answer = offline_desk.check_in(raw)
        if answer is None:
            return None
        result = answer.result
        if answer.queued or not offline_desk.resilient.online:
            return CheckInWithAgenda(result, (), offline=True)
        self.state.announce(result.summary, origin=self)
        if result.participant_id is None:
            return CheckInWithAgenda(result, ())
        try:
            return self.state.read(lambda s: _with_agenda(s, result))
        except OperationalError as exc:  # the server went away right after the commit
            if not is_unreachable(exc):
                raise
            self.state.unreachable(exc)
            return CheckInWithAgenda(result, (), offline=True)

    def check_in_participant(self, participant_id: int) -> None:
        desk = self.state.desk

        def check_in(session: Session, event: Event) -> CheckInWithAgenda:
            person = session.get_one(Participant, participant_id)
            return _with_agenda(session, check_in_participant(session, event, person,
                                                              desk=desk, source="manual"))

        outcome = self.state.perform(check_in, origin=self)
        if outcome is not None:
            self.show_check_in(outcome)
        self.search_field.clear()
        self.refocus_scan()

    def show_check_in(self, outcome: CheckInWithAgenda) -> None:
        result = outcome.result
        # A check-in queued offline cannot be taken back before it reached the server.
        if result.outcome is CheckInOutcome.CHECKED_IN and result.participant_id is not None:
            self.last_check_in = (None if outcome.offline
                                  else (result.participant_id, result.company))
        self._add_recent(result)
        self._card_builder = lambda: messages.card_for_check_in(
            result, outcome.agenda, offline=outcome.offline)
        self._show_card()
        self._update_buttons()

    def _add_recent(self, result: CheckInResult) -> None:
        who = " — ".join(p for p in (result.company, result.name) if p)
        if result.outcome is CheckInOutcome.REFUSED:
            who = self.tr("refused code (nothing recorded)")
        elif result.outcome is CheckInOutcome.ALREADY:
            who += "  " + self.tr("(already here)")
        kind = {CheckInOutcome.CHECKED_IN: "ok", CheckInOutcome.ALREADY: "warn",
                CheckInOutcome.REFUSED: "error"}[result.outcome]
        self.recent.add(kind, f"{event_now(self._clock):%H:%M}   {who}")

    def _show_card(self) -> None:
        content = self._card_builder()
        self.card.show_content(content)
        has_person = content.participant_id is not None
        self.print_agenda_button.setVisible(has_person and self.printing.can_print_agenda)
        self.print_badge_button.setVisible(has_person and self.printing.can_print_badge)

    def show_card(self, build: Callable[[], CardContent]) -> None:
        """Show a card; ``build`` is called again when the language changes, so it
        should translate its texts itself."""
        self._card_builder = build
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
            self.show_card(lambda: CardContent(
                kind="info", title=self.tr("Check-in taken back"),
                message=self.tr("{company} is no longer counted as here. Their badge can "
                                "be scanned again.").format(company=company)))
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
        self.show_card(lambda: CardContent(
            kind="ok",
            title=(self.tr("Registered and checked in") if result.checked_in
                   else self.tr("Registered")),
            message=self.tr("{company} ({name}) has the participant number {ext_id}. Print "
                            "the badge now.").format(
                company=result.company, name=result.contact_name or "–",
                ext_id=result.ext_id),
            participant_id=result.participant_id))
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

    def _update_buttons(self) -> None:
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
        self.print_agenda_button.setText(self.tr("Print agenda (Ctrl+P)"))
        self.print_badge_button.setText(self.tr("Print badge"))
        if self.camera_button is not None:
            self.camera_button.setText(self.tr("Camera"))
        self._show_card()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shown_results(self) -> Sequence[str]:
        """Companies in the Find list (for tests and the screenshot)."""
        return self.find_panel.shown_results()
