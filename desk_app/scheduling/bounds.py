"""Proven upper bound on the total weight: the b-matching relaxation.

Forget slots and tables except for two counting limits: each participant takes at most
min(remaining max_meetings, number of distinct slots any of their requests can use) meetings,
and all new meetings together fit in the free (table, slot) places. Every valid schedule
satisfies these limits, so the optimum of this relaxation, solved exactly, bounds the weight.
The optimal selection is also a good target for the slot-assignment phase of the solver.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from ortools.sat.python import cp_model

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
) -> Bound:
    """Solve the relaxation with CP-SAT; if not closed in time, use CP-SAT's proven bound."""
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
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    watcher = _CancelWatcher(solver, cancel)
    status = solver.solve(model)
    watcher.done()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        total = sum(fr.weight for fr in prob.reqs)
        return Bound(base + total, False, ())
    selection = tuple(r for r in range(len(y)) if solver.boolean_value(y[r]))
    if status == cp_model.OPTIMAL:
        return Bound(base + round(solver.objective_value), True, selection)
    return Bound(base + int(solver.best_objective_bound + 1e-6), False, selection)


class _CancelWatcher:
    """Stops a running CP-SAT search soon after `cancel` is set (callbacks only fire on
    new solutions, so a thread polls the event)."""

    def __init__(self, solver: cp_model.CpSolver, cancel: threading.Event | None) -> None:
        self._finished = threading.Event()
        self._thread: threading.Thread | None = None
        if cancel is not None:
            self._thread = threading.Thread(
                target=self._run, args=(solver, cancel), daemon=True, name="cpsat-cancel"
            )
            self._thread.start()

    def _run(self, solver: cp_model.CpSolver, cancel: threading.Event) -> None:
        while not self._finished.is_set():
            if cancel.wait(0.05):
                solver.stop_search()
                return

    def done(self) -> None:
        self._finished.set()
        if self._thread is not None:
            self._thread.join()
