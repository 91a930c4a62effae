"""A scheduled demo event in the middle of its day (screenshots, `make run`, training).

The clock stops halfway through round 5; about 80% of the firms checked in at the two
reception desks before their first meeting; a few did not come and were marked absent
through the on-day service (their later meetings cancelled); past rounds are held or
marked "partner did not come"; one walk-in is booked and one wish waits on the list.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app.db.models import (
    Event,
    Meeting,
    MeetingRequest,
    MeetingSeat,
    MeetingStatus,
    Participant,
    Slot,
)
from desk_app.ondesk.booking import book_walk_in, find_request
from desk_app.ondesk.noshow import mark_no_show
from desk_app.ondesk.waitlist import add_to_waitlist
from desk_app.services.changes import ChangeSummary, record_change
from desk_app.services.checkin import check_in_participant

CHECK_IN_SHARE = 0.8
NO_SHOWS = 4
CURRENT_ROUND = 4  # 0-based: "round 5"
DESKS = ("Accueil 1", "Accueil 2")


def _first_meetings(session: Session, event: Event) -> dict[int, dt.datetime]:
    rows = session.execute(
        select(MeetingSeat.participant_id, Slot.starts_at)
        .join(Meeting, Meeting.id == MeetingSeat.meeting_id)
        .join(Slot, Slot.id == MeetingSeat.slot_id)
        .where(Meeting.event_id == event.id, MeetingSeat.status == MeetingStatus.SCHEDULED))
    first: dict[int, dt.datetime] = {}
    for pid, start in rows:
        if pid not in first or start < first[pid]:
            first[pid] = start
    return first


def make_midday(session: Session, event: Event, *, seed: int = 1,
                desk: str = DESKS[0]) -> None:
    rng = random.Random(f"desk-app-midday/{seed}")
    slots = list(session.scalars(select(Slot).where(Slot.event_id == event.id)
                                 .order_by(Slot.position)))
    if not slots:
        return
    current = slots[min(CURRENT_ROUND, len(slots) - 1)]
    now = current.starts_at + (current.ends_at - current.starts_at) / 2
    people = list(session.scalars(select(Participant).where(Participant.event_id == event.id)
                                  .order_by(Participant.id)))
    first = _first_meetings(session, event)
    day_start = slots[0].starts_at

    # Check-ins, in the order they happened, each before the person's first meeting.
    arrivals: list[tuple[dt.datetime, Participant]] = []
    for p in people:
        if rng.random() < CHECK_IN_SHARE:
            due = min(first.get(p.id, now), now)
            arrivals.append((due - dt.timedelta(minutes=rng.randint(3, 45)), p))
    arrivals.sort(key=lambda item: (item[0], item[1].id))
    for at, p in arrivals:
        event.simulated_now = max(at, day_start - dt.timedelta(hours=1))
        check_in_participant(session, event, p, desk=rng.choice(DESKS), source="scan")
    event.simulated_now = now
    here = {p.id for _, p in arrivals}

    # A few firms never came: the desk marked them absent.
    missing = [p for p in people if p.id not in here and p.id in first]
    for p in rng.sample(missing, min(NO_SHOWS, len(missing))):
        mark_no_show(session, event, p.id, desk=desk)

    # Past rounds happened: held, or "partner did not come" when one side is not here.
    past = [s.id for s in slots if s.ends_at <= now]
    held, lonely = [], []
    for mid, a, b in session.execute(
            select(Meeting.id, MeetingRequest.participant_a_id, MeetingRequest.participant_b_id)
            .join(MeetingRequest, MeetingRequest.id == Meeting.request_id)
            .where(Meeting.event_id == event.id, Meeting.slot_id.in_(past),
                   Meeting.status == MeetingStatus.SCHEDULED)):
        if a in here and b in here:
            held.append(mid)
        else:
            lonely.append((mid, b if a in here else a))
    if held:
        session.execute(update(Meeting).where(Meeting.id.in_(held))
                        .values(status=MeetingStatus.HELD),
                        execution_options={"synchronize_session": False})
    for mid, who in lonely:
        session.execute(update(Meeting).where(Meeting.id == mid)
                        .values(status=MeetingStatus.NO_SHOW, missing_participant_id=who),
                        execution_options={"synchronize_session": False})
    session.expire_all()
    record_change(session, event.id, ChangeSummary(kind="midday", everything=True), desk=desk)

    # One walk-in booked at the desk, one wish that has to wait.
    present = sorted(here - {p.id for p in people if p.absent})
    booked = False
    waiting = False
    for _ in range(200):
        if (booked and waiting) or len(present) < 2:
            break
        a, b = rng.sample(present, 2)
        if find_request(session, event, a, b) is not None:
            continue
        if not booked:
            booked = book_walk_in(session, event, a, b, desk=desk).booked
        elif not waiting:
            add_to_waitlist(session, event, a, b, desk=DESKS[1])
            waiting = True
    session.flush()
