"""Agendas as data: what one participant's printed day says, which version it is, and
what changed since the version they hold.

A printed or handed-out agenda is recorded as an :class:`AgendaPrint` with a snapshot of
its meetings; comparing today's meetings with the latest snapshot tells which agendas
are stale and what to highlight on the reprint. Meetings are compared as they read on
paper (round, table, partner), so a re-solve that recreates an identical meeting does
not make an agenda stale.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk_app.clock import event_now
from desk_app.db.models import (
    LIVE_STATUSES,
    AgendaPrint,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participant,
    ParticipantUnavailability,
    Slot,
    VenueTable,
)
from desk_app.errors import NotFound
from desk_app.i18n import t
from desk_app.printing.badges import participants_with_host_table
from desk_app.printing.i18n import document_language
from desk_app.services.agenda import AgendaLine, participant_agenda
from desk_app.services.changes import ChangeSummary
from desk_app.services.operation import operation

SnapshotLine = dict[str, Any]
_PAPER_FIELDS = ("slot", "table", "partner")


def snapshot_line(line: AgendaLine) -> SnapshotLine:
    return {
        "meeting": line.meeting_id, "slot": line.slot_code, "slot_id": line.slot_id,
        "starts": f"{line.starts_at:%H:%M}", "table": line.table_label,
        "table_id": line.table_id, "zone": line.zone, "partner": line.partner_id,
        "company": line.partner_company, "name": line.partner_name,
    }


def _paper(lines: Iterable[SnapshotLine]) -> set[tuple[Any, ...]]:
    return {tuple(line.get(key) for key in _PAPER_FIELDS) for line in lines}


def same_on_paper(old: Iterable[SnapshotLine], new: Iterable[SnapshotLine]) -> bool:
    return _paper(old) == _paper(new)


@dataclass(frozen=True)
class AgendaChanges:
    """Differences between a printed snapshot and the current agenda, by partner."""

    added: tuple[SnapshotLine, ...] = ()
    moved: tuple[tuple[SnapshotLine, SnapshotLine], ...] = ()  # (as printed, now)
    cancelled: tuple[SnapshotLine, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.moved or self.cancelled)

    def kind_of(self, partner_id: int) -> str:
        """"added", "moved" or "" for the current line with this partner."""
        if any(line["partner"] == partner_id for line in self.added):
            return "added"
        if any(new["partner"] == partner_id for _old, new in self.moved):
            return "moved"
        return ""

    def previous_of(self, partner_id: int) -> SnapshotLine | None:
        return next((old for old, new in self.moved if new["partner"] == partner_id), None)


def diff_snapshots(old: Sequence[SnapshotLine], new: Sequence[SnapshotLine]) -> AgendaChanges:
    before = {line["partner"]: line for line in old}
    after = {line["partner"]: line for line in new}
    return AgendaChanges(
        added=tuple(after[p] for p in after if p not in before),
        moved=tuple(
            (before[p], after[p]) for p in after
            if p in before and (before[p]["slot"], before[p]["table"])
            != (after[p]["slot"], after[p]["table"])
        ),
        cancelled=tuple(before[p] for p in before if p not in after),
    )


def last_prints(session: Session, participant_ids: Iterable[int]) -> dict[int, AgendaPrint]:
    """The latest recorded print of each participant's agenda (absent: never printed)."""
    ids = list(participant_ids)
    if not ids:
        return {}
    latest = (
        select(AgendaPrint.participant_id, func.max(AgendaPrint.version).label("version"))
        .where(AgendaPrint.participant_id.in_(ids))
        .group_by(AgendaPrint.participant_id)
        .subquery()
    )
    rows = session.scalars(
        select(AgendaPrint).join(
            latest,
            (AgendaPrint.participant_id == latest.c.participant_id)
            & (AgendaPrint.version == latest.c.version),
        )
    )
    return {row.participant_id: row for row in rows}


