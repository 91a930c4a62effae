"""Creating meetings with their seats (the rows the database's double-booking guard
works on). Every code path that makes a meeting goes through :func:`add_meeting`."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk_app.db.models import Meeting, MeetingRequest, MeetingSeat, MeetingStatus


def add_meeting(
    session: Session,
    request: MeetingRequest,
    *,
    slot_id: int,
    table_id: int,
    locked: bool = False,
    status: MeetingStatus = MeetingStatus.SCHEDULED,
) -> Meeting:
    """Add a meeting for ``request`` and one seat per participant (not flushed).

    The seats' slot and status are filled from the meeting by the composite foreign
    key's relationship sync, and kept in step by the database afterwards.
    """
    meeting = Meeting(
        event_id=request.event_id,
        request_id=request.id,
        slot_id=slot_id,
        table_id=table_id,
        status=status,
        locked=locked,
    )
    meeting.seats = [
        MeetingSeat(participant_id=request.participant_a_id, slot_id=slot_id, status=status),
        MeetingSeat(participant_id=request.participant_b_id, slot_id=slot_id, status=status),
    ]
    session.add(meeting)
    return meeting
