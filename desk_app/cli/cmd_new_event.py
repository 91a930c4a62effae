"""``desk-app new-event``: the organiser's own event, empty, ready for their lists."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desk_app.cli.context import CliContext
from desk_app.errors import InvalidInput
from desk_app.exchange.new_event import create_event, parse_round_block
from desk_app.i18n import t


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "new-event", help="create an empty event: date, rounds and tables",
        description="Create an event with its rounds and numbered tables; then import "
        "the participant and request lists and schedule it.",
        epilog="example: desk-app new-event \"Rencontres 2026\" --date 2026-12-03 "
        "--rounds 09:00x7 --rounds 14:00x8 --minutes 30 --tables 70")
    parser.add_argument("name", help="the event's name")
    parser.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day")
    parser.add_argument("--rounds", required=True, action="append", metavar="HH:MMxN",
                        help="N rounds back to back from HH:MM; repeat for each part of "
                        "the day (e.g. --rounds 09:00x7 --rounds 14:00x8)")
    parser.add_argument("--minutes", type=int, default=20, metavar="M",
                        help="length of a round in minutes (default 20)")
    parser.add_argument("--tables", type=int, required=True, metavar="N",
                        help="number of tables, labelled 1 to N")
    parser.add_argument("--venue", default="", help="where it takes place")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        date = dt.date.fromisoformat(args.date.strip())
    except ValueError:
        raise InvalidInput(t("The date {date} is not understood: write it as YYYY-MM-DD, "
                             "e.g. 2026-12-03.", date=repr(args.date)),
                           code="bad_event") from None
    blocks = [parse_round_block(text) for text in args.rounds]
    with ctx.db.session() as session:
        event = create_event(session, name=args.name, date=date, blocks=blocks,
                             round_minutes=args.minutes, tables=args.tables,
                             venue=args.venue, desk=ctx.desk)
        slots = sorted(event.slots, key=lambda s: s.position)
        line = t("Created event {id} '{name}' on {date}: {rounds} rounds from {start} to "
                 "{end}, {tables} tables.", id=event.id, name=event.name, date=event.date,
                 rounds=len(slots), start=f"{slots[0].starts_at:%H:%M}",
                 end=f"{slots[-1].ends_at:%H:%M}", tables=args.tables)
    print(line)
    print(t("Next: desk-app import participants FILE, desk-app import requests FILE, "
            "then desk-app schedule."))
    return 0
