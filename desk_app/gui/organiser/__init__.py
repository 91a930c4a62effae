"""The organiser's side of the window: what happens before the doors open (new event,
imports, scheduling, printing)."""
