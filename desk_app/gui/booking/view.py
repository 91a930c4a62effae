"""Same-day bookings: pick A, pick B, read the answer, press Enter.

The fast path ("both free at 14:40, table 12") is asked on the GUI thread: it is a few
milliseconds. Only when nothing is free for both does a repair search run, in a
worker thread, while the card shows progress and a Cancel button; its proposal (the
meetings that move and whose agendas must be reprinted) is booked only on Accept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.db.models import Event
from desk_app.errors import DeskError
from desk_app.gui import theme
from desk_app.gui.booking.answer import AnswerCard, service_sentence
from desk_app.gui.booking.day_compare import DayCompare, load_pair_day
from desk_app.gui.booking.picker import ParticipantPicker
from desk_app.gui.booking.reference import BookingReference, load_reference
from desk_app.gui.booking.waitlist import WaitlistPanel
from desk_app.gui.state import DeskState
from desk_app.gui.workers import Job, JobControl
from desk_app.services.changes import ChangeSummary

if TYPE_CHECKING:
    from desk_app.ondesk.booking import BookingProposal, BookingResult

# desk_app.ondesk.booking's ProposalKind values (a StrEnum). The on-day services are
# imported on first use, in the background at construction: they pull in OR-tools,
# whose import takes seconds.
FAST, RESOLVE, IMPOSSIBLE = "fast", "resolve", "impossible"

# A repair gets this long per try (the service tries twice, wider the second time).
REPAIR_TIME_LIMIT_S = 1.0
WAITLIST_REFRESH_MS = 400


class BookingView(QWidget):
    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BookingView")
        self.state = state
        self.proposal: BookingProposal | None = None
        self.last_result: BookingResult | None = None
        self.job: Job | None = None
        self._generation = 0  # answers for an older pair are dropped
        self.ref = BookingReference()
        self._reference_stale = False
        self._waitlist_stale = False

        self.title = QLabel()
        self.title.setFont(theme.font(18, bold=True))
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.label_a = QLabel()
        self.label_b = QLabel()
        for label in (self.label_a, self.label_b):
            label.setFont(theme.font(13, bold=True))
        self.picker_a = ParticipantPicker()
        self.picker_b = ParticipantPicker()
        for picker in (self.picker_a, self.picker_b):
            picker.setFont(theme.font(16))
            picker.setMinimumHeight(48)
        self.clear_button = QPushButton()
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answer = AnswerCard()
        self.day = DayCompare()
        self.day.hide()
        self.waitlist = WaitlistPanel(state, origin=self)

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addWidget(self.label_a, 0, 0)
        form.addWidget(self.picker_a, 0, 1)
        form.addWidget(self.label_b, 1, 0)
        form.addWidget(self.picker_b, 1, 1)
        form.addWidget(self.clear_button, 1, 2)
        form.setColumnStretch(1, 1)
        main = QVBoxLayout()
        main.setSpacing(14)
        main.addWidget(self.title)
        main.addWidget(self.hint)
        main.addLayout(form)
        main.addWidget(self.answer)
        main.addWidget(self.day, 1)
        main.addStretch(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(18)
        layout.addLayout(main, 3)
        layout.addWidget(self.waitlist, 2)

        self.picker_a.picked.connect(self._picked_a)
        self.picker_b.picked.connect(self._picked_b)
        self.picker_a.confirmed.connect(self._enter)
        self.picker_b.confirmed.connect(self._enter)
        self.clear_button.clicked.connect(self.clear)
        self.answer.book_clicked.connect(self.book)
        self.answer.reject_clicked.connect(self.reject)
        self.answer.waitlist_clicked.connect(self.put_on_waitlist)
        self.answer.cancel_clicked.connect(self.cancel_search)
        self.waitlist.booked.connect(self._booked)
        state.operation_did_execute.connect(self.on_change)
        self._waitlist_timer = QTimer(self)
        self._waitlist_timer.setSingleShot(True)
        self._waitlist_timer.setInterval(WAITLIST_REFRESH_MS)
        self._waitlist_timer.timeout.connect(self.refresh_waitlist)

        self._load_reference()
        self.retranslate()
        self.waitlist.load_in_background()

    # -- texts --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Walk-in booking"))
        self.hint.setText(self.tr(
            "Type part of a name or company (accents and capitals do not matter) or scan "
            "a badge, for each of the two. The answer appears at once; Enter books it."))
        self.label_a.setText(self.tr("Participant A"))
        self.label_b.setText(self.tr("Participant B"))
        self.picker_a.setPlaceholderText(self.tr("Who asks? Name, company or badge"))
        self.picker_b.setPlaceholderText(self.tr("Whom do they want to meet?"))
        self.clear_button.setText(self.tr("Clear"))
        self.waitlist.retranslate()
        self._show_current()

    # -- reference data -----------------------------------------------------------------
    def _load_reference(self) -> None:
        self.ref = self.state.read(lambda s: load_reference(s, self.state.event_id))
        self.picker_a.set_directory(self.ref.directory)
        self.picker_b.set_directory(self.ref.directory)

    def on_change(self, summary: ChangeSummary, origin: object) -> None:
        if summary.everything or summary.tables or summary.participants:
            self._reference_stale = True
        if summary.everything or summary.requests or summary.cells or summary.meetings:
            self._waitlist_stale = True
        if not self.isVisible():
            return  # caught up in showEvent: no reading for a view nobody looks at
        self._catch_up()
        # Another desk changed the floor under a bookable answer: ask again, so Enter
        # never books a place that was just taken (impossible answers stay as they are:
        # re-running their search on every change would keep the worker busy).
        if (origin is not self and self.proposal is not None and self.job is None
                and self.proposal.kind != IMPOSSIBLE
                and (summary.everything or summary.cells or summary.meetings)):
            self.propose()

    def _catch_up(self) -> None:
        if self._reference_stale:
            self._reference_stale = False
            self._load_reference()
        if self._waitlist_stale:
            self._waitlist_stale = False
            self._waitlist_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._catch_up()

    def refresh_waitlist(self) -> None:
        self.waitlist.refresh()

    # -- picking ------------------------------------------------------------------------
    def set_pair(self, a_id: int, b_id: int) -> None:
        """Pick both participants (as typing and Enter would) and ask at once."""
        self.picker_a.pick(a_id)
        self.picker_b.pick(b_id)

    def _picked_a(self, participant_id: int | None) -> None:
        self.last_result = None
        if participant_id is not None and self.picker_b.participant_id is None:
            self.picker_b.setFocus()
        self.propose()

    def _picked_b(self, _participant_id: int | None) -> None:
        self.last_result = None
        self.propose()

    def clear(self) -> None:
        self._generation += 1
        self.cancel_search()
        self.proposal = None
        self.picker_a.clear_pick()
        self.picker_b.clear_pick()
        self.picker_a.setFocus()
        self._show_current()

    # -- asking -------------------------------------------------------------------------
    def propose(self) -> None:
        """Ask the fast path now; start the repair search in a worker if needed."""
        self._generation += 1
        self.cancel_search()
        self.proposal = None
        self.day.hide()
        a, b = self.picker_a.participant_id, self.picker_b.participant_id
        if a is None or b is None:
            self._show_current()
            return
        if a == b:
            self.answer.show_answer("impossible", self.tr("Pick two different participants"),
                                    self.tr("A participant cannot meet themselves."))
            return
        from desk_app.ondesk.booking import propose_walk_in

        try:
            fast = self.state.read(lambda s: propose_walk_in(
                s, s.get_one(Event, self.state.event_id), a, b, allow_moves=False))
        except DeskError as exc:
            self.answer.show_answer("impossible", self.tr("Cannot look this up"),
                                    service_sentence(exc.message))
            return
        self.proposal = fast
        if fast.kind == IMPOSSIBLE and fast.can_waitlist:
            self._start_repair(a, b)
        else:
            self._show_current()

    def _start_repair(self, a: int, b: int) -> None:
        generation = self._generation
        db, event_id = self.state.db, self.state.event_id

        def search(control: JobControl) -> BookingProposal:
            # Runs in the worker thread: its own session, no widgets.
            from desk_app.ondesk.booking import propose_walk_in

            control.progress("repair")
            with db.session() as session:
                return propose_walk_in(session, session.get_one(Event, event_id), a, b,
                                       allow_moves=True, time_limit=REPAIR_TIME_LIMIT_S)

        job = Job(search, parent=self)
        job.finished.connect(lambda result: self._repair_done(generation, job, result))
        job.failed.connect(lambda message: self._repair_failed(generation, job, message))
        self.job = job
        self.answer.show_answer(
            "thinking", self.tr("Nothing free for both: looking for room…"),
            self.tr("Trying to move a few unlocked later meetings. You can keep working."),
            cancel=self.tr("Cancel"))
        self._show_day()
        job.start()

    def _repair_done(self, generation: int, job: Job, result: object) -> None:
        if generation != self._generation or job.was_cancelled():
            return
        self.job = None
        if result is not None:
            self.proposal = cast("BookingProposal", result)
        self._show_current()

    def _repair_failed(self, generation: int, job: Job, message: str) -> None:
        if generation != self._generation or job.was_cancelled():
            return
        self.job = None
        self.answer.show_answer("impossible", self.tr("The search failed"), message,
                                waitlist=self.tr("Put on wait list"))

    def cancel_search(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
            if self.proposal is not None:
                self.answer.show_answer("info", self.tr("Search cancelled"),
                                        self.tr("Nothing was changed."),
                                        waitlist=self.tr("Put on wait list"))

    # -- showing ------------------------------------------------------------------------
    def answer_text(self) -> str:
        return self.answer.title.text()

    def _show_day(self) -> None:
        a, b = self.picker_a.participant_id, self.picker_b.participant_id
        if a is None or b is None or a == b:
            self.day.hide()
            return
        now = self.state.now()
        day = self.state.read(lambda s: load_pair_day(s, self.state.event_id, a, b, now))
        highlight = (self.proposal.slot_id if self.proposal is not None
                     and self.proposal.kind != IMPOSSIBLE else None)
        self.day.show_pair(day, self.ref.name(a), self.ref.name(b), highlight)

    def _show_current(self) -> None:
        self._show_day()
        proposal = self.proposal
        if proposal is None:
            if self.last_result is not None and self.last_result.booked:
                time, table = self.ref.where(self.last_result.slot_id,
                                          self.last_result.table_id)
                self.answer.show_answer("booked", self.tr("Booked: {time}, table {table}")
                                        .format(time=time, table=table),
                                        service_sentence(self.last_result.message))
                return
            self.answer.show_answer("idle", self.tr("Pick two participants"),
                                    self.tr("The answer appears here as soon as both "
                                            "are chosen."))
            return
        time, table = self.ref.where(proposal.slot_id, proposal.table_id)
        if proposal.kind == FAST:
            self.answer.show_answer(
                "fast", self.tr("Both free at {time}, table {table}").format(
                    time=time, table=table),
                self.tr("Press Enter to book."), book=self.tr("Book (Enter)"))
        elif proposal.kind == RESOLVE:
            moves = "\n".join(
                "• " + self.tr("{a} – {b}: {t1} table {x1} → {t2} table {x2}").format(
                    a=self.ref.name(mv.participant_ids[0]),
                    b=self.ref.name(mv.participant_ids[1]),
                    t1=self.ref.where(mv.from_slot_id, mv.from_table_id)[0],
                    x1=self.ref.where(mv.from_slot_id, mv.from_table_id)[1],
                    t2=self.ref.where(mv.to_slot_id, mv.to_table_id)[0],
                    x2=self.ref.where(mv.to_slot_id, mv.to_table_id)[1])
                for mv in proposal.moves)
            reprint = ", ".join(sorted(self.ref.name(p)
                                       for p in proposal.affected_participants))
            self.answer.show_answer(
                "resolve", self.tr("Possible at {time}, table {table} if {n} meeting(s) "
                                   "move").format(time=time, table=table,
                                                  n=len(proposal.moves)),
                moves,
                self.tr("Agendas to reprint: {names}").format(names=reprint),
                book=self.tr("Accept"), reject=self.tr("Reject"))
        else:
            reasons = "\n".join(map(service_sentence, proposal.reasons)) or \
                service_sentence(proposal.message)
            self.answer.show_answer(
                "impossible", self.tr("Cannot be booked today"), reasons,
                waitlist=self.tr("Put on wait list") if proposal.can_waitlist else "")

    # -- acting -------------------------------------------------------------------------
    def _enter(self) -> None:
        a, b = self.picker_a.participant_id, self.picker_b.participant_id
        if a is not None and b is None:
            self.picker_b.setFocus()
        elif self.proposal is not None and self.proposal.kind == FAST:
            self.book()

    def book(self) -> None:
        """Book the shown answer (fast path, or an accepted proposal)."""
        proposal = self.proposal
        if proposal is None or proposal.kind == IMPOSSIBLE:
            return
        from desk_app.ondesk.booking import apply_proposal

        result = self.state.perform(
            lambda s, e: apply_proposal(s, e, proposal, desk=self.state.desk), origin=self)
        if result is None:
            # Refused (another desk was quicker, the round started): ask again.
            self.propose()
            return
        self._booked(result)

    def _booked(self, result: BookingResult) -> None:
        self.last_result = result
        self._generation += 1
        self.proposal = None
        for picker in (self.picker_a, self.picker_b):
            picker.blockSignals(True)
            picker.participant_id = None
            picker.clear()
            picker.blockSignals(False)
        self.picker_a.setFocus()
        self._show_current()

    def reject(self) -> None:
        self.proposal = None
        self.answer.show_answer("info", self.tr("Proposal rejected"),
                                self.tr("Nothing was changed."),
                                waitlist=self.tr("Put on wait list"))

    def put_on_waitlist(self) -> None:
        a, b = self.picker_a.participant_id, self.picker_b.participant_id
        if a is None or b is None:
            return
        from desk_app.ondesk.waitlist import add_to_waitlist

        result = self.state.perform(lambda s, e: add_to_waitlist(
            s, e, a, b, desk=self.state.desk), origin=self)
        if result is not None:
            self.proposal = None
            self.answer.show_answer("info", self.tr("On the wait list"),
                                    self.tr("It will be offered as soon as a table frees "
                                            "up for both."))
            self.refresh_waitlist()
