"""desk_app: the on-site desk for B2B meeting events.

The core (everything but :mod:`desk_app.gui`) never imports Qt, so every use case
works from the CLI and from tests.
"""

__version__ = "0.1.0"
