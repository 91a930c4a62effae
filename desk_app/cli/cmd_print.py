"""``desk-app print``: badges, agendas and table sheets as PDF files.

Printing agendas records the version each participant now holds and locks their
printed meetings (``--no-record`` for a draft nobody will get).

``--lang fr|en`` chooses the documents' language; by default French when the event's
timezone is a French-speaking one (Europe/Paris...) or the system locale is French,
else English (:func:`desk_app.printing.i18n.document_language`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.cli.context import CliContext
from desk_app.db.models import Event, Participant
from desk_app.errors import InvalidInput, NotFound
from desk_app.i18n import t
from desk_app.printing.agenda_pdf import AGENDA_FORMATS
from desk_app.printing.badges import badge_contexts
from desk_app.printing.flow import hand_out, prepare_agendas
from desk_app.printing.i18n import LANGUAGES, document_language, tr
from desk_app.printing.layout import BADGE_LAYOUTS, badge_layout
from desk_app.printing.pdfinfo import count_pages, write_pdf
from desk_app.printing.render import render_layout
from desk_app.printing.table_sheets import build_table_sheets, render_table_sheets
from desk_app.services.events import get_event


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("print", help="badges, agendas and table sheets as PDF")
    kinds = parser.add_subparsers(dest="print_kind", metavar="WHAT", required=True)

    badges = kinds.add_parser("badges", help="badges with QR code and barcode")
    badges.add_argument("--layout", choices=sorted(BADGE_LAYOUTS), default="cr80")
    _common(badges)
    badges.set_defaults(handler=run_badges)

    agendas = kinds.add_parser("agendas", help="participants' agendas (records versions)")
    agendas.add_argument("--format", dest="agenda_format", choices=list(AGENDA_FORMATS),
                         default="a4")
    agendas.add_argument("--changed", action="store_true",
                         help="only agendas that changed since last printed")
    agendas.add_argument("--no-record", action="store_true",
                         help="a draft: do not record versions nor lock meetings")
    _common(agendas)
    agendas.set_defaults(handler=run_agendas)

    tables = kinds.add_parser("tables", help="one sheet per table with its meetings")
    tables.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _language(tables)
    tables.set_defaults(handler=run_tables)


def _language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, type=str.lower,
                        help="language of the documents (default: French for events in a "
                             "French-speaking timezone or on a French system, else English)")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--who", metavar="IDS",
                        help="participant ids (e.g. P0001,P0002); default: everybody")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _language(parser)


def resolve_who(session: Session, event: Event, who: str | None) -> list[int] | None:
    """Participant ids (database) for a comma/space separated list of their ids
    (exchange ids like P0001, case-insensitive); None for everybody."""
    if who is None:
        return None
    wanted = [part for part in who.replace(",", " ").split() if part]
    if not wanted:
        raise InvalidInput(t("--who is empty: give participant ids like P0001,P0002."),
                           code="empty_who")
    rows = session.execute(
        select(func.upper(Participant.ext_id), Participant.id)
        .where(Participant.event_id == event.id,
               func.upper(Participant.ext_id).in_([w.upper() for w in wanted]))
    ).all()
    by_ext = {ext: pid for ext, pid in rows}
    unknown = [w for w in wanted if w.upper() not in by_ext]
    if unknown:
        raise NotFound(t("No participant {ids} in {event}.", ids=", ".join(unknown),
                         event=event.name), code="participant_not_found")
    return list(dict.fromkeys(by_ext[w.upper()] for w in wanted))


def _report(path: Path, pdf: bytes, what: str) -> None:
    # Tab-separated (file, pages, contents): scripts find the file in the first column.
    pages = t("{count} pages", count=count_pages(pdf))
    print(f"{path}\t{pages}\t{what}")


def run_badges(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        ids = resolve_who(session, event, args.who)
        lang = document_language(event.timezone, args.lang)
        contexts = badge_contexts(session, event, ids, lang=lang)
        pdf = render_layout(badge_layout(args.layout), contexts,
                            title=tr("badges_title", lang, event=event.name))
    _report(write_pdf(pdf, args.out), pdf,
            t("{count} badges ({layout})", count=len(contexts), layout=args.layout))
    return 0


def run_agendas(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        ids = resolve_who(session, event, args.who)
        event_id = event.id
    try:
        batch = prepare_agendas(ctx.db, event_id, ids, changed_only=args.changed,
                                fmt=args.agenda_format, lang=args.lang)
    except InvalidInput as exc:
        if exc.code != "nothing_to_print":
            raise
        print(exc.message)
        return 0
    path = args.out.expanduser()
    # Recorded in the transaction that commits once the file is on disk.
    outcome = hand_out(ctx.db, batch, lambda pdf: write_pdf(pdf, path), desk=ctx.desk,
                       record=not args.no_record)
    note = (t("versions recorded, {count} meetings locked", count=outcome.locked_meetings)
            if outcome.summary is not None else t("draft, not recorded"))
    _report(path, batch.pdf, t("{count} agendas ({format}; {note})", count=batch.count,
                               format=args.agenda_format, note=note))
    return 0


def run_tables(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.db.session() as session:
        event = get_event(session, ctx.event_ref)
        sheets = build_table_sheets(session, event)
        pdf = render_table_sheets(sheets, event, lang=args.lang)
    _report(write_pdf(pdf, args.out), pdf, t("{count} table sheets", count=len(sheets)))
    return 0
