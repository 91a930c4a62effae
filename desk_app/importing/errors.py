"""What an import reports when rows are wrong: every bad row, with its spreadsheet row."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.errors import InvalidInput
from desk_app.i18n import t


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet shows it: the header is row 1 when it is the first line
    reason: str

    def __str__(self) -> str:
        return t("row {row}: {reason}", row=self.row, reason=self.reason)


class ImportFailed(InvalidInput):
    """Some rows cannot be imported; nothing was written. ``errors`` lists them all."""

    code = "import_failed"

    def __init__(self, errors: list[RowError]) -> None:
        count = len(errors)
        first = str(errors[0]) if errors else "?"
        super().__init__(
            t("1 row of the file cannot be imported ({first}); nothing was written. "
              "Correct the file and import it again.", first=first) if count == 1
            else t("{count} rows of the file cannot be imported ({first}); nothing was "
                   "written. Correct the file and import it again.", count=count,
                   first=first),
            count=count,
        )
        self.errors = list(errors)
