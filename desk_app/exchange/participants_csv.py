"""The participant list as CSV, for mail merge or an outside badge printer."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Participant, VenueTable

PARTICIPANT_COLUMNS = (
    "id", "company", "name", "email", "phone", "country", "role", "table", "badge_code",
)
# A cell starting with one of these is read as a formula by Excel and LibreOffice
# (CSV injection): `=HYPERLINK(...)` in a company name must stay text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """The cell as text a spreadsheet will not evaluate (OWASP: prefix an apostrophe)."""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def participant_rows(session: Session, event_id: int) -> list[list[str]]:
    tables: dict[int, str] = {
        table_id: label for table_id, label in session.execute(
            select(VenueTable.id, VenueTable.label).where(VenueTable.event_id == event_id))
    }
    rows = []
    for p in session.scalars(
        select(Participant).where(Participant.event_id == event_id).order_by(Participant.id)
    ):
        table = tables.get(p.host_table_id, "") if p.host_table_id is not None else ""
        rows.append([p.ext_id, p.company, p.contact_name, p.email, p.phone, p.country,
                     p.role, table, p.badge_code])
    return rows


def write_csv(out: TextIO, header: Iterable[str], rows: Iterable[Iterable[str]],
              *, delimiter: str = ",") -> int:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(list(header))
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_safe(str(cell)) for cell in row])
        count += 1
    return count


def export_participants_csv(
    session: Session, event_id: int, out: TextIO, *, delimiter: str = ","
) -> int:
    """Write one line per participant to ``out``; returns how many.

    Open ``out`` with ``encoding="utf-8-sig", newline=""``: the BOM makes Excel read the
    accents right, and the csv module writes its own line ends.
    """
    return write_csv(out, PARTICIPANT_COLUMNS, participant_rows(session, event_id),
                     delimiter=delimiter)
