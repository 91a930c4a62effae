"""Automatic backups from the desk window (SQLite): every few minutes from a worker,
and one when the window closes, each a checked copy in ``backups/`` beside the file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.backup import AutoBackup, list_backups
from desk_app.db.engine import Database
from desk_app.db.models import CheckIn
from desk_app.gui.backups import BackupKeeper, BackupOutcome
from desk_app.gui.main_window import MainWindow
from tests.gui.conftest import GuiEvent


def _db_file(db: Database) -> Path:
    return Path(str(db.engine.url.database))


def test_closing_the_window_writes_a_backup_that_passes_integrity_check(
        qtbot: QtBot, db: Database, gui_event: GuiEvent, main_window: MainWindow) -> None:
    backups_dir = _db_file(db).parent / "backups"
    assert main_window.backup_status.isVisible()
    assert main_window.backup_status.text() == "No backup yet (one every 5 minutes)"
    main_window.reception.check_in_code(gui_event.badge_codes["P5"])
    assert main_window.reception.card.content.kind == "ok"

    main_window.close()
    written = list_backups(backups_dir, _db_file(db))
    assert len(written) == 1
    with closing(sqlite3.connect(f"file:{written[0]}?mode=ro", uri=True)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The check-in acknowledged just before closing is in the copy.
        assert copy.execute("SELECT count(*) FROM check_in").fetchone()[0] == 3
    assert main_window.backup_status.text().startswith("Last backup ")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 3


def test_a_due_backup_runs_in_a_worker_and_is_reported(
        qtbot: QtBot, db: Database, gui_event: GuiEvent, tmp_path: Path) -> None:
    keeper = BackupKeeper(AutoBackup(db.url, tmp_path / "copies", every_minutes=0))
    outcomes: list[BackupOutcome] = []
    keeper.backed_up.connect(outcomes.append)
    keeper.backup_if_due()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=20_000)
    assert outcomes[0].error == ""
    assert outcomes[0].path is not None
    assert outcomes[0].path.parent == tmp_path / "copies"
    assert keeper.last == outcomes[0]


def test_a_failed_backup_is_shown_and_does_not_stop_the_desk(
        qtbot: QtBot, db: Database, gui_event: GuiEvent, main_window: MainWindow,
        tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be")
    main_window.backups.auto.dest_dir = blocked
    outcome = main_window.backups.backup_on_close()
    assert outcome is not None
    assert outcome.path is None
    assert outcome.error
    assert main_window.backup_status.text().startswith("Backup failed: ")
    main_window.reception.check_in_code(gui_event.badge_codes["P6"])
    assert main_window.reception.card.content.kind == "ok"
