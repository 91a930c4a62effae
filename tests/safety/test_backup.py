"""Online backups while the desk works, rotation, restore, and the CLI commands."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.backup import (
    AutoBackup,
    backup_sqlite,
    integrity_problem,
    list_backups,
    restore_sqlite,
)
from desk_app.cli.main import main
from desk_app.db.engine import Database, open_database
from desk_app.db.models import CheckIn, Event, Participant
from desk_app.errors import InvalidInput
from desk_app.services.checkin import check_in_by_code
from tests.conftest import make_tiny_event


def _check_in_first(db: Database, count: int) -> None:
    with db.session() as s:
        event = s.scalars(select(Event)).one()
        for code in list(s.scalars(select(Participant.badge_code)
                                   .order_by(Participant.id)))[:count]:
            check_in_by_code(s, event, code, desk="Desk 1")


def _check_ins(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM check_in").fetchone()[0])
    finally:
        conn.close()


def test_backup_is_a_consistent_self_contained_copy_taken_while_in_use(
        db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    _check_in_first(db, 2)
    with db.session() as s:  # a desk in the middle of its work: the WAL holds data
        s.scalar(select(func.count()).select_from(CheckIn))
        backup = backup_sqlite(db.url, tmp_path / "copies")
    assert integrity_problem(backup) is None
    assert _check_ins(backup) == 2
    assert not Path(f"{backup}-wal").exists()
    assert list(backup.parent.glob("*.partial")) == []


def test_backups_rotate_keeping_the_newest(db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    start = dt.datetime(2026, 12, 3, 8, 0)
    made = [backup_sqlite(db.url, tmp_path / "b", keep=3,
                          now=start + dt.timedelta(minutes=5 * i)) for i in range(5)]
    db_file = Path(db.url.removeprefix("sqlite:///"))
    assert list_backups(tmp_path / "b", db_file) == made[-3:]
    # Two in the same second (a timer backup, then the one on exit) both survive.
    same = backup_sqlite(db.url, tmp_path / "b", keep=10, now=start + dt.timedelta(hours=1))
    again = backup_sqlite(db.url, tmp_path / "b", keep=10, now=start + dt.timedelta(hours=1))
    assert same != again
    assert again.exists()


def test_restore_brings_back_the_backup_and_keeps_the_replaced_content(
        db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    _check_in_first(db, 1)
    backup = backup_sqlite(db.url, tmp_path / "b")
    _check_in_first(db, 4)
    db.dispose()
    db_file = Path(db.url.removeprefix("sqlite:///"))
    safety = restore_sqlite(backup, db_file)
    assert safety is not None
    assert _check_ins(safety) == 4
    assert _check_ins(db_file) == 1
    reopened = open_database(db_file)  # the app opens it as usual afterwards
    with reopened.session() as s:
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 1
    reopened.dispose()


def test_a_damaged_or_foreign_file_is_never_restored(db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    _check_in_first(db, 3)
    db_file = Path(db.url.removeprefix("sqlite:///"))
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    for bad in (garbage, other, tmp_path / "missing.sqlite"):
        with pytest.raises(InvalidInput):
            restore_sqlite(bad, db_file)
    assert _check_ins(db_file) == 3


def test_backups_are_refused_for_a_server_database() -> None:
    with pytest.raises(InvalidInput, match="pg_dump"):
        backup_sqlite("postgresql+psycopg://desk@server/event")
    assert AutoBackup("postgresql+psycopg://desk@server/event").maybe_backup(1e9) is None


def test_auto_backup_runs_every_interval(db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    now = [0.0]
    auto = AutoBackup(db.url, tmp_path / "auto", every_minutes=5, keep=2,
                      clock=lambda: now[0])
    assert auto.maybe_backup() is None  # just started
    now[0] = 299.0
    assert auto.maybe_backup() is None
    now[0] = 300.0
    first = auto.maybe_backup()
    assert first is not None
    assert first.exists()
    now[0] = 400.0
    assert auto.maybe_backup() is None
    assert auto.backup_now() is not None  # on exit, whatever the timer says
    assert auto.last_error == ""


def test_cli_backup_and_restore(db: Database, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    make_tiny_event(db)
    _check_in_first(db, 2)
    db_file = db.url.removeprefix("sqlite:///")
    assert main(["--db", db_file, "backup", "--dir", str(tmp_path / "cli")]) == 0
    written = capsys.readouterr().out.strip().removeprefix("Backup written: ")
    assert Path(written).exists()
    _check_in_first(db, 5)
    db.dispose()
    assert main(["--db", db_file, "restore", written, "--yes"]) == 0
    assert _check_ins(Path(db_file)) == 2
    assert main(["--db", db_file, "restore", str(tmp_path / "nope.sqlite"), "--yes"]) == 2
    assert "cannot be restored" in capsys.readouterr().err
