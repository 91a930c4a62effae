"""Who may have the holes, and how many people at least: a relaxation over the tightest days.

Some people can fit their day in only a few compact windows (`compact_days`): a full morning
of 12 meetings, 4 meetings that must straddle lunch. Their meetings are placed here exactly,
with their own windows; the people they meet keep their other meetings only as a check
(precomputed) that those still fit around the placed ones. Everyone else is left out. Each
modelled person takes a compact window or is "holey", and the fewest holey people is a lower
bound on holes (each has at least one).

JAIR ticf-13crafb and forum-13crafb (22 slots, a morning and an afternoon of restricted
meetings): one person fills the morning, another the afternoon, and the people meeting both
compete for the slots around lunch. The relaxation (68-80 meetings of 195) proves in 0.2 s that
at least 2 of 8 people have holes (5 on forum-13crafb with its 3 forced). The flags model
(compact_model.py) with anyone allowed holes stalls on these instances; told that only those
8 may take a day with exactly one hole, it answers in 1-3 s.

`Suspects.people` collects every smallest set of holey people. When "at most K holes?" leaves
exactly one hole to each of the fewest (K = frozen holes + `fewest`), only they can have holes
and only one each: asking that is then exact (`exact_at`).
"""

from __future__ import annotations

import functools
import itertools
import threading
import time
from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from desk_app.scheduling.compact_model import allowed_slots, at_most_holes
from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.day_patterns import one_per_slot, slots_key
from desk_app.scheduling.placement_model import frozen_holes
from desk_app.scheduling.problem import Problem

# people with at most this many compact days are modelled with all their meetings: on the
# JAIR restricted instances, 3 proves as much as 4 or 5 in a tenth of the time (0.2 s vs 4 s)
TIGHT_DAYS = 3
# the relaxation is skipped where the tight people hold more than this share of the meetings:
# it would be the whole question (JAIR tic-*, forumt-*: 94-100%; no answer within 5 s on
# tic-13crafc), where it pays on ticf-13crafb and forum-13crafb (35-41%)
MAX_SHARE = 0.5
# ...or more meetings than this: the clauses are built in Python, 0.36 s for forum-14's 124
MAX_MEETINGS = 1_000
# a person's modelled meetings are checked together (window, slot, slot) up to this many,
# else one by one (weaker, still sound)
TOGETHER = 2


@dataclass(frozen=True, slots=True)
class Suspects:
    fewest: int  # proven: at least this many people with meetings to place have a hole
    people: frozenset[int]  # everyone in a smallest set of holey people found
    complete: bool  # `people` holds every smallest set (not only those found in time)
    frozen_holes: int  # holes of people whose meetings are all frozen

    @property
    def lower_bound(self) -> int:
        return self.frozen_holes + self.fewest

    def exact_at(self, k: int) -> bool:
        """Is "at most `k` holes?" asked of `people` with one-hole days an exact question?"""
        return self.complete and self.fewest > 0 and k == self.lower_bound


def hole_suspects(
    prob: Problem,
    slot_of: dict[int, int],
    days: dict[int, list[int]],
    *,
    time_limit: float,
    cancel: threading.Event | None = None,
) -> Suspects | None:
    """The relaxation's fewest holey people and who they may be; None if time ran out before
    the fewest was proven."""
    deadline = time.perf_counter() + time_limit
    tight = {p for p, lows in days.items() if len(lows) <= TIGHT_DAYS}
    placed = [r for r in slot_of if prob.reqs[r].a in tight or prob.reqs[r].b in tight]
    if len(placed) > min(MAX_SHARE * len(slot_of), MAX_MEETINGS):
        return None  # as hard as the whole question, or too long to build
    model, flags = _relaxation(prob, slot_of, days, tight, placed)
    constant = frozen_holes(prob, slot_of)
    if not flags:
        return Suspects(0, frozenset(), True, constant)
    model.minimize(sum(flags.values()))
    status, solver = run(model, time_limit=time_limit, workers=1, cancel=cancel)
    if status != cp_model.OPTIMAL:
        return None
    fewest = round(solver.objective_value)
    people = {p for p, f in flags.items() if solver.boolean_value(f)}
    if fewest == 0:
        return Suspects(0, frozenset(), True, constant)
    # every smallest set: each question asks for one with someone not seen yet
    model.clear_objective()
    model.add(sum(flags.values()) <= fewest)
    complete = False
    while not complete:
        left = deadline - time.perf_counter()
        if left < 0.05:
            break
        model.add_bool_or([f for p, f in flags.items() if p not in people])
        status, solver = run(model, time_limit=left, workers=1, cancel=cancel)
        if status in FOUND:
            people |= {p for p, f in flags.items() if solver.boolean_value(f)}
            complete = len(people) == len(flags)
        else:
            complete = status == cp_model.INFEASIBLE
            if not complete:
                break
    return Suspects(fewest, frozenset(people), complete, constant)


