"""Reading and writing the JSON exchange formats (shared/spec/scheduling-contract.md).

Errors in user-supplied files become `InstanceError` with a one-line reason, because the CLI and
the import dialog show that reason as is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from desk_app.i18n import t
from desk_app.scheduling.model import (
    Instance,
    Participant,
    PlacedMeeting,
    Request,
    Schedule,
    Slot,
    Table,
)
from desk_app.scheduling.validate import frozen_conflicts

INSTANCE_FORMAT = "b2b-instance/1"
SCHEDULE_FORMAT = "b2b-schedule/1"


class InstanceError(ValueError):
    """The instance cannot be read or is inconsistent; str(error) is a one-line reason."""


def _need(d: Mapping[str, Any], key: str, what: str) -> Any:
    if not isinstance(d, Mapping) or key not in d:
        raise InstanceError(t("{what}: missing field '{key}'", what=what, key=key))
    return d[key]


def _str_id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise InstanceError(t("{what}: id must be a non-empty string, got {value}", what=what,
                              value=repr(value)))
    return value


def _unique(ids: Iterable[str], what: str) -> set[str]:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise InstanceError(t("duplicate {what} id '{id}'", what=what, id=i))
        seen.add(i)
    return seen


def _id_set(value: Any, known: set[str], what: str) -> frozenset[str] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise InstanceError(t("{what}: expected a list of slot ids", what=what))
    unknown = [s for s in value if s not in known]
    if unknown:
        raise InstanceError(t("{what}: unknown slot '{slot}'", what=what, slot=unknown[0]))
    return frozenset(value)


def _positive_int(value: Any, what: str, *, allow_zero: bool = False) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InstanceError(t("{what}: expected an integer, got {value}", what=what,
                              value=repr(value)))
    if value < 0 or (value == 0 and not allow_zero):
        raise InstanceError(t("{what}: must be {bound}, got {value}", what=what,
                              bound=">= 0" if allow_zero else "> 0", value=value))
    return value


def instance_from_dict(d: Any) -> Instance:
    """Build an `Instance` from parsed `b2b-instance/1` JSON, checking ids and references.

    Any malformed shape (a list where an object belongs, a list as an id...) is an
    InstanceError with one sentence, never a TypeError from deep inside.
    """
    try:
        return _instance_from_dict(d)
    except (TypeError, AttributeError) as exc:
        raise InstanceError(
            t("the file does not have the shape of a b2b-instance/1 instance ({reason})",
              reason=str(exc))
        ) from exc


def _instance_from_dict(d: Any) -> Instance:
    if not isinstance(d, Mapping):
        raise InstanceError(t("not a b2b-instance/1 object"))
    if d.get("format") != INSTANCE_FORMAT:
        raise InstanceError(t("format is {found}, expected '{expected}'",
                              found=repr(d.get("format")), expected=INSTANCE_FORMAT))
    raw_slots = _need(d, "slots", "instance")
    raw_tables = _need(d, "tables", "instance")
    if not isinstance(raw_slots, list) or not raw_slots:
        raise InstanceError(t("instance has no slots"))
    if not isinstance(raw_tables, list) or not raw_tables:
        raise InstanceError(t("instance has no tables"))
    slots = tuple(
        Slot(
            _str_id(_need(s, "id", "slot"), "slot"), str(s.get("start", "")), str(s.get("end", ""))
        )
        for s in raw_slots
    )
    tables = tuple(
        Table(_str_id(_need(t, "id", "table"), "table"), str(t.get("zone", ""))) for t in raw_tables
    )
    slot_ids = _unique((s.id for s in slots), "slot")
    table_ids = _unique((t.id for t in tables), "table")

    participants = []
    for p in d.get("participants", []):
        pid = _str_id(_need(p, "id", "participant"), "participant")
        table = p.get("table")
        if table is not None and table not in table_ids:
            raise InstanceError(t("participant {id}: unknown table '{table}'", id=pid,
                                  table=table))
        cap = p.get("max_meetings")
        participants.append(
            Participant(
                id=pid,
                company=str(p.get("company", "")),
                name=str(p.get("name", "")),
                available=_id_set(p.get("available"), slot_ids, f"participant {pid}"),
                table=table,
                max_meetings=None
                if cap is None
                else _positive_int(cap, f"participant {pid} max_meetings", allow_zero=True),
                absent=bool(p.get("absent", False)),
            )
        )
    part_ids = _unique((p.id for p in participants), "participant")

    requests = []
    for r in d.get("requests", []):
        rid = _str_id(_need(r, "id", "request"), "request")
        a, b = _need(r, "a", f"request {rid}"), _need(r, "b", f"request {rid}")
        for who in (a, b):
            if who not in part_ids:
                raise InstanceError(t("request {id}: unknown participant '{who}'", id=rid,
                                      who=who))
        if a == b:
            raise InstanceError(t("request {id}: a participant cannot meet themselves ({who})",
                                  id=rid, who=a))
        requests.append(
            Request(
                id=rid,
                a=a,
                b=b,
                weight=_positive_int(r.get("weight", 1), f"request {rid} weight"),
                slots=_id_set(r.get("slots"), slot_ids, f"request {rid}"),
            )
        )
    req_ids = _unique((r.id for r in requests), "request")

    now = d.get("now")
    if now is not None and now not in slot_ids:
        raise InstanceError(t("now: unknown slot '{slot}'", slot=now))

    meetings = []
    for m in d.get("meetings", []) or []:
        rid = _need(m, "request", "meeting")
        if rid not in req_ids:
            raise InstanceError(t("meeting: unknown request '{id}'", id=rid))
        sid, tid = _need(m, "slot", f"meeting {rid}"), _need(m, "table", f"meeting {rid}")
        if sid not in slot_ids:
            raise InstanceError(t("meeting {id}: unknown slot '{slot}'", id=rid, slot=sid))
        if tid not in table_ids:
            raise InstanceError(t("meeting {id}: unknown table '{table}'", id=rid, table=tid))
        meetings.append(PlacedMeeting(rid, sid, tid, bool(m.get("locked", False))))
    _unique((m.request for m in meetings), "meeting request")

    instance = Instance(
        name=str(d.get("name", "")),
        slots=slots,
        tables=tables,
        participants=tuple(participants),
        requests=tuple(requests),
        now=now,
        meetings=tuple(meetings),
    )
    conflicts = frozen_conflicts(instance)
    if conflicts:
        raise InstanceError(" ".join(conflicts) + " " + t("Nothing was written."))
    return instance


def load_instance(path: str | Path) -> Instance:
    """Read a `b2b-instance/1` file; any unreadable or inconsistent file is an InstanceError."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InstanceError(t("cannot read {path}: {reason}", path=path,
                              reason=e.__class__.__name__)) from e
    try:
        data = json.loads(text)
    except ValueError as e:
        raise InstanceError(t("{path} is not JSON (line {line})", path=path,
                              line=getattr(e, "lineno", "?"))) from e
    return instance_from_dict(data)


