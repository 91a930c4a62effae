"""Why a meeting cannot be added, in sentences a temp at the desk understands."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.i18n import t
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
            hard.append(t("{who} is marked absent (no-show); check them in first.",
                          who=floor.who(p)))
        elif board.remaining.get(p, 1) <= 0:
            hard.append(t("{who} already has their maximum number of meetings.",
                          who=floor.who(p)))
    future = [s for s in board.future_slots() if allowed is None or s in allowed]
    if not list(board.future_slots()):
        hard.append(t("No round is left today."))
    elif not future:
        hard.append(t("This meeting may only take place in rounds that are already over."))
    if hard:
        return Diagnosis(tuple(hard), movable=False)

    soft: list[str] = []
    free: dict[int, list[int]] = {}
    for p in (a, b):
        away = board.unavailable.get(p, frozenset())
        present = [s for s in future if s not in away]
        free[p] = [s for s in present if board.can_meet_in(p, s)]
        if not present:
            hard.append(t("{who} is not available in any remaining round.",
                          who=floor.who(p)))
        elif not free[p]:
            soft.append(t("{who} has meetings in every remaining slot.", who=floor.who(p)))
    if hard:
        return Diagnosis(tuple(hard + soft), movable=False)
    if soft:
        return Diagnosis(tuple(soft), movable=True)
    both = [s for s in free[a] if s in free[b]]
    if not both:
        return Diagnosis((
            t("{a} and {b} have no free round in common ({a} is free at {a_times}, "
              "{b} at {b_times}).", a=floor.who(a), b=floor.who(b),
              a_times=_times(floor, free[a]), b_times=_times(floor, free[b])),
        ), movable=True)
    options = board.table_options(a, b)
    if options != board.tables:
        owners = " / ".join(
            t("{table} (host table of {who})", table=floor.table(table, title=True),
              who=floor.who(floor.host_owner.get(
                  table, a if table in board.hosts.get(a, ()) else b)))
            for table in options)
        times = _times(floor, both)
        return Diagnosis((
            t("{owners} is taken in every round both are free ({times}).", owners=owners,
              times=times) if len(options) == 1
            else t("{owners} are taken in every round both are free ({times}).",
                   owners=owners, times=times),
        ), movable=True)
    return Diagnosis((
        t("Every table is taken in the rounds both are free ({times}).",
          times=_times(floor, both)),
    ), movable=True)
