"""Messy files: every encoding Excel and friends write, BOMs, title rows, French headers
in many spellings, far stray XLSX cells, phones with their 0, and the size bounds."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Participant
from desk_app.errors import InvalidInput
from desk_app.importing import import_participants
from desk_app.importing.encodings import decode_text
from desk_app.importing.reader import MAX_ROWS, read_sheet
from desk_app.queries.importing import preview_import, read_import_file

LIST = ("Liste des inscrits — Rencontres 2026\n"
        "Raison sociale;Prénom Nom;Courriel;Téléphone;Stand\n"
        "Métallerie Œuvre;Hélène Müller;helene@example.fr;06 12 34 56 78;B4\n"
        "L’Atelier Français;François Nuñez;;;\n")


@pytest.mark.parametrize(("encoding", "bom", "name"), [
    ("utf-8", b"", "UTF-8"), ("utf-8", codecs.BOM_UTF8, "UTF-8"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"), ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16"),
    ("utf-16-le", b"", "UTF-16"), ("utf-16-be", b"", "UTF-16"),
    ("cp1252", b"", "Windows-1252"), ("mac_roman", b"", "Mac Roman"),
])
def test_every_encoding_reads_the_same_names(
    db: Database, event_id: int, tmp_path: Path, encoding: str, bom: bytes, name: str
) -> None:
    text = LIST.replace("—", "-") if encoding in ("cp1252", "mac_roman") else LIST
    path = tmp_path / "inscrits.csv"
    path.write_bytes(bom + text.encode(encoding))
    sheet, _ = read_import_file(path)
    assert sheet.encoding == name
    with db.session() as session:
        preview = preview_import(session, event_id, "participants", sheet)
        assert preview.ignored == ("Stand",)
        assert preview.created == 2
        result = import_participants(session, event_id, sheet)
        assert result.created == 2
    with db.session() as session:
        people = {p.company: p for p in session.scalars(
            select(Participant).where(Participant.ext_id.like("P0%")))}
    assert people["Métallerie Œuvre"].contact_name == "Hélène Müller"
    assert people["Métallerie Œuvre"].phone == "06 12 34 56 78"
    assert people["L'Atelier Français"].contact_name == "François Nuñez"


def test_iso_8859_15_is_read_for_its_euro_and_oe() -> None:
    decoded = decode_text("Société;Œuvre;5 €\n".encode("iso-8859-15"))
    assert decoded.text == "Société;Œuvre;5 €\n"


def test_an_uncertain_guess_names_the_words_it_affects() -> None:
    # 0x8C is "Œ" in Windows-1252 and "å" in Mac Roman: both are plausible names.
    decoded = decode_text("Company\nŒstlund\n".encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.uncertain_words == ("Œstlund (åstlund)",)


def test_an_unknown_encoding_is_refused_in_a_sentence() -> None:
    with pytest.raises(InvalidInput, match="encoding cannot be recognised"):
        decode_text(b"Company\n" + b"\xa5\xa6\xa7\xa8\xa9\xab\xad\xb0\xb1\xb2\xb3\n" * 3)


def test_a_polish_name_from_a_central_european_windows_is_read_right() -> None:
    decoded = decode_text("Company\nŁukasz Żółć\n".encode("cp1250"))
    assert (decoded.text, decoded.encoding_name) == ("Company\nŁukasz Żółć\n", "Windows-1250")


def test_french_headers_in_many_spellings_and_non_breaking_spaces(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "x.csv"
    path.write_text("\n;;\nSOCIÉTÉ\u00a0;Nom du contact;E-mail;Tél.;Max RDV;Min RDV\n"
                    "Ça Va SA;Ève;eve@example.fr;0321;8;2\n", encoding="utf-8")
    with db.session() as session:
        assert import_participants(session, event_id, path).created == 1
    with db.session() as session:
        person = session.scalars(select(Participant).where(
            Participant.company == "Ça Va SA")).one()
        assert (person.phone, person.max_meetings, person.min_meetings) == ("0321", 8, 2)


def test_no_header_shows_the_columns_found(db: Database, event_id: int,
                                           tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Firme;Personne\nA SA;Anne\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="Columns found: 'Firme', 'Personne'"), \
            db.session() as session:
        import_participants(session, event_id, path)
    with db.session() as session:
        preview = preview_import(session, event_id, "participants", read_import_file(path)[0])
        assert not preview.header_found
        assert preview.columns == ("Firme", "Personne")
        mapped = import_participants(session, event_id, path,
                                     overrides={"Firme": "company", "Personne": "last_name"})
        assert mapped.created == 1


def test_a_stray_far_xlsx_cell_costs_nothing(db: Database, event_id: int,
                                            tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Société", "Téléphone"])
    sheet.append(["Zéro SA", 612345678])
    sheet["B2"].number_format = "0000000000"
    sheet["XFD1048576"] = "oops"
    path = tmp_path / "far.xlsx"
    book.save(path)
    assert path.stat().st_size < 20_000
    rows = read_sheet(path.read_bytes(), "far.xlsx").rows
    assert rows == [["Société", "Téléphone"], ["Zéro SA", "0612345678"]]
    with db.session() as session:
        assert import_participants(session, event_id, path).created == 1


def test_rows_beyond_the_maximum_are_refused_in_a_sentence() -> None:
    data = ("Company\n" + "A\n" * (MAX_ROWS + 1)).encode()
    with pytest.raises(InvalidInput, match="more than 100,000 rows"):
        read_sheet(data, "big.csv")


def test_a_very_long_line_is_refused_in_a_sentence() -> None:
    data = ("Company\n" + "x;" * 600_000 + "\n").encode()
    with pytest.raises(InvalidInput, match="longer than 1,000,000 characters"):
        read_sheet(data, "wide.csv")


def test_a_value_beyond_the_maximum_row_is_a_sentence_not_a_silent_cut() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Société"])
    sheet.append(["Zéro SA"])
    sheet["A1048576"] = "lost firm"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InvalidInput, match="more than 100,000 rows"):
        read_sheet(buffer.getvalue(), "far.xlsx")
