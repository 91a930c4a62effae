"""``desk-app events``: list the events in the database."""

from __future__ import annotations

import argparse
from typing import Any

from desk_app.cli.context import CliContext
from desk_app.i18n import t
from desk_app.services.checkin import check_in_counters
from desk_app.services.events import list_events


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("events", help="list the events in the database")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        events = list_events(session)
        if not events:
            print(t("No event yet. Create one with: desk-app demo --profile artois"))
            return 0
        for event in events:
            counters = check_in_counters(session, event.id)
            # Tab-separated for scripts: only the last column, a phrase, is translated.
            arrived = t("{checked_in}/{expected} checked in",
                        checked_in=counters.checked_in, expected=counters.expected)
            print(f"{event.id}\t{event.date}\t{event.name}\t{event.venue}\t{arrived}")
    return 0
