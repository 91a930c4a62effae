"""``desk-app screenshot OUT_DIR``: the main views of the desk window as PNG files.

Fills the database (a temporary one without ``--db``) with a demo event in the middle
of its day and renders reception.png, floor.png, booking.png and participants.png at
1440x900, offscreen (no display needed).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from desk_app.cli.context import CliContext, default_desk_name
from desk_app.db.engine import open_database

SCREENSHOT_DESK = "Accueil 1"  # one of the demo's desks


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "screenshot", help="render each main view of the window to PNG (offscreen)")
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path,
                        help="folder for reception.png, floor.png, booking.png, "
                        "participants.png")
    parser.add_argument("--profile", default="artois",
                        help="demo profile: artois, metz, large or xl (default artois)")
    parser.add_argument("--seed", type=int, default=1, help="demo seed (default 1)")
    parser.add_argument("--language", choices=["en", "fr"], default="en",
                        help="interface language of the pictures (default en)")
    parser.add_argument("--time-limit", metavar="SECONDS", type=float, default=5.0,
                        help="scheduling time for the demo (default 5 s)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    # Before Qt loads: no display is needed (CI, a server, a laptop over SSH).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk_app.gui.app import create_demo
    from desk_app.gui.screenshots import take_screenshots

    # Pictures should not show the host name of whoever made them.
    desk = ctx.desk if ctx.desk != default_desk_name() else SCREENSHOT_DESK
    with tempfile.TemporaryDirectory(prefix="desk-app-shots-") as scratch:
        db = ctx.db if ctx.db_arg else open_database(Path(scratch) / "demo.sqlite")
        try:
            event_id = create_demo(db, profile=args.profile, seed=args.seed, desk=desk,
                                   time_limit=args.time_limit)
            take_screenshots(db, event_id, args.out_dir, desk=desk,
                             language=args.language)
        finally:
            if not ctx.db_arg:
                db.dispose()
    return 0
