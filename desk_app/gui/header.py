"""The band across the top: event, clock, current round and time left, counters, desk.

The figures are what the organiser asks about all morning (checked in / expected,
this desk's count, meetings running now, free tables now). They are re-read only when
a change names check-ins, cells, tables or everything, and when the clock (ticking
every second without a query) enters a new round.

Under the desk name, the connection to the server (several desks on PostgreSQL):
"● Online", or "▲ Offline — 12 check-ins queued" while scans are answered from the
desk's local copy. While offline the figures are not re-read (they would wait on the
dead server); they catch up when the queue has been sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desk_app.clock import current_slot_index, event_now
from desk_app.db.models import LIVE_STATUSES, Event, Meeting, Slot, VenueTable
from desk_app.gui import theme
from desk_app.gui.state import DeskState
from desk_app.services.changes import ChangeSummary
from desk_app.services.checkin import check_in_counters
from desk_app.sync.outage import ConnectionState, is_unreachable


# Not frozen: desk_app.clock's protocols declare plain (settable) attributes.
@dataclass
class RoundTimes:
    code: str
    starts_at: dt.datetime
    ends_at: dt.datetime


@dataclass
class EventClock:
    """What :func:`event_now` needs, kept so the clock can tick without a query."""

    timezone: str
    simulated_now: dt.datetime | None


@dataclass(frozen=True)
class HeaderFigures:
    clock: EventClock
    now: dt.datetime
    checked_in: int
    expected: int
    at_this_desk: int
    rounds: tuple[RoundTimes, ...]
    current_round: int | None  # index into rounds
    meetings_now: int
    free_tables_now: int
    active_tables: int


def read_header_figures(session: Session, event_id: int, desk: str) -> HeaderFigures:
    event = session.get_one(Event, event_id)
    now = event_now(event)
    slots = session.scalars(
        select(Slot).where(Slot.event_id == event_id).order_by(Slot.position)).all()
    rounds = tuple(RoundTimes(s.code, s.starts_at, s.ends_at) for s in slots)
    current = current_slot_index(rounds, now)
    counters = check_in_counters(session, event_id)
    active_tables = int(session.scalar(
        select(func.count()).select_from(VenueTable)
        .where(VenueTable.event_id == event_id, VenueTable.active.is_(True))) or 0)
    meetings_now = 0
    if current is not None:
        meetings_now = int(session.scalar(
            select(func.count()).select_from(Meeting).where(
                Meeting.slot_id == slots[current].id,
                Meeting.status.in_([s.value for s in LIVE_STATUSES]))) or 0)
    return HeaderFigures(
        clock=EventClock(event.timezone, event.simulated_now), now=now,
        checked_in=counters.checked_in, expected=counters.expected,
        at_this_desk=counters.by_desk.get(desk, 0), rounds=rounds, current_round=current,
        meetings_now=meetings_now,
        free_tables_now=max(active_tables - meetings_now, 0) if current is not None else 0,
        active_tables=active_tables,
    )


def _minutes(delta: dt.timedelta) -> int:
    return max(int((delta.total_seconds() + 59) // 60), 0)


class _ElidedLabel(QLabel):
    """A one-line label for long event names: it first shrinks its type (down to
    ``MIN_SCALE`` of the styled size), and only then shortens itself with "…", instead
    of pushing its neighbours."""

    MIN_SCALE = 0.72

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self._styled_font: QFont | None = None  # the style sheet's font, before any shrink
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self._styled_font is None:
            self.ensurePolished()
            self._styled_font = QFont(self.font())
        font = QFont(self._styled_font)
        styled = font.pointSizeF()
        size = styled
        while (QFontMetrics(font).horizontalAdvance(self.full_text) > self.width()
               and size > styled * self.MIN_SCALE):
            size -= 0.5
            font.setPointSizeF(size)
        self.setFont(font)
        self.setText(QFontMetrics(font).elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, self.width()))


class _Figure(QWidget):
    """A caption above a large number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 0, 14, 0)
        layout.setSpacing(0)
        self.caption = QLabel(self)
        self.caption.setProperty("role", "caption")
        self.value = QLabel(self)
        self.value.setProperty("role", "figure")
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class DeskHeader(QFrame):
    """Reads its figures from the database through ``state``; see the module doc."""

    TICK_MS = 1000
    COALESCE_MS = 100

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("DeskHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.figures: HeaderFigures | None = None

        self.title = _ElidedLabel(state.event_name, self)
        self.title.setProperty("role", "title")
        self.desk_label = QLabel(self)
        self.desk_label.setProperty("role", "caption")
        self.connection = QLabel(self)
        self.connection.setObjectName("ConnectionState")
        # An explicit minimum: the long French text must never widen the window past
        # the desk laptop's screen (it is clipped at the worst, and fits at 1440 px).
        self.connection.setMinimumWidth(40)
        self.clock = QLabel(self)
        self.clock.setProperty("role", "figure")
        self.round_label = QLabel(self)
        self.checked_in = _Figure(self)
        self.this_desk = _Figure(self)
        self.meetings_now = _Figure(self)
        self.free_tables = _Figure(self)

        identity = QVBoxLayout()
        identity.setSpacing(2)
        identity.addWidget(self.title)
        identity.addWidget(self.desk_label)
        identity.addWidget(self.connection, 0, Qt.AlignmentFlag.AlignLeft)  # a tag, not a bar
        timing = QVBoxLayout()
        timing.setSpacing(0)
        timing.addWidget(self.clock)
        timing.addWidget(self.round_label)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(20, 10, 12, 10)
        self._layout.setSpacing(12)
        self._layout.addLayout(identity, 4)
        self._layout.addLayout(timing, 3)
        for figure in (self.checked_in, self.this_desk, self.meetings_now, self.free_tables):
            self._layout.addWidget(figure)

        state.operation_did_execute.connect(self._on_change)
        state.connection_state.connect(self._connection_changed)
        # Changes arrive in bursts (a queue of scans, a re-solve): one re-read after
        # the burst, and never between the Enter key and the result card.
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(self.COALESCE_MS)
        self._refresh_soon.timeout.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.retranslate()
        self.refresh()

    def add_button(self, button: QPushButton) -> None:
        """A tool button at the right end of the band (the window's Settings)."""
        button.setObjectName("HeaderButton")
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)

    def _on_change(self, summary: ChangeSummary, origin: object) -> None:
        if summary.check_ins or summary.cells or summary.tables or summary.everything \
                or summary.meetings:
            self._refresh_soon.start()

    def refresh(self) -> None:
        if not self.state.online:
            return  # keep the last figures; re-read when the server is back
        try:
            self.figures = self.state.read(
                lambda session: read_header_figures(session, self.state.event_id,
                                                    self.state.desk))
        except OperationalError as exc:
            if not is_unreachable(exc):
                raise
            self.state.unreachable(exc)
            return
        self._show_figures()

    def _connection_changed(self, connection: ConnectionState) -> None:
        self._show_connection()
        if connection.online:
            self._refresh_soon.start()  # catch up on what was missed while offline

    def _show_connection(self) -> None:
        """Always shown with several desks (a server and an offline queue); on a
        single desk only when its database cannot be read."""
        c = self.state.connection
        several_desks = self.state.offline_desk is not None
        self.connection.setVisible(several_desks or not c.online)
        # Light text on the dark band when all is well; a loud amber tag when not.
        quiet = "color: #9be9a8; font-weight: bold;"
        loud = (f"background: {theme.WARN_BORDER}; color: {theme.INK}; font-weight: bold;"
                " border-radius: 4px; padding: 1px 8px;")
        if c.online and not c.queued:
            text, style = "● " + self.tr("Online"), quiet
        elif c.online:
            text = "● " + (self.tr("Online — 1 check-in to send") if c.queued == 1 else
                           self.tr("Online — {count} check-ins to send").format(
                               count=c.queued))
            style = "color: #ffd166; font-weight: bold;"
        elif not several_desks:
            text, style = "▲ " + self.tr("The database cannot be read; retrying…"), loud
        else:
            text = "▲ " + (self.tr("Offline — 1 check-in queued") if c.queued == 1 else
                           self.tr("Offline — {count} check-ins queued").format(
                               count=c.queued))
            style = loud
        self.connection.setText(text)
        self.connection.setStyleSheet(style)
        self.connection.setToolTip(c.last_error)

    def _tick(self) -> None:
        f = self.figures
        if f is None:
            return
        now = event_now(f.clock)
        if now == f.now:
            return
        if current_slot_index(f.rounds, now) != f.current_round:
            self.refresh()  # a round started or ended: the counters change too
            return
        self.figures = replace(f, now=now)
        self._show_figures()

    def set_desk(self, desk: str) -> None:
        self.state.desk = desk
        self.refresh()
        self.retranslate()

    def _show_figures(self) -> None:
        f = self.figures
        if f is None:
            return
        self.clock.setText(f"{f.now:%H:%M}")
        self.round_label.setText(self._round_text(f))
        self.checked_in.value.setText(f"{f.checked_in} / {f.expected}")
        self.this_desk.value.setText(str(f.at_this_desk))
        current = f.current_round is not None
        self.meetings_now.value.setText(str(f.meetings_now) if current else "–")
        self.free_tables.value.setText(
            f"{f.free_tables_now} / {f.active_tables}" if current else "–")

    def _round_text(self, f: HeaderFigures) -> str:
        if not f.rounds:
            return self.tr("No rounds planned")
        if f.current_round is not None:
            r = f.rounds[f.current_round]
            return self.tr("Round {code} · {start}–{end} · {left} min left").format(
                code=r.code, start=f"{r.starts_at:%H:%M}", end=f"{r.ends_at:%H:%M}",
                left=_minutes(r.ends_at - f.now))
        upcoming = [r for r in f.rounds if r.starts_at > f.now]
        if not upcoming:
            return self.tr("All rounds are over")
        nxt = upcoming[0]
        if nxt is f.rounds[0]:
            return self.tr("First round {code} at {start}").format(
                code=nxt.code, start=f"{nxt.starts_at:%H:%M}")
        return self.tr("Break · round {code} starts at {start} (in {left} min)").format(
            code=nxt.code, start=f"{nxt.starts_at:%H:%M}",
            left=_minutes(nxt.starts_at - f.now))

    def retranslate(self) -> None:
        self.desk_label.setText(self.tr("Desk: {desk}").format(desk=self.state.desk))
        self.checked_in.caption.setText(self.tr("CHECKED IN"))
        self.this_desk.caption.setText(self.tr("AT THIS DESK"))
        self.meetings_now.caption.setText(self.tr("MEETINGS NOW"))
        self.free_tables.caption.setText(self.tr("FREE TABLES NOW"))
        self._show_connection()
        self._show_figures()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
