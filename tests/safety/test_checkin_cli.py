"""``desk-app checkin CODE``: exit 0 / 3 / 4 with one line, refusals write nothing, and
many processes at once on the same database count a badge once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.badges.codes import make_badge_code
from desk_app.cli.main import main
from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, ChangeLog, CheckIn, Participant
from tests.conftest import make_tiny_event
from tests.multidesk.desks import REPO_ROOT, badge_codes


def _db_file(db: Database) -> str:
    return db.url.removeprefix("sqlite:///")


def _written(db: Database) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (CheckIn, AuditEntry, ChangeLog))


def test_exit_status_and_one_line_per_answer(db: Database,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    event_id = make_tiny_event(db)
    code = badge_codes(db, event_id)["Contact 1"]
    path = _db_file(db)
    assert main(["--db", path, "--desk", "Desk 2", "checkin", code]) == 0
    ok = capsys.readouterr().out.splitlines()
    assert len(ok) == 1
    assert ok[0].startswith("OK: Contact 1 (Société 1) checked in at ")
    assert ok[0].endswith(" at Desk 2")
    assert main(["--db", path, "--desk", "Desk 1", "checkin", f" {code.lower()}\r"]) == 3
    already = capsys.readouterr().out.splitlines()
    assert len(already) == 1
    assert already[0].startswith("ALREADY: Contact 1 (Société 1) already checked in at ")
    assert already[0].endswith(" at Desk 2")  # where the first check-in happened
    with db.session() as s:
        assert s.scalars(select(CheckIn.desk)).all() == ["Desk 2"]


@pytest.mark.parametrize(("raw", "reason"), [
    ("XXXXX-P1-ABCDEFGH", "REFUSED: This badge belongs to another event."),
    ("TINY1-P1-AAAAAAAA", "REFUSED: This badge code is not valid (mistyped or altered)."),
    ("\x1b[2J\x00" + "Z" * 100_000, "REFUSED: This is not a badge code of this app."),
    ("   ", "REFUSED: Nothing was scanned."),
])
def test_refusals_exit_4_and_write_nothing(db: Database, raw: str, reason: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    make_tiny_event(db)
    before = _written(db)
    assert main(["--db", _db_file(db), "checkin", raw]) == 4
    assert capsys.readouterr().out.splitlines() == [reason]
    assert _written(db) == before


def test_a_badge_of_a_removed_participant_is_refused(db: Database,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    make_tiny_event(db)
    orphan = make_badge_code("s3cret" * 8, "TINY1", "P99")  # signed, but nobody holds it
    assert main(["--db", _db_file(db), "checkin", orphan]) == 4
    assert "nobody holds it" in capsys.readouterr().out


def test_names_cannot_send_control_characters_to_the_terminal(
        db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    event_id = make_tiny_event(db)
    with db.session() as s:
        person = s.scalars(select(Participant).where(Participant.ext_id == "P1")).one()
        person.contact_name = "Eve\x1b]0;pwned\x07"
    code = badge_codes(db, event_id)["Eve\x1b]0;pwned\x07"]
    assert main(["--db", _db_file(db), "checkin", code]) == 0
    assert "\x1b" not in capsys.readouterr().out


def test_many_processes_scanning_one_badge_at_once_count_it_once(db: Database) -> None:
    event_id = make_tiny_event(db)
    code = badge_codes(db, event_id)["Contact 3"]
    procs = [subprocess.Popen(
        [sys.executable, "-m", "desk_app", "--db", _db_file(db), "--desk", f"Desk {n}",
         "checkin", code], cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True) for n in range(4)]
    results = [(p.wait(timeout=120), p.communicate()[0]) for p in procs]
    assert sorted(rc for rc, _ in results) == [0, 3, 3, 3]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CheckIn)) == 1


def test_queue_option_on_a_reachable_server(db: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    event_id = make_tiny_event(db)
    code = badge_codes(db, event_id)["Contact 2"]
    queue = str(tmp_path / "queue.sqlite")
    assert main(["--db", _db_file(db), "checkin", code, "--queue", queue]) == 0
    assert capsys.readouterr().out.startswith("OK: Contact 2")
    assert main(["--db", _db_file(db), "checkin", "--sync", "--queue", queue]) == 0
    assert capsys.readouterr().out.startswith("SYNCED: 0 sent")
    assert main(["--db", _db_file(db), "checkin"]) == 2
