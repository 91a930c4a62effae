"""What every subcommand gets: the opened database, the desk name, the event."""

from __future__ import annotations

import argparse
import os
import socket
from dataclasses import dataclass, field

from desk_app.db.engine import Database, open_database

ENV_DESK = "DESK_APP_DESK"


def default_desk_name() -> str:
    return os.environ.get(ENV_DESK) or socket.gethostname() or "Desk"


@dataclass
class CliContext:
    db_arg: str | None
    desk: str
    event_ref: str | None
    _db: Database | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CliContext:
        return cls(db_arg=args.db, desk=args.desk or default_desk_name(), event_ref=args.event)

    @property
    def db(self) -> Database:
        """Opened (and migrated) on first use, so `--help` never touches a database."""
        if self._db is None:
            self._db = open_database(self.db_arg)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
