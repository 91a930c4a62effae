"""Importing participants from an organiser's CSV or XLSX list into an existing event.

All or nothing: every row is checked first, and one bad row means no row is written
(the organiser fixes the file and imports it again, never half a list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.badges.codes import make_badge_code, normalise_ext_id
from desk_app.db.models import AuditEntry, Event, Participant, VenueTable
from desk_app.errors import InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.importing.errors import ImportFailed, RowError
from desk_app.importing.headers import PARTICIPANT_HEADERS, cell, find_header, key, name_key
from desk_app.importing.reader import read_rows
from desk_app.services.changes import ChangeSummary, record_change

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ROLE_WORDS = {
    "buyer": ["acheteur", "acheteuse", "acheteurs", "buyer", "buyers", "donneur d'ordre",
              "donneurs d'ordres", "donneur d'ordres", "client", "acquéreur", "purchaser"],
    "supplier": ["fournisseur", "fournisseurs", "supplier", "suppliers", "vendeur", "seller",
                 "prestataire", "sous-traitant", "soustraitant", "exposant", "exhibitor",
                 "offreur", "vendor"],
}
_ROLE_BY_KEY = {key(word): role for role, words in ROLE_WORDS.items() for word in words}
# Column -> (model attribute, longest accepted text), per the model's column sizes.
LIMITS = {"company": 200, "contact_name": 200, "email": 254, "phone": 64, "country": 64}


def _field_word(field: str) -> str:
    """A LIMITS field as the organiser names the column, in the desk's language."""
    words = {"company": t("company"), "contact_name": t("contact name"), "email": t("email"),
             "phone": t("phone"), "country": t("country")}
    return words.get(field, field)


@dataclass(frozen=True)
class ImportResult:
    created: int
    summary: ChangeSummary
    merged: int = 0  # requests only: A->B and B->A rows merged into one mutual request


