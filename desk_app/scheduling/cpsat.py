"""Running CP-SAT with a time limit, cancellation and early stop, the same way everywhere."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ortools.sat.python import cp_model

FOUND = (cp_model.OPTIMAL, cp_model.FEASIBLE)


class _Callback(cp_model.CpSolverSolutionCallback):
    def __init__(
        self, on_solution: Callable[[float, float], None] | None, stop_at: float | None
    ) -> None:
        super().__init__()
        self._on_solution = on_solution
        self._stop_at = stop_at

    def on_solution_callback(self) -> None:
        value = self.objective_value
        if self._on_solution is not None:
            self._on_solution(value, self.best_objective_bound)
        # the objective is an integer; a tiny epsilon guards float noise
        if self._stop_at is not None and value >= self._stop_at - 1e-6:
            self.stop_search()


class _CancelWatcher:
    """Stops a running search soon after `cancel` is set. Solution callbacks only fire on new
    solutions, so a small thread polls the event instead."""

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


def run(
    model: cp_model.CpModel,
    *,
    time_limit: float,
    workers: int,
    cancel: threading.Event | None = None,
    on_solution: Callable[[float, float], None] | None = None,
    stop_at: float | None = None,
    first_solution: bool = False,
    params: dict[str, object] | None = None,
) -> tuple[cp_model.CpSolverStatus, cp_model.CpSolver]:
    """Solve `model`; `stop_at` ends the search once a maximised objective reaches it (e.g. the
    weight bound), `first_solution` once anything feasible is found."""
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit)
    solver.parameters.num_workers = max(1, workers)
    if first_solution:
        solver.parameters.stop_after_first_solution = True
    for name, value in (params or {}).items():
        setattr(solver.parameters, name, value)
    if cancel is not None and cancel.is_set():
        return cp_model.UNKNOWN, solver
    watcher = _CancelWatcher(solver, cancel)
    try:
        status = solver.solve(model, _Callback(on_solution, stop_at))
    finally:
        watcher.done()
    return status, solver
