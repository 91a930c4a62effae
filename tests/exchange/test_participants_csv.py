"""The participant CSV: columns, BOM, and no formula a spreadsheet would run."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Participant
from desk_app.exchange import export_participants_csv, spreadsheet_safe
from tests.conftest import make_tiny_event


@pytest.mark.parametrize(("cell", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("Métallerie du Nord", "Métallerie du Nord"),
    ("", ""),
    ("a=b", "a=b"),
])
def test_formula_starts_are_escaped(cell: str, expected: str) -> None:
    assert spreadsheet_safe(cell) == expected


def test_export_lists_every_participant_with_badge_code(db: Database) -> None:
    event_id = make_tiny_event(db, participants=4)
    with db.session() as session:
        first = session.scalars(select(Participant).where(Participant.ext_id == "P1")).one()
        first.company = "=cmd|' /C calc'!A0"
        first.email = "jeanne@example.fr"
        first.role = "buyer"
        first.host_table_id = first.event.tables[0].id
    out = io.StringIO()
    with db.session() as session:
        assert export_participants_csv(session, event_id, out, delimiter=";") == 4
        codes = dict(session.execute(select(Participant.ext_id, Participant.badge_code)).all())
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))
    assert rows[0] == ["id", "company", "name", "email", "phone", "country", "role", "table",
                       "badge_code"]
    assert rows[1] == ["P1", "'=cmd|' /C calc'!A0", "Contact 1", "jeanne@example.fr", "", "",
                       "buyer", "T1", codes["P1"]]
    assert [row[0] for row in rows[1:]] == ["P1", "P2", "P3", "P4"]
