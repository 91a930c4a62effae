"""Fairness floors (contract quality step 0): shortfall is minimised before weight."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from desk_app.scheduling import instance_from_dict, schedule_to_dict
from desk_app.scheduling.solver import solve

from .conftest import SHARED


def _instance(**floors: Any) -> dict[str, Any]:
    # One round, one table: A can meet B (worth 5) or C (worth 1), not both.
    return {
        "format": "b2b-instance/1", "name": "floor", "slots": [{"id": "S1"}],
        "tables": [{"id": "T1"}],
        "participants": [{"id": p, **({"min_meetings": floors[p]} if p in floors else {})}
                         for p in ("A", "B", "C")],
        "requests": [{"id": "AB", "a": "A", "b": "B", "weight": 5},
                     {"id": "AC", "a": "A", "b": "C", "weight": 1}],
    }


def test_without_floors_the_heavier_meeting_wins() -> None:
    schedule = solve(instance_from_dict(_instance()), time_limit=2.0)
    assert [m.request for m in schedule.meetings] == ["AB"]
    assert schedule.stats.shortfall == 0


def test_a_floor_comes_before_weight() -> None:
    schedule = solve(instance_from_dict(_instance(C=1)), time_limit=2.0)
    assert [m.request for m in schedule.meetings] == ["AC"]
    assert schedule.stats.shortfall == 0
    assert schedule.stats.status == "optimal"


def test_two_floors_that_cannot_both_be_met_leave_a_shortfall_of_one(tmp_path: Path) -> None:
    data = _instance(B=1, C=1)
    schedule = solve(instance_from_dict(data), time_limit=2.0)
    assert schedule.stats.shortfall == 1
    assert [m.request for m in schedule.meetings] == ["AB"]  # then weight decides
    inst_path, sched_path = tmp_path / "i.json", tmp_path / "s.json"
    inst_path.write_text(json.dumps(data), encoding="utf-8")
    sched_path.write_text(json.dumps(schedule_to_dict(schedule)), encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "check_schedule.py"), str(inst_path),
         str(sched_path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "shortfall" in checked.stdout


def test_the_instance_default_floor_applies_to_everyone() -> None:
    data = _instance()
    data["min_meetings"] = 1
    schedule = solve(instance_from_dict(data), time_limit=2.0)
    assert schedule.stats.shortfall == 1  # B or C goes without
    assert schedule.stats.fewest_meetings == 0
