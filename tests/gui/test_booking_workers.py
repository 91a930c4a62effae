"""The generic background job (desk_app.gui.workers) used for re-solves."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desk_app.errors import InvalidInput
from desk_app.gui.workers import Job, JobControl


def test_job_reports_progress_and_result_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[object] = []
    threads: list[str] = []

    def work(control: JobControl) -> int:
        threads.append(threading.current_thread().name)
        for step in range(3):
            control.progress(step)
        return 42

    job = Job(work)
    job.progress.connect(seen.append)
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        job.start()
    assert finished.args == [42]
    assert seen == [0, 1, 2]
    assert threads != [threading.current_thread().name]
    qtbot.waitUntil(lambda: not job.is_running())


def test_job_failure_is_one_sentence(qtbot: QtBot) -> None:
    def work(_control: JobControl) -> None:
        raise InvalidInput("Durand SA has meetings in every remaining slot.")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    assert failed.args == ["Durand SA has meetings in every remaining slot."]


def test_cancel_reaches_the_function(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(control: JobControl) -> str:
        started.set()
        control.cancel_event.wait(10)
        return "stopped early" if control.cancelled() else "ran to the end"

    job = Job(work)
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        job.start()
        assert started.wait(5)
        job.cancel()
    assert finished.args == ["stopped early"]
    assert job.was_cancelled()
    assert job.wait()
