"""Scheduling a whole event: read the instance, solve outside any transaction, store.

The solver runs for seconds; holding SQLite's write lock that long would stall every
desk, so reading and storing are two short transactions around it. If anything changed
in between (a desk booked a walk-in while the solver ran), the result is not stored: a
Conflict says to schedule again, rather than silently move what the desk just did.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk_app.clock import event_now, first_open_slot_index
from desk_app.db.engine import Database
from desk_app.db.models import Event
from desk_app.errors import Conflict, NotFound
from desk_app.exchange.instance import event_to_instance_dict
from desk_app.exchange.store import store_schedule
from desk_app.i18n import t
from desk_app.scheduling import Schedule, greedy, instance_from_dict
from desk_app.services.changes import ChangeSummary, last_change_id

if TYPE_CHECKING:
    from desk_app.scheduling.solver import Progress, ProgressFn


@dataclass(frozen=True)
class ScheduleOutcome:
    schedule: Schedule
    summary: ChangeSummary
    now_slot: str | None  # the first round the schedule could change (None: all of them)


def clock_now_slot(event: Event) -> int:
    """Index of the first round that has not started by the event's clock."""
    return first_open_slot_index(list(event.slots), event_now(event))


def schedule_event(
    db: Database,
    event_id: int,
    *,
    time_limit: float = 10.0,
    use_greedy: bool = False,
    from_slot: str | int | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    desk: str = "",
) -> ScheduleOutcome:
    """Schedule (or re-schedule) the event's open rounds and store the result.

    ``from_slot``: rounds before it are past and frozen; None reads the event's clock.
    """
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound(t("No event with id {id}.", id=event_id), code="event_not_found")
        now = from_slot if from_slot is not None else clock_now_slot(event)
        data = event_to_instance_dict(session, event_id, now_slot=now)
        seen_change = last_change_id(session, event_id)
    instance = instance_from_dict(data)
    if use_greedy:
        schedule = greedy(instance)
    else:
        # Imported here: OR-tools costs a second at start-up; only solves pay it.
        from desk_app.scheduling.solver import solve

        schedule = solve(instance, time_limit=time_limit, progress=progress, cancel=cancel)
    with db.session() as session:
        if last_change_id(session, event_id) != seen_change:
            raise Conflict(t("The event changed while the schedule was being computed "
                             "(another desk made a change); nothing was stored. Schedule "
                             "again."),
                           code="changed_during_solve")
        summary = store_schedule(session, event_id, schedule, desk=desk,
                                 now_slot=data.get("now"))
    return ScheduleOutcome(schedule=schedule, summary=summary, now_slot=data.get("now"))


def progress_line(progress: Progress) -> str:
    bound = "?" if progress.bound is None else str(progress.bound)
    gap = "?" if progress.gap is None else f"{100 * progress.gap:.1f}"
    return f"best weight {progress.best_weight}, bound {bound}, gap {gap}%"
