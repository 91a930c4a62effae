from __future__ import annotations

from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import MeetingRequest, Slot, VenueTable
from desk_app.services.agenda import participant_agenda
from desk_app.services.meetings import add_meeting
from tests.conftest import make_tiny_event


def test_agenda_lists_live_meetings_in_time_order_with_partner(db: Database) -> None:
    make_tiny_event(db, participants=4)
    with db.session() as s:
        slots = list(s.scalars(select(Slot).order_by(Slot.position)))
        tables = list(s.scalars(select(VenueTable).order_by(VenueTable.position)))
        r1, r2 = s.scalars(select(MeetingRequest).order_by(MeetingRequest.id)).all()
        extra = MeetingRequest(event_id=r1.event_id, ext_id="RX",
                               participant_a_id=r2.participant_a_id,
                               participant_b_id=r1.participant_a_id)
        s.add(extra)
        s.flush()
        add_meeting(s, r1, slot_id=slots[2].id, table_id=tables[0].id)
        add_meeting(s, extra, slot_id=slots[0].id, table_id=tables[1].id)
        add_meeting(s, r2, slot_id=slots[1].id, table_id=tables[0].id)
        s.flush()
        agenda = participant_agenda(s, r1.participant_a_id)
        assert [line.slot_code for line in agenda] == ["S01", "S03"]
        assert agenda[0].partner_company == "Société 3"
        assert agenda[0].table_label == "T2"
        assert agenda[1].partner_company == "Société 2"


def test_live_agenda_fast_path_matches_the_general_query(db: Database) -> None:
    from desk_app.db.models import LIVE_STATUSES, Meeting, MeetingStatus, Participant

    make_tiny_event(db, participants=4)
    with db.session() as s:
        slots = list(s.scalars(select(Slot).order_by(Slot.position)))
        tables = list(s.scalars(select(VenueTable).order_by(VenueTable.position)))
        r1, r2 = s.scalars(select(MeetingRequest).order_by(MeetingRequest.id)).all()
        add_meeting(s, r1, slot_id=slots[0].id, table_id=tables[0].id)
        cancelled = add_meeting(s, r2, slot_id=slots[1].id, table_id=tables[0].id)
        s.flush()
        cancelled.status = MeetingStatus.CANCELLED
        s.flush()
        add_meeting(s, r2, slot_id=slots[2].id, table_id=tables[1].id)
        s.flush()
        s.expire_all()
        for pid in s.scalars(select(Participant.id)):
            every = participant_agenda(s, pid, include_inactive=True)
            live = [line for line in every if line.status in LIVE_STATUSES]
            assert participant_agenda(s, pid) == live
        assert s.scalar(select(Meeting.status).where(Meeting.id == cancelled.id)) == "cancelled"
