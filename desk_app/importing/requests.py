"""Importing meeting wishes ("A wants to meet B") from an organiser's CSV or XLSX list.

Participants are named by id, email or exact company name (accent- and case-blind).
A wish without a weight is one-way (weight 2); when the file holds both A -> B and
B -> A, the two rows become one mutual request (weight 3 unless the rows say otherwise).

A "Priorité" / "Priority" / "Rang" / "Choix" column is a *rank* (1 = most wanted): it is
stored in ``MeetingRequest.rank`` and turned into a weight so that a better rank always
weighs more (the last rank weighs 2, a wish without a rank 1). "Poids" / "Weight" /
"Importance" are weights (bigger = more). A wish asked again (in the file twice, or
already in the event) is not an error: it is the same request, updated if the file
says otherwise. All or nothing, one operation, like the participant import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app.db.models import (
    Event,
    MeetingRequest,
    Participant,
    RequestAllowedSlot,
    RequestOrigin,
    RequestStatus,
    Slot,
)
from desk_app.errors import InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.importing.errors import ImportFailed, RowError
from desk_app.importing.headers import (
    REQUEST_HEADERS,
    HeaderReading,
    cell,
    find_header,
    key,
    name_key,
)
from desk_app.importing.reader import Sheet
from desk_app.importing.source import ImportResult, next_ids, parse_count, read_source
from desk_app.services.operation import operation
from desk_app.services.participants import fold

ONE_WAY_WEIGHT = 2
MUTUAL_WEIGHT = 3
MAX_WEIGHT = 1000
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
_RANK_RE = re.compile(r"^\D{0,12}?(\d{1,4})\s*(?:er|ere|e|eme|st|nd|rd|th)?\D{0,12}$")


@dataclass
class _Wish:
    row: int
    a: Participant
    b: Participant
    weight: int | None  # None: the file gave none
    rank: int | None
    slots: set[int] | None
    ext_id: str | None
    merged_with: int | None = None  # row number of the B -> A row merged into this one
    existing: MeetingRequest | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)


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


def parse_rank(text: str) -> int | None:
    """'1', '1er', '2e choix', '#3', 'Priorité 1' -> the rank; None when not one."""
    match = _RANK_RE.match(fold(text).strip())
    if match is None:
        return None
    rank = int(match.group(1))
    return rank if 1 <= rank <= MAX_WEIGHT else None


def reading_sentence(reading: str, header: HeaderReading) -> str:
    """Which reading of the priority column was taken, in words."""
    if reading == "rank":
        name = header.columns[header.mapping["rank"]]
        return t("{column} read as a rank: 1 is the first choice and weighs the most",
                 column=repr(name))
    if reading == "weight":
        name = header.columns[header.mapping["weight"]]
        return t("{column} read as a weight: bigger is more wanted", column=repr(name))
    return t("no weight or rank column: one-way wishes weigh 2, mutual ones 3")


@dataclass
class RequestPlan:
    sheet: Sheet
    header: HeaderReading
    wishes: list[_Wish]
    errors: list[RowError]
    kept: int
    reading: str  # "rank", "weight" or ""
    repeated: int = 0  # rows asking again for a wish of an earlier row

    @property
    def created(self) -> list[_Wish]:
        return [w for w in self.wishes if w.existing is None]

    @property
    def changed(self) -> list[_Wish]:
        return [w for w in self.wishes if w.existing is not None and w.changes]

    @property
    def unchanged(self) -> list[_Wish]:
        return [w for w in self.wishes if w.existing is not None and not w.changes]


def _row_wish(row: list[str], row_number: int, mapping: Mapping[str, int],
              finder: ParticipantFinder, slots: list[Slot], problems: list[str]
              ) -> _Wish | None:
    a, why_a = finder.find(cell(row, mapping, "a"))
    b, why_b = finder.find(cell(row, mapping, "b"))
    problems += [why for why in (why_a, why_b) if why]
    weight_text = cell(row, mapping, "weight")
    weight = parse_weight(weight_text) if weight_text else None
    if weight_text and weight is None:
        problems.append(t("bad weight {value} (a number, or mutuel / one-way)",
                          value=repr(weight_text)))
    rank_text = cell(row, mapping, "rank")
    rank = parse_rank(rank_text) if rank_text else None
    if rank_text and rank is None and key(rank_text) in _WEIGHT_BY_KEY:
        weight = _WEIGHT_BY_KEY[key(rank_text)]  # "mutuel" in a priority column
    elif rank_text and rank is None:
        problems.append(t("bad rank {value} (1 for the first choice, 2, 3...)",
                          value=repr(rank_text)))
    allowed, why_slots = parse_slots(cell(row, mapping, "slots"), slots)
    if why_slots:
        problems.append(why_slots)
    ext_id = cell(row, mapping, "ext_id") or None
    if ext_id is not None and len(ext_id) > 32:
        problems.append(t("id {id} longer than 32 characters", id=repr(ext_id[:40])))
    if a is not None and b is not None and a.id == b.id:
        problems.append(t("a participant cannot meet themselves"))
    if problems or a is None or b is None:
        return None
    return _Wish(row_number, a, b, weight, rank, allowed, ext_id)


def plan_requests(session: Session, event_id: int, sheet: Sheet, *,
                  overrides: Mapping[str, str] | None = None) -> RequestPlan:
    """Check every row and match it against the event's requests (no writing)."""
    header = find_header(
        sheet.rows, REQUEST_HEADERS, ["a", "b"], what=t("request list"),
        expected=t("a 'Demandeur' (or 'From', 'Participant A') and an 'Invité' (or 'To', "
                   "'Participant B') column"), overrides=overrides,
    )
    mapping = header.mapping
    finder = ParticipantFinder(list(session.scalars(
        select(Participant).where(Participant.event_id == event_id))))
    slots = list(session.scalars(
        select(Slot).where(Slot.event_id == event_id).order_by(Slot.position)))
    existing = list(session.scalars(select(MeetingRequest).where(
        MeetingRequest.event_id == event_id, MeetingRequest.status != RequestStatus.WITHDRAWN,
    ).options(selectinload(MeetingRequest.allowed_slots))))
    by_pair = {frozenset((r.participant_a_id, r.participant_b_id)): r for r in existing}
    by_ext = {r.ext_id.casefold(): r for r in session.scalars(
        select(MeetingRequest).where(MeetingRequest.event_id == event_id))}
    errors: list[RowError] = []
    wishes: dict[tuple[int, int], _Wish] = {}
    ids_in_file: dict[str, tuple[int, frozenset[int]]] = {}
    repeated = 0
    for index in range(header.index + 1, len(sheet.rows)):
        row, row_number = sheet.rows[index], index + 1
        if not any(c.strip() for c in row):
            continue
        problems: list[str] = []
        wish = _row_wish(row, row_number, mapping, finder, slots, problems)
        if wish is not None:
            pair = frozenset((wish.a.id, wish.b.id))
            if wish.ext_id is not None:
                folded = wish.ext_id.casefold()
                owner = by_ext.get(folded)
                if owner is not None and frozenset(
                        (owner.participant_a_id, owner.participant_b_id)) != pair:
                    problems.append(t("duplicate: request id {id} already exists",
                                      id=repr(wish.ext_id)))
                elif folded in ids_in_file and ids_in_file[folded][1] != pair:
                    problems.append(t("duplicate: same id as row {row}",
                                      row=ids_in_file[folded][0]))
                else:
                    ids_in_file[folded] = (row_number, pair)
            same = wishes.get((wish.a.id, wish.b.id))
            reverse = wishes.get((wish.b.id, wish.a.id))
            if problems:
                pass
            elif same is not None or (reverse is not None and reverse.merged_with):
                repeated += 1  # asked again: the same wish, best rank and weight kept
                first = same or reverse
                assert first is not None
                first.rank = min((r for r in (first.rank, wish.rank) if r), default=None)
                given = [w for w in (first.weight, wish.weight) if w is not None]
                first.weight = max(given) if given else None
            elif reverse is not None:
                _merge(reverse, row_number, wish.weight, wish.slots, wish.ext_id, problems)
                reverse.rank = min((r for r in (reverse.rank, wish.rank) if r), default=None)
            else:
                wish.existing = by_pair.get(pair)
                wishes[(wish.a.id, wish.b.id)] = wish
        if problems:
            errors.append(RowError(row_number, "; ".join(problems)))
    reading = "rank" if "rank" in mapping else "weight" if "weight" in mapping else ""
    plan = RequestPlan(sheet, header, list(wishes.values()), sorted(errors, key=lambda e: e.row),
                       kept=0, reading=reading, repeated=repeated)
    _settle_weights(plan, "slots" in mapping)
    in_file = {frozenset((w.a.id, w.b.id)) for w in plan.wishes}
    plan.kept = sum(1 for pair, r in by_pair.items() if pair not in in_file
                    and r.origin == RequestOrigin.PRE_EVENT)
    return plan


