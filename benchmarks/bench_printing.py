"""Printing benchmark: 600 agendas and 600 badges in one PDF, one agenda for the desk.

usage: .venv/bin/python benchmarks/bench_printing.py [--participants N] [--out DIR]

Targets (issue 6): 600 agendas < 10 s, 600 badges < 15 s, one agenda < 150 ms.
Builds a synthetic event in a temporary SQLite file (not timed), then times the
same calls the CLI makes (database reads + rendering), on a warm process (the font is
registered once, as in the desk app) but with QR/barcode caches cleared before each
run. The documents print in French (the event's timezone is Europe/Paris, the
default). Exits 1 when a target is missed. reportlab runs faster with its optional C
accelerator (PyPI rl-accel) installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import select  # noqa: E402  (needs the path above when run as a script)

from desk_app.badges.codes import make_badge_code  # noqa: E402
from desk_app.db.engine import Database, open_database  # noqa: E402
from desk_app.db.models import (  # noqa: E402
    Event,
    MeetingRequest,
    Participant,
    Slot,
    VenueTable,
)
from desk_app.printing.agenda_data import build_agendas  # noqa: E402
from desk_app.printing.agenda_pdf import render_agendas  # noqa: E402
from desk_app.printing.badges import render_badges  # noqa: E402
from desk_app.printing.fonts import register_fonts  # noqa: E402
from desk_app.printing.symbols import code128_pattern, qr_matrix  # noqa: E402
from desk_app.services.meetings import add_meeting  # noqa: E402

SLOTS = 12
FIRST_NAMES = ["Łucja", "Αικατερίνη", "Jean-Baptiste", "Ørjan", "Иван", "Zoë", "Miguel"]
LAST_NAMES = ["Wąsowska-Żółć", "Παπαδοπούλου", "de La Fontaine-Dupré", "Håland",
              "Петров", "Müller", "García Márquez"]


def build_event(db: Database, participants: int) -> int:
    """Half buyers, half sellers; in round s, buyer b meets seller (b + s) mod n when
    b + s is even: every buyer and seller has SLOTS / 2 meetings."""
    half = participants // 2
    with db.session() as s:
        day = dt.date(2026, 12, 3)
        event = Event(name="Rencontres d'affaires Artois 2026", venue="Arras, Artois Expo",
                      date=day, code="BENCH", badge_secret="b" * 64)
        s.add(event)
        s.flush()
        start = dt.datetime.combine(day, dt.time(9, 0))
        slots = []
        for i in range(SLOTS):
            begin = start + dt.timedelta(minutes=25 * i + (60 if i >= SLOTS // 2 else 0))
            slots.append(Slot(event_id=event.id, position=i, code=f"S{i + 1:02d}",
                              starts_at=begin, ends_at=begin + dt.timedelta(minutes=20)))
        tables = [VenueTable(event_id=event.id, label=f"{i + 1}", zone="AB"[i % 2],
                             position=i) for i in range(half // 2 + 1)]
        s.add_all(slots + tables)
        people = []
        for i in range(2 * half):
            ext = f"P{i + 1:04d}"
            people.append(Participant(
                event_id=event.id, ext_id=ext,
                company=f"{LAST_NAMES[i % 7]} {'Industries' if i < half else 'Trading'} {i}",
                contact_name=f"{FIRST_NAMES[i % 7]} {LAST_NAMES[(i * 3) % 7]}",
                country=["France", "Polska", "Ελλάδα", "Deutschland"][i % 4],
                role="buyer" if i < half else "supplier",
                badge_code=make_badge_code(event.badge_secret, event.code, ext)))
        s.add_all(people)
        s.flush()
        for slot_index, slot in enumerate(slots):
            table_index = 0
            for b in range(half):
                if (b + slot_index) % 2:
                    continue
                seller = people[half + (b + slot_index) % half]
                request = MeetingRequest(event_id=event.id, ext_id=f"R{slot_index}-{b}",
                                         participant_a_id=people[b].id,
                                         participant_b_id=seller.id)
                s.add(request)
                s.flush()
                add_meeting(s, request, slot_id=slot.id, table_id=tables[table_index].id)
                table_index += 1
        return event.id


def timed(label: str, target_s: float, function: Callable[[], bytes], repeat: int = 1
          ) -> tuple[str, float, float, int]:
    durations = []
    size = 0
    for _ in range(repeat):
        # Cold codes each time: a batch never finds its QR codes already made.
        qr_matrix.cache_clear()
        code128_pattern.cache_clear()
        began = time.perf_counter()
        size = len(function())
        durations.append(time.perf_counter() - began)
    return label, statistics.median(durations), target_s, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=600)
    parser.add_argument("--out", type=Path, help="also write the PDFs there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        try:
            event_id = build_event(db, args.participants)
            register_fonts()
            with db.session() as s:
                event = s.get(Event, event_id)
                assert event is not None
                one = s.scalars(select(Participant.id).order_by(Participant.id)).first()
                assert one is not None
                outputs: dict[str, bytes] = {}

                def agendas() -> bytes:
                    outputs["agendas-a4"] = render_agendas(build_agendas(s, event), "a4")
                    return outputs["agendas-a4"]

                def badges() -> bytes:
                    outputs["badges-cr80"] = render_badges(s, event, layout="cr80")
                    return outputs["badges-cr80"]

                def sheets() -> bytes:
                    outputs["badges-a4x8"] = render_badges(s, event, layout="a4x8")
                    return outputs["badges-a4x8"]

                def one_receipt() -> bytes:
                    return render_agendas(build_agendas(s, event, [one]), "receipt")

                def one_a4() -> bytes:
                    return render_agendas(build_agendas(s, event, [one]), "a4")

                n = args.participants
                results = [
                    timed(f"{n} agendas, A4, one PDF", 10.0, agendas),
                    timed(f"{n} badges, CR80", 15.0, badges),
                    timed(f"{n} badges, A4 sheets of 8", 15.0, sheets),
                    timed("one agenda, 80 mm receipt (median of 20)", 0.150, one_receipt, 20),
                    timed("one agenda, A4 (median of 20)", 0.150, one_a4, 20),
                ]
        finally:
            db.dispose()
    print("| what | seconds | target | PDF size |")
    print("|---|---:|---:|---:|")
    missed = 0
    for label, seconds, target, size in results:
        ok = seconds <= target
        missed += not ok
        print(f"| {label} | {seconds:.3f} | < {target:g} {'ok' if ok else 'MISSED'} "
              f"| {size / 1024:.0f} KiB |")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, pdf in outputs.items():
            (args.out / f"{name}.pdf").write_bytes(pdf)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
