from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desk_app.db.engine import Database
from desk_app.db.models import (
    AgendaPrint,
    AuditEntry,
    ChangeLog,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participant,
    Slot,
)
from desk_app.errors import InvalidInput, NotFound
from desk_app.printing.agenda_data import (
    AgendaDoc,
    agenda_changes,
    agenda_lines_by_participant,
    build_agendas,
    participants_with_stale_agendas,
    record_agenda_handout,
)
from desk_app.printing.agenda_pdf import render_agendas
from desk_app.services.agenda import participant_agenda
from desk_app.services.meetings import add_meeting
from tests.conftest import make_tiny_event
from tests.printing.helpers import (
    GREEK_COMPANY,
    GREEK_NAME,
    POLISH_COMPANY,
    POLISH_NAME,
    decode_codes,
    make_printed_event,
    pdf_fonts,
    pdf_page_sizes_mm,
    pdf_text,
)


def _polish_id(db: Database) -> int:
    with db.session() as s:
        return s.scalars(select(Participant.id).where(
            Participant.contact_name == POLISH_NAME)).one()


def _event(s: object, event_id: int) -> Event:
    event = s.get(Event, event_id)  # type: ignore[attr-defined]
    assert isinstance(event, Event)
    return event


@pytest.mark.parametrize("fmt", ["a4", "a5", "receipt"])
def test_agenda_shows_times_tables_partners_free_rounds_and_badge_qr(
    db: Database, fmt: str
) -> None:
    event_id = make_printed_event(db)
    polish = _polish_id(db)
    with db.session() as s:
        docs = build_agendas(s, _event(s, event_id), [polish])
        badge = s.get(Participant, polish).badge_code  # type: ignore[union-attr]
    pdf = render_agendas(docs, fmt, lang="en")
    text = pdf_text(pdf)
    for expected in (POLISH_COMPANY, POLISH_NAME, "14:00", "T1", GREEK_COMPANY, GREEK_NAME,
                     "Greece", "14:40", "T2", "Société 3", "free", "Version 1", "Tiny"):
        assert expected in text, expected
    # 14:20 and 15:00 are the free rounds of this participant.
    assert text.count("free") == 2
    assert decode_codes(pdf, scale=3)["QR Code"] == {badge}
    assert all(pdf_fonts(pdf).values())
    width, _height = pdf_page_sizes_mm(pdf)[0]
    assert width == pytest.approx({"a4": 210, "a5": 148, "receipt": 80}[fmt], abs=0.2)


