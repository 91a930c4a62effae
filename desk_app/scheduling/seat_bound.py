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
fill the middle with idle people, so holes must do it: at least 4, proven here in 0.1 s,
where the flags model does not prove "at least 4" in 40 s. On instances with many slot
restrictions the patterns are too many to list, and the bound is not computed.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Iterator

from ortools.sat.python import cp_model

from desk_app.scheduling.compact_model import one_per_slot
from desk_app.scheduling.cpsat import run
from desk_app.scheduling.placement_model import frozen_holes
from desk_app.scheduling.problem import Problem, gaps

# Integer variables of the program at most. JAIR tic-13crafc needs 850 and forumt-14 2,900;
# the restricted forum/ticf instances need over 200,000 (listing them alone takes 9 s).
MAX_PATTERNS = 20_000


def seats_rule_out(
    prob: Problem,
    slot_of: dict[int, int],
    k: int,
    *,
    time_limit: float,
    cancel: threading.Event | None = None,
    max_patterns: int = MAX_PATTERNS,
) -> bool:
    """True when seats alone prove that no placement of the meetings of `slot_of` has at most
    `k` holes. False when they allow one, or the patterns are too many, or time runs out.

    A question per K rather than a minimum: "at most K" with K at the proven bound is
    answered in 0.05-0.1 s on JAIR forumt-14, where proving the minimum of 5 takes 4 s."""
    most = k - frozen_holes(prob, slot_of)  # holes left to the people placed here
    if most < 0:
        return True
    groups = _groups(prob, slot_of)
    listed = 0
    for cands, fixed in groups:
        usable = frozenset().union(fixed, *cands)
        listed += _count(prob.n_slots, usable, fixed, len(cands) + len(fixed), most + 1)
        if listed > max_patterns:
            return False
    model = cp_model.CpModel()
    seated: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    holes: list[cp_model.LinearExprT] = []
    for (cands, fixed), people in groups.items():
        usable = frozenset().union(fixed, *cands)
        taken: list[cp_model.IntVar] = []
        for pattern in _patterns(prob.n_slots, usable, fixed, len(cands) + len(fixed), most + 1):
            if not one_per_slot(list(cands), [s for s in pattern if s not in fixed]):
                continue
            y = model.new_int_var(0, people, "")
            taken.append(y)
            for s in pattern:
                if s not in fixed:
                    seated[s].append(y)  # frozen meetings keep their own tables
            if gaps(list(pattern)):
                holes.append(gaps(list(pattern)) * y)
        if not taken:
            return True  # these people alone have more than `most` holes in any placement
        model.add(sum(taken) == people)
    for s, ys in seated.items():
        model.add(sum(ys) <= 2 * prob.free_tables[s])
    model.add(cp_model.LinearExpr.sum(holes) <= most)
    status, _ = run(model, time_limit=time_limit, workers=1, cancel=cancel)
    return status == cp_model.INFEASIBLE


Group = tuple[tuple[frozenset[int], ...], frozenset[int]]  # meetings' allowed slots, frozen


def _groups(prob: Problem, slot_of: dict[int, int]) -> Counter[Group]:
    """People with the same allowed slots per meeting and the same frozen slots, counted."""
    cands: dict[int, list[frozenset[int]]] = defaultdict(list)
    for r in slot_of:
        for p in prob.reqs[r].pair:
            cands[p].append(frozenset(prob.reqs[r].cand))
    fixed: dict[int, set[int]] = defaultdict(set)
    for p, s in prob.frozen_busy:
        fixed[p].add(s)
    return Counter(
        (tuple(sorted(cs, key=sorted)), frozenset(fixed[p])) for p, cs in cands.items()
    )


def _count(n_slots: int, usable: frozenset[int], fixed: frozenset[int], n: int, blocks: int) -> int:
    """How many patterns `_patterns` lists, by dynamic programming (cheap, to decide first)."""
    # state: (slots taken, blocks so far, previous slot taken) -> ways
    ways: Counter[tuple[int, int, bool]] = Counter({(0, 0, False): 1})
    for s in range(n_slots):
        nxt: Counter[tuple[int, int, bool]] = Counter()
        for (taken, b, prev), w in ways.items():
            if s not in fixed:
                nxt[taken, b, False] += w
            if s in usable and taken < n:
                nb = b if prev else b + 1
                if nb <= blocks:
                    nxt[taken + 1, nb, True] += w
        ways = nxt
    return sum(w for (taken, _, _), w in ways.items() if taken == n)


def _patterns(
    n_slots: int, usable: frozenset[int], fixed: frozenset[int], n: int, blocks: int
) -> Iterator[tuple[int, ...]]:
    """Every set of `n` usable slots, in at most `blocks` runs, holding the `fixed` slots."""

    def extend(s: int, chosen: list[int], b: int, prev: bool) -> Iterator[tuple[int, ...]]:
        if len(chosen) == n:
            if fixed.issubset(chosen):
                yield tuple(chosen)
            return
        if s == n_slots or n_slots - s < n - len(chosen):
            return
        if s in usable and (prev or b < blocks):
            chosen.append(s)
            yield from extend(s + 1, chosen, b if prev else b + 1, True)
            chosen.pop()
        if s not in fixed:
            yield from extend(s + 1, chosen, b, False)

    yield from extend(0, [], 0, False)
