"""Restore refuses what is not a sound database of this app, says what a backup holds
before asking, keeps the replaced content; backups on a full disk say so in a sentence;
everything private is created owner-only."""

from __future__ import annotations

import sqlite3
import stat
from collections import namedtuple
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app import backup as backup_module
from desk_app.backup import backup_sqlite, restore_sqlite
from desk_app.cli.main import main
from desk_app.db.engine import Database, open_database
from desk_app.db.models import Participant
from desk_app.errors import InvalidInput
from desk_app.restore_check import inspect_backup
from desk_app.sync.local_queue import LocalQueue
from tests.conftest import make_tiny_event


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _copy_with(db: Database, tmp_path: Path, *sql: str) -> Path:
    copy = backup_sqlite(db.url, tmp_path / "copies")
    conn = sqlite3.connect(copy)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


def test_a_foreign_sqlite_file_with_an_alembic_table_is_refused(db: Database,
                                                                 tmp_path: Path) -> None:
    foreign = tmp_path / "other-app.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('abc123')")
    conn.commit()
    conn.close()
    with pytest.raises(InvalidInput, match="not a desk_app database"):
        restore_sqlite(foreign, db.url)


def test_an_unknown_revision_is_refused(db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    copy = _copy_with(db, tmp_path, "UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(InvalidInput, match="another version"):
        restore_sqlite(copy, db.url)


def test_a_file_without_the_rule_indexes_is_refused(db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    copy = _copy_with(db, tmp_path, "DROP INDEX ix_meeting_event_slot")
    with pytest.raises(InvalidInput, match="ix_meeting_event_slot"):
        restore_sqlite(copy, db.url)


def test_broken_foreign_keys_are_refused(db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    copy = _copy_with(db, tmp_path, "PRAGMA foreign_keys=OFF",
                      "UPDATE participant SET event_id = 999")
    with pytest.raises(InvalidInput, match="participant"):
        restore_sqlite(copy, db.url)


def test_a_file_with_8192_byte_pages_restores(db: Database, tmp_path: Path) -> None:
    make_tiny_event(db)
    other = tmp_path / "big-pages.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA page_size=8192")
    conn.execute("VACUUM")
    conn.close()
    source = open_database(other)  # migrated with 8192-byte pages
    make_tiny_event(source)
    source.dispose()
    assert inspect_backup(other).page_size == 8192
    safety = restore_sqlite(other, db.url)
    assert safety is not None
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 6


def test_cli_restore_shows_what_the_backup_holds_and_keeps_the_current_content(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    make_tiny_event(db)
    copy = backup_sqlite(db.url, tmp_path / "copies")
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert main(["--db", db.url, "restore", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "Tiny: 6 participants, 0 check-ins" in out
    assert main(["--db", db.url, "restore", str(copy), "--yes"]) == 0
    out = capsys.readouterr().out
    kept = Path(out.split("kept in ")[1].split(" (")[0])
    assert inspect_backup(kept).participants == 6  # one can go back to it
    assert _mode(kept) == 0o600


def test_a_full_disk_during_backup_is_a_sentence_and_leaves_no_partial(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tiny_event(db)
    target = tmp_path / "usb"
    target.mkdir()
    (target / "desk-20261203-080000.sqlite.partial").write_bytes(b"x" * 10)  # leftover

    def disk_full(_source: Path, target_file: Path) -> None:
        target_file.write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(backup_module, "copy_database", disk_full)
    monkeypatch.setattr("shutil.disk_usage", lambda _p: usage(10**9, 10**9, 2 * 1024**2))
    with pytest.raises(InvalidInput, match=r"the disk is full \(2 MB free on /") as caught:
        backup_sqlite(db.url, target)
    assert caught.value.code == "disk_full"
    assert list(target.iterdir()) == []


def test_database_backups_queue_are_created_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "desk"
    database = open_database(folder / "desk.sqlite")
    make_tiny_event(database)
    copy = backup_sqlite(database.url)
    database.dispose()
    assert _mode(folder) == 0o700
    assert _mode(folder / "desk.sqlite") == 0o600
    assert _mode(copy.parent) == 0o700
    assert _mode(copy) == 0o600
    queue = LocalQueue(tmp_path / "queue" / "q.sqlite")
    queue.close()
    assert _mode(tmp_path / "queue") == 0o700
    assert _mode(tmp_path / "queue" / "q.sqlite") == 0o600
