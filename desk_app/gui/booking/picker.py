"""Pick a participant by typing part of a name or company (accent- and case-blind), or
by scanning their badge into the same field (USB scanners type the code + Enter)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.badges.codes import BadgeCodeError, verify_scan
from desk_app.db.models import Event, Participant
from desk_app.services.participants import fold

MAX_SUGGESTIONS = 12


@dataclass(frozen=True)
class DirectoryEntry:
    id: int
    company: str
    contact: str
    ext_id: str
    badge_code: str
    absent: bool
    folded: str

    @property
    def display(self) -> str:
        contact = f" — {self.contact}" if self.contact else ""
        return f"{self.company}{contact} ({self.ext_id})"


@dataclass(frozen=True)
class Directory:
    """Everyone in the event, held in memory: a few thousand rows fold in milliseconds
    per keystroke, with no database round trip while typing."""

    entries: tuple[DirectoryEntry, ...]
    event_code: str
    badge_secret: str

    def search(self, text: str, limit: int = MAX_SUGGESTIONS) -> list[DirectoryEntry]:
        words = fold(text).split()
        if not words:
            return []
        hits = [e for e in self.entries if all(w in e.folded for w in words)]
        # Company or contact starting with the first word first, then alphabetical.
        hits.sort(key=lambda e: (not (fold(e.company).startswith(words[0])
                                      or fold(e.contact).startswith(words[0])),
                                 fold(e.company)))
        return hits[:limit]

    def by_badge(self, raw: str) -> DirectoryEntry | None:
        try:
            parsed = verify_scan(raw, event_code=self.event_code, secret=self.badge_secret)
        except BadgeCodeError:
            return None
        return next((e for e in self.entries if e.ext_id == parsed.participant_ext_id),
                    None)

    def get(self, participant_id: int) -> DirectoryEntry | None:
        return next((e for e in self.entries if e.id == participant_id), None)


def load_directory(session: Session, event_id: int) -> Directory:
    event = session.get_one(Event, event_id)
    rows = session.execute(
        select(Participant.id, Participant.company, Participant.contact_name,
               Participant.ext_id, Participant.badge_code, Participant.absent)
        .where(Participant.event_id == event_id)
        .order_by(Participant.company)
    )
    entries = tuple(
        DirectoryEntry(r.id, r.company, r.contact_name, r.ext_id, r.badge_code,
                       bool(r.absent),
                       fold(f"{r.company} {r.contact_name} {r.ext_id}"))
        for r in rows
    )
    return Directory(entries, event.code, event.badge_secret)


class ParticipantPicker(QLineEdit):
    """A line edit with live suggestions; Enter picks the highlighted (or first)
    suggestion, or the holder of a scanned badge code."""

    # The picked participant's id, or None when the text no longer names one.
    picked = Signal(object)
    # Enter pressed while a participant is already picked (the view books).
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = Directory((), "", "")
        self.participant_id: int | None = None
        self._suggestions: list[DirectoryEntry] = []
        self._list = QStringListModel(self)
        self._completer = QCompleter(self._list, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(MAX_SUGGESTIONS)
        self.setCompleter(self._completer)
        self.setClearButtonEnabled(True)
        self._completer.activated[str].connect(self._activated)  # type: ignore[index]
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._enter)

    def set_directory(self, directory: Directory) -> None:
        self.directory = directory
        if self.participant_id is not None:
            entry = directory.get(self.participant_id)
            if entry is None:
                self.clear_pick()
            else:
                self._show(entry)

    def pick(self, participant_id: int) -> bool:
        entry = self.directory.get(participant_id)
        if entry is None:
            return False
        self._choose(entry)
        return True

    def clear_pick(self) -> None:
        self.participant_id = None
        self.clear()
        self.picked.emit(None)

    def suggestions(self) -> list[DirectoryEntry]:
        return list(self._suggestions)

    def _show(self, entry: DirectoryEntry) -> None:
        self.blockSignals(True)
        self.setText(entry.display)
        self.blockSignals(False)

    def _choose(self, entry: DirectoryEntry) -> None:
        self.participant_id = entry.id
        self._show(entry)
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()
        self.picked.emit(entry.id)

    def _edited(self, text: str) -> None:
        if self.participant_id is not None:
            self.participant_id = None
            self.picked.emit(None)
        self._suggestions = self.directory.search(text)
        self._list.setStringList([e.display for e in self._suggestions])
        if self._suggestions:
            self._completer.complete()

    def _activated(self, text: str) -> None:
        entry = next((e for e in self._suggestions if e.display == text), None)
        if entry is not None:
            self._choose(entry)

    def _enter(self) -> None:
        if self.participant_id is not None:
            self.confirmed.emit()
            return
        scanned = self.directory.by_badge(self.text())
        if scanned is not None:
            self._choose(scanned)
            return
        popup = self._completer.popup()
        row = popup.currentIndex().row() if popup is not None and popup.isVisible() else -1
        if 0 <= row < len(self._suggestions):
            self._choose(self._suggestions[row])
        elif self._suggestions:
            self._choose(self._suggestions[0])
