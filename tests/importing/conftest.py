"""Helpers for import tests: a tiny event with recognisable participants."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desk_app.db.engine import Database
from desk_app.db.models import MeetingRequest, Participant
from tests.conftest import make_tiny_event


@pytest.fixture
def event_id(db: Database) -> int:
    """Tiny event (P1..P6, T1/T2, S01..S04 from 14:00, requests R1..R3); P1 has an email
    and P2 an accented company name."""
    event_id = make_tiny_event(db)
    with db.session() as session:
        people = {p.ext_id: p for p in session.scalars(select(Participant))}
        people["P1"].email = "jeanne@example.fr"
        people["P2"].company = "Métallerie du Nord"
    return event_id


def count(db: Database, model: type[Participant] | type[MeetingRequest]) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path
