"""``desk-app``: subcommands for everything; no subcommand opens the desk window.

Each command lives in its own module exposing ``register(subparsers)``; the parser it
adds sets ``handler(args, ctx) -> int`` (the exit code). Errors meant for people
(:class:`desk_app.errors.DeskError`) print as one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import DatabaseError, DataError, IntegrityError

from desk_app import __version__
from desk_app.cli.context import CliContext
from desk_app.errors import DeskError
from desk_app.i18n import default_language, set_language, t
from desk_app.logs import log, setup_logging, unexpected_sentence
from desk_app.private_files import disk_full_place

COMMAND_MODULES: list[str] = [
    "desk_app.cli.cmd_events",
    "desk_app.cli.cmd_checkin",
    "desk_app.cli.cmd_backup",
    "desk_app.cli.cmd_print",
    "desk_app.cli.cmd_solve",
    "desk_app.cli.cmd_demo",
    "desk_app.cli.cmd_new_event",
    "desk_app.cli.cmd_exchange",
    "desk_app.cli.cmd_schedule",
    "desk_app.cli.cmd_ondesk",
    "desk_app.cli.cmd_screenshot",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk-app",
        description="The on-site desk for B2B meeting events. "
        "Without a command, opens the desk window.",
    )
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help="SQLite file or database URL (default: $DESK_APP_DB, else a file in the "
        "user data directory)",
    )
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="also write the log (with tracebacks) to the console")
    parser.add_argument("--desk", metavar="NAME", help="this desk's name (default: host name)")
    parser.add_argument("--event", metavar="ID_OR_NAME",
                        help="event to work on (default: the most recent one)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def _open_gui(args: argparse.Namespace, ctx: CliContext) -> int:
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        # Qt would abort with "could not load the Qt platform plugin xcb".
        raise DeskError(t("There is no screen to open the desk window on. Run desk-app on "
                          "the laptop's desktop, or use a command (desk-app --help)."),
                        code="no_display")
    # Imported here: the core and every other command run without Qt.
    from desk_app.gui.app import run_gui

    return run_gui(ctx)


def _database_folder(ctx: CliContext) -> Path:
    from desk_app.backup import sqlite_file

    try:
        return sqlite_file(ctx.db_arg).parent
    except DeskError:  # a server: the disk that filled up is the server's
        return Path.cwd()


def main(argv: Sequence[str] | None = None) -> int:
    set_language(default_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    log_path = setup_logging(verbose=bool(args.verbose))
    ctx = CliContext.from_args(args)
    handler = getattr(args, "handler", None) or _open_gui
    try:
        code = int(handler(args, ctx))
        sys.stdout.flush()  # a reader gone away shows here, not in the exit-time flush
        return code
    except DeskError as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return 2
    except DataError as exc:  # a value the database cannot hold, not a broken database
        log.exception("value refused by the database")
        print("desk-app: " + unexpected_sentence(exc), file=sys.stderr)
        return 2
    except IntegrityError as exc:  # a bug to fix: the traceback goes to the log
        log.exception("integrity error")
        print("desk-app: " + unexpected_sentence(exc), file=sys.stderr)
        return 70
    except DatabaseError as exc:  # locked, unreachable, "file is not a database"...
        log.info("database error", exc_info=True)
        cause = exc.orig or exc
        folder = _database_folder(ctx)
        if disk_full_place(folder, cause) is not None:
            print("desk-app: " + unexpected_sentence(cause, folder=folder), file=sys.stderr)
            return 2
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc).splitlines()[0]
        print("desk-app: " + t("the database cannot be used ({reason}).", reason=reason),
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("desk-app: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` (or a pager closed early): stop quietly, as `cat`
        # does; stdout goes to /dev/null so the interpreter's final flush cannot fail.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a command cut off this way
    except OSError as exc:  # a path that cannot be created, read or written
        log.info("OS error", exc_info=True)
        full = disk_full_place(Path(exc.filename or ".").parent, exc)
        if full is not None:
            print("desk-app: " + unexpected_sentence(exc, folder=Path(exc.filename or ".")
                                                     .parent), file=sys.stderr)
            return 2
        where = f" {exc.filename}" if exc.filename else ""
        print(f"desk-app: cannot use{where} ({exc.strerror or exc}): check the path and "
              "its permissions.", file=sys.stderr)
        return 2
    except Exception as exc:  # the one boundary: a sentence here, the traceback in the log
        log.exception("unexpected error in desk-app %s", args.command or "(window)")
        print("desk-app: " + unexpected_sentence(exc), file=sys.stderr)
        print("desk-app: " + t("details: {log}", log=log_path), file=sys.stderr)
        return 70  # EX_SOFTWARE
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
