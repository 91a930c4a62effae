"""CP-SAT model of "which request goes in which slot", one function per constraint family.

Tables are not modelled per meeting: once a slot holds no more meetings than it has free
tables, and host-table meetings do not collide, `assign_tables` can always seat them. That
removes the table dimension, which is most of the size of the naive model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from desk_app.scheduling.problem import Problem


@dataclass
class SlotModel:
    """x[(r, s)] = free request r is placed in slot s, over a chosen subset of requests.

    Requests outside the subset that are already placed (`fixed`) are not variables: like
    frozen meetings they only use up participant slots, tables and caps, which keeps
    neighbourhood models (re-solve, LNS) small.
    """

    prob: Problem
    model: cp_model.CpModel
    x: dict[tuple[int, int], cp_model.IntVar]
    by_req: dict[int, list[tuple[int, cp_model.IntVar]]]
    cap: list[int]
    free_tables: list[int]
    blocked: set[tuple[str, int]]  # (table, slot) taken by frozen or fixed meetings
    busy: set[tuple[int, int]] = field(default_factory=set)  # (participant, slot) of fixed


def new_slot_model(
    prob: Problem, requests: Iterable[int], fixed: dict[int, int] | None = None
) -> SlotModel:
    """Variables for `requests` (minus any in `fixed`) with every hard rule posted."""
    cap = list(prob.cap)
    free_tables = list(prob.free_tables)
    blocked = set(prob.frozen_tables)
    busy: set[tuple[int, int]] = set()
    fixed = fixed or {}
    for r, s in fixed.items():
        fr = prob.reqs[r]
        cap[fr.a] -= 1
        cap[fr.b] -= 1
        free_tables[s] -= 1
        busy.update(((fr.a, s), (fr.b, s)))
        if fr.tables:
            open_tables = [t for t in fr.tables if (t, s) not in blocked]
            exclusive = [t for t in open_tables if t not in prob.shared_tables]
            blocked.add(((exclusive or open_tables or list(fr.tables))[0], s))
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    by_req: dict[int, list[tuple[int, cp_model.IntVar]]] = {}
    for r in requests:
        if r in fixed:
            continue
        fr = prob.reqs[r]
        by_req[r] = []
        if fixed and (cap[fr.a] <= 0 or cap[fr.b] <= 0):
            continue
        for s in fr.cand:
            if (fr.a, s) in busy or (fr.b, s) in busy or free_tables[s] <= 0:
                continue
            if fr.tables and all((t, s) in blocked for t in fr.tables):
                continue
            v = model.new_bool_var(f"x{r}_{s}")
            x[r, s] = v
            by_req[r].append((s, v))
    sm = SlotModel(prob, model, x, by_req, cap, free_tables, blocked, busy)
    add_request_at_most_once(sm)
    add_one_meeting_per_participant_per_slot(sm)
    add_table_capacity(sm)
    add_host_tables(sm)
    add_max_meetings(sm)
    add_frozen_meetings(sm)
    return sm


def require_all(sm: SlotModel) -> None:
    """Every request in the model must be placed (the meeting set is chosen already)."""
    for vs in sm.by_req.values():
        sm.model.add_exactly_one(v for _, v in vs)


def add_request_at_most_once(sm: SlotModel) -> None:
    """Rule 1: a request is met at most once."""
    for r, vs in sm.by_req.items():
        if len(vs) > 1 and not sm.prob.reqs[r].must:
            sm.model.add_at_most_one(v for _, v in vs)


def add_one_meeting_per_participant_per_slot(sm: SlotModel) -> None:
    """Rule 3: nobody is in two meetings at once (frozen meetings already removed their slots
    from the candidates)."""
    groups: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    for (r, s), v in sm.x.items():
        fr = sm.prob.reqs[r]
        groups[fr.a, s].append(v)
        groups[fr.b, s].append(v)
    for vs in groups.values():
        if len(vs) > 1:
            sm.model.add_at_most_one(vs)


def add_table_capacity(sm: SlotModel) -> None:
    """Rule 3: no more meetings in a slot than tables left free by frozen meetings."""
    per_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for (_, s), v in sm.x.items():
        per_slot[s].append(v)
    for s, vs in per_slot.items():
        if len(vs) > sm.free_tables[s]:
            sm.model.add(sum(vs) <= sm.free_tables[s])


def add_host_tables(sm: SlotModel) -> None:
    """Rule 4 for tables owned by several present hosts: their meetings cannot share a slot.

    A table with a single owner needs nothing: the owner is in at most one meeting per slot.
    A meeting between two hosts may sit at either table; it only competes for a shared table
    when its other table is not a usable exclusive one, and then a choice variable is added.
    """
    prob = sm.prob
    if not prob.shared_tables:
        return
    users: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    for (r, s), v in sm.x.items():
        tables = [t for t in prob.reqs[r].tables if (t, s) not in sm.blocked]
        if not any(t in prob.shared_tables for t in tables):
            continue
        if len(tables) == 1:
            users[tables[0], s].append(v)
        elif all(t in prob.shared_tables for t in tables):
            choice = [sm.model.new_bool_var(f"z{r}_{s}_{t}") for t in tables]
            sm.model.add(sum(choice) == v)
            for t, z in zip(tables, choice, strict=True):
                users[t, s].append(z)
    for vs in users.values():
        if len(vs) > 1:
            sm.model.add_at_most_one(vs)


def add_max_meetings(sm: SlotModel) -> None:
    """Rule 5: caps, minus what frozen meetings already use."""
    per_part: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for (r, _), v in sm.x.items():
        fr = sm.prob.reqs[r]
        per_part[fr.a].append(v)
        per_part[fr.b].append(v)
    for p, vs in per_part.items():
        if len(vs) > sm.cap[p]:
            sm.model.add(sum(vs) <= sm.cap[p])


def add_frozen_meetings(sm: SlotModel) -> None:
    """Rule 6. Past and locked meetings were taken out of the model by `build_problem` (they
    only consume capacity); unlocked input meetings must still be placed somewhere."""
    for r, vs in sm.by_req.items():
        if sm.prob.reqs[r].must:
            sm.model.add_exactly_one(v for _, v in vs)  # no candidate left: infeasible


def changed_expr(sm: SlotModel) -> cp_model.LinearExpr:
    """Number of must-keep meetings not in their input slot (their table is kept if possible)."""
    olds, stays = 0, []
    for r, vs in sm.by_req.items():
        old = sm.prob.reqs[r].old
        if old is None:
            continue
        olds += 1
        stays += [v for s, v in vs if s == old[0]]
    return olds - cp_model.LinearExpr.sum(stays)


def weight_expr(sm: SlotModel) -> cp_model.LinearExpr:
    return sum(sm.prob.reqs[r].weight * v for (r, _), v in sm.x.items())  # type: ignore[return-value]


def shortfall_expr(sm: SlotModel) -> cp_model.LinearExpr:
    """Quality 0: meetings missing below each participant's floor, summed.

    The floor left after frozen meetings is `prob.floor`; meetings fixed outside the model
    count too (they are what `new_slot_model` took off the cap). short[p] >= owed - placed.
    """
    prob, model = sm.prob, sm.model
    incident: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for (r, _), v in sm.x.items():
        for p in prob.reqs[r].pair:
            incident[p].append(v)
    total: list[cp_model.IntVar | int] = []
    for p, floor in enumerate(prob.floor):
        owed = floor - (prob.cap[p] - sm.cap[p])
        if owed <= 0:
            continue
        if not incident.get(p):
            total.append(owed)  # nothing in the model can help: a constant
            continue
        short = model.new_int_var(0, owed, f"short{p}")
        model.add(short >= owed - sum(incident[p]))
        total.append(short)
    return sum(total)  # type: ignore[arg-type,return-value]


def objective_scales(prob: Problem) -> tuple[int, int]:
    """(scale, big) of the lexicographic objective big * -shortfall + scale * weight - moved:
    `moved` < scale, and scale * weight < big, so each term only breaks ties of the former."""
    scale = 1 + sum(1 for fr in prob.reqs if fr.old is not None)
    big = scale * (1 + sum(fr.weight for fr in prob.reqs)) if prob.has_floors else 0
    return scale, big


def quality_objective(sm: SlotModel) -> cp_model.LinearExpr:
    """The contract's order as one expression to maximise: fewest shortfall (when there are
    floors), then most weight, then fewest moved input meetings."""
    scale, big = objective_scales(sm.prob)
    expr = scale * weight_expr(sm) - changed_expr(sm)
    if big:
        expr = expr - big * shortfall_expr(sm)
    return expr


def add_holes_objective(sm: SlotModel, *, fixed_set: bool = False) -> cp_model.LinearExpr:
    """Rule-3 quality: holes = per participant, blocks of consecutive busy slots minus one.

    busy[p, s] is 0/1 (frozen and fixed meetings are constants); a block starts where busy
    rises. Returns the total-holes expression (to minimise or bound).

    With `fixed_set` (every request in the model must be placed), each participant's number
    of meetings k is known, and "no hole" is also stated as "first and last meeting are k-1
    slots apart". That view propagates far better than the block count alone: deciding that
    someone has no hole pins all their meetings into one window.
    """
    prob, model = sm.prob, sm.model
    busy: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    own: dict[int, list[tuple[int, cp_model.IntVar]]] = defaultdict(list)
    for (r, s), v in sm.x.items():
        for p in prob.reqs[r].pair:
            busy[p, s].append(v)
            own[p].append((s, v))
    fixed_busy = prob.frozen_busy | sm.busy
    people = set(own)  # the holes of everybody else are constants here
    count: dict[int, int] = defaultdict(int)
    for r in sm.by_req:
        count[prob.reqs[r].a] += 1
        count[prob.reqs[r].b] += 1
    for p, _ in fixed_busy:
        count[p] += 1
    total = []
    for p in people:
        level: list[cp_model.LinearExpr | int] = []
        for s in range(prob.n_slots):
            if (p, s) in fixed_busy:
                level.append(1)
            else:
                level.append(sum(busy[p, s]) if busy.get((p, s)) else 0)
        starts = []
        for s in range(prob.n_slots):
            prev = level[s - 1] if s > 0 else 0
            if isinstance(level[s], int) and (level[s] == 0 or (isinstance(prev, int) and prev)):
                continue
            st = model.new_bool_var(f"st{p}_{s}")
            model.add(st >= level[s] - prev)
            starts.append(st)
        if len(starts) <= 1:
            continue
        h = model.new_int_var(0, prob.n_slots, f"h{p}")
        model.add(h >= sum(starts) - 1)
        total.append(h)
        if fixed_set:
            fixed_slots = [s for s in range(prob.n_slots) if (p, s) in fixed_busy]
            _add_window(model, prob.n_slots, fixed_slots, own[p], count[p], h)
    return sum(total)  # type: ignore[return-value]


def _add_window(
    model: cp_model.CpModel,
    n_slots: int,
    fixed_slots: list[int],
    own: list[tuple[int, cp_model.IntVar]],
    k: int,
    h: cp_model.IntVar,
) -> None:
    """h == 0  <=>  all k meetings lie in [first, first + k - 1] (else h >= 1)."""
    first = model.new_int_var(0, n_slots - 1, "")
    last = model.new_int_var(0, n_slots - 1, "")
    for s in fixed_slots:
        model.add(first <= s)
        model.add(last >= s)
    for s, v in own:
        model.add(first <= s).only_enforce_if(v)
        model.add(last >= s).only_enforce_if(v)
    compact = model.new_bool_var("")
    model.add(last - first == k - 1).only_enforce_if(compact)
    model.add(h == 0).only_enforce_if(compact)
    model.add(h >= 1).only_enforce_if(compact.Not())
