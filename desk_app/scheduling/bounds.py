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


def b_matching_bound(
    prob: Problem,
    *,
    time_limit: float = 10.0,
    workers: int = 2,
    cancel: threading.Event | None = None,
    hint: Iterable[int] | None = None,
    force_must: bool = True,
) -> Bound:
    """Solve the relaxation with CP-SAT; if not closed in time, use CP-SAT's proven bound.

    Input meetings that must be kept are forced in (every valid schedule has them), unless
    that alone is already infeasible: then the instance cannot keep them all and the plain
    relaxation is used.
    """
    base = frozen_weight(prob)
    if not prob.reqs:
        return Bound(base, True, ())
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
    model.maximize(sum(fr.weight * y[fr.index] for fr in prob.reqs))
    for r in hint or ():
        model.add_hint(y[r], 1)
    if force_must:
        for fr in prob.reqs:
            if fr.must:
                model.add(y[fr.index] == 1)
    status, solver = run(model, time_limit=time_limit, workers=workers, cancel=cancel)
    if status == cp_model.INFEASIBLE and force_must:
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
