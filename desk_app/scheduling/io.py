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
# Weights, caps and floors go into CP-SAT (64-bit sums) and the database (PostgreSQL
# INTEGER): anything beyond a 32-bit integer is refused with a sentence at the door.
MAX_INTEGER = 2**31 - 1


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
    if value > MAX_INTEGER:
        raise InstanceError(t("{what}: {value} is too large (at most {limit})", what=what,
                              value=value if value < 10**30 else "a number of "
                              f"{len(str(value))} digits", limit=f"{MAX_INTEGER:,}"))
    return value


def _optional_count(value: Any, what: str) -> int | None:
    return None if value is None else _positive_int(value, what, allow_zero=True)


def instance_from_dict(d: Any) -> Instance:
    """Build an `Instance` from parsed `b2b-instance/1` JSON, checking ids and references.

    Any malformed shape (a list where an object belongs, a list as an id...) is an
    InstanceError with one sentence, never a TypeError from deep inside.
    """
    try:
        return _instance_from_dict(d)
    except InstanceError:
        raise
    except (TypeError, AttributeError) as exc:
        raise InstanceError(
            t("the file does not have the shape of a b2b-instance/1 instance ({reason})",
              reason=str(exc)[:200])
        ) from exc
    except RecursionError:
        raise InstanceError(
            t("the file is nested too deeply to be a b2b-instance/1 instance")
        ) from None
    except (OverflowError, ValueError) as exc:  # e.g. str() of an integer of 10,000 digits
        raise InstanceError(
            t("the file holds a value that cannot be read ({reason})", reason=str(exc)[:200])
        ) from None


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
        participants.append(
            Participant(
                id=pid,
                company=str(p.get("company", "")),
                name=str(p.get("name", "")),
                available=_id_set(p.get("available"), slot_ids, f"participant {pid}"),
                table=table,
                max_meetings=_optional_count(p.get("max_meetings"),
                                             f"participant {pid} max_meetings"),
                absent=bool(p.get("absent", False)),
                min_meetings=_optional_count(p.get("min_meetings"),
                                             f"participant {pid} min_meetings"),
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
        min_meetings=_optional_count(d.get("min_meetings"), "instance min_meetings") or 0,
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
    return instance_from_dict(parse_json(text, str(path)))


def parse_json(text: str, path: str) -> Any:
    """`json.loads`, with every way it can fail on a hostile file as an InstanceError:
    bad syntax, nesting deep enough to exhaust the stack, an integer too long to convert."""
    try:
        return json.loads(text)
    except RecursionError:
        raise InstanceError(t("{path} is nested too deeply to be an instance file",
                              path=path)) from None
    except ValueError as e:  # JSONDecodeError, and the int-digits limit of Python 3.11+
        raise InstanceError(t("{path} is not JSON (line {line})", path=path,
                              line=getattr(e, "lineno", "?"))) from None


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
        if p.min_meetings is not None:
            pd["min_meetings"] = p.min_meetings
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
    if instance.min_meetings:
        d["min_meetings"] = instance.min_meetings
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
            "shortfall": st.shortfall,
            "fewest_meetings": st.fewest_meetings,
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
