"""Reading an organiser's spreadsheet (CSV or XLSX) into rows of text cells.

Row ``i`` of the result is spreadsheet row ``i + 1``: blank lines are kept as empty rows
so that error messages name the row the organiser sees.

Reading is bounded whatever the file claims: at most :data:`MAX_ROWS` rows and
:data:`MAX_COLUMNS` columns (an XLSX sheet is read only up to the last non-empty column
of its top rows, so one stray cell at XFD1048576 costs nothing), CSV lines of at most
:data:`MAX_LINE_CHARS` characters and cells of at most 131,072; beyond, the file is
refused in a sentence. Cells come back as the organiser sees them: "06 12 34 56 78"
keeps its 0, curly apostrophes become "'", non-breaking spaces become spaces.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from typing import Any

from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.importing.encodings import ENCODING_NAMES, decode_text

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000  # documented in the README: the largest event is 2,500 firms
MAX_COLUMNS = 256
MAX_LINE_CHARS = 1_000_000
# An .xlsx is a zip: what it unpacks to is bounded too (a 10 KB "zip bomb" must not
# fill the memory), the shared strings especially (openpyxl loads them at once).
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 100 * 1024 * 1024
HEADER_SEARCH_ROWS = 10  # a title or a blank line may sit above the header
_CELL_CLEANUP = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'",
                               "\u00a0": " ", "\u202f": " ", "\u2007": " "})
_DELIMITERS = (";", ",", "\t")
# Files people pick by mistake (or rename to .csv), by their first bytes.
_NOT_LISTS = (
    (b"\x89PNG", lambda: t("a PNG picture")), (b"\xff\xd8\xff", lambda: t("a JPEG picture")),
    (b"GIF8", lambda: t("a GIF picture")), (b"%PDF", lambda: t("a PDF document")),
    (b"{\\rtf", lambda: t("an RTF document")),
)


@dataclass(frozen=True)
class Sheet:
    """A file read as rows of text cells, and how it was read."""

    rows: list[list[str]]
    encoding: str = ""  # "" for XLSX; else "UTF-8", "Windows-1252", "Mac Roman"...
    uncertain_words: tuple[str, ...] = ()  # words another encoding would read otherwise


def _unreadable(message: str) -> InvalidInput:
    return InvalidInput(message, code="unreadable_file")


def clean_cell(text: str) -> str:
    return text.translate(_CELL_CLEANUP).strip()


def _looks_binary(text: str) -> bool:
    sample = text[:10_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    return "\x00" in sample or controls > max(2, len(sample) // 100)


def guess_delimiter(text: str) -> str:
    """The separator used most on one of the top lines (the header; a title line above
    it has none)."""
    top = [line for line in text.splitlines()[:HEADER_SEARCH_ROWS * 2] if line.strip()]
    counts = {d: max((line.count(d) for line in top[:HEADER_SEARCH_ROWS]), default=0)
              for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _check_line_lengths(text: str) -> None:
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > MAX_LINE_CHARS:
            raise _unreadable(t("Line {line} of the file is longer than {limit} characters: "
                                "this is not a participant or request list.", line=number,
                                limit=f"{MAX_LINE_CHARS:,}"))


def read_csv_sheet(data: bytes) -> Sheet:
    decoded = decode_text(data)
    text = decoded.text
    if _looks_binary(text):
        raise _unreadable(t("This file is not a spreadsheet or a CSV text file "
                            "(it contains binary data)."))
    _check_line_lengths(text)
    delimiter = guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    next_start = last_start = 1  # lines where the next and the last record start
    try:
        for record in reader:
            if len(record) > MAX_COLUMNS:
                record = record[:MAX_COLUMNS] if not any(
                    c.strip() for c in record[MAX_COLUMNS:]) else record
                if len(record) > MAX_COLUMNS:
                    raise _unreadable(t("Line {line} has more than {count} columns: this is "
                                        "not a participant or request list.",
                                        line=reader.line_num, count=MAX_COLUMNS))
            rows.append([clean_cell(cell) for cell in record])
            if len(rows) > MAX_ROWS:
                raise _unreadable(t("The file has more than {count} rows.",
                                    count=f"{MAX_ROWS:,}"))
            last_start, next_start = next_start, reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _unreadable(t(
                "A cell near line {line} is longer than {limit} characters: this is not a "
                "participant or request list, or a quote (\") is never closed. Check the "
                "file in a spreadsheet and save it again.", line=reader.line_num,
                limit=f"{csv.field_size_limit():,}")) from None
        raise _unreadable(t("The file cannot be read as CSV near line {line} ({reason}): "
                            "check it in a spreadsheet and save it again.",
                            line=reader.line_num, reason=exc)) from None
    if _quote_left_open(text, delimiter):
        # The lenient reader above silently swallowed the rest of the file into one cell.
        raise _unreadable(t("A quote (\") opened on line {line} is never closed: add the "
                            "closing quote, or remove it, and import the file again.",
                            line=last_start))
    return Sheet(rows, ENCODING_NAMES.get(decoded.encoding, decoded.encoding),
                 decoded.uncertain_words)


def read_csv_rows(data: bytes) -> list[list[str]]:
    return read_csv_sheet(data).rows


def _quote_left_open(text: str, delimiter: str) -> bool:
    """True when the file ends inside a quoted cell. Only the strict reader notices; it
    also refuses sloppy but harmless quoting ('"Le Zinc" SA'), so it only judges this."""
    if '"' not in text:
        return False
    try:
        for _record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                                  strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def cell_text(value: Any, number_format: str = "General") -> str:
    """A spreadsheet cell as the text the organiser sees (12.0 -> "12"; a phone stored
    as the number 612345678 in a cell formatted "0000000000" -> "0612345678")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            return str(value)
        number = int(value)
        fmt = number_format.strip()
        if fmt and set(fmt) == {"0"}:
            return str(number).zfill(len(fmt))  # zero-padded codes, phones, post codes
        return str(number)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time() else (
            value.date().isoformat())
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean_cell(str(value))


