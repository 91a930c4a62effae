"""Render each main view of the real window to PNG (``desk-app screenshot``).

The database gets a demo event in the middle of its day; the window is built exactly
as ``desk-app`` builds it (offscreen), each view is shown in a typical state (a green
card at reception, a booking answer, a selected participant) and grabbed at 1440x900.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.engine import Database
from desk_app.db.models import Event, MeetingRequest, Participant
from desk_app.services.agenda import participant_agenda
from desk_app.services.checkin import checked_in_ids

SIZE = (1440, 900)
VIEWS = ("reception", "floor", "booking", "participants")


def _arriving_participant(session: Session, event_id: int) -> Participant | None:
    """Someone not checked in yet, not absent, with meetings (a typical scan)."""
    here = checked_in_ids(session, event_id)
    people = session.scalars(select(Participant).where(
        Participant.event_id == event_id, Participant.absent.is_(False))
        .order_by(Participant.id))
    best: tuple[int, Participant] | None = None
    for person in people:
        if person.id in here:
            continue
        count = len(participant_agenda(session, person.id))
        if 3 <= count <= 6:
            return person
        if best is None or count > best[0]:
            best = (count, person)
    return best[1] if best else None


def _booking_pair(session: Session, event: Event) -> tuple[int, int] | None:
    """Two checked-in participants with no request together whom the fast path can
    seat (the screenshot shows the app's answer)."""
    booking: Any = importlib.import_module("desk_app.ondesk.booking")
    here = sorted(checked_in_ids(session, event.id))
    asked = {frozenset(pair) for pair in session.execute(
        select(MeetingRequest.participant_a_id, MeetingRequest.participant_b_id)
        .where(MeetingRequest.event_id == event.id)).all()}
    tried = 0
    for i, a in enumerate(here):
        for b in here[i + 1:i + 6]:
            if frozenset((a, b)) in asked:
                continue
            tried += 1
            proposal = booking.propose_walk_in(session, event, a, b, allow_moves=False)
            if proposal.kind == booking.ProposalKind.FAST:
                return a, b
            if tried > 60:
                return None
    return None


def take_screenshots(db: Database, event_id: int, out_dir: Path, *,
                     desk: str = "Desk 1", language: str = "en",
                     report: Callable[[str], None] = print) -> list[Path]:
    """Grab the four views into ``out_dir``; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk_app.gui.app import build_window, ensure_application
    from desk_app.gui.i18n import install_language

    app = ensure_application()
    install_language(language)
    out_dir.mkdir(parents=True, exist_ok=True)
    window = build_window(db, event_id, desk)
    window.state.stop_polling()  # a still picture: nothing should move under it
    window.resize(*SIZE)
    window.show()
    app.processEvents()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def grab(view: str) -> Path:
        settle()
        if (window.width(), window.height()) != SIZE:
            raise RuntimeError(f"the {view} view needs {window.width()}x{window.height()} "
                               f"pixels instead of {SIZE[0]}x{SIZE[1]}")
        path = out_dir / f"{view}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        report(f"wrote {path}")
        return path

    written = []
    with db.session() as session:
        arriving = _arriving_participant(session, event_id)
        code = arriving.badge_code if arriving else ""
        company = arriving.company if arriving else ""
        arriving_id = arriving.id if arriving else None
    reception = window.reception
    window.show_page("reception")
    if code:
        reception.scan_field.setText(code)
        reception.scan_field.returnPressed.emit()
        reception.search_field.setText(company.split()[0][:5])
        reception.refocus_scan()
    written.append(grab("reception"))

    window.show_page("floor")
    written.append(grab("floor"))

    booking_view: Any = window.show_page("booking")
    with db.session() as session:
        pair = _booking_pair(session, session.get_one(Event, event_id))
    if pair is not None and hasattr(booking_view, "set_pair"):
        booking_view.set_pair(*pair)
    written.append(grab("booking"))

    participants: Any = window.show_page("participants")
    if arriving_id is not None:
        participants.select_participant(arriving_id)
    written.append(grab("participants"))
    window.close()
    window.deleteLater()
    settle()
    return written
