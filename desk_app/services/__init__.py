"""Use cases: small typed functions over a SQLAlchemy Session.

Each one changes the database in the caller's transaction and returns what changed
(:class:`desk_app.services.changes.ChangeSummary`), so that every view can decide
whether it must repaint, and which cells.
"""
