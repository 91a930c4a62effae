"""Participant rows for the reception search and the Participants view.

Rows are frozen snapshots read in one pass (participants, counted check-ins, live
meeting counts); the table model shows them and replaces single rows when a change
names those participants, so a check-in repaints one line, not the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import LIVE_STATUSES, CheckIn, MeetingSeat, Participant
from desk_app.gui import theme
from desk_app.services.participants import fold

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    ext_id: str
    company: str
    contact_name: str
    email: str
    phone: str
    country: str
    role: str
    notes: str
    absent: bool
    walk_in: bool
    version: int
    checked_in_at: dt.datetime | None
    checked_in_desk: str
    meetings: int  # live meetings today

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None

    @property
    def status(self) -> str:
        """"checked_in", "absent" or "expected" (what the status column shows)."""
        if self.checked_in:
            return "checked_in"
        return "absent" if self.absent else "expected"

    @property
    def folded(self) -> str:
        return fold(f"{self.company} {self.contact_name} {self.email} {self.ext_id}")


def read_participant_rows(session: Session, event_id: int,
                          ids: Iterable[int] | None = None) -> list[ParticipantRow]:
    """Rows for the event's participants (or just ``ids``), by company."""
    people = select(Participant).where(Participant.event_id == event_id)
    wanted = None if ids is None else set(ids)
    if wanted is not None:
        people = people.where(Participant.id.in_(wanted))
    participants = session.scalars(people.order_by(Participant.company)).all()
    counted = select(CheckIn.participant_id, CheckIn.checked_in_at, CheckIn.desk).where(
        CheckIn.event_id == event_id, CheckIn.undone_at.is_(None),
        CheckIn.duplicate_of_id.is_(None))
    seats = (select(MeetingSeat.participant_id, func.count())
             .where(MeetingSeat.status.in_([s.value for s in LIVE_STATUSES]))
             .group_by(MeetingSeat.participant_id))
    if wanted is not None:
        counted = counted.where(CheckIn.participant_id.in_(wanted))
        seats = seats.where(MeetingSeat.participant_id.in_(wanted))
    arrivals = {pid: (at, desk) for pid, at, desk in session.execute(counted).all()}
    meeting_counts = {int(pid): int(n) for pid, n in session.execute(seats).all()}
    rows = []
    for p in participants:
        at, desk = arrivals.get(p.id, (None, ""))
        rows.append(ParticipantRow(
            id=p.id, ext_id=p.ext_id, company=p.company, contact_name=p.contact_name,
            email=p.email, phone=p.phone, country=p.country, role=p.role, notes=p.notes,
            absent=p.absent, walk_in=p.walk_in, version=p.version, checked_in_at=at,
            checked_in_desk=desk or "", meetings=meeting_counts.get(p.id, 0)))
    return rows


def read_meeting_counts(session: Session, event_id: int) -> dict[int, int]:
    """Live meetings per participant of the event (one grouped query, no objects)."""
    query = (select(MeetingSeat.participant_id, func.count())
             .join(Participant, Participant.id == MeetingSeat.participant_id)
             .where(Participant.event_id == event_id,
                    MeetingSeat.status.in_([s.value for s in LIVE_STATUSES]))
             .group_by(MeetingSeat.participant_id))
    return {int(pid): int(n) for pid, n in session.execute(query).all()}


@dataclass(frozen=True)
class _Entry:
    id: int
    company: str  # folded
    name: str  # folded
    haystack: str  # folded company, name, e-mail, id, badge code


