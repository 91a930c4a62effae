"""Importing participants from an organiser's CSV or XLSX list into an existing event.

An updated list merges: each row matches an existing participant by id, else email,
else company and contact name, and only the columns the file has are compared and
changed; people no longer in the file are kept. All or nothing: every row is checked
first, and one bad row means no row is written (the organiser fixes the file and
imports it again, never half a list). The import is one operation (audit entries and
change summary in the caller's transaction).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app.badges.codes import make_badge_code, normalise_ext_id
from desk_app.db.models import (
    Event,
    Participant,
    ParticipantUnavailability,
    Slot,
    VenueTable,
)
from desk_app.errors import InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.importing.availability import Round, arrival_departure, available_rounds
from desk_app.importing.errors import ImportFailed, RowError
from desk_app.importing.headers import (
    PARTICIPANT_HEADERS,
    HeaderReading,
    cell,
    find_header,
    key,
    name_key,
)
from desk_app.importing.reader import Sheet
from desk_app.importing.reprint import holders_affected
from desk_app.importing.source import (
    ImportResult,
    load_source,
    next_ids,
    parse_count,
    read_source,
)
from desk_app.services.operation import operation

__all__ = ["ImportResult", "ParticipantPlan", "import_participants", "load_source",
           "next_ids", "parse_count", "plan_participants", "role_of"]

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ROLE_WORDS = {
    "buyer": ["acheteur", "acheteuse", "acheteurs", "buyer", "buyers", "donneur d'ordre",
              "donneurs d'ordres", "donneur d'ordres", "client", "acquéreur", "purchaser"],
    "supplier": ["fournisseur", "fournisseurs", "supplier", "suppliers", "vendeur", "seller",
                 "prestataire", "sous-traitant", "soustraitant", "exposant", "exhibitor",
                 "offreur", "vendor"],
}
_ROLE_BY_KEY = {key(word): role for role, words in ROLE_WORDS.items() for word in words}
# Column -> longest accepted text, per the model's column sizes.
LIMITS = {"company": 200, "contact_name": 200, "email": 254, "phone": 64, "country": 64}
_TEXT_FIELDS = {"email": "email", "phone": "phone", "country": "country", "notes": "notes"}
UNAVAILABLE = "unavailable"  # pseudo-attribute: the set of slot ids they cannot meet in


def _field_word(field: str) -> str:
    """A LIMITS field as the organiser names the column, in the desk's language."""
    words = {"company": t("company"), "contact_name": t("contact name"), "email": t("email"),
             "phone": t("phone"), "country": t("country")}
    return words.get(field, field)


def role_of(text: str) -> str:
    """Organisers' words for the two sides ('Acheteur', 'Fournisseurs') -> buyer/supplier;
    anything else is kept as typed (lower case)."""
    return _ROLE_BY_KEY.get(key(text), text.strip().lower()[:32])


@dataclass
class PlannedRow:
    row: int
    values: dict[str, Any]  # attribute -> value, only for the columns the file has
    ext_id: str | None
    match: Participant | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass
class ParticipantPlan:
    """What importing the sheet would do; nothing is written until :func:`apply_plan`."""

    sheet: Sheet
    header: HeaderReading
    rows: list[PlannedRow]
    errors: list[RowError]
    kept: int

    @property
    def created(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.match is None]

    @property
    def changed(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.match is not None and r.changes]

    @property
    def unchanged(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.match is not None and not r.changes]


class _Matcher:
    """Existing participants by id, email and company + contact name."""

    def __init__(self, people: list[Participant]) -> None:
        self.by_id = {p.ext_id.strip().casefold(): p for p in people}
        self.by_badge_id: dict[str, Participant] = {}
        for p in people:
            try:
                self.by_badge_id[normalise_ext_id(p.ext_id)] = p
            except ValueError:
                continue
        self.by_email: dict[str, list[Participant]] = {}
        self.by_person: dict[tuple[str, str], list[Participant]] = {}
        for p in people:
            if p.email:
                self.by_email.setdefault(p.email.strip().casefold(), []).append(p)
            self.by_person.setdefault(_person(p.company, p.contact_name), []).append(p)

    def find(self, ext_id: str | None, email: str, company: str, contact: str | None
             ) -> Participant | None:
        if ext_id and ext_id.casefold() in self.by_id:
            return self.by_id[ext_id.casefold()]
        by_email = self.by_email.get(email.casefold(), []) if email else []
        if len(by_email) == 1:
            return by_email[0]
        if contact is None:  # the file names no contact: the company alone must be unique
            same = [p for (c, _), ps in self.by_person.items() if c == name_key(company)
                    for p in ps]
        else:
            same = self.by_person.get(_person(company, contact), [])
        return same[0] if len(same) == 1 else None


def _person(company: str, contact: str) -> tuple[str, str]:
    return name_key(company), name_key(contact)


def _rounds(session: Session, event_id: int) -> list[Round]:
    slots = session.scalars(select(Slot).where(Slot.event_id == event_id)
                            .order_by(Slot.position))
    return [Round(s.id, number, s.code, s.starts_at.time(), s.ends_at.time())
            for number, s in enumerate(slots, 1)]


