"""Online backups of a desk's SQLite file, rotation, and restore.

The copy is made with SQLite's online backup API while the desk keeps working (a
consistent snapshot, WAL included), written to a temporary name, checked, synced to
disk and only then renamed, so a crash during a backup never leaves a half file that
looks like a backup. On PostgreSQL the server's own tools do this job (see
docs/multi-desk.md); these functions refuse anything but SQLite.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

from desk_app.db.engine import resolve_db_url
from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.private_files import (
    PRIVATE_FILE_MODE,
    disk_full_place,
    private_dir,
    private_file,
)
from desk_app.restore_check import BackupContents, inspect_backup

DEFAULT_KEEP = 10
DEFAULT_EVERY_MINUTES = 5.0
BACKUP_SUFFIX = ".sqlite"


def sqlite_file(path_or_url: str | os.PathLike[str] | None) -> Path:
    """The SQLite file behind ``--db`` (path or URL); InvalidInput for a server URL."""
    url = make_url(resolve_db_url(path_or_url))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise InvalidInput(
            t("Backups here are for a desk's SQLite file; back up a PostgreSQL server "
              "with pg_dump (see docs/multi-desk.md)."), code="backup_not_sqlite")
    return Path(url.database)


def default_backup_dir(db_file: Path) -> Path:
    return db_file.parent / "backups"


def integrity_problem(path: Path) -> str | None:
    """None when ``path`` is a sound database of this app (see
    :func:`desk_app.restore_check.inspect_backup`), else what is wrong with it."""
    try:
        inspect_backup(path)
    except InvalidInput as exc:
        return str(exc.params.get("problem", exc.message))
    return None


def list_backups(dest_dir: Path, db_file: Path) -> list[Path]:
    """This database's backups in ``dest_dir``, oldest first (names sort by time)."""
    if not dest_dir.is_dir():
        return []
    return sorted(dest_dir.glob(f"{db_file.stem}-*{BACKUP_SUFFIX}"))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source_file: Path, target: Path) -> None:
    """A consistent snapshot of ``source_file`` into ``target`` (online backup API)."""
    with closing(sqlite3.connect(source_file, timeout=30)) as source, \
            closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        # One self-contained file: a backup must not depend on a -wal beside it.
        copy.execute("PRAGMA journal_mode=DELETE")


def _write_failure(folder: Path, exc: BaseException) -> InvalidInput:
    full = disk_full_place(folder, exc)
    if full is not None:
        return InvalidInput(
            t("The backup was not written: the disk is full ({free} free on {place}). "
              "Free some space or choose another folder; the database itself is "
              "untouched.", free=full[0], place=full[1]), code="disk_full")
    return InvalidInput(t("The backup was not written to {folder} ({reason}); the "
                          "database itself is untouched.", folder=folder, reason=exc),
                        code="backup_failed")


