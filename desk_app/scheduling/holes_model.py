"""Exact holes model for a fixed meeting set: one slot variable per meeting.

Once the weight phase has chosen the meetings, only their slots change. The boolean
x[request, slot] model (constraints.py) then has a weak relaxation for holes; stating each
meeting's slot as an integer t[m] and each participant's meetings as `AllDifferent` lets
CP-SAT reason about windows directly: "k meetings in a window of k slots" is exactly what
AllDifferent propagates well. The model runs in two steps:

1. minimise idle slots, sum over people of (last - first + 1 - k): a pure integer model
   that is cheap to solve and often gives 0 holes outright (0 idle slots = 0 holes);
2. minimise holes (meeting blocks minus one) from that hint, with the window view as
   redundant constraints (holes <= idle slots, holes >= 1 when idle slots > 0).

Tables are a per-slot count (no host tables here: the caller only uses this model when no
table is shared by several hosts, so `assign_tables` can always seat the result).
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.problem import Problem, count_holes, holes_of


@dataclass(frozen=True, slots=True)
class HolesResult:
    slot_of: dict[int, int] | None  # best placement found (None: nothing new found)
    holes: int | None  # its holes
    lower_bound: int  # proven lower bound on holes for this meeting set and moved count
    optimal: bool


@dataclass
class _Model:
    model: cp_model.CpModel
    t: dict[int, cp_model.IntVar]
    x: dict[tuple[int, int], cp_model.IntVar]
    idle: list[cp_model.LinearExprT]  # per participant: last - first + 1 - k
    holes: list[cp_model.LinearExprT]  # per participant: blocks - 1
    lo: list[cp_model.IntVar]
    compact: list[cp_model.IntVar]
    hi: list[cp_model.IntVar]
    constant: int  # holes of people whose meetings are all frozen (not in the model)


def applies(prob: Problem) -> bool:
    """The slot-count table model is exact only without shared host tables."""
    return not prob.shared_tables


def _build(prob: Problem, slot_of: dict[int, int], max_moved: int) -> _Model:
    model = cp_model.CpModel()
    t: dict[int, cp_model.IntVar] = {}
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    per_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    mine: dict[int, list[int]] = defaultdict(list)  # participant -> requests
    stays: list[cp_model.IntVar] = []
    olds = 0
    for r in slot_of:
        fr = prob.reqs[r]
        t[r] = model.new_int_var_from_domain(
            cp_model.Domain.from_values(list(fr.cand)), f"t{r}"
        )
        vs = []
        for s in fr.cand:
            v = model.new_bool_var(f"x{r}_{s}")
            model.add(t[r] == s).only_enforce_if(v)
            model.add(t[r] != s).only_enforce_if(~v)
            x[r, s] = v
            vs.append(v)
            per_slot[s].append(v)
        model.add_exactly_one(vs)
        for p in fr.pair:
            mine[p].append(r)
        if fr.old is not None:
            olds += 1
            if (r, fr.old[0]) in x:
                stays.append(x[r, fr.old[0]])
    if olds:
        model.add(olds - sum(stays) <= max_moved)
    for s, vs in per_slot.items():
        if len(vs) > prob.free_tables[s]:
            model.add(sum(vs) <= prob.free_tables[s])
    frozen: dict[int, list[int]] = defaultdict(list)
    for p, s in prob.frozen_busy:
        frozen[p].append(s)

    idle: list[cp_model.LinearExprT] = []
    holes: list[cp_model.LinearExprT] = []
    los: list[cp_model.IntVar] = []
    his: list[cp_model.IntVar] = []
    compacts: list[cp_model.IntVar] = []
    for p, rs in mine.items():
        if len(rs) > 1:
            model.add_all_different(t[r] for r in rs)
        fixed = sorted(frozen.get(p, []))
        k = len(rs) + len(fixed)
        if k <= 1:
            continue
        exprs: list[cp_model.LinearExprT] = [t[r] for r in rs] + list(fixed)
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
        los.append(lo)
        his.append(hi)
        # blocks of busy slots: a block starts where busy rises
        level: list[cp_model.LinearExprT] = []
        for s in range(prob.n_slots):
            if s in fixed:
                level.append(1)
            else:
                level.append(sum(x[r, s] for r in rs if (r, s) in x))
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
        compacts.append(compact)
    constant = count_holes({p: ss for p, ss in frozen.items() if p not in mine})
    return _Model(model, t, x, idle, holes, los, compacts, his, constant)


def _hint(m: _Model, slot_of: dict[int, int]) -> None:
    m.model.clear_hints()
    for r, v in m.t.items():
        m.model.add_hint(v, slot_of[r])
    for (r, s), v in m.x.items():
        m.model.add_hint(v, slot_of[r] == s)


def minimise_holes_exact(
    prob: Problem,
    slot_of: dict[int, int],
    *,
    max_moved: int,
    time_limit: float,
    workers: int,
    cancel: threading.Event | None = None,
) -> HolesResult:
    """Re-place exactly the meetings of `slot_of` (same slots allowed, at most `max_moved`
    input meetings moved) with the fewest holes found within `time_limit` seconds."""
    end = time.perf_counter() + time_limit
    m = _build(prob, slot_of, max_moved)
    best, best_holes = dict(slot_of), holes_of(prob, slot_of)
    found_new = False
    if best_holes == 0 or not m.holes:
        return HolesResult(None, best_holes, best_holes, True)

    # step 1: fewest idle slots, a fast hint (and 0 idle slots means 0 holes)
    _hint(m, best)
    m.model.minimize(sum(m.idle))
    status, solver = run(
        m.model,
        time_limit=min(0.35 * time_limit, end - time.perf_counter()),
        workers=workers,
        cancel=cancel,
        stop_at=None,
    )
    if status in FOUND:
        found = {r: solver.value(v) for r, v in m.t.items()}
        value = holes_of(prob, found)
        if value < best_holes:
            best, best_holes, found_new = found, value, True
    if best_holes == 0:
        return HolesResult(best, 0, 0, True)
    if status == cp_model.OPTIMAL and solver.objective_value == 0:
        return HolesResult(best if found_new else None, best_holes, best_holes, True)
    left = end - time.perf_counter()
    if left < 0.1 or (cancel is not None and cancel.is_set()):
        return HolesResult(best if found_new else None, best_holes, 0, False)

    # step 2: fewest holes, from the best placement so far
    _hint(m, best)
    m.model.minimize(sum(m.holes))
    status, solver = run(
        m.model,
        time_limit=left,
        workers=workers,
        cancel=cancel,
        params={"linearization_level": 2},
    )
    lower, optimal = 0, False
    if status in FOUND:
        found = {r: solver.value(v) for r, v in m.t.items()}
        value = holes_of(prob, found)
        if value < best_holes:
            best, best_holes, found_new = found, value, True
        optimal = status == cp_model.OPTIMAL
        lower = m.constant + math.ceil(solver.best_objective_bound - 1e-6)
    elif status == cp_model.INFEASIBLE:  # cannot happen: the input placement is a solution
        lower = best_holes
    lower = best_holes if optimal else min(lower, best_holes)
    return HolesResult(best if found_new else None, best_holes, lower, optimal)