def _row_values(row: list[str], mapping: Mapping[str, int], rounds: list[Round],
                tables: dict[str, VenueTable], problems: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {"company": cell(row, mapping, "company")}
    if "first_name" in mapping or "last_name" in mapping:
        first, last = cell(row, mapping, "first_name"), cell(row, mapping, "last_name")
        values["contact_name"] = " ".join(part for part in (first, last) if part)
    for column, attribute in _TEXT_FIELDS.items():
        if column in mapping:
            values[attribute] = cell(row, mapping, column)
    if "role" in mapping:
        values["role"] = role_of(cell(row, mapping, "role"))
    if not values["company"]:
        problems.append(t("missing company"))
    for name, limit in LIMITS.items():
        if len(str(values.get(name, ""))) > limit:
            problems.append(t("{field} longer than {limit} characters",
                              field=_field_word(name), limit=limit))
    email = str(values.get("email", ""))
    if email and not EMAIL_RE.match(email):
        problems.append(t("bad email {email}", email=repr(email)))
    if "table" in mapping:
        table_text = cell(row, mapping, "table")
        table = tables.get(table_text.casefold()) if table_text else None
        if table_text and table is None:
            problems.append(t("unknown table {table}", table=repr(table_text)))
        values["host_table_id"] = table.id if table is not None else None
    for column in ("max_meetings", "min_meetings"):
        if column in mapping:
            text = cell(row, mapping, column)
            number = parse_count(text) if text else None
            if text and number is None:
                problems.append(
                    t("bad max meetings {value} (a whole number)", value=repr(text))
                    if column == "max_meetings" else
                    t("bad min meetings {value} (a whole number)", value=repr(text)))
            values[column] = number
    low, high = values.get("min_meetings"), values.get("max_meetings")
    if low is not None and high is not None and low > high:
        problems.append(t("min meetings {low} above max meetings {high}", low=low, high=high))
    if {"availability", "arrival", "departure"} & mapping.keys():
        values[UNAVAILABLE] = _unavailable(row, mapping, rounds, problems)
    return values


def _unavailable(row: list[str], mapping: Mapping[str, int], rounds: list[Round],
                 problems: list[str]) -> frozenset[int]:
    present, why = available_rounds(cell(row, mapping, "availability"), rounds)
    between, why_between = arrival_departure(cell(row, mapping, "arrival"),
                                             cell(row, mapping, "departure"), rounds)
    problems += [w for w in (why, why_between) if w]
    can = {r.slot_id for r in rounds}
    for part in (present, between):
        if part is not None:
            can &= part
    if not can and not why and not why_between:
        problems.append(t("available in no round"))
    return frozenset(r.slot_id for r in rounds if r.slot_id not in can)


def _current(p: Participant, attribute: str) -> Any:
    if attribute == UNAVAILABLE:
        return frozenset(u.slot_id for u in p.unavailable_slots)
    return getattr(p, attribute)


def plan_participants(session: Session, event_id: int, sheet: Sheet, *,
                      overrides: Mapping[str, str] | None = None) -> ParticipantPlan:
    """Check every row and match it against the event's participants (no writing)."""
    header = find_header(
        sheet.rows, PARTICIPANT_HEADERS, ["company"], what=t("participant list"),
        expected=t("a 'Société' (or 'Company', 'Entreprise', 'Raison sociale') column"),
        overrides=overrides,
    )
    existing = list(session.scalars(
        select(Participant).where(Participant.event_id == event_id)
        .options(selectinload(Participant.unavailable_slots))))
    matcher = _Matcher(existing)
    rounds = _rounds(session, event_id)
    tables = {t.label.casefold(): t for t in session.scalars(
        select(VenueTable).where(VenueTable.event_id == event_id))}
    errors: list[RowError] = []
    planned: list[PlannedRow] = []
    matched: dict[int, int] = {}  # participant id -> row
    ids_in_file: dict[str, tuple[int, str]] = {}  # badge form -> (row, id as written)
    people_in_file: dict[tuple[str, str], int] = {}
    for index in range(header.index + 1, len(sheet.rows)):
        row, row_number = sheet.rows[index], index + 1
        if not any(c.strip() for c in row):
            continue
        problems: list[str] = []
        values = _row_values(row, header.mapping, rounds, tables, problems)
        ext_id = cell(row, header.mapping, "ext_id") or None
        normal = ""
        if ext_id is not None:
            try:
                normal = normalise_ext_id(ext_id)
            except ValueError:
                problems.append(t("bad id {id} (needs letters or digits)", id=repr(ext_id)))
            if len(ext_id) > 32:
                problems.append(t("id {id} longer than 32 characters", id=repr(ext_id[:40])))
        contact = values.get("contact_name")
        match = matcher.find(ext_id, str(values.get("email", "")), values["company"],
                             contact if isinstance(contact, str) else None)
        if ext_id is not None and match is not None and \
                match.ext_id.strip().casefold() != ext_id.casefold():
            problems.append(t("id {id} given to {who}, who has id {old} in the event",
                              id=repr(ext_id), who=match.company, old=match.ext_id))
        elif normal and match is None and normal in matcher.by_badge_id:
            other = matcher.by_badge_id[normal]
            problems.append(t("id {id} is not {other} but would print the same badge code "
                              "({company}): give it another id", id=repr(ext_id),
                              other=repr(other.ext_id), company=other.company))
        if normal and normal in ids_in_file:
            first_row, first_id = ids_in_file[normal]
            problems.append(t("duplicate: same id as row {row}", row=first_row)
                            if first_id.casefold() == (ext_id or "").casefold() else
                            t("id {id} would print the same badge code as {other} on row "
                              "{row}", id=repr(ext_id), other=repr(first_id), row=first_row))
        elif normal:
            ids_in_file[normal] = (row_number, ext_id or "")
        if match is not None and match.id in matched:
            problems.append(t("duplicate of row {row}", row=matched[match.id]))
        elif match is not None:
            matched[match.id] = row_number
        else:
            person = _person(values["company"], str(contact or ""))
            if values["company"] and person in people_in_file:
                problems.append(t("duplicate of row {row}", row=people_in_file[person]))
            elif values["company"]:
                people_in_file[person] = row_number
        if problems:
            errors.append(RowError(row_number, "; ".join(problems)))
            continue
        plan_row = PlannedRow(row_number, values, ext_id, match)
        if match is not None:
            plan_row.changes = {a: (_current(match, a), v) for a, v in values.items()
                                if _current(match, a) != v}
        planned.append(plan_row)
    return ParticipantPlan(sheet, header, planned, errors,
                           kept=sum(1 for p in existing if p.id not in matched))


def _json(value: Any) -> Any:
    return sorted(value) if isinstance(value, frozenset | set) else value


def apply_plan(session: Session, event: Event, plan: ParticipantPlan, *, name: str,
               desk: str) -> ImportResult:
    taken = {normalise_ext_id(p.ext_id) for p in session.scalars(
        select(Participant).where(Participant.event_id == event.id))}
    taken |= {normalise_ext_id(r.ext_id) for r in plan.rows if r.ext_id}
    fresh = iter(next_ids("P", taken, sum(1 for r in plan.created if r.ext_id is None)))
    reprint = holders_affected(session, event.id, [
        (r.match.id, set(r.changes)) for r in plan.changed if r.match is not None])
    with operation(session, event, "import_participants", desk=desk, kind="import") as op:
        for planned in plan.created:
            values = dict(planned.values)
            unavailable = values.pop(UNAVAILABLE, frozenset())
            ext_id = planned.ext_id or next(fresh)
            person = Participant(event_id=event.id, ext_id=ext_id, badge_code=make_badge_code(
                event.badge_secret, event.code, ext_id), **values)
            person.unavailable_slots = [ParticipantUnavailability(slot_id=s)
                                        for s in sorted(unavailable)]
            session.add(person)
            op.created(person)
        for planned in plan.changed:
            member = planned.match
            assert member is not None
            for attribute, (_old, new) in planned.changes.items():
                if attribute == UNAVAILABLE:
                    member.unavailable_slots = [ParticipantUnavailability(slot_id=s)
                                                for s in sorted(new)]
                else:
                    setattr(member, attribute, new)
            op.record("participant", member.id,
                      before={a: _json(old) for a, (old, _) in planned.changes.items()},
                      after={a: _json(new) for a, (_, new) in planned.changes.items()})
            op.involve(member.id)
        op.record("event", event.id, after={
            "file": name, "created": len(plan.created), "changed": len(plan.changed),
            "unchanged": len(plan.unchanged), "kept": plan.kept})
        op.flag(everything=True)
    return ImportResult(
        created=len(plan.created), summary=op.summary, changed=len(plan.changed),
        unchanged=len(plan.unchanged), kept=plan.kept, ignored=plan.header.ignored,
        reprint=reprint, encoding=plan.sheet.encoding,
        uncertain_words=plan.sheet.uncertain_words)


def import_participants(
    session: Session,
    event_id: int,
    source: str | Path | bytes | Sheet,
    *,
    filename: str | None = None,
    desk: str = "",
    overrides: Mapping[str, str] | None = None,
) -> ImportResult:
    """Merge the file's participants into the event (flushed in the caller's transaction).

    ``overrides`` maps a column header to a field name ("" ignores the column). Raises
    ImportFailed listing every bad row, or InvalidInput for an unreadable file or a
    header that names no company column; either way nothing has been written.
    """
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(t("No event with id {id}.", id=event_id), code="event_not_found")
    sheet, name = read_source(source, filename)
    plan = plan_participants(session, event_id, sheet, overrides=overrides)
    if plan.errors:
        raise ImportFailed(plan.errors)
    if not plan.rows:
        raise InvalidInput(t("The file has a header but no participant rows."),
                           code="no_rows")
    return apply_plan(session, event, plan, name=name, desk=desk)