def _settle_weights(plan: RequestPlan, has_slots: bool) -> None:
    """Weights from ranks (a better rank always weighs more) or defaults; then what
    differs from the requests already in the event."""
    worst = max((w.rank for w in plan.wishes if w.rank), default=0)
    for wish in plan.wishes:
        given = wish.weight is not None or wish.rank is not None
        if wish.weight is None and wish.rank is not None:
            wish.weight = worst + 2 - wish.rank
        elif wish.weight is None and plan.reading == "rank":
            wish.weight = 1  # unranked in a ranked list: below every ranked wish
        elif wish.weight is None:
            wish.weight = MUTUAL_WEIGHT if wish.merged_with is not None else ONE_WAY_WEIGHT
        wish.weight = min(wish.weight, MAX_WEIGHT)
        old = wish.existing
        if old is None:
            continue
        if given or plan.reading:
            for attribute, new in (("weight", wish.weight), ("rank", wish.rank)):
                if getattr(old, attribute) != new:
                    wish.changes[attribute] = (getattr(old, attribute), new)
        if has_slots:
            before = {s.slot_id for s in old.allowed_slots}
            after = set(wish.slots or ())
            if before != after:
                wish.changes["slots"] = (sorted(before), sorted(after))


def apply_request_plan(session: Session, event: Event, plan: RequestPlan, *, name: str,
                       desk: str) -> ImportResult:
    used = {r.upper() for r in session.scalars(
        select(MeetingRequest.ext_id).where(MeetingRequest.event_id == event.id))}
    used |= {w.ext_id.upper() for w in plan.wishes if w.ext_id}
    fresh = iter(next_ids("R", used, sum(1 for w in plan.created if w.ext_id is None)))
    with operation(session, event, "import_requests", desk=desk, kind="import") as op:
        for wish in plan.created:
            request = MeetingRequest(
                event_id=event.id, ext_id=wish.ext_id or next(fresh),
                participant_a_id=wish.a.id, participant_b_id=wish.b.id,
                weight=wish.weight, rank=wish.rank)
            request.allowed_slots = [RequestAllowedSlot(slot_id=s)
                                     for s in sorted(wish.slots or ())]
            session.add(request)
            op.created(request)
            op.involve(wish.a.id, wish.b.id)
        for wish in plan.changed:
            known = wish.existing
            assert known is not None
            op.touch(known)
            for attribute, (_old, new) in wish.changes.items():
                if attribute == "slots":
                    known.allowed_slots = [RequestAllowedSlot(slot_id=s)
                                           for s in sorted(wish.slots or ())]
                else:
                    setattr(known, attribute, new)
            op.record("request", known.id,
                      before={a: old for a, (old, _) in wish.changes.items()},
                      after={a: new for a, (_, new) in wish.changes.items()})
            op.involve(wish.a.id, wish.b.id)
        op.record("event", event.id, after={
            "file": name, "created": len(plan.created), "changed": len(plan.changed),
            "unchanged": len(plan.unchanged), "kept": plan.kept, "reading": plan.reading})
        op.flag(requests=True, everything=True)
    return ImportResult(
        created=len(plan.created), summary=op.summary,
        merged=sum(1 for w in plan.wishes if w.merged_with is not None),
        changed=len(plan.changed), unchanged=len(plan.unchanged), kept=plan.kept,
        reading=plan.reading, ignored=plan.header.ignored, encoding=plan.sheet.encoding,
        uncertain_words=plan.sheet.uncertain_words)


def import_requests(
    session: Session,
    event_id: int,
    source: str | Path | bytes | Sheet,
    *,
    filename: str | None = None,
    desk: str = "",
    overrides: Mapping[str, str] | None = None,
) -> ImportResult:
    """Merge the file's wishes into the event's pre-event requests (flushed).

    Raises ImportFailed listing every bad row (unknown participant, bad weight, rank or
    slot...), or InvalidInput for an unreadable file; nothing is written then.
    """
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(t("No event with id {id}.", id=event_id), code="event_not_found")
    sheet, name = read_source(source, filename)
    plan = plan_requests(session, event_id, sheet, overrides=overrides)
    if plan.errors:
        raise ImportFailed(plan.errors)
    if not plan.wishes:
        raise InvalidInput(t("The file has a header but no request rows."), code="no_rows")
    return apply_request_plan(session, event, plan, name=name, desk=desk)


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
