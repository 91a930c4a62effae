"""One error boundary: an unexpected exception in any command becomes a sentence on
stderr and a traceback in the (owner-only) log; --verbose shows it on the console."""

from __future__ import annotations

import argparse
import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import DataError, IntegrityError

from desk_app.cli import cmd_backup
from desk_app.cli.main import main
from desk_app.logs import LOGGER_NAME, setup_logging


class NumericValueOutOfRange(Exception):
    """What psycopg raises for 2**40 in an INTEGER column (same class name)."""


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs" / "desk_app"
    monkeypatch.setenv("DESK_APP_LOG_DIR", str(folder))
    yield folder
    setup_logging()  # detach the console handler --verbose may have added
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        handler.flush()


def _failing(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    def run(_args: argparse.Namespace, _ctx: object) -> int:
        raise exc

    monkeypatch.setattr(cmd_backup, "run_backup", run)


def _run(tmp_path: Path, *extra: str) -> int:
    return main(["--db", str(tmp_path / "d.sqlite"), *extra, "backup"])


@pytest.mark.parametrize(("exc", "sentence"), [
    (RuntimeError("boom"), "Something went wrong (RuntimeError)"),
    (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
    (OverflowError("int too large to convert to float"), "A number is too large"),
    (DataError("INSERT", {}, NumericValueOutOfRange("integer out of range")),
     "A number is too large"),
    (IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed")), "conflicts"),
])
def test_unexpected_errors_become_a_sentence_and_a_logged_traceback(
        tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], exc: BaseException, sentence: str) -> None:
    _failing(monkeypatch, exc)
    assert _run(tmp_path) in (2, 70)
    err = capsys.readouterr().err
    assert sentence in err
    assert "Traceback" not in err
    assert "database cannot be used" not in err  # not blamed on the database
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        handler.flush()
    logged = (log_dir / "desk-app.log").read_text()
    assert "Traceback" in logged
    assert type(exc).__name__ in logged
    assert stat.S_IMODE((log_dir / "desk-app.log").stat().st_mode) == 0o600
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700


def test_verbose_also_logs_to_the_console(
        tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _failing(monkeypatch, RuntimeError("boom"))
    assert _run(tmp_path, "--verbose") == 70
    assert "Traceback" in capsys.readouterr().err


def test_a_full_disk_is_named_with_its_free_space(
        tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import errno
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr("shutil.disk_usage", lambda _p: usage(10**9, 10**9, 2 * 1024**2))
    _failing(monkeypatch, OSError(errno.ENOSPC, "No space left on device",
                                  str(tmp_path / "x.pdf")))
    assert _run(tmp_path) == 2
    assert "The disk is full (2 MB free on /" in capsys.readouterr().err




def test_a_worker_exception_is_logged_with_its_traceback_and_shown_as_a_sentence(
        qtbot: QtBot, log_dir: Path) -> None:
    from desk_app.gui.workers import Job, JobControl

    setup_logging()

    def work(_control: JobControl) -> None:
        raise OverflowError("int too large to convert to float")

    job = Job(work)
    with qtbot.waitSignal(job.failed) as failed:
        job.start()
    job.wait()
    assert "A number is too large" in failed.args[0]
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        handler.flush()
    assert "OverflowError" in (log_dir / "desk-app.log").read_text()
