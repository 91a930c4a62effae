"""The on-day commands tell the desk what to try next, never record a wish twice, and
treat a missing event as a usage error (exit 2), not as "not possible"."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.cli.main import main
from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry
from tests.ondesk.conftest import make_day


def _path(db: Database) -> str:
    return db.url.removeprefix("sqlite:///")


def test_a_refused_walk_in_names_the_options(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # One table, taken in both rounds (P1-P2, then P3-P4): P1 and P5 cannot meet.
    make_day(db, slots=2, tables=1, placed={"R1": (0, 0), "R2": (1, 0)})
    assert main(["--db", _path(db), "walkin", "P1", "P5"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("NOT POSSIBLE: ")
    assert "(Try --moves to move other unlocked meetings or --waitlist to put the wish " \
           "on the wait list.)" in out
    assert main(["--db", _path(db), "walkin", "P1", "P5", "--moves"]) == 1
    out = capsys.readouterr().out
    assert "--moves" not in out  # already tried
    assert "--waitlist" in out


def test_a_wish_goes_on_the_wait_list_once(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    make_day(db, slots=2, tables=1, placed={"R1": (0, 0), "R2": (1, 0)})
    assert main(["--db", _path(db), "walkin", "P1", "P5", "--waitlist"]) == 1
    assert capsys.readouterr().out.startswith("WAITLISTED: ")
    with db.session() as s:
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
    assert main(["--db", _path(db), "walkin", "P5", "P1", "--waitlist"]) == 1
    assert "is already on the wait list" in capsys.readouterr().out
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == entries
    assert main(["--db", _path(db), "waitlist"]) == 1  # nothing fits...
    captured = capsys.readouterr()
    # ... but the desk sees what is waiting.
    assert "Waiting: Société 1 – Société 5" in captured.out
    assert "No wait-list wish fits right now." in captured.err


def test_no_show_offers_point_to_the_list_that_shows_them(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # P1-P2 in round 0, P1-P3 wished but unscheduled: P2's no-show frees round 0.
    make_day(db, slots=1, tables=1, extra=[("P1", "P3")], placed={"R1": (0, 0)})
    assert main(["--db", _path(db), "noshow", "P2"]) == 0
    out = capsys.readouterr().out
    assert "now fit: see 'desk-app waitlist --all'" in out
    assert main(["--db", _path(db), "waitlist", "--all"]) == 0
    assert "Société 1 – Société 3 fits at 14:00" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["cancel", "1"], ["undo"]])
def test_no_event_is_a_usage_error(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "empty.sqlite"), *command]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("desk-app: There is no event in this database yet")
