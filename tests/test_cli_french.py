"""The command line answers in French when the desk does (DESK_APP_LANG=fr), keeps its
machine-readable keywords and exit codes, and names file problems in a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.cli.main import main
from desk_app.db.engine import Database
from tests.conftest import make_tiny_event
from tests.ondesk.conftest import make_day


def _path(db: Database) -> str:
    return db.url.removeprefix("sqlite:///")


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch) -> None:
    # main() picks the language from the environment, as a desk's terminal does.
    monkeypatch.setenv("DESK_APP_LANG", "fr")


@pytest.mark.usefixtures("french")
def test_events_on_an_empty_database(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "vide.sqlite"), "events"]) == 0
    assert capsys.readouterr().out == (
        "Aucun événement pour l’instant. Créez-en un avec : desk-app demo --profile artois\n")


@pytest.mark.usefixtures("french")
def test_events_list_keeps_its_columns(db: Database,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    event_id = make_tiny_event(db)
    assert main(["--db", _path(db), "events"]) == 0
    columns = capsys.readouterr().out.rstrip("\n").split("\t")
    assert columns == [str(event_id), "2026-12-03", "Tiny", "Hall", "0/6 arrivés"]


@pytest.mark.usefixtures("french")
def test_import_of_a_bad_participant_file(db: Database, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    make_tiny_event(db)
    bad = tmp_path / "inscrits.csv"
    bad.write_text("Société;Nom\n;Sans Société\n", encoding="utf-8")
    assert main(["--db", _path(db), "import", "participants", str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "desk-app: 1 ligne du fichier ne peut pas être importée (ligne 2 : société "
        "manquante) ; rien n’a été enregistré. Corrigez le fichier et importez-le à nouveau.",
        "  ligne 2 : société manquante",
    ]


@pytest.mark.usefixtures("french")
def test_import_of_a_good_participant_file(db: Database, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    make_tiny_event(db)
    good = tmp_path / "inscrits.csv"
    good.write_text("Société;Nom\nNouvelle SA;Marc\n", encoding="utf-8")
    assert main(["--db", _path(db), "import", "participants", str(good)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Import dans « Tiny » : 1 participant."


@pytest.mark.usefixtures("french")
def test_an_impossible_walk_in(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    # One table, taken in both rounds: P1 and P5 cannot meet.
    make_day(db, slots=2, tables=1, placed={"R1": (0, 0), "R2": (1, 0)})
    assert main(["--db", _path(db), "walkin", "P1", "P5"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("NOT POSSIBLE: ")  # the keyword stays for scripts
    assert out.rstrip().endswith(
        "(Essayez --moves pour déplacer d’autres rendez-vous non verrouillés, ou --waitlist "
        "pour mettre le souhait en liste d’attente.)")
    assert "Try" not in out


@pytest.mark.usefixtures("french")
def test_a_walk_in_with_an_unknown_participant(db: Database,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    make_day(db)
    assert main(["--db", _path(db), "walkin", "P1", "P99"]) == 2
    assert capsys.readouterr().err == (
        "desk-app: Aucun participant 'P99' dans cet événement (indiquez un identifiant "
        "comme P0042 ou un code de badge).\n")


@pytest.mark.usefixtures("french")
def test_badges_for_an_unknown_participant(db: Database, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    make_tiny_event(db)
    out = tmp_path / "badges.pdf"
    assert main(["--db", _path(db), "print", "badges", "--who", "P1,UNKNOWN",
                 "--out", str(out)]) == 2
    assert capsys.readouterr().err == "desk-app: Aucun participant UNKNOWN dans Tiny.\n"
    assert not out.exists()


@pytest.mark.usefixtures("french")
def test_schedule_from_an_unknown_round(db: Database,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    make_tiny_event(db)
    assert main(["--db", _path(db), "schedule", "--from-slot", "S9"]) == 2
    assert capsys.readouterr().err == (
        "desk-app: Cet événement n’a pas de tour 'S9' (tours S01 à S04).\n")


@pytest.mark.usefixtures("french")
def test_new_event_summary_and_bad_date(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db_arg = ["--db", str(tmp_path / "salon.sqlite")]
    assert main([*db_arg, "new-event", "Salon", "--date", "3/12/2026", "--rounds",
                 "14:00x3", "--tables", "5"]) == 2
    assert capsys.readouterr().err == (
        "desk-app: La date '3/12/2026' n’est pas comprise : écrivez-la sous la forme "
        "AAAA-MM-JJ, par exemple 2026-12-03.\n")
    assert main([*db_arg, "new-event", "Salon", "--date", "2026-12-03", "--rounds",
                 "14:00x3", "--tables", "5"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Événement ")
    assert first.endswith(" « Salon » créé pour le 2026-12-03 : 3 tours de 14:00 à 15:00, "
                          "5 tables.")


# -- solve: a file problem is a sentence, not an exception's name --------------------------
def test_solve_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.json"
    assert main(["solve", str(missing), "--out", str(tmp_path / "s.json")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"desk-app: cannot read {missing}: there is no file there.\n"
    assert not (tmp_path / "s.json").exists()


def test_solve_a_picture_or_a_folder(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    photo = tmp_path / "photo.csv"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    assert main(["solve", str(photo), "--out", str(tmp_path / "s.json")]) == 2
    assert capsys.readouterr().err == (
        f"desk-app: {photo} is not a JSON instance file (b2b-instance/1): it is not UTF-8 "
        "text. Write one with 'desk-app export instance FILE.json'.\n")
    assert main(["solve", str(tmp_path), "--out", str(tmp_path / "s.json")]) == 2
    assert capsys.readouterr().err == (
        f"desk-app: cannot read {tmp_path}: it is a folder, not a file.\n")
    assert not (tmp_path / "s.json").exists()


@pytest.mark.usefixtures("french")
def test_solve_file_problems_in_french(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent.json"
    assert main(["solve", str(missing), "--out", str(tmp_path / "s.json")]) == 2
    assert capsys.readouterr().err == (
        f"desk-app: impossible de lire {missing} : il n’y a pas de fichier à cet "
        "emplacement.\n")
    broken = tmp_path / "casse.json"
    broken.write_text('{"format":\n oops', encoding="utf-8")
    assert main(["solve", str(broken), "--out", str(tmp_path / "s.json")]) == 2
    assert capsys.readouterr().err == (
        f"desk-app: {broken} n’est pas du JSON (ligne 2) : ce n’est donc pas un fichier "
        "d’instance (b2b-instance/1).\n")
