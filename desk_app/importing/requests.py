"""Importing meeting wishes ("A wants to meet B") from an organiser's CSV or XLSX list.

Participants are named by id, email or exact company name (accent- and case-blind).
A wish without a weight is one-way (weight 2); when the file holds both A -> B and
B -> A, the two rows become one mutual request (weight 3 unless the rows say otherwise).
All or nothing, like the participant import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import (
    AuditEntry,
    Event,
    MeetingRequest,
    Participant,
    RequestAllowedSlot,
    RequestStatus,
    Slot,
)
from desk_app.errors import InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.importing.errors import ImportFailed, RowError
from desk_app.importing.headers import REQUEST_HEADERS, cell, find_header, key, name_key
from desk_app.importing.participants import ImportResult, load_source, next_ids, parse_count
from desk_app.importing.reader import read_rows
from desk_app.services.changes import ChangeSummary, record_change
from desk_app.services.participants import fold

ONE_WAY_WEIGHT = 2
MUTUAL_WEIGHT = 3
_WEIGHT_WORDS = {
    MUTUAL_WEIGHT: ["mutuel", "mutuelle", "mutual", "réciproque", "both", "les deux",
                    "haute", "high", "forte"],
    ONE_WAY_WEIGHT: ["unilatéral", "unilatérale", "one-way", "one way", "simple",
                     "sens unique", "normale", "normal", "medium", "moyenne"],
    1: ["suggestion", "suggéré", "suggested", "proposition", "basse", "low", "faible"],
}
_WEIGHT_BY_KEY = {key(w): weight for weight, words in _WEIGHT_WORDS.items() for w in words}
_MORNING = {"matin", "morning", "am"}
_AFTERNOON = {"apresmidi", "afternoon", "pm"}
_TIME_RE = re.compile(r"(\d{1,2})(?:[:h](\d{2})?)?")


@dataclass
class _Wish:
    row: int
    a: Participant
    b: Participant
    weight: int | None  # None: the file gave none
    slots: set[int] | None
    ext_id: str | None
    merged_with: int | None = None  # row number of the B -> A row merged into this one


class ParticipantFinder:
    """Finds a participant by id, email or exact company name, accent- and case-blind."""

    def __init__(self, participants: list[Participant]) -> None:
        self.by_id = {p.ext_id.casefold(): p for p in participants}
        self.by_email: dict[str, list[Participant]] = defaultdict(list)
        self.by_company: dict[str, list[Participant]] = defaultdict(list)
        for p in participants:
            if p.email:
                self.by_email[p.email.casefold()].append(p)
            self.by_company[name_key(p.company)].append(p)

    def find(self, text: str) -> tuple[Participant | None, str]:
        """(participant, "") or (None, the reason)."""
        if not text:
            return None, t("missing participant")
        if text.casefold() in self.by_id:
            return self.by_id[text.casefold()], ""
        matches = self.by_email.get(text.casefold()) or self.by_company.get(
            name_key(text), [])
        if len(matches) == 1:
            return matches[0], ""
        if matches:
            return None, t("{text} names {count} participants (use their id or email)",
                           text=repr(text), count=len(matches))
        return None, t("unknown participant {text}", text=repr(text))


def parse_weight(text: str) -> int | None:
    """'3', 'mutuel', 'one-way', 'low'... -> a positive weight; None when not understood."""
    count = parse_count(text)
    if count is not None:
        return count if count > 0 else None
    return _WEIGHT_BY_KEY.get(key(text))


def parse_slots(text: str, slots: list[Slot]) -> tuple[set[int] | None, str]:
    """Slot codes, start times ('14:00', '14h'), 'matin' / 'après-midi'; (None, "") if empty."""
    folded = re.sub(r"apres[\s-]+midi", "apresmidi", fold(text))
    tokens = [t for t in re.split(r"[,;|+/\s]+", folded) if t]
    by_code = {s.code.casefold(): s for s in slots}
    chosen: set[int] = set()
    for token in tokens:
        match = _TIME_RE.fullmatch(token)
        if token in by_code:
            chosen.add(by_code[token].id)
        elif token in _MORNING or token in _AFTERNOON:
            morning = token in _MORNING
            half = {s.id for s in slots if (s.starts_at.hour < 12) == morning}
            if not half:
                return None, (t("no round in the morning") if morning
                              else t("no round in the afternoon"))
            chosen |= half
        elif match and int(match.group(1)) < 24 and int(match.group(2) or 0) < 60:
            at = dt.time(int(match.group(1)), int(match.group(2) or 0))
            starting = {s.id for s in slots if s.starts_at.time() == at}
            if not starting:
                return None, t("no round starts at {time}", time=f"{at:%H:%M}")
            chosen |= starting
        else:
            return None, t("unknown slot {slot}", slot=repr(token))
    return (chosen or None), ""


def import_requests(
    session: Session,
    event_id: int,
    source: str | Path | bytes,
    *,
    filename: str | None = None,
    desk: str = "",
) -> ImportResult:
    """Add the file's wishes to the event as active pre-event requests (flushed).

    Raises ImportFailed listing every bad row (unknown participant, duplicate, bad weight
    or slot...), or InvalidInput for an unreadable file; nothing is added then.
    """
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(t("No event with id {id}.", id=event_id), code="event_not_found")
    data, name = load_source(source, filename)
    rows = read_rows(data, name)
    header_index, mapping = find_header(
        rows, REQUEST_HEADERS, ["a", "b"], what=t("request list"),
        expected=t("a 'Demandeur' (or 'From', 'Participant A') and an 'Invité' (or 'To', "
                   "'Participant B') column"),
    )
    finder = ParticipantFinder(list(session.scalars(
        select(Participant).where(Participant.event_id == event_id)
    )))
    slots = list(session.scalars(
        select(Slot).where(Slot.event_id == event_id).order_by(Slot.position)
    ))
    existing = list(session.scalars(select(MeetingRequest).where(
        MeetingRequest.event_id == event_id, MeetingRequest.status != RequestStatus.WITHDRAWN,
    )))
    existing_pairs = {frozenset((r.participant_a_id, r.participant_b_id)): r.ext_id
                      for r in existing}
    used_ids = {r.ext_id.casefold() for r in session.scalars(
        select(MeetingRequest).where(MeetingRequest.event_id == event_id)
    )}

    errors: list[RowError] = []
    wishes: dict[tuple[int, int], _Wish] = {}
    ids_in_file: dict[str, int] = {}
    for index in range(header_index + 1, len(rows)):
        row, row_number = rows[index], index + 1
        if not any(cell.strip() for cell in row):
            continue
        problems: list[str] = []
        a, why_a = finder.find(cell(row, mapping, "a"))
        b, why_b = finder.find(cell(row, mapping, "b"))
        problems += [why for why in (why_a, why_b) if why]
        weight_text = cell(row, mapping, "weight")
        weight = parse_weight(weight_text) if weight_text else None
        if weight_text and weight is None:
            problems.append(t("bad weight {value} (a number, or mutuel / one-way)",
                              value=repr(weight_text)))
        allowed, why_slots = parse_slots(cell(row, mapping, "slots"), slots)
        if why_slots:
            problems.append(why_slots)
        ext_id = cell(row, mapping, "ext_id") or None
        if ext_id is not None:
            if len(ext_id) > 32:
                problems.append(t("id {id} longer than 32 characters", id=repr(ext_id[:40])))
            elif ext_id.casefold() in used_ids:
                problems.append(t("duplicate: request id {id} already exists",
                                  id=repr(ext_id)))
            elif ext_id.casefold() in ids_in_file:
                problems.append(t("duplicate: same id as row {row}",
                                  row=ids_in_file[ext_id.casefold()]))
            else:
                ids_in_file[ext_id.casefold()] = row_number
        if a is not None and b is not None:
            pair = frozenset((a.id, b.id))
            reverse = wishes.get((b.id, a.id))
            if a.id == b.id:
                problems.append(t("a participant cannot meet themselves"))
            elif pair in existing_pairs:
                problems.append(t("duplicate: {a} and {b} already have a request ({id})",
                                  a=a.company, b=b.company, id=existing_pairs[pair]))
            elif (a.id, b.id) in wishes:
                problems.append(t("duplicate of row {row}", row=wishes[(a.id, b.id)].row))
            elif reverse is not None and reverse.merged_with is not None:
                problems.append(t("duplicate of rows {row} and {other}", row=reverse.row,
                                  other=reverse.merged_with))
            elif reverse is not None and not problems:
                _merge(reverse, row_number, weight, allowed, ext_id, problems)
            elif not problems:
                wishes[(a.id, b.id)] = _Wish(row_number, a, b, weight, allowed, ext_id)
        if problems:
            errors.append(RowError(row_number, "; ".join(problems)))

    if errors:
        raise ImportFailed(sorted(errors, key=lambda e: e.row))
    if not wishes:
        raise InvalidInput(t("The file has a header but no request rows."), code="no_rows")

    fresh = iter(next_ids("R", {i.upper() for i in used_ids | set(ids_in_file)},
                          sum(1 for w in wishes.values() if w.ext_id is None)))
    created = []
    for wish in wishes.values():
        weight = wish.weight
        if weight is None:
            weight = MUTUAL_WEIGHT if wish.merged_with is not None else ONE_WAY_WEIGHT
        request = MeetingRequest(
            event_id=event_id, ext_id=wish.ext_id or next(fresh), participant_a_id=wish.a.id,
            participant_b_id=wish.b.id, weight=weight,
        )
        request.allowed_slots = [RequestAllowedSlot(slot_id=s) for s in sorted(wish.slots or ())]
        created.append(request)
    session.add_all(created)
    session.flush()
    merged = sum(1 for w in wishes.values() if w.merged_with is not None)
    session.add(AuditEntry(event_id=event_id, desk=desk, action="import_requests",
                           entity="event", entity_id=event_id,
                           after={"file": name, "created": len(created), "mutual": merged}))
    summary = record_change(session, event_id, ChangeSummary(
        kind="import", participants=frozenset(
            p for r in created for p in (r.participant_a_id, r.participant_b_id)),
        requests=True, everything=True,
    ), desk=desk)
    return ImportResult(created=len(created), summary=summary, merged=merged)


def _merge(first: _Wish, row: int, weight: int | None, allowed: set[int] | None,
           ext_id: str | None, problems: list[str]) -> None:
    """B -> A after A -> B: one mutual request, allowed in the slots both rows allow."""
    if first.slots is not None and allowed is not None:
        common = first.slots & allowed
        if not common:
            problems.append(t("no slot allowed by both this row and row {row} "
                              "(the same two participants the other way round)",
                              row=first.row))
            return
        first.slots = common
    elif allowed is not None:
        first.slots = allowed
    given = [w for w in (first.weight, weight) if w is not None]
    first.weight = max(given) if given else None
    first.ext_id = first.ext_id or ext_id
    first.merged_with = row
