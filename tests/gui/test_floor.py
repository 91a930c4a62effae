"""The floor grid driven offscreen: states, cell actions, drag and drop, other desks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Event, Meeting, MeetingRequest, Participant, VenueTable
from desk_app.gui.floor.model import CELL_ROLE
from desk_app.gui.floor.view import FloorView
from desk_app.gui.state import DeskState
from desk_app.ondesk.booking import apply_proposal, propose_walk_in
from desk_app.ondesk.waitlist import add_to_waitlist
from desk_app.services.checkin import check_in_participant
from desk_app.services.floor import CellKind
from desk_app.services.meetings import add_meeting
from tests.gui.conftest import GuiEvent


def plan_meeting(db: Database, gui_event: GuiEvent, a: str, b: str, table: str,
                 position: int) -> int:
    """A pre-event meeting in a future round (the fixture's rounds 3 and 4 are empty)."""
    with db.session() as s:
        request = MeetingRequest(event_id=gui_event.event_id, ext_id=f"X{a}{b}",
                                 participant_a_id=gui_event.participant_ids[a],
                                 participant_b_id=gui_event.participant_ids[b])
        s.add(request)
        s.flush()
        meeting = add_meeting(s, request, slot_id=gui_event.slot_ids[position],
                              table_id=gui_event.table_ids[table])
        s.flush()
        return meeting.id


def make_view(qtbot: QtBot, state: DeskState) -> FloorView:
    view = FloorView(state)
    qtbot.addWidget(view)
    view.resize(1440, 900)
    view.show()
    return view


def test_grid_shows_states_zones_and_free_tables(
    qtbot: QtBot, desk_state: DeskState, gui_event: GuiEvent
) -> None:
    view = make_view(qtbot, desk_state)
    model = view.model
    t, s = gui_event.table_ids, gui_event.slot_ids
    assert model.cell(t["T1"], s[0]).state is CellKind.BOTH_PRESENT
    assert model.cell(t["T2"], s[1]).state is CellKind.SCHEDULED
    assert model.cell(t["T3"], s[2]).state is CellKind.FREE
    assert model.current_slot_index == 1  # 14:25: round 2 runs
    assert model.free_tables(s[1]) == 1
    # Zone rows: "A", T1, T2, "B", T3.
    rows = [model.row_of(r) for r in range(model.rowCount())]
    assert [row.table.label if row.table else row.zone
            for row in rows] == ["A", "T1", "T2", "B", "T3"]
    assert "Round 2" in view.summary_label.text()


def test_zone_and_accent_blind_participant_filters(
    qtbot: QtBot, desk_state: DeskState, gui_event: GuiEvent
) -> None:
    view = make_view(qtbot, desk_state)
    view.set_zone("B")
    assert [view.model.row_of(r).zone for r in range(view.model.rowCount())] == ["B", "B"]
    view.set_zone(None)
    qtbot.keyClicks(view.search_field, "societe generale")
    # Applied when typing pauses.
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    labels = [view.model.row_of(r).table for r in range(view.model.rowCount())]
    assert [t.label for t in labels if t] == ["T1"]
    assert view.grid.delegate.filtering
    view.search_field.clear()
    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    assert view.model.rowCount() == 5


def test_no_show_turns_cells_and_frees_the_partners_slot(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    first = plan_meeting(db, gui_event, "P5", "P8", "T3", 2)
    second = plan_meeting(db, gui_event, "P5", "P2", "T1", 3)
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    t, s = gui_event.table_ids, gui_event.slot_ids
    view.select_cell(t["T3"], s[2])
    assert view.details.cell is not None
    assert view.details.cell.meeting_id == first
    assert view.details.party_a.company.text() == "Décathlon"

    qtbot.mouseClick(view.details.party_a.no_show, Qt.MouseButton.LeftButton)

    for table, slot in ((t["T3"], s[2]), (t["T1"], s[3])):
        cell = view.model.cell(table, slot)
        assert cell.state is CellKind.CANCELLED
        assert cell.is_free
        assert cell.missing_participant_id == gui_event.participant_ids["P5"]
    assert view.model.free_tables(s[2]) == 3
    assert view.details.state_chip.text().endswith("Cancelled")
    with db.session() as session:
        assert session.get_one(Participant, gui_event.participant_ids["P5"]).absent
        assert session.get_one(Meeting, second).status == "cancelled"


def test_partner_did_not_come_in_running_round(
    qtbot: QtBot, desk_state: DeskState, gui_event: GuiEvent
) -> None:
    view = make_view(qtbot, desk_state)
    t, s = gui_event.table_ids, gui_event.slot_ids
    view.select_cell(t["T1"], s[1])  # P5 - P6, round 2 (running)
    qtbot.mouseClick(view.details.party_b.did_not_come, Qt.MouseButton.LeftButton)
    cell = view.model.cell(t["T1"], s[1])
    assert cell.state is CellKind.NO_SHOW
    assert cell.missing_participant_id == gui_event.participant_ids["P6"]
    assert view.model.free_tables(s[1]) == 2
    # The round overview lists the table just freed; Escape goes back to it.
    qtbot.keyClick(view.grid, Qt.Key.Key_Escape)
    assert view.details.cell is None
    assert view.details.title.text() == "Round 2 · now"
    overview = [view.details.overview.item(i).text()
                for i in range(view.details.overview.count())]
    assert "○ Table T1 · A" in overview


def test_drag_and_drop_moves_meeting_to_free_table_of_same_round(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    meeting_id = plan_meeting(db, gui_event, "P1", "P4", "T1", 2)
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    model = view.model
    t, s = gui_event.table_ids, gui_event.slot_ids
    source = model.index_of(t["T1"], s[2])
    assert model.flags(source) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([source])
    other_round = model.index_of(t["T2"], s[3])
    running_round = model.index_of(t["T3"], s[1])
    target = model.index_of(t["T3"], s[2])
    move = Qt.DropAction.MoveAction
    assert not model.canDropMimeData(mime, move, -1, -1, other_round)
    assert not model.canDropMimeData(mime, move, -1, -1, running_round)
    assert not model.canDropMimeData(mime, move, -1, -1, source)
    assert model.canDropMimeData(mime, move, -1, -1, target)

    assert model.dropMimeData(mime, move, -1, -1, target)

    assert model.cell(t["T3"], s[2]).meeting_id == meeting_id
    assert model.cell(t["T1"], s[2]).state is CellKind.FREE
    with db.session() as session:
        assert session.get_one(Meeting, meeting_id).table_id == t["T3"]


def test_table_out_of_service_and_back(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    meeting_id = plan_meeting(db, gui_event, "P1", "P4", "T3", 3)
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    t, s = gui_event.table_ids, gui_event.slot_ids
    view.select_cell(t["T3"], s[3])
    qtbot.mouseClick(view.details.service_button, Qt.MouseButton.LeftButton)
    with db.session() as session:
        assert not session.get_one(VenueTable, t["T3"]).active
        moved_to = session.get_one(Meeting, meeting_id).table_id
    assert moved_to != t["T3"]
    assert view.model.cell(moved_to, s[3]).meeting_id == meeting_id
    assert not next(x for x in view.model.tables if x.id == t["T3"]).active
    assert view.model.free_tables(s[3]) == 1
    view.select_cell(t["T3"], s[3])
    assert "back in service" in view.details.service_button.text()
    qtbot.mouseClick(view.details.service_button, Qt.MouseButton.LeftButton)
    assert view.model.free_tables(s[3]) == 2


def test_change_from_another_process_repaints_only_its_cells(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    painted: list[tuple[int, int, int, int]] = []

    def spy(top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        painted.append((top_left.row(), top_left.column(),
                        bottom_right.row(), bottom_right.column()))

    view.model.dataChanged.connect(spy)
    p = gui_event.participant_ids
    # Another desk books a walk-in: its own session, straight through the service.
    with db.session() as session:
        event = session.get_one(Event, gui_event.event_id)
        proposal = propose_walk_in(session, event, p["P3"], p["P6"], allow_moves=False)
        result = apply_proposal(session, event, proposal, desk="Desk 2")
    assert result.booked
    state.poll_changes()
    assert result.table_id is not None
    assert result.slot_id is not None
    index = view.model.index_of(result.table_id, result.slot_id)
    assert painted == [(index.row(), index.column(), index.row(), index.column())]
    cell = index.data(CELL_ROLE)
    assert cell.meeting_id == result.meeting_id
    assert {cell.company_a, cell.company_b} == {"Bonduelle", "Lesaffre"}
    with db.session() as session:
        assert session.scalar(select(Meeting.id).where(Meeting.id == result.meeting_id))


def test_undo_button_takes_back_the_last_action(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    meeting_id = plan_meeting(db, gui_event, "P1", "P4", "T2", 2)
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    t, s = gui_event.table_ids, gui_event.slot_ids
    view.select_cell(t["T2"], s[2])
    qtbot.mouseClick(view.details.cancel_button, Qt.MouseButton.LeftButton)
    assert view.model.cell(t["T2"], s[2]).state is CellKind.CANCELLED
    qtbot.mouseClick(view.details.undo_button, Qt.MouseButton.LeftButton)
    restored = view.model.cell(t["T2"], s[2])
    # P1 is checked in, P4 not yet: back to "one missing" (late), not recorded absent.
    assert restored.state is CellKind.ONE_MISSING
    assert not restored.marked_missing
    assert restored.meeting_id == meeting_id


def test_freed_table_is_offered_to_the_wait_list_and_booked(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    # Rounds 3 and 4 are full; Société Générale (P1) waits to meet Éco-Pack (P8).
    for a, b, table, position in (("P3", "P4", "T1", 2), ("P6", "P7", "T2", 2),
                                  ("P5", "P8", "T3", 2), ("P5", "P2", "T1", 3),
                                  ("P3", "P6", "T2", 3), ("P4", "P7", "T3", 3)):
        plan_meeting(db, gui_event, a, b, table, position)
    p, t, s = gui_event.participant_ids, gui_event.table_ids, gui_event.slot_ids
    with db.session() as session:
        add_to_waitlist(session, session.get_one(Event, gui_event.event_id), p["P1"],
                        p["P8"], desk="Desk 2")
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    assert not view.notice.isVisible()
    view.select_cell(t["T3"], s[2])
    qtbot.mouseClick(view.details.party_a.no_show, Qt.MouseButton.LeftButton)  # P5

    assert view.notice.isVisible()
    assert "Décathlon" in view.notice.message.text()
    assert view.notice.offers.count() >= 1
    assert view.notice.offers.itemText(0).startswith("Société Générale – Éco-Pack: 14:40")
    qtbot.mouseClick(view.notice.book_button, Qt.MouseButton.LeftButton)

    cell = view.model.cell(t["T3"], s[2])
    assert cell.is_live
    assert {cell.participant_a_id, cell.participant_b_id} == {p["P1"], p["P8"]}


# PySide6 6.12 flags the QPoint constructors of drag events, the only ones Qt has.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_drop_events_on_the_grid_move_only_onto_free_tables(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    """The view's own drag-move/drop handling (what a mouse drag ends in); the OS drag
    loop itself cannot be driven on the offscreen platform."""
    meeting_id = plan_meeting(db, gui_event, "P1", "P4", "T1", 2)
    plan_meeting(db, gui_event, "P5", "P8", "T2", 2)
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    qtbot.waitExposed(view)
    t, s = gui_event.table_ids, gui_event.slot_ids
    mime = view.model.mimeData([view.model.index_of(t["T1"], s[2])])
    viewport = view.grid.viewport()
    move = Qt.DropAction.MoveAction
    rest = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)

    def hover(table: str) -> QDragMoveEvent:
        point = view.grid.visualRect(view.model.index_of(t[table], s[2])).center()
        QApplication.sendEvent(viewport, QDragEnterEvent(point, move, *rest))
        event = QDragMoveEvent(point, move, *rest)
        QApplication.sendEvent(viewport, event)
        return event

    assert not hover("T2").isAccepted()  # taken in that round
    assert hover("T3").isAccepted()
    point = view.grid.visualRect(view.model.index_of(t["T3"], s[2])).center()
    drop = QDropEvent(QPointF(point), move, *rest)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    assert view.model.cell(t["T3"], s[2]).meeting_id == meeting_id
    assert view.model.cell(t["T1"], s[2]).state is CellKind.FREE


def test_grid_follows_the_clock_to_the_next_round(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    assert view.model.current_slot_index == 1
    with db.session() as session:
        event = session.get_one(Event, gui_event.event_id)
        assert event.simulated_now is not None
        event.simulated_now = event.simulated_now.replace(hour=14, minute=45)
    view.follow_clock()
    assert view.model.current_slot_index == 2
    assert view.model.is_past(1)
    assert "Round 3" in view.summary_label.text()
    assert view.details.title.text() == "Round 3 · now"
    # Round 3 has started: its cells no longer accept moved meetings.
    free_now = view.model.index_of(gui_event.table_ids["T3"], gui_event.slot_ids[2])
    assert not view.model.flags(free_now) & Qt.ItemFlag.ItemIsDropEnabled


def test_check_in_at_another_desk_repaints_that_persons_cells(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    t, s = gui_event.table_ids, gui_event.slot_ids
    painted: list[tuple[int, int]] = []
    view.model.dataChanged.connect(
        lambda top_left, _bottom_right: painted.append((top_left.row(), top_left.column())))
    with db.session() as session:
        event = session.get_one(Event, gui_event.event_id)
        person = session.get_one(Participant, gui_event.participant_ids["P3"])
        check_in_participant(session, event, person, desk="Desk 2")
    state.poll_changes()
    index = view.model.index_of(t["T2"], s[0])  # P3 - P4 in round 1
    assert painted == [(index.row(), index.column())]
    cell = view.model.cell(t["T2"], s[0])
    assert cell.state is CellKind.ONE_MISSING
    assert cell.missing_name == "Château Lafite"


def test_move_swap_and_lock_from_the_details_panel(
    qtbot: QtBot, db: Database, gui_event: GuiEvent
) -> None:
    first = plan_meeting(db, gui_event, "P1", "P4", "T1", 2)
    second = plan_meeting(db, gui_event, "P5", "P8", "T2", 2)
    state = DeskState(db, gui_event.event_id, "Desk 1")
    view = make_view(qtbot, state)
    t, s = gui_event.table_ids, gui_event.slot_ids
    panel = view.details
    view.select_cell(t["T1"], s[2])
    assert [panel.move_combo.itemData(i) for i in range(panel.move_combo.count())] == [t["T3"]]

    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    assert view.model.cell(t["T3"], s[2]).meeting_id == first
    assert view.notice.isVisible()

    view.select_cell(t["T3"], s[2])
    assert panel.swap_combo.currentData() == second
    qtbot.mouseClick(panel.swap_button, Qt.MouseButton.LeftButton)
    assert view.model.cell(t["T2"], s[2]).meeting_id == first
    assert view.model.cell(t["T3"], s[2]).meeting_id == second

    view.select_cell(t["T2"], s[2])
    assert panel.lock_button.text() == "Lock"
    qtbot.mouseClick(panel.lock_button, Qt.MouseButton.LeftButton)
    assert view.model.cell(t["T2"], s[2]).locked
    assert panel.lock_button.text() == "Unlock"
    locked_index = view.model.index_of(t["T2"], s[2])
    assert not view.model.flags(locked_index) & Qt.ItemFlag.ItemIsDragEnabled
    with db.session() as session:
        assert session.get_one(Meeting, first).locked
    # A locked meeting cannot be moved: the refusal is a sentence, nothing changes.
    errors: list[str] = []
    state.error.connect(errors.append)
    view.actions_.move_meeting(first, s[2], t["T1"])
    assert errors
    assert "locked" in errors[0]
    assert view.model.cell(t["T2"], s[2]).meeting_id == first
