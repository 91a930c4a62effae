"""One logging configuration for the CLI and the window, and the sentence an
unexpected error becomes.

The log is a rotating file in the user log directory (platformdirs; ``$DESK_APP_LOG_DIR``
overrides it), created 0600 in a 0700 directory: tracebacks may quote names and codes.
``--verbose`` also logs to the console. Every unexpected exception is logged here with
its traceback, while the person sees one sentence (:func:`unexpected_sentence`).
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from desk_app.i18n import t
from desk_app.private_files import PRIVATE_FILE_MODE, disk_full_place, private_file

ENV_LOG_DIR = "DESK_APP_LOG_DIR"
LOG_FILE_NAME = "desk-app.log"
MAX_LOG_BYTES = 1_000_000
KEEP_LOGS = 5
LOGGER_NAME = "desk_app"
# PostgreSQL's INTEGER, the type of ids, weights and counts in the schema.
PG_INT_MAX = 2**31 - 1

log = logging.getLogger(LOGGER_NAME)


def log_dir() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir("desk_app", appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Each new file after a rotation is owner-only too (not just the first one)."""

    def _open(self) -> Any:
        private_file(Path(self.baseFilename))
        os.chmod(self.baseFilename, PRIVATE_FILE_MODE)
        return super()._open()


def setup_logging(*, verbose: bool = False, path: Path | None = None) -> Path:
    """Configure the ``desk_app`` logger once (later calls only change verbosity);
    returns the log file. Never fails: without a writable log the app still runs."""
    target = path or log_file()
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in [h for h in logger.handlers if isinstance(h, _PrivateRotatingFileHandler)]:
        if Path(old.baseFilename) != target.absolute():  # moved (tests, another dir)
            logger.removeHandler(old)
            old.close()
    if not any(isinstance(h, _PrivateRotatingFileHandler) for h in logger.handlers):
        try:
            handler = _PrivateRotatingFileHandler(target, maxBytes=MAX_LOG_BYTES,
                                                  backupCount=KEEP_LOGS, encoding="utf-8")
        except OSError:
            handler = None
        if handler is not None:
            handler.setFormatter(logging.Formatter(
                "%(asctime)s %(levelname)s %(name)s: %(message)s"))
            logger.addHandler(handler)
    consoles = [h for h in logger.handlers if getattr(h, "desk_console", False)]
    if verbose and not consoles:
        console = logging.StreamHandler(sys.stderr)
        console.desk_console = True  # type: ignore[attr-defined]
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(console)
    elif not verbose:
        for stale in consoles:
            logger.removeHandler(stale)
    return target


def _is_out_of_range(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "out of range" in text or "numericvalueoutofrange" in type(
        getattr(exc, "orig", None)).__name__.lower() or "too large" in text


def unexpected_sentence(exc: BaseException, *, folder: Path | None = None) -> str:
    """What a person reads for an exception nobody planned for (logged elsewhere)."""
    from sqlalchemy.exc import DataError, IntegrityError

    if isinstance(exc, RecursionError):
        return t("The file is nested too deeply to be read; nothing was changed.")
    if isinstance(exc, OverflowError) or (isinstance(exc, DataError)
                                          and _is_out_of_range(exc)):
        return t("A number is too large (the largest accepted is {max}); nothing was "
                 "changed.", max=PG_INT_MAX)
    if isinstance(exc, IntegrityError):
        return t("This change conflicts with what is already recorded (perhaps another "
                 "desk did it first); nothing was changed.")
    if isinstance(exc, MemoryError):
        return t("The file is too large to read; nothing was changed.")
    full = disk_full_place(folder or Path.cwd(), exc)
    if full is not None:
        return t("The disk is full ({free} free on {place}); nothing was changed. Free "
                 "some space and try again.", free=full[0], place=full[1])
    return t("Something went wrong ({error}); nothing was saved half-way. Try again, "
             "and if it happens again tell the organiser (details in {log}).",
             error=type(exc).__name__, log=log_file())
