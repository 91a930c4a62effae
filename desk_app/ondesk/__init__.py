"""On-day changes: walk-in bookings, no-shows, cancellations, wait list, moves, undo.

Every action is one transaction, writes its audit rows (undoable in order) and returns
a typed result carrying the :class:`~desk_app.services.changes.ChangeSummary` of what
it touched. Past and current-round meetings are never changed; locked meetings are
never moved by a repair.
"""
