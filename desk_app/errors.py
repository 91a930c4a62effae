"""Errors a person at the desk can read.

Every error carries a stable ``code`` (for programs: it never changes with the
language) and a sentence that says what happened and what to do next, written in the
desk's language: build it with :func:`desk_app.i18n.t` from an English template, e.g.
``NotFound(t("No event {ref} in this database.", ref=ref), code="event_not_found")``.
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
