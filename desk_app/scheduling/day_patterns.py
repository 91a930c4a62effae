"""A person's day as a set of busy slots (a "pattern"), listed or counted.

The seat bound (seat_bound.py) lists every pattern with few holes per group of people; the
"at most K holes?" model (compact_model.py) offers a few people days with exactly one hole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from desk_app.scheduling.problem import gaps


def count_patterns(
    n_slots: int, usable: frozenset[int], fixed: frozenset[int], n: int, blocks: int
) -> int:
    """How many patterns `busy_patterns` lists, by dynamic programming (cheap, to decide first)."""
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


def busy_patterns(
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


def one_hole_days(
    n_slots: int, cands: list[frozenset[int]], fixed: frozenset[int], limit: int
) -> list[tuple[int, ...]] | None:
    """Every day of a person with exactly one hole (two runs of busy slots) that holds their
    frozen slots and gives each free meeting its own slot within its allowed slots; None when
    there are more than `limit` candidate days to look at."""
    usable = frozenset().union(fixed, *cands)
    n = len(cands) + len(fixed)
    if count_patterns(n_slots, usable, fixed, n, 2) > limit:
        return None
    return [
        day
        for day in busy_patterns(n_slots, usable, fixed, n, 2)
        if gaps(list(day)) == 1 and one_per_slot(cands, [s for s in day if s not in fixed])
    ]


def slots_key(cands: list[frozenset[int]]) -> tuple[frozenset[int], ...]:
    """A person's meetings' allowed slots in a canonical order: people (or the rest of a day)
    with equal keys are interchangeable for every question asked here."""
    return tuple(sorted(cands, key=sorted))


def one_per_slot(cands: list[frozenset[int]], slots: list[int]) -> bool:
    """Can each meeting take its own slot of `slots` (as many as meetings), within its
    allowed slots? A bipartite perfect matching, by augmenting paths."""
    if all(c.issuperset(slots) for c in cands):
        return True  # the usual case on events: no meeting restricted inside the window
    allowed = [[s for s in slots if s in c] for c in cands]
    holder: dict[int, int] = {}  # slot -> meeting

    def seat(m: int, seen: set[int]) -> bool:
        for s in allowed[m]:
            if s not in seen:
                seen.add(s)
                if s not in holder or seat(holder[s], seen):
                    holder[s] = m
                    return True
        return False

    return all(seat(m, set()) for m in range(len(cands)))
