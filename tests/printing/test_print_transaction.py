"""Printing records versions and locks in the transaction that commits only once the
output succeeded; a failed write rolls both back and leaves no .part file."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.db.engine import Database
from desk_app.db.models import AgendaPrint, AuditEntry, Meeting
from desk_app.printing.flow import changed_agenda_count, hand_out, prepare_agendas
from desk_app.printing.pdfinfo import write_pdf
from tests.printing.helpers import make_printed_event


def _recorded(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (int(s.scalar(select(func.count()).select_from(AgendaPrint)) or 0),
                int(s.scalar(select(func.count()).select_from(Meeting)
                             .where(Meeting.locked.is_(True))) or 0))


def test_a_failed_write_records_nothing_and_leaves_no_part_file(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    event_id = make_printed_event(db)
    batch = prepare_agendas(db, event_id)
    out = tmp_path / "out" / "agendas.pdf"

    def full_disk(_fd: int) -> None:  # the .part exists; the disk fills up on sync
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        hand_out(db, batch, lambda pdf: write_pdf(pdf, out), desk="Desk 1")
    monkeypatch.undo()
    assert _recorded(db) == (0, 0)  # versions and locks rolled back together
    assert list(out.parent.iterdir()) == []  # no agendas.pdf.part left
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_the_record_commits_with_the_written_file(db: Database, tmp_path: Path) -> None:
    event_id = make_printed_event(db)
    assert changed_agenda_count(db, event_id) > 0
    batch = prepare_agendas(db, event_id)
    seen_on_disk: list[bool] = []

    def write(pdf: bytes) -> None:
        write_pdf(pdf, tmp_path / "a.pdf")
        # Inside the transaction: another connection sees nothing recorded yet.
        seen_on_disk.append((tmp_path / "a.pdf").stat().st_size == len(pdf))

    outcome = hand_out(db, batch, write, desk="Desk 1")
    assert seen_on_disk == [True]
    printed, locked = _recorded(db)
    assert printed == batch.count
    assert locked == outcome.locked_meetings > 0
    assert changed_agenda_count(db, event_id) == 0
    with db.session() as s:
        actions = set(s.scalars(select(AuditEntry.action)))
    assert actions == {"agenda_printed", "lock_meetings"}
