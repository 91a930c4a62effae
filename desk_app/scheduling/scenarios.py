"""Synthetic same-day changes, for re-solve tests and benchmarks."""

from __future__ import annotations

import dataclasses
import random

from desk_app.scheduling.model import Instance, PlacedMeeting, Request, Schedule


def day_of_changes(
    instance: Instance,
    schedule: Schedule,
    *,
    now_index: int,
    absent: int,
    new_requests: int,
    locked_share: float = 0.3,
    seed: int = 0,
) -> Instance:
    """The instance as the desk sees it mid-day: `schedule` is the current plan (some of it
    locked), the clock is at slot `now_index`, `absent` people did not come and
    `new_requests` wishes were added on the spot (weight 2, between present people)."""
    rng = random.Random(seed)
    now = instance.slots[min(now_index, len(instance.slots) - 1)].id
    gone = set(rng.sample([p.id for p in instance.participants], absent))
    participants = tuple(
        dataclasses.replace(p, absent=True) if p.id in gone else p for p in instance.participants
    )
    present = [p.id for p in participants if not p.absent]
    wished = {frozenset((r.a, r.b)) for r in instance.requests}
    extra: list[Request] = []
    while len(extra) < new_requests:
        a, b = rng.sample(present, 2)
        if frozenset((a, b)) in wished:
            continue
        wished.add(frozenset((a, b)))
        extra.append(Request(f"NEW{len(extra) + 1:04d}", a, b, 2))
    meetings = tuple(
        PlacedMeeting(m.request, m.slot, m.table, rng.random() < locked_share)
        for m in schedule.meetings
    )
    return dataclasses.replace(
        instance,
        participants=participants,
        requests=instance.requests + tuple(extra),
        now=now,
        meetings=meetings,
    )
