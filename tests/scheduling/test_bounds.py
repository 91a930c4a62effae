"""The weight bound is a true bound, and the solver's 'optimal' is the true optimum.

Random small instances are solved by exhaustive search (backtracking over slot and table for
every request) and compared with the b-matching bound, the greedy and the solver.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.scheduling import (
    Instance,
    Participant,
    PlacedMeeting,
    Request,
    greedy,
    resolve_incremental,
    solve,
)
from desk_app.scheduling.bounds import b_matching_bound
from desk_app.scheduling.problem import build_problem
from desk_app.scheduling.validate import validate

from .conftest import assert_valid, make


def random_instance(rng: random.Random, *, with_input: bool = False) -> Instance:
    n_slots, n_tables = rng.randint(2, 3), rng.randint(1, 2)
    slot_ids = [f"S{i + 1}" for i in range(n_slots)]
    people = []
    for i in range(rng.randint(3, 5)):
        avail = None
        if rng.random() < 0.3:
            avail = frozenset(rng.sample(slot_ids, rng.randint(1, n_slots)))
        people.append(
            Participant(
                f"P{i}",
                available=avail,
                table=f"T{rng.randint(1, n_tables)}" if rng.random() < 0.25 else None,
                max_meetings=rng.randint(0, 2) if rng.random() < 0.25 else None,
                absent=rng.random() < 0.1,
            )
        )
    pairs = [(a.id, b.id) for i, a in enumerate(people) for b in people[i + 1 :]]
    chosen = rng.sample(pairs, min(len(pairs), rng.randint(2, 6)))
    requests = []
    for k, (a, b) in enumerate(chosen):
        only = frozenset(rng.sample(slot_ids, 1)) if rng.random() < 0.2 else None
        requests.append(Request(f"R{k}", a, b, rng.randint(1, 3), only))
    inst = make(slots=n_slots, tables=n_tables, participants=people, requests=requests)
    if with_input:
        # an input schedule taken from the greedy, part locked, with a clock
        base = greedy(inst)
        meetings = tuple(
            PlacedMeeting(m.request, m.slot, m.table, rng.random() < 0.4) for m in base.meetings
        )
        inst = make(
            slots=n_slots,
            tables=n_tables,
            participants=people,
            requests=requests,
            now=rng.choice([None, "S2"]),
            meetings=meetings,
        )
    return inst


def brute_force_best(inst: Instance) -> int | None:
    """Highest weight of any valid schedule, by trying every slot/table for every request."""
    options: list[tuple[str, str] | None] = [None] + [
        (s.id, t.id) for s in inst.slots for t in inst.tables
    ]
    reqs = inst.requests
    best: list[int | None] = [None]
    chosen: list[PlacedMeeting] = []

    def rec(i: int, weight: int) -> None:
        if i == len(reqs):
            if not validate(inst, chosen) and (best[0] is None or weight > best[0]):
                best[0] = weight
            return
        for opt in options:
            if opt is None:
                rec(i + 1, weight)
                continue
            m = PlacedMeeting(reqs[i].id, *opt)
            chosen.append(m)
            if _partial_ok(inst, chosen):
                rec(i + 1, weight + reqs[i].weight)
            chosen.pop()

    rec(0, 0)
    return best[0]


def _partial_ok(inst: Instance, chosen: list[PlacedMeeting]) -> bool:
    # only errors that more meetings cannot fix (drops of input meetings are checked at the end)
    return not [e for e in validate(inst, chosen) if "dropped" not in e and "frozen" not in e]


@pytest.mark.parametrize("seed", range(40))
def test_bound_and_optimality_against_brute_force(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    inst = random_instance(rng, with_input=seed % 2 == 1)
    best = brute_force_best(inst)
    s = solve(inst, time_limit=2)
    if best is None:  # no valid schedule at all (input meetings cannot all be kept)
        return
    bound = b_matching_bound(build_problem(inst)).value
    assert bound >= best
    assert_valid(inst, s, tmp_path if seed < 6 else None)
    assert s.stats.upper_bound is not None
    assert s.stats.upper_bound >= best
    # tiny instances: the solver must find the true optimum, and may call it optimal only then
    assert s.stats.weight == best
    g = greedy(inst)
    if not validate(inst, g):
        assert g.stats.weight <= s.stats.weight


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10**6))
def test_fast_paths_always_valid(seed: int) -> None:
    """Greedy and incremental re-solve never break a hard rule when a valid schedule exists."""
    inst = random_instance(random.Random(seed), with_input=True)
    if brute_force_best(inst) is None:
        return
    g = greedy(inst)
    inc = resolve_incremental(inst, time_limit=0.3)
    assert validate(inst, inc) == [] or validate(inst, g) != []
    assert (inc.stats.weight, -inc.stats.changed) >= (g.stats.weight, -g.stats.changed)
