"""Badges, agendas and table sheets as PDF (reportlab), with the embedded Unicode font.

Badge layouts are data (:mod:`desk_app.printing.layout`) drawn by one renderer
(:mod:`desk_app.printing.render`); agendas and table sheets are flowing documents that
use the same text-fitting and code-drawing primitives. Printing to a system printer is
in :mod:`desk_app.gui.printing` (the only Qt part).
"""
