"""Walk-in booking driven offscreen: pick, answer, Enter; re-solve proposals in a worker;
the wait list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Event, Meeting, MeetingRequest, RequestStatus
from desk_app.gui.booking.view import BookingView
from desk_app.gui.floor.view import FloorView
from desk_app.gui.state import DeskState
from desk_app.ondesk.moves import cancel_meeting
from desk_app.services.floor import CellKind
from tests.gui.conftest import GuiEvent
from tests.gui.test_floor import plan_meeting

WORKER_TIMEOUT_MS = 20_000


def make_views(qtbot: QtBot, state: DeskState) -> tuple[BookingView, FloorView]:
    booking = BookingView(state)
    floor = FloorView(state)
    for widget in (booking, floor):
        qtbot.addWidget(widget)
        widget.resize(1440, 900)
    booking.show()
    return booking, floor


def live_meetings_of(db: Database, a: int, b: int) -> list[Meeting]:
    with db.session() as session:
        rows = session.scalars(
            select(Meeting).join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
            .where(MeetingRequest.participant_a_id.in_([a, b]),
                   MeetingRequest.participant_b_id.in_([a, b]),
                   Meeting.status == "scheduled")).all()
        session.expunge_all()
        return list(rows)


def test_walk_in_booked_end_to_end_with_the_keyboard(
    qtbot: QtBot, db: Database, desk_state: DeskState, gui_event: GuiEvent
) -> None:
    booking, floor = make_views(qtbot, desk_state)
    p, t, s = gui_event.participant_ids, gui_event.table_ids, gui_event.slot_ids

    qtbot.keyClicks(booking.picker_a, "societe gen")  # no accents, no capitals
    assert [e.company for e in booking.picker_a.suggestions()] == ["Société Générale"]
    qtbot.keyClick(booking.picker_a, Qt.Key.Key_Return)
    assert booking.picker_a.participant_id == p["P1"]
    qtbot.keyClicks(booking.picker_b, "LAFITE")
    qtbot.keyClick(booking.picker_b, Qt.Key.Key_Return)
    assert booking.picker_b.participant_id == p["P4"]

    assert booking.answer.kind == "fast"
    assert booking.answer_text() == "Both free at 14:40, table T1"
    assert floor.model.cell(t["T1"], s[2]).state is CellKind.FREE

    qtbot.keyClick(booking.picker_b, Qt.Key.Key_Return)  # Enter books

    [meeting] = live_meetings_of(db, p["P1"], p["P4"])
    assert (meeting.slot_id, meeting.table_id) == (s[2], t["T1"])
    assert booking.answer.kind == "booked"
    assert booking.picker_a.participant_id is None
    assert booking.picker_a.hasFocus() or not booking.isActiveWindow()
    cell = floor.model.cell(t["T1"], s[2])
    assert cell.meeting_id == meeting.id
    assert cell.state is CellKind.ONE_MISSING  # P1 is here, P4 not yet


def test_badge_scanned_into_the_picker(
    qtbot: QtBot, desk_state: DeskState, gui_event: GuiEvent
) -> None:
    booking, _floor = make_views(qtbot, desk_state)
    qtbot.keyClicks(booking.picker_a, gui_event.badge_codes["P7"])
    qtbot.keyClick(booking.picker_a, Qt.Key.Key_Return)
    assert booking.picker_a.participant_id == gui_event.participant_ids["P7"]
    assert booking.picker_a.text().startswith("Roquette Frères")


def test_same_participant_twice_is_refused_in_words(
    qtbot: QtBot, desk_state: DeskState, gui_event: GuiEvent
) -> None:
    booking, _floor = make_views(qtbot, desk_state)
    p = gui_event.participant_ids
    booking.set_pair(p["P2"], p["P2"])
    assert booking.answer.kind == "impossible"
    assert "two different" in booking.answer_text()


def test_resolve_proposal_found_in_worker_and_accepted(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    # P1 is busy in round 3, P4 in round 4: nothing free for both unless one moves.
    blocking = {plan_meeting(db, gui_event, "P1", "P3", "T1", 2),
                plan_meeting(db, gui_event, "P4", "P5", "T1", 3)}
    state = DeskState(db, gui_event.event_id, "Desk 1")
    booking, floor = make_views(qtbot, state)
    p, s = gui_event.participant_ids, gui_event.slot_ids

    booking.set_pair(p["P1"], p["P4"])
    assert booking.answer.kind == "thinking"
    assert booking.answer.cancel_button.isVisible()
    qtbot.waitUntil(lambda: booking.answer.kind == "resolve", timeout=WORKER_TIMEOUT_MS)
    proposal = booking.proposal
    assert proposal is not None
    [move] = proposal.moves
    assert move.meeting_id in blocking
    assert "→" in booking.answer.message.text()
    assert "Agendas to reprint" in booking.answer.details.text()
    assert "Société Générale" in booking.answer.details.text()

    qtbot.mouseClick(booking.answer.book_button, Qt.MouseButton.LeftButton)

    [meeting] = live_meetings_of(db, p["P1"], p["P4"])
    assert meeting.slot_id == proposal.slot_id
    assert meeting.slot_id in s[2:]
    with db.session() as session:
        moved = session.get_one(Meeting, move.meeting_id)
        assert (moved.slot_id, moved.table_id) == (move.to_slot_id, move.to_table_id)
    assert floor.model.cell(move.to_table_id, move.to_slot_id).meeting_id == move.meeting_id
    assert floor.model.cell(meeting.table_id, meeting.slot_id).meeting_id == meeting.id
    assert booking.answer.kind == "booked"


def test_search_can_be_cancelled_and_nothing_changes(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    plan_meeting(db, gui_event, "P1", "P3", "T1", 2)
    plan_meeting(db, gui_event, "P4", "P5", "T1", 3)
    state = DeskState(db, gui_event.event_id, "Desk 1")
    booking, _floor = make_views(qtbot, state)
    p = gui_event.participant_ids
    booking.set_pair(p["P1"], p["P4"])
    job = booking.job
    assert job is not None
    qtbot.mouseClick(booking.answer.cancel_button, Qt.MouseButton.LeftButton)
    assert booking.answer.kind == "info"
    assert job.wait()
    qtbot.waitUntil(lambda: not job.is_running())
    assert booking.answer.kind == "info"  # a late answer is dropped
    assert live_meetings_of(db, p["P1"], p["P4"]) == []


def test_impossible_goes_on_wait_list_then_booked_when_a_slot_frees(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    # P1 is busy in both remaining rounds with meetings that are locked (promised).
    plan_meeting(db, gui_event, "P1", "P3", "T1", 2)
    later = plan_meeting(db, gui_event, "P1", "P5", "T1", 3)
    with db.session() as session:
        for meeting in session.scalars(select(Meeting)):
            meeting.locked = True
    state = DeskState(db, gui_event.event_id, "Desk 1")
    booking, _floor = make_views(qtbot, state)
    p = gui_event.participant_ids
    booking.set_pair(p["P1"], p["P4"])
    qtbot.waitUntil(lambda: booking.answer.kind == "impossible", timeout=WORKER_TIMEOUT_MS)
    assert booking.answer.waitlist_button.isVisible()
    assert "Société Générale" in booking.answer.message.text()

    qtbot.mouseClick(booking.answer.waitlist_button, Qt.MouseButton.LeftButton)
    assert booking.answer.kind == "info"
    [wish] = booking.waitlist.wishes
    assert wish.fit is None
    with db.session() as session:
        request = session.get_one(MeetingRequest, wish.request_id)
        assert request.status == RequestStatus.WAITLISTED

    # Another desk cancels P1's later meeting: the wish now fits.
    with db.session() as session:
        cancel_meeting(session, session.get_one(Event, gui_event.event_id), later,
                       desk="Desk 2")
    state.poll_changes()
    qtbot.waitUntil(lambda: wish.request_id in booking.waitlist.book_buttons)
    qtbot.mouseClick(booking.waitlist.book_buttons[wish.request_id],
                     Qt.MouseButton.LeftButton)
    [meeting] = live_meetings_of(db, p["P1"], p["P4"])
    assert meeting.slot_id == gui_event.slot_ids[3]
    assert booking.waitlist.wishes == []
