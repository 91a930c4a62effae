"""What an import would do, for the preview (window and ``desk-app import --preview``).

:func:`preview_import` plans the import without writing: the header and the field each
column feeds, the first rows, ignored columns, row-numbered errors, how many rows are
new, changed and unchanged, how the priority column is read, the encoding and the names
an uncertain encoding would affect. When no header is recognised the first filled row
is shown as the columns found, mapped to nothing, so the user can map them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Participant, Slot
from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.importing.headers import first_filled_row, key
from desk_app.importing.participants import plan_participants
from desk_app.importing.reader import Sheet, read_sheet
from desk_app.importing.requests import plan_requests, reading_sentence
from desk_app.importing.source import (
    ImportResult,
    counts_sentence,
    ignored_sentence,
    load_source,
)

PREVIEW_ROWS = 8
KINDS = ("participants", "requests")
PARTICIPANT_FIELDS = ("ext_id", "company", "first_name", "last_name", "email", "phone",
                      "country", "role", "table", "min_meetings", "max_meetings",
                      "availability", "arrival", "departure", "notes")
REQUEST_FIELDS = ("ext_id", "a", "b", "rank", "weight", "slots")


def field_label(field: str) -> str:
    """A field as the drop-down names it, in the desk's language."""
    labels = {
        "ext_id": t("Id"), "company": t("Company"), "first_name": t("First name"),
        "last_name": t("Name (or first and last name)"), "email": t("Email"),
        "phone": t("Phone"), "country": t("Country"), "role": t("Role (buyer, supplier)"),
        "table": t("Host table"), "min_meetings": t("Min meetings"),
        "max_meetings": t("Max meetings"), "availability": t("Availability"),
        "arrival": t("Arrival time"), "departure": t("Departure time"), "notes": t("Notes"),
        "a": t("Requester (A)"), "b": t("Invitee (B)"),
        "rank": t("Rank (1 = first choice)"), "weight": t("Weight (bigger = more)"),
        "slots": t("Allowed rounds"),
    }
    return labels.get(field, field)


def fields_for(kind: str) -> tuple[str, ...]:
    return PARTICIPANT_FIELDS if kind == "participants" else REQUEST_FIELDS


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    file_name: str
    header_found: bool
    message: str  # why no header was recognised ("" when one was)
    columns: tuple[str, ...]
    fields: tuple[str | None, ...]  # per column: the field it feeds, None: ignored
    rows: tuple[tuple[str, ...], ...]  # the first data rows, as many cells as columns
    first_row_number: int  # spreadsheet row number of rows[0]
    ignored: tuple[str, ...]
    errors: tuple[str, ...]  # "row 5: unknown table 'T9'"
    created: int = 0
    changed: int = 0
    unchanged: int = 0
    kept: int = 0
    reading: str = ""  # requests: how the priority column is read, in words
    encoding: str = ""
    uncertain_words: tuple[str, ...] = ()

    @property
    def can_import(self) -> bool:
        return self.header_found and not self.errors and bool(
            self.created or self.changed or self.unchanged)

    @property
    def signature(self) -> str:
        """The header as a key to remember a mapping for the next file like it."""
        return "|".join(key(c) for c in self.columns)

    def counts_sentence(self) -> str:
        return counts_sentence(self.created, self.changed, self.unchanged, self.kept)

    def ignored_sentence(self) -> str:
        return ignored_sentence(self.ignored)


def read_import_file(path: str | Path) -> tuple[Sheet, str]:
    """The file read once (the worker's job); the preview re-plans it per mapping."""
    data, name = load_source(path, None)
    return read_sheet(data, name), name


def _rows(sheet: Sheet, start: int, width: int) -> tuple[tuple[str, ...], ...]:
    shown: list[tuple[str, ...]] = []
    for row in sheet.rows[start:]:
        if any(c.strip() for c in row):
            shown.append(tuple((list(row) + [""] * width)[:width]))
        if len(shown) >= PREVIEW_ROWS:
            break
    return tuple(shown)


