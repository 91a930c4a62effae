"""PostgreSQL for the multi-desk tests and the load script.

* :func:`pg_base_url`: the shared server of ``$DESK_APP_TEST_PG_URL`` (``.ci/start_postgres.sh``);
  skips the test when unset, but fails it under CI (``CI=true``), which must run them.
* :func:`scratch_database`: a fresh ``desk_test_<random>`` database on it, dropped after.
* :class:`PrivatePgServer`: a throw-away cluster of our own on a free port, for the
  outage tests that stop and restart the server (the shared one stays up for the rest
  of the suite).
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

PG_URL_ENV = "DESK_APP_TEST_PG_URL"


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI must run the PostgreSQL tests: source .ci/start_postgres.sh)")
    pytest.skip(reason)


def pg_base_url() -> str:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        _missing(f"${PG_URL_ENV} is not set")
    return str(url)


def libpq_url(sqlalchemy_url: str) -> str:
    """The same address for psycopg itself (no '+psycopg' driver suffix)."""
    return make_url(sqlalchemy_url).set(drivername="postgresql").render_as_string(
        hide_password=False)


@contextlib.contextmanager
def scratch_database(base_url: str) -> Iterator[str]:
    """Create ``desk_test_<random>`` on the server of ``base_url``; yield its URL; drop it."""
    import psycopg
    from psycopg import sql

    name = f"desk_test_{secrets.token_hex(6)}"
    admin = libpq_url(base_url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with contextlib.suppress(psycopg.Error), \
                psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                         .format(sql.Identifier(name)))


def pg_bin_dir() -> Path | None:
    env = os.environ.get("DESK_APP_PG_BIN")
    if env and Path(env, "initdb").exists():
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrivatePgServer:
    """A PostgreSQL cluster in a temporary directory that a test may stop and start.

    PostgreSQL refuses to run as root: as root, the cluster belongs to 'postgres'.
    """

    def __init__(self) -> None:
        bin_dir = pg_bin_dir()
        if bin_dir is None:
            _missing("no PostgreSQL server binaries (apt-get install postgresql)")
        assert bin_dir is not None
        self.bin = bin_dir
        self.port = _free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="desk_app_pg_"))
        self.data = self.dir / "data"
        self._as_owner: list[str] = []
        if os.geteuid() == 0:
            self._as_owner = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.dir, user="postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--no-sync")
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{self.dir}'\nfsync = on\n")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self._as_owner, str(self.bin / tool), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-s",
                  "-l", str(self.dir / "server.log"), "start")

    def stop(self, mode: str = "fast") -> None:
        """'fast' ends every session at once, as a crash or a pulled cable would."""
        self._run("pg_ctl", "-D", str(self.data), "-w", "-s", "-m", mode, "stop")

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def destroy(self) -> None:
        if self.is_running():
            with contextlib.suppress(subprocess.CalledProcessError):
                self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)
