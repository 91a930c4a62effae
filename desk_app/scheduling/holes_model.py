"""Exact holes model for a fixed meeting set: one slot variable per meeting.

Once the weight phase has chosen the meetings, only their slots change. The boolean
x[request, slot] model of constraints.py has a weak relaxation for holes (JAIR 2022
instances: 10-40 holes left where the optimum is 0-6). Here each meeting gets an integer
slot t[m] (channelled to booleans for the per-slot table count), each participant's meetings
are `AllDifferent`, and each participant has a window [lo, hi] holding all k of them, with
sum(t) between the k lowest and the k highest values of the window. "No hole" is then
"hi - lo + 1 == k", which makes AllDifferent a permutation of the window: CP-SAT propagates
that very well, without its LP (measured on forum-13, forumt-14, tic-13crafc, ticf-13crafa:
linearization 0 on one worker beat the default two-worker portfolio).

`minimise_holes_exact` is the fewest-holes model. The solver's holes phase (holes_phase.py)
runs it after the "at most K holes?" probes (compact_model.py) and Kempe-chain annealing
(kempe.py), which find and prove most JAIR optima long before this model would.

Tables are a per-slot count; the caller uses this model only without shared host tables
(`applies`), where `assign_tables` can always seat the result.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from ortools.sat.python import cp_model

from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.placement_model import placement_model
from desk_app.scheduling.problem import Problem, holes_of

# no LP: the window constraints propagate; the LP only slows the search down here
PARAMS: dict[str, object] = {"linearization_level": 0}
WORKERS = 1


@dataclass(frozen=True, slots=True)
class HolesResult:
    slot_of: dict[int, int] | None  # a placement with fewer holes than the input, if found
    holes: int  # holes of the best placement (input or found)
    lower_bound: int  # proven for this meeting set and at most `max_moved` moved
    optimal: bool


@dataclass
class _Model:
    model: cp_model.CpModel
    t: dict[int, cp_model.IntVar]  # request -> slot index
    idle: list[cp_model.IntVar]  # per participant with 2+ meetings: hi - lo + 1 - k
    holes: list[cp_model.IntVar]  # per participant with 2+ meetings: blocks - 1
    constant: int  # holes of people whose meetings are all frozen (not in the model)


def applies(prob: Problem) -> bool:
    """The slot-count table model is exact only without shared host tables."""
    return not prob.shared_tables


def _build(prob: Problem, slot_of: dict[int, int], max_moved: int) -> _Model:
    """Every meeting of `slot_of` placed (slot per meeting), hard rules, holes and windows."""
    pm = placement_model(prob, slot_of, max_moved)
    model, x, mine, frozen = pm.model, pm.x, pm.mine, pm.frozen
    t: dict[int, cp_model.IntVar] = {}
    for r in slot_of:
        # the slot as an integer too, for AllDifferent and the window sums
        t[r] = model.new_int_var_from_domain(
            cp_model.Domain.from_values(list(prob.reqs[r].cand)), f"t{r}"
        )
        for s in prob.reqs[r].cand:
            model.add(t[r] == s).only_enforce_if(x[r, s])
            model.add(t[r] != s).only_enforce_if(~x[r, s])

    idle: list[cp_model.IntVar] = []
    holes: list[cp_model.IntVar] = []
    for p, rs in mine.items():
        if len(rs) > 1:
            model.add_all_different(t[r] for r in rs)
        fixed = sorted(frozen.get(p, []))
        k = len(rs) + len(fixed)
        if k <= 1:
            continue
        exprs: list[cp_model.LinearExprT] = [t[r] for r in rs]
        exprs += fixed
        # a window [lo, hi] holding every meeting (lo/hi are pushed to min/max by the
        # objective); linear, so the LP sees it, unlike min/max equalities
        lo = model.new_int_var(0, prob.n_slots - k, f"lo{p}")
        hi = model.new_int_var(k - 1, prob.n_slots - 1, f"hi{p}")
        for e in exprs:
            model.add(lo <= e)
            model.add(e <= hi)
        # k distinct slots in [lo, hi]: their sum lies between the k lowest and k highest
        model.add(sum(exprs) >= k * lo + k * (k - 1) // 2)
        model.add(sum(exprs) <= k * hi - k * (k - 1) // 2)
        span = model.new_int_var(0, prob.n_slots - k, f"idle{p}")
        model.add(span == hi - lo + 1 - k)
        idle.append(span)
        # blocks of busy slots: a block starts where busy rises
        level: list[cp_model.LinearExpr | int] = []
        for s in range(prob.n_slots):
            if s in fixed:
                level.append(1)
            else:
                here = [x[r, s] for r in rs if (r, s) in x]
                level.append(cp_model.LinearExpr.sum(here) if here else 0)
        starts = []
        for s in range(prob.n_slots):
            prev = level[s - 1] if s > 0 else 0
            if isinstance(level[s], int) and (level[s] == 0 or (isinstance(prev, int) and prev)):
                continue
            st = model.new_bool_var(f"b{p}_{s}")
            model.add(st >= level[s] - prev)
            starts.append(st)
        h = model.new_int_var(0, min(k - 1, prob.n_slots), f"h{p}")
        model.add(h >= sum(starts) - 1)
        # the window view: redundant, but it is what makes the bound strong
        model.add(h <= span)
        compact = model.new_bool_var(f"c{p}")
        model.add(span == 0).only_enforce_if(compact)
        model.add(span >= 1).only_enforce_if(~compact)
        model.add(h >= 1).only_enforce_if(~compact)
        holes.append(h)
    return _Model(model, t, idle, holes, pm.constant)


def _hint(m: _Model, slot_of: dict[int, int]) -> None:
    m.model.clear_hints()
    for r, v in m.t.items():
        m.model.add_hint(v, slot_of[r])


def _placement(m: _Model, solver: cp_model.CpSolver) -> dict[int, int]:
    return {r: int(solver.value(v)) for r, v in m.t.items()}


def minimise_holes_exact(
    prob: Problem,
    slot_of: dict[int, int],
    *,
    max_moved: int,
    time_limit: float,
    cancel: threading.Event | None = None,
    seed: int = 0,
) -> HolesResult:
    """Re-place exactly the meetings of `slot_of` (at most `max_moved` input meetings away
    from their input slot) with the fewest holes found within `time_limit` seconds."""
    current = holes_of(prob, slot_of)
    m = _build(prob, slot_of, max_moved)
    if current == 0 or not m.holes:
        return HolesResult(None, current, current, True)
    _hint(m, slot_of)
    m.model.minimize(sum(m.holes))
    params = {**PARAMS, "random_seed": seed}
    status, solver = run(
        m.model, time_limit=time_limit, workers=WORKERS, cancel=cancel, params=params
    )
    if status not in FOUND:
        return HolesResult(None, current, 0, False)
    found = _placement(m, solver)
    value = holes_of(prob, found)
    optimal = status == cp_model.OPTIMAL
    best = min(value, current)
    lower = (
        best if optimal else min(best, m.constant + math.ceil(solver.best_objective_bound - 1e-6))
    )
    return HolesResult(found if value < current else None, best, lower, optimal)
