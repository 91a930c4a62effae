"""``desk-app export ...`` and ``desk-app import ...``: instance files, participant and
request lists."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

from desk_app.cli.context import CliContext
from desk_app.db.models import Event
from desk_app.errors import InvalidInput
from desk_app.exchange import event_to_instance_dict, export_participants_csv, import_instance_dict
from desk_app.exchange.solving import clock_now_slot
from desk_app.i18n import t
from desk_app.importing import ImportFailed, import_participants, import_requests
from desk_app.queries.importing import (
    ImportPreview,
    field_label,
    fields_for,
    preview_import,
    read_import_file,
    result_sentence,
)
from desk_app.services.events import get_event

MAX_ERRORS_SHOWN = 20


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="write the event to a file")
    export_what = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    instance = export_what.add_parser(
        "instance", help="the scheduling problem and current schedule (b2b-instance/1 JSON)")
    instance.add_argument("out", metavar="OUT.json", help="file to write ('-': standard output)")
    instance.add_argument("--now", metavar="SLOT", default="auto",
                          help="mark the rounds before this one as past (e.g. S05; 'clock': "
                          "the rounds started by the event's clock; 'none': every round "
                          "open). Default: the clock while the day is on, so that the "
                          "file replays the day as it stands")
    instance.add_argument("--no-meetings", action="store_true",
                          help="leave the current schedule out")
    instance.set_defaults(handler=run_export_instance)
    people = export_what.add_parser(
        "participants", help="participants with badge codes as CSV (mail merge, badge printer)")
    people.add_argument("out", metavar="OUT.csv", help="file to write ('-': standard output)")
    people.add_argument("--delimiter", choices=[",", ";"], default=",",
                        help="column separator (';' suits Excel in French)")
    people.set_defaults(handler=run_export_participants)

    load = subparsers.add_parser("import", help="read an event, participants or requests")
    load_what = load.add_subparsers(dest="what", metavar="WHAT", required=True)
    instance_in = load_what.add_parser("instance", help="a b2b-instance/1 file as a NEW event")
    instance_in.add_argument("file", metavar="IN.json")
    instance_in.add_argument("--name", help="name of the new event (default: the file's)")
    instance_in.set_defaults(handler=run_import_instance)
    for what, helptext in (("participants", "participants from a CSV or XLSX list"),
                           ("requests", "meeting wishes from a CSV or XLSX list")):
        sheet = load_what.add_parser(what, help=f"{helptext}, into the current event")
        sheet.add_argument("file", metavar="FILE.csv|FILE.xlsx")
        sheet.add_argument("--preview", action="store_true",
                           help="show what the import would do (columns, first rows, "
                           "errors, new/changed/unchanged) and write nothing")
        sheet.add_argument("--map", metavar="COLUMN=FIELD", action="append", default=[],
                           help="read the column so named as FIELD (e.g. 'Dispo=availability'"
                           "; 'Stand=' ignores it); fields: " + ", ".join(fields_for(what)))
        sheet.set_defaults(handler=run_import_sheet)


def _write_text(out: str, text: str) -> None:
    if out == "-":
        sys.stdout.write(text)
        return
    _write_file(out, text, encoding="utf-8")


def _write_file(out: str, text: str, *, encoding: str) -> None:
    """Written beside, then renamed over ``out``: a failure (full disk, no permission)
    never leaves half a file where the previous good one was."""
    target = Path(out)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_text(text, encoding=encoding, newline="")
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput(t("Cannot write {path} ({reason}): check the folder exists and "
                             "can be written to.", path=out, reason=exc.strerror),
                           code="cannot_write") from None


def run_export_instance(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        data = event_to_instance_dict(session, event.id, now_slot=_now_slot(args.now, event),
                                      include_meetings=not args.no_meetings)
    _write_text(args.out, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    if args.out != "-":
        counts = ", ".join(_counted(len(data.get(key, [])), key)
                           for key in ("participants", "requests", "meetings"))
        if data.get("now"):
            print(t("Wrote {path}: {counts}, rounds before {now} past.", path=args.out,
                    counts=counts, now=data["now"]))
        else:
            print(t("Wrote {path}: {counts}.", path=args.out, counts=counts))
    return 0


def _counted(n: int, kind: str) -> str:
    """``"1 participant"``, ``"3 requests"``... in the desk's language."""
    if kind == "participants":
        return (t("1 participant") if n == 1
                else t("{count} participants", count=n))
    if kind == "requests":
        return t("1 request") if n == 1 else t("{count} requests", count=n)
    return t("1 meeting") if n == 1 else t("{count} meetings", count=n)


