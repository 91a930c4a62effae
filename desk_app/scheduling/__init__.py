"""B2B meeting scheduler: pure Python over OR-tools CP-SAT (no Qt, no database).

The exchange formats and rules are in shared/spec/scheduling-contract.md.
"""

from desk_app.scheduling.bounds import b_matching_bound
from desk_app.scheduling.greedy import greedy
from desk_app.scheduling.incremental import resolve_incremental
from desk_app.scheduling.io import (
    InstanceError,
    instance_from_dict,
    instance_to_dict,
    load_instance,
    meetings_from_schedule_dict,
    schedule_to_dict,
)
from desk_app.scheduling.model import (
    Instance,
    Participant,
    PlacedMeeting,
    Request,
    Schedule,
    Slot,
    SolveStats,
    Table,
)
from desk_app.scheduling.solver import Progress, solve
from desk_app.scheduling.validate import Score, holes, score, validate

__all__ = [
    "Instance",
    "InstanceError",
    "Participant",
    "PlacedMeeting",
    "Progress",
    "Request",
    "Schedule",
    "Score",
    "Slot",
    "SolveStats",
    "Table",
    "b_matching_bound",
    "greedy",
    "holes",
    "instance_from_dict",
    "instance_to_dict",
    "load_instance",
    "meetings_from_schedule_dict",
    "resolve_incremental",
    "schedule_to_dict",
    "score",
    "solve",
    "validate",
]
