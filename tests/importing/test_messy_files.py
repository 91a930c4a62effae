"""Files organisers pick by mistake or save badly: a picture renamed .csv, a quote never
closed, a runaway cell. Each is refused in one sentence naming what to do; sloppy but
harmless quoting still imports."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.db.engine import Database
from desk_app.db.models import Participant
from desk_app.errors import InvalidInput
from desk_app.importing import import_participants, import_requests
from tests.importing.conftest import count


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def _refusal(db: Database, event_id: int, path: Path, *, requests: bool = False) -> str:
    importer = import_requests if requests else import_participants
    before = count(db, Participant)
    with pytest.raises(InvalidInput) as caught, db.session() as session:
        importer(session, event_id, path)
    assert count(db, Participant) == before
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("name", ["photo.csv", "photo.xlsx"])
@pytest.mark.parametrize("requests", [False, True])
def test_a_picture_renamed_is_named_as_such(
    db: Database, event_id: int, tmp_path: Path, name: str, requests: bool
) -> None:
    path = tmp_path / name
    path.write_bytes(_png())
    message = _refusal(db, event_id, path, requests=requests)
    assert "PNG picture" in message
    assert "choose the .xlsx or .csv file" in message


def test_a_quote_never_closed_names_its_line(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    # Without the check, the lenient reader imported one company "Open SA,Someone\nB,C".
    path.write_text('Company,Name\n"Open SA,Someone\nOther SA,Two\n', encoding="utf-8")
    message = _refusal(db, event_id, path)
    assert 'quote (") opened on line 2 is never closed' in message


def test_a_runaway_cell_is_a_sentence_with_what_to_do(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Company,Name,Notes\nHuge SA,Big,\"" + "x" * 200_000 + "\"\n",
                    encoding="utf-8")
    message = _refusal(db, event_id, path)
    assert "longer than 131,072 characters" in message
    assert "save it again" in message


def test_sloppy_but_closed_quotes_still_import(
    db: Database, event_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text('Company,Name\n"Le Zinc" SA,Bob\nTV 12" SARL,Al\n', encoding="utf-8")
    with db.session() as session:
        assert import_participants(session, event_id, path).created == 2
    with db.session() as session:
        companies = set(session.scalars(select(Participant.company)))
    assert {"Le Zinc SA", 'TV 12" SARL'} <= companies
