"""A new, empty event from what an organiser knows: its name, date, rounds and tables.

Participants and wishes then come from the organiser's lists (``desk-app import
participants`` and ``import requests``), before ``desk-app schedule``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk_app.badges.codes import new_event_secret
from desk_app.db.models import AuditEntry, Event, Slot, VenueTable
from desk_app.errors import InvalidInput
from desk_app.exchange.instance import unused_event_code, unused_event_name
from desk_app.i18n import t
from desk_app.services.changes import ChangeSummary, record_change

MAX_TABLES = 5000
MAX_ROUNDS = 100
_BLOCK_RE = re.compile(r"(\d{1,2})(?:[:h](\d{2})?)?\s*[x×*]\s*(\d{1,3})")


@dataclass(frozen=True)
class RoundBlock:
    """``count`` rounds back to back from ``start`` (a morning, an afternoon)."""

    start: dt.time
    count: int


def _bad(message: str) -> InvalidInput:
    return InvalidInput(message, code="bad_event")


def parse_round_block(text: str) -> RoundBlock:
    """'09:00x7', '9h x 7', '14h00*8' -> 7 (or 8) rounds from that time."""
    match = _BLOCK_RE.fullmatch(text.strip().lower())
    hour, minute = (int(match.group(1)), int(match.group(2) or 0)) if match else (0, 0)
    if match is None or hour > 23 or minute > 59 or int(match.group(3)) == 0:
        raise _bad(t("Rounds {text} are not understood: write the first round's start "
                     "and how many rounds follow, e.g. 09:00x7 (seven rounds from 9:00).",
                     text=repr(text)))
    return RoundBlock(dt.time(hour, minute), int(match.group(3)))


def round_times(
    date: dt.date, blocks: Sequence[RoundBlock], minutes: int
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Start and end of every round, checking the blocks fit in the day in order."""
    if not 5 <= minutes <= 240:
        raise _bad(t("A round lasts between 5 and 240 minutes."))
    if not blocks:
        raise _bad(t("Give the rounds, e.g. --rounds 09:00x7 --rounds 14:00x8."))
    length = dt.timedelta(minutes=minutes)
    times: list[tuple[dt.datetime, dt.datetime]] = []
    for block in sorted(blocks, key=lambda b: b.start):
        at = dt.datetime.combine(date, block.start)
        if times and at < times[-1][1]:
            raise _bad(t("The rounds from {start} start before the previous ones end "
                         "({end}).", start=f"{block.start:%H:%M}",
                         end=f"{times[-1][1]:%H:%M}"))
        for _ in range(block.count):
            times.append((at, at + length))
            at += length
        if times[-1][1].date() != date:
            raise _bad(t("The rounds from {start} run past midnight.",
                         start=f"{block.start:%H:%M}"))
    if len(times) > MAX_ROUNDS:
        raise _bad(t("An event has at most {count} rounds.", count=MAX_ROUNDS))
    return times


def create_event(
    session: Session, *, name: str, date: dt.date, blocks: Sequence[RoundBlock],
    round_minutes: int, tables: int, venue: str = "", desk: str = "",
) -> Event:
    """The event with its rounds S01.. and tables 1..``tables`` (flushed)."""
    if not name.strip():
        raise _bad(t("Give the event a name."))
    if not 1 <= tables <= MAX_TABLES:
        raise _bad(t("An event has between 1 and {count} tables.", count=f"{MAX_TABLES:,}"))
    times = round_times(date, blocks, round_minutes)
    event = Event(name=unused_event_name(session, name.strip()[:190]), venue=venue[:200],
                  date=date, code=unused_event_code(session),
                  badge_secret=new_event_secret())
    session.add(event)
    session.flush()
    session.add_all([Slot(event_id=event.id, position=i, code=f"S{i + 1:02d}",
                          starts_at=start, ends_at=end)
                     for i, (start, end) in enumerate(times)])
    session.add_all([VenueTable(event_id=event.id, label=str(i + 1), position=i)
                     for i in range(tables)])
    session.add(AuditEntry(event_id=event.id, desk=desk, actor=desk, action="create_event",
                           entity="event", entity_id=event.id,
                           after={"rounds": len(times), "tables": tables}))
    record_change(session, event.id, ChangeSummary(kind="create_event", everything=True),
                  desk=desk)
    session.flush()
    return event
