"""`desk-app import participants|requests FILE [--preview] [--map COLUMN=FIELD]`."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.cli.main import main
from desk_app.db.engine import Database
from desk_app.db.models import Participant
from tests.importing.conftest import count


def _db(db: Database) -> str:
    return db.url.removeprefix("sqlite:///")


def test_preview_writes_nothing_and_says_what_it_would_do(
    db: Database, event_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_text("Firme;Personne;Dispo;Stand\nNeuve SA;Anne;14:00-14:40;B2\n",
                    encoding="utf-8")
    before = count(db, Participant)
    assert main(["--db", _db(db), "import", "participants", str(path), "--preview"]) == 2
    out = capsys.readouterr().out
    assert "Columns found: 'Firme', 'Personne', 'Dispo', 'Stand'" in out
    assert main(["--db", _db(db), "import", "participants", str(path), "--preview",
                 "--map", "Firme=company", "--map", "Personne=last_name"]) == 0
    out = capsys.readouterr().out
    assert "Dispo -> Availability" in out
    assert "ignored columns: Stand" in out
    assert "1 new, 0 changed, 0 unchanged, 6 no longer in the file (kept)" in out
    assert count(db, Participant) == before

    assert main(["--db", _db(db), "import", "participants", str(path),
                 "--map", "Firme=company", "--map", "Stand="]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 participant into 'Tiny'." in out
    assert "1 new, 0 changed, 0 unchanged, 6 no longer in the file (kept)" in out
    assert count(db, Participant) == before + 1


def test_a_bad_map_is_a_sentence(db: Database, event_id: int, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Société\nA\n", encoding="utf-8")
    assert main(["--db", _db(db), "import", "participants", str(path),
                 "--map", "Société=colour"]) != 0
    assert "--map needs COLUMN=FIELD" in capsys.readouterr().err


def test_requests_preview_says_how_the_priority_is_read(
    db: Database, event_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "souhaits.csv"
    path.write_text("Demandeur;Invité;Choix\nP1;P3;1\nP1;P2;2\n", encoding="utf-8")
    assert main(["--db", _db(db), "import", "requests", str(path), "--preview"]) == 0
    out = capsys.readouterr().out
    assert "'Choix' read as a rank: 1 is the first choice and weighs the most" in out
    assert "1 new, 1 changed, 0 unchanged, 2 no longer in the file (kept)" in out
