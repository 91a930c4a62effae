"""Every availability form organisers write, and what it becomes in the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desk_app.db.engine import Database
from desk_app.db.models import Participant, Slot
from desk_app.importing import ImportFailed, import_participants
from desk_app.importing.availability import (
    Round,
    arrival_departure,
    available_rounds,
    parse_time,
)

# Eight 20-minute rounds: 09:00, 09:20, 09:40, 10:00 (morning), 14:00 ... 15:00.
ROUNDS = [Round(i + 1, i + 1, f"S{i + 1:02d}", dt.time(h, m), dt.time(h2, m2))
          for i, (h, m, h2, m2) in enumerate([
              (9, 0, 9, 20), (9, 20, 9, 40), (9, 40, 10, 0), (10, 0, 10, 20),
              (14, 0, 14, 20), (14, 20, 14, 40), (14, 40, 15, 0), (15, 0, 15, 20)])]


@pytest.mark.parametrize(("text", "numbers"), [
    ("", None),
    ("14:00-15:00", {5, 6, 7}),
    ("14h-15h", {5, 6, 7}),
    ("9h-9h40 ; 14h20-15h20", {1, 2, 6, 7, 8}),
    ("14h-14h40 ; 15h-18h", {5, 6, 8}),
    ("9h30 à 10h20", {3, 4}),
    ("14:00 to 14:40", {5, 6}),
    ("matin", {1, 2, 3, 4}),
    ("Après-midi", {5, 6, 7, 8}),
    ("apres midi", {5, 6, 7, 8}),
    ("morning", {1, 2, 3, 4}),
    ("afternoon", {5, 6, 7, 8}),
    ("matin et après-midi", set(range(1, 9))),
    ("toute la journée", set(range(1, 9))),
    ("1-4, 7", {1, 2, 3, 4, 7}),
    ("2", {2}),
    ("S03 + S08", {3, 8}),
    ("à partir de 14h20", {6, 7, 8}),
    ("dès 15h", {8}),
    ("from 14:40", {7, 8}),
    ("jusqu'à 9h40", {1, 2}),
    ("until 10:00", {1, 2, 3}),
    ("14:20", {6}),
])
def test_availability_forms(text: str, numbers: set[int] | None) -> None:
    slots, why = available_rounds(text, ROUNDS)
    assert why == ""
    assert slots == numbers


@pytest.mark.parametrize(("text", "reason"), [
    ("sometimes", "not understood"),
    ("9", "no round '9'"),
    ("19h-20h", "no round lies within"),
    ("25h-26h", "not a time range"),
])
def test_availability_mistakes_are_sentences(text: str, reason: str) -> None:
    slots, why = available_rounds(text, ROUNDS)
    assert slots is None
    assert reason in why


@pytest.mark.parametrize(("arrival", "departure", "numbers"), [
    ("14h", "", {5, 6, 7, 8}),
    ("", "10:00", {1, 2, 3}),
    ("9:20", "14:40", {2, 3, 4, 5, 6}),
    ("0.5833333", "", {5, 6, 7, 8}),  # an Excel time cell read as a number: 14:00
    ("2026-12-03 14:20", "", {6, 7, 8}),
    ("", "", None),
])
def test_arrival_and_departure(arrival: str, departure: str, numbers: set[int] | None) -> None:
    assert arrival_departure(arrival, departure, ROUNDS) == (numbers, "")


def test_parse_time_refuses_what_is_not_a_time() -> None:
    assert parse_time("14h40") == dt.time(14, 40)
    assert parse_time("14") is None
    assert parse_time("noon") is None
    assert parse_time("24:00") is None


def _unavailable(db: Database) -> dict[str, list[str]]:
    with db.session() as session:
        codes = dict(session.execute(select(Slot.id, Slot.code)).all())
        people = session.scalars(select(Participant).options(
            selectinload(Participant.unavailable_slots)))
        return {p.company: sorted(codes[u.slot_id] for u in p.unavailable_slots)
                for p in people}


def test_an_availability_column_becomes_unavailable_rounds(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    # The tiny event: S01 14:00, S02 14:20, S03 14:40, S04 15:00 (20 minutes each).
    path = tmp_path / "inscrits.csv"
    path.write_text(
        "Société;Nom;Disponibilités;Arrivée;Départ;Min rendez-vous\n"
        "Tôt SA;Anne;14:00-14:40;;;2\n"
        "Tard SA;Bob;;14h40;;\n"
        "Partout SA;Cid;;;;\n"
        "Rounds SA;Dan;1, 4;;;\n",
        encoding="utf-8")
    with db.session() as session:
        result = import_participants(session, event_id, path)
    assert result.created == 4
    unavailable = _unavailable(db)
    assert unavailable["Tôt SA"] == ["S03", "S04"]
    assert unavailable["Tard SA"] == ["S01", "S02"]
    assert unavailable["Partout SA"] == []
    assert unavailable["Rounds SA"] == ["S02", "S03"]
    with db.session() as session:
        early = session.scalars(select(Participant).where(
            Participant.company == "Tôt SA")).one()
        assert early.min_meetings == 2


def test_a_wrong_availability_names_its_row(db: Database, event_id: int,
                                            tmp_path: Path) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_text("Company,Availability\nA SA,14:00-14:40\nB SA,lunch time\n",
                    encoding="utf-8")
    with pytest.raises(ImportFailed) as caught, db.session() as session:
        import_participants(session, event_id, path)
    assert [e.row for e in caught.value.errors] == [3]
    assert "availability 'lunch time' not understood" in caught.value.errors[0].reason
