"""Desk processes for the tests and the load script: the real ``desk-app checkin -``
command, fed badge codes on standard input, answering one line per committed scan."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Participant

REPO_ROOT = Path(__file__).resolve().parents[2]
CONTACT_RE = re.compile(r"^(OK|ALREADY): (Contact \d+) ")


def _command(db_url: str, desk: str, queue: Path | None, event: int | None) -> list[str]:
    cmd = [sys.executable, "-m", "desk_app", "--db", db_url, "--desk", desk]
    if event is not None:
        cmd += ["--event", str(event)]
    cmd += ["checkin", "-"]
    if queue is not None:
        cmd += ["--queue", str(queue)]
    return cmd


def start_desk(db_url: str, desk: str, *, queue: Path | None = None,
               event: int | None = None) -> subprocess.Popen[str]:
    """A desk process reading codes from its stdin (write, flush, read the answer)."""
    return subprocess.Popen(_command(db_url, desk, queue, event), cwd=REPO_ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, bufsize=1)


def run_desk(db_url: str, desk: str, codes: list[str], *, queue: Path | None = None
             ) -> subprocess.Popen[str]:
    """A desk process given all its codes at once (a burst); ``communicate()`` after."""
    with tempfile.TemporaryFile("w+") as feed:
        feed.write("".join(f"{code}\n" for code in codes))
        feed.seek(0)
        # The child gets its own descriptor of the file: closing ours is fine.
        return subprocess.Popen(_command(db_url, desk, queue, None), cwd=REPO_ROOT,
                                stdin=feed, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)


def ask(proc: subprocess.Popen[str], code: str) -> str:
    """Scan one code at an interactive desk process and return its answer line."""
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write(code + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    assert line, f"desk process ended: {proc.stderr.read() if proc.stderr else ''}"
    return line.rstrip("\n")


def badge_codes(db: Database, event_id: int) -> dict[str, str]:
    """contact name -> badge code (tiny events name contacts 'Contact N')."""
    with db.session() as s:
        rows = s.execute(select(Participant.contact_name, Participant.badge_code)
                         .where(Participant.event_id == event_id)).all()
    return {name: code for name, code in rows}


def contact_of(line: str) -> str | None:
    match = CONTACT_RE.match(line)
    return match.group(2) if match else None
