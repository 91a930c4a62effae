"""Helpers for scheduler tests: compact instance builder and the independent checker."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from desk_app.scheduling import (
    Instance,
    Participant,
    PlacedMeeting,
    Request,
    Schedule,
    Slot,
    Table,
    instance_to_dict,
    schedule_to_dict,
)
from desk_app.scheduling.validate import validate

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
CHECKER = SHARED / "tools" / "check_schedule.py"


def make(
    *,
    slots: int = 3,
    tables: int = 2,
    participants: Iterable[str | Participant] = ("A", "B", "C", "D"),
    requests: Iterable[tuple[str, str, str, int] | Request] = (),
    now: str | None = None,
    meetings: Sequence[PlacedMeeting] = (),
) -> Instance:
    """Slots S1.., tables T1..; participants by id (or full objects); requests as
    (id, a, b, weight) tuples (or full objects)."""
    return Instance(
        name="test",
        slots=tuple(Slot(f"S{i + 1}") for i in range(slots)),
        tables=tuple(Table(f"T{i + 1}") for i in range(tables)),
        participants=tuple(
            p if isinstance(p, Participant) else Participant(p) for p in participants
        ),
        requests=tuple(r if isinstance(r, Request) else Request(*r) for r in requests),
        now=now,
        meetings=tuple(meetings),
    )


def run_checker(instance: Instance, schedule: Schedule, tmp_path: Path) -> dict[str, Any]:
    """The shared checker's verdict; skips the test when the checker is not there."""
    if not CHECKER.exists():
        pytest.skip("shared/tools/check_schedule.py not found")
    inst_file, sched_file = tmp_path / "inst.json", tmp_path / "sched.json"
    inst_file.write_text(json.dumps(instance_to_dict(instance)))
    sched_file.write_text(json.dumps(schedule_to_dict(schedule)))
    out = subprocess.run(
        [sys.executable, str(CHECKER), str(inst_file), str(sched_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def assert_valid(instance: Instance, schedule: Schedule, tmp_path: Path | None = None) -> None:
    """Valid for the in-process validator and (when a tmp_path is given) for the checker,
    with the same weight, changed and holes as the schedule's stats."""
    assert validate(instance, schedule) == []
    if tmp_path is not None:
        res = run_checker(instance, schedule, tmp_path)
        assert res["valid"], res["errors"]
        st = schedule.stats
        assert (res["weight"], res["changed"], res["holes"]) == (st.weight, st.changed, st.holes)


def slot_of(schedule: Schedule) -> dict[str, str]:
    return {m.request: m.slot for m in schedule.meetings}
