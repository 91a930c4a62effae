"""The event data model (SQLAlchemy 2.0 typed ORM).

Integrity lives in the database, not only in Python:

* a participant cannot be in two live meetings in one slot: every meeting has one
  ``meeting_seat`` row per participant, carrying the meeting's slot and status through a
  composite foreign key with ``ON UPDATE CASCADE``, under a unique index on
  (participant, slot) partial on live status;
* a table cannot hold two live meetings in one slot (partial unique index);
* a request is met by at most one live meeting (partial unique index);
* a participant is counted checked in at most once (partial unique index).

"Live" means scheduled or held: a cancelled or no-show meeting frees its seats.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.db.base import Base


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class MeetingStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


LIVE_STATUSES = (MeetingStatus.SCHEDULED, MeetingStatus.HELD)
# SQL predicate shared by the partial unique indexes (same text on SQLite and PostgreSQL).
LIVE_SQL = "status IN ('scheduled', 'held')"


class RequestOrigin(enum.StrEnum):
    PRE_EVENT = "pre_event"
    SAME_DAY = "same_day"


class RequestStatus(enum.StrEnum):
    ACTIVE = "active"  # to be scheduled (or scheduled)
    WAITLISTED = "waitlisted"  # same-day wish waiting for a freed slot
    WITHDRAWN = "withdrawn"  # nobody wants it any more


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("min_meetings >= 0", name="min_meetings_ok"),
        CheckConstraint("max_meetings IS NULL OR max_meetings >= 0",
                        name="max_meetings_ok"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[dt.date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    # Short code printed in badge payloads: tells one event's badges from another's.
    code: Mapped[str] = mapped_column(String(12), unique=True)
    # HMAC key for badge codes; never leaves the database.
    badge_secret: Mapped[str] = mapped_column(String(128))
    # When set, the app's clock reads this local time (demo events "in the middle of the
    # day", replays); None means the real clock.
    simulated_now: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The organiser's promise ("4 to 10 meetings each"): the fairness floor every
    # participant without a floor of their own gets (0 = none), and the default cap
    # (None = as many as their slots allow). Per-participant values override both.
    min_meetings: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    max_meetings: Mapped[int | None] = mapped_column(Integer, default=None)
    # Language of printed documents and exports ("fr", "en"); None = from the
    # event's timezone and the system (desk_app.printing.i18n).
    document_language: Mapped[str | None] = mapped_column(String(8), default=None)

    slots: Mapped[list[Slot]] = relationship(
        back_populates="event", order_by="Slot.position", cascade="all, delete-orphan"
    )
    tables: Mapped[list[VenueTable]] = relationship(
        back_populates="event", order_by="VenueTable.position", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class Slot(Base):
    """One meeting round. Rounds are ordered by ``position``; breaks are simply gaps
    between one round's end and the next one's start."""

    __tablename__ = "slot"
    __table_args__ = (
        UniqueConstraint("event_id", "position"),
        UniqueConstraint("event_id", "code"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))  # exchange id, e.g. "S01"
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)

    event: Mapped[Event] = relationship(back_populates="slots")


class VenueTable(Base):
    """A numbered physical table on the floor ("table" is an SQL keyword)."""

    __tablename__ = "venue_table"
    __table_args__ = (UniqueConstraint("event_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(32))
    zone: Mapped[str] = mapped_column(String(32), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    event: Mapped[Event] = relationship(back_populates="tables")


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("event_id", "ext_id"),
        UniqueConstraint("event_id", "badge_code"),
        CheckConstraint("max_meetings IS NULL OR max_meetings >= 0", name="max_meetings_ok"),
        CheckConstraint("min_meetings IS NULL OR min_meetings >= 0", name="min_meetings_ok"),
        Index("ix_participant_event_company", "event_id", "company"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    ext_id: Mapped[str] = mapped_column(String(32))  # exchange id, e.g. "P0001"
    company: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    country: Mapped[str] = mapped_column(String(64), default="")
    role: Mapped[str] = mapped_column(String(32), default="")  # buyer, supplier, ...
    host_table_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue_table.id", ondelete="SET NULL"), default=None
    )
    max_meetings: Mapped[int | None] = mapped_column(Integer, default=None)
    # Fairness floor for this participant (None = the event's min_meetings).
    min_meetings: Mapped[int | None] = mapped_column(Integer, default=None)
    badge_code: Mapped[str] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    # No-show: their future meetings are dropped and no new ones are made.
    absent: Mapped[bool] = mapped_column(Boolean, default=False)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)  # registered on the day
    version: Mapped[int] = mapped_column(Integer, default=1)

    event: Mapped[Event] = relationship(back_populates="participants")
    host_table: Mapped[VenueTable | None] = relationship()
    unavailable_slots: Mapped[list[ParticipantUnavailability]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ParticipantUnavailability(Base):
    """A slot the participant cannot meet in (default: available in every slot)."""

    __tablename__ = "participant_unavailability"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    slot_id: Mapped[int] = mapped_column(
        ForeignKey("slot.id", ondelete="CASCADE"), primary_key=True
    )

    participant: Mapped[Participant] = relationship(back_populates="unavailable_slots")


class MeetingRequest(Base):
    __tablename__ = "meeting_request"
    __table_args__ = (
        UniqueConstraint("event_id", "ext_id"),
        CheckConstraint("participant_a_id <> participant_b_id", name="distinct_parties"),
        CheckConstraint("weight > 0", name="positive_weight"),
        CheckConstraint("origin IN ('pre_event', 'same_day')", name="origin_known"),
        CheckConstraint("status IN ('active', 'waitlisted', 'withdrawn')", name="status_known"),
        CheckConstraint("rank IS NULL OR rank >= 1", name="rank_ok"),
        Index("ix_meeting_request_a", "participant_a_id"),
        Index("ix_meeting_request_b", "participant_b_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    ext_id: Mapped[str] = mapped_column(String(32))
    participant_a_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    participant_b_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    weight: Mapped[int] = mapped_column(Integer, default=1)
    # The organiser's rank when the list gave one (1 = most wanted); the weight was
    # derived from it so that a better rank always weighs more.
    rank: Mapped[int | None] = mapped_column(Integer, default=None)
    origin: Mapped[str] = mapped_column(String(16), default=RequestOrigin.PRE_EVENT)
    status: Mapped[str] = mapped_column(String(16), default=RequestStatus.ACTIVE)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    participant_a: Mapped[Participant] = relationship(foreign_keys=[participant_a_id])
    participant_b: Mapped[Participant] = relationship(foreign_keys=[participant_b_id])
    allowed_slots: Mapped[list[RequestAllowedSlot]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )


class RequestAllowedSlot(Base):
    """Restricts a request to some slots ("morning only"); none = any slot."""

    __tablename__ = "request_allowed_slot"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_request.id", ondelete="CASCADE"), primary_key=True
    )
    slot_id: Mapped[int] = mapped_column(
        ForeignKey("slot.id", ondelete="CASCADE"), primary_key=True
    )

    request: Mapped[MeetingRequest] = relationship(back_populates="allowed_slots")


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        # Target of meeting_seat's composite foreign key (keeps seats in step).
        UniqueConstraint("id", "slot_id", "status", name="uq_meeting_id_slot_status"),
        CheckConstraint(
            "status IN ('scheduled', 'held', 'no_show', 'cancelled')", name="status_known"
        ),
        Index(
            "uq_meeting_table_slot_live",
            "table_id",
            "slot_id",
            unique=True,
            sqlite_where=text(LIVE_SQL),
            postgresql_where=text(LIVE_SQL),
        ),
        Index(
            "uq_meeting_request_live",
            "request_id",
            unique=True,
            sqlite_where=text(LIVE_SQL),
            postgresql_where=text(LIVE_SQL),
        ),
        Index("ix_meeting_event_slot", "event_id", "slot_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    request_id: Mapped[int] = mapped_column(ForeignKey("meeting_request.id", ondelete="CASCADE"))
    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id", ondelete="CASCADE"))
    table_id: Mapped[int] = mapped_column(ForeignKey("venue_table.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(16), default=MeetingStatus.SCHEDULED)
    # Promised to people (agenda printed or handed out, or locked by hand): re-solves
    # must not move it.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when one side did not come ("partner did not come"): which participant.
    missing_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), default=None
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    request: Mapped[MeetingRequest] = relationship()
    slot: Mapped[Slot] = relationship()
    table: Mapped[VenueTable] = relationship()
    seats: Mapped[list[MeetingSeat]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_updates=True
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class MeetingSeat(Base):
    """One participant's seat in a meeting.

    ``slot_id`` and ``status`` mirror the meeting's through a composite foreign key with
    ON UPDATE CASCADE, so the database itself keeps them in step and the partial unique
    index on (participant, slot) forbids double-booking a person.
    """

    __tablename__ = "meeting_seat"
    __table_args__ = (
        ForeignKeyConstraint(
            ["meeting_id", "slot_id", "status"],
            ["meeting.id", "meeting.slot_id", "meeting.status"],
            name="fk_meeting_seat_meeting_slot_status",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        Index(
            "uq_meeting_seat_participant_slot_live",
            "participant_id",
            "slot_id",
            unique=True,
            sqlite_where=text(LIVE_SQL),
            postgresql_where=text(LIVE_SQL),
        ),
    )

    meeting_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    slot_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))

    meeting: Mapped[Meeting] = relationship(back_populates="seats")


class CheckIn(Base):
    __tablename__ = "check_in"
    __table_args__ = (
        # Counted once: at most one check-in that is neither undone nor a flagged
        # duplicate (e.g. synced from a desk that was offline) per participant.
        Index(
            "uq_check_in_participant_counted",
            "participant_id",
            unique=True,
            sqlite_where=text("undone_at IS NULL AND duplicate_of_id IS NULL"),
            postgresql_where=text("undone_at IS NULL AND duplicate_of_id IS NULL"),
        ),
        Index("ix_check_in_event", "event_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    checked_in_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    desk: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(String(16), default="scan")  # scan, manual, sync
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("check_in.id", ondelete="SET NULL"), default=None
    )

    participant: Mapped[Participant] = relationship()


class AuditEntry(Base):
    """Who did what, when, with the before/after state (also what undo replays)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_event_at", "event_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    desk: Mapped[str] = mapped_column(String(64), default="")
    actor: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer, default=None)
    before: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    after: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class ChangeLog(Base):
    """Monotonic change counter: every committed change appends a row, and views in
    this or another process poll ``max(id)`` to learn what to repaint."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_event_id", "event_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    desk: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)


class AgendaPrint(Base):
    """A printed (or handed-out) version of one participant's agenda."""

    __tablename__ = "agenda_print"
    __table_args__ = (UniqueConstraint("participant_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    desk: Mapped[str] = mapped_column(String(64), default="")
    # The meetings as printed: list of {meeting, slot, table, partner}.
    snapshot: Mapped[Any] = mapped_column(JSON, default=list)
