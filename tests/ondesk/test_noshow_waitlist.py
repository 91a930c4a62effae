"""No-shows free slots, the wait list fills them, undo takes it all back exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Event, Meeting, MeetingRequest, Participant
from desk_app.errors import Conflict, NotFound
from desk_app.ondesk.booking import ProposalKind, book_walk_in
from desk_app.ondesk.noshow import mark_no_show, partner_missing, suggest_no_shows
from desk_app.ondesk.undo import undo_last, undoable_actions
from desk_app.ondesk.waitlist import (
    add_to_waitlist,
    fill_from_waitlist,
    waiting_pairs,
    waitlist_candidates,
)
from desk_app.services.checkin import check_in_participant
from desk_app.services.meetings import add_meeting
from tests.ondesk.conftest import Tiny, dump, live_places, make_day


def _full_day(db: Database) -> Tiny:
    # One table, two rounds, both taken: nothing fits without someone leaving.
    return make_day(db, slots=2, tables=1, placed={"R1": (0, 0), "R2": (1, 0)})


def test_wait_list_is_filled_after_a_no_show_and_undo_restores_everything(
    db: Database,
) -> None:
    t = _full_day(db)
    start = dump(db, t.event_id)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        refused = book_walk_in(s, event, t.people["P1"], t.people["P5"], allow_moves=True)
        assert not refused.booked
        assert refused.can_waitlist
        assert "Every table is taken" in refused.message
        entry = add_to_waitlist(s, event, t.people["P1"], t.people["P5"], desk="D1")
        assert waitlist_candidates(s, event) == []
    after_waitlist = dump(db, t.event_id)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        result = mark_no_show(s, event, t.people["P3"], desk="D1")
        assert result.meetings
        assert result.freed == {(t.tables[0], t.slots[1])}
        assert result.offers[0].request_id == entry.request_id
        assert result.offers[0].kind == ProposalKind.FAST
        assert result.offers[0].slot_id == t.slots[1]
        assert t.people["P4"] in result.summary.participants
    after_noshow = dump(db, t.event_id)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        filled = fill_from_waitlist(s, event, desk="D1")
        assert [o.request_id for o in filled.booked] == [entry.request_id]
    assert live_places(db, t.event_id)[entry.request_id] == (t.slots[1], t.tables[0])
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        history = undoable_actions(s, event)
        assert [h.action for h in history] == ["waitlist_fill", "no_show", "waitlist_add"]
        assert history[1].label == "Société 3 marked absent; 1 meeting cancelled"

    for expected in (after_noshow, after_waitlist, start):
        with db.session() as s:
            event = s.get(Event, t.event_id)
            assert event is not None
            undo_last(s, event, desk="D1")
        assert dump(db, t.event_id) == expected
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        with pytest.raises(NotFound):
            undo_last(s, event)


def test_undo_refuses_when_a_later_change_depends_on_it(db: Database) -> None:
    t = _full_day(db)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        mark_no_show(s, event, t.people["P3"])
        # P3 turns up after all: the check-in clears the absent flag.
        person = s.get(Participant, t.people["P3"])
        assert person is not None
        check_in_participant(s, event, person)
    before = dump(db, t.event_id)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        with pytest.raises(Conflict, match="was changed after it"):
            undo_last(s, event)
    assert dump(db, t.event_id) == before


def test_partner_missing_frees_the_table_and_names_who(db: Database) -> None:
    t = make_day(db, slots=3, placed={"R1": (0, 0)}, now_slot=0)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.request_id == t.requests["R1"]))
        assert meeting_id is not None
        result = partner_missing(s, event, meeting_id, t.people["P2"])
        assert "Société 2 did not come" in result.message
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        assert meeting.status == "no_show"
        assert meeting.missing_participant_id == t.people["P2"]
        # The running round is frozen: nothing is offered there.
        assert result.offers == ()


def test_no_show_suggestions_are_people_not_checked_in_before_their_first_meeting(
    db: Database,
) -> None:
    t = make_day(db, slots=3, placed={"R1": (0, 0), "R2": (2, 0)}, now_slot=None)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        first = s.scalar(select(Meeting).where(Meeting.request_id == t.requests["R1"]))
        assert first is not None
        event.simulated_now = first.slot.starts_at - dt.timedelta(minutes=10)
        p1 = s.get(Participant, t.people["P1"])
        assert p1 is not None
        check_in_participant(s, event, p1)
        names = {p.ext_id for p in suggest_no_shows(s, event, cutoff_minutes=15)}
        # P1 is here, P3/P4 meet later, P5/P6 have no meeting.
        assert names == {"P2"}
        mark_no_show(s, event, t.people["P2"])
        assert suggest_no_shows(s, event) == []
        requests = s.scalars(select(MeetingRequest)).all()
        assert all(r.status == "active" for r in requests)


def test_undo_refuses_when_the_freed_table_was_booked_outside_the_desk(
    db: Database,
) -> None:
    t = _full_day(db)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        mark_no_show(s, event, t.people["P3"])
    with db.session() as s:
        # e.g. a full re-schedule put another meeting in the freed place
        request = s.get(MeetingRequest, t.requests["R3"])
        assert request is not None
        add_meeting(s, request, slot_id=t.slots[1], table_id=t.tables[0])
    before = dump(db, t.event_id)
    with db.session() as s:
        event = s.get(Event, t.event_id)
        assert event is not None
        with pytest.raises(Conflict, match="booked since"):
            undo_last(s, event)
    assert dump(db, t.event_id) == before


def test_desk_panel_lists_the_wait_list_by_arrival_and_the_cli_by_weight(
    db: Database,
) -> None:
    """One query serves both: the CLI names the heaviest wish first, the panel the oldest."""
    from desk_app.gui.booking.waitlist import load_waitlist

    t = _full_day(db)
    with db.session() as s:
        event = s.get_one(Event, t.event_id)
        light = add_to_waitlist(s, event, t.people["P1"], t.people["P5"], weight=1)
        heavy = add_to_waitlist(s, event, t.people["P2"], t.people["P6"], weight=5)
        assert [w.request_id for w in waiting_pairs(s, event)] == [
            heavy.request_id, light.request_id]
        panel = load_waitlist(s, event)
        assert [w.request_id for w in panel] == [light.request_id, heavy.request_id]
        assert [w.fit for w in panel] == [None, None]  # every table is taken
        assert (panel[0].company_a, panel[0].company_b) == ("Société 1", "Société 5")
