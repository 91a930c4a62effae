"""Updated lists merge (new / changed / unchanged / kept), ranks become weights, and a
change to someone holding a printed agenda asks for a reprint."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import AgendaPrint, AuditEntry, MeetingRequest, Participant
from desk_app.importing import ImportResult, import_participants, import_requests
from desk_app.queries.importing import preview_import, read_import_file, result_sentence
from tests.importing.conftest import count


def _people(db: Database, event_id: int, path: Path) -> ImportResult:
    with db.session() as session:
        return import_participants(session, event_id, path, desk="Accueil")


def _wishes(db: Database, event_id: int, path: Path) -> ImportResult:
    with db.session() as session:
        return import_requests(session, event_id, path)


def test_an_updated_list_merges_by_id_email_then_company_and_name(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    # The tiny event: P1..P6 "Société n" / "Contact n"; P1 has jeanne@example.fr.
    path = tmp_path / "v2.csv"
    path.write_text(
        "Id;Société;Nom;Courriel;Téléphone;Secteur\n"
        "P2;Métallerie du Nord;Contact 2;;;Métal\n"        # by id: unchanged
        ";Société 1 renamed;Contact 1;JEANNE@example.fr;;\n"  # by email: changed
        ";Société 3;Contact 3;;;\n"                          # by company + name
        ";Société 4;Contact 4;;;\n"
        ";Nouvelle SA;Zoé;;06 12 34 56 78;\n",                # new
        encoding="utf-8")
    result = _people(db, event_id, path)
    assert (result.created, result.changed, result.unchanged, result.kept) == (1, 1, 3, 2)
    assert result.counts_sentence() == (
        "1 new, 1 changed, 3 unchanged, 2 no longer in the file (kept)")
    assert result.ignored == ("Secteur",)
    assert "ignored columns: Secteur" in result_sentence("participants", result)
    with db.session() as session:
        people = {p.ext_id: p for p in session.scalars(select(Participant))}
        assert people["P1"].company == "Société 1 renamed"
        assert people["P1"].email == "JEANNE@example.fr"
        assert people["P0007"].phone == "06 12 34 56 78"
        assert len(people) == 7
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "import_participants")).all()
        assert {a.entity for a in audit} == {"participant", "event"}
    again = _people(db, event_id, path)  # the same file twice: nothing new, no error
    assert (again.created, again.changed, again.unchanged) == (0, 0, 5)


def test_a_change_to_someone_holding_a_printed_agenda_asks_for_a_reprint(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    with db.session() as session:
        p3 = session.scalars(select(Participant).where(Participant.ext_id == "P3")).one()
        session.add(AgendaPrint(participant_id=p3.id, version=1, snapshot=[]))
    path = tmp_path / "v2.csv"
    path.write_text("Id,Company,Availability\nP3,Société 3,14:00-14:40\nP4,Société 4,\n",
                    encoding="utf-8")
    result = _people(db, event_id, path)
    assert result.reprint == ("Société 3 (P3)",)
    assert "agendas to reprint: Société 3 (P3)" in result_sentence("participants", result)


def test_p_dash_1_and_p1_are_not_the_same_id(db: Database, event_id: int,
                                             tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("Id,Company\nP-1,Other SA\n", encoding="utf-8")
    with db.session() as session:
        preview = preview_import(session, event_id, "participants",
                                 read_import_file(path)[0])
    assert preview.errors == (
        "row 2: id 'P-1' is not 'P1' but would print the same badge code (Société 1): "
        "give it another id",)
    assert not preview.can_import


@pytest.mark.parametrize("column", ["Priorité", "Priority", "Rang", "Rank", "Choix",
                                    "Choice"])
def test_rank_columns_make_the_first_choice_weigh_the_most(
    db: Database, event_id: int, tmp_path: Path, column: str
) -> None:
    path = tmp_path / "souhaits.csv"
    path.write_text(f"Demandeur;Invité;{column}\nP1;P3;1\nP1;P4;3\nP1;P5;2e choix\nP2;P6;\n",
                    encoding="utf-8")
    result = _wishes(db, event_id, path)
    assert result.reading == "rank"
    assert "read as ranks (1 = first choice)" in result_sentence("requests", result)
    with db.session() as session:
        people = dict(session.execute(select(Participant.id, Participant.ext_id)).all())
        got = {people[r.participant_b_id]: (r.rank, r.weight) for r in session.scalars(
            select(MeetingRequest).where(MeetingRequest.ext_id.like("R0%")))}
    assert got == {"P3": (1, 4), "P5": (2, 3), "P4": (3, 2), "P6": (None, 1)}


@pytest.mark.parametrize("column", ["Poids", "Weight", "Importance"])
def test_weight_columns_stay_weights(db: Database, event_id: int, tmp_path: Path,
                                     column: str) -> None:
    path = tmp_path / "souhaits.csv"
    path.write_text(f"From,To,{column}\nP1,P3,1\nP1,P4,5\n", encoding="utf-8")
    with db.session() as session:
        preview = preview_import(session, event_id, "requests", read_import_file(path)[0])
    assert preview.reading == f"'{column}' read as a weight: bigger is more wanted"
    assert _wishes(db, event_id, path).reading == "weight"
    with db.session() as session:
        weights = sorted((r.weight, r.rank) for r in session.scalars(
            select(MeetingRequest).where(MeetingRequest.ext_id.like("R0%"))))
    assert weights == [(1, None), (5, None)]


def test_requests_merge_and_a_repeated_wish_is_not_an_error(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    # R1 links P1-P2, R2 P3-P4, R3 P5-P6 (weight 1).
    path = tmp_path / "souhaits.csv"
    path.write_text("From,To,Weight\nP1,P2,1\nP3,P4,4\nP1,P5,\nP1,P5,\n", encoding="utf-8")
    before = count(db, MeetingRequest)
    result = _wishes(db, event_id, path)
    assert (result.created, result.changed, result.unchanged, result.kept) == (1, 1, 1, 1)
    assert count(db, MeetingRequest) == before + 1
    with db.session() as session:
        r2 = session.scalars(select(MeetingRequest).where(MeetingRequest.ext_id == "R2")).one()
        assert r2.weight == 4
