"""The core's sentences in French: every t("...") has French, and the desk answers in it."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app import i18n
from desk_app.badges.codes import make_badge_code
from desk_app.cli.main import main
from desk_app.db.engine import Database
from desk_app.db.models import Meeting, Participant
from desk_app.errors import NotFound
from desk_app.i18n import (
    catalogue,
    catalogue_path,
    default_language,
    get_language,
    parse_catalogue,
    set_language,
    t,
    using_language,
)
from desk_app.importing import ImportFailed, import_participants
from desk_app.ondesk.booking import ProposalKind, book_walk_in, propose_walk_in
from desk_app.ondesk.moves import set_locked
from desk_app.services.checkin import (
    CheckInOutcome,
    check_in_by_code,
    check_in_participant,
    undo_check_in,
)
from desk_app.services.events import get_event
from tests.conftest import make_tiny_event
from tests.ondesk.conftest import make_day

PACKAGE = Path(i18n.__file__).resolve().parent


# -- the catalogue covers the source ------------------------------------------------------
def _t_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (
            (isinstance(node.func, ast.Name) and node.func.id == "t")
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "t"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "i18n")
        ):
            yield node


def source_templates() -> dict[str, list[str]]:
    """Every literal template given to t() under desk_app/ -> where it is used."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "i18n.py" and path.parent == PACKAGE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for call in _t_calls(tree):
            where = f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.setdefault("<not a literal>", []).append(where)
                continue
            found.setdefault(first.value, []).append(where)
    return found


def fields(template: str) -> set[str]:
    names = set()
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None:
            names.add(name.split(".")[0].split("[")[0])
    return names


def test_the_scanner_finds_the_wrapped_sentences() -> None:
    templates = source_templates()
    assert "Welcome!" in templates
    assert any(where.startswith("desk_app/badges/codes.py") for where in
               templates["Nothing was scanned."])


def test_every_template_is_a_literal() -> None:
    # The scanner (and translators) can only see literal templates.
    assert source_templates().get("<not a literal>", []) == []


def test_every_template_has_french() -> None:
    french = catalogue("fr")
    missing = {text: where for text, where in source_templates().items()
               if text != "<not a literal>" and text not in french}
    assert missing == {}, "add these to resources/translations/core_fr.tsv"


def test_french_uses_only_the_english_placeholders() -> None:
    french = catalogue("fr")
    wrong = {text: sorted(fields(french[text]) - fields(text))
             for text in source_templates() if text in french
             if fields(french[text]) - fields(text)}
    assert wrong == {}


def test_templates_and_translations_are_well_formed() -> None:
    for text, translated in catalogue("fr").items():
        fields(text)  # raises ValueError on a stray brace
        fields(translated)
        # Spacing at the ends is part of the sentence (a prompt ends with a space).
        assert (translated[:1].isspace(), translated[-1:].isspace()) == (
            text[:1].isspace(), text[-1:].isspace()), text


def test_catalogue_file_has_no_duplicate_or_tabless_lines() -> None:
    lines = [line for line in catalogue_path("fr").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert all(line.count("\t") == 1 for line in lines)
    english = [line.split("\t")[0] for line in lines]
    assert len(english) == len(set(english))


# -- t() itself ---------------------------------------------------------------------------
def test_english_is_the_default_in_tests_and_the_source_text() -> None:
    assert get_language() == "en"
    assert t("Already checked in at {time}.", time="09:12") == "Already checked in at 09:12."


def test_french_is_looked_up_and_filled_in() -> None:
    with using_language("fr"):
        assert t("Already checked in at {time}.", time="09:12") == "Déjà arrivé à 09:12."
    assert get_language() == "en"


def test_unknown_template_falls_back_to_english() -> None:
    with using_language("fr"):
        assert t("Not in any catalogue {x}.", x=1) == "Not in any catalogue 1."


def test_missing_and_extra_params_never_crash() -> None:
    with using_language("fr"):
        # A value the caller forgot: the English sentence, the gap left visible.
        assert t("Already checked in at {time}.") == "Already checked in at {time}."
        assert t("Welcome!", extra="ignored") == "Bienvenue !"
        assert t("Stray { brace", x=1) == "Stray { brace"
        assert t("Positional {}") == "Positional {}"


def test_a_faulty_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = {"Table {table}.": "Table {tableau}."}
    monkeypatch.setattr(i18n, "catalogue", lambda language: broken)
    with using_language("fr"):
        assert t("Table {table}.", table="T4") == "Table T4."


def test_parse_catalogue_skips_comments_blank_and_untranslated_lines() -> None:
    text = "# comment\n\nA\tB\nC\t\nno tab\nLine\\nbreak\tLigne\\nsaut\r\n"
    assert parse_catalogue(text) == {"A": "B", "Line\nbreak": "Ligne\nsaut"}


def test_set_language_normalises_and_refuses_what_it_cannot_speak() -> None:
    assert set_language("fr_FR.UTF-8") == "fr"
    assert get_language() == "fr"
    assert set_language("de") == "en"
    assert set_language("FR") == "fr"


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_CA"}, "fr"),
    ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),  # LC_ALL wins, as for gettext
    ({"DESK_APP_LANG": "fr", "LC_ALL": "en_US"}, "fr"),
    ({"DESK_APP_LANG": "en", "LANG": "fr_FR"}, "en"),
])
def test_default_language_from_the_environment(environ: dict[str, str],
                                               expected: str) -> None:
    assert default_language(environ) == expected


# -- the desk answers in French -----------------------------------------------------------
@pytest.fixture
def french() -> Iterator[None]:
    with using_language("fr"):
        yield


