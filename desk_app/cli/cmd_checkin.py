"""``desk-app checkin CODE``: check in one scanned badge from a script or a terminal.

Exit status: 0 checked in, 3 already checked in, 4 refused (unknown, tampered, other
event), with one line of text. ``CODE`` ``-`` reads codes from standard input, one per
line, and answers each on its own line as soon as it is committed (a scanner piped
into a terminal; the load and crash tests use it); the exit status is then the worst
answer. Safe from many processes at once: each check-in is one short transaction,
retried while SQLite is locked, and the database refuses a second counted check-in.

``--queue FILE`` (desks on a PostgreSQL server): keep a local cache and outage queue
in FILE; when the server cannot be reached, check-ins are answered from the cache and
queued, and sent when it is back (``--sync`` only sends the queue: exit 0 sent, 5 the
server is still unreachable).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desk_app.cli.context import CliContext
from desk_app.db.engine import resolve_db_url
from desk_app.i18n import t
from desk_app.services.checkin import CheckInOutcome, CheckInResult, check_in_by_code
from desk_app.services.events import get_event
from desk_app.sync.concurrency import run_with_lock_retry
from desk_app.sync.outage import DeskCheckIn, ResilientCheckIn, open_server

EXIT_CODES = {CheckInOutcome.CHECKED_IN: 0, CheckInOutcome.ALREADY: 3,
              CheckInOutcome.REFUSED: 4}
# A desk offline for this long retries the server at its next scan.
CLI_RETRY_SECONDS = 1.0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "checkin", help="check in a badge code (exit 0 ok, 3 already, 4 refused)",
        description="Check in one badge code (exit 0 checked in, 3 already checked in, "
        "4 refused), or codes read from standard input with CODE '-'.")
    parser.add_argument("code", nargs="?", default=None,
                        help="the scanned code, or - to read codes from standard input")
    parser.add_argument("--queue", metavar="FILE",
                        help="local cache and outage queue for a PostgreSQL server")
    parser.add_argument("--sync", action="store_true",
                        help="only send the outage queue (with --queue)")
    parser.set_defaults(handler=run)


def _printable(text: str) -> str:
    """Names come from imports: never let control characters reach the terminal."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")


def describe(answer: DeskCheckIn) -> str:
    """One line: a keyword for scripts (OK, ALREADY, REFUSED: never translated), then a
    sentence in the desk's language."""
    result = answer.result
    who = _printable(f"{result.name} ({result.company})" if result.name else result.company)
    time = f"{result.at:%H:%M}" if result.at else "?"
    desk = _printable(result.desk)
    if result.outcome is CheckInOutcome.CHECKED_IN:
        sentence = (t("{who} checked in at {time} at {desk}", who=who, time=time, desk=desk)
                    if desk else t("{who} checked in at {time}", who=who, time=time))
        queued = " " + t("(queued: server unreachable)") if answer.queued else ""
        return f"OK: {sentence}{queued}"
    if result.outcome is CheckInOutcome.ALREADY:
        sentence = (t("{who} already checked in at {time} at {desk}", who=who, time=time,
                      desk=desk)
                    if desk else t("{who} already checked in at {time}", who=who, time=time))
        return f"ALREADY: {sentence}"
    return f"REFUSED: {result.message}"


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.code is None and not args.sync:
        print("desk-app checkin: "
              + t("give a CODE, or - to read codes from standard input."), file=sys.stderr)
        return 2
    if args.queue:
        return _run_resilient(args, ctx)

    def one(raw: str) -> DeskCheckIn:
        def work(session: Session) -> CheckInResult:
            return check_in_by_code(session, get_event(session, ctx.event_ref), raw,
                                    desk=ctx.desk)
        return DeskCheckIn(run_with_lock_retry(ctx.db, work))

    return _answer_all(args, one)


def _answer_all(args: argparse.Namespace, check: Callable[[str], DeskCheckIn]) -> int:
    worst = 0
    lines = [args.code] if args.code != "-" else (line.rstrip("\r\n") for line in sys.stdin)
    for raw in lines:
        if args.code == "-" and not raw.strip():
            continue
        answer = check(raw)
        # Printed only now: the commit has returned, so "OK" is a promise kept.
        print(describe(answer), flush=True)
        worst = max(worst, EXIT_CODES[answer.result.outcome])
    return worst


def _run_resilient(args: argparse.Namespace, ctx: CliContext) -> int:
    server = open_server(resolve_db_url(ctx.db_arg))
    desk = ResilientCheckIn(server, args.queue, desk=ctx.desk, event_ref=ctx.event_ref,
                            auto_retry_seconds=CLI_RETRY_SECONDS)
    try:
        report = desk.try_sync()
        if args.sync:
            if report is None:
                print(f"OFFLINE: {desk.state.label}", flush=True)  # label is translated
                return 5
            print("SYNCED: " + t("{sent} sent, {flagged} flagged as duplicates, "
                                 "{already} already there, {dropped} dropped",
                                 sent=report.sent, flagged=report.flagged,
                                 already=report.already_there, dropped=report.dropped),
                  flush=True)
            return 0
        code = _answer_all(args, desk.check_in)
        if desk.queue.pending_count():
            desk.try_sync()
        if desk.queue.pending_count():
            print(f"QUEUED: {desk.state.label}", file=sys.stderr)
        return code
    finally:
        desk.close()
        server.dispose()
