"""Progress reports and prompt cancellation (the desk's Stop button)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desk_app.scheduling import Progress, load_instance, solve

from .conftest import SHARED, assert_valid


def _event() -> Path:
    path = SHARED / "benchmarks" / "synthetic" / "metz-1.json"
    if not path.exists():
        pytest.skip("shared benchmarks not found")
    return path


def test_cancel_returns_a_valid_schedule(tmp_path: Path) -> None:
    inst = load_instance(_event())
    cancel = threading.Event()
    seen: list[Progress] = []

    def on_progress(p: Progress) -> None:
        seen.append(p)
        if p.phase in ("bound", "placing"):
            cancel.set()

    s = solve(inst, time_limit=60, progress=on_progress, cancel=cancel)
    assert_valid(inst, s, tmp_path)
    assert seen[0].phase == "greedy"
    assert seen[-1].phase == "done"
    assert s.stats.weight >= seen[0].best_weight
    # no timing assertion: the search stopped because of the event, well before 60 s
    assert s.stats.seconds < 60


def test_cancel_before_start_gives_greedy(tmp_path: Path) -> None:
    inst = load_instance(_event())
    cancel = threading.Event()
    cancel.set()
    s = solve(inst, time_limit=60, cancel=cancel)
    assert_valid(inst, s, tmp_path)
    assert s.stats.status == "greedy"


def test_progress_is_monotone_and_consistent() -> None:
    inst = load_instance(_event())
    seen: list[Progress] = []
    s = solve(inst, time_limit=3, progress=seen.append)
    weights = [p.best_weight for p in seen]
    assert weights == sorted(weights)
    assert seen[-1].best_weight == s.stats.weight
    for p in seen:
        if p.bound is not None:
            assert p.best_weight <= p.bound
            assert p.gap is not None
            assert 0 <= p.gap <= 1
