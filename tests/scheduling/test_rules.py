"""One tiny instance per hard rule: the solver respects it and still finds the optimum."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.scheduling import Participant, Request, greedy, solve

from .conftest import assert_valid, make, slot_of


def test_request_met_at_most_once_and_all_met_when_possible(tmp_path: Path) -> None:
    inst = make(requests=[("R1", "A", "B", 1), ("R2", "C", "D", 1), ("R3", "A", "C", 2)])
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    assert s.stats.weight == 4
    assert s.stats.status == "optimal"
    assert s.unscheduled == ()


def test_request_slots_and_availability(tmp_path: Path) -> None:
    inst = make(
        participants=[Participant("A", available=frozenset({"S2", "S3"})), "B", "C"],
        requests=[
            Request("R1", "A", "B", 1, slots=frozenset({"S1", "S2"})),
            Request("R2", "A", "C", 1, slots=frozenset({"S2"})),
        ],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    # A can only do S2 for both: one of them is impossible
    assert s.stats.weight == 1
    assert s.stats.upper_bound == 1
    assert s.stats.status == "optimal"


def test_no_feasible_slot_means_unscheduled(tmp_path: Path) -> None:
    inst = make(
        participants=[
            Participant("A", available=frozenset({"S1"})),
            Participant("B", available=frozenset({"S2"})),
        ],
        requests=[("R1", "A", "B", 5)],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    assert s.meetings == ()
    assert s.unscheduled == ("R1",)
    assert s.stats.status == "optimal"


def test_absent_participant_gets_nothing(tmp_path: Path) -> None:
    inst = make(
        participants=[Participant("A", absent=True), "B", "C"],
        requests=[("R1", "A", "B", 3), ("R2", "B", "C", 1)],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    assert slot_of(s).keys() == {"R2"}


def test_participant_in_one_meeting_per_slot(tmp_path: Path) -> None:
    # A star around A: 4 wishes, 3 slots -> 3 meetings, never two at once
    inst = make(
        participants=["A", "B", "C", "D", "E"],
        tables=4,
        requests=[
            ("R1", "A", "B", 1),
            ("R2", "A", "C", 1),
            ("R3", "A", "D", 1),
            ("R4", "A", "E", 1),
        ],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    assert s.stats.weight == 3
    assert len(set(slot_of(s).values())) == 3


def test_table_capacity(tmp_path: Path) -> None:
    # 4 disjoint pairs, 1 table, 2 slots -> only 2 meetings
    inst = make(
        participants=list("ABCDEFGH"),
        slots=2,
        tables=1,
        requests=[
            ("R1", "A", "B", 1),
            ("R2", "C", "D", 2),
            ("R3", "E", "F", 3),
            ("R4", "G", "H", 1),
        ],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    assert s.stats.weight == 5
    assert s.stats.upper_bound == 5
    assert s.stats.status == "optimal"


def test_host_tables(tmp_path: Path) -> None:
    inst = make(
        participants=[Participant("H", table="T2"), Participant("K", table="T1"), "A", "B"],
        tables=3,
        requests=[
            ("R1", "H", "A", 1),
            ("R2", "H", "B", 1),
            ("R3", "K", "A", 1),
            ("R4", "H", "K", 1),
        ],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    assert s.stats.weight == 4
    tables = {m.request: m.table for m in s.meetings}
    assert tables["R1"] == tables["R2"] == "T2"
    assert tables["R3"] == "T1"
    assert tables["R4"] in {"T1", "T2"}


def test_table_shared_by_two_hosts(tmp_path: Path) -> None:
    # H and K share T1: their meetings can never be in the same slot
    inst = make(
        participants=[Participant("H", table="T1"), Participant("K", table="T1"), "A", "B"],
        slots=2,
        tables=3,
        requests=[
            ("R1", "H", "A", 1),
            ("R2", "K", "B", 1),
            ("R3", "H", "B", 1),
            ("R4", "K", "A", 1),
        ],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    assert s.stats.weight == 2
    assert_valid(inst, greedy(inst), tmp_path)


def test_host_meeting_between_two_shared_tables(tmp_path: Path) -> None:
    owners = [("H", "T1"), ("K", "T1"), ("L", "T2"), ("M", "T2")]
    parts = [Participant(p, table=t) for p, t in owners]
    inst = make(
        participants=[*parts, "A"],
        slots=1,
        tables=2,
        requests=[("R1", "H", "L", 2), ("R2", "K", "A", 1), ("R3", "M", "A", 1)],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    # R1 takes T1 or T2, leaving the other table to one of R2/R3 (both need A anyway)
    assert s.stats.weight == 3


def test_max_meetings(tmp_path: Path) -> None:
    inst = make(
        participants=[Participant("A", max_meetings=1), "B", "C"],
        requests=[("R1", "A", "B", 1), ("R2", "A", "C", 2), ("R3", "B", "C", 1)],
    )
    s = solve(inst, time_limit=2)
    assert_valid(inst, s, tmp_path)
    assert s.stats.weight == 3
    assert "R2" in slot_of(s)


def test_zero_max_meetings_and_empty_instance(tmp_path: Path) -> None:
    inst = make(
        participants=[Participant("A", max_meetings=0), "B"], requests=[("R1", "A", "B", 1)]
    )
    s = solve(inst, time_limit=1)
    assert_valid(inst, s, tmp_path)
    assert s.meetings == ()
    empty = make(requests=[])
    e = solve(empty, time_limit=1)
    assert e.meetings == ()
    assert e.stats.status == "optimal"


def test_holes_minimised_at_optimal_weight(tmp_path: Path) -> None:
    # A meets B and C; D-E fill one slot. Best: A's two meetings back to back.
    inst = make(
        slots=3,
        tables=1,
        participants=list("ABCDE"),
        requests=[("R1", "A", "B", 1), ("R2", "A", "C", 1), ("R3", "D", "E", 1)],
    )
    s = solve(inst, time_limit=3)
    assert_valid(inst, s, tmp_path)
    assert s.stats.weight == 3
    assert s.stats.holes == 0
    assert s.stats.holes_lower_bound == 0


@pytest.mark.parametrize("workers", [1, 2])
def test_workers_setting(workers: int, tmp_path: Path) -> None:
    inst = make(requests=[("R1", "A", "B", 1), ("R2", "C", "D", 1)])
    s = solve(inst, time_limit=1, workers=workers)
    assert_valid(inst, s, tmp_path)
    assert s.stats.weight == 2


def test_empty_availability_means_never(tmp_path: Path) -> None:
    inst = make(
        participants=[Participant("A", available=frozenset()), "B", "C"],
        requests=[
            ("R1", "A", "B", 1),
            Request("R2", "B", "C", 1, slots=frozenset()),
            ("R3", "A", "C", 1),
        ],
    )
    for s in (solve(inst, time_limit=1), greedy(inst)):
        assert_valid(inst, s, tmp_path)
        assert s.meetings == ()
