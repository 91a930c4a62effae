"""What both importers share: reading the file, counting words, the result they report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.importing.reader import Sheet, read_sheet
from desk_app.services.changes import ChangeSummary

MAX_COUNT = 10_000  # meetings or weights beyond this are typing mistakes


@dataclass(frozen=True)
class ImportResult:
    created: int
    summary: ChangeSummary
    merged: int = 0  # requests only: A->B and B->A rows merged into one mutual request
    changed: int = 0
    unchanged: int = 0
    kept: int = 0  # in the event but no longer in the file: kept as they are
    reading: str = ""  # requests: "rank" or "weight" (how the priority column was read)
    ignored: tuple[str, ...] = ()  # columns of the file that fed nothing
    reprint: tuple[str, ...] = ()  # people holding a printed agenda this import changes
    encoding: str = ""
    uncertain_words: tuple[str, ...] = field(default=())

    def counts_sentence(self) -> str:
        return counts_sentence(self.created, self.changed, self.unchanged, self.kept)


def counts_sentence(created: int, changed: int, unchanged: int, kept: int) -> str:
    """'1 new, 1 changed, 4 unchanged, 0 no longer in the file (kept)'."""
    return t("{new} new, {changed} changed, {unchanged} unchanged, {kept} no longer in the "
             "file (kept)", new=created, changed=changed, unchanged=unchanged, kept=kept)


def ignored_sentence(ignored: tuple[str, ...]) -> str:
    return t("ignored columns: {columns}", columns=", ".join(ignored)) if ignored else ""


def load_source(source: str | Path | bytes, filename: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, filename or ""
    path = Path(source)
    try:
        return path.read_bytes(), filename or path.name
    except OSError as exc:
        raise InvalidInput(t("The file {name} cannot be read ({reason}).",
                             name=repr(path.name), reason=exc.strerror),
                           code="unreadable_file") from None


def read_source(source: str | Path | bytes | Sheet, filename: str | None) -> tuple[Sheet, str]:
    """The sheet and the file's name (a Sheet already read is passed through)."""
    if isinstance(source, Sheet):
        return source, filename or ""
    data, name = load_source(source, filename)
    return read_sheet(data, name), name


def parse_count(text: str) -> int | None:
    """'8', '8.0', '8,0' -> 8; None for anything else (negative, fractional, huge)."""
    cleaned = text.strip().replace(",", ".")
    if len(cleaned) > 12:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        return None
    if number != number or not 0 <= number <= MAX_COUNT or not number.is_integer():
        return None
    return int(number)


def next_ids(prefix: str, used: set[str], count: int) -> list[str]:
    """``count`` fresh ids like P0181, P0182... after the highest numbered one in use."""
    numbers = [int(m.group(1)) for u in used if (m := re.fullmatch(rf"{prefix}(\d{{1,9}})", u))]
    n = max(numbers, default=0)
    fresh: list[str] = []
    while len(fresh) < count:
        n += 1
        candidate = f"{prefix}{n:04d}"
        if candidate not in used:
            fresh.append(candidate)
    return fresh
