"""Re-solve rules (contract rule 6) for `solve` and `resolve_incremental`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desk_app.scheduling import Instance, Participant, PlacedMeeting, Schedule, greedy, solve
from desk_app.scheduling.incremental import resolve_incremental
from desk_app.scheduling.scenarios import day_of_changes

from .conftest import SHARED, assert_valid, make, slot_of

Solver = Callable[..., Schedule]
SOLVERS = [
    pytest.param(lambda inst: solve(inst, time_limit=2), id="solve"),
    pytest.param(lambda inst: resolve_incremental(inst, time_limit=1), id="incremental"),
]


@pytest.mark.parametrize("run", SOLVERS)
def test_past_meetings_kept_and_nothing_new_before_now(run: Solver, tmp_path: Path) -> None:
    inst = make(
        slots=4,
        participants=[Participant("A", absent=True), "B", "C", "D"],
        requests=[("R1", "A", "B", 1), ("R2", "C", "D", 1), ("R3", "B", "C", 1)],
        now="S3",
        # R1 happened (A left afterwards): it stays although A is now absent
        meetings=[PlacedMeeting("R1", "S1", "T2")],
    )
    s = run(inst)
    assert_valid(inst, s, tmp_path)
    assert PlacedMeeting("R1", "S1", "T2") in s.meetings
    assert all(m.slot in {"S3", "S4"} for m in s.meetings if m.request != "R1")
    assert s.stats.weight == 3


@pytest.mark.parametrize("run", SOLVERS)
def test_locked_kept_unless_absent(run: Solver, tmp_path: Path) -> None:
    inst = make(
        participants=["A", "B", "C", Participant("D", absent=True)],
        requests=[("R1", "A", "B", 1), ("R2", "C", "D", 1), ("R3", "A", "C", 5)],
        meetings=[
            PlacedMeeting("R1", "S2", "T1", locked=True),
            PlacedMeeting("R2", "S2", "T2", locked=True),
        ],
    )
    s = run(inst)
    assert_valid(inst, s, tmp_path)
    assert PlacedMeeting("R1", "S2", "T1") in s.meetings
    assert "R2" in s.unscheduled  # D is absent: the locked meeting goes
    assert slot_of(s)["R3"] != "S2"


@pytest.mark.parametrize("run", SOLVERS)
def test_unlocked_meetings_stay_put_when_nothing_forces_a_move(
    run: Solver, tmp_path: Path
) -> None:
    inst = make(
        requests=[("R1", "A", "B", 1), ("R2", "C", "D", 1)],
        meetings=[PlacedMeeting("R1", "S3", "T2"), PlacedMeeting("R2", "S1", "T1")],
    )
    s = run(inst)
    assert_valid(inst, s, tmp_path)
    assert s.stats.changed == 0
    assert {PlacedMeeting("R1", "S3", "T2"), PlacedMeeting("R2", "S1", "T1")} <= set(s.meetings)


def test_unlocked_moved_not_dropped_to_fit_a_heavier_wish(tmp_path: Path) -> None:
    # 2 slots, 1 table. R1 sits in S1; the heavy new R2 (A-C) needs S1 because C is only
    # there in S1. R1 must move to S2, not be dropped, and the moved count is 1.
    inst = make(
        slots=2,
        tables=1,
        participants=["A", "B", Participant("C", available=frozenset({"S1"}))],
        requests=[("R1", "A", "B", 1), ("R2", "A", "C", 3)],
        meetings=[PlacedMeeting("R1", "S1", "T1")],
    )
    for s in (solve(inst, time_limit=2), resolve_incremental(inst, time_limit=1)):
        assert_valid(inst, s, tmp_path)
        assert slot_of(s) == {"R1": "S2", "R2": "S1"}
        assert s.stats.changed == 1
        assert s.stats.weight == 4


def test_unlocked_dropped_only_for_absent(tmp_path: Path) -> None:
    inst = make(
        slots=1,
        tables=1,
        participants=["A", "B", "C", Participant("D", absent=True)],
        requests=[("R1", "A", "B", 1), ("R2", "C", "D", 1), ("R3", "A", "C", 9)],
        meetings=[PlacedMeeting("R1", "S1", "T1")],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    # R3 is heavier but R1 may not be dropped: both present, and only one slot
    assert slot_of(s) == {"R1": "S1"}
    assert s.stats.upper_bound is not None
    assert s.stats.upper_bound >= 1


def _large() -> Instance:
    path = SHARED / "benchmarks" / "synthetic" / "artois-1.json"
    if not path.exists():
        pytest.skip("shared benchmarks not found")
    from desk_app.scheduling import load_instance

    return load_instance(path)


@pytest.mark.parametrize("seed", [0, 1])
def test_day_of_changes_on_event(seed: int, tmp_path: Path) -> None:
    inst = _large()
    base = greedy(inst)
    day = day_of_changes(inst, base, now_index=5, absent=5, new_requests=10, seed=seed)
    g = greedy(day)
    inc = resolve_incremental(day, time_limit=1)
    assert_valid(day, g, tmp_path)
    assert_valid(day, inc, tmp_path)
    assert (inc.stats.weight, -inc.stats.changed) >= (g.stats.weight, -g.stats.changed)
    full = solve(day, time_limit=3)
    assert_valid(day, full, tmp_path)
    assert full.stats.upper_bound is not None
    assert inc.stats.weight <= full.stats.upper_bound
