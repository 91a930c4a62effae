"""Load and crash figures for check-in (issue 7): several desk processes at once, kill -9
during bursts, PostgreSQL stopped mid-burst.

usage: .venv/bin/python benchmarks/load_checkins.py [--desks 4] [--per-desk 500]
           [--kills 20] [--engines sqlite,postgres] [--skip-outage]

PostgreSQL: $DESK_APP_TEST_PG_URL (source .ci/start_postgres.sh) or, without it, a
private throw-away cluster. Every desk is a real ``desk-app checkin -`` process; a
check-in's latency is the gap between two consecutive answers of one desk (its codes
are queued on its stdin, so the gap is the service time, lock waits included).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402  (needs the path above as a script)

from desk_app.db.engine import open_database  # noqa: E402
from desk_app.db.models import CheckIn, Participant  # noqa: E402
from tests.conftest import make_tiny_event  # noqa: E402
from tests.multidesk.desks import ask, badge_codes, contact_of, run_desk, start_desk  # noqa: E402
from tests.multidesk.pg_server import PrivatePgServer, scratch_database  # noqa: E402
from tests.safety.crash import burst_and_kill, integrity  # noqa: E402

OVERLAP = 0.1  # share of another desk's codes each desk also scans (same badge, 2 desks)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


@contextlib.contextmanager
def database_url(engine: str, workdir: Path) -> Iterator[str]:
    if engine == "sqlite":
        yield f"sqlite:///{workdir / 'load.sqlite'}"
        return
    base = os.environ.get("DESK_APP_TEST_PG_URL")
    if base:
        with scratch_database(base) as url:
            yield url
        return
    server = PrivatePgServer()
    try:
        server.start()
        yield server.url
    finally:
        server.destroy()


def concurrency(engine: str, desks: int, per_desk: int, workdir: Path) -> dict[str, object]:
    with database_url(engine, workdir) as url:
        db = open_database(url)
        event_id = make_tiny_event(db, participants=desks * per_desk, slots=1, tables=1)
        codes = list(badge_codes(db, event_id).values())
        rng = random.Random(42)
        feeds = []
        for d in range(desks):
            own = codes[d * per_desk:(d + 1) * per_desk]
            others = [c for c in codes if c not in set(own)]
            feed = own + rng.sample(others, min(len(others), int(OVERLAP * per_desk)))
            rng.shuffle(feed)
            feeds.append(feed)
        stamps: list[list[float]] = [[] for _ in range(desks)]
        outputs: list[list[str]] = [[] for _ in range(desks)]
        procs = [run_desk(url, f"Desk {d + 1}", feeds[d]) for d in range(desks)]

        def read(d: int) -> None:
            stdout = procs[d].stdout
            assert stdout is not None
            for line in stdout:
                stamps[d].append(time.perf_counter())
                outputs[d].append(line)

        readers = [threading.Thread(target=read, args=(d,)) for d in range(desks)]
        started = time.perf_counter()
        for r in readers:
            r.start()
        for r, p in zip(readers, procs, strict=True):
            r.join()
            p.wait()
        elapsed = time.perf_counter() - started
        gaps = [(b - a) * 1000 for s in stamps for a, b in itertools.pairwise(s)]
        ok = [c for out in outputs for line in out if line.startswith("OK:")
              if (c := contact_of(line))]
        with db.session() as s:
            counted_rows = s.execute(
                select(Participant.contact_name, func.count()).join(
                    CheckIn, CheckIn.participant_id == Participant.id)
                .where(CheckIn.duplicate_of_id.is_(None), CheckIn.undone_at.is_(None))
                .group_by(Participant.contact_name)).all()
        db.dispose()
    counted = {name: n for name, n in counted_rows}
    return {
        "engine": engine, "desks": desks, "scans": sum(len(f) for f in feeds),
        "answers": sum(len(o) for o in outputs), "ok": len(ok),
        "lost": len(set(ok) - set(counted)) + (len(codes) - len(counted)),
        "double_counted": sum(1 for n in counted.values() if n > 1)
        + (len(ok) - len(set(ok))),
        "p50_ms": round(statistics.median(gaps), 1) if gaps else None,
        "p99_ms": round(percentile(gaps, 0.99), 1),
        "wall_s": round(elapsed, 1),
    }


def kill_nine(rounds: int, per_round: int, workdir: Path) -> dict[str, object]:
    path = workdir / "crash.sqlite"
    db = open_database(path)
    event_id = make_tiny_event(db, participants=rounds * per_round, slots=1, tables=1)
    codes = list(badge_codes(db, event_id).values())
    db.dispose()
    rng = random.Random(9)
    acknowledged: list[str] = []
    checks = []
    for n in range(rounds):
        batch = codes[n * per_round:(n + 1) * per_round]
        acknowledged += burst_and_kill(f"sqlite:///{path}", batch, rng,
                                       max_delay=1.0).acknowledged
        checks.append(integrity(path))
    db = open_database(path)
    with db.session() as s:
        counted = set(s.scalars(select(Participant.contact_name).join(
            CheckIn, CheckIn.participant_id == Participant.id)))
    db.dispose()
    return {"kills": rounds, "acknowledged": len(acknowledged),
            "missing_after_restart": len(set(acknowledged) - counted),
            "committed_not_shown": len(counted - set(acknowledged)),
            "integrity_ok": sum(c == "ok" for c in checks), "final_integrity": integrity(path)}


def outage(participants: int, workdir: Path) -> dict[str, object]:
    server = PrivatePgServer()
    try:
        server.start()
        db = open_database(server.url)
        event_id = make_tiny_event(db, participants=participants, slots=1, tables=1)
        codes = list(badge_codes(db, event_id).values())
        db.dispose()
        names = ("Desk 1", "Desk 2")
        desks = {n: start_desk(server.url, n, queue=workdir / f"{n}.queue") for n in names}
        answers: list[str] = []
        third = participants // 3
        for i, code in enumerate(codes):
            if i == third:
                server.stop()
            if i == 2 * third:
                server.start()
            answers.append(ask(desks[names[i % 2]], code))
            if third <= i < third + 10:  # the same badge at the other desk meanwhile
                answers.append(ask(desks[names[(i + 1) % 2]], code))
        for proc in desks.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(timeout=120)
        db = open_database(server.url)
        with db.session() as s:
            counted = set(s.scalars(select(CheckIn.participant_id).where(
                CheckIn.duplicate_of_id.is_(None), CheckIn.undone_at.is_(None))))
            flagged = s.scalar(select(func.count()).select_from(CheckIn).where(
                CheckIn.duplicate_of_id.is_not(None)))
            total = s.scalar(select(func.count()).select_from(CheckIn))
        db.dispose()
    finally:
        server.destroy()
    acknowledged = {c for line in answers if line.startswith("OK:") if (c := contact_of(line))}
    return {"scans": len(answers), "acknowledged": len(acknowledged),
            "queued_answers": sum("queued" in a for a in answers),
            "counted": len(counted), "lost": len(acknowledged) - len(counted),
            "flagged_duplicates": flagged, "rows": total}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--per-desk", type=int, default=500)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--skip-outage", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="desk_load_") as tmp:
        workdir = Path(tmp)
        for engine in args.engines.split(","):
            print("concurrency", concurrency(engine, args.desks, args.per_desk, workdir),
                  flush=True)
        if args.kills:
            print("kill -9", kill_nine(args.kills, 100, workdir), flush=True)
        if not args.skip_outage:
            print("outage", outage(150, workdir), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
