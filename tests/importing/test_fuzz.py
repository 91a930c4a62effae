"""Whatever the file holds, an import either succeeds or refuses in a sentence and
leaves nothing behind in the session."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desk_app.db.engine import Database
from desk_app.errors import InvalidInput
from desk_app.importing import import_participants, import_requests
from desk_app.importing.reader import read_sheet
from desk_app.queries.importing import preview_import

FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
_cells = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
_rows = st.lists(st.lists(_cells, max_size=6), max_size=6)


def _attempt(db: Database, event_id: int, data: bytes, requests: bool) -> None:
    importer = import_requests if requests else import_participants
    refusal = ""
    with db.sessions() as session:
        try:
            importer(session, event_id, data, filename="fuzz.csv")
        except InvalidInput as exc:
            refusal = str(exc) or "(no message)"
        left_behind = bool(refusal) and bool(session.new)
        session.rollback()
    assert refusal != "(no message)"
    assert not left_behind, "a refused import left rows in the session"


@FUZZ
@given(data=st.binary(max_size=400), requests=st.booleans())
def test_random_bytes(db: Database, event_id: int, data: bytes, requests: bool) -> None:
    _attempt(db, event_id, data, requests)


@FUZZ
@given(rows=_rows, delimiter=st.sampled_from([";", ",", "\t"]), requests=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_random_rows_under_a_real_header(
    db: Database, event_id: int, rows: list[list[str]], delimiter: str, requests: bool,
    encoding: str,
) -> None:
    header = ["Demandeur", "Invité", "Poids", "Créneaux"] if requests else [
        "Société", "Nom", "Email", "Table", "Max rendez-vous", "Id"]
    text = "\n".join(delimiter.join(row) for row in [header, *rows])
    _attempt(db, event_id, text.encode(encoding, errors="replace"), requests)


_any_text = st.text(max_size=14)


@FUZZ
@given(rows=st.lists(st.lists(_any_text, max_size=8), max_size=6), requests=st.booleans(),
       encoding=st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "mac_roman",
                                 "iso-8859-15", "cp1250"]))
def test_random_rows_under_the_new_columns_in_every_encoding(
    db: Database, event_id: int, rows: list[list[str]], requests: bool, encoding: str,
) -> None:
    header = ["Id", "Demandeur", "Invité", "Priorité", "Poids", "Créneaux"] if requests \
        else ["Id", "Société", "Prénom Nom", "Disponibilités", "Arrivée", "Départ",
              "Min rendez-vous", "Max RDV"]
    text = "\n".join(";".join(row) for row in [header, *rows])
    _attempt(db, event_id, text.encode(encoding, errors="replace"), requests)
    refusal = "-"
    with db.sessions() as session:
        try:
            preview_import(session, event_id, "requests" if requests else "participants",
                           read_sheet(text.encode(encoding, errors="replace"), "f.csv"))
        except InvalidInput as exc:
            refusal = str(exc)
        session.rollback()
    assert refusal, "a refusal without a sentence"


_cell = st.one_of(st.none(), st.integers(-10**20, 10**20), st.floats(allow_nan=True),
                  _any_text, st.booleans())


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cell, max_size=7), max_size=5), requests=st.booleans())
def test_random_xlsx_cells(db: Database, event_id: int, rows: list[list[object]],
                           requests: bool) -> None:
    header: list[object] = ["Demandeur", "Invité", "Rang"] if requests else [
        "Société", "Téléphone", "Présence", "Min meetings"]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [header, *rows]:
        sheet.append([_xlsx_safe(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    _attempt(db, event_id, buffer.getvalue(), requests)


def _xlsx_safe(value: object) -> object:
    # openpyxl itself refuses control characters in strings; a real file cannot hold them.
    if isinstance(value, str):
        return "".join(ch for ch in value if ch.isprintable())
    return value
