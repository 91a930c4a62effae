"""Concurrent desks: turn a lost optimistic-concurrency race into a sentence, and retry
a short transaction that met a locked SQLite file.

Meeting and Participant carry a ``version`` column (``version_id_col``): an UPDATE
only applies to the version the desk last saw, so two desks editing the same meeting
can never silently overwrite each other. The loser gets :class:`Conflict`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app.db.engine import Database
from desk_app.errors import Conflict, NotFound
from desk_app.i18n import t

T = TypeVar("T")

def stale_message(what: str) -> str:
    """The sentence for a lost race on a ``what`` ("meeting", "participant", ...), in
    the desk's language (built at call time: the language can change while running)."""
    if what == "meeting":
        return t("Another desk changed this meeting a moment ago; the view is refreshed. "
                 "Please try again.")
    if what == "participant":
        return t("Another desk changed this participant a moment ago; the view is "
                 "refreshed. Please try again.")
    return t("Another desk changed this a moment ago; the view is refreshed. "
             "Please try again.")


def gone_message(what: str) -> str:
    if what == "meeting":
        return t("This meeting no longer exists (another desk removed it).")
    if what == "participant":
        return t("This participant no longer exists (another desk removed it).")
    return t("This no longer exists (another desk removed it).")


@contextmanager
def translate_stale(what: str = "meeting") -> Iterator[None]:
    """Wrap a unit of work (put it *outside* ``db.session()`` so the commit is covered):
    a version mismatch becomes ``Conflict(code="stale")`` the GUI shows before reloading.

    >>> with translate_stale("meeting"), db.session() as s:   # doctest: +SKIP
    ...     move_meeting(s, ...)
    """
    try:
        yield
    except StaleDataError as exc:
        raise Conflict(stale_message(what), code="stale", entity=what) from exc


def load_seen_version(
    session: Session, entity: type[T], entity_id: int, seen_version: int, *,
    what: str = "meeting",
) -> T:
    """Load a row for an edit the desk prepared on version ``seen_version``.

    A view that reloads before saving would otherwise miss the other desk's change
    (its fresh copy carries the new version), so the version shown is checked here.
    """
    obj = session.get(entity, entity_id)
    if obj is None:
        raise NotFound(gone_message(what), code="gone", entity=what)
    current = getattr(obj, "version", None)
    if current != seen_version:
        raise Conflict(stale_message(what), code="stale", entity=what)
    return obj


def is_lock_error(exc: OperationalError) -> bool:
    """SQLite's busy/locked errors (another process holds the write lock too long)."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    return "locked" in text or "busy" in text


def run_with_lock_retry(
    db: Database, work: Callable[[Session], T], *, attempts: int = 8,
    first_delay: float = 0.05, sleep: Callable[[float], Any] = time.sleep,
) -> T:
    """Run ``work`` in one short transaction, retrying when SQLite stays locked past
    its busy timeout (many desks writing at once). Any other error is raised at once.
    Nothing is acknowledged before the commit inside ``db.session()`` has returned."""
    delay = first_delay
    for attempt in range(attempts):
        try:
            with db.session() as session:
                return work(session)
        except OperationalError as exc:
            if not is_lock_error(exc) or attempt == attempts - 1:
                raise
            # Jitter: processes that collided should not retry in lockstep.
            sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 2.0)
    raise AssertionError("unreachable")  # pragma: no cover
