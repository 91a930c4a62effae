"""Table sheets: one A4 page per table with the meetings of the day, for the table tent
or the floor manager's clipboard."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk_app.db.models import (
    LIVE_STATUSES,
    Event,
    Meeting,
    MeetingRequest,
    Participant,
    Slot,
    VenueTable,
)
from desk_app.printing.fonts import font_name
from desk_app.printing.i18n import document_language, long_date, meetings_count, time_range, tr
from desk_app.printing.render import new_canvas
from desk_app.printing.textfit import fit_text

MARGIN = 15 * mm
ROW_PT = 30.0  # two lines per meeting: company, then contact and country
# Column titles (message keys of printing.i18n) and widths as fractions of the text width.
COLUMNS = (("col_time", 0.16), ("col_participant", 0.42), ("col_participant", 0.42))


@dataclass(frozen=True)
class SeatedParty:
    company: str
    contact: str
    country: str


@dataclass(frozen=True)
class TableRound:
    starts_at: dt.datetime
    ends_at: dt.datetime
    parties: tuple[SeatedParty, SeatedParty] | None  # None: the table is free


@dataclass(frozen=True)
class TableSheet:
    label: str
    zone: str
    host: str  # company hosting the table, if any
    rounds: tuple[TableRound, ...]

    @property
    def meeting_count(self) -> int:
        return sum(1 for r in self.rounds if r.parties is not None)


def _party(p: Participant) -> SeatedParty:
    return SeatedParty(p.company, p.contact_name, p.country)


def build_table_sheets(session: Session, event: Event, *,
                       include_inactive_tables: bool = False) -> list[TableSheet]:
    """Every table's day, in floor order (live meetings only)."""
    table_query = select(VenueTable).where(VenueTable.event_id == event.id)
    if not include_inactive_tables:
        table_query = table_query.where(VenueTable.active.is_(True))
    tables = list(session.scalars(table_query.order_by(VenueTable.position, VenueTable.label)))
    slots = list(session.scalars(
        select(Slot).where(Slot.event_id == event.id).order_by(Slot.position)
    ))
    a, b = aliased(Participant), aliased(Participant)
    meetings = session.execute(
        select(Meeting.table_id, Meeting.slot_id, a, b)
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .join(a, MeetingRequest.participant_a_id == a.id)
        .join(b, MeetingRequest.participant_b_id == b.id)
        .where(Meeting.event_id == event.id,
               Meeting.status.in_([s.value for s in LIVE_STATUSES]))
    ).all()
    seated = {(t, s): (_party(pa), _party(pb)) for t, s, pa, pb in meetings}
    hosts: defaultdict[int, list[str]] = defaultdict(list)
    for table_id, company in session.execute(
        select(Participant.host_table_id, Participant.company)
        .where(Participant.event_id == event.id, Participant.host_table_id.is_not(None))
    ).all():
        if table_id is not None:
            hosts[table_id].append(company)
    return [
        TableSheet(
            label=table.label, zone=table.zone, host=", ".join(sorted(hosts[table.id])),
            rounds=tuple(TableRound(slot.starts_at, slot.ends_at, seated.get((table.id, slot.id)))
                         for slot in slots),
        )
        for table in tables
    ]


def _cell(canvas: Canvas, text: str, font: str, size: float, x: float, y: float,
          width: float) -> None:
    """One line of text at baseline y, shrunk a little then cut to fit ``width``."""
    fitted = fit_text(text, font, width, size * 2, size_max=size, size_min=size * 0.75)
    canvas.setFont(font, fitted.size)
    canvas.drawString(x, y, fitted.lines[0])


def render_table_sheets(sheets: Sequence[TableSheet], event: Event, *,
                        lang: str | None = None) -> bytes:
    """One A4 page per sheet, in ``lang`` (default: the event's, see
    :func:`desk_app.printing.i18n.document_language`)."""
    lang = document_language(event.timezone, lang)
    page_w, page_h = A4
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, page_w, page_h, tr("tables_title", lang, event=event.name))
    regular, bold = font_name(False), font_name(True)
    width = page_w - 2 * MARGIN
    for index, sheet in enumerate(sheets):
        if index:
            canvas.showPage()
        y = page_h - MARGIN
        canvas.setFillGray(0.3)
        canvas.setFont(regular, 10)
        canvas.drawString(MARGIN, y - 10, f"{event.name} · {long_date(event.date, lang)}")
        y -= 20
        canvas.setFillGray(0)
        _cell(canvas, tr("table_label", lang, table=sheet.label), bold, 40, MARGIN, y - 40,
              width)
        y -= 52
        subtitle = " · ".join(part for part in (
            tr("zone", lang, zone=sheet.zone) if sheet.zone else "",
            tr("host", lang, host=sheet.host) if sheet.host else "",
            meetings_count(sheet.meeting_count, lang)) if part)
        _cell(canvas, subtitle, regular, 12, MARGIN, y - 12, width)
        y -= 24
        x = MARGIN
        canvas.setFillGray(0.3)
        for title, fraction in COLUMNS:
            canvas.setFont(bold, 10)
            canvas.drawString(x, y - 10, tr(title, lang))
            x += fraction * width
        y -= 16
        row_h = min(ROW_PT, (y - MARGIN) / max(1, len(sheet.rounds)))
        size = min(11.0, row_h * 0.36)
        for table_round in sheet.rounds:
            canvas.setStrokeGray(0.8)
            canvas.setLineWidth(0.3)
            canvas.line(MARGIN, y, MARGIN + width, y)
            canvas.setFillGray(0 if table_round.parties else 0.5)
            x = MARGIN
            time_w = COLUMNS[0][1] * width
            canvas.setFont(bold, size)
            canvas.drawString(x, y - size * 1.2,
                              time_range(table_round.starts_at, table_round.ends_at, lang))
            x += time_w
            if table_round.parties is None:
                canvas.setFont(regular, size)
                canvas.drawString(x, y - size * 1.2, tr("free", lang))
            else:
                for party, (_title, fraction) in zip(table_round.parties, COLUMNS[1:],
                                                     strict=True):
                    cell_w = fraction * width - 4
                    _cell(canvas, party.company, bold, size, x, y - size * 1.2, cell_w)
                    details = " · ".join(p for p in (party.contact, party.country) if p)
                    _cell(canvas, details, regular, size * 0.85, x, y - size * 2.3, cell_w)
                    x += fraction * width
            y -= row_h
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
