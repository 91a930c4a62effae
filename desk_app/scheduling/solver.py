"""The scheduler: greedy, bound, placement of the bound's meeting set, repair, then holes.

Why this decomposition: the naive x[request, slot] model with "maximise weight" needs a
minute on a 180-participant event. Instead the b-matching relaxation (bounds.py) chooses
*which* meetings to hold; placing exactly that set into slots is a pure feasibility problem
(tables need no variables, see constraints.py) that a greedy often solves outright and CP-SAT
solves in a few seconds; when it succeeds the weight equals the proven bound, i.e. it is
optimal. Otherwise the exact weight model (small events) or neighbourhood search (big ones)
continues from the best schedule so far. Holes are minimised last with the meeting set
fixed, so weight and `changed` never get worse.

Phases, each given a share of the time left: greedy -> bound (30%) -> greedy on the bound's
set -> CP-SAT placement (70%) -> exact weight model (50%, small events) -> weight LNS (80%)
-> slot-swap hill climb -> holes with every request met (holes_phase.window_holes, 85%:
"at most K holes?" day-window probes, person by person at one hole more than forced
(one_hole.py), beside Kempe-chain annealing, then the exact model;
else the x-model probe and objective) -> holes annealing and LNS.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from desk_app.scheduling import holes_model, holes_phase
from desk_app.scheduling.anneal import anneal_holes
from desk_app.scheduling.bounds import b_matching_bound, frozen_weight, shortfall_bound
from desk_app.scheduling.constraints import (
    SlotModel,
    add_holes_objective,
    changed_expr,
    new_slot_model,
    objective_scales,
    quality_objective,
    require_all,
)
from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.greedy import greedy_slots, restore_moved
from desk_app.scheduling.lns import (
    REORDER_MAX,
    improve_holes_lns,
    improve_weight_lns,
    reorder_slots,
)
from desk_app.scheduling.model import Instance, Schedule
from desk_app.scheduling.problem import Problem, build_problem, build_schedule, holes_of


@dataclass(frozen=True, slots=True)
class Progress:
    best_weight: int
    bound: int | None
    gap: float | None  # (bound - best) / bound, None while no bound is known
    seconds: float
    phase: str  # 'greedy' | 'bound' | 'placing' | 'improving' | 'holes' | 'done'


ProgressFn = Callable[[Progress], None]


class SolveRun:
    """State shared by the phases: the clock, the best schedule so far and its bound."""

    def __init__(
        self,
        prob: Problem,
        time_limit: float,
        workers: int,
        cancel: threading.Event | None,
        progress: ProgressFn | None,
    ) -> None:
        self.prob = prob
        self.t0 = time.perf_counter()
        # keep a little time back for turning the result into a Schedule (xl-1, 24,000
        # requests: 0.5 s was not enough, it ended at 60.2 s of 60)
        self.deadline = self.t0 + time_limit - min(1.5, 0.03 * time_limit + 2e-5 * len(prob.reqs))
        self.workers = workers
        self.cancel = cancel
        self.progress = progress
        self.best: dict[int, int] = {}
        self.best_key = (-1, 0)
        self.best_short = 1 << 30  # shortfall of `best` (quality 0, before the key)
        self.short_lb = 0  # proven lower bound on the shortfall
        self.short_proven = not prob.has_floors
        self.improved = False  # beyond the first (greedy) solution
        self.base_weight = frozen_weight(prob)
        self.bound: int | None = None
        self.proven_optimal = False
        self.holes_lb: int | None = None
        self.holes_done = False  # fewest holes for this meeting set and moved count proven
        self.has_old = any(fr.old is not None for fr in prob.reqs)

    def left(self) -> float:
        return self.deadline - time.perf_counter()

    def until(self, share: float) -> float:
        """Absolute end of a phase allowed `share` of the time left."""
        return time.perf_counter() + share * max(0.0, self.left())

    @staticmethod
    def time_to(until: float) -> float:
        """Seconds left before `until`, measured after the model was built."""
        return max(0.05, until - time.perf_counter())

    def stopped(self) -> bool:
        return self.left() <= 0.05 or (self.cancel is not None and self.cancel.is_set())

    def key(self, slot_of: dict[int, int]) -> tuple[int, int]:
        """Lexicographic quality: weight first, then fewer moved input meetings."""
        reqs = self.prob.reqs
        weight = sum(reqs[r].weight for r in slot_of)
        moved = sum(1 for r, s in slot_of.items() if reqs[r].moved(s))
        return weight, -moved

    def short_of(self, slot_of: dict[int, int]) -> int:
        """Quality 0 of the free placement: meetings still owed below the floors."""
        if not self.prob.has_floors:
            return 0
        got = [0] * self.prob.n_parts
        for r in slot_of:
            for p in self.prob.reqs[r].pair:
                got[p] += 1
        return sum(max(0, f - g) for f, g in zip(self.prob.floor, got, strict=True))

    def offer(self, slot_of: dict[int, int], phase: str, *, force: bool = False) -> bool:
        """Keep `slot_of` if better (or equal and `force`, e.g. fewer holes)."""
        if self.has_old and phase != "holes":
            slot_of = restore_moved(self.prob, slot_of)
        k = self.key(slot_of)
        short = self.short_of(slot_of)
        # Rule 6 before quality: a schedule keeping more input meetings always wins (the
        # greedy may fail to keep one that CP-SAT manages to place).
        kept, best_kept = self._kept(slot_of), self._kept(self.best)
        if kept < best_kept and self.best_key[0] >= 0:
            return False
        quality, best = (-short, *k), (-self.best_short, *self.best_key)
        if kept > best_kept or quality > best or (force and quality == best):
            if self.best_key[0] >= 0:
                self.improved = True
            self.best, self.best_key, self.best_short = dict(slot_of), k, short
            self.report(phase)
            return True
        return False

    def at_best_shortfall(self) -> bool:
        """The shortfall is proven minimal: only weight and what follows are left to gain."""
        return self.short_proven and self.best_short <= self.short_lb

    def _kept(self, slot_of: dict[int, int]) -> int:
        return sum(1 for r in slot_of if self.prob.reqs[r].must) if self.has_old else 0

    @property
    def weight(self) -> int:
        return self.base_weight + max(0, self.best_key[0])

    def report(self, phase: str, weight: int | None = None) -> None:
        if self.progress is None:
            return
        weight = max(weight or 0, self.weight)
        gap = None
        if self.bound:
            gap = max(0.0, (self.bound - weight) / self.bound)
        self.progress(Progress(weight, self.bound, gap, time.perf_counter() - self.t0, phase))

    def bound_applies(self) -> bool:
        """A holes bound over the current meeting set is a bound at this weight only when no
        other set has the same weight, i.e. every placeable request is placed; and `changed`
        must be 0, or another schedule with the same minimum `changed` could exist."""
        return len(self.best) == len(self.prob.reqs) and self.best_key[1] == 0

    def raise_holes_lb(self, value: int) -> None:
        self.holes_lb = max(self.holes_lb or 0, value)
        if self.holes_lb >= holes_of(self.prob, self.best):
            self.holes_done = True

    def schedule(self) -> Schedule:
        # bound is a valid upper bound even when the relaxation was not solved to the end
        optimal = self.proven_optimal or (self.bound is not None and self.weight >= self.bound)
        optimal = optimal and self.at_best_shortfall()
        status = "optimal" if optimal else ("feasible" if self.improved else "greedy")
        if holes_of(self.prob, self.best) == 0:
            self.holes_lb = 0  # nothing can beat no holes at all
        sched = build_schedule(
            self.prob,
            self.best,
            upper_bound=self.bound,
            status=status,
            seconds=time.perf_counter() - self.t0,
            holes_lower_bound=self.holes_lb,
        )
        self.report("done")
        return sched

    def solution(self, sm: SlotModel, solver: cp_model.CpSolver) -> dict[int, int]:
        return {r: s for (r, s), v in sm.x.items() if solver.boolean_value(v)}

    def hint(self, sm: SlotModel, slot_of: dict[int, int]) -> None:
        # A complete hint (zeros too) lets CP-SAT start from exactly this schedule.
        for (r, s), v in sm.x.items():
            sm.model.add_hint(v, slot_of.get(r) == s)


def place_set(run_: SolveRun, selection: Iterable[int], until: float) -> bool:
    """Phase 2: put exactly the chosen meetings into slots, fewest moved input meetings."""
    prob = run_.prob
    sm = new_slot_model(prob, selection)
    require_all(sm)
    run_.hint(sm, run_.best)
    has_old = any(prob.reqs[r].old for r in sm.by_req)
    if has_old:
        sm.model.minimize(changed_expr(sm))
    status, solver = run(
        sm.model,
        time_limit=run_.time_to(until),
        workers=run_.workers,
        cancel=run_.cancel,
        first_solution=not has_old,
    )
    return status in FOUND and run_.offer(run_.solution(sm, solver), "placing")


def improve_weight(run_: SolveRun, requests: Iterable[int], until: float) -> None:
    """Phase 3: maximise weight (then fewest moved) over `requests`, from the best so far."""
    prob = run_.prob
    sm = new_slot_model(prob, requests)
    run_.hint(sm, run_.best)
    scale, big = objective_scales(prob)
    sm.model.maximize(quality_objective(sm))
    target = None
    if run_.bound is not None and run_.short_proven:
        target = scale * (run_.bound - run_.base_weight) - 0.5 * scale - big * run_.short_lb

    def seen(value: float, _bound: float) -> None:
        # value = scale * weight - moved, with 0 <= moved < scale
        if not big:
            run_.report("improving", run_.base_weight + (int(value) + scale - 1) // scale)

    status, solver = run(
        sm.model,
        time_limit=run_.time_to(until),
        workers=run_.workers,
        cancel=run_.cancel,
        on_solution=seen,
        stop_at=target,
    )
    if status in FOUND:
        run_.offer(run_.solution(sm, solver), "improving")
        if status == cp_model.OPTIMAL and len(sm.by_req) == len(prob.reqs):
            run_.proven_optimal = True
            if big:  # the exact model's shortfall is the least there is
                run_.short_lb, run_.short_proven = run_.best_short, True


def minimise_holes(run_: SolveRun, until: float) -> None:
    """Phase 4: same meetings, same or fewer moved input meetings, fewest holes."""
    prob = run_.prob
    sm = new_slot_model(prob, sorted(run_.best))
    require_all(sm)
    run_.hint(sm, run_.best)
    moved = changed_expr(sm)
    holes = add_holes_objective(sm, fixed_set=True)
    sm.model.add(moved <= -run_.best_key[1])
    sm.model.minimize(holes)
    status, solver = run(
        sm.model,
        time_limit=run_.time_to(until),
        workers=run_.workers,
        cancel=run_.cancel,
    )
    if status in FOUND:
        found = run_.solution(sm, solver)
        if holes_of(prob, found) < holes_of(prob, run_.best):
            run_.offer(found, "holes", force=True)
        run_.holes_done = run_.holes_done or status == cp_model.OPTIMAL
        if run_.bound_applies():
            run_.raise_holes_lb(int(solver.best_objective_bound + 1e-6 - 1e-9))


def probe_holes(run_: SolveRun, k: int, until: float) -> None:
    """Is there a placement of the same meetings with at most `k` holes? As a constraint
    rather than an objective, "no holes for most people" pins their meetings into windows,
    which CP-SAT often settles in well under a second (e.g. every JAIR optimum of 0)."""
    prob = run_.prob
    sm = new_slot_model(prob, sorted(run_.best))
    require_all(sm)
    sm.model.add(add_holes_objective(sm, fixed_set=True) <= k)
    sm.model.add(changed_expr(sm) <= -run_.best_key[1])
    status, solver = run(
        sm.model, time_limit=run_.time_to(until), workers=run_.workers, cancel=run_.cancel
    )
    if status in FOUND:
        found = run_.solution(sm, solver)
        if holes_of(prob, found) < holes_of(prob, run_.best):
            run_.offer(found, "holes", force=True)
    elif status == cp_model.INFEASIBLE and run_.bound_applies():
        run_.raise_holes_lb(k + 1)


def solve(
    instance: Instance,
    *,
    time_limit: float = 10.0,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    workers: int = 2,
) -> Schedule:
    """Best schedule found within `time_limit` seconds (always valid; at worst the greedy).

    `cancel` stops at the next check and returns the best schedule so far.
    """
    prob = build_problem(instance)
    run_ = SolveRun(prob, time_limit, workers, cancel, progress)
    run_.offer(greedy_slots(prob), "greedy")
    if run_.stopped():
        return run_.schedule()

    max_shortfall = None
    if prob.has_floors:
        # Quality 0 first: the fewest meetings owed that the counts allow; the weight bound
        # below is then among selections of that shortfall, and placing its selection
        # proves both at once.
        run_.short_lb, run_.short_proven = shortfall_bound(
            prob, time_limit=max(0.1, 0.15 * run_.left()), workers=workers, cancel=cancel,
            hint=run_.best,
        )
        max_shortfall = run_.short_lb
    bound = b_matching_bound(
        prob,
        time_limit=max(0.2, 0.3 * run_.left()),
        workers=workers,
        cancel=cancel,
        hint=run_.best,
        max_shortfall=max_shortfall,
    )
    run_.bound = bound.value
    run_.report("bound")

    def short() -> bool:
        unfair = not run_.at_best_shortfall()
        return (unfair or run_.weight < (run_.bound or 0)) and not run_.stopped()

    if short():
        run_.offer(greedy_slots(prob, prefer=bound.selection), "placing")
    if short() and _build_seconds(prob, bound.selection) < 0.25 * run_.left():
        place_set(run_, bound.selection, run_.until(0.7))
    if short() and len(prob.reqs) * prob.n_slots <= 60_000:
        # Not placeable (or not in time): the exact model, small enough to prove things.
        improve_weight(run_, range(len(prob.reqs)), run_.until(0.5))
    if short():
        improve_weight_lns(run_, run_.until(0.8), set(bound.selection))
    # Holes: the whole model when it is cheap to build (it also gives the lower bound),
    # then small neighbourhoods; big events get the neighbourhoods only.
    if len(run_.best) <= REORDER_MAX:
        run_.offer(reorder_slots(prob, run_.best), "holes", force=True)
    exact = _build_seconds(prob, run_.best) < 0.1 * run_.left()
    # The slot-per-meeting model pays off when every request is met (JAIR-like: dense, no
    # choice of meetings left); on events that drop requests, annealing and LNS do better.
    window = exact and holes_model.applies(prob) and run_.bound_applies()
    if window:
        holes_phase.window_holes(run_, run_.until(0.85))
    elif exact and not run_.stopped():
        if holes_of(prob, run_.best) > 0:
            probe_holes(run_, 0, run_.until(0.3))
        if not run_.holes_done and holes_of(prob, run_.best) > 0:
            minimise_holes(run_, run_.until(0.5))
        lb = run_.holes_lb or 0
        if not run_.holes_done and lb > 0 and holes_of(prob, run_.best) > lb:
            probe_holes(run_, lb, run_.until(0.4))
    if not run_.stopped() and run_.left() > 0.3 and not run_.holes_done:
        if not window and len(run_.best) <= REORDER_MAX:
            annealed = anneal_holes(prob, run_.best, run_.until(0.5))
            if holes_of(prob, annealed) < holes_of(prob, run_.best):
                run_.offer(annealed, "holes", force=True)
        improve_holes_lns(run_, run_.until(1.0))
    return run_.schedule()


def _build_seconds(prob: Problem, requests: Iterable[int]) -> float:
    """Rough cost of building a CP-SAT model over `requests` in Python (measured ~20 us per
    variable on the benchmark machine, doubled for safety)."""
    return 4e-5 * sum(len(prob.reqs[r].cand) for r in requests)
