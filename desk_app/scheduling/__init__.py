"""B2B meeting scheduler: pure Python over OR-tools CP-SAT (no Qt, no database).

The exchange formats and rules are in shared/spec/scheduling-contract.md.
"""

from typing import TYPE_CHECKING, Any

from desk_app.scheduling.greedy import greedy
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
from desk_app.scheduling.validate import Score, holes, score, validate

if TYPE_CHECKING:
    from desk_app.scheduling.bounds import b_matching_bound
    from desk_app.scheduling.incremental import resolve_incremental
    from desk_app.scheduling.solver import Progress, solve

# OR-tools (and the pandas it loads) takes about a second to import: the solver parts
# load on first use, so reading or checking an instance, and every desk command that
# only needs the data model, start fast.
_LAZY = {
    "b_matching_bound": "desk_app.scheduling.bounds",
    "resolve_incremental": "desk_app.scheduling.incremental",
    "Progress": "desk_app.scheduling.solver",
    "solve": "desk_app.scheduling.solver",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value

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
