"""Opening a database: URL resolution, SQLite pragmas, migrations to head.

One code path for SQLite (one desk, a file) and PostgreSQL (several desks, a server):
only the URL differs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.private_files import private_dir, private_file

ENV_DB = "DESK_APP_DB"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("desk_app", appauthor=False)) / "desk.sqlite"


def resolve_db_url(path_or_url: str | os.PathLike[str] | None = None) -> str:
    """``--db`` wins, then ``$DESK_APP_DB``, then a file in the user data dir.

    A bare path means a SQLite file; anything with ``://`` is taken as a URL.
    """
    raw = os.fspath(path_or_url) if path_or_url else os.environ.get(ENV_DB) or ""
    if "://" in raw:
        return raw
    path = Path(raw).expanduser() if raw else default_db_path()
    private_dir(path.parent)
    return f"sqlite:///{path.resolve()}"


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook below emit BEGIN itself (pysqlite's own implicit
    # transactions would defer the write lock and risk SQLITE_BUSY on upgrade).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # FULL: a commit that returned is on disk even if the laptop loses power.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE takes the write lock up front, so concurrent desks queue on the busy
    # timeout instead of failing on a read-to-write upgrade. Sessions are short-lived.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and "mode=" not in url:
            # The file holds the badge secret and everybody's details: created
            # owner-only before SQLite opens it (its -wal and -shm take the same mode).
            private_file(Path(parsed.database))
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if parsed.get_backend_name() == "postgresql":
        # An unplugged server laptop must make a desk say "offline" within seconds,
        # not freeze the window on a TCP timeout of several minutes.
        kwargs.setdefault("connect_args", {"connect_timeout": 2, "tcp_user_timeout": 5000})
    return create_engine(url, **kwargs)


@dataclass
class Database:
    """An opened, migrated database and its session factory."""

    url: str = field(repr=False)  # may hold a password: show :attr:`display_url`
    engine: Engine = field(repr=False)
    sessions: sessionmaker[Session] = field(repr=False)

    @property
    def display_url(self) -> str:
        """The URL with its password masked (for messages and logs)."""
        return without_password(self.url)

    def __repr__(self) -> str:
        return f"Database({self.display_url!r})"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def without_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def upgrade_to_head(engine: Engine) -> None:
    from desk_app.db.migrate import upgrade

    upgrade(engine)


def open_database(
    path_or_url: str | os.PathLike[str] | None = None, *, migrate: bool = True
) -> Database:
    url = resolve_db_url(path_or_url)
    try:
        engine = make_engine(url)
    except (ImportError, ArgumentError, NoSuchModuleError) as exc:
        raise InvalidInput(
            t("Cannot use the database {url}: only a SQLite file or a "
              "postgresql+psycopg:// address works.", url=without_password(url)),
            code="unsupported_database",
        ) from exc
    if migrate:
        upgrade_to_head(engine)
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