def load_source(source: str | Path | bytes, filename: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, filename or ""
    path = Path(source)
    try:
        return path.read_bytes(), filename or path.name
    except OSError as exc:
        raise InvalidInput(t("The file {name} cannot be read ({reason}).",
                             name=repr(path.name), reason=exc.strerror),
                           code="unreadable_file") from None


def role_of(text: str) -> str:
    """Organisers' words for the two sides ('Acheteur', 'Fournisseurs') -> buyer/supplier;
    anything else is kept as typed (lower case)."""
    return _ROLE_BY_KEY.get(key(text), text.strip().lower()[:32])


def parse_count(text: str) -> int | None:
    cleaned = text.strip().replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return int(number) if number.is_integer() and number >= 0 else None


def next_ids(prefix: str, used: set[str], count: int) -> list[str]:
    """``count`` fresh ids like P0181, P0182... after the highest numbered one in use."""
    numbers = [int(m.group(1)) for u in used if (m := re.fullmatch(rf"{prefix}(\d+)", u))]
    n = max(numbers, default=0)
    fresh: list[str] = []
    while len(fresh) < count:
        n += 1
        candidate = f"{prefix}{n:04d}"
        if candidate not in used:
            fresh.append(candidate)
    return fresh


def import_participants(
    session: Session,
    event_id: int,
    source: str | Path | bytes,
    *,
    filename: str | None = None,
    desk: str = "",
) -> ImportResult:
    """Add the file's participants to the event (flushed in the caller's transaction).

    Raises ImportFailed listing every bad row, or InvalidInput for an unreadable file;
    either way nothing has been added to the session.
    """
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(t("No event with id {id}.", id=event_id), code="event_not_found")
    data, name = load_source(source, filename)
    rows = read_rows(data, name)
    header_index, mapping = find_header(
        rows, PARTICIPANT_HEADERS, ["company"], what=t("participant list"),
        expected=t("a 'Société' (or 'Company', 'Entreprise', 'Raison sociale') column"),
    )

    existing = list(session.scalars(select(Participant).where(Participant.event_id == event_id)))
    used_ids = {normalise_ext_id(p.ext_id): p for p in existing}
    known_people = {(name_key(p.company), name_key(p.contact_name)): p for p in existing}
    tables = {t.label.casefold(): t for t in session.scalars(
        select(VenueTable).where(VenueTable.event_id == event_id)
    )}

    errors: list[RowError] = []
    accepted: list[tuple[int, dict[str, object], str | None]] = []
    ids_in_file: dict[str, int] = {}
    people_in_file: dict[tuple[str, str], int] = {}
    for index in range(header_index + 1, len(rows)):
        row, row_number = rows[index], index + 1
        if not any(cell.strip() for cell in row):
            continue
        problems: list[str] = []
        company = cell(row, mapping, "company")
        first, last = cell(row, mapping, "first_name"), cell(row, mapping, "last_name")
        values: dict[str, object] = {
            "company": company,
            "contact_name": " ".join(part for part in (first, last) if part),
            "email": cell(row, mapping, "email"),
            "phone": cell(row, mapping, "phone"),
            "country": cell(row, mapping, "country"),
            "role": role_of(cell(row, mapping, "role")),
            "notes": cell(row, mapping, "notes"),
        }
        if not company:
            problems.append(t("missing company"))
        for field, limit in LIMITS.items():
            if len(str(values[field])) > limit:
                problems.append(t("{field} longer than {limit} characters",
                                  field=_field_word(field), limit=limit))
        email = str(values["email"])
        if email and not EMAIL_RE.match(email):
            problems.append(t("bad email {email}", email=repr(email)))

        ext_id: str | None = cell(row, mapping, "ext_id") or None
        if ext_id is not None:
            try:
                normal = normalise_ext_id(ext_id)
            except ValueError:
                normal = ""
                problems.append(t("bad id {id} (needs letters or digits)", id=repr(ext_id)))
            if len(ext_id) > 32:
                problems.append(t("id {id} longer than 32 characters", id=repr(ext_id[:40])))
            elif normal in used_ids:
                problems.append(t("duplicate: id {id} is already used by {company}",
                                  id=repr(ext_id), company=used_ids[normal].company))
            elif normal in ids_in_file:
                problems.append(t("duplicate: same id as row {row}", row=ids_in_file[normal]))
            elif normal:
                ids_in_file[normal] = row_number

        person = (name_key(company), name_key(str(values["contact_name"])))
        if company and person in known_people:
            problems.append(t("duplicate: {who} is already in the event ({id})",
                              who=f"{company} {values['contact_name']}".strip(),
                              id=known_people[person].ext_id))
        elif company and person in people_in_file:
            problems.append(t("duplicate of row {row}", row=people_in_file[person]))
        elif company:
            people_in_file[person] = row_number

        table_text = cell(row, mapping, "table")
        if table_text:
            table = tables.get(table_text.casefold())
            if table is None:
                problems.append(t("unknown table {table}", table=repr(table_text)))
            else:
                values["host_table_id"] = table.id
        cap_text = cell(row, mapping, "max_meetings")
        if cap_text:
            cap = parse_count(cap_text)
            if cap is None:
                problems.append(t("bad max meetings {value} (a whole number)",
                                  value=repr(cap_text)))
            values["max_meetings"] = cap

        if problems:
            errors.append(RowError(row_number, "; ".join(problems)))
        else:
            accepted.append((row_number, values, ext_id))

    if errors:
        raise ImportFailed(errors)
    if not accepted:
        raise InvalidInput(t("The file has a header but no participant rows."),
                           code="no_rows")

    taken = set(used_ids) | set(ids_in_file)  # normalised, as badge codes carry them
    fresh = iter(next_ids("P", taken, sum(1 for _, _, e in accepted if e is None)))
    created = []
    for _, values, given_id in accepted:
        ext_id = given_id or next(fresh)
        participant = Participant(
            event_id=event_id, ext_id=ext_id,
            badge_code=make_badge_code(event.badge_secret, event.code, ext_id), **values,
        )
        created.append(participant)
    session.add_all(created)
    session.flush()
    session.add(AuditEntry(event_id=event_id, desk=desk, action="import_participants",
                           entity="event", entity_id=event_id,
                           after={"file": name, "created": len(created)}))
    summary = record_change(session, event_id, ChangeSummary(
        kind="import", participants=frozenset(p.id for p in created), everything=True,
    ), desk=desk)
    return ImportResult(created=len(created), summary=summary)
