"""The holes models (holes_model.py, compact_model.py), the holes phase (holes_phase.py) and
Kempe-chain annealing (kempe.py) against brute force on tiny instances."""

from __future__ import annotations

import itertools
import random
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from desk_app.scheduling import (
    Instance,
    Participant,
    PlacedMeeting,
    Request,
    Schedule,
    solve,
)
from desk_app.scheduling.compact_model import at_most_holes, compact_days
from desk_app.scheduling.holes_model import applies, minimise_holes_exact
from desk_app.scheduling.kempe import kempe_holes
from desk_app.scheduling.one_hole import OneHoleByPerson, one_more_hole
from desk_app.scheduling.problem import Problem, build_problem, holes_of

from .conftest import assert_valid, make


def fewest_holes(prob: Problem, max_moved: int = 0) -> int | None:
    """Every placement of every free request, checked by hand; None when none is valid."""
    best = None
    reqs = prob.reqs
    for slots in itertools.product(*(fr.cand for fr in reqs)):
        busy = [(p, s) for fr, s in zip(reqs, slots, strict=True) for p in fr.pair]
        if len(set(busy)) < len(busy):
            continue
        if any(n > prob.free_tables[s] for s, n in Counter(slots).items()):
            continue
        if sum(fr.moved(s) for fr, s in zip(reqs, slots, strict=True)) > max_moved:
            continue
        value = holes_of(prob, dict(enumerate(slots)))
        best = value if best is None else min(best, value)
    return best


def assert_placement_valid(prob: Problem, slot_of: dict[int, int]) -> None:
    """Allowed slots, nobody twice in a slot, no more meetings than tables."""
    busy = [(p, s) for r, s in slot_of.items() for p in prob.reqs[r].pair]
    assert len(set(busy)) == len(busy)
    assert all(s in prob.reqs[r].cand for r, s in slot_of.items())
    assert all(n <= prob.free_tables[s] for s, n in Counter(slot_of.values()).items())


def some_placement(prob: Problem) -> dict[int, int]:
    """The first valid placement in brute-force order (holes not minimised)."""
    for slots in itertools.product(*(fr.cand for fr in prob.reqs)):
        busy = [(p, s) for fr, s in zip(prob.reqs, slots, strict=True) for p in fr.pair]
        fits = all(n <= prob.free_tables[s] for s, n in Counter(slots).items())
        if len(set(busy)) == len(busy) and fits:
            return dict(enumerate(slots))
    raise AssertionError("no valid placement")


def chain(b_available: frozenset[str] | None) -> Instance:
    """A-B and B-C in 3 slots at 2 tables: B has a hole unless both meetings are adjacent."""
    return make(
        slots=3,
        participants=("A", Participant("B", available=b_available), "C"),
        requests=[("R1", "A", "B", 1), ("R2", "B", "C", 1)],
    )


def test_chain_without_forced_hole_gets_none() -> None:
    prob = build_problem(chain(None))
    start = {0: 0, 1: 2}  # B meets in S1 and S3: one hole
    assert holes_of(prob, start) == 1
    assert fewest_holes(prob) == 0
    found, proven = at_most_holes(prob, start, 0, max_moved=0, time_limit=5)
    assert found is not None
    assert not proven
    assert holes_of(prob, found) == 0
    assert sorted(found) == sorted(start)


def test_chain_with_forced_hole_is_proven() -> None:
    prob = build_problem(chain(frozenset({"S1", "S3"})))
    start = some_placement(prob)
    assert fewest_holes(prob) == 1
    assert at_most_holes(prob, start, 0, max_moved=0, time_limit=5) == (None, True)
    found, _ = at_most_holes(prob, start, 1, max_moved=0, time_limit=5)
    assert found is not None
    assert holes_of(prob, found) == 1
    exact = minimise_holes_exact(prob, start, max_moved=0, time_limit=5)
    assert (exact.holes, exact.lower_bound, exact.optimal) == (1, 1, True)


