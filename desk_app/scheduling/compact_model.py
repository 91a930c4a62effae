"""Is there a placement with at most K holes? A CP-SAT decision model over day windows.

Most people end up with no hole at all, so each person picks one of a few patterns: a window
of exactly k consecutive slots (k = their meetings), busy on every slot of it and nowhere
else, or a "holey" flag that lets their slots be anything. The window choice is a one-hot
over at most `n_slots` booleans per person, and "busy at s" is then fixed by it, so CP-SAT's
clause learning works on a handful of window choices instead of on hole counts. Measured on
the JAIR 2022 set (2 cores): "no hole" is found in 1-2 s where the slot-per-meeting window
model needed 5-10 s or more, and "at most K" is proven impossible in 0.03-2 s for every K
below the optimum up to 3-4 holes (forum-14: at least 2 holes, proven in 0.2 s).

`holey` restricts the flag to some people (the others must have a compact day):
one_hole.py asks "one hole more than forced?" that way, one person at a time.

A found placement is returned as is; an INFEASIBLE answer proves "at least K + 1 holes" for
this meeting set (with at most `max_moved` input meetings away from their input slot).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Collection

from ortools.sat.python import cp_model

from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.day_patterns import one_hole_days, one_per_slot
from desk_app.scheduling.placement_model import placement_model
from desk_app.scheduling.problem import Problem

# No LP relaxation: on this pure feasibility model the LP only slows the clause search down.
# Measured on JAIR ticf-14crafa "no hole": found in 1.5-2 s on 10 seeds without the LP, not
# found in 20 s with it; bounds are proven as fast or faster (ticf-13crafb: at least 3 holes,
# was 2 within the same 10 s).
PARAMS: dict[str, object] = {"linearization_level": 0}
# one-hole days listed per person at most (`one_hole`); JAIR ticf-13crafb's 8 suspects have
# 2,569 in all, and one with more stays compact (the answer is then no proof)
ONE_HOLE_DAYS_MAX = 5_000


def at_most_holes(
    prob: Problem,
    slot_of: dict[int, int],
    k: int,
    *,
    max_moved: int,
    time_limit: float,
    cancel: threading.Event | None = None,
    seed: int = 0,
    workers: int = 1,
    hint: dict[int, int] | None = None,
    holey: Collection[int] | None = None,
    days: dict[int, list[int]] | None = None,
    one_hole: Collection[int] = (),
) -> tuple[dict[int, int] | None, bool]:
    """A placement of the meetings of `slot_of` with at most `k` holes, or None; the flag says
    whether "none exists" is proven (for the people `holey` lets have holes, when given).
    `hint`: a placement with few holes to start from. `days`: `compact_days` of these
    meetings, when the caller asks many questions about them. `one_hole`: people who may also
    take a day with exactly one hole, listed (hole_suspects.py says when that is exact).

    `seed` also picks the variable order (request order for 0). Finding a placement is
    heavy-tailed: forum-13 "no hole" stalls past 4 s in request order on every CP-SAT seed
    and is found in 0.3 s in 4 of 6 shuffled orders, so callers restart with new seeds."""
    pm = placement_model(prob, slot_of, max_moved, shuffle=seed)
    model, x, mine, frozen, constant = pm.model, pm.x, pm.mine, pm.frozen, pm.constant
    if days is None:
        days = compact_days(prob, slot_of)
    forced = {p for p, lows in days.items() if not lows}  # a hole each in any placement
    if constant + len(forced) > k:
        return None, True
    if constant + len(forced) == k:
        # the holes are theirs: everyone else has a compact day (exact, and what lets
        # CP-SAT answer: it does not infer the others' days from the count by itself)
        holey = forced if holey is None else forced & set(holey)

    starts: list[cp_model.LinearExprT] = []
    flags: list[cp_model.IntVar] = []
    one_holed: list[cp_model.IntVar] = []  # per person of `one_hole`: takes such a day
    listed_all = True
    seated: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    people = 0
    for p, rs in mine.items():
        busy = _busy_levels(model, x, rs, frozen.get(p, set()), prob.n_slots)
        for s, level in enumerate(busy):
            if not isinstance(level, int):
                seated[s].append(level)
        n = len(rs) + len(frozen.get(p, ()))
        if n <= 1:
            continue
        windows = {lo: model.new_bool_var(f"w{p}_{lo}") for lo in days[p]}
        options = list(windows.values())
        cover = {s: [v for lo, v in windows.items() if lo <= s < lo + n] for s in range(len(busy))}
        may_have_holes = holey is None or p in holey
        if p in one_hole and not may_have_holes:  # a flag already allows any day
            gapped = one_hole_days(
                prob.n_slots,
                [frozenset(prob.reqs[r].cand) for r in rs],
                frozenset(frozen.get(p, ())),
                ONE_HOLE_DAYS_MAX,
            )
            listed_all = listed_all and gapped is not None
            for day in gapped or ():
                v = model.new_bool_var("")
                options.append(v)
                for s in day:
                    cover[s].append(v)
            if len(options) > len(windows):
                # "this person has the hole": a literal of its own to branch and learn on
                # (JAIR forum-13crafb "at most 5": proven in 1.0 s, 3-7 s without it)
                holed = model.new_bool_var(f"h{p}")
                model.add(holed == sum(options[len(windows) :]))
                one_holed.append(holed)
        flag: cp_model.IntVar | int = 0
        if may_have_holes:
            flag = model.new_bool_var(f"f{p}")
            flags.append(flag)
            options.append(flag)
        elif not options:
            return None, True  # must be compact, and no compact day fits
        model.add_exactly_one(options)
        for s, level in enumerate(busy):
            if isinstance(level, int):
                continue  # frozen slot (every day holds it) or a slot nobody may use
            for v in cover[s]:
                model.add_implication(v, level)  # a listed day is busy on all its slots
            model.add(level <= sum(cover[s]) + flag)  # ...and nowhere else
        if may_have_holes:
            # holes of the people who may have some (a compact day is one block)
            people += 1
            starts += _block_starts(model, busy)
    # redundant with the table count, but on people: what proves most bounds in a blink
    for s, levels in seated.items():
        if len(levels) > 2 * prob.free_tables[s]:
            model.add(sum(levels) <= 2 * prob.free_tables[s])
    model.add(cp_model.LinearExpr.sum([*flags, *one_holed]) <= k - constant)
    model.add(cp_model.LinearExpr.sum([*starts, *one_holed]) - people <= k - constant)
    if hint is not None:
        for (r, s), v in x.items():
            model.add_hint(v, hint.get(r) == s)
    status, solver = run(
        model,
        time_limit=time_limit,
        workers=workers,
        cancel=cancel,
        params={**PARAMS, "random_seed": seed},
    )
    if status in FOUND:
        return {r: s for (r, s), v in x.items() if solver.boolean_value(v)}, False
    return None, status == cp_model.INFEASIBLE and listed_all


def _busy_levels(
    model: cp_model.CpModel,
    x: dict[tuple[int, int], cp_model.IntVar],
    rs: list[int],
    frozen: set[int],
    n_slots: int,
) -> list[cp_model.IntVar | int]:
    """Per slot: 1 if a frozen meeting holds it, 0 if none of `rs` may go there, else a
    boolean equal to "one of `rs` is there"."""
    levels: list[cp_model.IntVar | int] = []
    for s in range(n_slots):
        if s in frozen:
            levels.append(1)
            continue
        here = [x[r, s] for r in rs if (r, s) in x]
        if not here:
            levels.append(0)
            continue
        v = model.new_bool_var("")
        model.add(sum(here) == v)
        levels.append(v)
    return levels


def compact_days(prob: Problem, slot_of: dict[int, int]) -> dict[int, list[int]]:
    """Per person with 2+ meetings, one of them to place: the first slots of the compact
    days [lo, lo + n) that could hold all n of them. Such a day holds every frozen meeting,
    and its other slots can take the free meetings one per slot, each within its allowed
    slots. No day at all means the person has a hole in any placement.

    The matching test is what CP-SAT does not see by itself: on JAIR forum-14 two people
    have no compact day, and told so, "at most 2 holes?" is answered in 0.6-1.8 s instead of
    not at all in 15 s."""
    cands, frozen = allowed_slots(prob, slot_of)
    days: dict[int, list[int]] = {}
    for p, cs in cands.items():
        n = len(cs) + len(frozen[p])
        if n <= 1:
            continue
        usable = set(frozen[p]).union(*cs)
        days[p] = [
            lo
            for lo in range(prob.n_slots - n + 1)
            if all(s in usable for s in range(lo, lo + n))
            and all(lo <= s < lo + n for s in frozen[p])
            and one_per_slot(cs, [s for s in range(lo, lo + n) if s not in frozen[p]])
        ]
    return days


def allowed_slots(
    prob: Problem, slot_of: dict[int, int]
) -> tuple[dict[int, list[frozenset[int]]], dict[int, set[int]]]:
    """Per person: the allowed slots of each of their meetings in `slot_of`, and (for
    everyone) the slots of their frozen meetings."""
    cands: dict[int, list[frozenset[int]]] = defaultdict(list)
    for r in slot_of:
        allowed = frozenset(prob.reqs[r].cand)
        for p in prob.reqs[r].pair:
            cands[p].append(allowed)
    frozen: dict[int, set[int]] = defaultdict(set)
    for p, s in prob.frozen_busy:
        frozen[p].add(s)
    return cands, frozen


def _block_starts(
    model: cp_model.CpModel, busy: list[cp_model.IntVar | int]
) -> list[cp_model.LinearExprT]:
    """One term per slot where a block of busy slots may begin (busy here, free before)."""
    out: list[cp_model.LinearExprT] = []
    for s, level in enumerate(busy):
        prev = busy[s - 1] if s > 0 else 0
        if isinstance(level, int):
            if level == 0:
                continue
            if isinstance(prev, int):
                if prev == 0:
                    out.append(1)
                continue
            st = model.new_bool_var("")
            model.add_bool_or([prev, st])  # busy here: a start unless busy before
            out.append(st)
            continue
        if isinstance(prev, int) and prev == 1:
            continue
        st = model.new_bool_var("")
        if isinstance(prev, int):
            model.add_implication(level, st)
        else:
            model.add_bool_or([~level, prev, st])
        out.append(st)
    return out

