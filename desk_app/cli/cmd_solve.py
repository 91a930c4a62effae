"""``desk-app solve``: schedule a `b2b-instance/1` file into a `b2b-schedule/1` file.

Works on plain files, without the database, so any event can be replayed or benchmarked
(see shared/spec/scheduling-contract.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desk_app.cli.context import CliContext
from desk_app.scheduling import InstanceError, load_instance, schedule_to_dict


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "solve", help="compute a meeting schedule from an instance file (b2b-instance/1)"
    )
    parser.add_argument("instance", metavar="INSTANCE.json", help="the problem to schedule")
    parser.add_argument(
        "--out", metavar="SCHEDULE.json", required=True, help="where to write the schedule"
    )
    parser.add_argument(
        "--time-limit", metavar="SECONDS", type=float, default=10.0,
        help="search time (default 10); the best schedule found by then is written",
    )
    parser.set_defaults(handler=run_solve)


def run_solve(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        instance = load_instance(args.instance)
    except InstanceError as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return 2
    if args.time_limit <= 0:
        print("desk-app: --time-limit must be positive", file=sys.stderr)
        return 2
    from desk_app.scheduling.solver import solve  # OR-tools loads only when solving

    schedule = solve(instance, time_limit=args.time_limit)
    try:
        Path(args.out).write_text(
            json.dumps(schedule_to_dict(schedule), indent=1) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        print(f"desk-app: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    st = schedule.stats
    bound = f"/{st.upper_bound}" if st.upper_bound is not None else ""
    print(
        f"{instance.name}: {len(schedule.meetings)} meetings, weight {st.weight}{bound} "
        f"({st.status}), {len(schedule.unscheduled)} unscheduled, {st.holes} holes, "
        f"{st.changed} changed, {st.seconds:.1f} s -> {args.out}"
    )
    return 0
