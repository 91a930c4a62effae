"""Local improvement: free a few meetings, fix the rest, re-solve that part exactly.

With two cores CP-SAT runs few of its own LNS workers, and whole-event models are slow to
build and to improve; small neighbourhoods (some participants' meetings, a few slots, the
surroundings of a missing meeting) solve in tens of milliseconds each. Used for weight on
events too big for the exact placement, and for holes everywhere. Also a cheap slot-swap
hill climb for holes.
"""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from desk_app.scheduling.constraints import (
    add_holes_objective,
    changed_expr,
    new_slot_model,
    quality_objective,
    require_all,
)
from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.problem import Problem, busy_slots, gaps, holes_of

if TYPE_CHECKING:
    from desk_app.scheduling.solver import SolveRun

LNS_STEP = 0.3  # seconds per neighbourhood solve
LNS_WORKERS = 1  # neighbourhoods are small: a second thread costs more than it finds
MAX_FREE = 300  # meetings freed at most per neighbourhood
REORDER_MAX = 2000  # meetings; above that a slot-swap pass costs more than it brings


def _participants_with_holes(
    prob: Problem, slot_of: dict[int, int], rng: random.Random, size: int
) -> set[int]:
    """Every meeting of a few participants, starting from people with holes."""
    by_part: dict[int, list[int]] = {}
    for r in slot_of:
        for p in prob.reqs[r].pair:
            by_part.setdefault(p, []).append(r)
    holey = [p for p, idx in busy_slots(prob, slot_of).items() if gaps(idx)]
    if not holey:
        return set()
    people = rng.sample(holey, min(len(holey), 3))
    others = list(by_part)
    chosen: set[int] = set()
    # a small event may have fewer meetings than `size`: stop once every one is chosen
    while len(chosen) < min(size, len(slot_of)) and others:
        p = people.pop() if people else rng.choice(others)
        chosen.update(by_part.get(p, []))
    return chosen


def _time_window(
    prob: Problem, slot_of: dict[int, int], rng: random.Random, size: int
) -> set[int]:
    """Every meeting in a few consecutive slots (holes are local in time)."""
    first = rng.randrange(prob.now, prob.n_slots)
    by_slot: dict[int, list[int]] = {}
    for r, s in slot_of.items():
        by_slot.setdefault(s, []).append(r)
    chosen: set[int] = set()
    for s in range(first, prob.n_slots):
        if chosen and len(chosen) + len(by_slot.get(s, [])) > size:
            break
        chosen.update(by_slot.get(s, []))
    return chosen


def _in_slots(
    prob: Problem, slot_of: dict[int, int], rng: random.Random, size: int
) -> set[int]:
    """Every meeting in a few random slots."""
    slots = list(range(prob.now, prob.n_slots))
    rng.shuffle(slots)
    chosen: set[int] = set()
    for s in slots:
        batch = {r for r, k in slot_of.items() if k == s}
        if chosen and len(chosen) + len(batch) > size:
            break
        chosen |= batch
    return chosen


NEIGHBOURHOODS = (_participants_with_holes, _time_window, _in_slots)


def improve_holes_lns(run_: SolveRun, until: float, seed: int = 0) -> None:
    """Re-place small sets of meetings to cut holes; weight and moved count never change."""
    prob = run_.prob
    rng = random.Random(seed)
    size = {pick: 40 for pick in NEIGHBOURHOODS}
    current = holes_of(prob, run_.best)
    while current > 0 and time.perf_counter() < until - 0.05 and not run_.stopped():
        best = run_.best
        pick = rng.choice(NEIGHBOURHOODS)
        free = pick(prob, best, rng, size[pick])
        if not free:
            continue
        fixed = {r: s for r, s in best.items() if r not in free}
        sm = new_slot_model(prob, free, fixed)
        require_all(sm)
        run_.hint(sm, best)
        moved_now = sum(1 for r in free if prob.reqs[r].moved(best[r]))
        sm.model.add(changed_expr(sm) <= moved_now)
        sm.model.minimize(add_holes_objective(sm, fixed_set=True))
        status, solver = run(
            sm.model,
            time_limit=min(LNS_STEP, run_.time_to(until)),
            workers=LNS_WORKERS,
            cancel=run_.cancel,
        )
        # grow neighbourhoods that solve to optimality fast, shrink the others
        if status == cp_model.OPTIMAL:
            size[pick] = min(MAX_FREE, size[pick] + 5)
        else:
            size[pick] = max(10, size[pick] - 5)
        if status not in FOUND:
            continue
        candidate = dict(fixed)
        candidate.update(run_.solution(sm, solver))
        value = holes_of(prob, candidate)
        if value <= current:
            if value < current:
                run_.offer(candidate, "holes", force=True)
            else:
                run_.best = candidate  # same quality: move on the plateau
            current = value


