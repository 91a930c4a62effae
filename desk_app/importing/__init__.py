"""Participants and meeting requests from organisers' spreadsheets (CSV or XLSX).

French or English headers, any case or accents; UTF-8, UTF-16, Windows-1252,
ISO-8859-15 or Mac Roman, ``;`` or ``,``. Updated lists merge into the event. An
import is all or nothing: :class:`ImportFailed` lists every bad row.
"""

from desk_app.importing.errors import ImportFailed, RowError
from desk_app.importing.participants import import_participants
from desk_app.importing.requests import import_requests
from desk_app.importing.source import ImportResult

__all__ = ["ImportFailed", "ImportResult", "RowError", "import_participants", "import_requests"]
