"""A lower bound on holes from seats alone: each person's busy slots, counted per slot.

Forget who meets whom. Each person only picks the slots they are busy in (a "pattern": one
slot per meeting, each meeting within its allowed slots, frozen meetings where they are), and
each slot seats at most two people per table. People whose meetings allow the same slots are
interchangeable here, so one integer per (group, pattern) counts how many of them take it;
the LP of that small integer program is strong, unlike the flags model's clause search over
interchangeable people.

Where it matters: dense instances without slot restrictions. JAIR tic-13crafc (45 people, 180
meetings on 19 tables x 10 slots) leaves at least 7 people idle in every slot. Compact days
of 6 meetings or more all cover the middle slots, and there are too few smaller days to
fill the middle with idle people, so holes must do it: at least 4, proven here in about
1 s (K = 0 to 3 asked in turn), where the flags model does not prove "at least 4" in 40 s.
On instances with many slot restrictions the patterns are too many to list, and the bound is
not computed.

Where the seats allow K holes, their solution still says which groups could take them: the
holes probe asks the flags model with only those people allowed holes (holes_phase.py).
"""

from __future__ import annotations

import threading
from collections import defaultdict

from ortools.sat.python import cp_model

from desk_app.scheduling.compact_model import allowed_slots
from desk_app.scheduling.cpsat import FOUND, run
from desk_app.scheduling.day_patterns import (
    busy_patterns,
    count_patterns,
    one_per_slot,
    slots_key,
)
from desk_app.scheduling.placement_model import frozen_holes
from desk_app.scheduling.problem import Problem, gaps

# Integer variables of the program at most. JAIR tic-13crafc needs 850 and forumt-14 2,900;
# the restricted forum/ticf instances need over 200,000 (listing them alone takes 9 s).
MAX_PATTERNS = 20_000


Group = tuple[tuple[frozenset[int], ...], frozenset[int]]  # meetings' allowed slots, frozen


class SeatProgram:
    """The seats-only integer program for "at most `k` holes?" over the meetings of
    `slot_of`. `listed` is False when the patterns are too many: the program then answers
    nothing."""

    def __init__(
        self, prob: Problem, slot_of: dict[int, int], k: int, max_patterns: int = MAX_PATTERNS
    ) -> None:
        self.model = cp_model.CpModel()
        self.groups = _groups(prob, slot_of)
        # per group: (pattern's holes, people taking it) for the patterns with holes
        self.holey: dict[Group, list[tuple[int, cp_model.IntVar]]] = defaultdict(list)
        most = k - frozen_holes(prob, slot_of)  # holes left to the people placed here
        self.impossible = most < 0  # or some group has no pattern with so few holes
        self.listed = not self.impossible and _listable(prob, self.groups, most, max_patterns)
        if not self.listed:
            return
        seated: dict[int, list[cp_model.IntVar]] = defaultdict(list)
        for group, people in self.groups.items():
            cands, fixed = group
            usable = frozenset().union(fixed, *cands)
            taken: list[cp_model.IntVar] = []
            n = len(cands) + len(fixed)
            for pattern in busy_patterns(prob.n_slots, usable, fixed, n, most + 1):
                if not one_per_slot(list(cands), [s for s in pattern if s not in fixed]):
                    continue
                y = self.model.new_int_var(0, len(people), "")
                taken.append(y)
                for s in pattern:
                    if s not in fixed:
                        seated[s].append(y)  # frozen meetings keep their own tables
                if gaps(list(pattern)):
                    self.holey[group].append((gaps(list(pattern)), y))
            if not taken:
                self.impossible = True  # these people alone have more than `most` holes
                return
            self.model.add(sum(taken) == len(people))
        for s, here in seated.items():
            self.model.add(sum(here) <= 2 * prob.free_tables[s])
        self.model.add(
            cp_model.LinearExpr.sum([h * y for ys in self.holey.values() for h, y in ys]) <= most
        )
        # guesses of who has the holes (`who_may_have_holes`): as few people as the seats allow
        self.group_holey: dict[Group, cp_model.IntVar] = {}
        for group, ys in self.holey.items():
            z = self.model.new_bool_var("")
            for _, y in ys:
                self.model.add(y <= len(self.groups[group]) * z)
            self.group_holey[group] = z

    def rules_out(self, *, time_limit: float, cancel: threading.Event | None = None) -> bool:
        """True when the seats prove that no placement has at most `k` holes. False when they
        allow one, or the patterns are too many, or time runs out.

        A question per K rather than a minimum: "at most K" with K at the proven bound is
        answered in 0.05-0.1 s on JAIR forumt-14, where proving the minimum of 5 takes 4 s."""
        if self.impossible:
            return True
        if not self.listed:
            return False
        status, _ = run(self.model, time_limit=time_limit, workers=1, cancel=cancel)
        return status == cp_model.INFEASIBLE

    def who_may_have_holes(
        self, *, time_limit: float, cancel: threading.Event | None = None, seed: int = 0
    ) -> list[int] | None:
        """The people of the groups that take holes in a seat solution, or None when there is
        none left. Each answer is then excluded: the next one puts a hole outside it.

        A guess at who has the holes that CP-SAT can use: told that only the 6 people with 5
        meetings may have holes, the flags model finds 4 holes on JAIR tic-13crafc in 0.1 s,
        and not in 5 s when anyone may."""
        if self.impossible or not self.listed:
            return None
        self.model.minimize(
            cp_model.LinearExpr.sum(
                [len(self.groups[g]) * z for g, z in self.group_holey.items()]
            )
        )
        status, solver = run(
            self.model,
            time_limit=time_limit,
            workers=1,
            cancel=cancel,
            params={"random_seed": seed},
        )
        if status not in FOUND:
            return None
        chosen = [g for g, z in self.group_holey.items() if solver.boolean_value(z)]
        # next time, a hole somewhere else too
        self.model.add(
            cp_model.LinearExpr.sum(
                [y for g, ys in self.holey.items() if g not in chosen for _, y in ys]
            )
            >= 1
        )
        return sorted(p for g in chosen for p in self.groups[g])


def _groups(prob: Problem, slot_of: dict[int, int]) -> dict[Group, list[int]]:
    """People with the same allowed slots per meeting and the same frozen slots."""
    cands, fixed = allowed_slots(prob, slot_of)
    groups: dict[Group, list[int]] = defaultdict(list)
    for p, cs in sorted(cands.items()):
        groups[slots_key(cs), frozenset(fixed[p])].append(p)
    return groups


def _listable(prob: Problem, groups: dict[Group, list[int]], most: int, limit: int) -> bool:
    """Are the patterns with at most `most` holes few enough to list?"""
    listed = 0
    for cands, fixed in groups:
        usable = frozenset().union(fixed, *cands)
        listed += count_patterns(prob.n_slots, usable, fixed, len(cands) + len(fixed), most + 1)
        if listed > limit:
            return False
    return True
