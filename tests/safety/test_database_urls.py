"""Database URLs with characters Alembic's ConfigParser would read as interpolation."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desk_app.db.engine import open_database


def test_percent_in_the_url_does_not_break_migrations(tmp_path: Path) -> None:
    # A percent-encoded password (p%40ss for p@ss) used to reach Alembic's ConfigParser
    # and crash with "invalid interpolation syntax"; a file name shows the same path.
    db = open_database(tmp_path / "p%40ss%.sqlite")
    try:
        with db.session() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        db.dispose()
