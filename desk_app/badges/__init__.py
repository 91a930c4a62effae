"""Badge codes (signed) and badge rendering."""
