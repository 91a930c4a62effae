"""The print centre in the real window: print all agendas to a PDF file, a change makes
the counter show the agendas to reprint, "Print changed agendas (N)" prints N and the
counter returns to 0; badges for a selection; the preview appears before printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.db.models import AgendaPrint
from desk_app.gui.main_window import MainWindow
from desk_app.gui.print_centre import WHO_SELECTION, PrintCentre
from desk_app.ondesk.booking import book_walk_in
from desk_app.printing.pdfinfo import count_pages
from tests.gui.conftest import GuiEvent


def _centre(window: MainWindow) -> PrintCentre:
    window.print_centre_action.trigger()  # type: ignore[attr-defined]
    centre = window.print_centre  # type: ignore[attr-defined]
    assert isinstance(centre, PrintCentre)
    return centre


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_all_then_only_the_changed_agendas(
        qtbot: QtBot, main_window: MainWindow, gui_event: GuiEvent, tmp_path: Path) -> None:
    changed = main_window.changed_agendas  # type: ignore[attr-defined]
    everyone = len(gui_event.participant_ids)
    assert changed.count == everyone  # never printed
    assert changed.action.text() == f"Print changed agendas ({everyone})"
    centre = _centre(main_window)
    centre.choose("agenda")
    centre.prepare()  # the preview first
    qtbot.waitUntil(lambda: centre.prepared is not None, timeout=30_000)
    assert not centre.preview.pixmap().isNull()
    out = tmp_path / "all-agendas.pdf"
    centre.save_prepared(out)
    assert count_pages(out.read_bytes()) >= everyone
    assert centre.last_printed == everyone
    assert changed.count == 0
    assert changed.action.text() == "Print changed agendas (0)"
    assert not changed.button.isVisible()

    # A walk-in meeting for two people who hold printed agendas.
    people = gui_event.participant_ids
    booked = main_window.state.perform(
        lambda s, e: book_walk_in(s, e, people["P1"], people["P4"], desk="Desk 1"))
    assert booked is not None
    assert booked.booked
    assert changed.count == 2  # the two people of that meeting
    assert "(2)" in centre.print_changed_button.text()

    centre.show_printer_dialog = False
    reprint = tmp_path / "changed.pdf"
    centre.printer_factory = lambda: _pdf_printer(reprint)
    changed.action.trigger()
    qtbot.waitUntil(lambda: centre.last_printed == 2 and changed.count == 0, timeout=30_000)
    assert reprint.stat().st_size > 0
    with main_window.state.db.session() as s:
        versions = sorted(p.version for p in s.scalars(select(AgendaPrint)))
    assert versions.count(2) == 2


def test_badges_for_a_selection(qtbot: QtBot, main_window: MainWindow,
                                gui_event: GuiEvent, tmp_path: Path) -> None:
    centre = _centre(main_window)
    centre.choose("badge", WHO_SELECTION)
    centre.set_selection([gui_event.participant_ids["P1"], gui_event.participant_ids["P3"]])
    out = tmp_path / "badges.pdf"
    centre.prepare(then=lambda: centre.save_prepared(out))
    qtbot.waitUntil(lambda: out.exists(), timeout=30_000)
    assert centre.last_printed == 2
    assert main_window.changed_agendas.count == len(  # type: ignore[attr-defined]
        gui_event.participant_ids)  # badges do not record agendas