def _around_missing(
    prob: Problem, slot_of: dict[int, int], start: int, rng: random.Random, size: int
) -> set[int]:
    """An unplaced request, the meetings of its two people, then of their partners..., plus
    every unplaced request among the people reached: room for an ejection chain."""
    placed_by_part: dict[int, list[int]] = {}
    for r in slot_of:
        for p in prob.reqs[r].pair:
            placed_by_part.setdefault(p, []).append(r)
    queue = list(prob.reqs[start].pair)
    seen = set(queue)
    chosen = {start}
    while queue and len(chosen) < size:
        p = queue.pop(0)
        for r in placed_by_part.get(p, []):
            chosen.add(r)
            for q in prob.reqs[r].pair:
                if q not in seen:
                    seen.add(q)
                    queue.append(q)
        rng.shuffle(queue)
    reached = {p for r in chosen for p in prob.reqs[r].pair} & seen
    for fr in prob.reqs:
        if fr.index not in slot_of and fr.a in reached and fr.b in reached:
            chosen.add(fr.index)
    return chosen


def improve_weight_lns(
    run_: SolveRun, until: float, wanted: set[int] | None = None, seed: int = 0
) -> None:
    """Insert missing meetings by re-solving their neighbourhood exactly (weight, then fewer
    moved input meetings); `wanted` (the bound's meeting set) is tried first."""
    prob = run_.prob
    rng = random.Random(seed)
    size = 60
    bound_free = None if run_.bound is None else run_.bound - run_.base_weight
    while time.perf_counter() < until - 0.05 and not run_.stopped():
        best = run_.best
        at_bound = bound_free is not None and run_.best_key[0] >= bound_free
        if at_bound and run_.at_best_shortfall():
            return
        missing = [r for r in (wanted or ()) if r not in best]
        if not missing:
            missing = [fr.index for fr in prob.reqs if fr.index not in best]
        if not missing:
            return
        free = _around_missing(prob, best, rng.choice(missing), rng, size)
        fixed = {r: s for r, s in best.items() if r not in free}
        sm = new_slot_model(prob, free, fixed)
        run_.hint(sm, best)
        sm.model.maximize(quality_objective(sm))
        status, solver = run(
            sm.model,
            time_limit=min(0.5, run_.time_to(until)),
            workers=run_.workers,
            cancel=run_.cancel,
        )
        if status in FOUND:
            candidate = dict(fixed)
            candidate.update(run_.solution(sm, solver))
            same = run_.key(candidate) == run_.best_key
            if not run_.offer(candidate, "improving") and same and (
                run_.short_of(candidate) == run_.best_short
            ):
                run_.best = candidate  # same quality elsewhere: keeps the search moving
        size = min(400, size + 10) if solver.wall_time < 0.15 else max(20, size - 10)


def reorder_slots(prob: Problem, slot_of: dict[int, int]) -> dict[int, int]:
    """Hill-climb on swapping the whole content of two slots (fewer holes, same everything
    else). A swap is allowed only when every meeting may take place in its new slot, so
    availability, request slots, frozen meetings and table counts stay satisfied."""
    content: dict[int, list[int]] = {s: [] for s in range(prob.now, prob.n_slots)}
    for r, s in slot_of.items():
        content[s].append(r)
    where = busy_slots(prob, slot_of)
    cand = [set(fr.cand) for fr in prob.reqs]

    def movable(rs: list[int], to: int) -> bool:
        return len(rs) <= prob.free_tables[to] and all(to in cand[r] for r in rs)

    improved = True
    while improved:
        improved = False
        for s1 in content:
            for s2 in content:
                if s2 <= s1 or not (content[s1] or content[s2]):
                    continue
                if not (movable(content[s1], s2) and movable(content[s2], s1)):
                    continue
                people = {p for r in content[s1] + content[s2] for p in prob.reqs[r].pair}
                swap = {s1: s2, s2: s1}
                before = sum(gaps(where[p]) for p in people)
                after = sum(gaps([swap.get(s, s) for s in where[p]]) for p in people)
                if after < before:
                    for p in people:
                        where[p] = [swap.get(s, s) for s in where[p]]
                    content[s1], content[s2] = content[s2], content[s1]
                    improved = True
    return {r: s for s, rs in content.items() for r in rs}
