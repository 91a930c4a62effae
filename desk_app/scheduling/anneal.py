"""Simulated annealing on holes with the meeting set fixed.

Holes are a very local quantity (a participant's few meetings) while the CP-SAT holes model
has a weak relaxation, so on small events thousands of cheap moves per second (move one
meeting to another slot, or swap the slots of two meetings) beat exact re-solves. Moves are
checked with the greedy's occupancy state, so every state visited is valid; input meetings
(re-solve) are left where they are, so `changed` cannot grow.
"""

from __future__ import annotations

import math
import random
import threading
import time

from desk_app.scheduling.greedy import SlotState
from desk_app.scheduling.problem import Problem, busy_slots, gaps

T0, T1 = 0.5, 0.02  # start/end temperature: a +1 hole is accepted 13% of the time at 0.5


def anneal_holes(
    prob: Problem,
    slot_of: dict[int, int],
    until: float,
    seed: int = 0,
    stop: threading.Event | None = None,
) -> dict[int, int]:
    """A schedule with the same meetings and at most as many holes, found before `until`
    (or `stop` being set, e.g. by a search running beside it that found no holes at all)."""
    rng = random.Random(seed)
    state = SlotState(prob)
    for r, s in slot_of.items():
        state.place(prob.reqs[r], s)
    where = {p: list(v) for p, v in busy_slots(prob, slot_of).items()}
    movable = [r for r in slot_of if prob.reqs[r].old is None and len(prob.reqs[r].cand) > 1]
    if not movable:
        return dict(slot_of)
    current = sum(gaps(v) for v in where.values())
    best, best_value = dict(state.slot_of), current
    start = time.perf_counter()
    span = max(1e-3, until - start)
    temp = T0
    step = 0
    while current > 0:
        step += 1
        if step % 256 == 0:
            now = time.perf_counter()
            if now >= until or (stop is not None and stop.is_set()):
                break
            # geometric cooling from T0 to T1 over the budget
            temp = T0 * (T1 / T0) ** min(1.0, (now - start) / span)
        r1 = rng.choice(movable)
        fr1 = prob.reqs[r1]
        s1 = state.slot_of[r1]
        if rng.random() < 0.5:
            moves = [(r1, s1, rng.choice(fr1.cand))]
        else:
            r2 = rng.choice(movable)
            s2 = state.slot_of[r2]
            if r2 == r1 or s2 == s1:
                continue
            moves = [(r1, s1, s2), (r2, s2, s1)]
        if any(to == frm for _, frm, to in moves):
            continue
        people = {p for r, _, _ in moves for p in prob.reqs[r].pair}
        before = sum(gaps(where[p]) for p in people)
        for r, _, _ in moves:
            state.remove(prob.reqs[r])
        if not all(_try(state, prob, r, to) for r, _, to in moves):
            _restore(state, prob, moves)
            continue
        for r, frm, to in moves:
            for p in prob.reqs[r].pair:
                where[p].remove(frm)
                where[p].append(to)
        delta = sum(gaps(where[p]) for p in people) - before
        if delta <= 0 or rng.random() < math.exp(-delta / temp):
            current += delta
            if current < best_value:
                best, best_value = dict(state.slot_of), current
            continue
        for r, frm, to in moves:  # undo
            for p in prob.reqs[r].pair:
                where[p].remove(to)
                where[p].append(frm)
        for r, _, _ in moves:
            state.remove(prob.reqs[r])
        _restore(state, prob, moves)
    return best


def _try(state: SlotState, prob: Problem, r: int, to: int) -> bool:
    fr = prob.reqs[r]
    if to in fr.cand and state.fits(fr, to):
        state.place(fr, to)
        return True
    return False


def _restore(state: SlotState, prob: Problem, moves: list[tuple[int, int, int]]) -> None:
    """Put the requests of a rejected move back where they were."""
    for r, _, _ in moves:
        if r in state.slot_of:
            state.remove(prob.reqs[r])
    for r, frm, _ in moves:
        state.place(prob.reqs[r], frm)
