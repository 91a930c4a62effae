"""Demo events: the benchmark shapes, believable names, the same event for a seed."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.db.engine import Database
from desk_app.db.models import (
    Event,
    MeetingRequest,
    Participant,
    ParticipantUnavailability,
    Slot,
    VenueTable,
)
from desk_app.demo import PROFILES, create_demo_event
from desk_app.errors import InvalidInput
from desk_app.exchange import event_to_instance_dict


def _create(db: Database, profile: str, seed: int = 1) -> int:
    with db.session() as session:
        return create_demo_event(session, profile, seed=seed).id


def _count(db: Database, model: Any, event_id: int) -> int:
    with db.session() as session:
        return int(session.scalar(
            select(func.count()).select_from(model).where(model.event_id == event_id)) or 0)


def test_artois_has_the_benchmark_shape(db: Database) -> None:
    event_id = _create(db, "artois")
    with db.session() as session:
        slots = list(session.scalars(select(Slot).order_by(Slot.position)))
        data = event_to_instance_dict(session, event_id)
        zones = set(session.scalars(select(VenueTable.zone)))
    assert len(data["participants"]) == 180
    assert len(data["tables"]) == 70
    assert zones == {"Hall A", "Hall B"}
    assert (slots[0].starts_at, slots[-1].ends_at) == (
        dt.datetime(2026, 12, 3, 14, 0), dt.datetime(2026, 12, 3, 18, 0))
    assert len(slots) == 12
    assert 1200 <= len(data["requests"]) <= 1500
    assert {r["weight"] for r in data["requests"]} == {2, 3}
    asked = Counter(r["a"] for r in data["requests"]) + Counter(r["b"] for r in data["requests"])
    assert max(asked.values()) >= 30  # a few firms are wanted (or ask) a lot
    partial = sum("available" in p for p in data["participants"])
    assert 35 <= partial <= 75  # about 30%
    assert not any("table" in p for p in data["participants"])


def test_metz_has_a_lunch_break_hosts_and_a_cap(db: Database) -> None:
    event_id = _create(db, "metz")
    with db.session() as session:
        slots = list(session.scalars(select(Slot).order_by(Slot.position)))
        people = list(session.scalars(select(Participant)))
    assert len(people) == 200
    assert _count(db, VenueTable, event_id) == 100
    assert len(slots) == 15
    assert slots[6].ends_at.time() == dt.time(12, 30)
    assert slots[7].starts_at.time() == dt.time(14, 0)
    hosts = [p for p in people if p.host_table_id is not None]
    assert len(hosts) == 100
    assert len({p.host_table_id for p in hosts}) == 100
    assert {p.max_meetings for p in people} == {10}
    assert Counter(p.role for p in people)["buyer"] == 67


def test_names_are_believable_and_unique(db: Database) -> None:
    _create(db, "large")
    with db.session() as session:
        people = list(session.scalars(select(Participant)))
    companies = [p.company for p in people]
    assert len(people) == 600
    assert len(set(companies)) == 600
    assert not any(c.startswith(("Company", "Société ")) for c in companies)
    assert any(any(ch in c for ch in "éèêëàçôï") for c in companies)
    assert all("@" in p.email and p.phone.startswith("+") for p in people)
    countries = Counter(p.country for p in people)
    assert countries.most_common(1)[0][0] == "FR"
    assert len(countries) >= 4
    assert sum(p.host_table_id is not None for p in people) == 90


def test_same_seed_same_event_other_seed_other_event(db: Database) -> None:
    def snapshot(event_id: int) -> tuple[list[tuple[str, str, str]], int, int]:
        with db.session() as session:
            people = [(p.ext_id, p.company, p.contact_name) for p in session.scalars(
                select(Participant).where(Participant.event_id == event_id)
                .order_by(Participant.ext_id))]
            missing = int(session.scalar(
                select(func.count()).select_from(ParticipantUnavailability)
                .join(Participant).where(Participant.event_id == event_id)) or 0)
        return people, _count(db, MeetingRequest, event_id), missing

    first, again, other = _create(db, "artois", 7), _create(db, "artois", 7), _create(db, "artois")
    assert snapshot(first) == snapshot(again)
    assert snapshot(first)[0] != snapshot(other)[0]
    with db.session() as session:
        names = [session.get_one(Event, i).name for i in (first, again, other)]
    # --event picks an event by name: two of one name would be ambiguous.
    assert names == ["Rencontres d'affaires de l'Artois 2026",
                     "Rencontres d'affaires de l'Artois 2026 (2)",
                     "Rencontres d'affaires de l'Artois 2026 (3)"]


@pytest.mark.slow
def test_xl_has_the_trade_fair_scale(db: Database) -> None:
    event_id = _create(db, "xl")
    assert _count(db, Participant, event_id) == 2500
    assert _count(db, VenueTable, event_id) == 900
    assert _count(db, Slot, event_id) == 23
    assert 22_000 <= _count(db, MeetingRequest, event_id) <= 27_000
    with db.session() as session:
        assert set(session.scalars(select(Participant.max_meetings))) == {12}
        hosts = session.scalar(select(func.count()).select_from(Participant)
                               .where(Participant.host_table_id.is_not(None)))
    assert hosts == 500


def test_unknown_profile_is_a_sentence(db: Database) -> None:
    with pytest.raises(InvalidInput, match="artois"):
        _create(db, "paris")
    assert set(PROFILES) == {"artois", "metz", "large", "xl"}
