"""``desk-app demo``: create a realistic demo event (and schedule it)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desk_app.cli.cmd_schedule import ProgressPrinter, summary_line
from desk_app.cli.context import CliContext
from desk_app.db.models import Event
from desk_app.demo import PROFILES, create_demo_event, get_profile
from desk_app.errors import InvalidInput
from desk_app.exchange.solving import schedule_event
from desk_app.i18n import t


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo", help="create a demo event shaped like a real B2B meeting day")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="artois",
                        help="artois: 180 firms, an afternoon; metz: 200, a day with hosts; "
                        "large: 600; xl: 2,500 (default artois)")
    parser.add_argument("--seed", type=int, default=1,
                        help="the same seed gives the same firms and wishes (default 1)")
    parser.add_argument("--no-schedule", action="store_true",
                        help="leave the meetings unscheduled")
    parser.add_argument("--time-limit", metavar="SECONDS", type=float,
                        help="scheduling time (default: by profile, 5 s for artois and metz)")
    parser.add_argument("--mid-day", action="store_true",
                        help="then put the event in the middle of its day (check-ins, "
                        "no-shows, a walk-in)")
    parser.set_defaults(handler=run)


def _make_mid_day(ctx: CliContext, event_id: int, seed: int) -> None:
    # Imported here: the on-day services are only needed for this scene.
    from desk_app.demo.midday import make_midday

    with ctx.db.session() as session:
        event = session.get(Event, event_id)
        assert event is not None  # created a moment ago by this command
        # The scene's own desk names ("Accueil 1"...) read better than this host's name.
        make_midday(session, event, seed=seed)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    profile = get_profile(args.profile)
    if args.time_limit is not None and not args.time_limit > 0:  # `not >`: NaN too
        raise InvalidInput(t("The time limit must be a positive number of seconds."),
                           code="bad_time_limit")
    if args.mid_day and args.no_schedule:
        raise InvalidInput(t("--mid-day needs a scheduled event: drop --no-schedule."),
                           code="bad_options")
    with ctx.db.session() as session:
        event = create_demo_event(session, profile, seed=args.seed)
        event_id, name = event.id, event.name
    print(t("Created demo event {id} '{name}' ({participants} participants, {tables} tables, "
            "{rounds} rounds).", id=event_id, name=name, participants=profile.participants,
            tables=profile.tables, rounds=profile.slot_count))
    if args.no_schedule:
        return 0
    printer = ProgressPrinter(sys.stderr)
    try:
        outcome = schedule_event(
            ctx.db, event_id, time_limit=args.time_limit or profile.time_limit,
            from_slot=0, progress=printer, desk=ctx.desk,
        )
    finally:
        printer.finish()
    print(summary_line(outcome))
    if args.mid_day:
        _make_mid_day(ctx, event_id, args.seed)
        print(t("The event is now in the middle of its day."))
    return 0
