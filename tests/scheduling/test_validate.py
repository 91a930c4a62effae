"""The in-process validator catches what the shared checker catches."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.scheduling import (
    Participant,
    PlacedMeeting,
    Schedule,
    SolveStats,
    load_instance,
    solve,
)
from desk_app.scheduling.validate import holes, score, validate

from .conftest import SHARED, assert_valid, make, run_checker

INST = make(
    slots=3,
    tables=2,
    participants=[
        Participant("A", available=frozenset({"S1", "S2"})),
        Participant("B", table="T2"),
        Participant("C", max_meetings=1),
        Participant("D", absent=True),
        "E",
    ],
    requests=[("R1", "A", "B", 1), ("R2", "A", "C", 1), ("R3", "C", "E", 1), ("R4", "D", "E", 1)],
)


@pytest.mark.parametrize(
    ("meetings", "error"),
    [
        ([("R1", "S1", "T2"), ("R1", "S2", "T2")], "met twice"),
        ([("R1", "S3", "T2")], "not available"),
        ([("R1", "S1", "T1")], "host table"),
        ([("R1", "S1", "T2"), ("R2", "S1", "T1")], "double-booked"),
        ([("R2", "S1", "T1"), ("R3", "S2", "T1")], "> max"),
        ([("R4", "S1", "T1")], "absent"),
        ([("R1", "S1", "T2"), ("R3", "S1", "T2")], "table T2 double-booked"),
        ([("R9", "S1", "T1")], "unknown"),
    ],
)
def test_violations_are_reported_like_the_checker(
    meetings: list[tuple[str, str, str]], error: str, tmp_path: Path
) -> None:
    placed = tuple(PlacedMeeting(*m) for m in meetings)
    errors = validate(INST, placed)
    assert any(error in e for e in errors), errors
    sched = Schedule("test", placed, (), SolveStats(0, None, "feasible", 0.0, 0, 0))
    assert not run_checker(INST, sched, tmp_path)["valid"]


def test_score_and_holes() -> None:
    placed = [PlacedMeeting("R1", "S1", "T2"), PlacedMeeting("R3", "S3", "T1")]
    assert validate(INST, placed) == []
    assert score(INST, placed).weight == 2
    assert holes(INST, placed) == 0
    inst = make(slots=4, requests=[("R1", "A", "B", 1), ("R2", "A", "C", 1)])
    assert holes(inst, [PlacedMeeting("R1", "S1", "T1"), PlacedMeeting("R2", "S4", "T1")]) == 1


def test_jair_instance_solved_to_published_optimum(tmp_path: Path) -> None:
    path = SHARED / "benchmarks" / "jair2022" / "tic-12.json"
    if not path.exists():
        pytest.skip("shared benchmarks not found")
    inst = load_instance(path)
    s = solve(inst, time_limit=5)
    assert_valid(inst, s, tmp_path)
    assert s.unscheduled == ()  # the JAIR problem: every request is met
    assert s.stats.status == "optimal"
    assert s.stats.holes_lower_bound is not None
    assert s.stats.holes >= s.stats.holes_lower_bound
