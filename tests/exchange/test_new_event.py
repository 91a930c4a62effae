"""An organiser's own event from the command line: created empty, filled from their
lists, scheduled, exported for the checker."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli.main import main
from tests.conftest import CHECKER


@pytest.fixture
def db_arg(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "desk.sqlite"), "--desk", "Accueil 1"]


def test_from_nothing_to_a_checked_schedule(
    db_arg: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db_arg, "new-event", "Rencontres Lens 2026", "--date", "2026-12-03",
                 "--rounds", "09:00x3", "--rounds", "14h00x2", "--minutes", "30",
                 "--tables", "2", "--venue", "Stade Bollaert"]) == 0
    out = capsys.readouterr().out
    assert "Created event 1 'Rencontres Lens 2026' on 2026-12-03: 5 rounds from 09:00 " \
           "to 15:00, 2 tables." in out
    assert "desk-app import participants" in out  # what to do next

    people = tmp_path / "inscrits.csv"
    people.write_bytes("Société;Nom;Courriel\nMétallerie Œuvre & Fils;Jérôme Dupré;\n"
                       "Boulangerie Lefèvre;Amélie Lefèvre;amelie@lefevre.fr\n"
                       "Crêperie de l'Écluse;Noël Bénard;\n".encode("cp1252"))
    assert main([*db_arg, "import", "participants", str(people)]) == 0
    wishes = tmp_path / "souhaits.csv"
    # "OE" for "Œ": how the name gets typed on a keyboard without the ligature.
    wishes.write_text("Demandeur,Invité,Créneaux\nMETALLERIE OEUVRE & FILS,"
                      "amelie@lefevre.fr,matin\nP0003,P0001,\n", encoding="utf-8")
    assert main([*db_arg, "import", "requests", str(wishes)]) == 0
    assert "Imported 2 requests" in capsys.readouterr().out
    assert main([*db_arg, "schedule", "--greedy"]) == 0
    assert capsys.readouterr().out.startswith("Scheduled 2 meetings")

    instance = tmp_path / "lens.json"
    assert main([*db_arg, "export", "instance", str(instance)]) == 0
    data = json.loads(instance.read_text(encoding="utf-8"))
    assert [s["start"] for s in data["slots"]][-2:] == ["2026-12-03T14:00",
                                                        "2026-12-03T14:30"]
    schedule = tmp_path / "schedule.json"
    schedule.write_text(json.dumps({"format": "b2b-schedule/1", "meetings": [
        {key: m[key] for key in ("request", "slot", "table")} for m in data["meetings"]]}))
    done = subprocess.run([sys.executable, str(CHECKER), str(instance), str(schedule)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize(("options", "message"), [
    (["--date", "03/12/2026", "--rounds", "9x3", "--tables", "3"], "write it as YYYY-MM-DD"),
    (["--date", "2026-12-03", "--rounds", "9h", "--tables", "3"], "e.g. 09:00x7"),
    (["--date", "2026-12-03", "--rounds", "9:00x10", "--rounds", "10:00x2",
      "--tables", "3"], "start before the previous ones end (12:20)"),
    (["--date", "2026-12-03", "--rounds", "23:00x5", "--tables", "3"], "past midnight"),
    (["--date", "2026-12-03", "--rounds", "9x3", "--tables", "0"], "between 1 and 5,000"),
    (["--date", "2026-12-03", "--rounds", "9x3", "--tables", "3", "--minutes", "2"],
     "between 5 and 240 minutes"),
])
def test_bad_event_settings_are_one_sentence(
    db_arg: list[str], options: list[str], message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([*db_arg, "new-event", "X", *options]) == 2
    err = capsys.readouterr().err
    assert err.startswith("desk-app: ")
    assert message in err
    assert err.count("\n") == 1
    assert main([*db_arg, "events"]) == 0
    assert "No event yet" in capsys.readouterr().out  # nothing half-created
