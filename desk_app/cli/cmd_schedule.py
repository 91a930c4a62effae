"""``desk-app schedule``: compute the event's schedule and store it in the database.

Rounds that have started (by the event's clock) are never changed; nor are locked or
held meetings.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

from desk_app.cli.context import CliContext
from desk_app.db.models import Event
from desk_app.errors import InvalidInput
from desk_app.exchange.solving import (
    ScheduleOutcome,
    clock_now_slot,
    progress_line,
    schedule_event,
)
from desk_app.i18n import t
from desk_app.services.events import get_event

if TYPE_CHECKING:
    from desk_app.scheduling.solver import Progress


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schedule", help="schedule the event's meetings (CP-SAT) and store them")
    parser.add_argument("--time-limit", metavar="SECONDS", type=float, default=10.0,
                        help="search time (default 10); the best schedule by then is stored")
    parser.add_argument("--greedy", action="store_true",
                        help="instant heuristic schedule instead of the optimiser")
    parser.add_argument("--from-slot", metavar="SLOT",
                        help="re-schedule from this round on (default: the event's clock)")
    parser.set_defaults(handler=run)


class ProgressPrinter:
    """Solver progress on one line that rewrites itself on a terminal, else line by line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.width = 0
        self.last = ""

    def __call__(self, progress: Progress) -> None:
        line = progress_line(progress)
        if line == self.last:  # the solver reports phases too; say only what changed
            return
        self.last = line
        if self.tty:
            self.stream.write("\r" + line.ljust(self.width))
            self.width = len(line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self.width:
            self.stream.write("\n")
            self.stream.flush()


def summary_line(outcome: ScheduleOutcome) -> str:
    stats = outcome.schedule.stats
    # The solver status (OPTIMAL, FEASIBLE...) stays as the solver names it.
    weight = (t("weight {weight} of at most {bound}", weight=stats.weight,
                bound=stats.upper_bound)
              if stats.upper_bound is not None else t("weight {weight}", weight=stats.weight))
    params = {"weight": weight, "status": stats.status, "seconds": f"{stats.seconds:.1f}",
              "count": len(outcome.schedule.meetings), "round": outcome.now_slot,
              "unscheduled": len(outcome.schedule.unscheduled),
              "changed": len(outcome.summary.meetings)}
    if outcome.now_slot:
        return t("Scheduled {count} meetings from round {round} ({weight}, {status}, "
                 "{seconds} s); {unscheduled} requests left unscheduled; {changed} meetings "
                 "changed in the event.", **params)
    return t("Scheduled {count} meetings ({weight}, {status}, {seconds} s); {unscheduled} "
             "requests left unscheduled; {changed} meetings changed in the event.", **params)


def _open_round_code(event: Event, from_slot: str) -> str:
    """The round's code as stored (any case accepted). Rounds the event's clock has
    started hold meetings that took place or are under way: re-scheduling them would
    rewrite the day's history, so they are refused."""
    codes = [slot.code for slot in event.slots]
    index = next((i for i, code in enumerate(codes)
                  if code.casefold() == from_slot.strip().casefold()), None)
    if index is None:
        if not codes:
            raise InvalidInput(t("This event has no round {slot}.", slot=repr(from_slot)),
                               code="unknown_slot")
        raise InvalidInput(t("This event has no round {slot} (rounds {first} to {last}).",
                             slot=repr(from_slot), first=codes[0], last=codes[-1]),
                           code="unknown_slot")
    open_index = clock_now_slot(event)
    if index < open_index:
        if open_index < len(codes):
            raise InvalidInput(t("Round {round} has already started by the event's clock: "
                                 "its meetings cannot be re-scheduled (use --from-slot {next} "
                                 "or later, or leave --from-slot out).",
                                 round=codes[index], next=codes[open_index]),
                               code="round_started")
        raise InvalidInput(t("Round {round} has already started by the event's clock: its "
                             "meetings cannot be re-scheduled (every round of the event is "
                             "over).", round=codes[index]), code="round_started")
    return codes[index]


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.time_limit > 0:  # `not >`: NaN too
        raise InvalidInput(t("The time limit must be a positive number of seconds."),
                           code="bad_time_limit")
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        event_id = event.id
        from_slot = (None if args.from_slot is None
                     else _open_round_code(event, args.from_slot))
    printer = ProgressPrinter(sys.stderr)
    try:
        outcome = schedule_event(ctx.db, event_id, time_limit=args.time_limit,
                                 use_greedy=args.greedy, from_slot=from_slot,
                                 progress=printer, desk=ctx.desk)
    finally:
        printer.finish()
    print(summary_line(outcome))
    return 0
