"""The wait list beside the booking form: pending same-day wishes, and for each one
whether it fits now (when, which table) with a Book button."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Event, VenueTable
from desk_app.errors import DeskError
from desk_app.gui import theme
from desk_app.gui.state import DeskState
from desk_app.gui.workers import Job, JobControl

if TYPE_CHECKING:
    from desk_app.ondesk.booking import BookingProposal


@dataclass(frozen=True)
class WaitingWish:
    request_id: int
    company_a: str
    company_b: str
    fit: BookingProposal | None  # bookable now without moving anyone
    fit_time: dt.datetime | None
    fit_table: str


def load_waitlist(session: Session, event: Event) -> list[WaitingWish]:
    """Every wait-listed wish, those that fit now first, then in the order they arrived."""
    # OR-tools: load on use
    from desk_app.ondesk.waitlist import waiting_pairs, waitlist_candidates

    rows = sorted(waiting_pairs(session, event), key=lambda w: (w.created_at, w.request_id))
    if not rows:
        return []
    fits = {p.request_id: p for p in waitlist_candidates(session, event, limit=None)}
    labels = {key: value for key, value in session.execute(
        select(VenueTable.id, VenueTable.label).where(VenueTable.event_id == event.id))}
    wishes = [
        WaitingWish(rid, company_a, company_b, fits.get(rid),
                    fits[rid].starts_at if rid in fits else None,
                    labels.get(fits[rid].table_id or 0, "") if rid in fits else "")
        for rid, company_a, company_b, _ in rows
    ]
    wishes.sort(key=lambda w: w.fit is None)
    return wishes


class WaitlistPanel(QFrame):
    """A short list (a handful of wishes): plain row widgets, rebuilt on refresh."""

    booked = Signal(object)  # BookingResult of a wish booked from the list

    def __init__(self, state: DeskState, *, origin: object = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.origin = origin
        self._generation = 0  # a background load never overwrites a newer refresh
        self.setProperty("role", "panel")
        self.setMinimumWidth(360)
        self.wishes: list[WaitingWish] = []
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(8)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addLayout(self._rows)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        # The panel's white shows through (no grey viewport under the rows).
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget "
                             "{ background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.book_buttons: dict[int, QPushButton] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Wait list"))
        self.empty.setText(self.tr("Nobody is waiting. Wishes that cannot be booked now "
                                   "can be put here; they are offered as soon as a "
                                   "table frees up."))
        self.show_wishes(self.wishes)

    def refresh(self) -> None:
        self._generation += 1
        event_id = self.state.event_id
        try:
            wishes = self.state.read(lambda s: load_waitlist(s, s.get_one(Event, event_id)))
        except DeskError as exc:
            self.state.error.emit(exc.message)
            return
        self.show_wishes(wishes)

    def load_in_background(self) -> None:
        """The first read imports the on-day services (seconds: OR-tools); a worker
        does it so that the view opens at once. Already imported: read right away."""
        if "desk_app.ondesk.waitlist" in sys.modules:
            self.refresh()
            return
        self.empty.setText(self.tr("Loading the wait list…"))
        generation = self._generation
        db, event_id = self.state.db, self.state.event_id

        def load(_control: JobControl) -> list[WaitingWish]:
            with db.session() as session:
                return load_waitlist(session, session.get_one(Event, event_id))

        job = Job(load, parent=self)
        job.finished.connect(lambda wishes: self._loaded(generation, wishes))
        job.failed.connect(self.state.error)
        job.start()

    def _loaded(self, generation: int, wishes: list[WaitingWish]) -> None:
        if generation == self._generation:
            self.retranslate()  # the "nobody is waiting" text instead of "loading"
            self.show_wishes(wishes)

    def book(self, proposal: BookingProposal) -> None:
        """Book a wish that fits now (re-checked by the service)."""
        from desk_app.ondesk.booking import apply_proposal

        result = self.state.perform(
            lambda s, e: apply_proposal(s, e, proposal, desk=self.state.desk,
                                        action="waitlist_fill"), origin=self.origin)
        self.refresh()
        if result is not None:
            self.booked.emit(result)

    def show_wishes(self, wishes: list[WaitingWish]) -> None:
        self.wishes = wishes
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.book_buttons = {}
        self.empty.setVisible(not wishes)
        fitting = sum(1 for w in wishes if w.fit is not None)
        self.heading.setText(self.tr("Wait list · {n} waiting, {k} can be booked now")
                             .format(n=len(wishes), k=fitting) if wishes
                             else self.tr("Wait list"))
        for wish in wishes:
            self._rows.addWidget(self._row(wish))

    def _row(self, wish: WaitingWish) -> QWidget:
        row = QFrame()
        fits = wish.fit is not None
        background, border = ((theme.OK_BG, theme.OK_BORDER) if fits
                              else (theme.SURFACE, theme.BORDER))
        row.setStyleSheet(f"QFrame {{ background: {background}; border: 1px solid {border};"
                          f" border-radius: 6px; }} QLabel {{ border: none; }}")
        pair = QLabel(f"{wish.company_a} – {wish.company_b}")
        pair.setFont(theme.font(11, bold=True))
        pair.setWordWrap(True)
        if fits and wish.fit_time is not None:
            status = QLabel(self.tr("✔ Fits now: {time}, table {table}").format(
                time=f"{wish.fit_time:%H:%M}", table=wish.fit_table))
            status.setStyleSheet(f"color: {theme.OK_FG};")
        else:
            status = QLabel(self.tr("○ Waiting: no free slot for both yet"))
            status.setStyleSheet(f"color: {theme.INK_MUTED};")
        text = QVBoxLayout()
        text.addWidget(pair)
        text.addWidget(status)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(text, 1)
        proposal = wish.fit
        if proposal is not None:
            button = QPushButton(self.tr("Book"))
            button.setProperty("role", "primary")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda: self.book(proposal))
            layout.addWidget(button)
            self.book_buttons[wish.request_id] = button
        return row
