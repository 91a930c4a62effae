"""Bad input never crashes the desk and never writes anything: scanner noise, control
characters, huge strings, other events' codes, malformed CSV / XLSX / JSON.

``DESK_APP_FUZZ_EXAMPLES`` raises the number of inputs per test (default 300, a third
of it for the tests that write to the database) for a longer hunt; every test counts
the inputs it tried (``pytest -s`` prints the totals).
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk_app.badges.codes import (
    MAX_SCAN_LENGTH,
    BadgeCodeError,
    clean_scan,
    make_badge_code,
    verify_scan,
)
from desk_app.db.engine import Database
from desk_app.db.models import AuditEntry, ChangeLog, CheckIn, Event, Participant
from desk_app.errors import InvalidInput
from desk_app.services.checkin import CheckInOutcome, check_in_by_code
from desk_app.sync.local_queue import EventInfo, LocalQueue
from desk_app.sync.outage import offline_check_in
from tests.conftest import make_tiny_event

EXAMPLES = int(os.environ.get("DESK_APP_FUZZ_EXAMPLES", "300"))
TRIED: Counter[str] = Counter()
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
# Inputs that reach the database commit (fsync) each time: fewer, to keep the suite fast.
FUZZ_DB = settings(FUZZ, max_examples=max(EXAMPLES // 3, 20))


@pytest.fixture(autouse=True, scope="module")
def _report_inputs_tried() -> Iterator[None]:
    """Prints how many inputs the tests of this module tried (seen with ``pytest -s``)."""
    yield
    print("\nfuzz inputs tried:", dict(TRIED), "total", sum(TRIED.values()))

SECRET, EVENT = "k" * 64, "TINY1"
GOOD = make_badge_code(SECRET, EVENT, "P1")

# Scanner noise: control characters (keyboard-wedge Enter/Tab, ESC sequences, NUL),
# AZERTY mangling, pieces of real codes, and very long strings.
noise = st.text(st.characters(codec="utf-8"), max_size=40)
controls = st.text(st.sampled_from("\x00\x1b\t\r\n\x7f\u200b\ufeff\u202e"), max_size=6)
code_like = st.builds(
    lambda head, body, tail: head + body + tail, controls,
    st.sampled_from([GOOD, GOOD.lower(), GOOD.replace("-", ")"), GOOD[:-1],
                     "OTHER-P1-ABCDEFGH", GOOD + GOOD, "-".join([EVENT] * 3)]),
    controls)
huge = st.builds(lambda ch, n: ch * n, st.sampled_from(["A", "-", "é", "\x00", "9"]),
                 st.integers(MAX_SCAN_LENGTH, 200_000))
scans = st.one_of(noise, code_like, huge, st.binary(max_size=60).map(
    lambda b: b.decode("latin-1")))


def _raised(call: Callable[[], object],
            kind: type[Exception] | tuple[type[Exception], ...]) -> Exception | None:
    """The ``kind`` error the call raised (any other error fails the test), or None."""
    try:
        call()
    except kind as exc:
        return exc
    return None


@FUZZ
@given(raw=scans)
def test_scan_parser_only_ever_refuses_with_a_reason(raw: str) -> None:
    TRIED["scan parser"] += 1
    cleaned = clean_scan(raw)
    assert len(cleaned) <= MAX_SCAN_LENGTH * 2
    parsed: list[str] = []
    refusal = _raised(lambda: parsed.append(
        verify_scan(raw, event_code=EVENT, secret=SECRET).text), BadgeCodeError)
    if isinstance(refusal, BadgeCodeError):
        assert str(refusal)
        assert refusal.problem.value in {"empty", "malformed", "other_event", "tampered"}
    else:
        assert parsed == [GOOD]  # the only valid code reachable from these inputs


@pytest.fixture
def event_db(db: Database) -> Database:
    make_tiny_event(db, participants=4)
    return db


def _rows(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)  # type: ignore[return-value]
                     for m in (CheckIn, AuditEntry, ChangeLog))


@FUZZ_DB
@given(raw=scans)
def test_check_in_with_garbage_writes_nothing(event_db: Database, raw: str) -> None:
    TRIED["check-in"] += 1
    with event_db.session() as s:
        codes = set(s.scalars(select(Participant.badge_code)))
    try:
        genuine = verify_scan(raw, event_code="TINY1", secret="s3cret" * 8).text in codes
    except BadgeCodeError:
        genuine = False
    if genuine:
        return  # a real badge wrapped in scanner noise checks in: that is no garbage
    before = _rows(event_db)
    with event_db.session() as s:
        result = check_in_by_code(s, s.scalars(select(Event)).one(), raw, desk="Fuzz")
    assert result.outcome is CheckInOutcome.REFUSED
    assert result.message
    assert _rows(event_db) == before


@pytest.fixture
def offline_queue(tmp_path: Path) -> Iterator[LocalQueue]:
    queue = LocalQueue(tmp_path / "queue.sqlite")
    queue.store_snapshot(EventInfo(1, EVENT, "Europe/Paris", None),
                         [(1, GOOD, "Jeanne", "Osmose")], [])
    yield queue
    queue.close()


@FUZZ
@given(raw=scans)
def test_offline_check_in_refuses_garbage_and_queues_nothing(
        offline_queue: LocalQueue, raw: str) -> None:
    TRIED["offline check-in"] += 1
    before = offline_queue.pending_count()  # the queue lives across examples
    answer = offline_check_in(offline_queue, raw, desk="Fuzz")
    assert answer.result.message
    if answer.result.outcome is CheckInOutcome.REFUSED:
        assert offline_queue.pending_count() == before
    else:  # only the one real badge, wrapped in noise, gets in (once, then: already)
        assert verify_scan(raw, event_code=EVENT, secret=SECRET).text == GOOD
        assert offline_queue.pending_count() == 1


# -- spreadsheets ---------------------------------------------------------------------

SURROGATES: tuple[Literal["Cs"], ...] = ("Cs",)  # not encodable in UTF-8
cells = st.text(st.characters(codec="utf-8", exclude_categories=SURROGATES), max_size=30)
csv_tables = st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=8)


def _csv(rows: list[list[str]], delimiter: str) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode("utf-8")


def _broken_zip(payload: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("xl/workbook.xml", payload)
    return out.getvalue()


spreadsheets = st.one_of(
    st.builds(_csv, csv_tables, st.sampled_from([";", ",", "\t"])),
    st.builds(lambda header, rows, d: _csv([header, *rows], d),
              st.just(["Société", "Nom", "Email", "Table", "Rôle", "Max"]), csv_tables,
              st.sampled_from([";", ","])),
    st.binary(max_size=300),
    st.builds(_broken_zip, st.binary(max_size=100)),
    st.just(b"\xd0\xcf\x11\xe0old xls"),
)


@FUZZ_DB
@given(data=spreadsheets)
def test_participant_import_of_malformed_files_is_all_or_nothing(
        event_db: Database, data: bytes) -> None:
    from desk_app.importing.participants import import_participants

    TRIED["participant import"] += 1
    with event_db.session() as s:
        event_id = s.scalars(select(Event.id)).one()
    before = _participants(event_db)
    created: list[int] = []

    def run_import() -> None:
        with event_db.session() as s:
            created.append(import_participants(s, event_id, data, filename="list.csv").created)

    refusal = _raised(run_import, InvalidInput)
    assert refusal is None or str(refusal)
    assert _participants(event_db) == before + sum(created)


def _participants(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


# -- instance JSON --------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | cells,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(cells, inner, max_size=4),
    max_leaves=20,
)
instance_keys = st.sampled_from(["format", "name", "slots", "tables", "participants",
                                 "requests", "meetings", "id", "start", "end", "company",
                                 "a", "b", "weight", "zone", "max_meetings"])
instance_like = st.recursive(
    json_values,
    lambda inner: st.dictionaries(instance_keys, inner, max_size=7) | st.lists(inner,
                                                                               max_size=4),
    max_leaves=30,
)


def _valid_instance_with(mutation: object, where: str) -> dict[str, object]:
    base: dict[str, object] = {
        "format": "b2b-instance/1", "name": "x",
        "slots": [{"id": "S1", "start": "2026-12-03T09:00", "end": "2026-12-03T09:20"}],
        "tables": [{"id": "T1"}],
        "participants": [{"id": "P1", "company": "A"}, {"id": "P2", "company": "B"}],
        "requests": [{"id": "R1", "a": "P1", "b": "P2"}],
    }
    base[where] = mutation
    return base


instances = st.one_of(
    instance_like,
    st.builds(_valid_instance_with, instance_like,
              st.sampled_from(["slots", "tables", "participants", "requests", "meetings",
                               "format"])),
)


@FUZZ
@given(data=instances)
def test_instance_reader_only_raises_instance_error(data: object) -> None:
    from desk_app.scheduling.io import InstanceError, instance_from_dict

    TRIED["instance reader"] += 1
    refusal = _raised(lambda: instance_from_dict(data), InstanceError)
    assert refusal is None or str(refusal)


@FUZZ_DB
@given(data=instances)
def test_instance_import_refuses_with_a_sentence_and_writes_nothing(
        db: Database, data: object) -> None:
    from desk_app.exchange.instance import import_instance_dict

    TRIED["instance import"] += 1
    def run_import() -> None:
        with db.session() as s:
            import_instance_dict(s, data)  # type: ignore[arg-type]

    refusal = _raised(run_import, InvalidInput)
    with db.session() as s:
        events = list(s.scalars(select(Event)))
        if refusal is not None:
            assert str(refusal)
            assert events == []  # refused: nothing written
        for event in events:  # accepted: remove it so the next input starts empty
            s.delete(event)


@FUZZ
@given(value=cells)
def test_exported_cells_never_start_a_formula(value: str) -> None:
    from desk_app.exchange.participants_csv import spreadsheet_safe

    TRIED["export cell"] += 1
    assert not spreadsheet_safe(value).startswith(("=", "+", "-", "@"))