def random_instance(
    seed: int,
    *,
    people: tuple[int, int] = (3, 5),
    meetings: tuple[int, int] = (3, 5),
    absences: bool = True,
) -> Instance:
    """3-5 slots, 1-2 tables, people and meetings in the given ranges; with `absences`,
    each person may miss one slot."""
    rng = random.Random(seed)
    slots = rng.randint(3, 5)
    names = [f"P{i}" for i in range(rng.randint(*people))]
    parts = []
    for p in names if absences else ():
        gone = rng.sample(range(slots), rng.randint(0, 1))
        available = frozenset(f"S{s + 1}" for s in range(slots) if s not in gone)
        parts.append(Participant(p, available=available if gone else None))
    every_pair = list(itertools.combinations(names, 2))
    pairs = rng.sample(every_pair, min(len(every_pair), rng.randint(*meetings)))
    return make(
        slots=slots,
        tables=rng.randint(1, 2),
        participants=parts or names,
        requests=[(f"R{i}", a, b, 1) for i, (a, b) in enumerate(pairs)],
    )


def placeable(seed: int) -> tuple[Problem, int]:
    """The first random instance from `seed` on where every request can be placed, and its
    fewest holes."""
    for attempt in range(100 * seed, 100 * seed + 100):
        prob = build_problem(random_instance(attempt))
        best = fewest_holes(prob)
        if best is not None and len(prob.reqs) == len(prob.instance.requests):
            return prob, best
    raise AssertionError("no placeable instance")


@pytest.mark.parametrize("seed", range(12))
def test_exact_model_matches_brute_force(seed: int) -> None:
    prob, best = placeable(seed)
    start = some_placement(prob)
    exact = minimise_holes_exact(prob, start, max_moved=0, time_limit=5)
    assert exact.optimal
    assert exact.holes == exact.lower_bound == best
    placed = exact.slot_of if exact.slot_of is not None else start
    assert holes_of(prob, placed) == best
    # "at most K holes?" is proven impossible below the optimum and answered at it, in request
    # order (seed 0) and in shuffled variable orders (the probe's restarts)
    for k in range(best):
        assert at_most_holes(prob, start, k, max_moved=0, time_limit=5, seed=seed) == (
            None,
            True,
        )
    found, _ = at_most_holes(prob, start, best, max_moved=0, time_limit=5, seed=seed)
    assert found is not None
    assert holes_of(prob, found) == best
    assert_placement_valid(prob, found)
    walked = kempe_holes(prob, start, time.perf_counter() + 0.2, seed=seed)
    assert sorted(walked) == sorted(start)
    assert_placement_valid(prob, walked)
    assert best <= holes_of(prob, walked) <= holes_of(prob, start)


def test_frozen_meeting_and_moved_limit_are_respected() -> None:
    """A locked meeting stays put and counts for holes; an unlocked input meeting may move
    only within the allowed number of moves."""
    inst = make(
        slots=4,
        tables=1,
        participants=("A", "B", "C"),
        requests=[("R1", "A", "B", 1), ("R2", "B", "C", 1), ("R3", "A", "C", 1)],
        meetings=[PlacedMeeting("R1", "S1", "T1", locked=True), PlacedMeeting("R2", "S3", "T1")],
    )
    prob = build_problem(inst)
    start = some_placement(prob)
    for max_moved in (0, 1):
        best = fewest_holes(prob, max_moved)
        exact = minimise_holes_exact(prob, start, max_moved=max_moved, time_limit=5)
        placed = exact.slot_of if exact.slot_of is not None else start
        assert exact.holes == holes_of(prob, placed) == best
        assert exact.optimal
        assert best is not None
        found, _ = at_most_holes(prob, start, best, max_moved=max_moved, time_limit=5)
        assert found is not None
        assert holes_of(prob, found) == best
        assert sum(prob.reqs[r].moved(s) for r, s in found.items()) <= max_moved
        if best > 0:
            assert at_most_holes(prob, start, best - 1, max_moved=max_moved, time_limit=5) == (
                None,
                True,
            )


def forced_hole_instance() -> tuple[Instance, int]:
    """The first random instance where every request is met and a hole cannot be avoided,
    with its fewest holes (brute force). Everyone has a compact day on their own: the hole
    comes from how the days meet, so the solver's probe has to ask (a person without a
    compact day gives the bound before any question)."""
    for seed in range(40):
        inst = random_instance(seed)
        prob = build_problem(inst)
        best = fewest_holes(prob)
        if best and len(prob.reqs) == len(inst.requests) and applies(prob):
            days = compact_days(prob, {fr.index: fr.cand[0] for fr in prob.reqs})
            if all(days.values()):
                return inst, best
    raise AssertionError("no random instance with a forced hole")


