"""Participants and meeting requests from organisers' spreadsheets (CSV or XLSX).

French or English headers, any case or accents; UTF-8 or Windows-1252, ``;`` or ``,``.
An import is all or nothing: :class:`ImportFailed` lists every bad row.
"""

from desk_app.importing.errors import ImportFailed, RowError
from desk_app.importing.participants import ImportResult, import_participants
from desk_app.importing.requests import import_requests

__all__ = ["ImportFailed", "ImportResult", "RowError", "import_participants", "import_requests"]
