"""kill -9 of a desk in the middle of a burst of check-ins (shared by the suite test and
benchmarks/load_checkins.py)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.multidesk.desks import contact_of, run_desk


@dataclass
class CrashRound:
    acknowledged: list[str] = field(default_factory=list)  # contacts printed "OK"


def burst_and_kill(db_url: str, codes: list[str], rng: random.Random,
                   *, max_delay: float = 0.4) -> CrashRound:
    """Start a desk on ``codes``; once it answers its first scan, kill -9 it after a
    random moment. Returns what it acknowledged (complete "OK" lines) before dying."""
    proc = run_desk(db_url, "Crash desk", codes)
    assert proc.stdout is not None
    lines: list[str] = []
    first = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.endswith("\n"):  # a cut last line was never fully shown
                lines.append(line)
            first.set()
        first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    first.wait(timeout=60)
    time.sleep(rng.uniform(0, max_delay))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    assert proc.stderr is not None
    proc.stderr.close()
    proc.stdout.close()
    round_ = CrashRound()
    round_.acknowledged = [c for line in lines if line.startswith("OK:")
                           if (c := contact_of(line))]
    return round_


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