def _now_slot(choice: str, event: Event) -> str | int | None:
    if choice == "none":
        return None
    if choice not in ("clock", "auto"):
        return choice
    now = clock_now_slot(event)
    if choice == "auto" and now >= len(event.slots):
        # After the day: every meeting is past; the file cannot say "all past", so it
        # lists them as they stand with every round open.
        return None
    return now


def run_export_participants(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        if args.out == "-":
            count = export_participants_csv(session, event.id, sys.stdout,
                                            delimiter=args.delimiter)
            return 0
        buffer = io.StringIO()
        count = export_participants_csv(session, event.id, buffer, delimiter=args.delimiter)
    _write_file(args.out, buffer.getvalue(), encoding="utf-8-sig")  # BOM: Excel's accents
    print(t("Wrote {path}: {counts}.", path=args.out, counts=_counted(count, "participants")))
    return 0


def run_import_instance(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(t("Cannot read {path} ({reason}).", path=args.file,
                             reason=exc.strerror), code="unreadable_file") from None
    except (UnicodeDecodeError, ValueError):
        raise InvalidInput(t("{path} is not a JSON instance file.", path=args.file),
                           code="unreadable_file") from None
    with ctx.db.session() as session:
        event = import_instance_dict(session, data, name=args.name, desk=ctx.desk)
        name, event_id = event.name, event.id
        counts = (len(event.participants), len(data.get("requests", [])))
    print(t("Imported event {id} '{name}': {participants} participants, {requests} requests.",
            id=event_id, name=name, participants=counts[0], requests=counts[1]))
    return 0


def _overrides(pairs: list[str], what: str) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.partition("=")
        if not sep or not column.strip() or (field and field not in fields_for(what)):
            raise InvalidInput(t("--map needs COLUMN=FIELD with a field among {fields} "
                                 "(nothing after = ignores the column), not {value}.",
                                 fields=", ".join(fields_for(what)), value=repr(pair)),
                               code="bad_map")
        chosen[column.strip()] = field.strip()
    return chosen


def _print_preview(preview: ImportPreview) -> None:
    if preview.encoding:
        print(t("Encoding: {encoding}", encoding=preview.encoding))
    if preview.uncertain_words:
        print(t("Check these names (the encoding is uncertain): {words}",
                words=", ".join(preview.uncertain_words)))
    if not preview.header_found:
        print(preview.message)
        return
    for column, field in zip(preview.columns, preview.fields, strict=True):
        if column.strip():
            print(f"  {column} -> {field_label(field) if field else t('(ignored)')}")
    for number, row in enumerate(preview.rows, preview.first_row_number):
        print(f"  {number}: " + " | ".join(row))
    if preview.reading:
        print(preview.reading)
    if preview.ignored:
        print(preview.ignored_sentence())
    for error in preview.errors[:MAX_ERRORS_SHOWN]:
        print(f"  {error}")
    print(preview.counts_sentence())


def run_import_sheet(args: argparse.Namespace, ctx: CliContext) -> int:
    importer = import_participants if args.what == "participants" else import_requests
    overrides = _overrides(args.map, args.what)
    if args.preview:
        sheet, name = read_import_file(args.file)
        with ctx.db.session() as session:
            event = get_event(session, ctx.event_ref)
            preview = preview_import(session, event.id, args.what, sheet, file_name=name,
                                     overrides=overrides)
        _print_preview(preview)
        return 0 if preview.can_import else 2
    try:
        with ctx.db.session() as session:
            event = get_event(session, ctx.event_ref)
            result = importer(session, event.id, Path(args.file), desk=ctx.desk,
                              overrides=overrides)
            event_name = event.name
    except ImportFailed as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        for error in exc.errors[:MAX_ERRORS_SHOWN]:
            print(f"  {error}", file=sys.stderr)
        if len(exc.errors) > MAX_ERRORS_SHOWN:
            print("  " + t("... and {count} more rows",
                           count=len(exc.errors) - MAX_ERRORS_SHOWN), file=sys.stderr)
        return 2
    counted = _counted(result.created, args.what)
    if result.merged:
        print(t("Imported {counted} ({merged} asked both ways, made mutual) into '{event}'.",
                counted=counted, merged=result.merged, event=event_name))
    else:
        print(t("Imported {counted} into '{event}'.", counted=counted, event=event_name))
    print("  " + result_sentence(args.what, result))
    return 0
