from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.cli.main import main
from desk_app.db.engine import open_database
from desk_app.db.models import AgendaPrint, Meeting
from desk_app.printing.pdfinfo import count_pages
from tests.printing.helpers import (
    GREEK_NAME,
    POLISH_NAME,
    make_printed_event,
    pdf_page_sizes_mm,
    pdf_text,
)


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    database = open_database(path)
    make_printed_event(database)
    database.dispose()
    return str(path)


def test_print_badges_for_some_participants(db_path: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "badges.pdf"
    assert main(["--db", db_path, "print", "badges", "--who", "P1,p2", "--layout", "a6",
                 "--out", str(out)]) == 0
    pdf = out.read_bytes()
    assert len(pdf_page_sizes_mm(pdf)) == 2 == count_pages(pdf)
    assert POLISH_NAME in pdf_text(pdf)
    assert GREEK_NAME in pdf_text(pdf)
    printed = capsys.readouterr().out
    assert str(out) in printed
    assert "2 pages" in printed


def test_unknown_participant_exits_2_and_writes_nothing(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "none.pdf"
    assert main(["--db", db_path, "print", "agendas", "--who", "P1,P404",
                 "--out", str(out)]) == 2
    assert "P404" in capsys.readouterr().err
    assert not out.exists()


def test_print_agendas_records_versions_then_changed_prints_only_stale(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "all.pdf"
    assert main(["--db", db_path, "--desk", "Desk 1", "print", "agendas",
                 "--format", "a5", "--out", str(first)]) == 0
    assert count_pages(first.read_bytes()) == 6
    assert "6 agendas" in capsys.readouterr().out
    database = open_database(db_path)
    try:
        with database.session() as s:
            assert s.scalar(select(func.count()).select_from(AgendaPrint)) == 6
            assert s.scalar(select(func.count()).select_from(Meeting).where(
                Meeting.locked.is_(True))) == 4
        assert main(["--db", db_path, "print", "agendas", "--changed",
                     "--out", str(tmp_path / "x.pdf")]) == 0
        assert "nothing to print" in capsys.readouterr().out
        assert not (tmp_path / "x.pdf").exists()
        with database.session() as s:
            meeting = s.scalars(select(Meeting).order_by(Meeting.id)).first()
            assert meeting is not None
            meeting.status = "cancelled"  # P1 and P2 lose their 14:00 meeting
    finally:
        database.dispose()
    changed = tmp_path / "changed.pdf"
    assert main(["--db", db_path, "print", "agendas", "--changed", "--format", "receipt",
                 "--lang", "en", "--out", str(changed)]) == 0
    text = pdf_text(changed.read_bytes())
    assert count_pages(changed.read_bytes()) == 2
    assert "Version 2" in text
    assert "cancelled" in text
    assert pdf_page_sizes_mm(changed.read_bytes())[0][0] == pytest.approx(80, abs=0.2)


def test_draft_agendas_record_nothing(db_path: str, tmp_path: Path) -> None:
    assert main(["--db", db_path, "print", "agendas", "--no-record", "--who", "P3",
                 "--out", str(tmp_path / "draft.pdf")]) == 0
    database = open_database(db_path)
    try:
        with database.session() as s:
            assert s.scalar(select(func.count()).select_from(AgendaPrint)) == 0
    finally:
        database.dispose()


def test_print_tables(db_path: str, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sub" / "tables.pdf"
    assert main(["--db", db_path, "print", "tables", "--out", str(out)]) == 0
    assert "Table T2" in pdf_text(out.read_bytes())
    assert "2 table sheets" in capsys.readouterr().out


def test_print_speaks_french_by_default_for_a_paris_event_and_english_on_request(
    db_path: str, tmp_path: Path
) -> None:
    french, english = tmp_path / "fr.pdf", tmp_path / "en.pdf"
    assert main(["--db", db_path, "print", "agendas", "--no-record", "--who", "P1",
                 "--out", str(french)]) == 0
    assert main(["--db", db_path, "print", "agendas", "--no-record", "--who", "P1",
                 "--lang", "EN", "--out", str(english)]) == 0
    assert "Version 1, révisée à" in pdf_text(french.read_bytes())
    assert "libre" in pdf_text(french.read_bytes())
    assert "Version 1, revised" in pdf_text(english.read_bytes())
    badges = tmp_path / "badges.pdf"
    assert main(["--db", db_path, "print", "badges", "--who", "P1", "--lang", "en",
                 "--out", str(badges)]) == 0
    assert "Buyer" in pdf_text(badges.read_bytes())
    with pytest.raises(SystemExit):
        main(["--db", db_path, "print", "tables", "--lang", "de", "--out", str(badges)])
