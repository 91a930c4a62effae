"""Command-line interface: ``desk-app`` and its subcommands."""
