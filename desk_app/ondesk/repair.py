"""Making room for new meetings by moving as few future meetings as possible.

A small CP-SAT model over a neighbourhood: the wanted meetings' participants (and, one
level further, their partners) may see their unlocked future meetings move to other
future slots; everything else stays exactly where it is and only uses up people, tables
and host tables. The objective is lexicographic: weight of wanted meetings placed first,
then the fewest moved meetings. Pure functions, no database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ortools.sat.python import cp_model

from desk_app.ondesk.board import Board, BoardMeeting, Fit


@dataclass(frozen=True, slots=True)
class Wanted:
    """A meeting to add: ``key`` is the caller's id for it (e.g. a request id)."""

    key: int
    a: int
    b: int
    weight: int = 1
    allowed: frozenset[int] | None = None  # slot indices; None = any


@dataclass(frozen=True)
class Repair:
    placed: dict[int, Fit]  # wanted key -> place
    moves: dict[int, Fit]  # meeting id -> new place (only meetings that change)
    status: str  # 'optimal' | 'feasible' | 'infeasible' | 'nothing_to_do'
    neighbourhood: int  # how many existing meetings were allowed to move


@dataclass
class _Item:
    key: int
    a: int
    b: int
    weight: int  # 0 for an existing meeting (must stay placed)
    slots: list[int]
    hosted: tuple[int, ...]  # host tables to choose from; () = any table
    old: BoardMeeting | None = None


def neighbourhood(board: Board, wanted: Sequence[Wanted], depth: int) -> list[BoardMeeting]:
    """Movable meetings of the wanted meetings' participants (depth 1) and of their
    partners in those meetings (depth 2)."""
    people = {p for w in wanted for p in (w.a, w.b)}
    movable = [m for m in board.meetings if m.movable]
    for _ in range(depth - 1):
        people |= {q for m in movable if m.a in people or m.b in people for q in (m.a, m.b)}
    return [m for m in movable if m.a in people or m.b in people]


