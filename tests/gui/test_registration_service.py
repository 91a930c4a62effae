"""services/registration.py (the core behind the walk-in dialog and the contact form);
kept with the GUI tests that drive it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.badges.codes import verify_scan
from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, ChangeLog, Event, Participant
from desk_app.errors import Conflict, InvalidInput
from desk_app.services.checkin import checked_in_ids
from desk_app.services.registration import register_participant, update_contact
from tests.gui.conftest import GuiEvent


def test_walk_ins_get_consecutive_ids_and_valid_badges(
        db: Database, gui_event: GuiEvent) -> None:
    with db.session() as s:
        event = s.get_one(Event, gui_event.event_id)
        first = register_participant(s, event, "  Brasserie   Goudale ", "Jeanne", desk="D")
        second = register_participant(s, event, "Cristal Union", "", check_in=False)
        assert (first.ext_id, second.ext_id) == ("W001", "W002")
        assert first.company == "Brasserie Goudale"
        parsed = verify_scan(first.badge_code, event_code=event.code,
                             secret=event.badge_secret)
        assert parsed.participant_ext_id == "W001"
        here = checked_in_ids(s, event.id)
        assert first.participant_id in here
        assert second.participant_id not in here
        assert first.summary.check_ins
        assert second.summary.participants == frozenset({second.participant_id})
        person = s.get_one(Participant, first.participant_id)
        assert person.walk_in
    with db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions == ["register_walk_in", "check_in", "register_walk_in"]
        # One change-log row per action: the window's echo suppression stays exact.
        assert len(list(s.scalars(select(ChangeLog.id)))) == 2


@pytest.mark.parametrize(("company", "email", "code"), [
    ("   ", "", "company_required"),
    ("Goudale", "jeanne@", "bad_email"),
])
def test_registration_refuses_bad_input_and_writes_nothing(
        db: Database, gui_event: GuiEvent, company: str, email: str, code: str) -> None:
    with db.session() as s, pytest.raises(InvalidInput) as refused:
        register_participant(s, s.get_one(Event, gui_event.event_id), company, "J", email)
    assert refused.value.code == code
    with db.session() as s:
        assert s.scalar(select(Participant).where(Participant.walk_in.is_(True))) is None


def test_update_contact_checks_the_version_and_skips_no_ops(
        db: Database, gui_event: GuiEvent) -> None:
    p2 = gui_event.participant_ids["P2"]
    with db.session() as s:
        event = s.get_one(Event, gui_event.event_id)
        version = s.get_one(Participant, p2).version
        unchanged = update_contact(s, event, p2, expected_version=version,
                                   company="Renault Trucks")
        assert unchanged.is_empty
        changed = update_contact(s, event, p2, expected_version=version,
                                 phone=" 03 21 00 00 00 ")
        assert changed.participants == frozenset({p2})
    with db.session() as s:
        assert s.get_one(Participant, p2).phone == "03 21 00 00 00"
        with pytest.raises(Conflict):
            update_contact(s, s.get_one(Event, gui_event.event_id), p2,
                           expected_version=version, phone="0")
        with pytest.raises(InvalidInput):
            update_contact(s, s.get_one(Event, gui_event.event_id), p2,
                           expected_version=None, badge_code="X")
