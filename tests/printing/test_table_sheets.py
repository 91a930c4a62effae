from __future__ import annotations

from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Event, VenueTable
from desk_app.printing.table_sheets import build_table_sheets, render_table_sheets
from tests.printing.helpers import (
    GREEK_COMPANY,
    POLISH_COMPANY,
    POLISH_NAME,
    make_printed_event,
    pdf_fonts,
    pdf_page_sizes_mm,
    pdf_text,
)


def test_one_sheet_per_active_table_with_its_meetings(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        sheets = build_table_sheets(s, event)
        assert [(sh.label, sh.meeting_count, sh.host) for sh in sheets] == [
            ("T1", 2, GREEK_COMPANY), ("T2", 2, "")]
        t1 = sheets[0]
        assert [r.parties is None for r in t1.rounds] == [False, False, True, True]
        pdf = render_table_sheets(sheets, event, lang="en")
        french = pdf_text(render_table_sheets(sheets, event))  # Europe/Paris: French
    assert len(pdf_page_sizes_mm(pdf)) == 2
    text = pdf_text(pdf)
    first_page = text.split("Table T2")[0]
    for expected in ("Table T1", "Zone A", f"Host: {GREEK_COMPANY}", "14:00–14:20",
                     POLISH_COMPANY, POLISH_NAME, "Société 5", "free"):
        assert expected in first_page, expected
    assert "Société 3" in text.split("Table T2")[1]
    assert "2 meetings" in text
    for expected in ("jeudi 3 décembre 2026", "Heure", f"Hôte : {GREEK_COMPANY}",
                     "2 rendez-vous", "14h00–14h20", "libre"):
        assert expected in french, expected
    assert "free" not in french
    assert all(pdf_fonts(pdf).values())


def test_inactive_tables_are_left_out(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        s.add(VenueTable(event_id=event_id, label="T9", zone="B", position=9, active=False))
        s.flush()
        assert [sh.label for sh in build_table_sheets(s, event)] == ["T1", "T2"]
        assert "T9" in [sh.label for sh in build_table_sheets(
            s, event, include_inactive_tables=True)]
        assert s.scalars(select(VenueTable.label).where(VenueTable.active.is_(False))).one()
