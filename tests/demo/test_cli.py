"""The demo, export, import and schedule commands: output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli.main import main
from desk_app.db.engine import open_database
from tests.conftest import CHECKER, SHARED
from tests.ondesk.conftest import make_day


@pytest.fixture
def db_arg(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "desk.sqlite"), "--desk", "Accueil 1"]


def _check_current_schedule(instance: Path, tmp_path: Path) -> None:
    """The shared checker accepts the instance's own meetings as its schedule."""
    data = json.loads(instance.read_text(encoding="utf-8"))
    schedule = tmp_path / "schedule.json"
    schedule.write_text(json.dumps({"format": "b2b-schedule/1", "meetings": [
        {key: m[key] for key in ("request", "slot", "table")} for m in data["meetings"]]}))
    done = subprocess.run([sys.executable, str(CHECKER), str(instance), str(schedule)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


def test_demo_schedule_export_and_check(
    db_arg: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db_arg, "demo", "--profile", "artois", "--no-schedule"]) == 0
    assert "180 participants" in capsys.readouterr().out
    assert main([*db_arg, "schedule", "--greedy"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Scheduled ")
    assert "greedy" in out
    instance = tmp_path / "instance.json"
    assert main([*db_arg, "export", "instance", str(instance)]) == 0
    data = json.loads(instance.read_text(encoding="utf-8"))
    assert len(data["participants"]) == 180
    assert data["meetings"]
    _check_current_schedule(instance, tmp_path)


def test_schedule_prints_progress_and_stores(
    db_arg: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db_arg, "demo", "--profile", "artois", "--no-schedule", "--seed", "2"]) == 0
    assert main([*db_arg, "schedule", "--time-limit", "2"]) == 0
    captured = capsys.readouterr()
    assert "best weight" in captured.err
    assert "bound" in captured.err
    assert "meetings changed in the event" in captured.out


def test_export_and_import_participants(
    db_arg: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db_arg, "demo", "--profile", "metz", "--no-schedule"]) == 0
    out_csv = tmp_path / "participants.csv"
    assert main([*db_arg, "export", "participants", str(out_csv), "--delimiter", ";"]) == 0
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    lines = raw.decode("utf-8-sig").splitlines()
    assert len(lines) == 201
    assert lines[0].startswith("id;company;name;email")
    assert "'+33" in raw.decode("utf-8-sig")  # phone numbers are not formulas

    capsys.readouterr()
    more = tmp_path / "more.csv"
    more.write_text("Société;Nom\nNouvelle Entreprise;Anne Petit\n", encoding="utf-8")
    assert main([*db_arg, "import", "participants", str(more)]) == 0
    assert "Imported 1 participant into" in capsys.readouterr().out


def test_bad_rows_print_one_line_each_and_exit_2(
    db_arg: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db_arg, "demo", "--profile", "artois", "--no-schedule"]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("From;To\nP0001;Nobody\n" + "P0002;P0002\n" * 25, encoding="utf-8")
    capsys.readouterr()
    assert main([*db_arg, "import", "requests", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("desk-app: 26 rows of the file cannot be imported")
    assert err[1] == "  row 2: unknown participant 'Nobody'"
    assert err[2] == "  row 3: a participant cannot meet themselves"
    assert len(err) == 1 + 20 + 1
    assert err[-1] == "  ... and 6 more rows"


def test_import_instance_and_its_errors(
    db_arg: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    artois = SHARED / "benchmarks" / "synthetic" / "artois-1.json"
    assert main([*db_arg, "import", "instance", str(artois), "--name", "Replay"]) == 0
    assert "'Replay': 180 participants, 1349 requests" in capsys.readouterr().out

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main([*db_arg, "import", "instance", str(broken)]) == 2
    assert main([*db_arg, "import", "instance", str(tmp_path / "missing.json")]) == 2
    broken.write_text(json.dumps({"format": "b2b-instance/1", "slots": []}))
    assert main([*db_arg, "import", "instance", str(broken)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert all(line.startswith("desk-app: ") for line in err)
    assert "Traceback" not in "".join(err)


def test_other_bad_inputs_exit_2(db_arg: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*db_arg, "export", "instance", "/tmp/never.json"]) == 2  # no event yet
    assert main([*db_arg, "demo", "--no-schedule", "--mid-day"]) == 2
    assert main([*db_arg, "demo", "--no-schedule"]) == 0
    assert main([*db_arg, "schedule", "--time-limit", "0"]) == 2
    assert main([*db_arg, "demo", "--time-limit", "0"]) == 2  # not "the default"
    assert main([*db_arg, "demo", "--time-limit", "nan", "--no-schedule"]) == 2
    assert main([*db_arg, "schedule", "--from-slot", "S99"]) == 2
    assert main([*db_arg, "export", "instance", "/nonexistent-dir/x.json"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("desk-app: ") == 7


def test_mid_day_demo_exports_a_valid_replay(
    db_arg: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The path `make run` takes: a demo in the middle of its day.
    assert main([*db_arg, "demo", "--mid-day", "--time-limit", "1"]) == 0
    assert "middle of its day" in capsys.readouterr().out
    instance = tmp_path / "replay.json"
    assert main([*db_arg, "export", "instance", str(instance), "--now", "clock"]) == 0
    data = json.loads(instance.read_text(encoding="utf-8"))
    assert data["now"] > "S01"
    _check_current_schedule(instance, tmp_path)


def _mid_round_two(tmp_path: Path) -> list[str]:
    """A tiny event whose clock is inside round 2 (S02), as --db arguments."""
    database = open_database(tmp_path / "tiny.sqlite")
    try:
        make_day(database, placed={"R1": (0, 0), "R2": (2, 1)}, now_slot=1)
    finally:
        database.dispose()
    return ["--db", str(tmp_path / "tiny.sqlite")]


def test_schedule_refuses_to_rewrite_started_rounds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_arg = _mid_round_two(tmp_path)
    assert main([*db_arg, "schedule", "--greedy", "--from-slot", "S01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("desk-app: Round S01 has already started")
    assert "use --from-slot S03 or later" in err
    assert main([*db_arg, "schedule", "--greedy", "--from-slot", "s03"]) == 0  # any case
    assert "from round S03" in capsys.readouterr().out


def test_export_follows_the_clock_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without "now", a mid-day file lists past meetings of people since marked absent
    # as if they were still to come: the checker then refuses the file.
    db_arg = _mid_round_two(tmp_path)
    out = tmp_path / "day.json"
    assert main([*db_arg, "export", "instance", str(out)]) == 0
    assert "rounds before S03 past" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["now"] == "S03"
    assert main([*db_arg, "export", "instance", str(out), "--now", "none"]) == 0
    assert "now" not in json.loads(out.read_text(encoding="utf-8"))


def test_a_reader_gone_away_ends_quietly(tmp_path: Path) -> None:
    db_arg = _mid_round_two(tmp_path)
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `desk-app export participants - | head -0`
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desk_app.cli.main", *db_arg, "export", "participants",
             "-"], stdout=write_end, stderr=subprocess.PIPE, text=True, check=False)
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert done.stderr == ""


def test_a_wrong_db_path_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = tmp_path / "photo.sqlite"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    assert main(["--db", str(picture), "events"]) == 2
    assert capsys.readouterr().err == (
        "desk-app: the database cannot be used (file is not a database).\n")
    assert picture.read_bytes().startswith(b"\x89PNG")  # left as it was
    inside_a_file = tmp_path / "photo.sqlite" / "desk.sqlite"
    assert main(["--db", str(inside_a_file), "events"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("desk-app: cannot use ")
    assert "Traceback" not in err
