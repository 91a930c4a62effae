"""The part every fixed-meeting-set holes model shares: one slot per meeting, as booleans.

Both the fewest-holes model (holes_model.py) and the "at most K holes?" model
(compact_model.py) place exactly the meetings of a given placement again; they differ only
in how they see each person's day on top of these variables.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from desk_app.scheduling.problem import Problem, count_holes


@dataclass
class PlacementModel:
    model: cp_model.CpModel
    x: dict[tuple[int, int], cp_model.IntVar]  # (request, slot) -> "the meeting is there"
    mine: dict[int, list[int]]  # participant -> their requests in the model
    frozen: dict[int, set[int]]  # participant -> slots held by frozen meetings
    constant: int  # holes of people whose meetings are all frozen (not in the model)


def placement_model(
    prob: Problem, slot_of: dict[int, int], max_moved: int, shuffle: int = 0
) -> PlacementModel:
    """Every meeting of `slot_of` in exactly one allowed slot, no more meetings per slot than
    free tables, at most `max_moved` input meetings away from their input slot.

    The variables follow request order, or a random order drawn from `shuffle` when it is not
    0: CP-SAT's search depends on that order, and a feasibility search that stalls in one
    order often succeeds at once in another (restarts, see compact_model.py)."""
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    per_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    mine: dict[int, list[int]] = defaultdict(list)
    stays: list[cp_model.IntVar] = []
    olds = 0
    order = sorted(slot_of)
    if shuffle:
        random.Random(shuffle).shuffle(order)
    for r in order:
        fr = prob.reqs[r]
        vs = []
        for s in fr.cand:
            v = model.new_bool_var(f"x{r}_{s}")
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
    frozen: dict[int, set[int]] = defaultdict(set)
    for p, s in prob.frozen_busy:
        frozen[p].add(s)
    return PlacementModel(model, x, mine, frozen, frozen_holes(prob, slot_of))


def frozen_holes(prob: Problem, slot_of: dict[int, int]) -> int:
    """Holes of the people whose meetings are all frozen (none in `slot_of`): fixed."""
    placing = {p for r in slot_of for p in prob.reqs[r].pair}
    frozen: dict[int, list[int]] = defaultdict(list)
    for p, s in prob.frozen_busy:
        if p not in placing:
            frozen[p].append(s)
    return count_holes({p: sorted(ss) for p, ss in frozen.items()})