@pytest.mark.usefixtures("french")
def test_a_refused_check_in_in_french(db: Database) -> None:
    make_tiny_event(db)
    with db.session() as s:
        event = get_event(s)
        other_event = check_in_by_code(s, event, "XXXXX-P1-ABCDEFGH", desk="Accueil 1")
        tampered = check_in_by_code(s, event, "TINY1-P1-AAAAAAAA", desk="Accueil 1")
        orphan = check_in_by_code(s, event, make_badge_code(event.badge_secret, "TINY1",
                                                            "P99"))
    assert other_event.outcome is CheckInOutcome.REFUSED
    assert other_event.message == "Ce badge appartient à un autre événement."
    assert tampered.message == "Ce code de badge n’est pas valide (mal tapé ou modifié)."
    assert "plus personne ne le détient" in orphan.message


@pytest.mark.usefixtures("french")
def test_welcome_then_already_checked_in_in_french(db: Database) -> None:
    make_tiny_event(db)
    with db.session() as s:
        event = get_event(s)
        code = make_badge_code(event.badge_secret, event.code, "P1")
        first = check_in_by_code(s, event, code, desk="Accueil 1")
        again = check_in_by_code(s, event, code, desk="Accueil 2")
    assert first.message == "Bienvenue !"
    assert first.at is not None
    assert again.message == f"Déjà arrivé à {first.at:%H:%M} au poste Accueil 1."


@pytest.mark.usefixtures("french")
def test_desk_errors_carry_french(db: Database) -> None:
    make_tiny_event(db)
    with db.session() as s:
        event = get_event(s)
        person = check_in_participant(s, event, first_participant(s, event.id))
        undo_check_in(s, event, person.participant_id or 0)
        with pytest.raises(NotFound) as refused:
            undo_check_in(s, event, person.participant_id or 0)
        with pytest.raises(NotFound) as no_event:
            get_event(s, "Salon 2027")
    assert refused.value.message == "Ce participant n’est pas enregistré comme arrivé."
    assert refused.value.code == "not_checked_in"
    assert str(no_event.value) == "Aucun événement 'Salon 2027' dans cette base."



def first_participant(session: Session, event_id: int) -> Participant:
    person = session.scalar(select(Participant).where(Participant.event_id == event_id)
                            .order_by(Participant.id))
    assert person is not None
    return person


def test_the_command_line_speaks_french_when_the_desk_does(
        db: Database, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    make_tiny_event(db)
    path = db.url.removeprefix("sqlite:///")
    with db.session() as s:
        code = make_badge_code(get_event(s).badge_secret, "TINY1", "P1")
    monkeypatch.setenv("DESK_APP_LANG", "fr")
    assert main(["--db", path, "--desk", "Accueil 2", "checkin", code]) == 0
    ok = capsys.readouterr().out.strip()
    # The keyword stays for scripts; the sentence is French.
    assert ok.startswith("OK: Contact 1 (Société 1) arrivé(e) à ")
    assert ok.endswith(" au poste Accueil 2")
    assert main(["--db", path, "checkin", "XXXXX-P1-ABCDEFGH"]) == 4
    assert capsys.readouterr().out.strip() == (
        "REFUSED: Ce badge appartient à un autre événement.")


def test_the_window_language_switch_moves_the_core_sentences(qapp: object) -> None:
    from desk_app.gui.i18n import install_language

    try:
        assert install_language("fr")
        assert get_language() == "fr"
        assert t("Welcome!") == "Bienvenue !"
    finally:
        install_language("en")
    assert get_language() == "en"


@pytest.mark.usefixtures("french")
def test_a_booking_answer_and_its_reasons_in_french(db: Database) -> None:
    day = make_day(db, placed={"R1": (0, 0), "R2": (0, 1)})
    with db.session() as s:
        event = get_event(s)
        result = book_walk_in(s, event, day.people["P1"], day.people["P3"], desk="Accueil 1")
        assert result.booked
        # The undo menu's label and the answer: same sentence, in French.
        assert result.message == "Société 1 rencontre Société 3 à 14:20, table T1."
        proposal = propose_walk_in(s, event, day.people["P1"], day.people["P5"])
    assert proposal.kind == ProposalKind.FAST
    assert proposal.message == "Tous deux libres à 14:40, table T1."  # P1 busy at 14:20


@pytest.mark.usefixtures("french")
def test_a_refused_booking_gives_its_reason_in_french(db: Database) -> None:
    day = make_day(db, slots=2, extra=[("P1", "P3")], placed={"R1": (0, 0), "X1": (1, 0)})
    with db.session() as s:
        event = get_event(s)
        set_locked(s, event, list(s.scalars(select(Meeting.id))), True)
        proposal = propose_walk_in(s, event, day.people["P1"], day.people["P5"])
    assert proposal.kind == ProposalKind.IMPOSSIBLE
    assert "Société 1 a des rendez-vous dans tous les créneaux restants." in proposal.reasons


@pytest.mark.usefixtures("french")
def test_import_row_errors_in_french(db: Database, tmp_path: Path) -> None:
    event_id = make_tiny_event(db)
    path = tmp_path / "inscrits.csv"
    path.write_text("Société;Nom;Email;Table\n"
                    ";Sans Société;;\n"           # row 2
                    "Table Inconnue;Marc;;T9\n",  # row 3
                    encoding="utf-8")
    with db.session() as s, pytest.raises(ImportFailed) as caught:
        import_participants(s, event_id, path)
    assert [str(error) for error in caught.value.errors] == [
        "ligne 2 : société manquante", "ligne 3 : table inconnue 'T9'"]
    assert str(caught.value) == (
        "2 lignes du fichier ne peuvent pas être importées (ligne 2 : société manquante) ; "
        "rien n’a été enregistré. Corrigez le fichier et importez-le à nouveau.")
