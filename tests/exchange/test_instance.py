"""b2b-instance/1 export and import: round trips, the shared checker, bad files."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.db.engine import Database
from desk_app.db.models import Event, Meeting, MeetingRequest, Participant, VenueTable
from desk_app.errors import InvalidInput
from desk_app.exchange import event_to_instance_dict, import_instance_dict
from tests.conftest import CHECKER, SHARED, make_tiny_event

ARTOIS = SHARED / "benchmarks" / "synthetic" / "artois-1.json"


def _sorted(data: dict[str, Any]) -> dict[str, Any]:
    """The instance with every list in a canonical order (the contract's lists of
    participants, requests, meetings are sets; slots keep their time order)."""
    out = copy.deepcopy(data)
    for key in ("tables", "participants", "requests"):
        out[key] = sorted(out[key], key=lambda item: item["id"])
    if "meetings" in out:
        out["meetings"] = sorted(out["meetings"], key=lambda m: m["request"])
    return out


def small_instance() -> dict[str, Any]:
    return {
        "format": "b2b-instance/1",
        "name": "small",
        "slots": [{"id": f"S0{i}", "start": f"2026-12-03T14:{20 * (i - 1):02d}",
                   "end": f"2026-12-03T{14 + i // 3}:{20 * i % 60:02d}"} for i in (1, 2, 3)],
        "tables": [{"id": "T1", "zone": "Hall A"}, {"id": "T2", "zone": "Hall B"}],
        "participants": [
            {"id": "P1", "company": "Métallerie du Nord", "name": "Jeanne Lefèvre",
             "available": ["S01", "S02"], "max_meetings": 2},
            {"id": "P2", "company": "Osmose Conseil", "name": "Éric Caron", "table": "T2"},
            {"id": "P3", "company": "Boulangeries Dupont", "name": "Zoé Martin",
             "absent": True},
            {"id": "P4", "company": "Transports Roux", "name": "Luc Roux"},
        ],
        "requests": [
            {"id": "R1", "a": "P1", "b": "P2", "weight": 3, "slots": ["S01"]},
            {"id": "R2", "a": "P3", "b": "P4", "weight": 2},
            {"id": "R3", "a": "P4", "b": "P2", "weight": 1},
        ],
        "now": "S02",
        "meetings": [
            {"request": "R1", "slot": "S01", "table": "T2", "locked": True},
            {"request": "R3", "slot": "S02", "table": "T2", "locked": False},
        ],
    }


def _import(db: Database, data: dict[str, Any], **kwargs: Any) -> int:
    with db.session() as session:
        return import_instance_dict(session, data, **kwargs).id


def test_benchmark_file_round_trips_exactly(db: Database) -> None:
    data = json.loads(ARTOIS.read_text(encoding="utf-8"))
    event_id = _import(db, data)
    with db.session() as session:
        exported = event_to_instance_dict(session, event_id)
        assert session.scalar(select(func.count()).select_from(Participant)) == 180
    assert _sorted(exported) == _sorted(data)


def test_meetings_locks_absence_and_restrictions_round_trip(db: Database) -> None:
    data = small_instance()
    event_id = _import(db, data, name="Replay")
    with db.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        assert event.name == "Replay"
        assert str(event.date) == "2026-12-03"
        assert len(event.code) == 5
        badge = session.scalar(select(Participant.badge_code).where(Participant.ext_id == "P1"))
        assert badge is not None
        assert badge.startswith(f"{event.code}-P1-")
        exported = event_to_instance_dict(session, event_id, now_slot="S02")
    assert _sorted(exported) == _sorted({**data, "name": "Replay"})


def test_export_without_meetings_and_now_from_an_index(db: Database) -> None:
    event_id = _import(db, small_instance())
    with db.session() as session:
        exported = event_to_instance_dict(session, event_id, now_slot=1, include_meetings=False)
        assert exported["now"] == "S02"
        assert "meetings" not in exported
        with pytest.raises(InvalidInput, match="over"):
            event_to_instance_dict(session, event_id, now_slot=3)
        with pytest.raises(InvalidInput, match="S09"):
            event_to_instance_dict(session, event_id, now_slot="S09")


def test_only_active_requests_and_tables_are_exported(db: Database) -> None:
    event_id = make_tiny_event(db, tables=3)
    with db.session() as session:
        request = session.scalars(select(MeetingRequest).where(MeetingRequest.ext_id == "R2")).one()
        request.status = "withdrawn"
        session.scalars(select(VenueTable).where(VenueTable.label == "T3")).one().active = False
    with db.session() as session:
        exported = event_to_instance_dict(session, event_id)
    assert [r["id"] for r in exported["requests"]] == ["R1", "R3"]
    assert [t["id"] for t in exported["tables"]] == ["T1", "T2"]
    assert exported["slots"][0] == {"id": "S01", "start": "2026-12-03T14:00",
                                    "end": "2026-12-03T14:20"}


def test_shared_checker_reads_an_exported_event(db: Database, tmp_path: Path) -> None:
    event_id = make_tiny_event(db)
    with db.session() as session:
        exported = event_to_instance_dict(session, event_id)
    instance = tmp_path / "instance.json"
    schedule = tmp_path / "schedule.json"
    instance.write_text(json.dumps(exported), encoding="utf-8")
    schedule.write_text(json.dumps({"format": "b2b-schedule/1", "meetings": []}))
    done = subprocess.run([sys.executable, str(CHECKER), str(instance), str(schedule)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["valid"] is True


def _broken(change: str) -> dict[str, Any]:
    data = small_instance()
    if change == "unknown participant":
        data["requests"][0]["b"] = "P9"
    elif change == "duplicate participant":
        data["participants"][1]["id"] = "P1"
    elif change == "bad time":
        data["slots"][1]["start"] = "half past two"
    elif change == "ends before start":
        data["slots"][0]["end"] = "2026-12-03T13:00"
    elif change == "out of order":
        data["slots"][0], data["slots"][1] = data["slots"][1], data["slots"][0]
    elif change == "double booked table":
        data["meetings"][1]["slot"] = "S01"
    elif change == "alike ids":
        data["participants"][1]["id"] = "p-1"
        for request in data["requests"]:
            for side in ("a", "b"):
                if request[side] == "P2":
                    request[side] = "p-1"
    elif change == "not a list":
        data["participants"] = 5
    elif change == "wrong format":
        data["format"] = "something/2"
    return data


@pytest.mark.parametrize("change", [
    "unknown participant", "duplicate participant", "bad time", "ends before start",
    "out of order", "double booked table", "alike ids", "not a list", "wrong format",
])
def test_bad_instances_are_refused_in_one_sentence_and_nothing_is_written(
    db: Database, change: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        _import(db, _broken(change))
    message = str(caught.value)
    assert message.startswith("This instance file cannot be imported:")
    assert "\n" not in message
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
