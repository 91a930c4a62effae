"""The floor and booking views switch language live, from the French in fr_floor.tsv."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from pytestqt.qtbot import QtBot

from desk_app.gui.booking.view import BookingView
from desk_app.gui.floor.view import FloorView
from desk_app.gui.i18n import TRANSLATIONS_DIR
from desk_app.gui.i18n_build import (
    compile_ts,
    extract,
    merge_translations,
    read_tsv,
    write_ts,
)
from desk_app.gui.state import DeskState
from tests.gui.conftest import GuiEvent


@pytest.fixture
def french(tmp_path: Path) -> Iterator[None]:
    """A catalogue compiled from the floor's (and the theme's) French, installed."""
    ts = tmp_path / "floor_fr.ts"
    write_ts(ET.Element("TS", version="2.1", language="fr_FR"), ts)
    merge_translations(ts, read_tsv(sorted(TRANSLATIONS_DIR.glob("fr_*.tsv"))))
    qm = tmp_path / "floor_fr.qm"
    compile_ts(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    yield
    QCoreApplication.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_every_floor_string_is_in_the_french_table(tmp_path: Path) -> None:
    ts = tmp_path / "extracted.ts"
    gui = Path(__file__).resolve().parents[2] / "desk_app" / "gui"
    sources = sorted([*gui.glob("floor/*.py"), *gui.glob("booking/*.py")])
    extract([ts], sources)
    extracted = {(context.findtext("name"), message.findtext("source"))
                 for context in ET.parse(ts).getroot().iter("context")
                 for message in context.iter("message")}
    assert len(extracted) > 50
    french = read_tsv([TRANSLATIONS_DIR / "fr_floor.tsv"])
    assert extracted - french.keys() == set()


def test_every_floor_string_has_french() -> None:
    rows = [line.rstrip("\n").split("\t")
            for line in (TRANSLATIONS_DIR / "fr_floor.tsv").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert rows
    assert all(len(row) == 3 and row[2].strip() for row in rows)
    # Placeholders survive translation (a missing {table} would crash .format()).
    for _context, source, target in rows:
        assert sorted(part.split("}")[0] for part in source.split("{")[1:]) == sorted(
            part.split("}")[0] for part in target.split("{")[1:])


def test_switching_language_changes_visible_strings(
    qtbot: QtBot, desk_state: DeskState, gui_event: GuiEvent, request: pytest.FixtureRequest
) -> None:
    floor = FloorView(desk_state)
    booking = BookingView(desk_state)
    for widget in (floor, booking):
        qtbot.addWidget(widget)
        widget.show()
    assert booking.title.text() == "Walk-in booking"
    assert floor.now_button.text() == "▶ Now"
    assert floor.zone_combo.itemText(0) == "All zones"

    request.getfixturevalue("french")

    assert booking.title.text() == "Rendez-vous sur place"
    assert booking.answer_text() == "Choisissez deux participants"
    assert floor.now_button.text() == "▶ Maintenant"
    assert floor.zone_combo.itemText(0) == "Toutes les zones"
    assert floor.summary_label.text().startswith("Tour 2 jusqu’à 14:40")
    floor.select_cell(gui_event.table_ids["T1"], gui_event.slot_ids[0])
    assert floor.details.state_chip.text().endswith("Les deux présents")
    p = gui_event.participant_ids
    booking.set_pair(p["P1"], p["P4"])
    assert booking.answer_text() == "Tous deux libres à 14:40, table T1"
