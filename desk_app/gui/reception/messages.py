"""Result-card texts for every check-in outcome, in the interface language.

The core reports a problem code (``ScanProblem`` values, "unknown"); the words a temp
worker reads, with what to do next, are chosen here so they can be translated.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desk_app.gui.reception.card import CardContent
from desk_app.services.agenda import AgendaLine
from desk_app.services.checkin import CheckInOutcome, CheckInResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionMessages", text)


def refusal_sentence(problem: str | None) -> str:
    sentences = {
        "malformed": _tr("This is not a badge of this event (or the scan was garbled). "
                         "Scan again; if it fails, ask the name and use Find."),
        "other_event": _tr("This badge belongs to another event. Ask the name and use "
                           "Find to check the person in by hand."),
        "tampered": _tr("This badge code is not valid: mistyped, misread or altered. "
                        "Scan again; if it fails, ask the name and use Find."),
        "unknown": _tr("This badge is no longer in the participant list. Ask the name "
                       "and use Find, or register them as a walk-in."),
    }
    return sentences.get(problem or "", _tr("This code was refused. Ask the name and "
                                            "use Find."))


def agenda_lines(agenda: Sequence[AgendaLine]) -> tuple[str, ...]:
    lines = []
    for line in agenda:
        table = _tr("Table {label}").format(label=line.table_label)
        partner = line.partner_company + (f" ({line.partner_name})" if line.partner_name
                                          else "")
        lines.append(f"{line.starts_at:%H:%M}–{line.ends_at:%H:%M}   {table}   {partner}")
    return tuple(lines)


def _who(result: CheckInResult) -> str:
    return " — ".join(part for part in (result.name, result.company) if part)


def card_for_check_in(result: CheckInResult, agenda: Sequence[AgendaLine], *,
                      offline: bool = False) -> CardContent:
    """The card for a scan or a manual check-in; ``offline``: answered from the desk's
    own copy while the server is unreachable (no agenda at hand, nothing to print)."""
    if result.outcome is CheckInOutcome.REFUSED:
        return CardContent(
            kind="error", title=_tr("Not checked in"),
            message=refusal_sentence(result.problem) + " " + _tr("Nothing was recorded."))
    meetings = agenda_lines(agenda)
    if offline:
        section = _tr("Today's meetings cannot be shown while the server is unreachable.")
    elif meetings:
        section = _tr("Today's meetings ({count})").format(count=len(meetings))
    else:
        section = _tr("No meetings booked yet: the walk-in booking tab can add some.")
    if result.outcome is CheckInOutcome.ALREADY:
        when = f"{result.at:%H:%M}" if result.at else "?"
        message = (_tr("Already checked in at {time} at {desk}. Not counted twice.")
                   .format(time=when, desk=result.desk) if result.desk
                   else _tr("Already checked in at {time}. Not counted twice.")
                   .format(time=when))
        return CardContent(kind="warn", title=_tr("Already checked in"),
                           headline=_who(result), message=message, section=section,
                           lines=meetings,
                           participant_id=None if offline else result.participant_id)
    message = (_tr("Saved on this desk; it is sent to the server as soon as the server "
                   "is back.") if offline else "")
    return CardContent(kind="ok", title=_tr("Welcome!"), headline=_who(result),
                       message=message, section=section, lines=meetings,
                       participant_id=None if offline else result.participant_id)


def idle_card() -> CardContent:
    return CardContent(kind="idle", title=_tr("Ready to scan"),
                       message=_tr("Scan a badge, or type its code and press Enter. "
                                   "No badge? Use Find on the right (Ctrl+F)."))
