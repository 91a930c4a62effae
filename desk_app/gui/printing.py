"""Printing PDFs from the desk to a system printer (QPrinter / QPrintDialog), or
saving them, with a default printer per kind of document.

The PDFs come from :mod:`desk_app.printing`. Qt here has no PDF module (QtPdf is not
in PySide6-Essentials), so pages are rasterised with pypdfium2 at the printer's
resolution (capped: a 300 dpi badge is sharp and light to spool) and painted full-page;
each printed page takes the PDF page's size, so a CR80 card prints as a card.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSettings, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desk_app.db.engine import Database
from desk_app.errors import DeskError
from desk_app.printing.agenda_data import build_agendas, record_agenda_handout
from desk_app.printing.agenda_pdf import render_agendas
from desk_app.printing.pdfinfo import write_pdf
from desk_app.services.changes import ChangeSummary
from desk_app.services.events import get_event

# Same keys as the settings dialog (desk_app.gui.settings_dialog.PRINTER_KEY).
PRINTER_KEY = "printing/{kind}"
SAVE_DIR_KEY = "printing/last_save_dir"
DOCUMENT_KINDS = ("badge", "agenda", "table")
MAX_DPI = 300
POINTS_PER_MM = 72 / 25.4


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


class PrintSettings:
    """Default printer per document kind ("badge", "agenda", "table") in QSettings;
    an empty name means "ask each time" (the system default is preselected)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    def default_printer(self, kind: str) -> str:
        return str(self.settings.value(PRINTER_KEY.format(kind=kind), "") or "")

    def set_default_printer(self, kind: str, printer_name: str) -> None:
        self.settings.setValue(PRINTER_KEY.format(kind=kind), printer_name)

    def last_save_dir(self) -> Path:
        saved = str(self.settings.value(SAVE_DIR_KEY, "") or "")
        return Path(saved) if saved and Path(saved).is_dir() else Path.home()

    def set_last_save_dir(self, folder: Path) -> None:
        self.settings.setValue(SAVE_DIR_KEY, str(folder))


def available_printers() -> list[str]:
    return [str(name) for name in QPrinterInfo.availablePrinterNames()]


def _pdfium() -> Any:
    # Imported on first print, so that a missing package refuses printing with a
    # sentence instead of breaking every window that offers a Print button.
    try:
        import pypdfium2
    except ImportError as exc:
        raise DeskError(
            _tr("Printing needs the pypdfium2 package, which is not installed. Save the "
                "document as PDF and print it from a PDF viewer."),
            code="printing_unavailable",
        ) from exc
    return pypdfium2


def _pages(pdf: bytes, dpi: float) -> Iterator[tuple[QImage, float, float]]:
    """Each page as an image with its size in millimetres."""
    document = _pdfium().PdfDocument(pdf)
    try:
        for page in document:
            width_pt, height_pt = page.get_size()
            bitmap = page.render(scale=dpi / 72)
            image = bitmap.to_pil().convert("RGB")
            data = image.tobytes()
            qimage = QImage(data, image.width, image.height, 3 * image.width,
                            QImage.Format.Format_RGB888).copy()  # copy: owns its pixels
            yield qimage, width_pt / POINTS_PER_MM, height_pt / POINTS_PER_MM
            page.close()
    finally:
        document.close()


def _page_layout(width_mm: float, height_mm: float) -> QPageLayout:
    size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if width_mm > height_mm
                   else QPageLayout.Orientation.Portrait)
    if orientation is QPageLayout.Orientation.Landscape:
        size = QPageSize(QSizeF(height_mm, width_mm), QPageSize.Unit.Millimeter, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Print every page of ``pdf`` on ``printer`` (already set up); returns the page
    count. Raises DeskError when the printer cannot start."""
    printer.setFullPage(True)
    dpi = min(max(printer.resolution(), 72), MAX_DPI)
    painter = QPainter()
    pages = 0
    try:
        for image, width_mm, height_mm in _pages(pdf, dpi):
            printer.setPageLayout(_page_layout(width_mm, height_mm))
            if pages == 0:
                if not painter.begin(printer):
                    raise DeskError(
                        _tr("The printer could not be started. Check that it is on "
                            "and connected, or save the document as PDF."),
                        code="printer_unavailable",
                    )
            elif not printer.newPage():
                raise DeskError(_tr("The printer stopped in the middle of the document."),
                                code="printer_failed")
            target = painter.viewport()
            painter.drawImage(target, image)
            pages += 1
    finally:
        if painter.isActive():
            painter.end()
    return pages


def print_pdf(parent: QWidget | None, pdf: bytes, kind: str, title: str, *,
              show_dialog: bool = True, printer: QPrinter | None = None,
              settings: PrintSettings | None = None) -> bool:
    """Print ``pdf`` through the print dialog, preselecting the default printer for
    ``kind``; the printer chosen becomes the new default. False when cancelled.

    ``show_dialog=False`` prints straight to ``printer`` (or the default one), e.g. a
    desk that reprints agendas on its receipt printer without a question, or tests.
    """
    settings = settings or PrintSettings()
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    is_paper = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    preferred = settings.default_printer(kind)
    if is_paper and preferred and preferred in available_printers():
        printer.setPrinterName(preferred)
    if show_dialog:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_tr("Print: {title}").replace("{title}", title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    paint_pdf(printer, pdf)
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        settings.set_default_printer(kind, printer.printerName())
    return True


def save_pdf(parent: QWidget | None, pdf: bytes, suggested_name: str, *,
             path: Path | None = None, settings: PrintSettings | None = None) -> Path | None:
    """Save ``pdf`` where the user chooses (a file dialog unless ``path`` is given);
    None when cancelled."""
    settings = settings or PrintSettings()
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, _tr("Save as PDF"), str(settings.last_save_dir() / suggested_name),
            _tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        written = write_pdf(pdf, path)
    except OSError as exc:
        raise DeskError(
            _tr("The PDF could not be saved there ({reason}). Choose another folder.")
            .replace("{reason}", exc.strerror or str(exc)),
            code="save_failed",
        ) from exc
    settings.set_last_save_dir(written.parent)
    return written


def print_agendas(parent: QWidget | None, db: Database, event_id: int,
                  participant_ids: Sequence[int] | None = None, *, fmt: str = "a4",
                  desk: str = "", show_dialog: bool = True, printer: QPrinter | None = None,
                  settings: PrintSettings | None = None) -> ChangeSummary | None:
    """Print agendas and, once printed, record the version each participant now holds
    and lock their printed meetings. None when the dialog was cancelled (nothing is
    recorded). One agenda takes a few tens of milliseconds; a batch of hundreds takes
    seconds, so run batches in a worker."""
    with db.session() as session:
        event = get_event(session, event_id)
        docs = build_agendas(session, event, participant_ids)
        title = (_tr("Agenda") + f" - {docs[0].company}" if len(docs) == 1
                 else _tr("Agendas") + f" - {event.name}")
    pdf = render_agendas(docs, fmt, title=title)
    if not print_pdf(parent, pdf, "agenda", title, show_dialog=show_dialog, printer=printer,
                     settings=settings):
        return None
    with db.session() as session:
        event = get_event(session, event_id)
        return record_agenda_handout(
            session, event, [doc.participant_id for doc in docs], desk=desk,
            printed={doc.participant_id: doc for doc in docs})
