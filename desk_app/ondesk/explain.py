"""Why a meeting cannot be added, in sentences a temp at the desk understands."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.ondesk.floor import Floor


@dataclass(frozen=True)
class Diagnosis:
    reasons: tuple[str, ...]
    # True when moving other meetings could help (people busy, tables full); False when
    # nothing on the floor can change the answer (absent, maximum reached, day over).
    movable: bool


def _times(floor: Floor, slots: list[int], limit: int = 4) -> str:
    shown = ", ".join(floor.at(s) for s in slots[:limit])
    return shown + (" …" if len(slots) > limit else "")


def diagnose(floor: Floor, a: int, b: int, allowed: frozenset[int] | None) -> Diagnosis:
    board = floor.board
    hard: list[str] = []
    for p in (a, b):
        if p in board.absent:
            hard.append(f"{floor.who(p)} is marked absent (no-show); check them in first.")
        elif board.remaining.get(p, 1) <= 0:
            hard.append(f"{floor.who(p)} already has their maximum number of meetings.")
    future = [s for s in board.future_slots() if allowed is None or s in allowed]
    if not list(board.future_slots()):
        hard.append("No round is left today.")
    elif not future:
        hard.append("This meeting may only take place in rounds that are already over.")
    if hard:
        return Diagnosis(tuple(hard), movable=False)

    soft: list[str] = []
    free: dict[int, list[int]] = {}
    for p in (a, b):
        away = board.unavailable.get(p, frozenset())
        present = [s for s in future if s not in away]
        free[p] = [s for s in present if board.can_meet_in(p, s)]
        if not present:
            hard.append(f"{floor.who(p)} is not available in any remaining round.")
        elif not free[p]:
            soft.append(f"{floor.who(p)} has meetings in every remaining slot.")
    if hard:
        return Diagnosis(tuple(hard + soft), movable=False)
    if soft:
        return Diagnosis(tuple(soft), movable=True)
    both = [s for s in free[a] if s in free[b]]
    if not both:
        return Diagnosis((
            f"{floor.who(a)} and {floor.who(b)} have no free round in common "
            f"({floor.who(a)} is free at {_times(floor, free[a])}, "
            f"{floor.who(b)} at {_times(floor, free[b])}).",
        ), movable=True)
    options = board.table_options(a, b)
    if options != board.tables:
        owners = " / ".join(
            f"{floor.table(t, title=True)} (host table of "
            f"{floor.who(floor.host_owner.get(t, a if t in board.hosts.get(a, ()) else b))})"
            for t in options)
        verb = "is" if len(options) == 1 else "are"
        return Diagnosis((
            f"{owners} {verb} taken in every round both are free ({_times(floor, both)}).",
        ), movable=True)
    return Diagnosis((
        f"Every table is taken in the rounds both are free ({_times(floor, both)}).",
    ), movable=True)
