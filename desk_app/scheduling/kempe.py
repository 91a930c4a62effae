"""Kempe-chain annealing on holes with the meeting set fixed.

A placement is an edge colouring of the meeting graph (participants are vertices, meetings
edges, slots colours); "no hole" means every participant's colours are consecutive (an
interval colouring). Moving one meeting alone is rarely possible in a dense event: both
people are usually busy in the target slot. The classic edge-colouring move is the Kempe
swap: from participant u, follow the chain of meetings alternately in slots c1 and c2 and
swap the two slots along the whole chain. Every person inside the chain keeps the same set of
busy slots; only the two ends change (u trades c1 for c2, the far end trades one for the
other). So a swap is always valid for the participants, is priced by looking at two people,
and reaches placements that single moves cannot (JAIR ticf-14crafa: 33 holes left by
single-move annealing, 1 to 6 with chains in the same time).

The cost guiding the walk is each person's distance to a compact day (how many of their
meetings lie outside their best window of k consecutive slots) plus their holes: distance
is smoother than holes, which move in steps of one person at a time.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import defaultdict

from desk_app.scheduling.problem import Problem, gaps, holes_of

T0, T1 = 0.5, 0.02  # start/end temperature (cost units: one meeting out of its window)
HOLE_WEIGHT = 0.3  # a hole costs this on top of the distance
TARGETED = 0.5  # share of moves that start from someone whose day is not compact
NEAR = 0.7  # share of target slots taken next to the person's busy span
MAX_CHAIN = 400


def _cost(slots: list[int]) -> float:
    """Distance to a compact day, plus a little per hole (slots sorted)."""
    k = len(slots)
    if k <= 1:
        return 0.0
    best, j, holes = 1, 0, 0
    for i in range(1, k):
        if slots[i] > slots[i - 1] + 1:
            holes += 1
        while slots[i] - slots[j] >= k:
            j += 1
        best = max(best, i - j + 1)
    return (k - best) + HOLE_WEIGHT * holes


def kempe_holes(
    prob: Problem,
    slot_of: dict[int, int],
    until: float,
    *,
    seed: int = 0,
    stop: threading.Event | None = None,
    target: list[int] | None = None,
) -> dict[int, int]:
    """A placement of the same meetings with at most as many holes, found before `until`.

    Input meetings (re-solve) stay where they are. Stops early on `stop`, or once the holes
    reach `target[0]` (a proven lower bound another thread may raise while this runs).
    """
    rng = random.Random(seed)
    n_slots = prob.n_slots
    reqs = prob.reqs
    edges = list(slot_of)
    col = dict(slot_of)
    fixed_edge = {r for r in edges if reqs[r].old is not None or len(reqs[r].cand) == 1}
    cand = {r: frozenset(reqs[r].cand) for r in edges}
    # participant -> slot -> request there (None: a frozen meeting holds the slot)
    at: dict[int, dict[int, int | None]] = defaultdict(dict)
    for p, s in prob.frozen_busy:
        at[p][s] = None
    count = [0] * n_slots
    for r in edges:
        fr, s = reqs[r], col[r]
        at[fr.a][s] = r
        at[fr.b][s] = r
        count[s] += 1
    cap = prob.free_tables
    movers = sorted({p for r in edges if r not in fixed_edge for p in reqs[r].pair})
    if not movers:
        return dict(slot_of)
    cost = {p: _cost(sorted(at[p])) for p in at}
    best_holes = current_holes = holes_of(prob, slot_of)
    best = dict(slot_of)
    bad = [p for p in movers if cost[p] > 0]
    start = time.perf_counter()
    span = max(1e-3, until - start)
    temp = T0
    step = 0
    while best_holes > (target[0] if target else 0):
        step += 1
        if step % 512 == 0:
            now = time.perf_counter()
            if now >= until or (stop is not None and stop.is_set()):
                break
            temp = T0 * (T1 / T0) ** min(1.0, (now - start) / span)
            bad = [p for p in movers if cost[p] > 0]
        u = rng.choice(bad) if bad and rng.random() < TARGETED else rng.choice(movers)
        busy = at[u]
        c1 = rng.choice(list(busy))
        if busy[c1] is None:
            continue
        if rng.random() < NEAR:
            c2 = rng.randint(max(0, min(busy) - 1), min(n_slots - 1, max(busy) + 1))
        else:
            c2 = rng.randrange(n_slots)
        if c2 in busy:
            continue
        chain, w = _chain(prob, at, cand, fixed_edge, u, c1, c2)
        if not chain or w == u:
            continue
        ones = sum(1 for r in chain if col[r] == c1)
        twos = len(chain) - ones
        if count[c2] + ones - twos > cap[c2] or count[c1] + twos - ones > cap[c1]:
            continue
        last = chain[-1]
        old_w, new_w = col[last], (c2 if col[last] == c1 else c1)
        new_u_slots = sorted([s for s in busy if s != c1] + [c2])
        new_w_slots = sorted([s for s in at[w] if s != old_w] + [new_w])
        cu, cw = _cost(new_u_slots), _cost(new_w_slots)
        delta = cu + cw - cost[u] - cost[w]
        if delta > 0 and rng.random() >= math.exp(-delta / temp):
            continue
        holes_before = gaps(sorted(busy)) + gaps(sorted(at[w]))
        for r in chain:
            fr = reqs[r]
            del at[fr.a][col[r]]
            del at[fr.b][col[r]]
        for r in chain:
            count[col[r]] -= 1
            col[r] = c2 if col[r] == c1 else c1
            count[col[r]] += 1
        for r in chain:
            fr = reqs[r]
            at[fr.a][col[r]] = r
            at[fr.b][col[r]] = r
        cost[u], cost[w] = cu, cw
        current_holes += gaps(new_u_slots) + gaps(new_w_slots) - holes_before
        if current_holes < best_holes:
            best_holes, best = current_holes, dict(col)
    return best


def _chain(
    prob: Problem,
    at: dict[int, dict[int, int | None]],
    cand: dict[int, frozenset[int]],
    fixed_edge: set[int],
    u: int,
    c1: int,
    c2: int,
) -> tuple[list[int], int]:
    """Meetings alternately in c1 and c2 from `u` on and the person at the far end, if all
    of them may swap; else ([], u)."""
    reqs = prob.reqs
    chain: list[int] = []
    v, here, there = u, c1, c2
    while True:
        r = at[v].get(here, -1)
        if r == -1:
            return chain, v
        if r is None or r in fixed_edge or there not in cand[r] or len(chain) >= MAX_CHAIN:
            return [], u  # a frozen or input meeting, or a slot the meeting may not use
        chain.append(r)
        fr = reqs[r]
        v = fr.b if fr.a == v else fr.a
        here, there = there, here
