"""Meeting wishes: who is named how, mutual wishes, weights, slots, bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desk_app.db.engine import Database
from desk_app.db.models import MeetingRequest, Participant, Slot
from desk_app.importing import ImportFailed, ImportResult, import_requests
from tests.importing.conftest import count, write_xlsx


def _import(db: Database, event_id: int, path: Path) -> ImportResult:
    with db.session() as session:
        return import_requests(session, event_id, path)


def _new_requests(db: Database) -> dict[tuple[str, str], tuple[int, list[str], str]]:
    """(a, b) ext ids -> (weight, allowed slot codes, ext id), for requests not from the
    tiny event's R1..R3."""
    with db.session() as session:
        rows = session.scalars(select(MeetingRequest).options(
            selectinload(MeetingRequest.allowed_slots))).all()
        people = {p.id: p.ext_id for p in session.scalars(select(Participant))}
        codes = dict(session.execute(select(Slot.id, Slot.code)).all())
        return {
            (people[r.participant_a_id], people[r.participant_b_id]): (
                r.weight, sorted(codes[a.slot_id] for a in r.allowed_slots), r.ext_id)
            for r in rows if r.ext_id not in {"R1", "R2", "R3"}
        }


def test_french_list_by_id_email_and_accent_blind_company(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "souhaits.csv"
    path.write_text(
        "Demandeur;Invité;Priorité;Créneaux\n"
        "P1;societe 3;;S01 S02\n"
        "JEANNE@example.fr;P4;mutuel;\n"
        "metallerie du NORD;P5;1;14:40\n"
        "P6;P3;;\n"
        "P3;P6;;après-midi\n"
        "P5;Métallerie du Nord;;\n",
        encoding="utf-8",
    )
    result = _import(db, event_id, path)
    assert (result.created, result.merged) == (4, 2)
    assert result.summary.requests
    assert result.reading == "rank"  # "Priorité" is a rank
    assert _new_requests(db) == {
        ("P1", "P3"): (1, ["S01", "S02"], "R0004"),  # unranked: below every rank
        ("P1", "P4"): (3, [], "R0005"),  # "mutuel" in the priority column
        ("P2", "P5"): (2, ["S03"], "R0006"),  # rank 1, merged with P5 -> P2
        ("P6", "P3"): (1, ["S01", "S02", "S03", "S04"], "R0007"),  # both ways
    }


def test_english_xlsx_with_ids(db: Database, event_id: int, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "wishes.xlsx", [
        ["Id", "From", "To", "Weight", "Slots"],
        ["W1", "P1", "P5", 3, "S04"],
        ["W2", "Société 4", "Société 6", "one-way", None],
    ])
    assert _import(db, event_id, path).created == 2
    assert _new_requests(db) == {("P1", "P5"): (3, ["S04"], "W1"),
                                 ("P4", "P6"): (2, [], "W2")}


def test_bad_rows_are_reported_and_nothing_is_written(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    with db.session() as session:
        for p in session.scalars(select(Participant).where(Participant.ext_id.in_(["P5", "P6"]))):
            p.company = "Dupont SA"
    path = tmp_path / "bad.csv"
    path.write_text(
        "From,To,Weight,Slots\n"      # row 1
        "P1,P3,,\n"                   # row 2: fine
        "P1,Nobody Inc,,\n"           # row 3
        "P1,P1,,\n"                   # row 4
        "P2,P1,,\n"                   # row 5: R1 already links them: not an error
        "P1,P3,,\n"                   # row 6: same as row 2: not an error
        "P1,P4,très,\n"               # row 7
        "P1,P4,,S09\n"                # row 8
        "P1,Dupont SA,,\n"            # row 9: two firms have that name
        "P1,P4,,matin\n",             # row 10: the event has no morning
        encoding="utf-8",
    )
    before = count(db, MeetingRequest)
    with pytest.raises(ImportFailed) as caught:
        _import(db, event_id, path)
    errors = {e.row: e.reason for e in caught.value.errors}
    assert sorted(errors) == [3, 4, 7, 8, 9, 10]
    assert errors[3] == "unknown participant 'Nobody Inc'"
    assert errors[4] == "a participant cannot meet themselves"
    assert "bad weight" in errors[7]
    assert errors[8] == "unknown slot 's09'"
    assert "names 2 participants" in errors[9]
    assert errors[10] == "no round in the morning"
    assert count(db, MeetingRequest) == before
