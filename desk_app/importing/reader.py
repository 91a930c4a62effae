"""Reading an organiser's spreadsheet (CSV or XLSX) into rows of text cells.

Row ``i`` of the result is spreadsheet row ``i + 1``: blank lines are kept as empty rows
so that error messages name the row the organiser sees.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from typing import Any

from desk_app.errors import InvalidInput
from desk_app.i18n import t

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
_DELIMITERS = (";", ",", "\t")
# Files people pick by mistake (or rename to .csv), by their first bytes.
_NOT_LISTS = (
    (b"\x89PNG", lambda: t("a PNG picture")), (b"\xff\xd8\xff", lambda: t("a JPEG picture")),
    (b"GIF8", lambda: t("a GIF picture")), (b"%PDF", lambda: t("a PDF document")),
    (b"{\\rtf", lambda: t("an RTF document")),
)


def _unreadable(message: str) -> InvalidInput:
    return InvalidInput(message, code="unreadable_file")


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, else Windows-1252 (Excel's
    "CSV" on a French Windows)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _unreadable(t("The file's text is damaged (bad UTF-16): save it again as "
                                "'CSV UTF-8' and import it again.")) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise _unreadable(t("The file's text encoding is neither UTF-8 nor Windows-1252: "
                            "save it as 'CSV UTF-8' and import it again.")) from None


def _looks_binary(text: str) -> bool:
    sample = text[:10_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    return "\x00" in sample or controls > max(2, len(sample) // 100)


def guess_delimiter(text: str) -> str:
    """The separator used most on the first non-blank line (the header)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_rows(data: bytes) -> list[list[str]]:
    text = decode_text(data)
    if _looks_binary(text):
        raise _unreadable(t("This file is not a spreadsheet or a CSV text file "
                            "(it contains binary data)."))
    delimiter = guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    next_start = last_start = 1  # lines where the next and the last record start
    try:
        for record in reader:
            rows.append([cell.strip() for cell in record])
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
    return rows


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


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text the organiser sees (12.0 -> "12")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time() else (
            value.date().isoformat())
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value).strip()


def read_xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on damaged files; all mean the same
        raise _unreadable(t("This Excel file cannot be opened (damaged, password-protected "
                            "or not an .xlsx workbook).")) from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[list[str]] = []
        for values in sheet.iter_rows(min_row=1, values_only=True):
            rows.append([cell_text(v) for v in values])
            if len(rows) > MAX_ROWS:
                raise _unreadable(t("The sheet has more than {count} rows.",
                                    count=f"{MAX_ROWS:,}"))
        return rows
    except InvalidInput:
        raise
    except Exception:
        raise _unreadable(t("This Excel file cannot be read (damaged workbook).")) from None
    finally:
        workbook.close()


def read_rows(data: bytes, filename: str = "") -> list[list[str]]:
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
        return read_xlsx_rows(data)
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise _unreadable(t("This .xlsx file is damaged or not an Excel workbook."))
    return read_csv_rows(data)
