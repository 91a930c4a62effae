"""Proven upper bound on the total weight: the b-matching relaxation.

Forget slots and tables except for two counting limits: each participant takes at most
min(remaining max_meetings, number of distinct slots any of their requests can use) meetings,
and all new meetings together fit in the free (table, slot) places. Every valid schedule
satisfies these limits, so the optimum of this relaxation, solved exactly, bounds the weight.
The optimal selection is also a good target for the slot-assignment phase of the solver.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.problem import Problem


@dataclass(frozen=True, slots=True)
class Bound:
    value: int  # includes the weight of frozen meetings
    proven: bool  # False when the time limit hit before CP-SAT closed the gap
    selection: tuple[int, ...]  # free request indices of the best relaxed solution found


def participant_limits(prob: Problem) -> list[int]:
    """Most new meetings each participant can possibly get."""
    usable: list[set[int]] = [set() for _ in range(prob.n_parts)]
    for fr in prob.reqs:
        usable[fr.a].update(fr.cand)
        usable[fr.b].update(fr.cand)
    return [min(prob.cap[p], len(usable[p])) for p in range(prob.n_parts)]


def frozen_weight(prob: Problem) -> int:
    weights = {r.id: r.weight for r in prob.instance.requests}
    return sum(weights[m.request] for m in prob.frozen)


@dataclass
class Relaxation:
    """The b-matching relaxation as a CP-SAT model: y[r] = request r is met."""

    model: cp_model.CpModel
    y: list[cp_model.IntVar]
    shortfall: cp_model.LinearExpr | int  # quality 0 of the relaxed selection
    weight: cp_model.LinearExpr


def relaxation(prob: Problem, *, force_must: bool) -> Relaxation:
    """Per participant at most their limit, all together at most the free places; floors
    give short[p] >= owed - met (a floor is a count, so the relaxation bounds it too)."""
    limit = participant_limits(prob)
    model = cp_model.CpModel()
    y = [model.new_bool_var(f"y{fr.index}") for fr in prob.reqs]
    incident: list[list[int]] = [[] for _ in range(prob.n_parts)]
    for fr in prob.reqs:
        incident[fr.a].append(fr.index)
        incident[fr.b].append(fr.index)
    for p, rs in enumerate(incident):
        if len(rs) > limit[p]:
            model.add(sum(y[r] for r in rs) <= limit[p])
    places = sum(prob.free_tables[s] for s in range(prob.now, prob.n_slots))
    if len(prob.reqs) > places:
        model.add(sum(y) <= places)
    short: list[cp_model.IntVar | int] = []
    for p, owed in enumerate(prob.floor):
        if owed <= 0:
            continue
        reachable = min(owed, len(incident[p]), limit[p])
        if reachable < owed:
            short.append(owed - reachable)  # a part of the floor no schedule can give
        if reachable > 0:
            v = model.new_int_var(0, reachable, f"short{p}")
            model.add(v >= reachable - sum(y[r] for r in incident[p]))
            short.append(v)
    if force_must:
        for fr in prob.reqs:
            if fr.must:
                model.add(y[fr.index] == 1)
    weight = sum(fr.weight * y[fr.index] for fr in prob.reqs)
    return Relaxation(model, y, sum(short), weight)  # type: ignore[arg-type]


def shortfall_bound(
    prob: Problem,
    *,
    time_limit: float = 10.0,
    workers: int = 2,
    cancel: threading.Event | None = None,
    hint: Iterable[int] | None = None,
) -> tuple[int, bool]:
    """(proven lower bound on the shortfall of any valid schedule, whether the relaxation
    reached it): the fewest meetings missing below the floors when only counts matter."""
    if not prob.has_floors:
        return 0, True
    for force_must in (True, False):
        rel = relaxation(prob, force_must=force_must)
        if isinstance(rel.shortfall, int):
            return rel.shortfall, True
        rel.model.minimize(rel.shortfall)
        for r in hint or ():
            rel.model.add_hint(rel.y[r], 1)
        status, solver = run(rel.model, time_limit=time_limit, workers=workers, cancel=cancel)
        if status == cp_model.OPTIMAL:
            return round(solver.objective_value), True
        if status != cp_model.INFEASIBLE:
            return max(0, int(solver.best_objective_bound - 1e-6 + 0.999999)), False
    return 0, False


def b_matching_bound(
    prob: Problem,
    *,
    time_limit: float = 10.0,
    workers: int = 2,
    cancel: threading.Event | None = None,
    hint: Iterable[int] | None = None,
    force_must: bool = True,
    max_shortfall: int | None = None,
) -> Bound:
    """Solve the relaxation with CP-SAT; if not closed in time, use CP-SAT's proven bound.

    Input meetings that must be kept are forced in (every valid schedule has them), unless
    that alone is already infeasible: then the instance cannot keep them all and the plain
    relaxation is used. With `max_shortfall` the bound is among schedules of at most that
    shortfall (contract: `upper_bound` at the schedule's shortfall).
    """
    base = frozen_weight(prob)
    if not prob.reqs:
        return Bound(base, True, ())
    rel = relaxation(prob, force_must=force_must)
    model, y = rel.model, rel.y
    if max_shortfall is not None and not isinstance(rel.shortfall, int):
        model.add(rel.shortfall <= max_shortfall)
    model.maximize(rel.weight)
    for r in hint or ():
        model.add_hint(y[r], 1)
    status, solver = run(model, time_limit=time_limit, workers=workers, cancel=cancel)
    if status == cp_model.INFEASIBLE and (force_must or max_shortfall is not None):
        return b_matching_bound(
            prob, time_limit=time_limit, workers=workers, cancel=cancel, force_must=False
        )
    if status not in FOUND:
        total = sum(fr.weight for fr in prob.reqs)
        return Bound(base + total, False, ())
    selection = tuple(r for r in range(len(y)) if solver.boolean_value(y[r]))
    if status == cp_model.OPTIMAL:
        return Bound(base + round(solver.objective_value), True, selection)
    return Bound(base + int(solver.best_objective_bound + 1e-6), False, selection)
