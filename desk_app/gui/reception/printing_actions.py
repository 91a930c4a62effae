"""Print a participant's agenda or badge from reception and the Participants view.

PDFs come from :mod:`desk_app.printing`; sending them to a printer (dialog, default
printer per document kind) is :mod:`desk_app.gui.printing`'s job. Both are looked up
when used, so the desk runs (without print buttons) on an installation where printing
is not available.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desk_app.db.models import Event
from desk_app.errors import DeskError
from desk_app.gui.state import DeskState


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:
        return False


class PrintActions(QObject):
    """Availability is checked without importing (reportlab and the PDF rasteriser
    would add a quarter of a second to start-up); modules load on the first print."""

    def __init__(self, state: DeskState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self._parent = parent
        has_gui = _installed("desk_app.gui.printing")
        self.can_print_agenda = has_gui and _installed("desk_app.printing.agenda_pdf")
        self.can_print_badge = has_gui and _installed("desk_app.printing.badges")

    @property
    def _gui(self) -> Any:
        return importlib.import_module("desk_app.gui.printing")

    def print_agenda(self, participant_id: int) -> bool:
        """Print (after the print dialog) and record which version the person holds,
        through the one print flow (:mod:`desk_app.printing.flow`)."""
        if not self.can_print_agenda:
            return False
        try:
            summary = self._gui.print_agendas(self._parent, self.state.db,
                                              self.state.event_id, [participant_id],
                                              desk=self.state.desk)
        except DeskError as exc:  # printer off, disk full: a sentence, nothing recorded
            self.state.error.emit(exc.message)
            return False
        if summary is None:
            return False
        self.state.announce(summary, origin=self._parent)
        return True

    def print_badge(self, participant_id: int) -> bool:
        if not self.can_print_badge:
            return False
        badges = importlib.import_module("desk_app.printing.badges")

        def render(session: Session) -> bytes:
            event = session.get_one(Event, self.state.event_id)
            return bytes(badges.render_badges(session, event, [participant_id]))

        pdf = self.state.read(render)
        return bool(self._gui.print_pdf(self._parent, pdf, "badge", self.tr("Badge")))