def preview_import(session: Session, event_id: int, kind: str, sheet: Sheet, *,
                   file_name: str = "", overrides: Mapping[str, str] | None = None
                   ) -> ImportPreview:
    """Plan importing ``sheet`` as ``kind`` ("participants" or "requests")."""
    try:
        plan = (plan_participants if kind == "participants" else plan_requests)(
            session, event_id, sheet, overrides=overrides)
    except InvalidInput as exc:
        if exc.code != "no_header":
            raise
        index = first_filled_row(sheet.rows)
        columns = tuple(sheet.rows[index]) if sheet.rows else ()
        return ImportPreview(
            kind, file_name, False, exc.message, columns, (None,) * len(columns),
            _rows(sheet, index + 1, len(columns)), index + 2,
            tuple(c for c in columns if c.strip()), (), encoding=sheet.encoding,
            uncertain_words=sheet.uncertain_words)
    header = plan.header
    width = len(header.columns)
    errors = tuple(str(e) for e in plan.errors)
    reading = ""
    if kind == "requests":
        reading = reading_sentence(getattr(plan, "reading", ""), header)
    return ImportPreview(
        kind, file_name, True, "", header.columns,
        tuple(header.field_of(i) for i in range(width)),
        _rows(sheet, header.index + 1, width), header.index + 2, header.ignored, errors,
        created=len(plan.created), changed=len(plan.changed),
        unchanged=len(plan.unchanged), kept=plan.kept, reading=reading,
        encoding=sheet.encoding, uncertain_words=sheet.uncertain_words)


def sample_participant_list(session: Session, event_id: int) -> str:
    """An organiser's updated list for the event (the screenshot's file): a title row,
    French headers, three known firms (one with new hours), a new one, a column the
    import does not know ("Créneaux libres", to be mapped) and one it ignores ("Stand")."""
    known = list(session.scalars(select(Participant).where(Participant.event_id == event_id)
                                 .order_by(Participant.id).limit(3)))
    lines = ["Rencontres d'affaires — liste mise à jour",
             "Raison sociale;Prénom Nom;Courriel;Téléphone;Créneaux libres;Stand"]
    slots = list(session.scalars(select(Slot).where(Slot.event_id == event_id)
                                 .order_by(Slot.position)))
    hours = ["", "", ""]
    if slots:  # written as organisers do, in the event's own hours
        half = slots[: max(1, len(slots) // 2)]
        hours = [f"{half[0].starts_at:%H}h-{half[-1].ends_at:%H}h{half[-1].ends_at:%M}",
                 "", f"à partir de {slots[-1].starts_at:%H}h{slots[-1].starts_at:%M}"]
    for person, free in zip(known, hours, strict=False):
        lines.append(f"{person.company};{person.contact_name};{person.email};"
                     f"{person.phone};\"{free}\";A{person.id}")
    lines.append("Łódź Tools;Łukasz Żółć;lukasz@lodz.example;06 12 34 56 78;;B7")
    return "\n".join(lines) + "\n"


def result_sentence(kind: str, result: ImportResult) -> str:
    """What an import did, in one sentence for the window and the command line."""
    parts = [counts_sentence(result.created, result.changed, result.unchanged, result.kept)]
    if result.merged:
        parts.append(t("{count} asked both ways, made mutual", count=result.merged))
    if kind == "requests" and result.reading:
        parts.append(t("read as ranks (1 = first choice)") if result.reading == "rank"
                     else t("read as weights (bigger = more wanted)"))
    if result.ignored:
        parts.append(ignored_sentence(result.ignored))
    if result.reprint:
        parts.append(t("agendas to reprint: {who}", who=", ".join(result.reprint[:10])))
    return "; ".join(parts) + "."


__all__ = ["ImportPreview", "field_label", "fields_for", "preview_import",
           "read_import_file", "result_sentence", "sample_participant_list"]