def agenda_lines_by_participant(session: Session, event_id: int,
                                participant_ids: Iterable[int] | None = None
                                ) -> dict[int, list[AgendaLine]]:
    """Everybody's live meetings in one query (batch prints of 600 agendas), the same
    lines as :func:`desk_app.services.agenda.participant_agenda` gives one by one."""
    wanted = None if participant_ids is None else set(participant_ids)
    a, b = aliased(Participant), aliased(Participant)
    rows = session.execute(
        select(Meeting, Slot, VenueTable, a, b)
        .join(Slot, Meeting.slot_id == Slot.id)
        .join(VenueTable, Meeting.table_id == VenueTable.id)
        .join(MeetingRequest, Meeting.request_id == MeetingRequest.id)
        .join(a, MeetingRequest.participant_a_id == a.id)
        .join(b, MeetingRequest.participant_b_id == b.id)
        .where(Meeting.event_id == event_id,
               Meeting.status.in_([status.value for status in LIVE_STATUSES]))
        .order_by(Slot.position)
    ).all()
    lines: defaultdict[int, list[AgendaLine]] = defaultdict(list)
    for meeting, slot, table, first, second in rows:
        for me, other in ((first, second), (second, first)):
            if wanted is not None and me.id not in wanted:
                continue
            lines[me.id].append(AgendaLine(
                meeting_id=meeting.id, slot_id=slot.id, slot_code=slot.code,
                starts_at=slot.starts_at, ends_at=slot.ends_at, table_id=table.id,
                table_label=table.label, zone=table.zone, status=meeting.status,
                locked=meeting.locked, partner_id=other.id, partner_company=other.company,
                partner_name=other.contact_name, partner_country=other.country,
            ))
    return dict(lines)


def _lines_for(session: Session, event_id: int,
               participant_ids: Sequence[int]) -> dict[int, list[AgendaLine]]:
    # One participant (the desk's reprint): the service's query; many: one query.
    if len(participant_ids) <= 3:
        return {pid: participant_agenda(session, pid) for pid in participant_ids}
    return agenda_lines_by_participant(session, event_id, participant_ids)


def current_snapshot(session: Session, participant_id: int) -> list[SnapshotLine]:
    return [snapshot_line(line) for line in participant_agenda(session, participant_id)]


def agenda_changes(session: Session, participant_id: int) -> AgendaChanges:
    """What changed since the last printed version (everything is "added" if none)."""
    last = last_prints(session, [participant_id]).get(participant_id)
    return diff_snapshots(last.snapshot if last else [], current_snapshot(session, participant_id))


def participants_with_stale_agendas(session: Session, event_id: int) -> list[int]:
    """Who needs a (re)print: their printed agenda differs from today's meetings, or
    they have meetings and never got an agenda. Sorted by participant id."""
    ids = list(session.scalars(
        select(Participant.id).where(Participant.event_id == event_id).order_by(Participant.id)
    ))
    printed = last_prints(session, ids)
    lines = _lines_for(session, event_id, ids)
    stale = []
    for participant_id in ids:
        now = [snapshot_line(line) for line in lines.get(participant_id, [])]
        last = printed.get(participant_id)
        if (last is None and now) or (last is not None and not same_on_paper(last.snapshot, now)):
            stale.append(participant_id)
    return stale


@dataclass(frozen=True)
class AgendaRow:
    """One round of the participant's day: a meeting, or a free round."""

    slot_id: int
    slot_code: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    meeting: AgendaLine | None
    unavailable: bool = False  # the participant said they cannot meet in this round
    change: str = ""  # "added" or "moved" since the previous printed version
    # Where a moved meeting was, as printed before: start "14:20" and table "T3".
    was_starts: str = ""
    was_table: str = ""


@dataclass(frozen=True)
class AgendaDoc:
    """Everything one printed agenda shows."""

    participant_id: int
    ext_id: str
    company: str
    contact_name: str
    country: str
    role: str
    host_table: str
    badge_code: str
    event_name: str
    event_date: dt.date
    venue: str
    rows: tuple[AgendaRow, ...]
    version: int
    revised_at: dt.datetime
    previous_version: int | None
    cancelled: tuple[SnapshotLine, ...] = ()
    snapshot: list[SnapshotLine] = field(default_factory=list)
    lang: str = "en"  # the language it prints in (printing.i18n.LANGUAGES)

    @property
    def is_new_version(self) -> bool:
        return self.previous_version is None or self.previous_version != self.version

    @property
    def meeting_count(self) -> int:
        return sum(1 for row in self.rows if row.meeting is not None)