def repair(
    board: Board, wanted: Sequence[Wanted], *, depth: int = 1, time_limit: float = 0.5,
    workers: int = 2,
) -> Repair:
    """Place as much wanted weight as possible, then move as few meetings as possible."""
    wanted = [w for w in wanted if w.a not in board.absent and w.b not in board.absent]
    if not wanted:
        return Repair({}, {}, "nothing_to_do", 0)
    free = neighbourhood(board, wanted, depth)
    free_ids = {m.id for m in free}
    fixed = [m for m in board.meetings if m.id not in free_ids]
    fixed_busy = {(p, m.slot) for m in fixed for p in (m.a, m.b)}
    fixed_cells = {(m.table, m.slot) for m in fixed} | set(board.other_taken)
    room = {
        s: sum(1 for t in board.tables if (t, s) not in fixed_cells)
        for s in board.future_slots()
    }

    def options(
        a: int, b: int, allowed: frozenset[int] | None
    ) -> tuple[list[int], tuple[int, ...]]:
        own = board.table_options(a, b)
        hosted = own if own != board.tables else ()
        slots = []
        for s in board.future_slots():
            if allowed is not None and s not in allowed:
                continue
            if any(s in board.unavailable.get(p, frozenset()) or (p, s) in fixed_busy
                   for p in (a, b)):
                continue
            if room[s] <= 0 or (hosted and all((t, s) in fixed_cells for t in hosted)):
                continue
            slots.append(s)
        return slots, hosted

    items: list[_Item] = []
    for m in free:
        slots, hosted = options(m.a, m.b, None)
        if m.slot not in slots:  # staying put is always allowed
            slots = sorted({*slots, m.slot})
        items.append(_Item(m.id, m.a, m.b, 0, slots, hosted, old=m))
    for w in wanted:
        slots, hosted = options(w.a, w.b, w.allowed)
        if slots:
            items.append(_Item(w.key, w.a, w.b, w.weight, slots, hosted))
    if not any(it.old is None for it in items):
        return Repair({}, {}, "infeasible", len(free))

    # Imported here: OR-tools (and the pandas it pulls in) costs ~2 s at start-up, and
    # the fast path and the desk window must not pay it before a repair is needed.
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    z: dict[tuple[int, int, int], cp_model.IntVar] = {}
    per_person: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    per_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    per_cell: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    placed_vars: list[tuple[_Item, cp_model.IntVar]] = []
    per_capped: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    move_cost = []
    for i, it in enumerate(items):
        for s in it.slots:
            v = model.new_bool_var(f"x{i}_{s}")
            x[(i, s)] = v
            per_person[(it.a, s)].append(v)
            per_person[(it.b, s)].append(v)
            per_slot[s].append(v)
            if it.hosted:
                choices = [t for t in it.hosted if (t, s) not in fixed_cells]
                zs = []
                for t in choices:
                    zv = model.new_bool_var(f"z{i}_{s}_{t}")
                    z[(i, s, t)] = zv
                    per_cell[(t, s)].append(zv)
                    zs.append(zv)
                model.add(sum(zs) == v)
            elif it.old is not None and s == it.old.slot:
                per_cell[(it.old.table, s)].append(v)  # staying keeps its table
        chosen = sum(x[(i, s)] for s in it.slots)
        if it.old is not None:
            model.add(chosen == 1)
            model.add_hint(x[(i, it.old.slot)], 1)
            move_cost.append(1 - x[(i, it.old.slot)])
        else:
            model.add(chosen <= 1)
            placed = model.new_bool_var(f"placed{i}")
            model.add(chosen == placed)
            placed_vars.append((it, placed))
            for p in (it.a, it.b):
                if p in board.remaining:
                    per_capped[p].append(placed)
    for vs in per_person.values():
        if len(vs) > 1:
            model.add_at_most_one(vs)
    for s, vs in per_slot.items():
        model.add(sum(vs) <= room[s])
    hosted_cells = {(t, s) for (_, s, t) in z}
    for cell, vs in per_cell.items():
        if cell in hosted_cells and len(vs) > 1:
            model.add_at_most_one(vs)
    for p, vs in per_capped.items():
        model.add(sum(vs) <= board.remaining[p])
    big = len(free) + 1
    model.maximize(big * sum(it.weight * v for it, v in placed_vars) - sum(move_cost))

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return Repair({}, {}, "infeasible", len(free))
    slot_of = {i: s for (i, s), v in x.items() if solver.value(v)}
    if not any(items[i].old is None for i in slot_of):
        return Repair({}, {}, "infeasible", len(free))
    table_choice = {(i, s): t for (i, s, t), v in z.items() if solver.value(v)}
    return _assign_tables(board, items, slot_of, table_choice, fixed_cells,
                          "optimal" if status == cp_model.OPTIMAL else "feasible", len(free))


def _assign_tables(
    board: Board, items: list[_Item], slot_of: dict[int, int],
    table_choice: dict[tuple[int, int], int], fixed_cells: set[tuple[int, int]],
    status: str, size: int,
) -> Repair:
    """Stayers keep their table, hosted meetings take the chosen host table, the rest
    take free tables in the board's preference order."""
    used = set(fixed_cells)
    place: dict[int, Fit] = {}
    later: list[int] = []
    for i, s in slot_of.items():
        it = items[i]
        if (i, s) in table_choice:
            place[i] = Fit(s, table_choice[(i, s)])
        elif it.old is not None and it.old.slot == s:
            place[i] = Fit(s, it.old.table)
        else:
            later.append(i)
            continue
        used.add((place[i].table, s))
    for i in sorted(later, key=lambda i: (slot_of[i], items[i].key)):
        s = slot_of[i]
        t = next(t for t in board.tables if (t, s) not in used)
        place[i] = Fit(s, t)
        used.add((t, s))
    placed: dict[int, Fit] = {}
    moves: dict[int, Fit] = {}
    for i, fit in place.items():
        it = items[i]
        if it.old is None:
            placed[it.key] = fit
        elif (it.old.slot, it.old.table) != (fit.slot, fit.table):
            moves[it.key] = fit
    return Repair(placed, moves, status, size)