def _check_unpacked_size(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # openpyxl says it in its own sentence below
    total = sum(info.file_size for info in infos)
    strings = sum(info.file_size for info in infos if info.filename.endswith(
        "sharedStrings.xml"))
    if total > MAX_UNPACKED_BYTES or strings > MAX_SHARED_STRINGS_BYTES:
        raise _unreadable(t("This Excel file unpacks to more than {size} MB: it is not a "
                            "participant or request list (or it is damaged).",
                            size=MAX_UNPACKED_BYTES // (1024 * 1024)))


def _row_texts(cells: Any) -> list[str]:
    return [cell_text(c.value, getattr(c, "number_format", "General") or "General")
            for c in cells]


def read_xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    _check_unpacked_size(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on damaged files; all mean the same
        raise _unreadable(t("This Excel file cannot be opened (damaged, password-protected "
                            "or not an .xlsx workbook).")) from None
    try:
        sheet = workbook.worksheets[0]
        # The width is that of the top rows (where the header is): a stray cell far to
        # the right is never padded into millions of empty cells.
        top = [_row_texts(cells) for cells in sheet.iter_rows(
            min_row=1, max_row=HEADER_SEARCH_ROWS, max_col=MAX_COLUMNS)]
        width = max((max((i + 1 for i, v in enumerate(row) if v), default=0)
                     for row in top), default=0)
        if width == 0:
            return []
        rows: list[list[str]] = []
        blank: Any = None
        for cells in sheet.iter_rows(min_row=1, max_col=width):
            # Past the maximum only emptiness is allowed (rows a stray far cell implies
            # cost a tuple each); any value there means the list is beyond the bounds.
            if len(rows) >= MAX_ROWS:
                if cells is blank:  # openpyxl fills gaps with one shared empty row
                    continue
                if any(c.value is not None and str(c.value).strip() for c in cells):
                    raise _unreadable(t("The sheet has more than {count} rows.",
                                        count=f"{MAX_ROWS:,}"))
                blank = cells
                continue
            rows.append(_row_texts(cells))
        while rows and not any(rows[-1]):
            rows.pop()
        return rows
    except InvalidInput:
        raise
    except Exception:
        raise _unreadable(t("This Excel file cannot be read (damaged workbook).")) from None
    finally:
        workbook.close()


def read_sheet(data: bytes, filename: str = "") -> Sheet:
    """The first sheet of an XLSX, or a CSV text, as rows of stripped text cells."""
    if len(data) > MAX_FILE_BYTES:
        raise _unreadable(t("The file is too large to be a participant or request list."))
    if not data.strip():
        raise _unreadable(t("The file is empty."))
    for magic, kind in _NOT_LISTS:
        if data.startswith(magic):
            raise _unreadable(t("This file is {kind}, not a participant or request list: "
                                "choose the .xlsx or .csv file exported from the "
                                "spreadsheet.", kind=kind()))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _unreadable(t("This is an old Excel .xls file: save it as .xlsx or CSV in "
                            "Excel and import that."))
    if data.startswith(b"PK\x03\x04") or zipfile.is_zipfile(io.BytesIO(data)):
        return Sheet(read_xlsx_rows(data))
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise _unreadable(t("This .xlsx file is damaged or not an Excel workbook."))
    return read_csv_sheet(data)


def read_rows(data: bytes, filename: str = "") -> list[list[str]]:
    return read_sheet(data, filename).rows
