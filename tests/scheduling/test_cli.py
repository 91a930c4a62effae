"""`desk-app solve`: exit 0 with one summary line, exit 2 with a one-line reason."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli.main import main
from desk_app.scheduling import instance_to_dict, load_instance

from .conftest import REPO_ROOT, make, run_checker


def desk_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desk_app.cli.main", *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        check=False,
        timeout=60,
    )


def test_solve_writes_a_valid_schedule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inst = make(requests=[("R1", "A", "B", 2), ("R2", "C", "D", 1), ("R3", "A", "C", 1)])
    src, out = tmp_path / "inst.json", tmp_path / "out.json"
    src.write_text(json.dumps(instance_to_dict(inst)))
    assert main(["solve", str(src), "--out", str(out), "--time-limit", "2"]) == 0
    stdout = capsys.readouterr().out
    assert len(stdout.strip().splitlines()) == 1
    assert "weight 4" in stdout
    sched = json.loads(out.read_text())
    assert sched["format"] == "b2b-schedule/1"
    from desk_app.scheduling import Schedule, SolveStats
    from desk_app.scheduling.io import meetings_from_schedule_dict

    st = sched["stats"]
    schedule = Schedule(
        "test",
        meetings_from_schedule_dict(sched),
        tuple(sched["unscheduled"]),
        SolveStats(st["weight"], st["upper_bound"], st["status"], 0.0, st["changed"], st["holes"]),
    )
    assert run_checker(load_instance(src), schedule, tmp_path)["valid"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot read"),
        ("{oops", "not JSON"),
        ('{"format": "other"}', "format"),
        ('{"format": "b2b-instance/1", "slots": [], "tables": []}', "no slots"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, reason: str
) -> None:
    # in-process (the CLI's start-up is slow to repeat); an exception would fail the test
    src = tmp_path / "inst.json"
    if content is not None:
        src.write_text(content)
    assert main(["solve", str(src), "--out", str(tmp_path / "out.json")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert reason in lines[0]
    assert not (tmp_path / "out.json").exists()


def test_bad_input_exits_2_without_traceback_as_a_process(tmp_path: Path) -> None:
    src = tmp_path / "inst.json"
    src.write_text("{oops")
    res = desk_app("solve", str(src), "--out", str(tmp_path / "out.json"))
    assert res.returncode == 2
    assert res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.stderr


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "inst.json"
    src.write_text(json.dumps(instance_to_dict(make(requests=[("R1", "A", "B", 1)]))))
    out = tmp_path / "no" / "such" / "dir.json"
    assert main(["solve", str(src), "--out", str(out), "--time-limit", "1"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_malformed_shapes_are_instance_errors() -> None:
    from desk_app.scheduling.io import InstanceError, instance_from_dict

    base = {"format": "b2b-instance/1",
            "slots": [{"id": "S1", "start": "2026-12-03T10:00", "end": "2026-12-03T10:20"}],
            "tables": [{"id": "T1"}], "participants": [{"id": "A"}, {"id": "B"}],
            "requests": []}
    for broken in ({**base, "participants": 5},
                   {**base, "requests": [{"id": "R", "a": ["A"], "b": "B"}]},
                   {**base, "meetings": {"request": "R"}}):
        with pytest.raises(InstanceError):
            instance_from_dict(broken)
