"""Alembic, driven from code: the app upgrades its database to head on open.

The engine goes to Alembic as an object (``Config.attributes``), never as a URL string:
Alembic's ConfigParser interpolates ``%`` (a percent-encoded password such as
``p%40ss`` crashed with "invalid interpolation syntax"), and a URL in its options ends
up in tracebacks with the password in clear.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic's configuration with the engine handed over as an object.

    The URL is never written into the configuration: Alembic keeps it in a ConfigParser,
    which reads ``%`` as interpolation (a percent-encoded password such as ``p%40ss``
    crashed the upgrade), and an error there would print the password.
    """
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)