def _relaxation(
    prob: Problem,
    slot_of: dict[int, int],
    days: dict[int, list[int]],
    tight: set[int],
    meetings: list[int],
) -> tuple[cp_model.CpModel, dict[int, cp_model.IntVar]]:
    """The `meetings` of the `tight` people, placed; per person they touch, a compact window or
    a flag. Returns the model and the flags."""
    cands, fixed = allowed_slots(prob, slot_of)
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    placed: dict[int, list[int]] = defaultdict(list)  # person -> their modelled meetings
    per_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for r in meetings:
        req = prob.reqs[r]
        for s in req.cand:
            x[r, s] = model.new_bool_var("")
            per_slot[s].append(x[r, s])
        model.add_exactly_one(x[r, s] for s in req.cand)
        for p in req.pair:
            placed[p].append(r)
    for s, here in per_slot.items():
        if len(here) > prob.free_tables[s]:
            model.add(sum(here) <= prob.free_tables[s])
    flags: dict[int, cp_model.IntVar] = {}
    for p, rs in placed.items():
        for s in range(prob.n_slots):
            here = [x[r, s] for r in rs if (r, s) in x]
            if len(here) > 1:
                model.add_at_most_one(here)
        if p not in days:
            continue  # one meeting in all: never a hole
        flags[p] = model.new_bool_var(f"f{p}")
        windows = {lo: model.new_bool_var("") for lo in days[p]}
        model.add_exactly_one([flags[p], *windows.values()])
        n = len(cands[p]) + len(fixed[p])
        for lo, w in windows.items():
            free = [s for s in range(lo, lo + n) if s not in fixed[p]]
            _window_fits(model, x, prob, rs, cands[p], w, free)
    return model, flags


def _window_fits(
    model: cp_model.CpModel,
    x: dict[tuple[int, int], cp_model.IntVar],
    prob: Problem,
    rs: list[int],
    cands: list[frozenset[int]],
    window: cp_model.IntVar,
    free: list[int],
) -> None:
    """Clauses: with this window taken, the modelled meetings `rs` go to slots of `free` where
    the person's other meetings (`cands` holds all of theirs) still fit one per slot."""
    rest = list(cands)
    for r in rs:
        rest.remove(frozenset(prob.reqs[r].cand))
    inside = set(free)
    for r in rs:
        for s in prob.reqs[r].cand:
            if s not in inside:
                model.add_implication(window, ~x[r, s])
    if len(rs) <= TOGETHER:
        key = slots_key(rest)
        options = [[s for s in prob.reqs[r].cand if s in inside] for r in rs]
        for combo in itertools.product(*options):
            if len(set(combo)) == len(combo) and not _fits(
                key, tuple(s for s in free if s not in combo)
            ):
                model.add_bool_or([~window, *(~x[r, s] for r, s in zip(rs, combo, strict=True))])
        return
    for i, r in enumerate(rs):
        key = slots_key(rest + [frozenset(prob.reqs[q].cand) for j, q in enumerate(rs) if j != i])
        for s in prob.reqs[r].cand:
            if s in inside and not _fits(key, tuple(t for t in free if t != s)):
                model.add_implication(window, ~x[r, s])


@functools.lru_cache(maxsize=1 << 16)
def _fits(cands: tuple[frozenset[int], ...], slots: tuple[int, ...]) -> bool:
    """`one_per_slot`, remembered: people's meetings repeat the same few allowed-slot sets
    (JAIR: morning, afternoon, any), so most questions come back (forum-14: 18,000 asked)."""
    return one_per_slot(list(cands), list(slots))


def ask_suspects(
    prob: Problem,
    start: dict[int, int],
    k: int,
    suspects: Suspects,
    *,
    seed: int,
    max_moved: int,
    time_limit: float,
    cancel: threading.Event,
    days: dict[int, list[int]],
) -> tuple[dict[int, int] | None, bool]:
    """ "At most `k` holes?" with only the suspects allowed holes, one each: a placement, or
    None and whether "none" is proven (only where `exact_at(k)`; else a guess that failed)."""
    found, proven = at_most_holes(
        prob,
        start,
        k,
        max_moved=max_moved,
        time_limit=time_limit,
        cancel=cancel,
        seed=seed,
        holey=(),
        one_hole=suspects.people,
        days=days,
    )
    return found, proven and suspects.exact_at(k)
