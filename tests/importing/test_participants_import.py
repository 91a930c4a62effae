"""Participant lists as organisers have them: French or English, CSV or XLSX."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desk_app.badges.codes import verify_scan
from desk_app.db.engine import Database
from desk_app.db.models import Event, Participant
from desk_app.errors import InvalidInput
from desk_app.importing import ImportFailed, ImportResult, import_participants
from tests.importing.conftest import count, write_xlsx


def _import(db: Database, event_id: int, path: Path) -> ImportResult:
    with db.session() as session:
        return import_participants(session, event_id, path, desk="Accueil 1")


def _by_company(db: Database) -> dict[str, Participant]:
    with db.session() as session:
        query = select(Participant).options(selectinload(Participant.host_table))
        return {p.company: p for p in session.scalars(query)}


def test_french_utf8_semicolon_list(db: Database, event_id: int, tmp_path: Path) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_text(
        "Société;Prénom;Nom;Courriel;Téléphone;Pays;Rôle;Table;Max rendez-vous\n"
        "Boulangeries Lefèvre;Jeanne;Lefèvre;jeanne@lefevre.fr;+33 6 12 34 56 78;FR;"
        "Acheteur;T1;8\n"
        "\n"
        "Osmose Conseil;Éric;Caron;;;BE;Fournisseurs;;\n",
        encoding="utf-8-sig",
    )
    result = _import(db, event_id, path)
    assert result.created == 2
    assert result.summary.everything
    people = _by_company(db)
    jeanne = people["Boulangeries Lefèvre"]
    assert (jeanne.ext_id, jeanne.contact_name, jeanne.email, jeanne.phone) == (
        "P0007", "Jeanne Lefèvre", "jeanne@lefevre.fr", "+33 6 12 34 56 78")
    assert (jeanne.role, jeanne.max_meetings, jeanne.country) == ("buyer", 8, "FR")
    assert jeanne.host_table is not None
    assert jeanne.host_table.label == "T1"
    assert people["Osmose Conseil"].role == "supplier"
    assert people["Osmose Conseil"].ext_id == "P0008"
    with db.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        verify_scan(jeanne.badge_code, event_code=event.code, secret=event.badge_secret)


def test_english_windows_1252_comma_list(db: Database, event_id: int, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        "ID,Company,Name,E-mail,Phone,Country,Role\r\n"
        "X-17,Métallerie Caron,Hélène Roux,helene@caron.fr,0321000000,France,supplier\r\n"
        '"B2","Dupont, Fils & Cie","Zoé Dupont",,,,buyer\r\n'.encode("cp1252")
    )
    assert _import(db, event_id, path).created == 2
    people = _by_company(db)
    assert people["Métallerie Caron"].ext_id == "X-17"
    assert people["Métallerie Caron"].contact_name == "Hélène Roux"
    assert people["Dupont, Fils & Cie"].ext_id == "B2"
    assert people["Dupont, Fils & Cie"].badge_code.split("-")[1] == "B2"


def test_xlsx_with_a_title_row_and_numeric_cells(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", [
        ["Rencontres d'affaires 2026"],
        ["SOCIETE ", "Contact", "E-mail", "Tel", "Max RDV", "Profil"],
        ["Transports du Nord", "Luc Martin", "luc@tdn.fr", 321000000, 10.0, "Donneur d'ordre"],
    ])
    assert _import(db, event_id, path).created == 1
    person = _by_company(db)["Transports du Nord"]
    assert (person.contact_name, person.phone, person.max_meetings, person.role) == (
        "Luc Martin", "321000000", 10, "buyer")


def test_bad_rows_are_all_reported_with_their_row_and_nothing_is_written(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Société;Nom;Email;Table;Max rendez-vous;Id\n"   # row 1
        "Bonne Entreprise;Anne;anne@ok.fr;;;\n"          # row 2: fine
        ";Sans Société;;;;\n"                            # row 3
        "Mauvais Mail;Paul;paul@;;;\n"                   # row 4
        "Table Inconnue;Marc;;T9;;\n"                    # row 5
        "Bonne Entreprise;Anne;;;;\n"                    # row 6: same as row 2
        "Société 1;Contact 1;;;;\n"                      # row 7: in the event: merged
        "Trop;Max;;;dix;\n"                              # row 8
        "Id Pris;Id;;;;P-1\n",                           # row 9: P1's badge code
        encoding="utf-8",
    )
    before = count(db, Participant)
    with pytest.raises(ImportFailed) as caught:
        _import(db, event_id, path)
    errors = {e.row: e.reason for e in caught.value.errors}
    assert sorted(errors) == [3, 4, 5, 6, 8, 9]
    assert errors[3] == "missing company"
    assert "bad email" in errors[4]
    assert "unknown table 'T9'" in errors[5]
    assert errors[6] == "duplicate of row 2"
    assert "bad max meetings" in errors[8]
    assert "is not 'P1' but would print the same badge code" in errors[9]
    assert "6 rows" in str(caught.value)
    assert "nothing was written" in str(caught.value)
    assert count(db, Participant) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"   \r\n \n", "empty"),
    (b"\x00\x01\x02PNG\x00\x00garbage\x00" * 20, "binary"),
    (b"foo;bar\n1;2\n", "No participant list column header"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
    (b"PK\x03\x04 this is not really a zip", "Excel file"),
    (b"Soci\x81t\xe9;Nom\nA;B\n", "encoding"),
    (b"Soci\xc3\xa9t\xc3\xa9;Nom\n", "no participant rows"),
])
def test_malformed_files_get_one_clear_sentence(
    db: Database, event_id: int, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    before = count(db, Participant)
    with pytest.raises(InvalidInput, match=message) as caught:
        _import(db, event_id, path)
    assert "\n" not in str(caught.value)
    assert count(db, Participant) == before


def test_a_missing_file_is_a_sentence_too(db: Database, event_id: int, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="cannot be read"):
        _import(db, event_id, tmp_path / "nowhere.csv")
