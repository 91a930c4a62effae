"""Reading and writing b2b-instance/1 and b2b-schedule/1."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desk_app.scheduling import (
    InstanceError,
    PlacedMeeting,
    instance_from_dict,
    instance_to_dict,
    load_instance,
    schedule_to_dict,
    solve,
)

from .conftest import SHARED

BASE: dict[str, Any] = {
    "format": "b2b-instance/1",
    "name": "tiny",
    "slots": [{"id": "S1", "start": "09:00", "end": "09:20"}, {"id": "S2"}],
    "tables": [{"id": "T1", "zone": "A"}],
    "participants": [
        {"id": "A", "company": "Acme", "name": "Ann", "available": ["S1"], "max_meetings": 3},
        {"id": "B", "table": "T1"},
        {"id": "C", "absent": True},
    ],
    "requests": [{"id": "R1", "a": "A", "b": "B", "weight": 3, "slots": ["S1"]}],
    "now": "S1",
    "meetings": [{"request": "R1", "slot": "S1", "table": "T1", "locked": True}],
}


def test_round_trip_keeps_everything() -> None:
    inst = instance_from_dict(BASE)
    assert inst.participants[0].available == frozenset({"S1"})
    assert inst.participants[1].table == "T1"
    assert inst.participants[2].absent
    assert inst.meetings == (PlacedMeeting("R1", "S1", "T1", locked=True),)
    assert instance_from_dict(instance_to_dict(inst)) == inst


def _broken(path: str, value: Any) -> dict[str, Any]:
    d = copy.deepcopy(BASE)
    target: Any = d
    keys = path.split(".")
    for k in keys[:-1]:
        target = target[int(k)] if k.isdigit() else target[k]
    last = keys[-1]
    if value is KeyError:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return d


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ("format", "b2b-instance/2", "format"),
        ("slots", [], "no slots"),
        ("tables", [], "no tables"),
        ("slots.1.id", "S1", "duplicate slot"),
        ("participants.1.id", "A", "duplicate participant"),
        ("participants.1.table", "T9", "unknown table"),
        ("participants.0.available", ["S7"], "unknown slot"),
        ("requests.0.b", "Z", "unknown participant"),
        ("requests.0.b", "A", "cannot meet themselves"),
        ("requests.0.weight", 0, "must be > 0"),
        ("requests.0.weight", "3", "expected an integer"),
        ("now", "S9", "unknown slot"),
        ("meetings.0.request", "R9", "unknown request"),
        ("meetings.0.table", "T9", "unknown table"),
        ("requests.0.id", KeyError, "missing field 'id'"),
    ],
)
def test_inconsistent_input_is_one_line_instance_error(path: str, value: Any, reason: str) -> None:
    with pytest.raises(InstanceError, match=reason) as err:
        instance_from_dict(_broken(path, value))
    assert "\n" not in str(err.value)


def test_load_instance_rejects_non_json_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(InstanceError, match="not JSON"):
        load_instance(bad)
    with pytest.raises(InstanceError, match="cannot read"):
        load_instance(tmp_path / "missing.json")
    bad.write_text("[1, 2]")
    with pytest.raises(InstanceError, match="not a b2b-instance/1"):
        load_instance(bad)


def test_schedule_dict_matches_contract() -> None:
    inst = instance_from_dict(BASE)
    d = schedule_to_dict(solve(inst, time_limit=1.0))
    assert d["format"] == "b2b-schedule/1"
    assert d["instance"] == "tiny"
    assert d["meetings"] == [{"request": "R1", "slot": "S1", "table": "T1"}]
    assert d["unscheduled"] == []
    assert set(d["stats"]) == {
        "weight", "upper_bound", "status", "seconds", "changed", "holes", "holes_lower_bound",
        "shortfall", "fewest_meetings",
    }
    assert d["stats"]["shortfall"] == 0
    json.dumps(d)


def test_shared_benchmarks_load() -> None:
    files = sorted((SHARED / "benchmarks").glob("*/*.json"))
    if not files:
        pytest.skip("shared benchmarks not found")
    for f in files:
        assert load_instance(f).requests
