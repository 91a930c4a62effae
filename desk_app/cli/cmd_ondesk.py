"""On-day changes from a terminal: ``walkin``, ``noshow``, ``cancel``, ``undo``, ``waitlist``.

Participants are given by exchange id (``P0042``) or badge code (scanned text). Each
command prints one line; exit 0 done, 1 not possible (the reason is printed).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.badges.codes import clean_scan
from desk_app.cli.context import CliContext
from desk_app.db.models import Event, Participant
from desk_app.errors import Conflict, InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.ondesk.booking import BookingResult, book_walk_in
from desk_app.ondesk.moves import cancel_meeting
from desk_app.ondesk.noshow import mark_no_show
from desk_app.ondesk.results import ActionResult
from desk_app.ondesk.undo import undo_last
from desk_app.ondesk.waitlist import (
    add_to_waitlist,
    fill_from_waitlist,
    waiting_pairs,
    waitlist_candidates,
)
from desk_app.services.events import get_event


def register(subparsers: Any) -> None:
    walkin = subparsers.add_parser(
        "walkin", help="book a same-day meeting between A and B (exit 0 booked, 1 not)",
        description="Book A and B in the earliest round both are free with a free table.")
    walkin.add_argument("a", help="participant id (e.g. P0042) or badge code")
    walkin.add_argument("b", help="participant id or badge code")
    walkin.add_argument("--moves", action="store_true",
                        help="allow moving unlocked future meetings to make room")
    walkin.add_argument("--waitlist", action="store_true",
                        help="if it cannot be booked, put the wish on the wait list")
    walkin.set_defaults(handler=run_walkin)

    noshow = subparsers.add_parser(
        "noshow", help="mark a participant absent and cancel their future meetings")
    noshow.add_argument("participant", help="participant id or badge code")
    noshow.set_defaults(handler=run_noshow)

    cancel = subparsers.add_parser("cancel", help="cancel one future meeting by its number")
    cancel.add_argument("meeting", type=int, help="meeting number")
    cancel.set_defaults(handler=run_cancel)

    undo = subparsers.add_parser("undo", help="undo the last on-day change")
    undo.set_defaults(handler=run_undo)

    waitlist = subparsers.add_parser(
        "waitlist", help="show the wait list and what fits now (--fill books it)",
        description="Wait-list wishes that fit now, then those still waiting "
        "(exit 0 something fits, 1 nothing fits).")
    waitlist.add_argument("--fill", action="store_true", help="book every wish that fits")
    waitlist.add_argument("--all", action="store_true",
                          help="also pre-event wishes the schedule left out (the freed "
                          "rounds after a no-show or a cancellation suit them too)")
    waitlist.set_defaults(handler=run_waitlist)


def find_participant(session: Session, event: Event, ref: str) -> Participant:
    """By exchange id (any case), then by badge code as scanned."""
    person = session.scalar(select(Participant).where(
        Participant.event_id == event.id, func.upper(Participant.ext_id) == ref.upper()))
    if person is None:
        person = session.scalar(select(Participant).where(
            Participant.event_id == event.id, Participant.badge_code == clean_scan(ref)))
    if person is None:
        raise NotFound(t("No participant {ref} in this event (give an id such as P0042 or a "
                         "badge code).", ref=repr(ref)), code="participant_not_found")
    return person


def _next_steps(result: BookingResult, args: argparse.Namespace) -> str:
    """What the desk can try when a walk-in cannot be booked as asked."""
    moves = not args.moves and result.could_move
    waitlist = not args.waitlist and result.can_waitlist
    if moves and waitlist:
        return " " + t("(Try --moves to move other unlocked meetings or --waitlist to put "
                       "the wish on the wait list.)")
    if moves:
        return " " + t("(Try --moves to move other unlocked meetings.)")
    if waitlist:
        return " " + t("(Try --waitlist to put the wish on the wait list.)")
    return ""


def run_walkin(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        a = find_participant(session, event, args.a)
        b = find_participant(session, event, args.b)
        result = book_walk_in(session, event, a.id, b.id, desk=ctx.desk,
                              allow_moves=args.moves)
        if result.booked:
            print(f"BOOKED: {result.message}")
            return 0
        if args.waitlist and result.can_waitlist:
            try:
                entry = add_to_waitlist(session, event, a.id, b.id, desk=ctx.desk)
            except InvalidInput as exc:
                if exc.code != "already_waitlisted":
                    raise
                print(f"NOT POSSIBLE: {result.message} {exc}")
                return 1
            print(f"WAITLISTED: {result.message} {entry.message}")
            return 1
        print(f"NOT POSSIBLE: {result.message}{_next_steps(result, args)}")
        return 1


def run_noshow(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        person = find_participant(session, event, args.participant)
        if person.absent:
            print("NOT POSSIBLE: " + t("{company} is already marked absent.",
                                       company=person.company))
            return 1
        result = mark_no_show(session, event, person.id, desk=ctx.desk)
        print(f"DONE: {result.message}{_offers_note(result)}")
        return 0


def _offers_note(result: ActionResult) -> str:
    if not result.offers:
        return ""
    return " " + t("{count} wish(es) from the wait list or left out of the schedule now "
                   "fit: see 'desk-app waitlist --all'.", count=len(result.offers))


def _event_id(ctx: CliContext) -> int:
    """The event to work on; a missing event is a usage error (exit 2), not "not
    possible"."""
    with ctx.db.session() as session:
        return get_event(session, ctx.event_ref).id


def run_cancel(args: argparse.Namespace, ctx: CliContext) -> int:
    event_id = _event_id(ctx)
    try:
        with ctx.db.session() as session:
            event = session.get_one(Event, event_id)
            result = cancel_meeting(session, event, args.meeting, desk=ctx.desk)
    except (InvalidInput, NotFound) as exc:  # rolled back: nothing half-done
        print(f"NOT POSSIBLE: {exc}")
        return 1
    print(f"DONE: {result.message}{_offers_note(result)}")
    return 0


def run_undo(args: argparse.Namespace, ctx: CliContext) -> int:
    event_id = _event_id(ctx)
    try:
        with ctx.db.session() as session:
            event = session.get_one(Event, event_id)
            result = undo_last(session, event, desk=ctx.desk)
    except (Conflict, NotFound) as exc:  # rolled back: nothing half-done
        print(f"NOT POSSIBLE: {exc}")
        return 1
    print(f"DONE: {result.message}")
    return 0


def run_waitlist(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        if args.fill:
            filled = fill_from_waitlist(session, event, include_unscheduled=args.all,
                                        desk=ctx.desk)
            print(("DONE: " if filled.booked else "NOTHING: ") + filled.message)
            return 0 if filled.booked else 1
        offers = waitlist_candidates(session, event, include_unscheduled=args.all)
        for offer in offers:
            print(offer.message)
        fitting = {offer.request_id for offer in offers}
        waiting = [(w.company_a, w.company_b) for w in waiting_pairs(session, event)
                   if w.request_id not in fitting]
        for a, b in waiting:
            print(t("Waiting: {a} – {b} (no free round and table in common yet).", a=a, b=b))
        if not offers:
            if waiting:
                print(t("No wait-list wish fits right now."), file=sys.stderr)
            elif args.all:
                print(t("The wait list is empty, and no unscheduled wish fits right now."),
                      file=sys.stderr)
            else:
                print(t("The wait list is empty."), file=sys.stderr)
        return 0 if offers else 1
