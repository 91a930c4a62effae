"""The on-day re-solve on exchange files: a `b2b-instance/1` with ``now``, ``meetings``
(``locked``) and ``absent`` in, a `b2b-schedule/1` out (contract rule 6).

Meetings of absent participants in open rounds are dropped; every other meeting stays
(past and locked ones exactly, unlocked ones possibly moved); the candidate requests are
first filled greedily where they fit as they are, then the neighbourhood repair moves
as few unlocked future meetings as possible to place the rest. Pure: no database.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from desk_app.ondesk.board import Board, BoardMeeting, Fit
from desk_app.ondesk.repair import Wanted, repair
from desk_app.scheduling.model import Instance, PlacedMeeting, Schedule, SolveStats
from desk_app.scheduling.problem import count_holes


@dataclass(frozen=True)
class ReplayResult:
    schedule: Schedule
    placed_without_moves: tuple[str, ...]  # candidate requests the greedy fill placed
    placed_by_repair: tuple[str, ...]
    moved: tuple[str, ...]  # requests whose meeting changed slot or table
    # 'optimal' = fewest moves proven within the neighbourhood; 'feasible' = best found in
    # the time budget; 'skipped' = the greedy fill placed everything (or moves not allowed)
    repair_status: str = "skipped"


def board_from_instance(inst: Instance) -> tuple[Board, set[int]]:
    """The board of the open rounds, and which input meetings (indices) are kept: past,
    locked, or unlocked ones the repair may move; those of absent people are dropped."""
    sidx = {s.id: i for i, s in enumerate(inst.slots)}
    tidx = {t.id: i for i, t in enumerate(inst.tables)}
    pidx = {p.id: i for i, p in enumerate(inst.participants)}
    reqs = {r.id: r for r in inst.requests}
    now = sidx[inst.now] if inst.now is not None else 0
    absent = frozenset(pidx[p.id] for p in inst.participants if p.absent)
    kept: set[int] = set()
    meetings: list[BoardMeeting] = []
    used: Counter[int] = Counter()
    for k, m in enumerate(inst.meetings):
        r = reqs[m.request]
        a, b, s = pidx[r.a], pidx[r.b], sidx[m.slot]
        if s >= now and (a in absent or b in absent):
            continue
        kept.add(k)
        used[a] += 1
        used[b] += 1
        if s >= now:
            meetings.append(BoardMeeting(k, a, b, s, tidx[m.table], movable=not m.locked))
    owned = {tidx[p.table] for p in inst.participants if p.table is not None and not p.absent}
    hosts = {pidx[p.id]: (tidx[p.table],) for p in inst.participants if p.table is not None}
    all_slots = set(range(len(inst.slots)))
    unavailable = {
        pidx[p.id]: frozenset(all_slots - {sidx[s] for s in p.available})
        for p in inst.participants if p.available is not None
    }
    remaining = {pidx[p.id]: max(0, p.max_meetings - used[pidx[p.id]])
                 for p in inst.participants if p.max_meetings is not None}
    board = Board(
        n_slots=len(inst.slots), open_slot=now,
        tables=tuple(sorted(range(len(inst.tables)), key=lambda t: t in owned)),
        hosts=hosts, unavailable=unavailable, remaining=remaining, absent=absent,
        meetings=tuple(meetings))
    return board, kept


def resolve_instance(
    inst: Instance, *, candidates: Collection[str] | None = None, time_limit: float = 0.8,
    allow_moves: bool = True,
) -> ReplayResult:
    """Add ``candidates`` (request ids; default: every unscheduled request) to the
    instance's schedule, moving as few unlocked future meetings as possible."""
    t0 = time.perf_counter()
    board, kept = board_from_instance(inst)
    sidx = {s.id: i for i, s in enumerate(inst.slots)}
    pidx = {p.id: i for i, p in enumerate(inst.participants)}
    met = {inst.meetings[k].request for k in kept}
    wanted_ids = [r.id for r in inst.requests if r.id not in met
                  and (candidates is None or r.id in candidates)]
    reqs = {r.id: r for r in inst.requests}
    wanted_ids.sort(key=lambda rid: (-reqs[rid].weight, rid))

    # 1. Greedy fill: heaviest first, earliest slot, nothing moves.
    taken: set[tuple[int, int]] = set()
    busy: set[tuple[int, int]] = set()
    extra: Counter[int] = Counter()
    placed: dict[str, Fit] = {}
    left: list[Wanted] = []
    for key, rid in enumerate(wanted_ids):
        r = reqs[rid]
        a, b = pidx[r.a], pidx[r.b]
        allowed = frozenset(sidx[s] for s in r.slots) if r.slots is not None else None
        over = any(p in board.remaining and extra[p] >= board.remaining[p] for p in (a, b))
        fit = None if over else board.fast_fit(a, b, allowed, extra_taken=taken,
                                                extra_busy=busy)
        if fit is None:
            left.append(Wanted(key, a, b, r.weight, allowed))
            continue
        placed[rid] = fit
        taken.add((fit.table, fit.slot))
        busy.update({(a, fit.slot), (b, fit.slot)})
        extra[a] += 1
        extra[b] += 1
    greedy_ids = tuple(placed)

    # 2. Repair for the rest, on a board that includes the greedy placements as fixed.
    moves: dict[int, Fit] = {}
    repaired: tuple[str, ...] = ()
    status = "skipped"
    if left and allow_moves:
        fixed = tuple(BoardMeeting(-(i + 1), pidx[reqs[rid].a], pidx[reqs[rid].b], f.slot,
                                   f.table, movable=False)
                      for i, (rid, f) in enumerate(placed.items()))
        remaining = {p: n - extra[p] for p, n in board.remaining.items()}
        bigger = Board(board.n_slots, board.open_slot, board.tables, board.hosts,
                       board.unavailable, remaining, board.absent, board.meetings + fixed)
        budget = max(0.05, time_limit - (time.perf_counter() - t0))
        result = repair(bigger, left, depth=1, time_limit=budget)
        moves = result.moves
        status = result.status
        for w in left:
            if w.key in result.placed:
                placed[wanted_ids[w.key]] = result.placed[w.key]
        repaired = tuple(wanted_ids[w.key] for w in left if w.key in result.placed)

    slot_ids = [s.id for s in inst.slots]
    table_ids = [t.id for t in inst.tables]
    out: list[PlacedMeeting] = []
    moved: list[str] = []
    for k, m in enumerate(inst.meetings):
        if k not in kept:
            continue
        if k in moves:
            fit = moves[k]
            out.append(PlacedMeeting(m.request, slot_ids[fit.slot], table_ids[fit.table]))
            moved.append(m.request)
        else:
            out.append(PlacedMeeting(m.request, m.slot, m.table))
    for rid, fit in placed.items():
        out.append(PlacedMeeting(rid, slot_ids[fit.slot], table_ids[fit.table]))
    per_part: dict[str, list[int]] = defaultdict(list)
    for pm in out:
        per_part[reqs[pm.request].a].append(sidx[pm.slot])
        per_part[reqs[pm.request].b].append(sidx[pm.slot])
    done = {pm.request for pm in out}
    stats = SolveStats(
        weight=sum(reqs[r].weight for r in done), upper_bound=None, status="repair",
        seconds=time.perf_counter() - t0, changed=len(moved), holes=count_holes(per_part))
    schedule = Schedule(inst.name, tuple(out),
                        tuple(r.id for r in inst.requests if r.id not in done), stats)
    return ReplayResult(schedule, greedy_ids, repaired, tuple(moved), status)
