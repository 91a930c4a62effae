"""Errors a person at the desk can read.

Every error carries a stable ``code`` (the GUI translates by code) and an English
sentence that says what happened and what to do next.
"""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """A refusal or failure to show as one sentence, never as a traceback."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.message


class NotFound(DeskError):
    code = "not_found"


class InvalidInput(DeskError):
    code = "invalid_input"


class Conflict(DeskError):
    """Someone else changed the same thing first (another desk); reload and retry."""

    code = "conflict"