class ParticipantDirectory:
    """Folded names of the event's participants, read once, for search-as-you-type.

    Same matching and ranking as :func:`desk_app.services.participants.
    search_participants` (every word somewhere; prefix matches of the first word
    first, then by company), without loading every participant as an ORM object on
    each keystroke: 2 ms instead of 100+ ms on a 2,500-firm event. Call
    :meth:`invalidate` when participants change; it reloads on the next search.
    """

    def __init__(self, event_id: int) -> None:
        self.event_id = event_id
        self._entries: list[_Entry] | None = None

    def invalidate(self) -> None:
        self._entries = None

    def _load(self, session: Session) -> list[_Entry]:
        rows = session.execute(
            select(Participant.id, Participant.company, Participant.contact_name,
                   Participant.email, Participant.ext_id, Participant.badge_code)
            .where(Participant.event_id == self.event_id)).all()
        return [_Entry(pid, fold(company), fold(name),
                       fold(f"{company} {name} {email} {ext} {badge}"))
                for pid, company, name, email, ext, badge in rows]

    def ensure_loaded(self, session: Session) -> list[_Entry]:
        if self._entries is None:
            self._entries = self._load(session)
        return self._entries

    def search(self, session: Session, query: str, limit: int = 50) -> list[int]:
        words = fold(query).split()
        if not words:
            return []
        entries = self.ensure_loaded(session)
        found = [
            (0 if e.company.startswith(words[0]) or e.name.startswith(words[0]) else 1,
             e.company, e.id)
            for e in entries if all(w in e.haystack for w in words)
        ]
        found.sort(key=lambda item: (item[0], item[1]))
        return [pid for _, _, pid in found[:limit]]

    def rows(self, session: Session, query: str, limit: int = 50) -> list[ParticipantRow]:
        """The matching participants as rows, best first."""
        ids = self.search(session, query, limit)
        by_id = {row.id: row for row in read_participant_rows(session, self.event_id, ids)}
        return [by_id[pid] for pid in ids if pid in by_id]


STATUS_ICONS = {"checked_in": "✔", "expected": "○", "absent": "✖"}
STATUS_COLOURS = {
    "checked_in": (theme.OK_FG, theme.OK_BG),
    "expected": (theme.INK_MUTED, ""),
    "absent": (theme.ERROR_FG, theme.ERROR_BG),
}


class ParticipantTableModel(QAbstractTableModel):
    """Shows :class:`ParticipantRow` items; ``columns`` picks and orders the columns
    (status, company, name, meetings, id, email, phone, country)."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    # What the Participants list sorts by: folded text ("Découpe" before "Dufour",
    # whatever the system's collation), numbers as numbers.
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[ParticipantRow] = []
        self._position: dict[int, int] = {}

    # -- content ----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ParticipantRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._position = {row.id: i for i, row in enumerate(self.rows)}
        self.endResetModel()

    def update_rows(self, rows: Iterable[ParticipantRow]) -> None:
        """Replace the rows with these ids in place (others untouched)."""
        last = self.columnCount() - 1
        for row in rows:
            i = self._position.get(row.id)
            if i is None or self.rows[i] == row:
                continue
            self.rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def row_at(self, index: _Index) -> ParticipantRow | None:
        return self.rows[index.row()] if index.isValid() else None

    def position_of(self, participant_id: int) -> int | None:
        return self._position.get(participant_id)

    # -- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._header(self.columns[section])

    def _header(self, column: str) -> str:
        return {
            "status": self.tr("Status"), "company": self.tr("Company"),
            "name": self.tr("Contact"), "meetings": self.tr("Meetings"),
            "id": self.tr("Id"), "email": self.tr("E-mail"), "phone": self.tr("Phone"),
            "country": self.tr("Country"),
        }.get(column, column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == self.ROW_ROLE:
            return row
        if role == self.SORT_ROLE:
            if column == "meetings":
                return row.meetings
            if column == "status":
                return f"{row.status}:{row.checked_in_at or ''}"
            return fold(self._text(row, column))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if column == "status" and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS[row.status][0])
        if column == "status" and role == Qt.ItemDataRole.BackgroundRole:
            background = STATUS_COLOURS[row.status][1]
            return QColor(background) if background else None
        if column == "meetings" and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def status_text(self, row: ParticipantRow) -> str:
        icon = STATUS_ICONS[row.status]
        if row.checked_in_at is not None:
            where = f" · {row.checked_in_desk}" if row.checked_in_desk else ""
            text = self.tr("Here {time}").format(time=f"{row.checked_in_at:%H:%M}")
            return f"{icon} {text}{where}"
        if row.absent:
            return f"{icon} " + self.tr("Absent")
        return f"{icon} " + self.tr("Expected")

    def _text(self, row: ParticipantRow, column: str) -> str:
        if column == "status":
            return self.status_text(row)
        if column == "company":
            return row.company + ("  " + self.tr("(walk-in)") if row.walk_in else "")
        values = {"name": row.contact_name, "meetings": str(row.meetings), "id": row.ext_id,
                  "email": row.email, "phone": row.phone, "country": row.country}
        return values.get(column, "")

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.columnCount() - 1))
