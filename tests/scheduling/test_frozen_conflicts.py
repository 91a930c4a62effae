"""Inputs whose fixed meetings cannot all stand are refused with a sentence naming both
meetings, and solve writes nothing (it used to write a schedule the checker rejects)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_app.cli.main import main
from desk_app.scheduling.io import InstanceError, instance_from_dict


def _instance(meetings: list[dict[str, object]]) -> dict[str, object]:
    return {
        "format": "b2b-instance/1", "name": "clash",
        "slots": [{"id": "S1"}, {"id": "S2"}],
        "tables": [{"id": "T1"}, {"id": "T2"}],
        "participants": [{"id": p} for p in ("A", "B", "C", "D")],
        "requests": [{"id": "R1", "a": "A", "b": "B", "weight": 1},
                     {"id": "R2", "a": "C", "b": "D", "weight": 1},
                     {"id": "R3", "a": "A", "b": "C", "weight": 1}],
        "meetings": meetings,
    }


def test_two_locked_meetings_on_one_table_and_round_are_refused() -> None:
    data = _instance([{"request": "R1", "slot": "S1", "table": "T1", "locked": True},
                      {"request": "R2", "slot": "S1", "table": "T1", "locked": True}])
    with pytest.raises(InstanceError, match=r"R1 and R2 are both fixed at table T1"):
        instance_from_dict(data)


def test_one_participant_locked_twice_in_a_round_is_refused() -> None:
    data = _instance([{"request": "R1", "slot": "S1", "table": "T1", "locked": True},
                      {"request": "R3", "slot": "S1", "table": "T2", "locked": True}])
    with pytest.raises(InstanceError, match=r"R1 and R3 both fix A in round S1"):
        instance_from_dict(data)


def test_unlocked_overlaps_are_left_to_the_solver() -> None:
    data = _instance([{"request": "R1", "slot": "S1", "table": "T1", "locked": True},
                      {"request": "R2", "slot": "S1", "table": "T1"}])
    assert len(instance_from_dict(data).meetings) == 2


def test_solve_names_both_meetings_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(_instance(
        [{"request": "R1", "slot": "S1", "table": "T1", "locked": True},
         {"request": "R2", "slot": "S1", "table": "T1", "locked": True}])), encoding="utf-8")
    out = tmp_path / "schedule.json"
    code = main(["solve", str(path), "--out", str(out)])
    assert code == 2
    assert "R1 and R2" in capsys.readouterr().err
    assert not out.exists()
