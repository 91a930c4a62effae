"""Whatever the file holds, an import either succeeds or refuses in a sentence and
leaves nothing behind in the session."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.db.engine import Database
from desk_app.errors import InvalidInput
from desk_app.importing import import_participants, import_requests

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
