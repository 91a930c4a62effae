"""Printed agendas: A4, A5 and an 80 mm thermal receipt.

Each agenda shows the event, the participant, every round of the day (meeting with time,
table, zone, partner company, contact and country; or "free"), the badge QR code and
"Version 3, revised 14:05" (or "Version 3, révisée à 14h05": each agenda prints in its
document's language, see :mod:`desk_app.printing.i18n`). Meetings added or moved since
the version the participant holds are highlighted and cancelled ones are listed, so
nobody learns about a cancellation by sitting alone at a table.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.printing.agenda_data import AgendaDoc, AgendaRow
from desk_app.printing.fonts import font_name
from desk_app.printing.i18n import (
    check_language,
    clock,
    clock_text,
    long_date,
    role_word,
    time_range,
    tr,
)
from desk_app.printing.render import new_canvas
from desk_app.printing.symbols import draw_qr
from desk_app.printing.textfit import LINE_SPACING, draw_fitted, fit_text

LEADING = 1.25  # height of a one-line text block as a multiple of its font size

HIGHLIGHT = (1.0, 0.93, 0.55)  # light yellow: still readable on a grey laser print
CANCELLED_RED = (0.7, 0.0, 0.0)
BREAK_MINUTES = 10  # a longer gap between rounds is shown as a break


@dataclass(frozen=True)
class AgendaFormat:
    name: str
    page_w_mm: float
    page_h_mm: float | None  # None: a receipt, as long as its content
    margin_mm: float
    text_pt: float
    title_pt: float
    qr_mm: float
    row_mm: float
    # Column titles (message keys of printing.i18n, "" for none) and widths as
    # fractions of the text width (receipts list rows instead).
    columns: tuple[tuple[str, float], ...] = ()


# The mark column fits "NOUVEAU" and "DÉPLACÉ", the country column "Deutschland".
TABLE_COLUMNS = (("col_time", 0.15), ("col_table", 0.10), ("col_company", 0.29),
                 ("col_contact", 0.22), ("col_country", 0.13), ("", 0.11))

AGENDA_FORMATS: dict[str, AgendaFormat] = {
    "a4": AgendaFormat("a4", 210, 297, 15, 10, 17, 30, 9.5, TABLE_COLUMNS),
    "a5": AgendaFormat("a5", 148, 210, 9, 8, 13, 24, 8, TABLE_COLUMNS),
    "receipt": AgendaFormat("receipt", 80, None, 4, 8.5, 12, 28, 0),
}


def agenda_format(name: str) -> AgendaFormat:
    try:
        return AGENDA_FORMATS[name.lower()]
    except KeyError:
        known = ", ".join(AGENDA_FORMATS)
        raise InvalidInput(t("Unknown agenda format {name}; choose one of: {known}.",
                             name=repr(name), known=known),
                           code="unknown_format") from None


class _Writer:
    """Draws top to bottom with a cursor; with ``canvas=None`` it only measures (the
    receipt's page length is its content's height)."""

    def __init__(self, canvas: Canvas | None, fmt: AgendaFormat, page_h_mm: float,
                 lang: str) -> None:
        self.canvas = canvas
        self.fmt = fmt
        self.lang = lang
        self.page_h = page_h_mm * mm
        self.left = fmt.margin_mm * mm
        self.width = (fmt.page_w_mm - 2 * fmt.margin_mm) * mm
        self.y = self.page_h - fmt.margin_mm * mm
        self.regular = font_name(False)
        self.bold = font_name(True)

    def text(self, text: str, size: float, *, bold: bool = False, width: float | None = None,
             x: float | None = None, grey: float = 0.0, lines: int = 1,
             size_min: float | None = None,
             rgb: tuple[float, float, float] | None = None) -> None:
        """A line (or up to ``lines`` wrapped lines) of text below the cursor."""
        box_w = width if width is not None else self.width
        box_h = size * (LEADING + LINE_SPACING * (lines - 1))
        font = self.bold if bold else self.regular
        fitted = fit_text(text, font, box_w, box_h, size_max=size,
                          size_min=size_min or size * 0.7, max_lines=lines)
        used_h = fitted.size * (LEADING + LINE_SPACING * (len(fitted.lines) - 1))
        if self.canvas is not None:
            if rgb is not None:
                self.canvas.setFillColorRGB(*rgb)
            else:
                self.canvas.setFillGray(grey)
            draw_fitted(self.canvas, fitted, font, self.left if x is None else x,
                        self.y - used_h, box_w, used_h, valign="top")
        self.y -= used_h

    def gap(self, points: float) -> None:
        self.y -= points

    def rule(self, grey: float = 0.6) -> None:
        if self.canvas is not None:
            self.canvas.setStrokeGray(grey)
            self.canvas.setLineWidth(0.5)
            self.canvas.line(self.left, self.y, self.left + self.width, self.y)
        self.gap(3)

    def tr(self, key: str, **values: object) -> str:
        return tr(key, self.lang, **values)

    def column_titles(self) -> list[str]:
        return [self.tr(key) if key else "" for key, _fraction in self.fmt.columns]

    def room_for(self, height: float) -> bool:
        return self.fmt.page_h_mm is None or self.y - height >= self.fmt.margin_mm * mm


def _header(w: _Writer, doc: AgendaDoc, *, continued: bool = False) -> None:
    fmt = w.fmt
    qr = fmt.qr_mm * mm
    receipt = fmt.page_h_mm is None
    text_w = w.width if receipt else w.width - qr - 4 * mm
    top = w.y
    if continued:
        w.text(w.tr("continued", company=doc.company, name=doc.contact_name), fmt.text_pt,
               bold=True)
        w.gap(4)
        return
    w.text(doc.event_name, fmt.title_pt, bold=True, width=text_w, lines=2)
    where = " · ".join(part for part in (long_date(doc.event_date, w.lang), doc.venue)
                       if part)
    w.text(where, fmt.text_pt, width=text_w, grey=0.3)
    w.gap(fmt.text_pt * 0.6)
    w.text(doc.company, fmt.title_pt * 0.9, bold=True, width=text_w, lines=2)
    who = " · ".join(part for part in (doc.contact_name, doc.country,
                                       role_word(doc.role, w.lang)) if part)
    if who:
        w.text(who, fmt.text_pt, width=text_w)
    if doc.host_table:
        w.text(w.tr("your_table", table=doc.host_table), fmt.text_pt * 1.15, bold=True,
               width=text_w)
    version = w.tr("version", version=doc.version, time=clock(doc.revised_at, w.lang))
    if doc.previous_version is not None and doc.is_new_version:
        version += w.tr("changes_highlighted", version=doc.previous_version)
    w.text(version, fmt.text_pt * 0.9, width=text_w, grey=0.25, lines=2)
    if receipt:
        w.gap(2 * mm)
        if w.canvas is not None:
            draw_qr(w.canvas, doc.badge_code, w.left + (w.width - qr) / 2, w.y - qr, qr)
        w.y -= qr + fmt.text_pt
        if w.canvas is not None:
            w.canvas.setFillGray(0.3)
            w.canvas.setFont(w.regular, fmt.text_pt * 0.75)
            w.canvas.drawCentredString(w.left + w.width / 2, w.y + fmt.text_pt * 0.2,
                                       doc.badge_code)
    else:
        if w.canvas is not None:
            draw_qr(w.canvas, doc.badge_code, w.left + w.width - qr, top - qr, qr)
            w.canvas.setFillGray(0.3)
            w.canvas.setFont(w.regular, fmt.text_pt * 0.7)
            w.canvas.drawCentredString(w.left + w.width - qr / 2, top - qr - fmt.text_pt * 0.8,
                                       doc.badge_code)
        w.y = min(w.y, top - qr - fmt.text_pt * 1.2)
    w.gap(2 * mm)
    w.rule()


def _row_cells(w: _Writer, row: AgendaRow) -> list[str]:
    meeting = row.meeting
    when = time_range(row.starts_at, row.ends_at, w.lang)
    if meeting is None:
        return [when, "", w.tr("not_available" if row.unavailable else "free"), "", "", ""]
    table = f"{meeting.table_label}" + (f" ({meeting.zone})" if meeting.zone else "")
    mark = w.tr(f"mark_{row.change}") if row.change in ("added", "moved") else ""
    return [when, table, meeting.partner_company, meeting.partner_name,
            meeting.partner_country, mark]


def _was(w: _Writer, row: AgendaRow) -> str:
    """"was 14:00, table T1" for a moved meeting, else ""."""
    if not row.was_starts:
        return ""
    return w.tr("was", starts=clock_text(row.was_starts, w.lang), table=row.was_table)


def _table_row(w: _Writer, cells: Sequence[str], *, bold: bool = False, grey: float = 0.0,
               highlight: bool = False, note: str = "") -> None:
    fmt = w.fmt
    height = fmt.row_mm * mm + (fmt.text_pt if note else 0)
    canvas = w.canvas
    if canvas is not None:
        if highlight:
            canvas.setFillColorRGB(*HIGHLIGHT)
            canvas.rect(w.left, w.y - height, w.width, height, stroke=0, fill=1)
        canvas.setFillGray(grey)
        font = w.bold if bold else w.regular
        x = w.left
        row_h = fmt.row_mm * mm
        for index, ((_title, fraction), cell) in enumerate(zip(fmt.columns, cells,
                                                               strict=True)):
            cell_w = fraction * w.width
            # Shrink a little, then wrap to two lines, before cutting anything:
            # "Αικατερίνη Παπαδοπούλου" must be readable whole.
            fitted = fit_text(cell, font, cell_w - 3, row_h - 2, size_max=fmt.text_pt,
                              size_min=fmt.text_pt * 0.8,
                              max_lines=1 if (note and index == 2) else 2)
            draw_fitted(canvas, fitted, font, x + 1, w.y - row_h, cell_w - 3, row_h)
            x += cell_w
        if note:
            note_x = w.left + sum(f for _t, f in fmt.columns[:2]) * w.width + 1
            canvas.setFont(w.regular, fmt.text_pt * 0.8)
            canvas.drawString(note_x, w.y - row_h - fmt.text_pt * 0.4, note)
        canvas.setStrokeGray(0.85)
        canvas.setLineWidth(0.3)
        canvas.line(w.left, w.y - height, w.left + w.width, w.y - height)
    w.y -= height


def _receipt_row(w: _Writer, row: AgendaRow) -> None:
    fmt = w.fmt
    cells = _row_cells(w, row)
    mark = f"  [{cells[5]}]" if cells[5] else ""
    if row.meeting is None:
        w.text(f"{cells[0]}  {cells[2]}", fmt.text_pt, grey=0.45)
        w.gap(1.5 * mm)
        return
    w.text(f"{cells[0]}  {w.tr('table_label', table=cells[1])}{mark}", fmt.text_pt * 1.1,
           bold=True)
    w.text(cells[2], fmt.text_pt, lines=2)
    details = " · ".join(part for part in (cells[3], cells[4]) if part)
    if details:
        w.text(details, fmt.text_pt * 0.9, grey=0.25)
    if row.was_starts:
        w.text(f"({_was(w, row)})", fmt.text_pt * 0.85)
    w.gap(1.5 * mm)


def _body(w: _Writer, doc: AgendaDoc) -> None:
    """The rounds of the day, then what was cancelled since the previous version."""
    fmt = w.fmt
    receipt = fmt.page_h_mm is None

    def new_page_if_needed(height: float) -> None:
        if not w.room_for(height) and w.canvas is not None:
            w.canvas.showPage()
            w.y = w.page_h - fmt.margin_mm * mm
            _header(w, doc, continued=True)
            _table_row(w, w.column_titles(), bold=True, grey=0.3)

    if not receipt:
        _table_row(w, w.column_titles(), bold=True, grey=0.3)
    previous_end = None
    for row in doc.rows:
        if previous_end is not None and (row.starts_at - previous_end).total_seconds() >= (
                BREAK_MINUTES * 60):
            label = time_range(previous_end, row.starts_at, w.lang)
            if receipt:
                w.text(f"{label}  {w.tr('break')}", fmt.text_pt * 0.9, grey=0.45)
            else:
                new_page_if_needed(fmt.row_mm * mm)
                _table_row(w, [label, "", w.tr("break"), "", "", ""], grey=0.45)
        previous_end = row.ends_at
        if receipt:
            _receipt_row(w, row)
            continue
        new_page_if_needed(fmt.row_mm * mm + fmt.text_pt)
        _table_row(w, _row_cells(w, row), grey=0.45 if row.meeting is None else 0.0,
                   highlight=bool(row.change), note=_was(w, row))
    if doc.cancelled:
        w.gap(3 * mm)
        new_page_if_needed(fmt.text_pt * 3)
        w.text(w.tr("cancelled_since", version=doc.previous_version), fmt.text_pt,
               bold=True)
        for line in sorted(doc.cancelled, key=lambda item: str(item.get("starts"))):
            new_page_if_needed(fmt.text_pt * 1.5)
            w.text(w.tr("cancelled_line", starts=clock_text(str(line.get("starts", "")), w.lang),
                        company=line.get("company", ""), table=line.get("table", "")),
                   fmt.text_pt, lines=2, rgb=CANCELLED_RED)


def _draw_agenda(canvas: Canvas | None, doc: AgendaDoc, fmt: AgendaFormat,
                 page_h_mm: float, lang: str) -> float:
    """Draw (or measure) one agenda; returns the height used in points."""
    w = _Writer(canvas, fmt, page_h_mm, lang)
    _header(w, doc)
    _body(w, doc)
    return w.page_h - w.y + fmt.margin_mm * mm


def render_agendas(docs: Sequence[AgendaDoc], fmt: str | AgendaFormat = "a4", *,
                   title: str | None = None, lang: str | None = None) -> bytes:
    """All agendas in one PDF, each starting on a new page (a new receipt), in
    ``lang`` if given, else each in its document's language (``AgendaDoc.lang``)."""
    chosen = agenda_format(fmt) if isinstance(fmt, str) else fmt
    forced = check_language(lang) if lang else None
    if title is None:
        title = tr("agendas_title", forced or (docs[0].lang if docs else "en"))
    buffer = io.BytesIO()
    first_h = chosen.page_h_mm or 100
    canvas = new_canvas(buffer, chosen.page_w_mm * mm, first_h * mm, title)
    for index, doc in enumerate(docs):
        if index:
            canvas.showPage()
        language = forced or doc.lang
        if chosen.page_h_mm is None:
            # Measure on a page long enough for anything, then size the receipt.
            height_pt = _draw_agenda(None, doc, chosen, 10_000, language)
            page_h_mm = height_pt / mm
            canvas.setPageSize((chosen.page_w_mm * mm, height_pt))
        else:
            page_h_mm = chosen.page_h_mm
        _draw_agenda(canvas, doc, chosen, page_h_mm, language)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
