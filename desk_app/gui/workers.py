"""Long jobs (re-solves, big PDFs) off the GUI thread, with progress and cancel.

A :class:`Job` runs one pure function in its own ``QThread``. The function receives a
:class:`JobControl` through which it reports progress and learns about a cancel; it
must not touch widgets (it may open its own database session). Results come back on the
GUI thread through queued signals, so the window never freezes and a slot connected to
``finished`` may update widgets directly.

    job = Job(lambda control: solve(instance, cancel=control.cancelled), parent=self)
    job.progress.connect(bar.setValue)
    job.finished.connect(self._show_result)
    job.failed.connect(self._show_error)
    job.start()
    ...
    job.cancel()
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from desk_app.errors import DeskError
from desk_app.logs import unexpected_sentence

log = logging.getLogger(__name__)


def preload(*modules: str) -> threading.Thread | None:
    """Import slow modules (the on-day services pull in OR-tools: seconds) in a
    background thread, so that the first click using them does not freeze the window.
    Returns the thread, or None when everything is already imported."""
    missing = [name for name in modules if name not in sys.modules]
    if not missing:
        return None

    def load() -> None:
        for name in missing:
            try:
                importlib.import_module(name)
            except Exception:  # the first real use reports it properly
                log.exception("preloading %s failed", name)

    thread = threading.Thread(target=load, name="desk-preload", daemon=True)
    thread.start()
    return thread


class JobControl:
    """What the job function sees: progress reporting and the cancel flag."""

    def __init__(self, report: Callable[[object], None]) -> None:
        self.cancel_event = threading.Event()
        self._report = report

    def progress(self, value: object) -> None:
        self._report(value)

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Runner(QObject):
    """Lives in the worker thread; its signals cross back to the GUI thread queued."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.control = JobControl(self.progress.emit)

    def run(self) -> None:
        try:
            result = self._fn(self.control)
        except DeskError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # a worker must never die silently
            log.exception("background job failed")  # the traceback, in the log file
            self.failed.emit(unexpected_sentence(exc))
        else:
            self.finished.emit(result)
        finally:
            # Stop the thread's event loop from inside: the GUI thread may be blocked
            # in Job.wait() and unable to run a queued quit().
            thread = self.thread()
            if thread is not None:
                thread.quit()


class Job(QObject):
    """One background run of ``fn(control)``; start once, then forget (it cleans up)."""

    # Running jobs keep themselves alive: dropping the last reference to a running
    # QThread aborts the whole process ("destroyed while thread is still running").
    _running: ClassVar[set[Job]] = set()

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    # Emitted after finished/failed when the thread has stopped (also after a cancel).
    done = Signal()

    def __init__(self, fn: Callable[[JobControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(fn)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progress.connect(self.progress)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._thread.finished.connect(self._on_thread_finished)
        self._is_running = False
        # Quitting while a job runs: stop it and let its thread end before Qt tears
        # the objects down (a QThread destroyed while running aborts the process).
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def control(self) -> JobControl:
        return self._runner.control

    def start(self) -> None:
        self._is_running = True
        Job._running.add(self)
        self._thread.start()

    def is_running(self) -> bool:
        return self._is_running

    def cancel(self) -> None:
        """Ask the function to stop; it returns what it has so far (or raises)."""
        self._runner.control.cancel_event.set()

    def shutdown(self, msecs: int = 5_000) -> None:
        if self._thread.isRunning():
            self.cancel()
            self._thread.wait(msecs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread stops (tests and shutdown only)."""
        return bool(self._thread.wait(msecs))

    def was_cancelled(self) -> bool:
        return self._runner.control.cancelled()

    def _on_finished(self, result: object) -> None:
        # Emitted even after a cancel: a solver stopped early still returns its best
        # answer; callers that want nothing after a cancel check was_cancelled().
        self.finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)

    def _on_thread_finished(self) -> None:
        self._is_running = False
        Job._running.discard(self)
        self.done.emit()
