"""One hole more than forced, asked person by person, when the flags model cannot answer.

People without a compact day (`compact_days`) have a hole in any placement. "At most F + 1
holes?" (F such people) leaves one hole to someone else, and the flags model (compact_model.py)
stalls on it on the JAIR crafc instances, whose optimum is 1 hole: besides the placement it
must guess who gets the hole. Asked with the choice made (only that person and the F may have
holes), CP-SAT's presolve rules most people out in 0.1-0.3 s each (forum-13crafc: 47 of 58)
and finds the placement for a right one. Finding is heavy-tailed (0.4-5 s across seeds), so
people not ruled out are asked again, in rounds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cached_property

from desk_app.scheduling.compact_model import at_most_holes, compact_days
from desk_app.scheduling.placement_model import frozen_holes
from desk_app.scheduling.problem import Problem

FIRST_ASKED = 10  # people asked in the first round, doubled each round
# seconds per person in the first round, doubled each round: the successful tries on
# ticf-13crafc took 0.4-2.1 s, and 0.8 s or 1.5 s missed its first person now and then
FIRST_SLICE = 2.0


class OneHoleByPerson:
    """The rounds of one question for a fixed meeting set: "at most one hole more than the
    people without a compact day (`forced`) must have?", asked with only them and one more
    person allowed holes.

    Each round asks twice as many people as the one before, in `fewest_windows_first` order,
    with twice the time each and another variable order and seed: the likely people get their
    second chance before the unlikely ones are all ruled out."""

    def __init__(
        self,
        prob: Problem,
        slot_of: dict[int, int],
        *,
        max_moved: int,
        first_seed: int = 0,
        second: bool = False,
    ) -> None:
        """`second`: for a second asker next to a first one: other seeds from `first_seed`,
        and every other person first, so the two do not ask the same people at once."""
        self.prob, self.slot_of, self.max_moved = prob, slot_of, max_moved
        self.second = second
        self.started = threading.Event()  # set by the first round
        self.ruled_out: set[int] = set()
        self.width, self.slice, self.seed = FIRST_ASKED, FIRST_SLICE, first_seed

    # computed on first use, in the thread that asks: 0.9 s on the 24,000-meeting xl event

    @cached_property
    def days(self) -> dict[int, list[int]]:
        return compact_days(self.prob, self.slot_of)

    @cached_property
    def forced(self) -> set[int]:
        """People without a compact day: a hole each in any placement."""
        return {p for p, lows in self.days.items() if not lows}

    @cached_property
    def k(self) -> int:
        """The question's K: one hole more than the placement must have."""
        return frozen_holes(self.prob, self.slot_of) + len(self.forced) + 1

    @cached_property
    def people(self) -> list[int]:
        """Who may take the one more hole, in the order they are asked."""
        people = [p for p in fewest_windows_first(self.days) if p not in self.forced]
        return people[1::2] + people[::2] if self.second else people

    def next_round(
        self, time_left: Callable[[], float], cancel: threading.Event | None = None
    ) -> tuple[dict[int, int] | None, bool]:
        """A placement with at most `k` holes, or None and whether "none" is proven (every
        person ruled out: then any placement has more). Ends early when `time_left()` runs
        out or on `cancel`; the next call asks the next round."""
        if not self.people:
            return None, False  # nobody to ask: the flags model's question as it is
        self.started.set()
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
                self.k,
                max_moved=self.max_moved,
                time_limit=min(left, self.slice),
                cancel=cancel,
                seed=self.seed,
                holey=self.forced | {p},
                days=self.days,
            )
            if found is not None:
                return found, False
            if proven:
                self.ruled_out.add(p)
        self.width, self.slice, self.seed = 2 * self.width, 2 * self.slice, self.seed + 1
        if all(p in self.ruled_out for p in self.people):
            return None, True
        return None, False


def one_more_hole(
    prob: Problem,
    slot_of: dict[int, int],
    *,
    max_moved: int,
    time_left: Callable[[], float],
    cancel: threading.Event | None = None,
) -> tuple[dict[int, int] | None, bool]:
    """`OneHoleByPerson`'s question, every round until an answer or until `time_left()`
    runs out."""
    search = OneHoleByPerson(prob, slot_of, max_moved=max_moved)
    while search.people and time_left() >= 0.1 and not (cancel is not None and cancel.is_set()):
        found, proven = search.next_round(time_left, cancel)
        if found is not None or proven:
            return found, proven
    return None, False


def fewest_windows_first(days: dict[int, list[int]]) -> list[int]:
    """People by their number of compact days (`compact_days`), fewest first. Whoever blocks
    a day without holes is usually short of compact days: on forum-13crafc the second one
    asked may take the hole (the seventh by number of meetings), on ticf-13crafc the first
    (found within 2 s on 5 of 6 seeds)."""
    return sorted(days, key=lambda p: (len(days[p]), p))
