"""The one way agendas get printed: CLI, reception, floor and the print centre.

Printing agendas promises meetings to people, so what they hold is recorded (a new
:class:`~desk_app.db.models.AgendaPrint` version, their meetings locked) in ONE
transaction that commits only after the output succeeded: the PDF file is on disk
(fsync-ed) or the printer took the last page. If writing or printing fails, or the
process dies first, the versions and the locks roll back together; there is never a
handed-out agenda whose meetings are free to move, nor a recorded one nobody got.

``output`` is the only difference between callers: write a file (the CLI, "Save as
PDF") or paint pages on a printer (the window, after its print dialog).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desk_app.db.engine import Database
from desk_app.errors import InvalidInput
from desk_app.i18n import t
from desk_app.printing.agenda_data import (
    AgendaDoc,
    build_agendas,
    participants_with_stale_agendas,
    record_agenda_handout,
)
from desk_app.printing.agenda_pdf import render_agendas
from desk_app.services.changes import ChangeSummary
from desk_app.services.events import get_event

Output = Callable[[bytes], object]


@dataclass(frozen=True)
class AgendaBatch:
    """Agendas rendered and not yet printed."""

    event_id: int
    docs: tuple[AgendaDoc, ...]
    pdf: bytes
    title: str

    @property
    def count(self) -> int:
        return len(self.docs)


@dataclass(frozen=True)
class AgendaPrintOutcome:
    count: int
    summary: ChangeSummary | None  # None for a draft (nothing recorded)

    @property
    def locked_meetings(self) -> int:
        return len(self.summary.meetings) if self.summary else 0


def changed_agenda_count(db: Database, event_id: int) -> int:
    """How many agendas must be (re)printed: the print centre's counter."""
    with db.session() as session:
        return len(participants_with_stale_agendas(session, event_id))


def prepare_agendas(db: Database, event_id: int,
                    participant_ids: Sequence[int] | None = None, *,
                    changed_only: bool = False, fmt: str = "a4",
                    lang: str | None = None) -> AgendaBatch:
    """Everybody's agendas (sorted by company), these participants', or only the
    changed ones among them; InvalidInput when there is nothing to print."""
    with db.session() as session:
        event = get_event(session, event_id)
        ids = list(participant_ids) if participant_ids is not None else None
        if changed_only:
            stale = participants_with_stale_agendas(session, event.id)
            ids = stale if ids is None else [pid for pid in ids if pid in set(stale)]
        if ids is not None and not ids:
            raise InvalidInput(
                t("No agenda changed since it was last printed: nothing to print.")
                if changed_only else t("No participant chosen: nothing to print."),
                code="nothing_to_print")
        docs = build_agendas(session, event, ids, lang=lang)
        if participant_ids is None:
            docs.sort(key=lambda doc: (doc.company.casefold(), doc.contact_name.casefold()))
        title = (t("Agenda - {company}", company=docs[0].company) if len(docs) == 1
                 else t("Agendas - {event}", event=event.name))
        event_id = event.id
    return AgendaBatch(event_id, tuple(docs), render_agendas(docs, fmt, title=title), title)


def hand_out(db: Database, batch: AgendaBatch, output: Output, *, desk: str = "",
             record: bool = True) -> AgendaPrintOutcome:
    """Send ``batch`` to ``output`` and record it, all or nothing (see the module doc).
    ``record=False``: a draft nobody will get (nothing recorded, nothing locked)."""
    if not record:
        output(batch.pdf)
        return AgendaPrintOutcome(batch.count, None)
    with db.session() as session:
        event = get_event(session, batch.event_id)
        summary = record_agenda_handout(
            session, event, [doc.participant_id for doc in batch.docs], desk=desk,
            printed={doc.participant_id: doc for doc in batch.docs})
        session.flush()  # a constraint problem shows before anything is printed
        output(batch.pdf)  # raises: the session rolls back versions and locks together
    return AgendaPrintOutcome(batch.count, summary)


DOCUMENT_KINDS = ("agenda", "badge", "table")


@dataclass(frozen=True)
class PreparedDocuments:
    """Badges, agendas or table sheets rendered for the print centre."""

    kind: str  # one of DOCUMENT_KINDS
    pdf: bytes
    title: str
    count: int
    agendas: AgendaBatch | None = None  # agendas are recorded when handed out


def prepare_documents(db: Database, event_id: int, kind: str,
                      participant_ids: Sequence[int] | None = None, *,
                      changed_only: bool = False, lang: str | None = None
                      ) -> PreparedDocuments:
    """The documents the print centre will preview, print or save."""
    if kind == "agenda":
        batch = prepare_agendas(db, event_id, participant_ids, changed_only=changed_only,
                                lang=lang)
        return PreparedDocuments(kind, batch.pdf, batch.title, batch.count, batch)
    from desk_app.printing.badges import render_badges
    from desk_app.printing.table_sheets import build_table_sheets, render_table_sheets

    with db.session() as session:
        event = get_event(session, event_id)
        if kind == "badge":
            if participant_ids is not None and not participant_ids:
                raise InvalidInput(t("No participant chosen: nothing to print."),
                                   code="nothing_to_print")
            pdf = render_badges(session, event, participant_ids, lang=lang)
            count = len(participant_ids) if participant_ids is not None else len(
                event.participants)
            return PreparedDocuments(kind, pdf, t("Badges - {event}", event=event.name),
                                     count)
        sheets = build_table_sheets(session, event)
        return PreparedDocuments(kind, render_table_sheets(sheets, event, lang=lang),
                                 t("Table sheets - {event}", event=event.name), len(sheets))


def hand_out_documents(db: Database, documents: PreparedDocuments, output: Output, *,
                       desk: str = "") -> AgendaPrintOutcome:
    """Output the documents; agendas through :func:`hand_out` (recorded with them)."""
    if documents.agendas is not None:
        return hand_out(db, documents.agendas, output, desk=desk)
    output(documents.pdf)
    return AgendaPrintOutcome(documents.count, None)
