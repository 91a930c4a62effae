"""``desk-app backup`` and ``desk-app restore``: online copies of a desk's SQLite file.

The desk window also backs up by itself every few minutes and on exit; these commands
are for a copy on a USB stick before doors open, and for going back to one.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desk_app.backup import DEFAULT_KEEP, backup_contents, backup_sqlite, restore_sqlite
from desk_app.cli.context import CliContext
from desk_app.errors import InvalidInput
from desk_app.i18n import t


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup", help="write a consistent copy of the SQLite database (while in use)")
    backup.add_argument("--dir", metavar="DIR",
                        help="where to write it (default: 'backups' beside the database)")
    backup.add_argument("--keep", type=_positive_int, default=DEFAULT_KEEP,
                        help=f"how many backups to keep in DIR (default {DEFAULT_KEEP})")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the database's content with a backup (checked first)")
    restore.add_argument("file", help="the backup file")
    restore.add_argument("--yes", action="store_true",
                         help="do not ask for confirmation (scripts)")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    path = backup_sqlite(ctx.db_arg, args.dir, keep=args.keep)
    print(t("Backup written: {path}", path=path))
    return 0


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(t("must be a whole number of at least 1"))
    return value


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        contents = backup_contents(args.file)
    except InvalidInput as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return 2
    # What the person is going back to, before the question.
    print(t("This backup holds {what}", what=contents.describe()))
    if not args.yes:
        print(t("Every desk using this database must be closed first. The current content "
                "is saved beside the backups before it is replaced."))
        # "oui" too: the prompt asks in French when the desk speaks French.
        try:
            reply = input(t("Restore this backup now? Type yes: ")).strip().lower()
        except EOFError:  # no one to answer (a script, a pipe): ask for --yes instead
            print(t("No answer was given: add --yes to restore without the question."),
                  file=sys.stderr)
            return 1
        if reply not in ("yes", "oui"):
            print(t("Nothing changed."))
            return 1
    safety = restore_sqlite(args.file, ctx.db_arg)
    print(t("Restored from {file}. The previous content is kept in {safety} (restore it "
            "to go back).", file=args.file, safety=safety)
          if safety else t("Restored from {file}.", file=args.file))
    return 0
