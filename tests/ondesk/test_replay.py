"""The file-based re-solve: exported results pass the independent checker."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.ondesk.replay import resolve_instance
from desk_app.scheduling.io import instance_from_dict, instance_to_dict, schedule_to_dict
from desk_app.scheduling.model import Instance
from tests.conftest import CHECKER


def _instance(*, locked: bool = False, now: str | None = None,
              absent: tuple[str, ...] = ()) -> Instance:
    return instance_from_dict({
        "format": "b2b-instance/1", "name": "crowded",
        "slots": [{"id": f"S{i}"} for i in (1, 2, 3)],
        "tables": [{"id": "T1"}, {"id": "T2"}],
        "participants": [{"id": f"P{i}", "absent": f"P{i}" in absent} for i in range(1, 7)],
        "requests": [{"id": "R1", "a": "P1", "b": "P2"}, {"id": "R2", "a": "P3", "b": "P4"},
                     {"id": "X1", "a": "P1", "b": "P5"},
                     {"id": "N1", "a": "P1", "b": "P3", "weight": 2}],
        "now": now,
        "meetings": [{"request": "R1", "slot": "S1", "table": "T1", "locked": locked},
                     {"request": "R2", "slot": "S2", "table": "T1", "locked": locked},
                     {"request": "X1", "slot": "S3", "table": "T1", "locked": locked}],
    })


def _check(tmp_path: Path, inst: Instance, schedule: dict[str, object]) -> dict[str, object]:
    (tmp_path / "i.json").write_text(json.dumps(instance_to_dict(inst)))
    (tmp_path / "s.json").write_text(json.dumps(schedule))
    done = subprocess.run([sys.executable, str(CHECKER), str(tmp_path / "i.json"),
                           str(tmp_path / "s.json")], capture_output=True, text=True,
                          check=False)
    verdict: dict[str, object] = json.loads(done.stdout)
    assert done.returncode == 0, verdict
    return verdict


def test_one_move_makes_room_and_the_checker_agrees(tmp_path: Path) -> None:
    inst = _instance()
    result = resolve_instance(inst, candidates=["N1"])
    assert result.placed_by_repair == ("N1",)
    assert len(result.moved) == 1
    verdict = _check(tmp_path, inst, schedule_to_dict(result.schedule))
    assert verdict["changed"] == 1
    assert verdict["weight"] == 5
    greedy_fill = resolve_instance(inst, candidates=["N1"], allow_moves=False)
    assert greedy_fill.schedule.stats.weight == 3
    assert "N1" in greedy_fill.schedule.unscheduled


def test_locked_meetings_stay_and_the_wish_stays_unscheduled(tmp_path: Path) -> None:
    inst = _instance(locked=True)
    result = resolve_instance(inst, candidates=["N1"])
    assert result.moved == ()
    assert "N1" in result.schedule.unscheduled
    _check(tmp_path, inst, schedule_to_dict(result.schedule))


@pytest.mark.parametrize("now", ["S2", "S3"])
def test_absent_people_free_their_open_meetings_but_the_past_stays(
    tmp_path: Path, now: str,
) -> None:
    inst = _instance(now=now, absent=("P4",))
    result = resolve_instance(inst, candidates=["N1"])
    placed = {m.request: (m.slot, m.table) for m in result.schedule.meetings}
    assert placed["R1"] == ("S1", "T1")
    if now == "S2":
        assert "R2" not in placed  # P4 is absent and S2 is still open
        assert placed["N1"][0] == "S2"
    else:
        assert placed["R2"] == ("S2", "T1")  # past: kept whatever the flags say
    _check(tmp_path, inst, schedule_to_dict(result.schedule))


def test_a_capped_participant_gets_no_extra_meeting(tmp_path: Path) -> None:
    inst = _instance()
    capped = tuple(dataclasses.replace(p, max_meetings=2) if p.id == "P1" else p
                   for p in inst.participants)
    inst = dataclasses.replace(inst, participants=capped)
    result = resolve_instance(inst, candidates=["N1"])
    assert "N1" in result.schedule.unscheduled
    _check(tmp_path, inst, schedule_to_dict(result.schedule))
