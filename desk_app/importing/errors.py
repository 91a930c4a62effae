"""What an import reports when rows are wrong: every bad row, with its spreadsheet row."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.errors import InvalidInput


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet shows it: the header is row 1 when it is the first line
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


class ImportFailed(InvalidInput):
    """Some rows cannot be imported; nothing was written. ``errors`` lists them all."""

    code = "import_failed"

    def __init__(self, errors: list[RowError]) -> None:
        count = len(errors)
        first = f" ({errors[0]})" if errors else ""
        noun = "row" if count == 1 else "rows"
        super().__init__(
            f"{count} {noun} of the file cannot be imported{first}; nothing was written. "
            "Correct the file and import it again.",
            count=count,
        )
        self.errors = list(errors)