def backup_sqlite(path_or_url: str | os.PathLike[str] | None,
                  dest_dir: str | os.PathLike[str] | None = None, *,
                  keep: int = DEFAULT_KEEP, now: dt.datetime | None = None) -> Path:
    """Write a consistent copy of the live database and keep only the ``keep`` newest."""
    db_file = sqlite_file(path_or_url)
    if not db_file.exists():
        raise InvalidInput(t("There is no database file at {path}.", path=db_file),
                           code="no_database")
    target_dir = Path(dest_dir) if dest_dir else default_backup_dir(db_file)
    private_dir(target_dir)
    # Leftovers of a backup cut short (a full disk, a kill): never mistaken for a
    # backup, and their space is needed now.
    for leftover in target_dir.glob(f"{db_file.stem}-*{BACKUP_SUFFIX}.partial"):
        leftover.unlink(missing_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    final = target_dir / f"{db_file.stem}-{stamp}{BACKUP_SUFFIX}"
    counter = 1
    while final.exists():  # two backups within one second (exit right after a timer one)
        final = target_dir / f"{db_file.stem}-{stamp}-{counter}{BACKUP_SUFFIX}"
        counter += 1
    partial = final.with_name(final.name + ".partial")
    try:
        private_file(partial)  # owner-only before the first byte of data
        copy_database(db_file, partial)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise _write_failure(target_dir, exc) from exc
    problem = integrity_problem(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise InvalidInput(t("The backup copy failed its check ({problem}); the database "
                             "itself is untouched.", problem=problem), code="backup_failed")
    try:
        _fsync(partial)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_failure(target_dir, exc) from exc
    partial.replace(final)
    for old in list_backups(target_dir, db_file)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return final


def restore_sqlite(backup_path: str | os.PathLike[str],
                   path_or_url: str | os.PathLike[str] | None) -> Path | None:
    """Replace the database's content with a checked backup.

    The file must pass :func:`desk_app.restore_check.inspect_backup`. The current
    content is first saved next to the backups (``*-before-restore``, owner-only) so a
    wrong choice can be undone by restoring that file. Returns that safety copy (None
    if there was no database). Uses the backup API into the live file.
    """
    source = Path(backup_path)
    inspect_backup(source)
    db_file = sqlite_file(path_or_url)
    safety: Path | None = None
    if db_file.exists() and db_file.stat().st_size > 0:
        safety_dir = private_dir(default_backup_dir(db_file))
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        # ".keep": rotation (which globs "*.sqlite") never deletes it.
        safety = safety_dir / f"{db_file.stem}-before-restore-{stamp}{BACKUP_SUFFIX}.keep"
        try:
            private_file(safety)
            copy_database(db_file, safety)
        except (sqlite3.Error, OSError) as exc:
            safety.unlink(missing_ok=True)
            raise _write_failure(safety_dir, exc) from exc
    private_file(db_file)
    with closing(sqlite3.connect(db_file, timeout=30)) as live:
        live_page_size = int(live.execute("PRAGMA page_size").fetchone()[0])
        with _with_page_size(source, live_page_size) as matching, \
                closing(sqlite3.connect(matching)) as backup:
            backup.backup(live)
        live.execute("PRAGMA journal_mode=WAL")
    os.chmod(db_file, PRIVATE_FILE_MODE)
    return safety


@contextmanager
def _with_page_size(source: Path, page_size: int) -> Iterator[Path]:
    """``source``, or a temporary copy with ``page_size``: SQLite's backup API cannot
    change the page size of a WAL database (a file with 8192-byte pages failed with
    "backup is not supported for page size change in WAL mode")."""
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
        if int(conn.execute("PRAGMA page_size").fetchone()[0]) == page_size:
            yield source
            return
    with tempfile.TemporaryDirectory(prefix="desk-restore-") as folder:
        copy = private_file(Path(folder) / source.name)
        copy_database(source, copy)
        with closing(sqlite3.connect(copy)) as conn:
            conn.execute(f"PRAGMA page_size={int(page_size)}")
            conn.execute("VACUUM")
        yield copy


def backup_contents(path: str | os.PathLike[str]) -> BackupContents:
    """What a backup holds (event, participants, check-ins, last change), checked."""
    return inspect_backup(Path(path))


class AutoBackup:
    """Periodic backups for a long-running desk: call :meth:`maybe_backup` often (the
    GUI from a QTimer) and :meth:`backup_now` on exit. Does nothing on PostgreSQL."""

    def __init__(self, path_or_url: str | os.PathLike[str] | None,
                 dest_dir: str | os.PathLike[str] | None = None, *,
                 every_minutes: float = DEFAULT_EVERY_MINUTES, keep: int = DEFAULT_KEEP,
                 clock: Callable[[], float] = time.monotonic) -> None:
        url = make_url(resolve_db_url(path_or_url))
        self.enabled = url.get_backend_name() == "sqlite"
        self.path_or_url = path_or_url
        self.dest_dir = dest_dir
        self.every_seconds = every_minutes * 60
        self.keep = keep
        self._clock = clock
        self._last = clock()
        self.last_path: Path | None = None
        self.last_error: str = ""

    def due(self, now: float | None = None) -> bool:
        now = self._clock() if now is None else now
        return self.enabled and now - self._last >= self.every_seconds

    def maybe_backup(self, now: float | None = None) -> Path | None:
        """Back up if the interval has passed; a failure is remembered, not raised (a
        backup problem must not stop check-in), and retried at the next interval."""
        now = self._clock() if now is None else now
        if not self.due(now):
            return None
        self._last = now
        return self.backup_now()

    def backup_now(self) -> Path | None:
        if not self.enabled:
            return None
        try:
            self.last_path = backup_sqlite(self.path_or_url, self.dest_dir, keep=self.keep)
        except (InvalidInput, sqlite3.Error, OSError) as exc:
            self.last_error = str(exc)
            return None
        self.last_error = ""
        return self.last_path
