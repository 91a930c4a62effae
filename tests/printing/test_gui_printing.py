"""Printing through Qt, offscreen: QPrinter writes a PDF file instead of paper."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPrintSupport")

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import AgendaPrint, Event, Participant
from desk_app.gui.printing import PrintSettings, print_agendas, print_pdf, save_pdf
from desk_app.printing.agenda_data import build_agendas
from desk_app.printing.agenda_pdf import render_agendas
from desk_app.printing.badges import render_badges
from desk_app.printing.layout import badge_layout
from desk_app.printing.placeholders import BadgeContext
from desk_app.printing.render import render_layout
from tests.printing.helpers import (
    POLISH_NAME,
    decode_codes,
    make_printed_event,
    pdf_page_sizes_mm,
)


@pytest.fixture
def settings(tmp_path: Path) -> PrintSettings:
    return PrintSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_badges_print_page_by_page_at_card_size_and_still_scan(
    qtbot: QtBot, db: Database, tmp_path: Path, settings: PrintSettings
) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        pdf = render_badges(s, event, layout="cr80")
    out = tmp_path / "printed.pdf"
    assert print_pdf(None, pdf, "badge", "Badges", show_dialog=False,
                     printer=_pdf_printer(out), settings=settings)
    printed = out.read_bytes()
    sizes = pdf_page_sizes_mm(printed)
    assert len(sizes) == 6
    assert sizes[0] == pytest.approx((86, 54), abs=1)
    assert len(decode_codes(printed, page=5)["QR Code"]) == 1
    # Printing to a file is not a printer choice: the default stays unset.
    assert settings.default_printer("badge") == ""


def test_receipt_pages_keep_their_own_length(
    qtbot: QtBot, db: Database, tmp_path: Path, settings: PrintSettings
) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        event = s.get(Event, event_id)
        assert event is not None
        pdf = render_agendas(build_agendas(s, event), "receipt")
    expected = pdf_page_sizes_mm(pdf)
    out = tmp_path / "receipts.pdf"
    assert print_pdf(None, pdf, "agenda", "Agendas", show_dialog=False,
                     printer=_pdf_printer(out), settings=settings)
    printed = pdf_page_sizes_mm(out.read_bytes())
    assert len(printed) == len(expected)
    for got, wanted in zip(printed, expected, strict=True):
        assert got == pytest.approx(wanted, abs=1)


def test_default_printer_per_kind_and_save_as_pdf(
    qtbot: QtBot, tmp_path: Path, settings: PrintSettings
) -> None:
    settings.set_default_printer("agenda", "Receipt-80")
    settings.set_default_printer("badge", "Card printer")
    assert settings.default_printer("agenda") == "Receipt-80"
    assert settings.default_printer("badge") == "Card printer"
    assert settings.default_printer("table") == ""
    saved = save_pdf(None, b"%PDF-1.4 test", "agendas", path=tmp_path / "out" / "agendas",
                     settings=settings)
    assert saved == tmp_path / "out" / "agendas.pdf"
    assert saved.read_bytes() == b"%PDF-1.4 test"
    assert settings.last_save_dir() == tmp_path / "out"


def test_printing_agendas_records_the_version_and_locks_meetings(
    qtbot: QtBot, db: Database, tmp_path: Path, settings: PrintSettings
) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        polish = s.scalars(select(Participant.id).where(
            Participant.contact_name == POLISH_NAME)).one()
    out = tmp_path / "agenda.pdf"
    summary = print_agendas(None, db, event_id, [polish], fmt="receipt", desk="Desk 3",
                            show_dialog=False, printer=_pdf_printer(out), settings=settings)
    assert summary is not None
    assert len(summary.meetings) == 2
    # The printer got raster pages (no text to extract): the badge QR still reads.
    assert len(pdf_page_sizes_mm(out.read_bytes())) == 1
    with db.session() as s:
        badge = s.get(Participant, polish)
        assert badge is not None
        assert decode_codes(out.read_bytes(), scale=3)["QR Code"] == {badge.badge_code}
        (printed,) = s.scalars(select(AgendaPrint)).all()
        assert (printed.participant_id, printed.version, printed.desk) == (polish, 1, "Desk 3")


@pytest.mark.parametrize(("answer", "printed"), [
    (QDialog.DialogCode.Rejected, False), (QDialog.DialogCode.Accepted, True)])
def test_the_print_dialog_decides(
    qtbot: QtBot, tmp_path: Path, settings: PrintSettings, monkeypatch: pytest.MonkeyPatch,
    answer: QDialog.DialogCode, printed: bool,
) -> None:
    shown: list[str] = []

    def fake_exec(dialog: QPrintDialog) -> int:
        shown.append(dialog.windowTitle())
        return int(answer.value)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    badge = BadgeContext(badge_code="TINY1-P1-ABCDEFGH", name="Zoë", company="Café")
    out = tmp_path / "dialog.pdf"
    result = print_pdf(None, render_layout(badge_layout("a6"), [badge]), "badge", "Badge",
                       printer=_pdf_printer(out), settings=settings)
    assert result is printed
    assert out.exists() is printed
    assert shown == ["Print: Badge"]
