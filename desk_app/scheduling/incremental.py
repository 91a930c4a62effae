"""Same-day re-solve tuned for small changes (a few no-shows, a few new wishes).

Most of the day's schedule is fine as it is. The greedy first keeps every input meeting in
its slot where it still can and fills what it can; then only the neighbourhood of what
changed (partners of absent people, displaced meetings, people with new placements or
placeable wishes) is re-optimised by CP-SAT with everything else fixed. The result is never
worse than the greedy, lexicographically (weight, then fewer moved meetings).
"""

from __future__ import annotations

import threading

from desk_app.scheduling.bounds import participant_limits
from desk_app.scheduling.constraints import new_slot_model, quality_objective
from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.greedy import greedy_slots
from desk_app.scheduling.model import Instance, Schedule
from desk_app.scheduling.problem import Problem, build_problem
from desk_app.scheduling.solver import ProgressFn, SolveRun

MAX_FREE = 600  # requests re-optimised at most; keeps the model small


def hot_participants(prob: Problem, slot_of: dict[int, int]) -> list[set[int]]:
    """Participants touched by the change, most urgent group first."""
    inst = prob.instance
    pidx = {p: i for i, p in enumerate(prob.part_ids)}
    reqs = {r.id: r for r in inst.requests}
    absent = {i for i, p in enumerate(inst.participants) if p.absent}
    freed: set[int] = set()  # lost a meeting to a no-show: a slot opened up
    for m in inst.meetings:
        a, b = pidx[reqs[m.request].a], pidx[reqs[m.request].b]
        if a in absent or b in absent:
            freed |= {a, b} - absent
    moved: set[int] = set()
    for fr in prob.reqs:
        if fr.old is not None and slot_of.get(fr.index) != fr.old[0]:
            moved |= {fr.a, fr.b}
    added = {p for r in slot_of if prob.reqs[r].old is None for p in prob.reqs[r].pair}
    # unplaced wishes whose two people both have room for one more meeting: placeable by
    # moving other meetings around
    count = [0] * prob.n_parts
    for r in slot_of:
        for p in prob.reqs[r].pair:
            count[p] += 1
    limit = participant_limits(prob)
    placeable: set[int] = set()
    for fr in prob.reqs:
        if fr.index not in slot_of and all(count[p] < limit[p] for p in fr.pair):
            placeable.update(fr.pair)
    return [freed | moved, added, placeable]


def _neighbourhood(prob: Problem, slot_of: dict[int, int]) -> set[int]:
    by_part: dict[int, list[int]] = {}
    for fr in prob.reqs:
        by_part.setdefault(fr.a, []).append(fr.index)
        by_part.setdefault(fr.b, []).append(fr.index)
    free: set[int] = set()
    for group in hot_participants(prob, slot_of):
        for p in sorted(group):
            rs = by_part.get(p, [])
            if len(free) + len(rs) > MAX_FREE:
                return free
            free.update(rs)
    return free


def resolve_incremental(
    instance: Instance,
    *,
    time_limit: float = 1.0,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    workers: int = 2,
) -> Schedule:
    """Re-solve after small changes within about `time_limit` seconds (contract rule 6 holds).

    No proven bound is computed (too slow for the budget); `upper_bound` is None.
    """
    prob = build_problem(instance)
    run_ = SolveRun(prob, time_limit, workers, cancel, progress)
    start = greedy_slots(prob)
    run_.offer(start, "greedy")
    free = _neighbourhood(prob, start)
    # CP-SAT only gets what is left of ~60% of the budget: the rest is for building the
    # model and the schedule, and for busy machines (wall time counts, not CPU time)
    spent = time_limit - run_.left()
    if free and not run_.stopped() and spent < 0.5 * time_limit:
        fixed = {r: s for r, s in start.items() if r not in free}
        sm = new_slot_model(prob, free, fixed)
        run_.hint(sm, start)
        sm.model.maximize(quality_objective(sm))
        status, solver = run(
            sm.model,
            time_limit=max(0.05, 0.6 * time_limit - (time_limit - run_.left())),
            workers=workers,
            cancel=cancel,
        )
        if status in FOUND:
            candidate = dict(fixed)
            candidate.update(run_.solution(sm, solver))
            run_.offer(candidate, "improving")
    return run_.schedule()