def instance_to_dict(instance: Instance) -> dict[str, Any]:
    """The `b2b-instance/1` form of an instance; optional fields are left out when unset."""
    order = [s.id for s in instance.slots]

    def ordered(ids: frozenset[str]) -> list[str]:
        return [s for s in order if s in ids]

    participants = []
    for p in instance.participants:
        pd: dict[str, Any] = {"id": p.id, "company": p.company, "name": p.name}
        if p.available is not None:
            pd["available"] = ordered(p.available)
        if p.table is not None:
            pd["table"] = p.table
        if p.max_meetings is not None:
            pd["max_meetings"] = p.max_meetings
        if p.absent:
            pd["absent"] = True
        participants.append(pd)
    requests = []
    for r in instance.requests:
        rd: dict[str, Any] = {"id": r.id, "a": r.a, "b": r.b, "weight": r.weight}
        if r.slots is not None:
            rd["slots"] = ordered(r.slots)
        requests.append(rd)
    d: dict[str, Any] = {
        "format": INSTANCE_FORMAT,
        "name": instance.name,
        "slots": [{"id": s.id, "start": s.start, "end": s.end} for s in instance.slots],
        "tables": [{"id": t.id, "zone": t.zone} for t in instance.tables],
        "participants": participants,
        "requests": requests,
    }
    if instance.now is not None:
        d["now"] = instance.now
    if instance.meetings:
        d["meetings"] = [
            {"request": m.request, "slot": m.slot, "table": m.table, "locked": m.locked}
            for m in instance.meetings
        ]
    return d


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    """The `b2b-schedule/1` form of a schedule."""
    st = schedule.stats
    return {
        "format": SCHEDULE_FORMAT,
        "instance": schedule.instance,
        "meetings": [
            {"request": m.request, "slot": m.slot, "table": m.table} for m in schedule.meetings
        ],
        "unscheduled": list(schedule.unscheduled),
        "stats": {
            "weight": st.weight,
            "upper_bound": st.upper_bound,
            "status": st.status,
            "seconds": round(st.seconds, 3),
            "changed": st.changed,
            "holes": st.holes,
            "holes_lower_bound": st.holes_lower_bound,
        },
    }


def meetings_from_schedule_dict(d: Mapping[str, Any]) -> tuple[PlacedMeeting, ...]:
    """The meetings of a `b2b-schedule/1` object, e.g. to feed them back as re-solve input."""
    if d.get("format") != SCHEDULE_FORMAT:
        raise InstanceError(t("format is {found}, expected '{expected}'",
                              found=repr(d.get("format")), expected=SCHEDULE_FORMAT))
    return tuple(
        PlacedMeeting(str(m["request"]), str(m["slot"]), str(m["table"]), bool(m.get("locked")))
        for m in d.get("meetings", [])
    )
