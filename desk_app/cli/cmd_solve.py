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
from desk_app.i18n import t
from desk_app.scheduling import Instance, InstanceError, instance_from_dict, schedule_to_dict


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


def read_instance_file(path: str) -> Instance:
    """The instance in ``path``; a file that is missing, unreadable, not text, not JSON or
    not a valid instance is an InstanceError whose message is one sentence for a person
    (not the name of a Python exception)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InstanceError(t("cannot read {path}: there is no file there.",
                              path=path)) from None
    except IsADirectoryError:
        raise InstanceError(t("cannot read {path}: it is a folder, not a file.",
                              path=path)) from None
    except OSError as exc:
        raise InstanceError(t("cannot read {path} ({reason}).", path=path,
                              reason=exc.strerror or exc.__class__.__name__)) from None
    except UnicodeDecodeError:
        # A picture, a spreadsheet, a CSV list saved in another encoding...
        raise InstanceError(t("{path} is not a JSON instance file (b2b-instance/1): it is "
                              "not UTF-8 text. Write one with 'desk-app export instance "
                              "FILE.json'.", path=path)) from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise InstanceError(t("{path} is nested too deeply to be an instance file",
                              path=path)) from None
    except ValueError as exc:
        raise InstanceError(t("{path} is not JSON (line {line}): it is not an instance "
                              "file (b2b-instance/1).", path=path,
                              line=getattr(exc, "lineno", "?"))) from None
    return instance_from_dict(data)


def run_solve(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        instance = read_instance_file(args.instance)
    except InstanceError as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return 2
    if not args.time_limit > 0:  # `not >`: NaN too
        print("desk-app: " + t("The time limit must be a positive number of seconds."),
              file=sys.stderr)
        return 2
    from desk_app.scheduling.solver import solve  # OR-tools loads only when solving

    schedule = solve(instance, time_limit=args.time_limit)
    try:
        Path(args.out).write_text(
            json.dumps(schedule_to_dict(schedule), indent=1) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        print("desk-app: " + t("Cannot write {path} ({reason}): check the folder exists and "
                               "can be written to.", path=args.out,
                               reason=exc.strerror or exc.__class__.__name__),
              file=sys.stderr)
        return 2
    st = schedule.stats
    bound = f"/{st.upper_bound}" if st.upper_bound is not None else ""
    print(t("{name}: {meetings} meetings, weight {weight} ({status}), {unscheduled} "
            "unscheduled, {holes} holes, {changed} changed, {seconds} s -> {out}",
            name=instance.name, meetings=len(schedule.meetings), weight=f"{st.weight}{bound}",
            status=st.status, unscheduled=len(schedule.unscheduled), holes=st.holes,
            changed=st.changed, seconds=f"{st.seconds:.1f}", out=args.out))
    return 0
