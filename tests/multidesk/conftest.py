"""Fixtures for several desks: PostgreSQL databases, desk processes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk_app.db.engine import Database, open_database
from tests.multidesk.pg_server import PrivatePgServer, pg_base_url, scratch_database


@pytest.fixture
def pg_url() -> Iterator[str]:
    """URL of a fresh database on the shared test server (dropped afterwards)."""
    with scratch_database(pg_base_url()) as url:
        yield url


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


@pytest.fixture
def private_pg() -> Iterator[PrivatePgServer]:
    """A server of this test's own, which it may stop; always removed afterwards."""
    server = PrivatePgServer()
    try:
        server.start()
        yield server
    finally:
        server.destroy()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def desk_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[str]:
    """The same test on one SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('desk') / 'desk.sqlite'}"
    else:
        with scratch_database(pg_base_url()) as url:
            yield url