def test_batch_puts_every_agenda_in_one_pdf_sorted_by_company(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        docs = build_agendas(s, _event(s, event_id))
    assert [d.company for d in docs][:2] == ["Société 3", "Société 4"]
    assert len(docs) == 6
    pdf = render_agendas(docs, "a4")
    assert len(pdf_page_sizes_mm(pdf)) == 6


def test_long_days_continue_on_a_second_page(db: Database) -> None:
    make_tiny_event(db, participants=2, slots=40, tables=1)
    with db.session() as s:
        event = s.scalars(select(Event)).one()
        docs = build_agendas(s, event)
    pdf = render_agendas(docs[:1], "a5", lang="en")
    assert len(pdf_page_sizes_mm(pdf)) >= 2
    text = pdf_text(pdf)
    assert "(continued)" in text
    assert "14:00–14:20" in text
    assert "03:00–03:20" in text  # the 40th round of 20 minutes, on the second page


def _reprinted_agenda(db: Database, lang: str) -> AgendaDoc:
    """The Polish participant's agenda after a print then changes: version 2 with one
    meeting added (14:20), one moved (14:00 -> 15:00) and one cancelled, revised at
    13:05 on the event's (simulated) clock."""
    event_id = make_printed_event(db)
    polish = _polish_id(db)
    with db.session() as s:
        event = _event(s, event_id)
        event.simulated_now = dt.datetime(2026, 12, 3, 13, 5)
        assert participants_with_stale_agendas(s, event_id) == sorted(
            s.scalars(select(Participant.id)))  # nobody has an agenda yet
        summary = record_agenda_handout(s, event, [polish], desk="Desk 1")
        assert polish in summary.participants
    with db.session() as s:
        assert polish not in participants_with_stale_agendas(s, event_id)
        assert agenda_changes(s, polish).is_empty
        doc, = build_agendas(s, _event(s, event_id), [polish])
        assert (doc.version, doc.previous_version, doc.is_new_version) == (1, 1, False)
        # The desk moves the 14:00 meeting to 15:00 and cancels the 14:40 one.
        meetings = list(s.scalars(select(Meeting).order_by(Meeting.id)))
        last_slot = s.scalars(select(Slot).order_by(Slot.position.desc())).first()
        assert last_slot is not None
        meetings[0].slot_id = last_slot.id
        meetings[3].status = MeetingStatus.CANCELLED
        # ... and books P1 with P4 at 14:20 on T2 (a same-day wish).
        p1, p4 = (s.scalars(select(Participant).where(Participant.ext_id == ext)).one()
                  for ext in ("P1", "P4"))
        slot_1420 = s.scalars(select(Slot).where(Slot.position == 1)).one()
        wish = MeetingRequest(event_id=event_id, ext_id="R5", participant_a_id=p1.id,
                              participant_b_id=p4.id)
        s.add(wish)
        s.flush()
        add_meeting(s, wish, slot_id=slot_1420.id, table_id=meetings[3].table_id)
    with db.session() as s:
        stale = participants_with_stale_agendas(s, event_id)
        assert polish in stale
        changes = agenda_changes(s, polish)
        assert [new["starts"] for _old, new in changes.moved] == ["15:00"]
        assert [line["company"] for line in changes.cancelled] == ["Société 3"]
        doc, = build_agendas(s, _event(s, event_id), [polish], lang=lang)
    assert (doc.version, doc.previous_version, doc.lang) == (2, 1, lang)
    changed = [(row.change, f"{row.starts_at:%H:%M}", row.was_starts, row.was_table)
               for row in doc.rows if row.change]
    assert changed == [("added", "14:20", "", ""), ("moved", "15:00", "14:00", "T1")]
    return doc


def test_reprint_shows_version_changes_and_cancellations(db: Database) -> None:
    doc = _reprinted_agenda(db, "en")
    text = pdf_text(render_agendas([doc], "a4"))
    assert "Version 2, revised 13:05" in text
    assert "changes since version 1" in text
    assert "MOVED" in text
    assert "NEW" in text
    assert "was 14:00, table T1" in text
    assert "Cancelled since version 1" in text
    assert "Société 3 (table T2) — cancelled" in text


@pytest.mark.parametrize("fmt", ["a4", "receipt"])
def test_french_reprint_speaks_french(db: Database, fmt: str) -> None:
    doc = _reprinted_agenda(db, "fr")
    text = pdf_text(render_agendas([doc], fmt))
    for expected in ("Version 2, révisée à 13h05",
                     "les changements depuis la version 1 sont surlignés",
                     "jeudi 3 décembre 2026", "Acheteur", "Table", "libre", "NOUVEAU",
                     "DÉPLACÉ", "avant : 14h00, table T1", "Annulés depuis la version 1 :",
                     "14h40 Société 3 (table T2) — annulé", "15h00–15h20"):
        assert expected in text, expected
    for english in ("revised", "free", "Thursday", "Buyer", "cancelled", "MOVED", "14:20"):
        assert english not in text, english
    if fmt == "a4":
        assert "Heure" in text
        assert "Pays" in text
    # The same document forced back to English.
    assert "Version 2, revised 13:05" in pdf_text(render_agendas([doc], fmt, lang="en"))


def test_agendas_follow_the_events_language_unless_told(db: Database) -> None:
    event_id = make_printed_event(db)
    polish = _polish_id(db)
    with db.session() as s:
        event = _event(s, event_id)
        assert event.timezone == "Europe/Paris"
        assert build_agendas(s, event, [polish])[0].lang == "fr"
        event.timezone = "Europe/London"
        assert build_agendas(s, event, [polish], lang="FR")[0].lang == "fr"
        with pytest.raises(InvalidInput):
            build_agendas(s, event, [polish], lang="de")


def test_handout_records_versions_and_locks_printed_meetings_once(db: Database) -> None:
    event_id = make_printed_event(db)
    polish = _polish_id(db)
    with db.session() as s:
        event = _event(s, event_id)
        docs = build_agendas(s, event, [polish])
        summary = record_agenda_handout(s, event, [polish], desk="Desk 2",
                                        printed={polish: docs[0]})
    with db.session() as s:
        prints = list(s.scalars(select(AgendaPrint)))
        assert [(p.participant_id, p.version, p.desk) for p in prints] == [
            (polish, 1, "Desk 2")]
        assert {line["company"] for line in prints[0].snapshot} == {GREEK_COMPANY, "Société 3"}
        locked = set(s.scalars(select(Meeting.id).where(Meeting.locked.is_(True))))
        assert locked == summary.meetings
        assert len(locked) == 2
        assert summary.cells
        assert s.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.kind == "agenda_printed")) == 1
        assert {a.action for a in s.scalars(select(AuditEntry))} >= {
            "agenda_printed", "lock_meetings"}
        again = record_agenda_handout(s, _event(s, event_id), [polish], desk="Desk 2")
        assert again.meetings == frozenset()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AgendaPrint)) == 1


def test_meetings_already_over_are_not_locked(db: Database) -> None:
    event_id = make_printed_event(db)
    polish = _polish_id(db)
    with db.session() as s:
        event = _event(s, event_id)
        first = s.scalars(select(Slot).order_by(Slot.position)).first()
        assert first is not None
        event.simulated_now = first.ends_at  # the 14:00 round is over
        summary = record_agenda_handout(s, event, [polish])
        assert len(summary.meetings) == 1
        (prints,) = s.scalars(select(AgendaPrint)).all()
        assert prints.printed_at == first.ends_at  # event-local time


def test_unknown_ids_and_formats_are_refused(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s, pytest.raises(NotFound):
        build_agendas(s, _event(s, event_id), [999])
    with pytest.raises(InvalidInput):
        render_agendas([], "a3")


def test_batch_lines_match_the_agenda_service_one_by_one(db: Database) -> None:
    event_id = make_printed_event(db)
    with db.session() as s:
        meetings = list(s.scalars(select(Meeting).order_by(Meeting.id)))
        meetings[1].status = MeetingStatus.CANCELLED  # not on anybody's agenda
        s.flush()
        batch = agenda_lines_by_participant(s, event_id)
        for pid in s.scalars(select(Participant.id)):
            assert batch.get(pid, []) == participant_agenda(s, pid)
        # P4's only meeting is cancelled: P4 has no line at all.
        assert sorted(batch) == sorted(set(s.scalars(select(Participant.id))) - {
            s.scalars(select(Participant.id).where(Participant.ext_id == "P4")).one()})