def test_solve_reaches_the_brute_force_optimum_with_its_proof(tmp_path: Path) -> None:
    """The default solve path: every request met, holes at the optimum and proven."""
    inst, best = forced_hole_instance()
    sched = solve(inst, time_limit=5, workers=1)
    assert_valid(inst, sched, tmp_path)
    assert not sched.unscheduled
    assert sched.stats.holes == best
    assert sched.stats.holes_lower_bound == best


def test_probe_restarts_an_unknown_answer_with_another_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An "unknown" probe is asked again with a new seed, and its answer is the optimum."""
    import desk_app.scheduling.holes_phase as holes_phase

    inst, best = forced_hole_instance()
    seeds: list[int] = []

    def stalls_once(*args: object, **kwargs: object) -> tuple[dict[int, int] | None, bool]:
        seeds.append(int(str(kwargs["seed"])))
        if len(seeds) == 1:
            return None, False  # as a search that ran out of time
        return at_most_holes(*args, **kwargs)  # type: ignore[arg-type]

    # only the probe may improve the placement: no walk, no fewest-holes model
    monkeypatch.setattr(holes_phase, "at_most_holes", stalls_once)
    monkeypatch.setattr(holes_phase, "kempe_holes", lambda prob, best, until, **kw: dict(best))
    monkeypatch.setattr(holes_phase, "seat_guided", lambda *args, **kw: None)

    def exact_finds_nothing(
        prob: Problem, best: dict[int, int], **kw: object
    ) -> holes_phase.HolesResult:
        stop = kw["cancel"]
        assert isinstance(stop, threading.Event)
        stop.wait(float(str(kw["time_limit"])))  # searches until the probe's answer stops it
        return holes_phase.HolesResult(None, holes_of(prob, best), 0, False)

    monkeypatch.setattr(holes_phase, "minimise_holes_exact", exact_finds_nothing)
    sched = solve(inst, time_limit=5, workers=1)
    assert_valid(inst, sched, tmp_path)
    assert seeds[:2] == [0, 1]
    assert sched.stats.holes == sched.stats.holes_lower_bound == best


def test_kempe_chain_removes_a_hole_single_moves_cannot() -> None:
    """A-B in S1, B-C in S3, C-D in S2, one table: every slot is full, so no meeting can
    move alone, and B has a hole. The chain B-C, C-D swaps S3 and S2 along both meetings."""
    inst = make(
        slots=3,
        tables=1,
        participants=("A", "B", "C", "D"),
        requests=[("R1", "A", "B", 1), ("R2", "B", "C", 1), ("R3", "C", "D", 1)],
    )
    prob = build_problem(inst)
    start = {0: 0, 1: 2, 2: 1}
    assert holes_of(prob, start) == 1
    walked = kempe_holes(prob, start, time.perf_counter() + 2)
    assert holes_of(prob, walked) == 0
    assert_placement_valid(prob, walked)


def test_kempe_leaves_input_meetings_in_place() -> None:
    """An unlocked input meeting is not moved by the walk (changed must not grow)."""
    inst = make(
        slots=3,
        tables=3,
        participants=("A", "B", "C", "D"),
        requests=[("R1", "A", "B", 1), ("R2", "B", "C", 1), ("R3", "C", "D", 1)],
        meetings=[PlacedMeeting("R3", "S2", "T1")],
    )
    prob = build_problem(inst)
    r3 = next(fr.index for fr in prob.reqs if fr.id == "R3")
    others = [fr.index for fr in prob.reqs if fr.id != "R3"]
    start = {others[0]: 0, others[1]: 2, r3: 1}
    walked = kempe_holes(prob, start, time.perf_counter() + 0.3)
    assert walked[r3] == 1
    assert_placement_valid(prob, walked)


def test_holes_neighbourhood_of_a_small_event_ends() -> None:
    """Fewer meetings than the neighbourhood size: every meeting is chosen and the pick ends
    (it used to loop for ever once it had them all, hanging the solver's last phase)."""
    from desk_app.scheduling.lns import _participants_with_holes

    prob = build_problem(chain(None))
    holey = {0: 0, 1: 2}  # B meets A in the first slot and C in the last: one hole
    assert holes_of(prob, holey) == 1
    assert _participants_with_holes(prob, holey, random.Random(0), 40) == {0, 1}


def no_compact_day() -> Instance:
    """B meets A, C, D in 4 slots; A-B and B-C are allowed in S1 or S4 only, B-D in S2 or
    S3. Every slot is usable, but no 3 slots in a row take the three meetings: B has a hole
    in any placement."""
    return make(
        slots=4,
        tables=2,
        participants=("A", "B", "C", "D"),
        requests=[
            Request("R1", "A", "B", 1, frozenset({"S1", "S4"})),
            Request("R2", "B", "C", 1, frozenset({"S1", "S4"})),
            Request("R3", "B", "D", 1, frozenset({"S2", "S3"})),
        ],
    )


def test_compact_days_need_one_slot_per_meeting() -> None:
    prob = build_problem(no_compact_day())
    start = some_placement(prob)
    b = prob.part_ids.index("B")
    assert compact_days(prob, start) == {b: []}
    assert fewest_holes(prob) == 1
    # told that B's hole is forced, "no hole" is proven impossible without a search, and
    # "at most 1" leaves the hole to B alone
    assert at_most_holes(prob, start, 0, max_moved=0, time_limit=5) == (None, True)
    found, _ = at_most_holes(prob, start, 1, max_moved=0, time_limit=5)
    assert found is not None
    assert holes_of(prob, found) == 1
    assert_placement_valid(prob, found)


def test_holey_people_limit_who_may_have_a_hole() -> None:
    """B's hole is forced: "at most 1 hole" holds when B may have it, not when only A may."""
    prob = build_problem(chain(frozenset({"S1", "S3"})))
    start = some_placement(prob)
    b = prob.part_ids.index("B")
    a = prob.part_ids.index("A")
    assert at_most_holes(prob, start, 1, max_moved=0, time_limit=5, holey=(a,)) == (None, True)
    found, _ = at_most_holes(prob, start, 1, max_moved=0, time_limit=5, holey=(b,))
    assert found is not None
    assert holes_of(prob, found) == 1


# random instances with 0-2 people without a compact day and 0-3 holes at best
ONE_MORE_SEEDS = (1, 2, 6, 12, 30, 667, 854)


@pytest.mark.parametrize("seed", ONE_MORE_SEEDS)
def test_one_more_hole_than_forced_matches_brute_force(seed: int) -> None:
    """"At most F + 1 holes?" (F people without a compact day), person by person: a
    placement when the optimum allows it, else proven impossible."""
    prob = build_problem(random_instance(seed))
    start = some_placement(prob)
    best = fewest_holes(prob)
    assert best is not None
    search = OneHoleByPerson(prob, start, max_moved=0)
    assert search.people
    assert search.k == len(search.forced) + 1
    deadline = time.perf_counter() + 10
    found, proven = one_more_hole(
        prob, start, max_moved=0, time_left=lambda: deadline - time.perf_counter()
    )
    if best <= search.k:
        assert found is not None
        assert best <= holes_of(prob, found) <= search.k
        assert_placement_valid(prob, found)
    else:
        assert (found, proven) == (None, True)


def test_a_stalled_one_hole_question_is_asked_person_by_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The flags model answers "unknown" at one hole (as on JAIR forum-13crafc); the probe
    then finds the one-hole placement by asking who may have the hole."""
    import desk_app.scheduling.holes_phase as holes_phase
    from desk_app.scheduling.one_hole import OneHoleByPerson

    asked: list[object] = []

    def flags_stall(*args: object, **kwargs: object) -> tuple[dict[int, int] | None, bool]:
        asked.append(kwargs.get("holey"))
        return None, False

    monkeypatch.setattr(holes_phase, "at_most_holes", flags_stall)
    prob = build_problem(random_instance(6))  # 1 hole at best, nobody without a compact day
    start = some_placement(prob)
    deadline = time.perf_counter() + 10

    def ask(k: int, by_person: OneHoleByPerson | None) -> tuple[dict[int, int] | None, bool]:
        return holes_phase.ask_at_most(
            prob,
            start,
            k,
            seed=0,
            max_moved=0,
            time_left=lambda: deadline - time.perf_counter(),
            cancel=threading.Event(),
            by_person=by_person,
        )

    by_person = OneHoleByPerson(prob, start, max_moved=0)
    assert by_person.k == 1
    assert ask(2, by_person) == (None, False)  # only the one-hole question goes by person
    found, _ = ask(1, by_person)
    assert asked == [None, None]
    assert found is not None
    assert holes_of(prob, found) == 1


def test_person_by_person_rounds_widen_and_prove() -> None:
    """A round asks the first FIRST_ASKED people, the next twice as many; once all are
    ruled out, "more than one hole" is proven (random instance 30: 2 holes at best)."""
    prob = build_problem(random_instance(30))
    start = some_placement(prob)
    assert fewest_holes(prob) == 2
    search = OneHoleByPerson(prob, start, max_moved=0)
    assert (search.k, len(search.people)) == (1, 4)
    search.width = 1  # as if there were more people than a first round asks
    assert search.next_round(lambda: 10.0) == (None, False)
    assert (len(search.ruled_out), search.width) == (1, 2)
    assert search.next_round(lambda: 10.0) == (None, False)
    assert (len(search.ruled_out), search.width) == (2, 4)
    assert search.next_round(lambda: 10.0) == (None, True)


def test_main_thread_asks_other_people_with_other_seeds_once_the_probe_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The main thread's share of the person-by-person rounds: every other person first,
    seeds from HELPER_SEEDS; what it finds is the optimum (the probe asks only once the
    lower question is proven impossible), and it stops the probe."""
    from types import SimpleNamespace

    import desk_app.scheduling.holes_phase as holes_phase
    import desk_app.scheduling.one_hole as one_hole
    from desk_app.scheduling.solver import SolveRun

    asked: list[tuple[int, int]] = []

    def recorded(*args: object, **kwargs: object) -> tuple[dict[int, int] | None, bool]:
        holey = kwargs["holey"]
        assert isinstance(holey, set)
        asked.append((min(holey), int(str(kwargs["seed"]))))
        return at_most_holes(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(one_hole, "at_most_holes", recorded)
    prob = build_problem(random_instance(6))  # 1 hole at best, nobody without a compact day
    start = some_placement(prob)
    deadline = time.perf_counter() + 10
    run_ = SimpleNamespace(
        prob=prob, best=start, best_key=(len(start), 0), time_to=SolveRun.time_to
    )
    stop = threading.Event()
    probed: list[holes_phase.HolesResult] = []
    holes_phase._ask_by_person_too(run_, deadline, 1, stop, probed)  # type: ignore[arg-type]
    people = one_hole.OneHoleByPerson(prob, start, max_moved=0).people
    assert asked[0] == (people[1], holes_phase.HELPER_SEEDS)
    assert stop.is_set()
    assert len(probed) == 1
    found = probed[0].slot_of
    assert found is not None
    assert holes_of(prob, found) == probed[0].holes == probed[0].lower_bound == 1
    assert probed[0].optimal


def solve_recording_questions(
    monkeypatch: pytest.MonkeyPatch, inst: Instance, tmp_path: Path
) -> tuple[Schedule, list[int]]:
    """`solve` (its schedule checked), and the K of each "at most K holes?" asked of the
    day-window model during it."""
    import desk_app.scheduling.holes_phase as holes_phase

    asked: list[int] = []

    def recorded(*args: object, **kwargs: object) -> tuple[dict[int, int] | None, bool]:
        asked.append(int(str(args[2])))
        return at_most_holes(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(holes_phase, "at_most_holes", recorded)
    sched = solve(inst, time_limit=5, workers=1)
    assert_valid(inst, sched, tmp_path)
    return sched, asked


def test_probe_starts_at_one_hole_per_person_without_a_compact_day(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """B cannot avoid a hole: the bound is 1 before any question, and no question is asked
    below it."""
    sched, asked = solve_recording_questions(monkeypatch, no_compact_day(), tmp_path)
    assert sched.stats.holes == sched.stats.holes_lower_bound == 1
    assert all(k >= 1 for k in asked)
