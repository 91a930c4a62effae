"""Last line of defence: an exception nobody caught in a slot becomes one sentence in
the window's message bar (and a traceback in the log file, :mod:`desk_app.logs`), never
a dead window or a traceback on screen. Services roll their transaction back, so
nothing is half-written."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import OperationalError

from desk_app.errors import DeskError
from desk_app.logs import log_file, setup_logging, unexpected_sentence

log = logging.getLogger("desk_app.gui")


def default_log_path() -> Path:
    return log_file()


def sentence_for(exc: BaseException, log_path: Path | None = None) -> str:
    """What the person at the desk reads for an unexpected error."""
    if isinstance(exc, DeskError):
        return exc.message
    if isinstance(exc, OperationalError) and "disk" not in str(exc).lower():
        return QCoreApplication.translate(
            "ErrorGuard", "The database cannot be reached. Nothing was saved; check the "
            "network cable or the server, then try again.")
    return unexpected_sentence(exc.orig if isinstance(exc, OperationalError) and exc.orig
                               else exc)


def install_error_guard(report: Callable[[str], None], *,
                        log_path: Path | None = None) -> Callable[..., None]:
    """Route uncaught exceptions to ``report`` (e.g. the message bar) and to the log
    (with the traceback). Returns the hook."""
    setup_logging(path=log_path)

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception in the window", exc_info=(exc_type, exc, tb))
        report(sentence_for(exc))

    sys.excepthook = hook
    return hook
