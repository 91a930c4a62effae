"""In-process check of a schedule against the contract's hard rules, and its score.

Mirrors shared/tools/check_schedule.py (the independent checker) so that other code can
use it as a safety net without a subprocess: anything this accepts, the checker accepts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from desk_app.i18n import t
from desk_app.scheduling.model import Instance, Participant, PlacedMeeting, Request, Schedule
from desk_app.scheduling.problem import count_holes


@dataclass(frozen=True, slots=True)
class Score:
    weight: int
    changed: int
    holes: int


def holes(instance: Instance, meetings: Iterable[PlacedMeeting]) -> int:
    """Idle gaps between consecutive meetings of each participant, summed (contract: holes)."""
    order = {s.id: i for i, s in enumerate(instance.slots)}
    reqs = {r.id: r for r in instance.requests}
    per_part: dict[str, list[int]] = defaultdict(list)
    for m in meetings:
        r = reqs[m.request]
        per_part[r.a].append(order[m.slot])
        per_part[r.b].append(order[m.slot])
    return count_holes(per_part)


def score(instance: Instance, meetings: Iterable[PlacedMeeting]) -> Score:
    """(weight, changed, holes) of a list of meetings, as the checker computes them."""
    meetings = list(meetings)
    weights = {r.id: r.weight for r in instance.requests}
    placed = {m.request: (m.slot, m.table) for m in meetings}
    changed = sum(
        1
        for m in instance.meetings
        if m.request in placed and placed[m.request] != (m.slot, m.table)
    )
    return Score(sum(weights[r] for r in placed), changed, holes(instance, meetings))


def validate(instance: Instance, schedule: Schedule | Iterable[PlacedMeeting]) -> list[str]:
    """Every violated hard rule, as readable lines; empty means valid."""
    meetings = list(schedule.meetings if isinstance(schedule, Schedule) else schedule)
    errors: list[str] = []
    order = {s.id: i for i, s in enumerate(instance.slots)}
    tables = {t.id for t in instance.tables}
    parts = {p.id: p for p in instance.participants}
    reqs = {r.id: r for r in instance.requests}
    now = order[instance.now] if instance.now is not None else 0
    before = {m.request: m for m in instance.meetings}

    placed: dict[str, tuple[str, str]] = {}
    by_pslot: set[tuple[str, str]] = set()
    by_tslot: set[tuple[str, str]] = set()
    count: dict[str, int] = defaultdict(int)
    for m in meetings:
        if m.request not in reqs or m.slot not in order or m.table not in tables:
            errors.append(f"unknown request/slot/table in {m}")
            continue
        if m.request in placed:
            errors.append(f"request {m.request} met twice")
            continue
        placed[m.request] = (m.slot, m.table)
        r = reqs[m.request]
        old = before.get(m.request)
        kept_past = (
            old is not None and order[old.slot] < now and (old.slot, old.table) == (m.slot, m.table)
        )
        if order[m.slot] < now and not kept_past:
            errors.append(f"{r.id} placed in past slot {m.slot}")
        if not kept_past:
            errors += _placement_errors(r, parts, m.slot, m.table)
        for p in (r.a, r.b):
            if (p, m.slot) in by_pslot:
                errors.append(f"{p} double-booked in {m.slot}")
            by_pslot.add((p, m.slot))
            count[p] += 1
        if (m.table, m.slot) in by_tslot:
            errors.append(f"table {m.table} double-booked in {m.slot}")
        by_tslot.add((m.table, m.slot))
    for pid, part in parts.items():
        if part.max_meetings is not None and count[pid] > part.max_meetings:
            errors.append(f"{pid} has {count[pid]} meetings > max {part.max_meetings}")
    for rid, old in before.items():
        r = reqs[rid]
        gone_ok = parts[r.a].absent or parts[r.b].absent
        frozen = order[old.slot] < now or (old.locked and not gone_ok)
        new = placed.get(rid)
        if frozen and new != (old.slot, old.table):
            errors.append(f"frozen meeting {rid} changed or dropped")
        elif new is None and not gone_ok and not frozen:
            errors.append(f"meeting {rid} dropped though both participants are present")
    return errors


def _placement_errors(
    r: Request, parts: dict[str, Participant], slot: str, table: str
) -> list[str]:
    """Rules 2 and 4 for one new or moved meeting."""
    rid = r.id
    errors = []
    if r.slots is not None and slot not in r.slots:
        errors.append(f"{rid}: slot {slot} not allowed for this request")
    for p in (r.a, r.b):
        part = parts[p]
        if part.available is not None and slot not in part.available:
            errors.append(f"{rid}: {p} not available in {slot}")
        if part.absent:
            errors.append(f"{rid}: {p} is absent")
    fixed = [parts[p].table for p in (r.a, r.b) if parts[p].table is not None]
    if fixed and table not in fixed:
        errors.append(f"{rid}: must be at host table {fixed}, got {table}")
    return errors


def frozen_conflicts(instance: Instance) -> list[str]:
    """Meetings the solver may not move (locked, or in a past slot) that cannot all stand:
    two at one table in one round, or one participant in two in one round. Each line
    names both meetings; empty means the frozen part of the day is consistent.

    The solver keeps frozen meetings as they are, so such an input has no valid schedule:
    it is refused before solving instead of producing one the checker rejects.
    """
    order = {s.id: i for i, s in enumerate(instance.slots)}
    now = order[instance.now] if instance.now is not None else 0
    reqs = {r.id: r for r in instance.requests}
    by_table: dict[tuple[str, str], str] = {}
    by_person: dict[tuple[str, str], str] = {}
    errors: list[str] = []
    for m in instance.meetings:
        if not (m.locked or order[m.slot] < now):
            continue
        other = by_table.setdefault((m.table, m.slot), m.request)
        if other != m.request:
            errors.append(t("Meetings {a} and {b} are both fixed at table {table} in round "
                            "{slot}.", a=other, b=m.request, table=m.table, slot=m.slot))
        r = reqs[m.request]
        for p in (r.a, r.b):
            other = by_person.setdefault((p, m.slot), m.request)
            if other != m.request:
                errors.append(t("Meetings {a} and {b} both fix {person} in round {slot}.",
                                a=other, b=m.request, person=p, slot=m.slot))
    return errors
