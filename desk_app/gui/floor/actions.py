"""What the floor manager can do to a cell, as calls to the on-day services.

Each method runs one service through :meth:`DeskState.perform` (one transaction, the
ChangeSummary announced to every view, errors as one sentence on ``state.error``) and
reports the service's own sentence on :attr:`FloorActions.done`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from desk_app.db.models import Event
from desk_app.gui.state import DeskState

if TYPE_CHECKING:
    from desk_app.ondesk.booking import BookingProposal

# The on-day services are imported when first used (and preloaded in the background by
# the view): they pull in OR-tools, whose import takes seconds, and opening the grid
# must not wait for it.
ONDESK_MODULES = ("desk_app.ondesk.moves", "desk_app.ondesk.noshow",
                  "desk_app.ondesk.undo", "desk_app.ondesk.booking")


class FloorActions(QObject):
    # After a successful action: the service's sentence ("Table 12 is out of
    # service...") and the wait-list proposals that now fit the freed tables.
    done = Signal(str, object)

    def __init__(self, state: DeskState, *, origin: object = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.origin = origin

    def _run(self, fn: Callable[[Session, Event], Any]) -> bool:
        result = self.state.perform(fn, origin=self.origin)
        if result is None:
            return False
        message = getattr(result, "message", "")
        offers = tuple(getattr(result, "offers", ()))
        if message:
            self.done.emit(str(message), offers)
        return True

    def book_offer(self, offer: BookingProposal) -> bool:
        """Book a wait-list wish into a freed table (re-checked by the service)."""
        from desk_app.ondesk.booking import apply_proposal

        return self._run(lambda s, e: apply_proposal(
            s, e, offer, desk=self.state.desk, action="waitlist_fill"))

    def participant_no_show(self, participant_id: int) -> bool:
        """Absent for the day: future meetings dropped, partners freed."""
        from desk_app.ondesk import noshow

        return self._run(lambda s, e: noshow.mark_no_show(
            s, e, participant_id, desk=self.state.desk))

    def partner_did_not_come(self, meeting_id: int, missing_participant_id: int) -> bool:
        from desk_app.ondesk import noshow

        return self._run(lambda s, e: noshow.partner_missing(
            s, e, meeting_id, missing_participant_id, desk=self.state.desk))

    def cancel_meeting(self, meeting_id: int) -> bool:
        from desk_app.ondesk import moves

        return self._run(lambda s, e: moves.cancel_meeting(
            s, e, meeting_id, desk=self.state.desk))

    def move_meeting(self, meeting_id: int, slot_id: int, table_id: int) -> bool:
        """To another table (the drag and drop keeps the round)."""
        from desk_app.ondesk import moves

        return self._run(lambda s, e: moves.move_meeting(
            s, e, meeting_id, slot_id=slot_id, table_id=table_id, desk=self.state.desk))

    def swap_meetings(self, meeting_id: int, other_meeting_id: int) -> bool:
        from desk_app.ondesk import moves

        return self._run(lambda s, e: moves.swap_tables(
            s, e, meeting_id, other_meeting_id, desk=self.state.desk))

    def set_table_in_service(self, table_id: int, active: bool) -> bool:
        from desk_app.ondesk import moves

        if active:
            return self._run(lambda s, e: moves.put_table_in_service(
                s, e, table_id, desk=self.state.desk))
        return self._run(lambda s, e: moves.take_table_out_of_service(
            s, e, table_id, desk=self.state.desk))

    def set_locked(self, meeting_id: int, locked: bool) -> bool:
        from desk_app.ondesk import moves

        return self._run(lambda s, e: moves.set_locked(
            s, e, [meeting_id], locked, desk=self.state.desk))

    def undo_last(self) -> bool:
        from desk_app.ondesk import undo

        return self._run(lambda s, e: undo.undo_last(s, e, desk=self.state.desk))
