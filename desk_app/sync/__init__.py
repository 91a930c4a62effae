"""Several desks on one event: optimistic concurrency, lock retries, and check-in that
keeps working through a server outage (local queue, synced when the server is back).

Plain Python, no Qt: the GUI drives these from its timers and worker threads.
"""
