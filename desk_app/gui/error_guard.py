"""Last line of defence: an exception nobody caught in a slot becomes one sentence in
the window's message bar (and a traceback in the log file), never a dead window or a
traceback on screen. Services roll their transaction back, so nothing is half-written."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import OperationalError

from desk_app.errors import DeskError

log = logging.getLogger("desk_app.gui")


def default_log_path() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("desk_app", appauthor=False)) / "desk-app.log"


def sentence_for(exc: BaseException, log_path: Path) -> str:
    """What the person at the desk reads for an unexpected error."""
    if isinstance(exc, DeskError):
        return exc.message
    if isinstance(exc, OperationalError):
        return QCoreApplication.translate(
            "ErrorGuard", "The database cannot be reached. Nothing was saved; check the "
            "network cable or the server, then try again.")
    return QCoreApplication.translate(
        "ErrorGuard", "Something went wrong ({error}). Nothing was saved half-way; try "
        "again, and if it happens again tell the organiser (details in {log}).",
    ).format(error=type(exc).__name__, log=str(log_path))


def install_error_guard(report: Callable[[str], None], *,
                        log_path: Path | None = None) -> Callable[..., None]:
    """Route uncaught exceptions to ``report`` (e.g. the message bar). Returns the hook."""
    path = log_path or default_log_path()

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as handle:
                handle.write("".join(traceback.format_exception(exc_type, exc, tb)))
        except OSError:
            log.exception("cannot write the error log")
        report(sentence_for(exc, path))

    sys.excepthook = hook
    return hook
