"""A tiny scheduled event with names in Polish and Greek, for the printing tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import MeetingRequest, Participant, Slot, VenueTable
from desk_app.services.meetings import add_meeting
from tests.conftest import make_tiny_event

POLISH_NAME = "Łucja Wąsowska-Żółć"
GREEK_NAME = "Αικατερίνη Παπαδοπούλου"
POLISH_COMPANY = "Wąsowski i Synowie Sp. z o.o."
GREEK_COMPANY = "Ελληνικά Ελαιόλαδα Α.Ε."


def make_printed_event(db: Database) -> int:
    """6 participants, 4 rounds from 14:00, 2 tables. P1 (Polish) meets P2 (Greek) at
    14:00 on T1 and P3 at 14:40 on T2; P3-P4 at 14:00 on T2; P5-P6 at 14:20 on T1.
    P2 hosts table T1."""
    event_id = make_tiny_event(db, participants=6, slots=4, tables=2)
    with db.session() as s:
        people = list(s.scalars(select(Participant).order_by(Participant.id)))
        slots = list(s.scalars(select(Slot).order_by(Slot.position)))
        tables = list(s.scalars(select(VenueTable).order_by(VenueTable.position)))
        people[0].contact_name, people[0].company = POLISH_NAME, POLISH_COMPANY
        people[0].country, people[0].role = "Poland", "buyer"
        people[1].contact_name, people[1].company = GREEK_NAME, GREEK_COMPANY
        people[1].country, people[1].role = "Greece", "supplier"
        people[1].host_table_id = tables[0].id
        r1, r2, r3 = s.scalars(select(MeetingRequest).order_by(MeetingRequest.id)).all()
        extra = MeetingRequest(event_id=event_id, ext_id="R4", participant_a_id=people[0].id,
                               participant_b_id=people[2].id)
        s.add(extra)
        s.flush()
        add_meeting(s, r1, slot_id=slots[0].id, table_id=tables[0].id)
        add_meeting(s, r2, slot_id=slots[0].id, table_id=tables[1].id)
        add_meeting(s, r3, slot_id=slots[1].id, table_id=tables[0].id)
        add_meeting(s, extra, slot_id=slots[2].id, table_id=tables[1].id)
    return event_id


def pdf_text(pdf: bytes) -> str:
    """All the text of a PDF as a reader (pypdf) extracts it, whitespace collapsed (a
    name wrapped on two lines still reads as one)."""
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def pdf_fonts(pdf: bytes) -> dict[str, bool]:
    """BaseFont name -> embedded (has a FontFile*) for every font on every page."""
    import io

    import pypdf

    fonts: dict[str, bool] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"]  # a dictionary object; pypdf types it loosely
        for ref in resources["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            keys = set(descriptor.get_object().keys()) if descriptor else set()
            fonts[str(font["/BaseFont"])] = bool(keys & {"/FontFile", "/FontFile2",
                                                         "/FontFile3"})
    return fonts


def pdf_page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    import io

    import pypdf

    return [(round(float(p.mediabox.width) / 72 * 25.4, 1),
             round(float(p.mediabox.height) / 72 * 25.4, 1))
            for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def decode_codes(pdf: bytes, page: int = 0, scale: float = 4.0) -> dict[str, set[str]]:
    """Barcodes found on a rendered page (pypdfium2 + zxing-cpp): format -> texts."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page].render(scale=scale).to_pil()
    finally:
        document.close()
    found: dict[str, set[str]] = {}
    for result in zxingcpp.read_barcodes(image):
        found.setdefault(str(result.format).split(".")[-1], set()).add(result.text)
    return found
