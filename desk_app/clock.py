"""The event's clock: real local time at the venue, or a simulated time for demos and
replays (``Event.simulated_now``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class _EventClock(Protocol):
    timezone: str
    simulated_now: dt.datetime | None


class _SlotTimes(Protocol):
    starts_at: dt.datetime
    ends_at: dt.datetime


def event_now(event: _EventClock) -> dt.datetime:
    """Naive local time at the venue (slot times are stored the same way)."""
    if event.simulated_now is not None:
        return event.simulated_now
    try:
        tz = ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = None
    return dt.datetime.now(tz).replace(tzinfo=None, microsecond=0)


def current_slot_index(slots: Sequence[_SlotTimes], now: dt.datetime) -> int | None:
    """Index of the round running at ``now``, or None between rounds / outside the day."""
    for i, slot in enumerate(slots):
        if slot.starts_at <= now < slot.ends_at:
            return i
    return None


def first_open_slot_index(slots: Sequence[_SlotTimes], now: dt.datetime) -> int:
    """Index of the first round that has not started yet (len(slots) when the day is over).

    Rounds before it are past or running: frozen for every re-solve.
    """
    for i, slot in enumerate(slots):
        if slot.starts_at > now:
            return i
    return len(slots)
