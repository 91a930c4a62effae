"""Building a demo event: firms, contacts, tables, rounds and skewed meeting wishes.

Like real B2B days: a few firms are wanted by many, a third of participants are buyers
who mostly ask for suppliers, a wish both ways is one mutual request (weight 3, else 2),
and about 30% of participants stay half a day or miss two rounds.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random

from sqlalchemy.orm import Session

from desk_app.badges.codes import make_badge_code, new_event_secret
from desk_app.db.models import (
    AuditEntry,
    Event,
    MeetingRequest,
    Participant,
    ParticipantUnavailability,
    Slot,
    VenueTable,
)
from desk_app.demo.names import NameMaker
from desk_app.demo.profiles import DEMO_DATE, DemoProfile, get_profile
from desk_app.exchange.instance import unused_event_code, unused_event_name
from desk_app.services.changes import ChangeSummary, record_change

BUYER_SHARE = 1 / 3
PARTIAL_SHARE = 0.3  # half a day, or two rounds missed
MUTUAL_WEIGHT, ONE_WAY_WEIGHT = 3, 2


def slot_times(profile: DemoProfile) -> list[tuple[dt.datetime, dt.datetime]]:
    times = []
    length = dt.timedelta(minutes=profile.round_minutes)
    for start, count in profile.sessions:
        at = dt.datetime.combine(DEMO_DATE, start)
        for _ in range(count):
            times.append((at, at + length))
            at += length
    return times


def _unavailable(rng: random.Random, profile: DemoProfile) -> set[int]:
    """Slot indexes a participant misses: none for most, half the day or two rounds."""
    n = profile.slot_count
    if rng.random() >= PARTIAL_SHARE:
        return set()
    if rng.random() < 0.5:  # only half the day there
        if len(profile.sessions) > 1:
            first = profile.sessions[0][1]
            halves = [set(range(first)), set(range(first, n))]
        else:
            halves = [set(range(n // 2)), set(range(n // 2, n))]
        return halves[rng.randrange(2)]
    start = rng.randrange(n - 1)
    if rng.random() < 0.5:  # a two-round errand
        return {start, start + 1}
    return set(rng.sample(range(n), 2))


class _Picker:
    """Draws participants from a pool in proportion to their popularity (O(log n))."""

    def __init__(self, rng: random.Random, pool: list[int], popularity: list[float]) -> None:
        self.rng, self.pool = rng, pool
        self.cumulative = list(itertools.accumulate(popularity[i] for i in pool))

    def pick(self) -> int:
        x = self.rng.random() * self.cumulative[-1]
        return self.pool[min(bisect.bisect(self.cumulative, x), len(self.pool) - 1)]


def make_wishes(
    rng: random.Random, profile: DemoProfile, buyers: set[int]
) -> list[tuple[int, int]]:
    """(asker, wanted) pairs, skewed towards a few popular firms."""
    n = profile.participants
    popularity = [min(rng.paretovariate(1.2), 40.0) for _ in range(n)]
    suppliers = [i for i in range(n) if i not in buyers]
    pick_all = _Picker(rng, list(range(n)), popularity)
    pick_supplier = _Picker(rng, suppliers, popularity)
    pick_buyer = _Picker(rng, sorted(buyers), popularity) if buyers else pick_all
    counts = [rng.randint(*profile.wishes) for _ in range(n)]
    for asker, count in zip(rng.sample(range(n), len(profile.heavy_askers)),
                            profile.heavy_askers, strict=True):
        counts[asker] = min(count, n - 1)
    wishes = []
    for asker in range(n):
        wanted: list[int] = []
        for _ in range(30 * counts[asker]):
            if len(wanted) >= counts[asker]:
                break
            if asker in buyers:
                picker = pick_supplier if rng.random() < 0.85 else pick_all
            else:
                picker = pick_buyer if rng.random() < 0.6 else pick_all
            other = picker.pick()
            if other != asker and other not in wanted:
                wanted.append(other)
        wishes += [(asker, other) for other in wanted]
    return wishes


def create_demo_event(session: Session, profile: str | DemoProfile, seed: int = 1) -> Event:
    """A new event shaped like ``profile`` (flushed, not scheduled).

    The same profile and seed give the same firms, contacts and wishes; the event code and
    badge secret are fresh each time (two demos can live in one database).
    """
    shape = get_profile(profile) if isinstance(profile, str) else profile
    rng = random.Random(f"desk-app-demo/{shape.name}/{seed}")
    event = Event(name=unused_event_name(session, shape.event_name), venue=shape.venue,
                  date=DEMO_DATE, code=unused_event_code(session), badge_secret=new_event_secret())
    session.add(event)
    session.flush()

    slots = [Slot(event_id=event.id, position=i, code=f"S{i + 1:02d}", starts_at=start,
                  ends_at=end) for i, (start, end) in enumerate(slot_times(shape))]
    tables = [VenueTable(event_id=event.id, label=str(i + 1), position=i,
                         zone=shape.zones[i * len(shape.zones) // shape.tables])
              for i in range(shape.tables)]
    session.add_all([*slots, *tables])
    session.flush()

    n = shape.participants
    buyers = set(rng.sample(range(n), round(n * BUYER_SHARE)))
    hosts = [i for i in rng.sample(range(n), n) if i not in buyers]
    hosts = hosts[: min(round(n * shape.host_share), shape.tables)]
    host_table = {p: tables[k].id for k, p in enumerate(sorted(hosts))}
    names = NameMaker(rng)
    people = []
    for i in range(n):
        person = names.person()
        ext_id = f"P{i + 1:04d}"
        people.append(Participant(
            event_id=event.id, ext_id=ext_id, company=person.company,
            contact_name=person.contact_name, email=person.email, phone=person.phone,
            country=person.country, role="buyer" if i in buyers else "supplier",
            host_table_id=host_table.get(i), max_meetings=shape.max_meetings,
            badge_code=make_badge_code(event.badge_secret, event.code, ext_id),
            unavailable_slots=[ParticipantUnavailability(slot_id=slots[s].id)
                               for s in sorted(_unavailable(rng, shape))],
        ))
    session.add_all(people)
    session.flush()

    requests: dict[tuple[int, int], MeetingRequest] = {}
    for asker, wanted in make_wishes(rng, shape, buyers):
        reverse = requests.get((wanted, asker))
        if reverse is not None:
            reverse.weight = MUTUAL_WEIGHT
            continue
        requests[(asker, wanted)] = MeetingRequest(
            event_id=event.id, ext_id=f"R{len(requests) + 1:05d}",
            participant_a_id=people[asker].id, participant_b_id=people[wanted].id,
            weight=ONE_WAY_WEIGHT,
        )
    session.add_all(requests.values())
    session.add(AuditEntry(event_id=event.id, action="create_demo_event", entity="event",
                           entity_id=event.id, after={"profile": shape.name, "seed": seed}))
    record_change(session, event.id, ChangeSummary(kind="demo", everything=True))
    session.flush()
    return event