def build_agendas(session: Session, event: Event,
                  participant_ids: Sequence[int] | None = None, *,
                  lang: str | None = None) -> list[AgendaDoc]:
    """Agendas in the given order, or everybody's sorted by company then name, in
    ``lang`` (default: the event's, see :func:`desk_app.printing.i18n.document_language`)."""
    language = document_language(event.timezone, lang)
    found = participants_with_host_table(session, event, participant_ids)
    if participant_ids is None:
        order = sorted(found, key=lambda pid: (found[pid][0].company.casefold(),
                                               found[pid][0].contact_name.casefold()))
    else:
        missing = [pid for pid in participant_ids if pid not in found]
        if missing:
            raise NotFound(t("No participant with id {id} in this event.", id=missing[0]),
                           code="participant_not_found")
        order = list(participant_ids)
    slots = list(session.scalars(
        select(Slot).where(Slot.event_id == event.id).order_by(Slot.position)
    ))
    unavailable: defaultdict[int, set[int]] = defaultdict(set)
    for pid, slot_id in session.execute(
        select(ParticipantUnavailability.participant_id, ParticipantUnavailability.slot_id)
        .where(ParticipantUnavailability.participant_id.in_(order))
    ).all():
        unavailable[pid].add(slot_id)
    printed = last_prints(session, order)
    now = event_now(event)
    lines_by_participant = _lines_for(session, event.id, order)
    docs = []
    for pid in order:
        participant, host_label = found[pid]
        lines = lines_by_participant.get(pid, [])
        snapshot = [snapshot_line(line) for line in lines]
        last = printed.get(pid)
        changes = diff_snapshots(last.snapshot, snapshot) if last else AgendaChanges()
        unchanged = last is not None and same_on_paper(last.snapshot, snapshot)
        by_slot = {line.slot_id: line for line in lines}
        rows = []
        for slot in slots:
            line = by_slot.get(slot.id)
            change = changes.kind_of(line.partner_id) if line else ""
            previous = changes.previous_of(line.partner_id) if line else None
            rows.append(AgendaRow(
                slot_id=slot.id, slot_code=slot.code, starts_at=slot.starts_at,
                ends_at=slot.ends_at, meeting=line,
                unavailable=line is None and slot.id in unavailable[pid], change=change,
                was_starts=str(previous["starts"]) if previous else "",
                was_table=str(previous["table"]) if previous else "",
            ))
        docs.append(AgendaDoc(
            participant_id=pid, ext_id=participant.ext_id, company=participant.company,
            contact_name=participant.contact_name, country=participant.country,
            role=participant.role, host_table=host_label, badge_code=participant.badge_code,
            event_name=event.name, event_date=event.date, venue=event.venue,
            rows=tuple(rows),
            version=(last.version if unchanged else (last.version + 1)) if last else 1,
            revised_at=last.printed_at if (last and unchanged) else now,
            previous_version=last.version if last else None,
            cancelled=changes.cancelled, snapshot=snapshot, lang=language,
        ))
    return docs


def record_agenda_handout(session: Session, event: Event, participant_ids: Iterable[int], *,
                          desk: str = "",
                          printed: Mapping[int, AgendaDoc] | None = None) -> ChangeSummary:
    """Record that these participants hold their current agenda (printed or handed out):
    a new :class:`AgendaPrint` version when it differs from the last one, and their
    printed meetings that have not ended are locked (promised to people: re-solves must
    not move them). ``printed`` gives the exact documents printed, when known."""
    ids = list(dict.fromkeys(participant_ids))
    docs = dict(printed) if printed is not None else {}
    missing = [pid for pid in ids if pid not in docs]
    if missing:
        docs.update({doc.participant_id: doc for doc in build_agendas(session, event, missing)})
    now = event_now(event)
    last = last_prints(session, ids)
    meeting_ids: set[int] = set()
    with operation(session, event, "agenda_printed", desk=desk) as op:
        op.involve(*ids)
        for pid in ids:
            doc = docs[pid]
            previous = last.get(pid)
            meeting_ids.update(line["meeting"] for line in doc.snapshot)
            if previous is not None and same_on_paper(previous.snapshot, doc.snapshot):
                continue
            version = previous.version + 1 if previous else 1
            session.add(AgendaPrint(participant_id=pid, version=version, printed_at=now,
                                    desk=desk, snapshot=doc.snapshot))
            op.record("participant", pid,
                      before={"version": previous.version if previous else None},
                      after={"version": version})
        to_lock = list(session.scalars(
            select(Meeting).join(Slot, Meeting.slot_id == Slot.id)
            .where(Meeting.id.in_(meeting_ids), Meeting.event_id == event.id,
                   Meeting.status == MeetingStatus.SCHEDULED.value,
                   Meeting.locked.is_(False), Slot.ends_at > now)
        ))
        for meeting in to_lock:
            meeting.locked = True  # promised on paper: re-solves must not move it
        op.meetings(*to_lock)
    if to_lock:
        # Its own audit action, so the audit trail shows why these were locked.
        with operation(session, event, "lock_meetings", desk=desk) as lock_op:
            lock_op.meetings(*to_lock)
            lock_op.record("meeting", None, before={"locked": False},
                           after={"locked": True, "meetings": sorted(m.id for m in to_lock),
                                  "reason": "agenda_printed"})
    return op.summary
