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

from PySide6.QtCore import QCoreApplication, QMarginsF, QSettings, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desk_app.db.engine import Database
from desk_app.errors import DeskError
from desk_app.printing.flow import AgendaBatch, AgendaPrintOutcome, hand_out, prepare_agendas
from desk_app.printing.pdfinfo import write_pdf
from desk_app.services.changes import ChangeSummary

# Same keys as the settings dialog (desk_app.gui.settings_dialog.PRINTER_KEY).
PRINTER_KEY = "printing/{kind}"
SAVE_DIR_KEY = "printing/last_save_dir"
DOCUMENT_KINDS = ("badge", "agenda", "table")
MAX_DPI = 300
PREVIEW_DPI = 110
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


def _pages(pdf: bytes, dpi: float,
           max_pages: int | None = None) -> Iterator[tuple[QImage, float, float]]:
    """Each page (or the first ``max_pages``) as an image with its size in mm."""
    document = _pdfium().PdfDocument(pdf)
    try:
        for index, page in enumerate(document):
            if max_pages is not None and index >= max_pages:
                break
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


def preview_pages(pdf: bytes, max_pages: int, width_px: int) -> list[QImage]:
    """The first pages as images ``width_px`` wide (the print centre's preview)."""
    images = []
    for image, _width_mm, _height_mm in _pages(pdf, PREVIEW_DPI, max_pages):
        images.append(image.scaledToWidth(width_px,
                                          Qt.TransformationMode.SmoothTransformation))
    return images


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


def choose_printer(parent: QWidget | None, kind: str, title: str, *,
                   show_dialog: bool = True, printer: QPrinter | None = None,
                   settings: PrintSettings | None = None) -> QPrinter | None:
    """The printer to use, through the print dialog (preselecting the default printer
    for ``kind``); None when cancelled."""
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
            return None
    return printer


def remember_printer(printer: QPrinter, kind: str, settings: PrintSettings) -> None:
    """The printer chosen becomes the default for ``kind``."""
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        settings.set_default_printer(kind, printer.printerName())


def print_pdf(parent: QWidget | None, pdf: bytes, kind: str, title: str, *,
              show_dialog: bool = True, printer: QPrinter | None = None,
              settings: PrintSettings | None = None) -> bool:
    """Print ``pdf`` through the print dialog, preselecting the default printer for
    ``kind``; the printer chosen becomes the new default. False when cancelled.

    ``show_dialog=False`` prints straight to ``printer`` (or the default one), e.g. a
    desk that reprints agendas on its receipt printer without a question, or tests.
    """
    settings = settings or PrintSettings()
    chosen = choose_printer(parent, kind, title, show_dialog=show_dialog, printer=printer,
                            settings=settings)
    if chosen is None:
        return False
    paint_pdf(chosen, pdf)
    remember_printer(chosen, kind, settings)
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
    written = _write_or_refuse(pdf, path)
    settings.set_last_save_dir(written.parent)
    return written


def _write_or_refuse(pdf: bytes, path: Path) -> Path:
    try:
        return write_pdf(pdf, path)
    except OSError as exc:
        raise DeskError(
            _tr("The PDF could not be saved there ({reason}). Choose another folder.")
            .replace("{reason}", exc.strerror or str(exc)),
            code="save_failed",
        ) from exc


def print_agendas(parent: QWidget | None, db: Database, event_id: int,
                  participant_ids: Sequence[int] | None = None, *, fmt: str = "a4",
                  desk: str = "", changed_only: bool = False, show_dialog: bool = True,
                  printer: QPrinter | None = None,
                  settings: PrintSettings | None = None) -> ChangeSummary | None:
    """Print agendas through :mod:`desk_app.printing.flow` (the one flow): the print
    dialog first, then the pages are painted inside the transaction that records the
    versions and locks, committed once the printer took them. None when the dialog was
    cancelled (nothing recorded). Batches of hundreds take seconds: use a worker for
    the rendering (:func:`desk_app.printing.flow.prepare_agendas`)."""
    batch = prepare_agendas(db, event_id, participant_ids, changed_only=changed_only,
                            fmt=fmt)
    outcome = print_batch(parent, db, batch, desk=desk, show_dialog=show_dialog,
                          printer=printer, settings=settings)
    return outcome.summary if outcome is not None else None


def print_batch(parent: QWidget | None, db: Database, batch: AgendaBatch, *,
                desk: str = "", show_dialog: bool = True, printer: QPrinter | None = None,
                settings: PrintSettings | None = None) -> AgendaPrintOutcome | None:
    """Ask for the printer, then print and record ``batch`` all or nothing."""
    settings = settings or PrintSettings()
    printer = choose_printer(parent, "agenda", batch.title, show_dialog=show_dialog,
                             printer=printer, settings=settings)
    if printer is None:
        return None
    chosen = printer
    outcome = hand_out(db, batch, lambda pdf: paint_pdf(chosen, pdf), desk=desk)
    remember_printer(chosen, "agenda", settings)
    return outcome


def save_batch(parent: QWidget | None, db: Database, batch: AgendaBatch, path: Path, *,
               desk: str = "") -> AgendaPrintOutcome:
    """Write ``batch`` to a PDF file and record it once the file is on disk."""
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    target = path
    return hand_out(db, batch, lambda pdf: _write_or_refuse(pdf, target), desk=desk)
