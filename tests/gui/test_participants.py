"""The Participants view in the real window: filter, agenda preview, edit contact,
check in, mark absent; rows follow changes made elsewhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, Event, Meeting, MeetingStatus, Participant
from desk_app.gui.main_window import MainWindow
from desk_app.gui.participants.view import ParticipantsView
from desk_app.services.checkin import check_in_participant
from desk_app.services.registration import update_contact
from tests.gui.conftest import GuiEvent


def _open(qtbot: QtBot, window: MainWindow) -> ParticipantsView:
    qtbot.keyClick(window.reception.scan_field, Qt.Key.Key_F4)
    view = window.view("participants")
    assert isinstance(view, ParticipantsView)
    assert window.tabs.currentIndex() == 3
    return view


def _companies(view: ParticipantsView) -> list[str]:
    proxy = view.proxy
    return [str(proxy.index(r, 1).data()) for r in range(proxy.rowCount())]


def test_filter_is_accent_blind_and_by_status(
        qtbot: QtBot, main_window: MainWindow) -> None:
    view = _open(qtbot, main_window)
    # Sorted by company, accents ignored ("Éco-Pack" among the E's, not after Z).
    assert _companies(view) == ["Bonduelle", "Château Lafite", "Décathlon", "Éco-Pack",
                                "Lesaffre", "Renault Trucks", "Roquette Frères",
                                "Société Générale"]
    qtbot.keyClicks(view.filter_field, "societe GENERALE")
    assert _companies(view) == ["Société Générale"]
    assert view.count_label.text() == "1 of 8"
    view.filter_field.clear()
    view.status_filter.setCurrentIndex(view.status_filter.findData("checked_in"))
    assert sorted(_companies(view)) == ["Renault Trucks", "Société Générale"]


def test_selection_shows_agenda_and_contact(
        qtbot: QtBot, main_window: MainWindow, gui_event: GuiEvent) -> None:
    view = _open(qtbot, main_window)
    assert view.select_participant(gui_event.participant_ids["P5"])
    details = view.details
    assert details.title.text() == "Décathlon"
    assert "14:20–14:40" in details.agenda.text()
    assert "Lesaffre" in details.agenda.text()
    assert details.fields["email"].text() == "p5@example.org"
    assert "Expected" in details.status.text()


def test_edit_contact_saves_and_audits(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent) -> None:
    view = _open(qtbot, main_window)
    p5 = gui_event.participant_ids["P5"]
    view.select_participant(p5)
    view.details.fields["phone"].setText("+33 3 21 00 00 00")
    view.details.fields["email"].setText("achats@decathlon.example")
    qtbot.mouseClick(view.details.save_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        person = s.get_one(Participant, p5)
        assert (person.phone, person.email) == ("+33 3 21 00 00 00",
                                                "achats@decathlon.example")
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "update_contact"))
        assert audit is not None
        assert audit.before == {"phone": "", "email": "p5@example.org"}
    assert view.details.feedback.text() == "Saved."
    row = view.selected_row()
    assert row is not None
    assert row.email == "achats@decathlon.example"


def test_stale_form_is_refused_with_a_sentence(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent) -> None:
    view = _open(qtbot, main_window)
    p6 = gui_event.participant_ids["P6"]
    view.select_participant(p6)
    # Another desk saves first (no change event reaches this window yet).
    with db.session() as s:
        update_contact(s, s.get_one(Event, gui_event.event_id), p6, expected_version=None,
                       phone="0600000000")
    view.details.fields["phone"].setText("0700000000")
    qtbot.mouseClick(view.details.save_button, Qt.MouseButton.LeftButton)
    assert main_window.message_bar.isVisible()
    assert "Another desk changed this participant" in main_window.message_bar.text.text()
    with db.session() as s:
        assert s.get_one(Participant, p6).phone == "0600000000"


def test_check_in_from_the_list_and_rows_follow_other_desks(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent) -> None:
    view = _open(qtbot, main_window)
    p7, p8 = gui_event.participant_ids["P7"], gui_event.participant_ids["P8"]
    view.select_participant(p7)
    qtbot.mouseClick(view.details.check_in_button, Qt.MouseButton.LeftButton)
    row = view.selected_row()
    assert row is not None
    assert row.checked_in
    assert row.checked_in_desk == "Desk 1"
    # The header re-reads its counters just after the burst of changes.
    qtbot.waitUntil(lambda: main_window.header.checked_in.value.text() == "3 / 8")
    # Another process checks P8 in: the poll picks it up and repaints that row.
    with db.session() as s:
        check_in_participant(s, s.get_one(Event, gui_event.event_id),
                             s.get_one(Participant, p8), desk="Desk 9")
    main_window.state.poll_changes()
    position = view.model.position_of(p8)
    assert position is not None
    assert view.model.rows[position].checked_in_desk == "Desk 9"
    # The header re-reads its counters just after the burst of changes.
    qtbot.waitUntil(lambda: main_window.header.checked_in.value.text() == "4 / 8")


def test_mark_absent_cancels_future_meetings(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = _open(qtbot, main_window)
    p4 = gui_event.participant_ids["P4"]
    # P4's only meeting (S01) is over: give them one in S04 (not started) first.
    with db.session() as s:
        from desk_app.db.models import MeetingRequest
        from desk_app.services.meetings import add_meeting
        request = MeetingRequest(event_id=gui_event.event_id, ext_id="R9",
                                 participant_a_id=p4,
                                 participant_b_id=gui_event.participant_ids["P5"])
        s.add(request)
        s.flush()
        meeting = add_meeting(s, request, slot_id=gui_event.slot_ids[3],
                              table_id=gui_event.table_ids["T3"])
        s.flush()
        meeting_id = meeting.id
    view.reload()
    p5_position = view.model.position_of(gui_event.participant_ids["P5"])
    assert p5_position is not None
    assert view.model.rows[p5_position].meetings == 2
    view.select_participant(p4)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.details.absent_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get_one(Participant, p4).absent
        assert s.get_one(Meeting, meeting_id).status == MeetingStatus.CANCELLED
    row = view.selected_row()
    assert row is not None
    assert row.absent
    assert "✖ Absent" in view.model.status_text(row)
    assert "cancelled" in view.details.feedback.text()
    # The partner's count follows (P5 was not named by the change: recounted).
    assert view.model.rows[p5_position].meetings == 1


def test_a_walk_in_registered_at_another_desk_appears_in_the_list(
        qtbot: QtBot, main_window: MainWindow, db: Database, gui_event: GuiEvent) -> None:
    from desk_app.services.registration import register_participant

    view = _open(qtbot, main_window)
    assert view.model.rowCount() == 8
    with db.session() as s:
        register_participant(s, s.get_one(Event, gui_event.event_id), "Cristal Union",
                             "Paul Morel", desk="Desk 2")
    main_window.state.poll_changes()
    assert view.model.rowCount() == 9
    assert "Cristal Union  (walk-in)" in _companies(view)
    qtbot.waitUntil(lambda: main_window.header.checked_in.value.text() == "3 / 9")
