"""Reception: scan field, result card, search and manual check-in, walk-ins."""
