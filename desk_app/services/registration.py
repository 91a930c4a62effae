"""Registering a walk-in participant at the desk and editing contact details.

A walk-in gets the next free id ``W001``, ``W002``... and a signed badge code at once,
so the badge can be printed before they leave the desk; by default they are also
checked in, since they are standing in front of the desk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.badges.codes import make_badge_code
from desk_app.db.models import AuditEntry, Event, Participant
from desk_app.errors import Conflict, InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.services.changes import ChangeSummary, record_change
from desk_app.services.checkin import check_in_participant

WALK_IN_PREFIX = "W"
_WALK_IN_RE = re.compile(rf"^{WALK_IN_PREFIX}(\d+)$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CONTACT_FIELDS = ("company", "contact_name", "email", "phone", "country", "notes")


@dataclass(frozen=True)
class RegistrationResult:
    participant_id: int
    ext_id: str
    badge_code: str
    company: str
    contact_name: str
    checked_in: bool
    summary: ChangeSummary


def next_walk_in_id(session: Session, event_id: int) -> str:
    numbers = [
        int(m.group(1))
        for ext in session.scalars(
            select(Participant.ext_id).where(Participant.event_id == event_id,
                                             Participant.ext_id.like(f"{WALK_IN_PREFIX}%")))
        if (m := _WALK_IN_RE.match(ext))
    ]
    return f"{WALK_IN_PREFIX}{max(numbers, default=0) + 1:03d}"


def _clean(value: str, limit: int) -> str:
    return " ".join(value.split())[:limit]


def looks_like_email(email: str) -> bool:
    return bool(_EMAIL_RE.match(email.strip()))


def _check_email(email: str) -> None:
    if email and not looks_like_email(email):
        raise InvalidInput(
            t("'{email}' does not look like an e-mail address. Correct it or leave it "
              "empty.", email=email), code="bad_email")


def register_participant(
    session: Session, event: Event, company: str, name: str, email: str = "", *,
    phone: str = "", country: str = "", role: str = "", notes: str = "",
    check_in: bool = True, desk: str = "",
) -> RegistrationResult:
    """Create a walk-in participant with a badge code (and check them in)."""
    company = _clean(company, 200)
    name = _clean(name, 200)
    email = email.strip()
    if not company:
        raise InvalidInput(t("Type the company name: it is printed on the badge."),
                           code="company_required")
    _check_email(email)
    ext_id = next_walk_in_id(session, event.id)
    participant = Participant(
        event_id=event.id, ext_id=ext_id, company=company, contact_name=name, email=email,
        phone=_clean(phone, 64), country=_clean(country, 64), role=_clean(role, 32),
        notes=notes.strip(), walk_in=True,
        badge_code=make_badge_code(event.badge_secret, event.code, ext_id))
    session.add(participant)
    session.flush()
    session.add(AuditEntry(event_id=event.id, desk=desk, action="register_walk_in",
                           entity="participant", entity_id=participant.id, before=None,
                           after={"ext_id": ext_id, "company": company,
                                  "contact_name": name}))
    if check_in:
        # The check-in's own change (participant + counters) already names everything
        # that changed; one change-log row keeps this desk's echo suppression exact.
        summary = check_in_participant(session, event, participant, desk=desk,
                                       source="manual").summary
    else:
        summary = record_change(
            session, event.id,
            ChangeSummary(kind="register", participants=frozenset({participant.id})),
            desk=desk)
    return RegistrationResult(
        participant_id=participant.id, ext_id=ext_id, badge_code=participant.badge_code,
        company=company, contact_name=name, checked_in=check_in, summary=summary)


def update_contact(
    session: Session, event: Event, participant_id: int, *, expected_version: int | None,
    desk: str = "", **fields: str,
) -> ChangeSummary:
    """Change a participant's contact details (company, contact_name, email, phone,
    country, notes). ``expected_version`` is the version the form was filled from: if
    another desk saved in between, nothing is written and Conflict says so."""
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise InvalidInput(t("Unknown contact field(s): {fields}.",
                             fields=", ".join(sorted(unknown))))
    participant = session.get(Participant, participant_id)
    if participant is None or participant.event_id != event.id:
        raise NotFound(t("This participant no longer exists. Search again."),
                       code="participant_not_found")
    if expected_version is not None and participant.version != expected_version:
        raise Conflict(t("Another desk changed this participant a moment ago. The form "
                         "shows their new details; check them and save again."),
                       code="participant_changed")
    cleaned = {k: (v.strip() if k == "notes" else _clean(v, 254)) for k, v in fields.items()}
    if "company" in cleaned and not cleaned["company"]:
        raise InvalidInput(t("The company name cannot be empty."), code="company_required")
    _check_email(cleaned.get("email", ""))
    before = {k: getattr(participant, k) for k in cleaned}
    changed = {k: v for k, v in cleaned.items() if before[k] != v}
    if not changed:
        return ChangeSummary(kind="none")
    for key, value in changed.items():
        setattr(participant, key, value)
    session.add(AuditEntry(event_id=event.id, desk=desk, action="update_contact",
                           entity="participant", entity_id=participant.id,
                           before={k: before[k] for k in changed}, after=changed))
    return record_change(
        session, event.id,
        ChangeSummary(kind="update_contact", participants=frozenset({participant.id})),
        desk=desk)
