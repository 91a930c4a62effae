"""Database layer: typed SQLAlchemy models, engine set-up and migrations."""

from desk_app.db.engine import Database, open_database, resolve_db_url

__all__ = ["Database", "open_database", "resolve_db_url"]
