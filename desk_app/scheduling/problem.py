"""The instance turned into the indexed form every algorithm here works on.

Re-solve rules are applied once, here: meetings that must stay exactly as they are (past, or
locked with everyone present) become `frozen` and simply use up participant slots, tables and
meeting caps; the other input meetings become requests that must be placed (`must`) or are
dropped because someone is absent. Greedy, bound and CP-SAT models then only see free requests.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desk_app.scheduling.model import Instance, PlacedMeeting, Schedule, SolveStats

NO_CAP = 1 << 30


@dataclass(slots=True)
class FreeRequest:
    index: int  # position in Problem.reqs
    id: str
    a: int  # participant indices
    b: int
    weight: int
    cand: tuple[int, ...]  # slot indices where the meeting may go
    tables: tuple[str, ...]  # allowed tables; () = any table
    must: bool = False  # unlocked input meeting: may move, may not be dropped
    old: tuple[int, str] | None = None  # (slot, table) in the input schedule

    @property
    def pair(self) -> tuple[int, int]:
        return self.a, self.b

    def moved(self, slot: int | None) -> bool:
        """An input meeting that is not in its input slot (or not placed)."""
        return self.old is not None and self.old[0] != slot


@dataclass(slots=True)
class Problem:
    instance: Instance
    slot_ids: list[str]
    now: int  # first slot index that is not past
    part_ids: list[str]
    frozen: list[PlacedMeeting]
    reqs: list[FreeRequest]
    cap: list[int]  # remaining meetings allowed per participant
    free_tables: list[int]  # tables per slot not taken by frozen meetings
    frozen_tables: set[tuple[str, int]]  # (table, slot) taken by frozen meetings
    shared_tables: set[str]  # host tables with two or more present owners
    frozen_busy: set[tuple[int, int]]  # (participant, slot) taken by frozen meetings
    unusable: list[str] = field(default_factory=list)  # requests that cannot be placed at all
    input_meetings: dict[str, PlacedMeeting] = field(default_factory=dict)
    # meetings each participant is still owed by their floor once frozen meetings count
    floor: list[int] = field(default_factory=list)

    @property
    def has_floors(self) -> bool:
        return any(self.floor)

    @property
    def n_slots(self) -> int:
        return len(self.slot_ids)

    @property
    def n_parts(self) -> int:
        return len(self.part_ids)


def participant_floors(inst: Instance) -> dict[str, int]:
    """Contract quality 0: the meetings each participant is owed, i.e. their min_meetings
    (else the instance's), never more than their max_meetings, the requests involving them
    or the slots they can meet in; 0 when absent."""
    involved: dict[str, int] = defaultdict(int)
    for r in inst.requests:
        involved[r.a] += 1
        involved[r.b] += 1
    out: dict[str, int] = {}
    for p in inst.participants:
        floor = p.min_meetings if p.min_meetings is not None else inst.min_meetings
        limits = [floor, involved[p.id],
                  len(inst.slots) if p.available is None else len(p.available)]
        if p.max_meetings is not None:
            limits.append(p.max_meetings)
        out[p.id] = 0 if p.absent else min(limits)
    return out


def shortfall(floors: Mapping[str, int], count: Mapping[str, int]) -> int:
    """Meetings missing below the floors, summed."""
    return sum(max(0, f - count.get(p, 0)) for p, f in floors.items())


def build_problem(inst: Instance) -> Problem:
    """Index the instance and apply the re-solve rules (contract rule 6)."""
    slot_ids = [s.id for s in inst.slots]
    sidx = {s: i for i, s in enumerate(slot_ids)}
    part_ids = [p.id for p in inst.participants]
    pidx = {p: i for i, p in enumerate(part_ids)}
    parts = inst.participants
    reqs_by_id = {r.id: r for r in inst.requests}
    now = sidx[inst.now] if inst.now is not None else 0
    absent = [p.absent for p in parts]

    frozen: list[PlacedMeeting] = []
    must: dict[str, PlacedMeeting] = {}
    for m in inst.meetings:
        r = reqs_by_id[m.request]
        gone = absent[pidx[r.a]] or absent[pidx[r.b]]
        if sidx[m.slot] < now or (m.locked and not gone):
            frozen.append(m)
        elif not gone:
            must[m.request] = m

    busy: set[tuple[int, int]] = set()
    frozen_tables: set[tuple[str, int]] = set()
    used = [0] * len(parts)
    for m in frozen:
        r = reqs_by_id[m.request]
        s = sidx[m.slot]
        busy.add((pidx[r.a], s))
        busy.add((pidx[r.b], s))
        frozen_tables.add((m.table, s))
        used[pidx[r.a]] += 1
        used[pidx[r.b]] += 1
    cap = [
        max(0, (p.max_meetings if p.max_meetings is not None else NO_CAP) - used[i])
        for i, p in enumerate(parts)
    ]
    n_tables = len(inst.tables)
    free_tables = [n_tables] * len(slot_ids)
    for _, s in frozen_tables:
        free_tables[s] -= 1
    owners: dict[str, int] = defaultdict(int)
    for p in parts:
        if p.table is not None and not p.absent:
            owners[p.table] += 1
    shared = {t for t, n in owners.items() if n >= 2}

    all_slots = frozenset(slot_ids)
    frozen_ids = {m.request for m in frozen}
    reqs: list[FreeRequest] = []
    unusable: list[str] = []
    for r in inst.requests:
        if r.id in frozen_ids:
            continue
        a, b = pidx[r.a], pidx[r.b]
        pa, pb = parts[a], parts[b]
        tables = tuple(dict.fromkeys(t for t in (pa.table, pb.table) if t is not None))
        cand: list[int] = []
        if not (pa.absent or pb.absent or cap[a] == 0 or cap[b] == 0):
            ok = all_slots
            for limit in (r.slots, pa.available, pb.available):
                if limit is not None:  # an empty set is a real limit: never
                    ok = ok & limit
            for s in range(now, len(slot_ids)):
                if slot_ids[s] not in ok or (a, s) in busy or (b, s) in busy:
                    continue
                if free_tables[s] <= 0:
                    continue
                if tables and all((t, s) in frozen_tables for t in tables):
                    continue
                cand.append(s)
        if not cand:
            unusable.append(r.id)
            continue
        old = must.get(r.id)
        reqs.append(
            FreeRequest(
                index=len(reqs),
                id=r.id,
                a=a,
                b=b,
                weight=r.weight,
                cand=tuple(cand),
                tables=tables,
                must=old is not None,
                old=(sidx[old.slot], old.table) if old is not None else None,
            )
        )
    return Problem(
        instance=inst,
        slot_ids=slot_ids,
        now=now,
        part_ids=part_ids,
        frozen=frozen,
        reqs=reqs,
        cap=cap,
        free_tables=free_tables,
        frozen_tables=frozen_tables,
        shared_tables=shared,
        frozen_busy=busy,
        unusable=unusable,
        input_meetings={m.request: m for m in inst.meetings},
        floor=[max(0, f - used[i]) for i, f in enumerate(participant_floors(inst).values())],
    )


def assign_tables(prob: Problem, slot_of: dict[int, int]) -> dict[int, str]:
    """Give each placed free request a table, slot by slot.

    Host-table meetings go first (they have no choice), then meetings that can keep the table
    they had in the input (fewer `changed`), then the rest on any free table, preferring tables
    no present host owns so that hosts keep theirs. The slot model guarantees enough tables.
    """
    table_ids = [t.id for t in prob.instance.tables]
    owned = {p.table for p in prob.instance.participants if p.table is not None and not p.absent}
    order = sorted(table_ids, key=lambda t: t in owned)  # unowned tables first
    by_slot: dict[int, list[int]] = defaultdict(list)
    for r, s in slot_of.items():
        by_slot[s].append(r)
    out: dict[int, str] = {}
    for s, rs in by_slot.items():
        taken = {t for (t, k) in prob.frozen_tables if k == s}
        rest: list[int] = []
        # single-table meetings first, then two-table ones, so a choice never blocks a forced one
        for r in sorted(rs, key=lambda r: len(prob.reqs[r].tables) or 99):
            fr = prob.reqs[r]
            if fr.tables:
                t = next((t for t in fr.tables if t not in taken), fr.tables[0])
                out[r] = t
                taken.add(t)
            else:
                rest.append(r)
        later: list[int] = []
        for r in rest:
            old = prob.reqs[r].old
            if old is not None and old[0] == s and old[1] not in taken:
                out[r] = old[1]
                taken.add(old[1])
            else:
                later.append(r)
        free = iter(t for t in order if t not in taken)
        for r in later:
            out[r] = next(free)
    return out


def gaps(slots: list[int]) -> int:
    """Idle gaps between one participant's consecutive meetings (slot indices, any order)."""
    idx = sorted(slots)
    return sum(1 for i, j in itertools.pairwise(idx) if j - i > 1)


def count_holes(slot_lists: Mapping[Any, list[int]]) -> int:
    """Holes summed over participants."""
    return sum(gaps(idx) for idx in slot_lists.values())


def busy_slots(prob: Problem, slot_of: dict[int, int]) -> dict[int, list[int]]:
    """Participant index -> slots of their frozen and placed meetings."""
    per_part: dict[int, list[int]] = defaultdict(list)
    for p, s in prob.frozen_busy:
        per_part[p].append(s)
    for r, s in slot_of.items():
        per_part[prob.reqs[r].a].append(s)
        per_part[prob.reqs[r].b].append(s)
    return per_part


def holes_of(prob: Problem, slot_of: dict[int, int]) -> int:
    """Holes of frozen meetings plus the placed free requests."""
    return count_holes(busy_slots(prob, slot_of))


def build_schedule(
    prob: Problem,
    slot_of: dict[int, int],
    *,
    upper_bound: int | None,
    status: str,
    seconds: float,
    holes_lower_bound: int | None = None,
) -> Schedule:
    """Frozen meetings + placed free requests -> Schedule with its measured stats."""
    inst = prob.instance
    tables = assign_tables(prob, slot_of)
    meetings = [PlacedMeeting(m.request, m.slot, m.table) for m in prob.frozen]
    for r, s in sorted(slot_of.items(), key=lambda rs: (rs[1], prob.reqs[rs[0]].id)):
        meetings.append(PlacedMeeting(prob.reqs[r].id, prob.slot_ids[s], tables[r]))
    placed = {m.request: m for m in meetings}
    reqs = {r.id: r for r in inst.requests}
    sidx = {s: i for i, s in enumerate(prob.slot_ids)}
    weight = sum(reqs[m].weight for m in placed)
    changed = sum(
        1
        for rid, old in prob.input_meetings.items()
        if rid in placed and (placed[rid].slot, placed[rid].table) != (old.slot, old.table)
    )
    per_part: dict[str, list[int]] = defaultdict(list)
    for m in meetings:
        req = reqs[m.request]
        per_part[req.a].append(sidx[m.slot])
        per_part[req.b].append(sidx[m.slot])
    unscheduled = tuple(r.id for r in inst.requests if r.id not in placed)
    count = {p: len(ss) for p, ss in per_part.items()}
    present = [count.get(p.id, 0) for p in inst.participants if not p.absent]
    return Schedule(
        instance=inst.name,
        meetings=tuple(meetings),
        unscheduled=unscheduled,
        stats=SolveStats(
            weight=weight,
            upper_bound=upper_bound,
            status=status,
            seconds=seconds,
            changed=changed,
            holes=count_holes(per_part),
            holes_lower_bound=holes_lower_bound,
            shortfall=shortfall(participant_floors(inst), count),
            fewest_meetings=min(present) if present else None,
        ),
    )
