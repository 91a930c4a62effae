""""At most 1 hole?" asked person by person, when the flags model cannot answer it.

The flags model (compact_model.py) stalls on the JAIR crafc instances, whose optimum is one
hole: besides the placement it must guess who gets the hole. Asked with the choice made (only
that person may have a hole), CP-SAT's presolve rules most people out in 0.1-0.3 s each
(forum-13crafc: 47 of 58) and finds the placement for a right one. Finding is heavy-tailed
(0.4-5 s across seeds), so people not ruled out are asked again, in rounds.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable

from desk_app.scheduling.compact_model import at_most_holes
from desk_app.scheduling.problem import Problem

FIRST_ASKED = 10  # people asked in the first round, doubled each round
FIRST_SLICE = 0.8  # seconds per person in the first round, doubled each round


class OneHoleByPerson:
    """The rounds of one "at most 1 hole?" question for a fixed meeting set.

    Each round asks twice as many people as the one before, in `fewest_windows_first` order,
    with twice the time each and another variable order and seed: the likely people get their
    second chance before the unlikely ones are all ruled out."""

    def __init__(self, prob: Problem, slot_of: dict[int, int], *, max_moved: int) -> None:
        self.prob, self.slot_of, self.max_moved = prob, slot_of, max_moved
        self.people = fewest_windows_first(prob, slot_of)
        self.ruled_out: set[int] = set()
        self.width, self.slice, self.seed = FIRST_ASKED, FIRST_SLICE, 0

    def next_round(
        self, time_left: Callable[[], float], cancel: threading.Event | None = None
    ) -> tuple[dict[int, int] | None, bool]:
        """A placement with at most one hole, or None and whether "none" is proven (every
        person ruled out: then any placement has at least 2 holes). Ends early when
        `time_left()` runs out or on `cancel`; the next call asks the next round."""
        asked = [p for p in self.people[: self.width] if p not in self.ruled_out]
        if not asked and self.width >= len(self.people):
            return None, True
        for p in asked:
            left = time_left()
            if left < 0.1 or (cancel is not None and cancel.is_set()):
                return None, False
            found, proven = at_most_holes(
                self.prob,
                self.slot_of,
                1,
                max_moved=self.max_moved,
                time_limit=min(left, self.slice),
                cancel=cancel,
                seed=self.seed,
                holey=(p,),
            )
            if found is not None:
                return found, False
            if proven:
                self.ruled_out.add(p)
        self.width, self.slice, self.seed = 2 * self.width, 2 * self.slice, self.seed + 1
        if all(p in self.ruled_out for p in self.people):
            return None, True
        return None, False


def at_most_one_hole(
    prob: Problem,
    slot_of: dict[int, int],
    *,
    max_moved: int,
    time_left: Callable[[], float],
    cancel: threading.Event | None = None,
) -> tuple[dict[int, int] | None, bool]:
    """Every round until an answer or until `time_left()` runs out."""
    search = OneHoleByPerson(prob, slot_of, max_moved=max_moved)
    while time_left() >= 0.1 and not (cancel is not None and cancel.is_set()):
        found, proven = search.next_round(time_left, cancel)
        if found is not None or proven:
            return found, proven
    return None, False


def fewest_windows_first(prob: Problem, slot_of: dict[int, int]) -> list[int]:
    """People with a meeting to place and 2+ meetings, fewest compact days first (then most
    meetings). Whoever blocks a day without holes is usually short of compact days: on
    forum-13crafc the first two asked include one who may take the hole (in degree order, the
    seventh), and on ticf-13crafc 9 of the first 10 are not ruled out at once."""
    usable: dict[int, set[int]] = defaultdict(set)
    count: dict[int, int] = defaultdict(int)
    for r in slot_of:
        for p in prob.reqs[r].pair:
            usable[p].update(prob.reqs[r].cand)
            count[p] += 1
    movable = set(count)  # the others' meetings are all frozen: nothing to ask
    for p, s in prob.frozen_busy:
        usable[p].add(s)
        count[p] += 1

    def windows(p: int) -> int:
        n = count[p]
        return sum(
            all(s in usable[p] for s in range(lo, lo + n)) for lo in range(prob.n_slots - n + 1)
        )

    return sorted((p for p in movable if count[p] > 1), key=lambda p: (windows(p), -count[p], p))
