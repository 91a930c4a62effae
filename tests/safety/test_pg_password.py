"""A PostgreSQL password with % or @ (percent-encoded in the URL) migrates, and no
message or repr shows it."""

from __future__ import annotations

import secrets

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desk_app.db.engine import Database, open_database
from desk_app.db.migrate import alembic_config
from tests.multidesk.pg_server import pg_base_url, scratch_database

PASSWORD = "p%40ss%25w0rd"  # "p@ss%w0rd", as SQLAlchemy wants it in a URL


def test_alembic_gets_the_engine_not_a_url_it_would_interpolate() -> None:
    engine = create_engine(f"postgresql+psycopg://desk:{PASSWORD}@localhost:1/x")
    cfg = alembic_config(engine)  # crashed: "invalid interpolation syntax"
    assert cfg.attributes["engine"] is engine
    assert cfg.get_main_option("sqlalchemy.url") is None
    engine.dispose()


def test_a_database_never_shows_its_password() -> None:
    engine = create_engine("sqlite://")
    database = Database(url=f"postgresql+psycopg://desk:{PASSWORD}@db/x", engine=engine,
                        sessions=None)  # type: ignore[arg-type]
    assert "p%40ss" not in repr(database)
    assert "p@ss" not in repr(database)
    assert "***" in database.display_url


def test_migrations_run_on_postgresql_with_such_a_password() -> None:
    base = pg_base_url()
    role = f"desk_pw_{secrets.token_hex(4)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'p@ss%w0rd'"))
    try:
        with scratch_database(base) as url:
            with admin.connect() as conn:
                name = make_url(url).database
                conn.execute(text(f'ALTER DATABASE "{name}" OWNER TO {role}'))
            own = make_url(url).set(username=role, password="p@ss%w0rd").render_as_string(
                hide_password=False)
            assert PASSWORD in own
            database = open_database(own)
            with database.session() as s:
                assert s.scalar(text("SELECT count(*) FROM alembic_version")) == 1
            database.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()
