"""Changing single meetings and tables by hand: cancel, move, swap tables, take a table
out of service, lock. Each is one undoable action; frozen meetings (running or past
rounds) are refused with a sentence."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import (
    LIVE_STATUSES,
    AuditEntry,
    Event,
    Meeting,
    MeetingSeat,
    MeetingStatus,
    VenueTable,
)
from desk_app.errors import InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.ondesk.audit import apply_meeting_states
from desk_app.ondesk.board import Fit, plan_problems
from desk_app.ondesk.floor import Floor, load_floor, load_slots, open_slot_index
from desk_app.ondesk.results import ActionResult, offers_for
from desk_app.services.changes import ChangeSummary, record_change
from desk_app.services.operation import Operation

LIVE = [s.value for s in LIVE_STATUSES]


def _meeting(session: Session, event: Event, meeting_id: int) -> Meeting:
    m = session.get(Meeting, meeting_id)
    if m is None or m.event_id != event.id:
        raise NotFound(t("No meeting {id} in this event.", id=meeting_id),
                       code="meeting_not_found")
    return m


def _changeable(floor: Floor, m: Meeting, *, moving: bool) -> None:
    if m.status != MeetingStatus.SCHEDULED:
        raise InvalidInput(t("This meeting is no longer scheduled (held, cancelled or a "
                             "no-show)."), code="not_scheduled")
    if floor.slot_index(m.slot_id) < floor.board.open_slot:
        raise InvalidInput(t("This round has already started: the meeting cannot change "
                             "any more (use \u201cpartner did not come\u201d instead)."),
                           code="frozen")
    if moving and m.locked:
        raise InvalidInput(t("This meeting is locked (its agenda is printed or handed "
                             "out): unlock it first if the participants agree."),
                           code="locked")


def _words(floor: Floor, problems: list[str]) -> str:
    # plan_problems speaks in ids; the desk needs one plain sentence.
    text = problems[0]
    if "double-booked" in text and "participant" in text:
        return t("One of the two participants already has a meeting in that round.")
    if "table" in text and "double-booked" in text:
        return t("That table is already taken in that round.")
    if "unavailable" in text:
        return t("One of the two participants is not available in that round.")
    if "out of service" in text:
        return t("That table is out of service.")
    if "host table" in text:
        return t("This meeting must stay at the host table of one of its participants.")
    if "frozen" in text:
        return t("That round has already started.")
    return t("That change breaks the schedule's rules.")


def cancel_meeting(session: Session, event: Event, meeting_id: int, *,
                   desk: str = "") -> ActionResult:
    """Cancel one future meeting (locked ones too: a person decided it)."""
    m = _meeting(session, event, meeting_id)
    floor = load_floor(session, event, focus=())
    _changeable(floor, m, moving=False)
    log = Operation(session, event.id, "cancel_meeting", desk=desk)
    log.touch(m)
    m.status = MeetingStatus.CANCELLED
    a, b = m.request.participant_a_id, m.request.participant_b_id
    log.label = t("Meeting {a} – {b} at {time} cancelled", a=floor.who(a), b=floor.who(b),
                  time=floor.at(floor.slot_index(m.slot_id)))
    summary = log.finish()
    freed = frozenset({(m.table_id, m.slot_id)})
    return ActionResult(log.label + ".", (m.id,), freed, offers_for(session, event, freed),
                        summary=summary)


def move_meeting(session: Session, event: Event, meeting_id: int, *, slot_id: int,
                 table_id: int, desk: str = "") -> ActionResult:
    """Move one unlocked future meeting to another future round and/or table."""
    m = _meeting(session, event, meeting_id)
    floor = load_floor(session, event)
    _changeable(floor, m, moving=True)
    target = Fit(floor.slot_index(slot_id), table_id)
    problems = plan_problems(floor.board, {m.id: target}, [])
    if target.slot < floor.board.open_slot:
        problems.insert(0, "frozen")
    if problems:
        raise InvalidInput(_words(floor, problems), code="move_refused")
    old = (m.table_id, m.slot_id)
    log = Operation(session, event.id, "move_meeting", desk=desk)
    log.touch(m)
    apply_meeting_states(session, [(m, {"slot_id": slot_id, "table_id": table_id})])
    a, b = m.request.participant_a_id, m.request.participant_b_id
    log.label = t("Meeting {a} – {b} moved to {time}, {table}", a=floor.who(a),
                  b=floor.who(b), time=floor.at(target.slot), table=floor.table(table_id))
    summary = log.finish()
    freed = frozenset({old})
    return ActionResult(log.label + ".", (m.id,), freed, offers_for(session, event, freed),
                        summary=summary)


def swap_tables(session: Session, event: Event, meeting_a_id: int, meeting_b_id: int, *,
                desk: str = "") -> ActionResult:
    """Two meetings of the same future round exchange their tables."""
    ma, mb = _meeting(session, event, meeting_a_id), _meeting(session, event, meeting_b_id)
    if ma.id == mb.id or ma.slot_id != mb.slot_id:
        raise InvalidInput(t("Only two different meetings of the same round can swap "
                             "tables."),
                           code="swap_refused")
    floor = load_floor(session, event)
    for m in (ma, mb):
        _changeable(floor, m, moving=True)
    s = floor.slot_index(ma.slot_id)
    problems = plan_problems(floor.board, {ma.id: Fit(s, mb.table_id),
                                           mb.id: Fit(s, ma.table_id)}, [])
    if problems:
        raise InvalidInput(_words(floor, problems), code="swap_refused")
    log = Operation(session, event.id, "swap_tables", desk=desk)
    log.touch(ma, mb)
    ta, tb = ma.table_id, mb.table_id
    apply_meeting_states(session, [(ma, {"table_id": tb}), (mb, {"table_id": ta})])
    log.label = t("{table_a} and {table_b} swapped at {time}",
                  table_a=floor.table(ta, title=True), table_b=floor.table(tb),
                  time=floor.at(s))
    summary = log.finish()
    return ActionResult(log.label + ".", (ma.id, mb.id), summary=summary)


def take_table_out_of_service(session: Session, event: Event, table_id: int, *,
                              desk: str = "") -> ActionResult:
    """Take a table out of service; its future meetings move to free tables in the same
    round when there is one (those that cannot move are listed in ``left_alone``)."""
    table = session.get(VenueTable, table_id)
    if table is None or table.event_id != event.id:
        raise NotFound(t("No table {id} in this event.", id=table_id), code="table_not_found")
    if not table.active:
        raise InvalidInput(t("Table {label} is already out of service.", label=table.label),
                           code="already_out")
    floor = load_floor(session, event)
    board = floor.board
    log = Operation(session, event.id, "table_out_of_service", desk=desk)
    log.touch(table)
    table.active = False
    moving = [bm for bm in board.meetings if bm.table == table_id]
    taken = set(board.taken)
    targets: list[tuple[Meeting, dict[str, int]]] = []
    left: list[int] = []
    for bm in sorted(moving, key=lambda bm: bm.slot):
        options = [t for t in board.table_options(bm.a, bm.b) if t != table_id] or [
            t for t in board.tables if t != table_id]
        new = next((t for t in options if (t, bm.slot) not in taken), None)
        m = session.get(Meeting, bm.id)
        assert m is not None
        if new is None or m.status != MeetingStatus.SCHEDULED:
            left.append(bm.id)
            continue
        taken.add((new, bm.slot))
        log.touch(m)
        targets.append((m, {"table_id": new}))
    apply_meeting_states(session, targets)
    log.label = (t("Table {label} out of service; {count} meeting(s) moved, {left} without "
                   "a free table", label=table.label, count=len(targets), left=len(left))
                 if left else
                 t("Table {label} out of service; {count} meeting(s) moved",
                   label=table.label, count=len(targets)))
    summary = log.finish()
    return ActionResult(log.label + ".", tuple(m.id for m, _ in targets),
                        left_alone=tuple(left), summary=summary)


def put_table_in_service(session: Session, event: Event, table_id: int, *,
                         desk: str = "") -> ActionResult:
    table = session.get(VenueTable, table_id)
    if table is None or table.event_id != event.id:
        raise NotFound(t("No table {id} in this event.", id=table_id), code="table_not_found")
    if table.active:
        raise InvalidInput(t("Table {label} is already in service.", label=table.label),
                           code="already_in")
    log = Operation(session, event.id, "table_in_service", desk=desk)
    log.touch(table)
    table.active = True
    log.label = t("Table {label} back in service", label=table.label)
    return ActionResult(log.label + ".", summary=log.finish())


def set_locked(session: Session, event: Event, meeting_ids: Iterable[int], locked: bool, *,
               desk: str = "") -> ActionResult:
    """Lock (promised: re-solves never move it) or unlock meetings by hand."""
    meetings = [_meeting(session, event, mid) for mid in meeting_ids]
    changing = [m for m in meetings if m.locked != locked]
    if not changing:
        return ActionResult(t("Nothing to change."))
    log = Operation(session, event.id, "set_locked", desk=desk)
    log.touch(*changing)
    for m in changing:
        m.locked = locked
    log.label = (t("{count} meeting(s) locked", count=len(changing)) if locked
                 else t("{count} meeting(s) unlocked", count=len(changing)))
    return ActionResult(log.label + ".", tuple(m.id for m in changing),
                        summary=log.finish())


def lock_meetings_for_agenda(session: Session, participant_id: int, *,
                             desk: str = "") -> list[int]:
    """Lock the participant's scheduled meetings in rounds not started yet, because
    their agenda was just printed or handed out. Returns the meetings newly locked.
    Audited but not undoable (the paper is out)."""
    meetings = list(session.scalars(
        select(Meeting).join(MeetingSeat, MeetingSeat.meeting_id == Meeting.id)
        .where(MeetingSeat.participant_id == participant_id,
               Meeting.status == MeetingStatus.SCHEDULED, Meeting.locked.is_(False))))
    if not meetings:
        return []
    event = session.get(Event, meetings[0].event_id)
    assert event is not None
    slots = load_slots(session, event.id)
    future = {s.id for s in slots[open_slot_index(event, slots):]}
    meetings = [m for m in meetings if m.slot_id in future]
    for m in meetings:
        m.locked = True
    if meetings:
        ids = [m.id for m in meetings]
        session.add(AuditEntry(event_id=event.id, desk=desk, actor=desk,
                               action="lock_for_agenda", entity="participant",
                               entity_id=participant_id, before={"locked": []},
                               after={"locked": ids}))
        record_change(session, event.id, ChangeSummary(
            kind="lock_for_agenda", participants=frozenset({participant_id}),
            meetings=frozenset(ids),
            cells=frozenset((m.table_id, m.slot_id) for m in meetings)), desk=desk)
    return [m.id for m in meetings]


__all__ = [
    "cancel_meeting", "lock_meetings_for_agenda", "move_meeting", "put_table_in_service",
    "set_locked", "swap_tables", "take_table_out_of_service",
]
