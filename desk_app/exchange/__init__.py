"""The app's database as `b2b-instance/1` files and back, and storing solver output.

The exchange format is shared/spec/scheduling-contract.md: what the scheduler
reads, what benchmarks and bug reports carry. Ids in the files are the event's own
exchange ids: slot code, table label, participant and request ``ext_id``.
"""

from desk_app.exchange.instance import event_to_instance_dict, import_instance_dict
from desk_app.exchange.participants_csv import export_participants_csv, spreadsheet_safe
from desk_app.exchange.store import store_schedule

__all__ = [
    "event_to_instance_dict",
    "export_participants_csv",
    "import_instance_dict",
    "spreadsheet_safe",
    "store_schedule",
]
