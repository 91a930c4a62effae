"""The live floor grid: tables x rounds."""

from desk_app.gui.floor.view import FloorView

__all__ = ["FloorView"]
